"""What the line tests and stages read text by: Chinese characters, prose, lists, spaces and
punctuation. Pure functions of a line; no stage."""
from __future__ import annotations

import re
from functools import lru_cache


def alternation(words) -> str:
    """A regex alternation of the words, escaped, longest first (so that a longer one wins)."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ASCII_SPACES = re.compile(r"  +")
# C1 controls (U+0080–U+009F) are kept here: in UTF-8 read as Latin-1 they are bytes the
# mojibake repair needs. The spaces stage drops those left after the repairs.
INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\x00-\x08\x0b-\x1f\x7f]")
C1_CONTROLS = re.compile(r"[\x80-\x9f]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
# `?` is left out: on damaged pages it is mostly a lost character, not a question mark.
_SENTENCE_PUNCT = re.compile(r"[，,。！!？；;]")
# How a line that is a sentence of prose may end.
_PROSE_END = re.compile(r"[。！!？?；;：:”’」』）)…]$")
# A teaser or link title cut short: `…`, `...`, ` -`.
TRUNCATED = re.compile(r"(?:\.\.\.|…|\s-)$")
# The private-use area: where a GBK decoder puts the user-defined byte areas (glyphs of a site's
# font, or bytes of a split character).
PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")

# Body paragraphs in the seeds and the THUCNews articles hold 12+ Chinese characters and
# sentence punctuation; headlines, menus, captions and link titles rarely have both.
MIN_PROSE_CJK = 12
# Headlines may carry a comma ("二十年,焕然一新"), so a line shorter than this must also
# end like a sentence to count as prose.
SHORT_LINE = 40


def collapse_spaces(line: str) -> str:
    """Without invisible characters, every run of spaces (ASCII, U+3000, no-break …) one space,
    trimmed."""
    return _SPACES.sub(" ", INVISIBLE.sub("", line)).strip()


def cjk_count(text: str) -> int:
    # Deleting runs beats listing characters (findall builds a string per character):
    # every line of every page is counted several times.
    return len(text) - len(_CJK_RUN.sub("", text))


def has_cjk(text: str, n: int) -> bool:
    """At least `n` CJK characters. Counted in the head first: that settles it for a
    paragraph, and only short or mostly non-Chinese lines are counted whole."""
    return cjk_count(text[:2 * n]) >= n or (len(text) > 2 * n and cjk_count(text) >= n)


# SEO keyword lines (docs/damage.md) are runs of short items between `,` `|` `、` with no
# sentence end: 澳门赌场,在线博彩,真人娱乐,…; a clause of prose is longer than this on average.
_LIST_SEPARATOR = re.compile(r"[,，|｜、/]")
_SEPARATORS = ",，|｜、/"
KEYWORD_ITEMS = 5
KEYWORD_ITEM_MAX = 6
_FUNCTION_WORD = re.compile("[的了着过吗呢吧啊得们被把让与和而又也都就是在于於将从对]")
_PROSE_ITEMS = 0.3


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
    if len(items) < KEYWORD_ITEMS or sum(map(len, items)) / len(items) > KEYWORD_ITEM_MAX:
        return False
    # Short clauses of prose hold its little words (`然后，狂热与恐怖被耗尽，于是，…`); keywords are
    # bare nouns.
    return sum(bool(_FUNCTION_WORD.search(t)) for t in items) < len(items) * _PROSE_ITEMS


@lru_cache(maxsize=1 << 14)
def is_prose(line: str) -> bool:
    """A line that reads as a sentence of an article, not a heading, menu, teaser or
    keyword list."""
    # Both end patterns are at most three characters long: searched in the tail, not
    # tried at every position of the line.
    if not has_cjk(line, MIN_PROSE_CJK) or TRUNCATED.search(line[-3:]):
        return False
    if "。" in line:
        return True
    return bool(_SENTENCE_PUNCT.search(line)) and not is_keyword_list(line) and (
        len(line) >= SHORT_LINE or bool(_PROSE_END.search(line[-1:])))


def line_after_spaces(line: str) -> str:
    """The line as the spaces stage leaves it: without C1 controls, its spaces collapsed."""
    # A printable line holds no control, invisible or non-ASCII space (str.isprintable runs
    # in C): only runs of ASCII spaces can need collapsing. Pattern scans over mostly Chinese
    # text cost ~13 ns a character, and most lines of a page are printable.
    if line.isprintable():
        return (_ASCII_SPACES.sub(" ", line) if "  " in line else line).strip()
    return collapse_spaces(C1_CONTROLS.sub("", line))


# A space next to full-width punctuation is layout, not content (`祁小青—— 当好`).
# Each pattern here starts with the character it removes, lookbehinds after it: a leading
# lookbehind is tried at every position of the page.
_SPACE_BY_PUNCT = re.compile(r" (?:(?<=[—，。：；！？、“”‘’（）《》【】] )|(?=[—，。：；！？、“”‘’（）《》【】]))")


def drop_space_by_punct(text: str) -> str:
    return _SPACE_BY_PUNCT.sub("", text) if " " in text else text


# Converters leave doubled punctuation (docs/damage.md: `上午,,市政`, `講話,。`): a comma
# repeated, or standing right before the sentence end, is never the writer's. Only between
# Chinese characters or before a Chinese sentence end, so `1,,2` in data stays.
_DOUBLED_COMMA = re.compile(r"([,，])(?<=[\u4e00-\u9fff][,，])[,，]+(?=[\u4e00-\u9fff])")
_COMMA_BEFORE_END = re.compile(r"[,，](?<=[\u4e00-\u9fff][,，])(?=[。！？])")
# What either pattern needs, found by substring search: every comma of a page is a place
# the patterns would try.
DOUBLED_PAIRS = tuple(a + b for a in ",，" for b in ",，。！？")


def drop_doubled_punctuation(text: str) -> str:
    """
    >>> drop_doubled_punctuation("今天上午,,市政府召开会议,。")
    '今天上午,市政府召开会议。'
    """
    return _COMMA_BEFORE_END.sub("", _DOUBLED_COMMA.sub(r"\1", text))


def line_after_tidying(line: str) -> str:
    """The line as the spaces and punctuation stages leave it. A second cleaning starts from
    this form, so a repair stage that finds nothing to do on a line decides on this form too,
    or a second cleaning would repair what the first left."""
    line = drop_space_by_punct(line_after_spaces(line))
    return drop_doubled_punctuation(line) if any(pair in line for pair in DOUBLED_PAIRS) else line
