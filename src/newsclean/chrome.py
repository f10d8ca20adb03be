"""Chrome: what a line's words and shape say about it — cue words by kind (`vocabulary.CHROME_CUES`),
menus and breadcrumbs, counters, bracketed widgets, phone numbers, footer headings, prompts to the
reader. Pure, cached functions of a line: evidence for the line scores (`stages/region.py`) and
the kind a removed line is given. A cue deep inside a paragraph (a story about copyright law)
does not make it chrome: a prose line is chrome prose only on strong evidence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsclean.text import alternation, cjk_count, has_cjk, is_keyword_list
from newsclean.vocabulary import (
    CHROME_CUES,
    CONTACT_WORDS,
    COUNTER_WORDS,
    CREDIT_ROLES,
    FOOTER_HEADINGS,
    PROMPTS,
    SELF_REFERENCE,
    SHARE_PLATFORMS,
    STRONG_OPENINGS,
    SURNAMES,
)

# Line tests are pure functions of the line, asked by both the metadata and the boilerplate
# stage and again for the chrome that repeats across a crawl: cached, they run once a line.
_LINE_CACHE = 1 << 14


# Contact spam and cued chrome are short lines (`微信/手机:135…`, `程律师(法律顾问)0432-…`); a
# paragraph of this many Chinese characters or more that gives a phone number or holds a cue
# word is the article's (a notice giving its contact, a story about 侵权).
CHROME_MAX_CJK = 40
EMAIL = re.compile(r"[\w.]{1,64}@[\w-]{1,64}\.[A-Za-z]{2,10}")
# Not preceded by a digit; the lookbehinds follow the first digit so that the engine can
# skip to candidate digits (a leading lookbehind is tried at every position of every line).
PHONE = re.compile(r"(?:1(?<!\d1)[3-9]\d{9}|0(?<!\d0)\d{2,3}[- ]?\d{7,8}|4(?<!\d4)00[ -]?\d{3,4}[ -]?\d{3,4})(?!\d)")
CUES: list[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None]] = [
    (kind, re.compile("|".join(anywhere)) if anywhere else None, re.compile("|".join(opening)) if opening else None)
    for kind, anywhere, opening in CHROME_CUES
]
# All cue words in one search (and one match): most lines have none, and one pass settles it.
_ANY_CUE = re.compile("|".join(anywhere.pattern for _, anywhere, _ in CUES if anywhere))
_ANY_OPENING = re.compile("|".join(opening.pattern for _, _, opening in CUES if opening))
# A share bar: a short line naming two platforms or more, and little Chinese besides them.
_PLATFORM = re.compile(alternation(SHARE_PLATFORMS))
_SHARE_BAR_MAX = 40
_SHARE_BAR_CJK = 24
# Menus and breadcrumbs: three or more short items between separators (`首页 | 新闻 | 体育`).
# ` ? ` is a separator GBK lacked (`»`, `•`) after a round trip.
_MENU_SEPARATOR = re.compile(r"\s*[|｜·•>›»→]\s*| \? |\s+")
_MENU_ITEM_MAX = 6
# Counters and widgets: `阅读：1234 评论：5`, `【纠错】`, `[ 打印本页 ] [ 关闭窗口 ]`.
COUNTER = re.compile(rf"(?:{'|'.join(COUNTER_WORDS)})(?:量|数|次数)?\s*[:：（(]\s*\d+")
_BRACKETED = re.compile(r"^(?:[【\[]\s*[^】\]]{1,8}\s*[】\]]\s*)+$")
# Page residue with no words of the article (docs/damage.md, in the wild): image file names, a bare view
# counter, markdown/table leftovers (`![]() | ||||`), comment tags (`/enpproperty-->`).
_RESIDUE = re.compile(r"(?:[\w.\-]{1,80}\.(?:jpe?g|png|gif|webp|bmp)|\d{1,9}|<!--.{0,200}|.{0,200}-->)", re.IGNORECASE)
_RESIDUE_END = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", "-->")
_WORD = re.compile(r"\w")


def is_residue(line: str) -> bool:
    """A file name, a bare number, a comment tag, or two or more symbols and no word."""
    # The pattern is tried only where the line's end or start can fit it: on a line of
    # prose its open repeats cost more than all other tests.
    could_be = line[-5:].lower().endswith(_RESIDUE_END) or line.startswith("<!--") or line[-1:].isdigit()
    return (could_be and bool(_RESIDUE.fullmatch(line))) or (len(line.strip()) >= 2 and not _WORD.search(line))
# A sentence that speaks of the site or the article itself: boilerplate, not news.
_SELF_REFERENCE = re.compile("|".join(SELF_REFERENCE))
# A footer heading: short, ends with a colon or is a bare heading word, and names a block.
_FOOTER_HEADING = re.compile(rf"^(?:{'|'.join(FOOTER_HEADINGS)})$")
_STRONG_OPENING = re.compile(rf"^[（(\[【]?(?:{'|'.join(STRONG_OPENINGS)})")
_CONTACT_WORDS = re.compile("|".join(CONTACT_WORDS))
# What speaks to the reader, not of the news: a prompt to scan, download, read on or report
# infringement. Sites set it between paragraphs too, as a sentence; a report on QR payments
# (市民扫码乘车) names the things but never asks this. A paragraph of _PROMPT_MAX_CJK or more
# Chinese characters that asks it is a promotion article's own text, and stays.
_PROMPT_MAX_CJK = 40
_PROMPT = re.compile("|".join(PROMPTS))


def is_prompt(line: str) -> bool:
    # The count first: most article lines have 40 Chinese characters in their head.
    return (len(line) < _PROMPT_MAX_CJK or not has_cjk(line, _PROMPT_MAX_CJK)) and bool(_PROMPT.search(line))


# A prompt that opens a line stands within this many characters of its start (after a bullet);
# the longest `PROMPTS` match is shorter than _PROMPT_SPAN.
_ASK_OPENS = 4
_PROMPT_SPAN = 40


def asks_reader(line: str) -> bool:
    """The line opens by asking what a prompt asks, however long it is (`下载…客户端，关注…`); a
    sentence that comes to it (`…已在官网开放下载客户端`) does not."""
    # Searched in the line's head only: a prompt is at most _PROMPT_SPAN characters long.
    m = _PROMPT.search(line, 0, _ASK_OPENS + _PROMPT_SPAN)
    return m is not None and m.start() <= _ASK_OPENS


# Breadcrumbs: `江州网 > 房产频道`, `首页→本地`; two items are enough when an arrow joins them.
_BREADCRUMB = re.compile(r"^[^，。,>›»→?]{1,12}(?:(?:\s*[>›»→]\s*| \? )[^，。,>›»→?]{1,12})+$")


# What a portal adds to a headline to say the page has pictures or a video (`标题(图)`, `标题（组图）`).
MEDIA_MARK = re.compile(r"\s*[（(\[【]\s*(?:组图|图|附图|多图|图文|图集|高清组图|高清|视频|图表)\s*[）)\]】]\s*$")


@lru_cache(maxsize=_LINE_CACHE)
def is_menu(line: str) -> bool:
    if "，" in line or "。" in line or "," in line:
        return False  # neither a breadcrumb nor a menu item holds a clause
    line = MEDIA_MARK.sub("", line)  # a headline's mark of pictures is no item (`湘菜粤菜 兵分两路 (图)`)
    if _BREADCRUMB.match(line):
        return True
    # Items are at most _MENU_ITEM_MAX characters, so a menu has a separator that early.
    if not _MENU_SEPARATOR.search(line, 0, _MENU_ITEM_MAX + 1):
        return False
    items = [t for t in _MENU_SEPARATOR.split(line) if t]
    return len(items) >= 3 and max(map(len, items)) <= _MENU_ITEM_MAX and not re.search(r"[，。,]", line)


# A trail of places, each after an arrow: `论坛 » 学术前沿 » 社会资本…`, whatever the items' length.
_TRAIL = re.compile(r"\s[>›»→]\s.*\s[>›»→]\s|[>›»→].*[>›»→]")


def is_trail(line: str) -> bool:
    """A breadcrumb trail (`首页 > 新闻 > 正文`): two arrows between items.

    >>> is_trail("三校社会学论坛 » 学术前沿 » 社会资本、人力资本与下岗职工的再就业"), is_trail("A>B")
    (True, False)
    """
    return bool(_TRAIL.search(line))


@lru_cache(maxsize=_LINE_CACHE)
def cue_kind(line: str) -> str | None:
    """The boilerplate kind the line's cue words name (the first kind in `CUES` order)."""
    if _ANY_CUE.search(line) or _ANY_OPENING.match(line) or "@" in line:
        for kind, anywhere, opening in CUES:
            if (anywhere and anywhere.search(line)) or (opening and opening.match(line)):
                return kind
            if kind == "contact_spam" and "@" in line and EMAIL.search(line):
                return kind
    if len(line) <= _SHARE_BAR_MAX and len(set(_PLATFORM.findall(line))) >= 2 and not has_cjk(line, _SHARE_BAR_CJK):
        return "share_widget"
    return None


