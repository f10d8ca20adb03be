"""Bytes to text: detect the encoding on the whole document and verify it by decoding."""
from __future__ import annotations

import codecs

from newsclean.document import LONE_SURROGATE, Document

# Browsers decode gb2312/gbk labels as GB18030; Python's gb2312 is strict and loses
# characters such as 镕, so every GB label is widened to the superset.
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "hz-gb-2312": "gb18030",
          "big5": "big5hkscs", "cp950": "big5hkscs", "ascii": "utf-8"}
_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16")]
_CANDIDATES = ("utf-8", "gb18030", "big5hkscs")


def _strict_decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def detect_encoding(data: bytes) -> str:
    """The encoding of a whole document, restricted to those Chinese pages use.

    UTF-8 is tried strictly first: random bytes almost never pass, so a pass is proof.
    When exactly one of GB18030 and Big5-HKSCS decodes the page strictly, it is the answer
    (97 % of GB pages fail as Big5-HKSCS; Big5 pages always pass as GB18030). Only when
    both pass, or neither, is chardet asked — it costs milliseconds a page — and its guess
    is taken when it is a Chinese encoding that decodes cleanly; else the first that does,
    else GB18030 (the commonest on mainland pages) with replacement characters.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if _strict_decodes(data, "utf-8"):
        return "utf-8"
    passing = [name for name in _CANDIDATES[1:] if _strict_decodes(data, name)]
    if len(passing) == 1:
        return passing[0]
    import chardet

    guess = (chardet.detect(data).get("encoding") or "").lower()
    guess = _WIDEN.get(guess, guess)
    if guess in passing:
        return guess
    if passing:
        return passing[0]
    return guess if guess in _CANDIDATES else "gb18030"


def decode_lines(data: bytes, encoding: str) -> tuple[str, int]:
    """A page no single encoding decodes (a UTF-8 template around a GBK article): each
    line in the first Chinese encoding that decodes it strictly, else in `encoding` with
    replacement characters. Returns the text and how many lines took another encoding."""
    order = (encoding, *(c for c in _CANDIDATES if c != encoding))
    out, others = [], 0
    for line in data.split(b"\n"):
        for name in order:
            if _strict_decodes(line, name):
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

    def __call__(self, doc: Document) -> Document:
        if isinstance(doc.raw, str):
            try:
                doc.text.encode("utf-8")  # in C: the common case costs a few µs a page
            except UnicodeEncodeError:
                doc.text, lone = LONE_SURROGATE.subn("\ufffd", doc.text)
                doc.flags.append(f"lone_surrogates:{lone}")
            return doc
        encoding = detect_encoding(doc.raw)
        doc.encoding = encoding
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
