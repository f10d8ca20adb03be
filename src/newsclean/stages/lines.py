"""Lines: the page split into numbered lines, and lines too long to search cut into pieces."""
from __future__ import annotations

import re

from newsclean.document import Document
from newsclean.text import INVISIBLE

LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c]")

# Body paragraphs run to a few thousand characters; a longer line is a page that lost its
# line breaks. It is cut into pieces of at most this many characters (at a sentence end where
# there is one) so that no per-line search sees more, and flagged `long_line_split:LINE:PIECES`.
MAX_LINE = 20_000
_PIECE_END = re.compile(r"[。！？!?；;]")


def split_long_line(line: str, limit: int = MAX_LINE) -> list[str]:
    """`line` in pieces of at most `limit` characters, each ending at the last sentence end
    of its second half where there is one.

    >>> split_long_line("甲乙丙丁戊。己庚辛壬", 6)
    ['甲乙丙丁戊。', '己庚辛壬']
    >>> split_long_line("甲乙丙丁戊己庚辛", 6)
    ['甲乙丙丁戊己', '庚辛']
    """
    pieces, start = [], 0
    while len(line) - start > limit:
        end = start + limit
        cut = max((m.end() for m in _PIECE_END.finditer(line, start + limit // 2, end)), default=end)
        pieces.append(line[start:cut])
        start = cut
    pieces.append(line[start:])
    return pieces


class SplitLines:
    """Splits the text into numbered non-empty lines (numbers are the page's, from 1).

    Spaces inside a line are left as they are: U+00A0 and friends can be bytes of a
    mojibaked character, so collapsing them waits for `CollapseSpaces`, after the repairs. A
    line longer than `max_line` is cut into pieces that keep its number (see `split_long_line`).
    """

    name = "lines"
    repairs = True

    def __init__(self, max_line: int = MAX_LINE):
        if max_line < 100:
            raise ValueError("max_line must be at least 100 characters")
        self.max_line = max_line

    def __call__(self, doc: Document) -> Document:
        raws = doc.text.split("\n")
        # Other line breaks and invisible characters are all unprintable (controls and
        # format characters): pages whose lines are printable skip both substitutions,
        # which cost ~15 µs a page each in the regular-expression engine.
        if not all(map(str.isprintable, raws)):
            text, invisible = INVISIBLE.subn("", LINE_BREAKS.sub("\n", doc.text))
            if invisible:
                doc.flags.append(f"invisible_chars_removed:{invisible}")
            raws = text.split("\n")
        doc.lines = []
        for number, raw in enumerate(raws, doc.line_offset + 1):
            text = raw.strip(" \t")
            if not text.strip():
                continue
            pieces = split_long_line(text, self.max_line) if len(text) > self.max_line else [text]
            if len(pieces) > 1:
                doc.flags.append(f"long_line_split:{number}:{len(pieces)}")
            doc.lines.extend((number, piece) for piece in pieces)
        return doc