@lru_cache(maxsize=_LINE_CACHE)
def line_shape(line: str) -> str | None:
    """The shape of chrome the line has, if any, whatever its words: "phone" (a short line
    with a phone number), "counter" (`阅读：123`), "menu" (menus and breadcrumbs), "keywords",
    "bracketed" (`【打印】【关闭】`), "number" (a bare number) or "residue" (a file name, a comment
    tag, symbols and no word)."""
    if PHONE.search(line) and not has_cjk(line, CHROME_MAX_CJK):
        return "phone"
    if COUNTER.search(line) and cjk_count(line) < 20:
        return "counter"
    if is_menu(line):
        return "menu"
    if is_keyword_list(line):
        return "keywords"
    if _BRACKETED.match(line):
        return "bracketed"
    if is_residue(line):
        return "number" if line.strip().isdigit() else "residue"
    return None


_KIND_OF_SHAPE = {"phone": "contact_spam", "counter": "share_widget", "menu": "navigation", "keywords": "ad",
                  "bracketed": "other", "number": "other", "residue": "other"}


@lru_cache(maxsize=_LINE_CACHE)
def chrome_kind(line: str) -> str | None:
    """The boilerplate kind a line's cue words or shape suggest, if any."""
    shape = line_shape(line)
    if shape == "phone":
        return "contact_spam"
    return cue_kind(line) or (_KIND_OF_SHAPE[shape] if shape else None)


