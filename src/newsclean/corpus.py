"""Reading corpora and writing results, in a stream: .txt and .html pages, .jsonl and .parquet
corpora, WARC crawls (.warc, .warc.gz) and their text conversions (WET)."""
from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".parquet", ".warc", ".warc.gz", ".wet", ".wet.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz")
# The first bytes of files newsclean does not read (and could only clean as a page of garbage).
_MAGIC = ((b"\x1f\x8b", "gzip-compressed"), (b"BZh", "bzip2-compressed"), (b"\xfd7zXZ\x00", "xz-compressed"),
          (b"\x28\xb5\x2f\xfd", "zstd-compressed"), (b"PK\x03\x04", "a zip archive"),
          (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
          (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF8", "a GIF image"), (b"PAR1", "Parquet data"))
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")


def unreadable(data: bytes, name: str) -> str | None:
    """Why a file given as a page is none (compressed, an archive, an image, binary data), or
    None for text. A WARC file without its suffix is told apart by the caller."""
    head = data[:8192]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return (f"{name} is {what}, not a format newsclean reads (.txt, .html, .jsonl, .parquet, "
                    ".warc[.gz], .wet[.gz])")
    if b"\x00" in head and not head.startswith(_TEXT_BOMS) and head.count(b"\x00") * 8 > len(head):
        return f"{name} is binary data, not a page newsclean can read"
    return None
# Rows read from and written to Parquet at a time: memory stays flat whatever the file size.
PARQUET_BATCH = 1000


class Item(NamedTuple):
    """One document of the input: its id, the page (None when it could not be read), why
    not, and the site it came from ("" when the input does not say).

    A JSONL line may come unparsed (`fields` set, `raw` the line's bytes): with worker
    processes the parent that reads the file is the bottleneck, so parsing is left to
    whoever cleans the document, through `parsed()`."""

    id: str
    raw: str | bytes | None
    error: str | None = None
    site: str = ""
    fields: tuple[str, str] | None = None  # (text field, site field) of an unparsed line
    charset: str | None = None  # what a crawl's HTTP header says the bytes are in
    url: str = ""

    def parsed(self) -> Item:
        if self.fields is None:
            return self
        text_field, site_field = self.fields
        try:
            record = json.loads(self.raw)
        except ValueError as error:  # bad JSON, or bytes that are not UTF-8
            return Item(self.id, None, f"invalid JSON: {error}")
        if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
            return Item(self.id, None, f"no string field {text_field!r}")
        url = record.get("url")
        return Item(str(record.get("id", self.id)), record[text_field], None, _site_of(record, site_field),
                    url=url if isinstance(url, str) else "")


def iter_documents(paths: list[str], text_field: str, site_field: str = "site", parse: bool = True,
                   skipped: Counter | None = None) -> Iterator[Item]:
    """Every document under the given paths, in order; with `parse=False` JSONL lines come
    unparsed (see `Item.parsed`). WARC records that are no HTML response (requests, metadata,
    images …) are counted by kind in `skipped`."""
    skipped = Counter() if skipped is None else skipped
    for arg in paths:
        if arg == "-":
            yield Item("<stdin>", sys.stdin.buffer.read())
            continue
        path = Path(arg)
        if not path.exists():
            yield Item(arg, None, f"no such file or folder: {arg}")
            continue
        files = sorted(p for p in path.rglob("*") if p.name.lower().endswith(SUFFIXES)) if path.is_dir() else [path]
        for file in files:
            if file.suffix == ".jsonl":
                lines = _iter_jsonl(file, text_field, site_field)
                yield from (lines if not parse else (item.parsed() for item in lines))
            elif file.suffix == ".parquet":
                yield from _iter_parquet(file, text_field, site_field)
            elif file.name.lower().endswith(WARC_SUFFIXES) or _is_warc(file):
                yield from iter_warc(file, skipped)
            else:
                data = file.read_bytes()
                why = unreadable(data, str(file))
                yield Item(str(file), None if why else data, why, file.parent.name)


def _is_warc(file: Path) -> bool:
    """A WARC file under another name: its records open with `WARC/` (gzipped or not)."""
    try:
        with file.open("rb") as stream:
            head = stream.read(2)
        opener = gzip.open if head == b"\x1f\x8b" else open
        with opener(file, "rb") as stream:
            return stream.read(5) == b"WARC/"
    except (OSError, EOFError):
        return False


def iter_warc(file: Path, skipped: Counter) -> Iterator[Item]:
    """The pages of a WARC file, in a stream: each HTTP response of HTML as its bytes, with the
    charset its `Content-Type` header gives; each text conversion (a WET file's) as text. The id
    is the record's, with its URL and site. Other records are counted in `skipped` by kind."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with file.open("rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                kind = record.rec_type
                headers = record.rec_headers
                record_id = headers.get_header("WARC-Record-ID") or f"{file}:{kind}"
                url = headers.get_header("WARC-Target-URI") or ""
                site = urlsplit(url).hostname or ""
                if kind == "response":
                    content_type = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                    if not content_type.lower().startswith(_HTML_TYPES):
                        skipped[f"response {content_type.split(';')[0].strip() or 'without a type'}"] += 1
                        continue
                    charset = _CHARSET.search(content_type)
                    yield Item(record_id, record.content_stream().read(), None, site,
                               charset=charset[1] if charset else None, url=url)
                elif kind == "conversion":
                    text = record.content_stream().read().decode("utf-8", errors="replace")
                    yield Item(record_id, text, None, site, url=url)
                else:
                    skipped[kind] += 1
        except ArchiveLoadFailed as error:
            yield Item(str(file), None, f"{file}: not a readable WARC file: {error}")


def _site_of(record: dict, site_field: str) -> str:
    site = record.get(site_field)
    if isinstance(site, str):
        return site
    url = record.get("url")
    return urlsplit(url).hostname or "" if isinstance(url, str) else ""


def _iter_jsonl(file: Path, text_field: str, site_field: str) -> Iterator[Item]:
    with file.open("rb") as stream:
        for number, line in enumerate(stream, 1):
            if line.strip():
                yield Item(f"{file}:{number}", line, fields=(text_field, site_field))


def _iter_parquet(file: Path, text_field: str, site_field: str) -> Iterator[Item]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield Item(str(file), None, "reading Parquet needs pyarrow (pip install 'newsclean[parquet]')")
        return
    parquet = pq.ParquetFile(file)
    names = set(parquet.schema_arrow.names)
    if text_field not in names:
        yield Item(str(file), None, f"no column {text_field!r}")
        return
    columns = [c for c in (text_field, "id", site_field, "url") if c in names]
    number = 0
    for batch in parquet.iter_batches(batch_size=PARQUET_BATCH, columns=columns):
        for record in batch.to_pylist():
            number += 1
            doc_id = str(record.get("id") or f"{file}:{number}")
            text = record[text_field]
            if not isinstance(text, (str, bytes)):
                yield Item(doc_id, None, f"no string field {text_field!r}")
                continue
            yield Item(doc_id, text, None, _site_of(record, site_field))


def json_line(record: dict[str, Any]) -> str:
    """A record as one line of JSON that UTF-8 can write: characters as they are, unless the
    record holds a lone surrogate (an id read from a `\\ud800` escape), which is written escaped."""
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(record)
    return line


def render(record: dict[str, Any], fmt: str) -> Any:
    """A result record as the writer for `fmt` takes it: a JSONL line or a text block as
    UTF-8 bytes ("" for a failed document, which stderr names), or the record itself for
    Parquet. Encoded here, in the worker that cleaned the document, not in the writing parent."""
    if fmt == "jsonl":
        return (json_line(record) + "\n").encode("utf-8")
    if fmt == "text":
        return b"" if "error" in record else (record["body"] + "\n\n").encode("utf-8")
    return record


class TextWriter:
    """Writes rendered JSONL lines or text blocks (bytes) to a file (appending when resuming)
    or stdout."""

    def __init__(self, path: str | None, append: bool = False):
        self.stream = open(path, "ab" if append else "wb") if path else None

    def write(self, rendered: bytes) -> None:
        if self.stream is not None:
            self.stream.write(rendered)
        elif hasattr(sys.stdout, "buffer"):
            sys.stdout.buffer.write(rendered)
        else:  # a replaced stdout that takes text only
            sys.stdout.write(rendered.decode("utf-8"))

    def close(self) -> None:
        if self.stream is not None:
            self.stream.close()
        else:
            sys.stdout.flush()


class ParquetWriter:
    """Results as Parquet rows, written a batch at a time; nested fields as JSON text."""

    COLUMNS = ("id", "error", "body", "meta", "removed", "repairs", "flags", "quality", "encoding")

    def __init__(self, path: str):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        self.schema = pa.schema([(c, pa.list_(pa.string()) if c == "flags" else pa.string()) for c in self.COLUMNS])
        self.writer = pq.ParquetWriter(path, self.schema)
        self.rows: list[dict[str, Any]] = []

    def write(self, record: dict[str, Any]) -> None:
        row = {c: record.get(c) for c in self.COLUMNS}
        for c in ("meta", "removed", "repairs", "quality"):
            if row[c] is not None:
                row[c] = json.dumps(row[c], ensure_ascii=False)
        self.rows.append(row)
        if len(self.rows) >= PARQUET_BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


def completed_records(path: str) -> int:
    """How many whole records a JSONL output already holds; a last line cut short by a crash
    is truncated away, so that a resumed run rewrites it."""
    file = Path(path)
    if not file.exists():
        return 0
    count, good_end = 0, 0
    with file.open("rb") as stream:
        for line in stream:
            if not line.endswith(b"\n"):
                break
            try:
                json.loads(line)
            except json.JSONDecodeError:
                break
            count += 1
            good_end += len(line)
    if good_end != file.stat().st_size:
        with file.open("r+b") as stream:
            stream.truncate(good_end)
    return count
