"""Spaces: runs of spaces collapsed and lines trimmed, after the repairs (a no-break space can be
a byte of a mojibaked character), and `?` that stand for lost layout characters undone."""
from __future__ import annotations

import re

from newsclean.document import Document
from newsclean.text import has_cjk, line_after_spaces

# A round trip through GBK turns layout characters it lacks (no-break and en spaces,
# bullets) into `?` (docs/damage.md). At the start of a line before Chinese text or a digit
# (a dateline), `?` is such an indent or bullet: no line opens with a question mark. Inside
# a line `?` may be a lost character (`二??九年` lost 〇〇), so it stays there and is
# counted (`Result.quality`).
_LOST_INDENT = re.compile(r"^\?[? ]*(?=[^\s?])")


def restore_lost_layout(line: str) -> tuple[str, list[tuple[str, str, int]]]:
    """The line without a `?` indent or bullet, and what changed (before, after, offset).

    >>> restore_lost_layout("??据介绍，今年")[0]
    '据介绍，今年'
    >>> restore_lost_layout("? 更多新闻")[0]
    '更多新闻'
    >>> restore_lost_layout("??2017年07月12日 光明网")[0]
    '2017年07月12日 光明网'
    >>> restore_lost_layout("??2021/02/14 01:29:37")[0]
    '2021/02/14 01:29:37'
    >>> restore_lost_layout("?") [0]
    '?'
    >>> restore_lost_layout("生活?购物")[0]
    '生活?购物'
    """
    m = _LOST_INDENT.match(line)
    if not m or not (has_cjk(line, 1) or line[m.end()].isdigit()):
        return line, []
    return line[m.end():], [(m.group(), "", 0)]


_CELLS = re.compile(r"\s*\t\s*")


class CollapseSpaces:
    """Collapses runs of spaces (ASCII, U+3000, no-break…), trims lines, drops empty ones,
    and undoes `?` that stand for lost layout characters (see `restore_lost_layout`); on a text
    page, a tab between words stays one tab (a table's cells)."""

    name = "spaces"
    repairs = True

    def __call__(self, doc: Document) -> Document:
        if not doc.lines:
            return doc
        lines = []
        for number, text in doc.lines:
            if "\t" in text and not doc.blocks and "\t" in text.strip():
                # A text page's table row (a crawler's dump sets its cells apart by tabs) keeps one
                # tab between its cells: the region stage reads the table by them.
                text = "\t".join(cell for part in _CELLS.split(text) if (cell := line_after_spaces(part)))
            else:
                text = line_after_spaces(text)
            if text.startswith("?"):
                text, changes = restore_lost_layout(text)
                for before, after, offset in changes:
                    doc.repair("lost_layout", before, after, offset, 0.9, number)
            if text.strip():
                lines.append((number, text.strip()))
        doc.lines = lines
        return doc