def speaks_of_site(line: str) -> bool:
    """The line speaks of the site or the article itself (本网, 本站, 本文 …)."""
    return bool(_SELF_REFERENCE.search(line))


def opens_as_chrome(line: str) -> bool:
    """A strong cue opens the line (`版权声明`, `相关报道：`, `责任编辑：`): whatever follows, it is chrome."""
    return bool(_STRONG_OPENING.match(line))


@lru_cache(maxsize=_LINE_CACHE)
def is_chrome_prose(line: str) -> bool:
    """A prose-shaped line that is still boilerplate: a strong cue opens it, it speaks of the
    site in a copyright or disclaimer sentence, it is short and carries contact details, it is
    only a credit, or it is short and cued."""
    if _STRONG_OPENING.match(line):
        return True
    # chrome_kind (ten searches) only where its answer can matter: most article lines are
    # long and never speak of the site.
    if _SELF_REFERENCE.search(line) and chrome_kind(line) in ("copyright", "disclaimer"):
        return True
    if len(line) <= BYLINE_MAX and byline_at_end(line):
        return True
    if has_cjk(line, CHROME_MAX_CJK):
        return False
    # Copyright and disclaimer words are news topics too (a ruling on 侵权): in a short
    # sentence they make it chrome only with the self-reference above.
    return (len(set(_CONTACT_WORDS.findall(line))) >= 2 or bool(PHONE.search(line))
            or chrome_kind(line) not in (None, "copyright", "disclaimer"))


# A reporter's credit line ends with the names: `(江城日报全媒体记者 徐俊峰 …编辑 宋丹)`.
BYLINE_MAX = 60
_BYLINE_END = re.compile(
    rf"(?:{'|'.join(CREDIT_ROLES)})[:：]?\s*(?P<name>[\u4e00-\u9fff]{{2,4}})(?:\s+[\u4e00-\u9fff]{{2,4}})*\s*[)）]?$")


_SENTENCE_BEFORE = re.compile(r"[\u4e00-\u9fff]{6}[^。！？]*[。！？]")


def byline_at_end(line: str) -> bool:
    """A line that is only a credit, not a paragraph that ends with one."""
    m = _BYLINE_END.search(line)
    # (The name opens with a surname: `记者手记`, a column's heading, credits nobody.)
    return bool(m) and m["name"][0] in SURNAMES and not _SENTENCE_BEFORE.search(line[:m.start()])


def is_footer_heading(line: str) -> bool:
    return len(line) <= 30 and bool(_FOOTER_HEADING.match(line))
