"""The `newsclean` command line, thin over the library."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

from newsclean.pipeline import Pipeline

# Documents per task sent to a worker process: large enough to amortise pickling,
# small enough that the progress bar moves.
_CHUNK = 16


def iter_documents(paths: list[str], text_field: str) -> Iterator[tuple[str, str | bytes | None, str | None]]:
    """(id, raw text or bytes, error) for every document under the given paths."""
    for arg in paths:
        if arg == "-":
            yield "<stdin>", sys.stdin.buffer.read(), None
            continue
        path = Path(arg)
        if not path.exists():
            yield arg, None, f"no such file or folder: {arg}"
            continue
        files = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl")) if path.is_dir() else [path]
        for file in files:
            if file.suffix == ".jsonl":
                yield from _iter_jsonl(file, text_field)
            else:
                yield str(file), file.read_bytes(), None


def _iter_jsonl(file: Path, text_field: str) -> Iterator[tuple[str, str | None, str | None]]:
    with file.open("rb") as stream:
        for number, line in enumerate(stream, 1):
            doc_id = f"{file}:{number}"
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield doc_id, None, f"invalid JSON: {error}"
                continue
            if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
                yield doc_id, None, f"no string field {text_field!r}"
                continue
            yield str(record.get("id", doc_id)), record[text_field], None


def _clean_one(item: tuple[str, str | bytes | None, str | None], options: dict) -> dict:
    doc_id, raw, error = item
    if error is None:
        try:
            result = Pipeline.default(**options)(raw)
            return {"id": doc_id, **result.to_dict()}
        except Exception as exc:  # one bad document must not stop a batch
            error = f"{type(exc).__name__}: {exc}"
    return {"id": doc_id, "error": error}


def _clean_chunk(chunk: list, options: dict) -> list[dict]:
    return [_clean_one(item, options) for item in chunk]


def _chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_clean(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    options = {"script": args.script, "keep": args.keep}
    Pipeline.default(**options)  # fail fast on bad options, before any work
    docs = iter_documents(args.paths, args.text_field)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    bar = tqdm(unit="doc", file=sys.stderr, disable=args.quiet or None, desc="cleaning")
    failed = 0
    try:
        if args.workers > 1:
            pool = ProcessPoolExecutor(args.workers)
            work = partial(_clean_chunk, options=options)
            results = (r for batch in pool.map(work, _chunks(docs, _CHUNK)) for r in batch)
        else:
            pool, results = None, (_clean_one(item, options) for item in docs)
        for record in results:
            bar.update(1)
            if "error" in record:
                failed += 1
                print(f"newsclean: {record['id']}: {record['error']}", file=sys.stderr)
            if args.format == "text":
                if "error" not in record:
                    out.write(record["body"] + "\n\n")
            else:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        if pool:
            pool.shutdown()
    finally:
        bar.close()
        if out is not sys.stdout:
            out.close()
    if failed:
        print(f"newsclean: {failed} document(s) failed; see the error records", file=sys.stderr)
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean scraped Chinese news pages: repair encoding damage, restore the "
                    "script, find metadata, remove boilerplate.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    clean = sub.add_parser(
        "clean", help="clean pages and corpora",
        description="Clean .txt pages, folders of them, and .jsonl corpora. Writes one JSON "
                    "record per document (body, paragraphs, meta, removed, repairs, flags); a "
                    "document that fails becomes {id, error} and the exit status is 1.",
    )
    clean.add_argument("paths", nargs="+", help="files, folders (searched for .txt/.jsonl), or - for stdin")
    clean.add_argument("-o", "--output", help="write here instead of stdout")
    clean.add_argument("--format", choices=("jsonl", "text"), default="jsonl",
                       help="jsonl: a result record per document; text: bodies, a blank line between")
    clean.add_argument("--text-field", default="text", help="JSONL field holding the page (default: text)")
    clean.add_argument("--workers", type=int, default=1, help="parallel worker processes (default: 1)")
    clean.add_argument("--script", default="auto", choices=("auto", "simplified", "traditional", "keep"),
                       help="script of the output (default auto: simplify pages a mirror traditionalised)")
    clean.add_argument("--keep", action="append", default=[], metavar="KIND",
                       help="boilerplate kind to keep in the body, e.g. related_links (repeatable)")
    clean.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    clean.set_defaults(func=run_clean)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "workers", 1) < 1:
        build_parser().error("--workers must be at least 1")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
