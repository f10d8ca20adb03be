"""Lines: the page split into numbered lines with whitespace tidied, and what prose looks like."""
from __future__ import annotations

import re
from functools import lru_cache

from newsclean.document import Document

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ASCII_SPACES = re.compile(r"  +")
# C1 controls (U+0080–U+009F) are kept here: in UTF-8 read as Latin-1 they are bytes the
# mojibake repair needs. TidyLines drops those left after the repairs.
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\x00-\x08\x0b-\x1f\x7f]")
LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c]")
C1_CONTROLS = re.compile(r"[\x80-\x9f]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
# `?` is left out: on damaged pages it is mostly a lost character, not a question mark.
_SENTENCE_PUNCT = re.compile(r"[，,。！!？；;]")
_SENTENCE_END = re.compile(r"[。！!？?；;：:”’」』）)…]$")
_TRUNCATED = re.compile(r"(?:\.\.\.|…|\s-)$")

# Body paragraphs in the seeds and the THUCNews articles hold 12+ Chinese characters and
# sentence punctuation; headlines, menus, captions and link titles rarely have both.
MIN_PROSE_CJK = 12
# Headlines may carry a comma ("二十年,焕然一新"), so a line shorter than this must also
# end like a sentence to count as prose.
SHORT_LINE = 40


def tidy(line: str) -> str:
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()


def cjk_count(text: str) -> int:
    # Deleting runs beats listing characters (findall builds a string per character):
    # every line of every page is counted several times.
    return len(text) - len(_CJK_RUN.sub("", text))


def has_cjk(text: str, n: int) -> bool:
    """At least `n` CJK characters. Counted in the head first: that settles it for a
    paragraph, and only short or mostly non-Chinese lines are counted whole."""
    return cjk_count(text[:2 * n]) >= n or (len(text) > 2 * n and cjk_count(text) >= n)


# SEO keyword lines (DAMAGE.md §6) are runs of short items between `,` `|` `、` with no
# sentence end: 澳门赌场,在线博彩,真人娱乐,…; a clause of prose is longer than this on average.
_LIST_SEPARATOR = re.compile(r"[,，|｜、/]")
_SEPARATORS = ",，|｜、/"
KEYWORD_ITEMS = 5
KEYWORD_ITEM_MAX = 6


def is_keyword_list(line: str) -> bool:
    """Many short items between separators and no sentence end: a keyword list, not prose.

    >>> is_keyword_list("澳门赌场,在线博彩,真人娱乐,百家乐,老虎机,体育投注")
    True
    >>> is_keyword_list("北京、上海、广州、深圳、杭州都在名单上。")
    False
    """
    if "。" in line or "！" in line or "？" in line:
        return False
    # Counted in C first: most lines have nowhere near enough separators.
    if sum(map(line.count, _SEPARATORS)) < KEYWORD_ITEMS - 1:
        return False
    items = [t for t in _LIST_SEPARATOR.split(line) if t.strip()]
    return len(items) >= KEYWORD_ITEMS and sum(map(len, items)) / len(items) <= KEYWORD_ITEM_MAX


@lru_cache(maxsize=1 << 14)
def is_prose(line: str) -> bool:
    """A line that reads as a sentence of an article, not a heading, menu, teaser or
    keyword list."""
    # Both end patterns are at most three characters long: searched in the tail, not
    # tried at every position of the line.
    if not has_cjk(line, MIN_PROSE_CJK) or _TRUNCATED.search(line[-3:]):
        return False
    if "。" in line:
        return True
    return bool(_SENTENCE_PUNCT.search(line)) and not is_keyword_list(line) and (
        len(line) >= SHORT_LINE or bool(_SENTENCE_END.search(line[-1:])))


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
    mojibaked character, so tidying waits for `TidyLines`, after the repairs. A line longer
    than `max_line` is cut into pieces that keep its number (see `split_long_line`).
    """

    name = "lines"

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
            text, invisible = _INVISIBLE.subn("", LINE_BREAKS.sub("\n", doc.text))
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


# A round trip through GBK turns layout characters it lacks (no-break and en spaces,
# bullets) into `?` (DAMAGE.md §3). At the start of a line before Chinese text or a digit
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


class TidyLines:
    """Collapses runs of spaces (ASCII, U+3000, no-break…), trims lines, drops empty ones,
    and undoes `?` that stand for lost layout characters (see `restore_lost_layout`)."""

    name = "whitespace"

    def __call__(self, doc: Document) -> Document:
        if not doc.lines:
            return doc
        lines = []
        for (number, _), text in zip(doc.lines, tidy_lines(doc.lines), strict=True):
            if text.startswith("?"):
                text, changes = restore_lost_layout(text)
                for before, after, offset in changes:
                    doc.repair("lost_layout", before, after, offset, 0.9, number)
            if text.strip():
                lines.append((number, text.strip()))
        doc.lines = lines
        return doc


def tidied(line: str) -> str:
    """The line as TidyLines leaves it: without C1 controls, its spaces tidied."""
    # A printable line holds no control, invisible or non-ASCII space (str.isprintable runs
    # in C): only runs of ASCII spaces can need tidying. Pattern scans over mostly Chinese
    # text cost ~13 ns a character, and most lines of a page are printable.
    if line.isprintable():
        return (_ASCII_SPACES.sub(" ", line) if "  " in line else line).strip()
    return tidy(C1_CONTROLS.sub("", line))


def tidy_lines(lines: list[tuple[int, str]]) -> list[str]:
    """`tidied` form of every line."""
    return [tidied(t) for _, t in lines]
