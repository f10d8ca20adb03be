"""Bytes to text: the encoding the bytes prove or the page declares, verified by decoding; a
detector only as the last resort."""
from __future__ import annotations

import codecs
import re

from newsclean.document import LONE_SURROGATE, Document

# Browsers decode gb2312/gbk labels as GB18030; Python's gb2312 is strict and loses
# characters such as 镕, so every GB label is widened to the superset.
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "hz-gb-2312": "gb18030", "x-gbk": "gb18030",
          "big5": "big5hkscs", "cp950": "big5hkscs", "ascii": "utf-8", "us-ascii": "utf-8"}
_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16")]
_CANDIDATES = ("utf-8", "gb18030", "big5hkscs")


def _strict(data: bytes, encoding: str) -> str | None:
    """The bytes decoded, or None when they are not all valid in the encoding."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def strict_decodes(data: bytes, encoding: str) -> bool:
    return _strict(data, encoding) is not None


# `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`,
# looked for where browsers look: the first bytes of the page (they read 1,024; Chinese pages
# put long comments and scripts first, so a few more).
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{2,30})""", re.IGNORECASE)
DECLARATION_WINDOW = 4096


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a `<meta>` near its start, if any."""
    m = _META_CHARSET.search(data, 0, DECLARATION_WINDOW)
    return m[1].decode("ascii").lower() if m else None


def codec_name(label: str | None) -> str | None:
    """The Python codec for a charset label (GB labels widened to GB18030, Big5 to Big5-HKSCS,
    as browsers do); None for a label Python does not know."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _WIDEN:
        return _WIDEN[label]
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _WIDEN.get(name, name)


# chardet reads this much of a page: its time grows with the bytes (over 100 ms for a
# 400 KB page), and a page's first tens of kilobytes settle which Chinese encoding it is in.
DETECTOR_SAMPLE = 65_536


def detect_encoding(data: bytes, declared: str | None = None) -> str:
    """The encoding of a whole document (see `decode_page`)."""
    return decode_page(data, declared)[1]


def decode_page(data: bytes, declared: str | None = None) -> tuple[str | None, str]:
    """The encoding of a whole document, restricted to those Chinese pages use, and the text
    when the bytes decode strictly in it (None when they do not).

    A BOM decides. Then UTF-8 is tried strictly: random bytes almost never pass, so a pass is
    proof (pages that declare gb2312 and are stored as UTF-8 exist; GBK bytes pass a strict
    GB18030 decode so often that such a declaration cannot be checked the other way round).
    Then what the caller says (`declared`: the HTTP `Content-Type` charset of a crawl) and
    what the page says in its `<meta>`: only Chinese encodings are believed (a Latin-1 or
    cp1252 label decodes any bytes, and mislabelled GBK pages are where mojibake comes from),
    each taken when it decodes the bytes strictly. Else, when exactly one of GB18030 and
    Big5-HKSCS decodes the page strictly, it is the answer (97 % of GB pages fail as
    Big5-HKSCS; Big5 pages always pass as GB18030). When neither does (a damaged or mixed
    page), a declaration is taken as it is, else the one with fewer undecodable bytes (its
    lines are then decoded one by one). Only when both pass is chardet asked, on the first
    `DETECTOR_SAMPLE` bytes, and its guess taken when it is one of them.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return None, name
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    labels = [name for name in (codec_name(declared), codec_name(declared_charset(data))) if name in _CANDIDATES[1:]]
    for name in labels:
        text = _strict(data, name)
        if text is not None:
            return text, name
    passing = {name: text for name in _CANDIDATES[1:] if name not in labels
               and (text := _strict(data, name)) is not None}
    if len(passing) == 1:
        name, text = next(iter(passing.items()))
        return text, name
    if not passing:
        if labels:
            return None, labels[0]
        return None, min(_CANDIDATES[1:], key=lambda name: data.decode(name, errors="replace").count("\ufffd"))
    import chardet

    guess = (chardet.detect(data[:DETECTOR_SAMPLE]).get("encoding") or "").lower()
    guess = _WIDEN.get(guess, guess)
    name = guess if guess in passing else next(iter(passing))
    return passing[name], name


def decode_lines(data: bytes, encoding: str) -> tuple[str, int]:
    """A page no single encoding decodes (a UTF-8 template around a GBK article): each
    line in the first Chinese encoding that decodes it strictly, else in `encoding` with
    replacement characters. Returns the text and how many lines took another encoding."""
    order = (encoding, *(c for c in _CANDIDATES if c != encoding))
    out, others = [], 0
    for line in data.split(b"\n"):
        for name in order:
            if strict_decodes(line, name):
                out.append(line.decode(name))
                others += name != encoding
                break
        else:
            out.append(line.decode(encoding, errors="replace"))
    return "\n".join(out), others


class DecodeBytes:
    """Turns bytes input into text. A str input passes through, but for lone surrogates
    (a JSON `\\ud800` escape gives one): they are not characters, and no output can encode
    them, so they become U+FFFD, counted in the flag `lone_surrogates:N`."""

    name = "decode"
    repairs = True
    reads_whole_page = True  # a piece cut inside a multi-byte character would lose it

    @staticmethod
    def preload() -> None:
        # chardet loads its models on its first page (~70 ms): pages both Chinese codecs
        # decode, like this one, ask it.
        decode_page("中文新闻".encode("gb18030") * 8)

    def __call__(self, doc: Document) -> Document:
        if isinstance(doc.raw, str):
            try:
                doc.text.encode("utf-8")  # in C: the common case costs a few µs a page
            except UnicodeEncodeError:
                doc.text, lone = LONE_SURROGATE.subn("\ufffd", doc.text)
                doc.flags.append(f"lone_surrogates:{lone}")
            return doc
        text, encoding = decode_page(doc.raw, doc.charset)
        doc.encoding = encoding
        if text is None:  # not every byte decodes: count what is lost
            text = doc.raw.decode(encoding, errors="replace")
            if "\ufffd" in text and not encoding.startswith("utf-16") and not encoding.startswith("utf-32"):
                text, others = decode_lines(doc.raw, encoding)
                if others:
                    doc.flags.append(f"mixed_encoding_lines:{others}")
            lost = text.count("\ufffd") - doc.raw.decode(encoding, errors="ignore").count("\ufffd")
            if lost > 0:
                doc.flags.append(f"undecodable_bytes:{lost}")
        doc.text = text
        return doc
