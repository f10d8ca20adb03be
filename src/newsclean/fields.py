"""The field grammar: what one line states about the article — a date, labelled fields (`来源：…`,
`作者：…`, `责任编辑：…`, `发布时间：…`), an outlet beside a date, names after a role — read in any
order and with any separator (U+3000, runs of spaces, `|`, `/`, brackets), widgets (`【字号 大
中 小】`, `【打印】`) and counters (`点击：313`) cut from the values.

`read_fields(line)` gives the `Fields`; `is_metadata_line` says whether a line holds nothing but
them, so that the page may lose it and keep its values. Labels come from `vocabulary.FIELD_LABELS`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsclean.chrome import chrome_kind
from newsclean.text import PRIVATE_USE, alternation, cjk_count, is_prose
from newsclean.vocabulary import (
    CREDIT_ROLES,
    FIELD_LABELS,
    FILING_PLACES,
    INSTITUTION_SUFFIXES,
    LABEL_WORDS,
    OUTLET_SUFFIXES,
    PLACEHOLDERS,
    REGIONS,
    ROLE_JOINERS,
    ROLE_WORDS,
    SURNAMES,
    WEATHER,
)

# A `?` between date and time is the space a GBK round trip lost.
# The weekday a dateline may set beside the date, before or after its time (`2022年2月13日 星期日 10:20`).
# (`周一` only where no character follows it: `周一鸣` is a name.)
_WEEKDAY = r"(?:\s*[（(]?(?:(?:星期|礼拜)[一二三四五六日天]|周[一二三四五六日天](?![\u4e00-\u9fff]))[）)]?)?"
_TIME = (r"(?:[\sT?]*(?P<half>上午|下午|中午|晚上|凌晨|早上|晚)?\s*(?P<H>\d{1,2})[:：时](?P<M>\d{2})"
         r"(?:[:：分]\d{2}(?:\.\d+)?秒?)?)?")
DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年－／．]\s*(?P<m>\d{1,2})\s*[-/.月－／．]\s*(?P<d>\d{1,2})\s*日?"
    + _WEEKDAY + _TIME + _WEEKDAY
)
# A year in two digits (`05年5月7日`, a forum's `05-5-7 08:15`), with the Chinese units or a time
# after it (two digits and two more alone are a score or a code; a range's end, `…至20年1月8日`, is
# none a dateline gives). Searched only where DATE finds nothing and the line holds 年 or a colon.
SHORT_DATE = re.compile(
    r"(?<![\d.\-/－至到~～—])(?P<y>\d{2})\s*(?:年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"|-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})(?=\s+\d{1,2}:\d{2}))" + _WEEKDAY + _TIME
)
_SHORT_CENTURY = 50  # `05年` is 2005, `98年` 1998
# The month-first date of servers set up in English (`9/17/2004 5:54:13 AM`), as old portals and
# forums print it. Apart from DATE, and searched only where a line holds a slash: a pattern that
# starts with a digit class cannot skip along a line, and every line is searched.
US_DATE = re.compile(
    r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])"
    r"(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?(?:\s*(?P<ampm>[AaPp][Mm])\b)?)?"
)


# A date in Chinese numerals, as official notices and older papers print it (`二〇〇五年五月七日`).
# Searched only where a line holds a numeral zero, which every year from 2000 to 2099 has.
_CN_DIGITS = "〇○零一二三四五六七八九"
CN_DATE = re.compile(
    rf"(?P<y>[一二][{_CN_DIGITS}]{{3}})\s*年\s*(?P<m>十[一二]?|[一二三四五六七八九])\s*月"
    r"\s*(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日"
)
_CN_ZERO = re.compile("[〇○零]")


_CN_VALUE = {c: max(0, i - 2) for i, c in enumerate(_CN_DIGITS)}


def _cn_number(numerals: str) -> int:
    """`二〇〇五` → 2005 (digit by digit); `十二` → 12, `二十一` → 21, `三十` → 30."""
    if "十" not in numerals:
        return int("".join(str(_CN_VALUE[c]) for c in numerals))
    tens, _, ones = numerals.partition("十")
    return (_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[ones] if ones else 0)


# The year set apart from the month and day by the layout alone (`2022 03/15 10:20:33`: the page
# shows the year in one span, the day in another).
SPLIT_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s+(?P<m>\d{1,2})\s*/\s*(?P<d>\d{1,2})(?![\d/])"
    r"(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?)?"
)


def find_date(text: str) -> re.Match[str] | None:
    """The first date of the line, in any of its forms."""
    m = DATE.search(text)
    if m is None and "/" in text:
        m = US_DATE.search(text) or SPLIT_DATE.search(text)
    if m is None and _CN_ZERO.search(text):
        m = CN_DATE.search(text)
    if m is None and ("年" in text or ":" in text):
        m = SHORT_DATE.search(text)
    return m


# A date in a URL's path, as portals file their articles: `/2022-02/13/`, `/2022/0213/`,
# `/20220213/`, `/c/2005-05-07/0815…` — year, month and day in that order, set apart from
# other digits.
_URL_DATE = re.compile(r"(?<![\d])((?:19|20)\d\d)([-/_]?)(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?![\d])")


_WEATHER = re.compile(rf"(?:{alternation(WEATHER)})(?:转(?:{alternation(WEATHER)}))?")


# How many day headings between a text's paragraphs make it a diary's or a chronicle's entries (one
# may be a dateline set below a lead).
DAY_HEADINGS = 2


_DAY_HEADING_MAX = 40
_DATE_DIGIT = re.compile("[0-9０-９〇○零]")


def day_heading(line: str) -> bool:
    """A day heading its entry: the date alone, with its weekday and the day's weather at most
    (`2005年5月7日`, `2005年5月7日 星期六 晴转多云`), as a diary or a chronicle sets it."""
    if len(line) > _DAY_HEADING_MAX or not _DATE_DIGIT.search(line):
        return False  # (a paragraph, or a line without a date's digits: no date search)
    m = find_date(line)
    return m is not None and not "".join(
        w for w in line[:m.start()].split() + line[m.end():].split() if not _WEATHER.fullmatch(w.strip("，,（）()"))
    ).strip("，,。（）()")


def url_date(url: str) -> str | None:
    """The day a URL's path files the page under (`YYYY-MM-DD`), if it shows one.

    >>> url_date("http://news.x.com/c/2005-05-07/08155834241s.shtml"), url_date("https://x.cn/n1/2022/0213/c1.html")
    ('2005-05-07', '2022-02-13')
    """
    path = re.sub(r"^[a-z]+://[^/]*", "", url or "", flags=re.IGNORECASE).split("?")[0]
    m = _URL_DATE.search(path)
    return f"{m[1]}-{m[3]}-{m[4]}" if m else None


def strip_dates(text: str, count: int = 0) -> str:
    text = DATE.sub(" ", text, count=count)
    if "年" in text or ":" in text:
        text = SHORT_DATE.sub(" ", text, count=count)
    if _CN_ZERO.search(text):
        text = CN_DATE.sub(" ", text, count=count)
    return US_DATE.sub(" ", text, count=count) if "/" in text else text


def days_first(texts: list[str]) -> bool:
    """Whether the page writes its slashed dates day first (`13/02/2022`, as in Europe): some of
    them have a first number only a day can be, none a second one.

    >>> days_first(["06/02/2022 - 13:48", "13/02/2022"]), days_first(["06/02/2022", "9/17/2004"])
    (True, False)
    """
    day = month = False
    for text in texts:
        if "/" in text:
            for m in US_DATE.finditer(text):
                day, month = day or int(m["m"]) > 12, month or int(m["d"]) > 12
    return day and not month


# Full-width digits and the marks between them, one for one (offsets hold).
WIDE_DATE_CHARS = dict(zip("０１２３４５６７８９－／：．", "0123456789-/:.", strict=True))
_WIDE = str.maketrans(WIDE_DATE_CHARS)
_WIDE_DIGIT = re.compile("[０-９]")


def ascii_digits(text: str) -> str:
    """The text with full-width digits (and the marks between them) in ASCII, offsets kept."""
    return text.translate(_WIDE) if _WIDE_DIGIT.search(text) else text


_AFTERNOON = ("下午", "晚上", "晚")


def parse_date(text: str, day_first: bool = False) -> str | None:
    """`2024年1月5日`, `2022-09-25 06:00`, `2022-02-06T12:48:06+00:00`, `9/17/2004 5:54:13 PM`,
    `二〇〇五年五月七日` …
    as ISO `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (the time as the page writes it: a zone is not
    applied).

    With `day_first` (the page's other dates show it, `days_first`), a slashed date is read day
    first.

    >>> parse_date("发布日期：9/17/2004 5:54:13 PM"), parse_date("17/9/2004"), parse_date("二〇〇五年十二月三十一日")
    ('2004-09-17T17:54', '2004-09-17', '2005-12-31')
    """
    text = ascii_digits(text)
    m = find_date(text)
    if not m:
        return None
    if m.re is CN_DATE:
        y, mo, d = (_cn_number(m[k]) for k in ("y", "m", "d"))
        return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= d <= 31 else None
    if m.re is SHORT_DATE:
        y = int(m["y"]) + (2000 if int(m["y"]) < _SHORT_CENTURY else 1900)
        mo, d, hour, minute = int(m["m"] or m["m2"]), int(m["d"] or m["d2"]), m["H"], m["M"]
    else:
        y, mo, d, hour, minute = int(m["y"]), int(m["m"]), int(m["d"]), m["H"], m["M"]
    if m.re is US_DATE:
        if mo > 12 >= d or day_first:  # day first, as in Europe: only a day can exceed 12
            mo, d = d, mo
        if hour is not None and m["ampm"]:
            hour = str(int(hour) % 12 + (12 if m["ampm"].lower() == "pm" else 0))
    elif m.re in (DATE, SHORT_DATE) and hour is not None and m["half"] in _AFTERNOON and int(hour) < 12:
        hour = str(int(hour) + 12)  # `下午3:20`
    if not (1 <= mo <= 12 and 1 <= d <= 31) or (y, mo, d) == (1970, 1, 1):
        return None
    out = f"{y:04d}-{mo:02d}-{d:02d}"
    if hour is not None and int(hour) < 24 and int(minute) < 60:
        out += f"T{int(hour):02d}:{minute}"
    return out


# A label and what follows it: a colon, a slash (`文/李四`), or space. One-character labels
# (文, 摄, 图) count only with a colon or a slash; role words (记者 王五) with space too; other
# labels with a colon, or with space before a date (`发布时间 2024-01-05`).
# A bracketed label (`【作者】张三`, `[来源]新华网`) is set apart by its closing bracket.
_SEPARATOR = r"\s*[:：】\]]\s*"
# A date label that is a verb alone labels only where it opens a word: `江城发布` is an account's name.
_VERB_LABELS = ("发布", "发表")
# A reprint's labels, which need no separator where they open the line.
REPRINT_LABELS = ("转载自", "转自", "摘自", "选自", "来源于")
# Role words after which only a real name counts (a surname first): `记者` is also a word of
# prose. Other author labels (作者, 文) name posters and pen names too, after a colon or a slash.
_STRICT_ROLES = frozenset({"记者", "通讯员", "特约记者", "见习记者", "首席记者", "实习生", "评论员", "特约评论员"})
# What sets a one-character label apart from its value: a colon, a slash, a bar, or a dot or a
# bullet (`文·张三`, `文●张三`).
_ONE_CHAR_SEPARATOR = r"\s*[:：/／|｜·•●■◆]\s*"
_AUTHOR_WORDS = alternation(w for w in FIELD_LABELS['author'] if len(w) > 1 and w not in _STRICT_ROLES)
_LABEL = re.compile(
    rf"(?!{alternation(w for w in FIELD_LABELS['staff'] if w.endswith('编辑'))})"  # a photo's editor is staff
    rf"(?P<editor>(?:(?:(?<=[\s(（\[【|｜])|^)[\u4e00-\u9fff]{{1,6}}?)?(?:{alternation(FIELD_LABELS['editor'])}))"
    rf"(?:{_SEPARATOR}|\s*[/／|｜]\s*|\s+|(?=[\u4e00-\u9fff]))"
    rf"|(?P<role>{alternation(_STRICT_ROLES)})(?:{_SEPARATOR}|\s*[/／|｜]\s*|\s+|(?=[\u4e00-\u9fff]))"
    # (Set apart by a bar or a space only, it opens its word, or a qualifier does: `特约撰稿人 张三`;
    # `只看该作者 | 倒序浏览` are a forum's widgets.)
    rf"|(?P<author>(?:{_AUTHOR_WORDS})(?={_SEPARATOR})"
    rf"|(?:(?<![\u4e00-\u9fff])|(?<=本文|文章|特约|本报|本刊|本网|首席|资深|专栏|签约|实习|见习))(?:{_AUTHOR_WORDS}))"
    rf"(?:{_SEPARATOR}|\s*[/／|｜]\s*|\s+)"
    # or run into a name alone, as spans without a colon give it in text (`作者张三 2005-05-07`)
    # (not into the words that follow it on an author's page: `作者单位`, `作者简介`, `作者文集`)
    rf"|(?<![\u4e00-\u9fff])(?P<glued>作者)(?!单位|简介|信息|原创|文章|文集|相关|主页|档案|专栏|列表|介绍)"
    rf"(?=[\u4e00-\u9fff]{{2,3}}(?:\s|$|(?:19|20)\d\d))"
    rf"|(?<![\u4e00-\u9fff])(?P<author1>{alternation(w for w in FIELD_LABELS['author'] if len(w) == 1)})"
    rf"{_ONE_CHAR_SEPARATOR}"
    rf"|(?P<source>{alternation(FIELD_LABELS['source'])})(?:{_SEPARATOR}|\s*[|｜]\s*|\s+|(?=\s*[\[【《(（]))"
    # or run into an outlet's name, which its suffix shows (`来源江城日报`)
    rf"|(?<![\u4e00-\u9fff])(?P<glued_source>来源)(?=[\u4e00-\u9fff]{{1,10}}(?:{alternation(OUTLET_SUFFIXES)})(?:\s|$))"
    # A reprint's label opening the line needs no separator (`转载自江城日报`, `本文摘自《江城周刊》`,
    # `本文来自澎湃新闻`).
    rf"|(?:^|(?<=本文)|(?<=文章)|(?<=[\s(（【\[]))"
    rf"(?P<reprint>(?:{alternation(REPRINT_LABELS)})(?=[\u4e00-\u9fff《])|来自(?=微信|公众号)"
    rf"|(?<=本文)来自(?=[\u4e00-\u9fff《“\"]))"
    # Any word that ends in 时间 or 日期 labels a date where it opens a word (`发稿时间`, `入库日期`).
    rf"|(?P<date>(?:(?<=[\s(（\[【|｜])|^)[\u4e00-\u9fff]{{1,4}}?(?:时间|日期)"
    rf"|{alternation(w for w in FIELD_LABELS['date'] if w not in _VERB_LABELS)}"
    rf"|(?<![\u4e00-\u9fff])(?:{alternation(_VERB_LABELS)}))(?:{_SEPARATOR}|\s*(?=(?:19|20)\d\d))"
    rf"|(?P<counter>{alternation(FIELD_LABELS['counter'])})\s*[:：（(]?\s*(?=\d)"
    rf"|(?P<photo>{alternation(FIELD_LABELS['photo'] + FIELD_LABELS['staff'] + FIELD_LABELS['taxonomy'])})"
    rf"\s*[:：/／]\s*"
)
# A label run into its value reads as: only a real name after `作者`, as after a role word.
_GLUED_KINDS = {"glued": "role", "glued_source": "source"}
_ANY_LABEL = re.compile("|".join([alternation(w for w in LABEL_WORDS if len(w) > 1),
                                   *(f"{w}{_ONE_CHAR_SEPARATOR}" for w in LABEL_WORDS if len(w) == 1)]))
# A posting line names its poster before the verb: `ggjjzhzz 发表于 2005-9-15`, `由海姑娘张贴 @ …`.
_POSTED = re.compile(r"^(?:由|作者[:：]?\s*)?(?P<name>[^\s:：|｜@]{2,20}?)\s*"
                     r"(?:发表于|发布于|发帖于|张贴于|张贴|posted)")
# Or after `由`, before `于` and the date: `本贴由大卫于2005年8月12日…发表`; without `由` where the verb
# follows the date (`大卫 于 2005-08-12 16:10 发表`).
_POSTED_BY = re.compile(
    r"(?:^|(?<=[帖贴文章\s(（]))由\s*(?P<name>[^\s:：|｜@由于]{2,20}?)\s*[于在]\s*(?=(?:19|20)\d\d)"
    r"|^(?P<name2>[^\s:：|｜@由于]{2,20}?)\s*于\s*(?=(?:19|20)\d\d[^。，,]{4,24}(?:发表|发布|发帖|张贴)\s*$)")
# What a reprint's label opening a sentence has after it, and a reprint's credit only beside an outlet.
_SENTENCE_MARK = re.compile(r"[。！？；，,：:]")
# A value a CMS sets in brackets, alone in them (`作者：[张三]`, `来源：[江城日报]`).
_WRAPPED_VALUE = re.compile(r"\s*[\[【（(]\s*(?P<inner>[^\[\]【】（）()]{2,30}?)\s*[\]】）)](?=\s|$)")
# A writer's country or dynasty in brackets before the name (`[美]约翰·史密斯`, `（英）玛丽·琼斯`, `〔唐〕李白`).
_ORIGIN = re.compile(r"(?:^|(?<=[\s、，,]))\s*[\[［【〔（(]\s*[\u4e00-\u9fff]{1,2}\s*[\]］】〕）)]\s*(?=[^\s|｜　])")
# What states the reader's time before a date: the day the page was served or printed.
_SERVED = re.compile(r"(?:今天是|今天|今日是|今日|当前时间|现在时间|现在是|打印时间|打印日期|访问时间|浏览时间"
                     r"|服务器时间|系统时间)\s*(?:是|为)?\s*[:：]?\s*$")
# A writer signs with the day it was written: `海姑娘写于2005年6月12日`.
_SIGNED_AT = re.compile(r"^(?P<name>[^\s:：|｜@]{2,20}?)\s*(?:写于|撰于|作于)\s*(?=(?:19|20)\d\d)")
# A writer's credit that gives the names first and the role after: `张三/文`, `张三 李四 文/图`, a book's
# `张三 著`.
_JOINER = "[" + "".join(j for j in ROLE_JOINERS if j) + "]?"
_NAMES_THEN_WRITER = re.compile(
    rf"^(?P<names>[^/／|｜:：]{{2,30}}?)\s*[/／\s]\s*(?:文|撰文|文{_JOINER}图|图{_JOINER}文|著|编著|撰|撰稿|整理|供稿|采写|执笔)$")
# A blog host's posting line gives the poster after the date: `posted @ 2022-03-15 10:20 张三 阅读(9)`.
_POSTED_AT_OPENS = re.compile(r"\s*posted\s*@\s*", re.IGNORECASE)
_POSTED_AT = re.compile(r"\s+(?P<name>[^\s|｜(（]{2,20})")
_PLATFORMS = ("微信公众号", "微信公众平台", "公众号", "微信号")
_PLATFORM = re.compile(rf"^(?:{'|'.join(_PLATFORMS)}|微信)\s*[:：「“]?\s*")
_ACCOUNT_OF = re.compile(rf"(?:{'|'.join(_PLATFORMS)}|官方微信|官微|官方微博)$")
# The writer's roles (the authors) among a credit's, and a photographer's.
_WRITER_ROLES = ("文图", "图文", "撰文", "文")
_CREDIT_AFTER = re.compile(rf"(?P<names>[^/／\s]{{2,8}})\s*[/／]\s*"
                           rf"(?P<role>{'|'.join(_WRITER_ROLES)}|摄影|图|摄)(?=\s|$)")
_PHOTOGRAPHER = re.compile(r"(?:摄影?|图)\s*[:：/／|｜]")
_TOOK_PHOTO = re.compile(r"(?<=\S)\s*(?:摄影?|拍摄)\s*$")
# The last character of a role after names (`摄影`, `编著`, `撰稿`, `整理`).
_ROLE_ENDS = ("文", "图", "摄", "影", "著", "撰", "稿", "理", "写", "笔")
_ROLE_BEFORE = re.compile(rf"^[\u4e00-\u9fff]{{0,6}}?(?:{alternation(_STRICT_ROLES)})")
_CREDITS_AFTER = re.compile(rf"(?:{_CREDIT_AFTER.pattern}\s*){{2,4}}")
_BY = re.compile(r"\bby\s+(?P<name>[A-Za-z0-9_.\-\u4e00-\u9fff]{2,20})", re.IGNORECASE)
_BY_ALONE = re.compile(r"by\s+(?P<names>.{2,40})", re.IGNORECASE)
# A date label that names an update, not the publication.
_MODIFIED = re.compile(r"更新|修改|修订")
# Where a value ends: a field separator, a widget's bracket, a counter.
# A date run into a value (`作者：张三2022-02-13`: the page set them in two spans) ends it too.
_VALUE_END = re.compile(r"[|｜/／\u3000【\[〓】\]）)]|\s{2,}|(?<=\S)\s+(?=(?:19|20)\d\d)"
                        r"|(?<=[\u4e00-\u9fff])(?=(?:19|20)\d\d)")
_WIDGET = re.compile(r"[【\[][^】\]]{0,12}[】\]]|【?字号[:：]?\s*[大中小\s|]*】?|\[\s*[大中小]\s*\]")
_SOURCE_END = re.compile(r"[\s）)》(（”」』，,。]")
# A widget's word standing alone beside the fields (`2005.05.07 08:15 江城网 评论 分享`).
_PAGE = r"(?<!\S)第?\s*[A-Z]?\d{1,3}\s*版(?!\S)"  # a paper's page (`第A03版`)
_PAPER_PAGE = re.compile(_PAGE)
_REGION = alternation(REGIONS)
_WIDGET_WORD = re.compile(r"(?<!\S)(?:我要)?(?:评论|分享|收藏|打印|点赞|转发|举报|关闭|纠错|字号|大|中|小)(?!\S)"
                          # and a follow button (`+关注`), a count before its counter's word (`1234人阅读`)
                          r"|(?<!\S)[+＋]?(?:加|已)?关注(?!\S)"
                          rf"|(?<!\S)\d[\d,]*\s*[次人]?(?:{alternation(FIELD_LABELS['counter'])})(?!\S)"
                          rf"|{_PAGE}"  # and a paper's page
                          # and what was done at the time (`11:13更新`, `2005-04-28 发布`)
                          rf"|(?:(?<=\d)|(?<!\S))(?:更新|{'|'.join(_VERB_LABELS)})(?!\S)"
                          # and where the post was sent from (`发表于江苏`, `IP属地：广东`)
                          rf"|(?<!\S)(?:发表于|IP属地\s*[:：]?)\s*(?:{_REGION})(?!\S)")
# `来自 北京` says so too, but 来自 labels a source: it goes before the labels are read.
_SENT_FROM = re.compile(rf"(?<!\S)来自\s*(?:{_REGION})(?!\S)")
_COUNTER_VALUE = re.compile(r"^\s*[（(]?\s*\d[\d,]*\s*[）)]?\s*[次人条]?")
_URL = re.compile(r"(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6}(?:/\S*)?")
_MARKUP_VALUE = re.compile(r"[=<>\"]")
_NAME_SPLIT = re.compile(r"[\s、,，;；]+")
_NAME_SPLIT_KEEP = re.compile(r"([\s、,，;；]+)")
_DESK_CODE = re.compile(r"(?<=[\u4e00-\u9fff])_[A-Za-z0-9]+$")
_DESK_ONLY = re.compile(r"[A-Z]{1,5}\d{2,}")
_AFFILIATION = re.compile(r"(?<=[^\s(（])\s*[（(]")
_AFFILIATION_MARKS = re.compile(r"[\d¹²³⁴-⁹⁰*]+")
_MARKED_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?:[\d¹²³⁴-⁹⁰*]+|等)")  # or `张三等`, et al.
# What ends an outlet's name and no person's: `南方日报`, `新华网`, `新华社` (`王建社` is a name).
_OUTLET_NAME = re.compile(r"(?:[日晚晨时商快]报|都市报|周刊|杂志|新闻|电视台|电台|网|社)$")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}[·•・][\u4e00-\u9fff]{1,8}")
# A poster's or pen name: up to four Chinese characters, or a user name in Latin letters.
_NICK = re.compile(r"[\u4e00-\u9fff]{2,4}|[A-Za-z][A-Za-z0-9_.\-&]{1,19}")
# Alone after its label (`作者：风之谷的猫`, `作者：小猪88`), a poster's name may be longer, and mix in digits
# and letters (three characters at least where it does).
_LONG_NICK = re.compile(r"(?=.*[\u4e00-\u9fff])(?=.*[^\u4e00-\u9fff]|.{5})[\u4e00-\u9fffA-Za-z0-9_]{3,10}")
# An outlet beside a date: a paper, a site, an agency (`江城日报`, `《理财周刊》`, `光明网`).
_OUTLET = re.compile(r"^《?(?P<name>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9·]{1,15})》?$")
# The outlet a reporter writes for, before the role: `江城日报全媒体记者`, `新华社记者`.
_BYLINE_OUTLET = re.compile(
    r"(?:^|(?<=[\s(（\[【。！？，,；;：:]))(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff·]{1,9}?)(?:全媒体|融媒体|首席|特约|见习|驻\S{1,4})?$")
_SLASHED_NAMES = re.compile(r"\s*[\u4e00-\u9fff]{2,3}(?:\s*[/／]\s*[\u4e00-\u9fff]{2,3})+(?=\s|$|[|｜】\])）)])")
# What qualifies a reporter, no outlet: `实习记者`, `主任记者`, `驻京记者`, `全媒体记者`.
_ROLE_QUALIFIER = re.compile(r"实习|见习|特约|首席|主任|高级|资深|摄影|全媒体|融媒体|驻\S{1,4}|本[报台刊网站]")
# What is left of a metadata line once its fields are read may hold this much Chinese (a
# `整合` or `报道` between the names, a `更新` after the date).
_REST_MAX_CJK = 4


@dataclass(frozen=True)
class Fields:
    """What a line states: a date (ISO), an outlet, authors and editors; whether any field was
    labelled; and what the line holds besides (`rest`, widgets cut)."""

    date: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    labelled: bool = False
    dated: bool = False  # a date stands in the line, a placeholder (1970-01-01) too
    rest: str = ""
    # A label set apart by a colon, a slash or a bracket, or a poster's credit (`X 发表于`, `by X`):
    # what a line with more than its fields must show for them to count (`美国记者史密斯在…` has none).
    explicit: bool = False
    modified: bool = False  # the date is an update's (`更新时间：…`), the line giving no other
    photographers: tuple[str, ...] = ()  # a photograph's credit (`新华社记者 张三 摄`): no author's

    @property
    def found(self) -> bool:
        return bool(self.dated or self.source or self.authors or self.editors or self.labelled)


def surname_first(name: str) -> bool:
    """A Chinese name: 2–4 characters, the first one or two a surname (百家姓)."""
    return bool(_CJK_NAME.fullmatch(name)) and (name[0] in SURNAMES or name[:2] in SURNAMES)


def person_not_outlet(name: str) -> bool:
    """A word read where an outlet's name goes that is a person's: a short name opening with a
    surname, without an outlet's suffix (`江城日报`, `江城网`) and no region's name."""
    return len(name) <= 3 and surname_first(name) and not name.endswith(OUTLET_SUFFIXES) and name not in REGIONS


# A name in Latin letters is its capitalised words together (`John Smith`, `Mary-Ann O'Neil`).
_LATIN_WORD = re.compile(r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*\.?")
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*\.?(?: [A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*\.?)+")


# The words that close an outlet's or an agency's name in Latin letters (`Getty Images`, `China Daily`),
# a person's hardly.
_LATIN_OUTLET_END = re.compile(r"(?:News|Press|Daily|Times|Post|Images|Photos?|Agency|Network|Media|Online|Weekly"
                               r"|Magazine|Channel|Group|Studio)\.?$")


def _latin_name(token: str) -> bool:
    return bool(_LATIN_NAME.fullmatch(token)) and not _LATIN_OUTLET_END.search(token)


def _name_tokens(value: str) -> list[str]:
    """The tokens of a run of names; the words of a name in Latin letters, set apart by spaces
    only, stay one (`John Smith, Mary Jones`)."""
    parts = _NAME_SPLIT_KEEP.split(value)
    out: list[str] = []
    for k in range(0, len(parts), 2):
        token = parts[k]
        if not token:
            continue
        if (out and k >= 2 and parts[k - 1].isspace() and _LATIN_WORD.fullmatch(token)
                and _LATIN_WORD.fullmatch(out[-1].rsplit(" ", 1)[-1])):
            out[-1] += " " + token
        else:
            out.append(token)
    return out


_PHOTO_ROLES = frozenset({"摄影", "图", "图片", "题图", "配图"})


def names(value: str, strict: bool, poster: bool = False) -> tuple[list[str], str]:
    """The names a value opens with, and what follows them. `strict`: journalists' and editors'
    names (a surname first, as 百家姓 gives them); else posters' names and pen names too, and with
    `poster` (the value of an author's label set apart by a colon) one longer name alone."""
    out: list[str] = []
    # A colon after the names opens something else (`赵 培：北京物资学院`, an affiliation).
    colon = min((at for at in (value.find("："), value.find(":")) if at >= 0), default=len(value))
    value, after = value[:colon], value[colon:]
    # So does a bracket after them: an affiliation, a title (`张三（北京大学教授）`).
    bracket = _AFFILIATION.search(value)
    if bracket:
        value, after = value[:bracket.start()], value[bracket.start():] + after
    tokens = _name_tokens(value.strip())
    # The word before such a colon labels what follows it (`王五 审核：赵六`).
    if after and len(tokens) > 1 and len(tokens[-1]) >= 2:
        after = tokens.pop() + after
    # A word before real names that is none is the outlet they write for (`文｜财新 张三 李四`).
    i = int(not strict and len(tokens) >= 2 and bool(_CJK_NAME.fullmatch(tokens[0])) and not surname_first(tokens[0])
            and all(surname_first(t) for t in tokens[1:]))
    while i < len(tokens):
        # An editor's name may carry the desk's code: `王晓武_NBJS9553`.
        token = _DESK_CODE.sub("", tokens[i].strip("（）()[]【】「」<>"))
        # A paper's authors carry their affiliations' numbers (`赵延东1,2，风笑天3`).
        if out and _AFFILIATION_MARKS.fullmatch(token):
            i += 1
            continue
        if (marked := _MARKED_NAME.fullmatch(token)) and surname_first(marked["name"]):
            token = marked["name"]
        # A two-character name set with a space between its characters: `王  芳`.
        pair = token + tokens[i + 1] if i + 1 < len(tokens) else ""
        if len(token) == 1 and len(pair) == 2 and cjk_count(pair) == 2:
            token = token + tokens[i + 1]
            i += 1
        if token in _PHOTO_ROLES and out and i + 1 < len(tokens):
            break  # the names after a photograph's role are its photographer's (`记者 张三 摄影 李四`)
        if token in ROLE_WORDS or (out and _WORK_WORD.fullmatch(token)):
            i += 1
            continue
        if token in _LABEL_WORDS or _PAPER_PAGE.fullmatch(token):
            break  # another field's label (a table's head, `来源|作者|时间`) or a paper's page, no name
        if (_OUTLET_NAME.search(token) and not (token.endswith("社") and surname_first(token))) or (
                len(token) > 3 and token.endswith(INSTITUTION_SUFFIXES)):
            i += 1  # the outlet or the institution a writer writes for (`南方日报记者 张三`, `江城大学 张三`), no name
            continue
        if token.endswith(CREDIT_ROLES) and len(token) > 2:
            i += 1  # an outlet and a role in one (`商报记者 刘杰`)
            continue
        if len(token) > 3 and (did := _WORK_DONE.fullmatch(token)) and surname_first(did["name"]):
            # What the writer did, glued to the name (`记者张三整理`, `张三发自北京`, `欧阳小明综合报道`).
            *first, token = _glued_names(did["name"])
            out += first
        if len(token) > 3 and (reported := _REPORTED_TAIL.fullmatch(token)):
            if out and (reported["names"] in FILING_PLACES or reported["names"][:2] in REGIONS):
                break  # set apart after the names, the place it is filed from (`记者 张三 南京报道`)
            *first, token = _without_place(reported["names"])  # `记者张三报道`, `记者张三北京报道`, `张三台北15日电`
            out += first
        # A transliterated name with its middle dot (`阿依古丽·买买提`) is a name in either case.
        if _DESK_ONLY.fullmatch(token):
            if out:
                break  # an editor's desk code set apart (`王晓武 HN666`), no name
            i += 1  # or set before the name (`NE0011 王晓武`)
            continue
        # So is a full name in Latin letters (`记者 张伟 Peter Williams`): no pen name has its shape.
        ok = bool(_DOTTED_NAME.fullmatch(token)) or _latin_name(token) or (surname_first(token) if strict else bool(
            _NICK.fullmatch(token) or (poster and len(tokens) == 1 and _LONG_NICK.fullmatch(token))))
        if not ok or token in PLACEHOLDERS:
            if token in PLACEHOLDERS:
                i += 1
                continue
            break
        out.append(token)
        i += 1
    return out, " ".join(tokens[i:]) + after


# A reporter's credit closes with where and when it is filed and the verb (`北京报道`, `台北报导`, a
# dispatch's `台北15日电`, `3月15日报道`), glued to the names.
_REPORTED = "报道|报导"  # (报导 as Taiwan writes it)
_REPORTED_TAIL = re.compile(rf"(?P<names>[\u4e00-\u9fff]{{2,9}}?)\s*[/／]?\s*"
                            rf"(?:(?:\d{{1,2}}月)?\d{{1,2}}日(?:电|消息|{_REPORTED})|{_REPORTED})")


# What a writer did, glued after the name in a credit: gathered, wrote, translated, interviewed,
# filed from a place (`本报记者张三整理`, `实习生李四编译`, `特派记者张三发自东京`, `张三文/图`).
_WORK = (r"(?:(?:整理|采写|编译|撰文|撰稿|专稿|特稿|采访|对话|综合|执笔)(?:报道)?|发自[\u4e00-\u9fff]{2,6}(?:报道)?"
         r"|文\s*[/／、·]?\s*图|图\s*[/／、·]?\s*文|文并[摄图])")
_WORK_DONE = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,4}}?){_WORK}")
# Set apart after the names, it is their role (`（王五 撰稿）`, `（王五 综合报道）`), as are a
# manuscript's and a narrator's (`供稿`, `口述`).
_WORK_WORD = re.compile(rf"{_WORK}|供稿|口述|摄影报道")


# The characters a place's name ends with that a given name hardly does (`徐州`, `江阴县`, `鼓浪屿岛`).
_PLACE_ENDS = frozenset("州市县区镇乡村港岛湾")


def _glued_names(text: str) -> list[str]:
    """Names glued together with nothing after them: four characters are one name where a compound
    surname opens them or no surname opens their second half (`欧阳小明`, `买买提江`), else two
    (`张伟李强`)."""
    if len(text) == 4 and text[:2] not in SURNAMES and surname_first(text[2:]):
        return [text[:2], text[2:]]
    return [text]


def _without_place(text: str) -> list[str]:
    """The names before the place a dispatch is filed from, glued together: most names have three
    characters or two, most places two (`张伟北京`, `王小明上海`); a compound surname's name may
    have four; two names of two characters are two people where the second opens with a surname
    and is no place (`张伟李强报道`)."""
    n = len(text)
    if n <= 3 or (n == 4 and text[:2] in SURNAMES):
        return [text]
    if n == 6 and text[:2] in SURNAMES:
        return [text[:4]]  # `欧阳小明北京`
    if (n == 4 and surname_first(text[2:]) and text[2:] not in FILING_PLACES and text[3] not in _PLACE_ENDS):
        return [text[:2], text[2:]]
    return [text[:n - 2] if n - 2 in (2, 3) else text[:3]]


def only_names(value: str, strict: bool) -> list[str]:
    """The names a value holds when it holds nothing else (else none)."""
    found, left = names(value, strict)
    return found if not left.strip() else []


_SEPARATOR_TOKENS = frozenset("|｜/／·•・-—–")


def _outlet_and_names(text: str, paper_page: bool = False) -> tuple[str | None, list[str]]:
    """What a dateline without labels gives beside its date, set apart by spaces: an outlet named
    as outlets are (`江城日报`, `新华网`) and real names (`2022-02-13 10:20 张三 江城日报`), or
    nothing when anything else stands there (a headline, a place) or no outlet does (without
    one, `王府井 商圈` would be two names). On a paper's page header (`paper_page`: `江城日报
    2005年5月7日 第3版 要闻`) one short word more is the page's section."""
    # (Nor is a separator a word: `张三 | 2022-02-13 | 江城日报`.)
    tokens = [t for t in text.split() if t not in PLACEHOLDERS and t not in _SEPARATOR_TOKENS]  # `原创 江城日报`
    if not 1 <= len(tokens) <= 3:
        return None, []
    outlets = [t for t in tokens if (_OUTLET_NAME.search(t) or t.endswith(OUTLET_SUFFIXES)) and _outlet(t)]
    people = [t for t in tokens if t not in outlets and len(t) <= 3 and surname_first(t)]
    section = int(paper_page and len(tokens) == 2 and not people and len(tokens[-1]) <= 4)
    if len(outlets) != 1 or len(outlets) + len(people) + section != len(tokens):
        return None, []
    return outlets[0], people


# What ends the name of an outlet that publishes (`江城网发布`, `新华社发布`), not an account's.
_PUBLISHER_SUFFIXES = ("网", "报", "社", "台", "新闻", "频道", "中心")
# An outlet beside a date is a short name, or one ending like an outlet's: a headline beside its
# date in a list of links is longer.
_OUTLET_SHORT = 6
_OUTLET_LONG = 12


def _outlet(text: str) -> str | None:
    # A private-use character beside it is a decoration glyph of the site's font (GBK's
    # user-defined area), no part of the name.
    text = PRIVATE_USE.sub(" ", _URL.sub(" ", text)).strip(" \t?·・•@|｜/／-—()（）[]【】")  # (and the bar or slash
    # that sets it apart from the next field: `2024-05-07 联合报 / 记者王小明`)
    m = _OUTLET.match(text)
    if (not m or m["name"] in PLACEHOLDERS or COMMENTER.search(m["name"]) or m["name"].endswith(_CREDIT_LABELS)
            or m["name"].startswith("于") or chrome_kind(m["name"]) is not None):
        # (Nor is a credit's label, a forum's `楼主`, `只看该作者`, where it was written, `于江城`,
        # or a widget's words: `我来说两句`.)
        return None
    name = m["name"]
    if name.endswith("讯") and name[:-1].endswith(OUTLET_SUFFIXES):
        name = name[:-1]  # `江城日报讯`: the paper reports
    elif name.endswith("发布") and name[:-2].endswith(_PUBLISHER_SUFFIXES):
        name = name[:-2]  # `新华社发布`: the agency publishes (`上海发布` is an account's name)
    n = cjk_count(name)
    # (An account that publishes, `江城发布`, has a short name: a longer one is a headline's end.)
    return name if 2 <= n <= _OUTLET_SHORT or (n <= _OUTLET_LONG and name.endswith(OUTLET_SUFFIXES)
                                                and not name.endswith("发布")) else None


# A value made of placeholders only (`本站原创`, `本网`) names nothing.
_PLACEHOLDER_WORDS = re.compile(alternation(PLACEHOLDERS))
_LABEL_WORDS = frozenset(w for w in LABEL_WORDS if len(w) > 1)
_CREDIT_LABELS = tuple(w for w in FIELD_LABELS["author"] + FIELD_LABELS["editor"] if len(w) > 1)


# A label starts at most this far before its word (the prefix of `本文编辑`, `实习编辑`).
_LABEL_PREFIX = 7


def _labels(text: str) -> list[re.Match[str]]:
    """`_LABEL.finditer(text)`, searched only from just before each label word: the label pattern
    opens with an optional prefix, so the engine tries it at every position of a line, while
    the plain words of `_ANY_LABEL` are skipped to (most lines hold none)."""
    found: list[re.Match[str]] = []
    pos = 0
    while (word := _ANY_LABEL.search(text, pos)) is not None:
        m = _LABEL.search(text, max(pos, word.start() - _LABEL_PREFIX))
        if m is None:
            break
        found.append(m)
        pos = m.end() if m.end() > m.start() else m.end() + 1
    return found


# Bars that pages set between a label and its value or between fields (`文丨张三`), read as `｜`:
# 丨 is an ideograph only as a radical, which no running text uses. And a date in full-width
# digits (`２００５年５月７日`, as GBK-era pages set them), read in ASCII ones, as full-width square
# brackets are (`［责任编辑：张三］`).
_BARS = str.maketrans({"丨": "｜", "︱": "｜", "│": "｜", "┃": "｜", "［": "[", "］": "]", **WIDE_DATE_CHARS})
_BAR = re.compile("[丨︱│┃［］０-９]")  # looked for first: translating every line cost a tenth of reading it


# A two-character label spaced out to line up with longer ones (`作　者：`, `来 源：`), as a CMS's
# table of fields sets it.
_SPACED_LABEL = re.compile(
    "(?<![\u4e00-\u9fff])(?:" + "|".join(f"{w[0]}[ \u3000]+{w[1]}" for w in LABEL_WORDS
                                           if len(w) == 2 and cjk_count(w) == 2)
    + r")(?=[ \u3000]*[:：】\]])")


def _unspaced(m: re.Match[str]) -> str:
    return m.group()[0] + m.group()[-1]


@lru_cache(maxsize=1 << 14)
def read_fields(line: str) -> Fields:
    """The fields one line states (see the module's docstring)."""
    text = line.translate(_BARS) if _BAR.search(line) else line
    if ("\u3000" in text or " " in text) and ("：" in text or ":" in text or "】" in text or "]" in text):
        text = _SPACED_LABEL.sub(_unspaced, text)
    if text.rstrip().endswith(_ROLE_ENDS):
        if writer := _NAMES_THEN_WRITER.match(text.strip()):
            # Set apart by a slash the names may be pen names; by a space only real names count. (A
            # role before them, the outlet's at most, is no part of them: `本报记者张三/文`.)
            found = only_names(_ROLE_BEFORE.sub("", writer["names"]), strict=not re.search(r"[/／]", text))
            if found:
                return Fields(authors=tuple(found), labelled=True, explicit=True)
        if _CREDITS_AFTER.fullmatch(text.strip()) or _CREDIT_AFTER.fullmatch(text.strip()):
            # Each name with its role after it (`王五/文 赵六/图`): the writers are the authors, the
            # others took the photographs.
            credits = [(m["role"] in _WRITER_ROLES, only_names(_ROLE_BEFORE.sub("", m["names"]), strict=False))
                       for m in _CREDIT_AFTER.finditer(text)]
            if all(found for _, found in credits):
                return Fields(authors=tuple(n for writer, found in credits if writer for n in found), labelled=True,
                              explicit=True, photographers=tuple(n for writer, found in credits if not writer
                                                                 for n in found))
    if text[:3].lstrip()[:2].lower() == "by" and (by_alone := _BY_ALONE.fullmatch(text.strip())):
        # `By 张伟` on a line of its own is a byline of real names (within a line, `by` may be
        # `Powered by`; alone, `By the way`).
        if found := only_names(by_alone["names"], strict=True):
            return Fields(authors=tuple(found), labelled=True, explicit=True)
    if "来自" in text:
        text = _SENT_FROM.sub(" ", text)
    date_match = find_date(text)
    labels = _labels(text)
    if not date_match and not labels:
        return Fields(rest=line)
    if date_match and (served := _SERVED.search(text, 0, date_match.start())) is not None:
        # The time the page was served or printed (`今天是2005年5月10日`, `打印时间：…`) is the
        # reader's, no field of the article's.
        rest_text = " ".join((text[:served.start()] + " " + strip_dates(text[date_match.start():], count=1)).split())
        return Fields(labelled=True, rest=rest_text)
    date = parse_date(text) if date_match else None
    authors: list[str] = []
    editors: list[str] = []
    source = None
    rest: list[str] = []
    head_end = labels[0].start() if labels else len(text)
    head_start = 0
    explicit_labels = 0
    labelled_dates: list[tuple[bool, str | None]] = []  # (an update's label, the date after it)
    badge = False  # the first label is an author's with no name after it
    photographers: list[str] = []  # a role's names that a photograph's credit gives
    posted = (_POSTED.match(text) or _POSTED_BY.search(text) or _SIGNED_AT.match(text)
              or (_POSTED_AT.match(text, date_match.end()) if _POSTED_AT_OPENS.fullmatch(text, 0, date_match.start())
                  else None)) if date_match else None
    # (A poster's chosen name may be longer: `风之谷的猫 发表于 …`.)
    if posted and (poster := names(posted["name"] or posted["name2"], strict=False, poster=True)[0]):
        authors += poster
        # (The posting's verb is no outlet beside the date, and often no label that the labels take
        # out: `写于`, `张贴`.)
        head_start = min(posted.end(), head_end)
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        value = text[m.end():end]
        kind = _GLUED_KINDS.get(m.lastgroup, m.lastgroup)
        if kind in ("editor", "author", "author1", "role"):
            # A writer's country or dynasty (`[美]约翰·史密斯`, `〔唐〕李白`), with the name after it.
            value = _ORIGIN.sub("", value)
            if (wrapped := _WRAPPED_VALUE.match(value)) is not None and m.group().rstrip()[-1:] in ":：":
                value = wrapped["inner"] + " " + value[wrapped.end():]  # a CMS's brackets round it: `作者：[张三]`
        if kind in ("editor", "author", "role") and (slashed := _SLASHED_NAMES.match(value)):
            # Names set apart by slashes after their label (`编辑：王五/赵六`): one value, not two fields.
            value = re.sub(r"\s*[/／]\s*", "、", slashed.group()) + value[slashed.end():]
        cut = _VALUE_END.search(value)
        inside, after = (value[:cut.start()], value[cut.start():]) if cut else (value, "")
        # With a colon or a slash the value is meant as names; after a bare role word only a
        # surname-first name is one.
        explicit = bool(re.search(r"[:：/／|｜】\]]\s*$", m.group()))
        explicit_labels += explicit
        if kind == "editor":
            found, left = names(inside, strict=not explicit)
            editors += found
            rest.append(left + after)
        elif kind in ("role", "author", "author1"):
            found, left = names(inside, strict=kind == "role" or not explicit, poster=explicit and kind != "role")
            # A photograph's credit names its photographer, whose role says so (`新华社记者 张三 摄`,
            # `摄影：本报记者 张三`): no author.
            if found and (_TOOK_PHOTO.search(inside) or (k and labels[k - 1].lastgroup == "photo" and _outlet_at_most(
                    text[labels[k - 1].end():m.start()]))):
                photographers += found
                found = []  # (nor is the photograph's agency the article's source)
            else:
                authors += found
            badge = badge or (k == 0 and kind == "author" and not found and not explicit)
            rest.append(left + after)
            # The outlet stands right against the role: `新华社记者`, `江城日报全媒体记者`.
            before = text[labels[k - 1].end() if k else head_start:m.start()]
            outlet = _BYLINE_OUTLET.search(before) if kind == "role" else None
            if (outlet and found and outlet["name"] not in PLACEHOLDERS
                    and not _ROLE_QUALIFIER.fullmatch(outlet["name"])):
                source = source or outlet["name"]
                if k == 0:
                    head_end = min(head_end, head_start + outlet.start())
        elif kind in ("source", "reprint"):
            value = value.strip().lstrip("[【（(《 ").split("]")[0].split("】")[0]
            value = _PLATFORM.sub("", value)  # the account, not the platform (`微信公众号：江城观察`)
            # It ends at a field's end or at the first space or bracket, whichever comes first
            # (`中国新闻网 参与互动(0)`).
            cut = min(filter(None, (_VALUE_END.search(value), _SOURCE_END.search(value))), key=re.Match.start,
                      default=None)
            name = (value[:cut.start()] if cut else value).strip()
            if len(trimmed := _ACCOUNT_OF.sub("", name)) >= 2:
                name = trimmed  # the outlet whose account it is (`新京报微信公众号`)
            # Markup that leaked into the text (`size="20"`) is no source, nor is a date; set apart
            # by a space only, the label must open a word (`…满了来自 2011年` is a sentence's).
            spaced = not re.search(r"[:：】\]\[【《(（]", m.group()) and m.group()[-1:].isspace()
            # Run into its value at the line's start, a reprint's label opens a sentence unless an
            # outlet's name follows it (`来源于生活，高于生活。`, `转自朋友圈的一段话：` are prose).
            sentence = (kind == "reprint" and m.start() == 0 and _SENTENCE_MARK.search(value)
                        and not (name.endswith(OUTLET_SUFFIXES) or text[m.end():m.end() + 1] == "《"
                                 or _PLATFORM.match(text, m.end())))
            if sentence or (spaced and m.start() > 0 and not text[m.start() - 1].isspace()):
                rest.append(m.group() + value)
            else:
                if (2 <= len(name) <= 20 and _PLACEHOLDER_WORDS.sub("", name) and not _MARKUP_VALUE.search(name)
                        and not find_date(name)):
                    source = source or name
                rest.append(value[len(name):] if cut else "")
        elif kind == "counter":
            rest.append(_COUNTER_VALUE.sub("", value))
        elif kind == "photo":
            found, left = names(inside, strict=False)
            if _PHOTOGRAPHER.match(m.group()):  # not a picture agency's (`图片来源：视觉中国`), nor staff's
                photographers += (name for name in found if surname_first(name))
            rest.append(left + after)
        else:  # date: its value is read from the whole line
            rest.append(value)
            labelled_dates.append((bool(_MODIFIED.search(m.group())), parse_date(value)))
    # A line that gives the publication and the last update (`更新时间：… 发布时间：…`) is
    # dated by the publication.
    published = [d for modified, d in labelled_dates if d and not modified]
    updates = [d for modified, d in labelled_dates if modified]
    if published and updates:
        date = published[0]
    updated = bool(updates) and not published and date == updates[0]
    head = text[head_start:head_end]
    if labels and labels[0].lastgroup == "author" and head.strip() in ("本文", "文章"):
        head = ""  # the label's own word (`本文作者：张三，江城大学教授。`)
    if badge and not authors and len(head.split()) == 1 and head[-1:].isspace():
        # A poster's badge after the name (`风之谷 楼主 2012-03-15`): the name is the one before it.
        if poster := names(head.strip(), strict=False, poster=True)[0]:
            authors += poster
            head = ""
    by = _BY.search(text) if date_match else None  # a posting line's `by duscha`, not `Powered by`
    if by and not authors:
        authors.append(by["name"])
    # Widgets beside the date go (`[ 打印本文 ]`), a name in brackets stays (`[ 黄宇 ]`).
    counters_only = bool(labels) and all(label.lastgroup == "counter" for label in labels)
    if date_match and counters_only:
        # A counter beside the fields is no field (`张伟 2023-03-15 江城日报 阅读 567`, `查看: 345 |
        # 回复: 12 | 江城日报`): the words around it are read as if it were not there.
        head, rest = " ".join([head, *rest]), []
    # Nor is where the piece was written (`张伟 2005年6月14日于江城`), after the date.
    head = _WRITTEN_AT.sub(" ", head) if date_match and "于" in head else head
    beside_date = _WIDGET_WORD.sub(" ", _WIDGET.sub(_widget_or_name, strip_dates(head, count=1))) if date_match else ""
    outlet = _outlet(beside_date) if date_match else None
    if date_match and not outlet and (not labels or counters_only):
        outlet, beside = _outlet_and_names(beside_date, paper_page=bool(_PAPER_PAGE.search(head)))
        if outlet or beside:
            authors += beside
            head = ""
    if outlet:
        head = ""
        # A person's name beside the date is the author's, a label naming the source or not
        # (`2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]`, a blog's `2023-03-15 10:20 张伟`):
        # an outlet's name beside a date carries its suffix (`江城日报`, `江城网`).
        if not authors and person_not_outlet(outlet):
            authors.append(outlet)
            outlet = None
    rest_text = _WIDGET_WORD.sub(" ", _WIDGET.sub(" ", " ".join([head, *rest])))
    rest_text = _URL.sub(" ", _BY.sub(" ", strip_dates(rest_text)))
    rest_text = _REPORTED_FROM.sub(" ", _LEFTOVER.sub(" ", rest_text))
    # A label counts when a colon sets it apart or it gave a value: `记者问` labels nothing.
    labelled = bool(explicit_labels or authors or editors or source or photographers or (date and labels))
    explicit = bool(explicit_labels or posted or (by and authors))
    return Fields(date, source or outlet, tuple(dict.fromkeys(authors)), tuple(dict.fromkeys(editors)),
                  labelled, bool(date_match), " ".join(rest_text.split()), explicit, updated, tuple(photographers))


def _outlet_at_most(text: str) -> bool:
    return not (text := text.strip()) or bool(_OUTLET_NAME.search(text) and len(text.split()) == 1)


def _widget_or_name(m: re.Match[str]) -> str:
    # Four characters are a widget's words (`关闭窗口`) unless a compound surname opens them.
    found = only_names(m.group()[1:-1].strip(), strict=True)
    return m.group() if found and all(len(n) <= 3 or n[:2] in SURNAMES for n in found) else " "


# Where a piece was written, right after its date (`2005年6月14日于江城`, `2005.6.14 于江城`).
_WRITTEN_AT = re.compile(r"(?<=[日\d])\s*于[\u4e00-\u9fff]{1,8}(?!\S)")


# Where a reporter filed from, after the names: `山东冠县报道`, `台北报导`.
_REPORTED_FROM = re.compile(rf"[\u4e00-\u9fff]{{0,8}}(?:{_REPORTED})\s*$")
# Brackets and separators left once the fields are taken out.
_LEFTOVER = re.compile(r"[()（）\[\]【】〓|｜/／@·:：,，>»]+|本报")


# Who comments, as comment sections name them (`网友李四`, `江城网友`, `游客`): no outlet, and a
# date beside one is a comment's.
COMMENTER = re.compile(r"^(?:网友|网民|游客|用户|会员|读者|匿名)|(?:网友|网民|游客|读者)$")


# A quotation opened after a colon or a comma is someone's words (`记者张伟说：“…”`), no credit.
_SPEECH = re.compile(r"[:：，,]\s*[“「『\"]")
# Metadata lines are short: a paragraph that names its source is the article's.
METADATA_LINE_MAX = 120


@lru_cache(maxsize=1 << 14)
def is_metadata_line(line: str) -> bool:
    """The line holds its fields and next to nothing else: a dateline, a byline, a line of
    labelled fields, an editor's credit."""
    if len(line) > METADATA_LINE_MAX or _SPEECH.search(line):
        return False
    fields = read_fields(line)
    return (fields.found and cjk_count(fields.rest) <= _REST_MAX_CJK
            and not (fields.rest and COMMENTER.search(fields.rest)))


# The credit a lead paragraph opens with, after the outlet's and the place's dateline: `新华社北京3月
# 5日电（记者王立彬、张旭东）…`, `本报讯（通讯员 李四 记者 张三）…`, `【环球时报记者 张三】…`, or
# unbracketed, after the dateline: `本报讯 记者张三 报道：…`.
_LEAD_CREDIT = re.compile(
    r"^[^。！？，,（(【\[〔]{0,24}?(?:[（(【\[〔](?P<bracketed>[^）)】\]〕（(【\[〔。！？]{2,48})[）)】\]〕]"
    rf"|(?<=[讯电])\s*(?P<bare>(?:{alternation(_STRICT_ROLES)})[^。！？，,：:]{{2,24}}?)\s*(?:报道)?\s*[:：，,\s]"
    # or opening the lead, after its outlet at most, and closing with its verb (`东方网记者张三3月15日报道：`)
    rf"|(?:(?<![\u4e00-\u9fff])|(?<=[网报社台刊站]))(?P<filed>(?:{alternation(_STRICT_ROLES)})"
    rf"[^。！？，,：:]{{2,24}}?(?:{_REPORTED}))\s*[:：，,])")


# A posting line is short; the sentence `该论文发表于2005年…` is prose.
_POST_CREDIT_MAX = 80


# A reply's header: `# re: 标题 2004-12-27 17:34 SpiderMan`, `回复：…`, `Re: …`.
_REPLY = re.compile(r"^\s*#?\s*(?:re|回复)\s*[:：]", re.IGNORECASE)


# What every posting credit holds, looked for first (most lines hold none).
_POST_WORDS = re.compile("发表|发布|张贴|由|posted|re|Re|RE|回复")


@lru_cache(maxsize=1 << 14)
def is_post_credit(line: str) -> bool:
    """A forum's or blog's posting credit: who posted it and when (`本贴由大卫于2005年8月12日…发表`,
    `ggjjzhzz 发表于 2005-9-15 10:20`), or a reply's header (`# re: 标题 2004-12-27 17:34 X`),
    alone on its line."""
    return (len(line) <= _POST_CREDIT_MAX and _POST_WORDS.search(line) is not None and find_date(line) is not None
            and bool(_POSTED.match(line) or _POSTED_BY.search(line) or _REPLY.match(line)) and not is_prose(line))


@lru_cache(maxsize=1 << 14)
def is_editor_credit(line: str) -> bool:
    """A line that credits the editor and nothing else (`责任编辑：王五`, `（编辑 王五_NBJ1234）`), as
    pages set it under the article's last paragraph."""
    if not is_metadata_line(line):
        return False
    fields = read_fields(line)
    return bool(fields.editors) and not fields.authors and not fields.dated


# Where a lead's opening clause ends; a credit set before it, apart by spaces, is read word by word.
_CLAUSE_END = re.compile(r"[。！？!?，,；;：:]")
_LEAD_WORDS = 48
_LEAD_LABEL_AT = 6


def lead_credit(line: str) -> Fields:
    """The names and outlet a lead paragraph's opening credit gives (nothing where it has none):
    bracketed or after the dateline (`_LEAD_CREDIT`), or set apart by spaces before the first
    sentence (`记者 张三 通讯员 李四 近日…`, `文/张三 近日…`): the most words from the start that
    are fields and nothing else."""
    m = _LEAD_CREDIT.match(line)
    credit = (m["bracketed"] or m["bare"] or m["filed"]) if m else None
    fields = read_fields(credit) if credit else Fields()
    if not ((fields.authors or fields.editors) and is_metadata_line(credit)):
        fields = Fields()
        # Right after a dispatch's dateline, names in brackets need no role: the dateline says
        # who sends it (`中新网江城3月15日电(李明 王芳)`, `本报讯（李明）`).
        if m and m["bracketed"] and line[:m.start("bracketed") - 1].rstrip().endswith(("电", "讯")):
            found = bare_names(m["bracketed"])
            if found and all(len(name) <= 3 or name[:2] in SURNAMES for name in found):
                fields = Fields(authors=tuple(found), labelled=True)
    if m and m["bracketed"] and len(found := slot_names(m["bracketed"])) > len(fields.authors):
        fields = Fields(authors=tuple(found), labelled=True, source=fields.source)
    end = _CLAUSE_END.search(line, 0, _LEAD_WORDS)
    words = line[:end.start() if end else _LEAD_WORDS].split()
    first = int(bool(words) and words[0].endswith(("讯", "电")))  # after the dateline (`江城晚报讯`)
    # The credit opens with its label (a bullet, an outlet before it at most: `■本报记者`, `江城日报记者`),
    # and the sentence follows it: a menu's `麻辣杂谈 记者江湖 中国川剧 …` credits nobody.
    label = _ANY_LABEL.search(words[first]) if len(words) > first + 1 else None
    # (an outlet's name may be longer where a qualifier of the reporter follows it: `江城日报全媒体记者`)
    if label is None or label.start() > _LEAD_LABEL_AT and not (
            (outlet := _BYLINE_OUTLET.search(words[first][:label.start()])) and outlet.group() != outlet["name"]):
        return fields
    # A credit leaves at least a word of the sentence, or all of it after a colon or a comma (`记者张三 李四报道：…`,
    # `记者张三 通讯员李四，…`).
    whole = end is not None and end.group() in "：:，,"
    for n in range(len(words) - (not whole), first, -1):
        prefix = " ".join(words[first:n])
        spaced = read_fields(prefix)
        after = line[end.end():] if n == len(words) else " ".join(line.split()[n:])
        if spaced.authors and is_metadata_line(prefix) and is_prose(after):
            return spaced if len(spaced.authors) > len(fields.authors) else fields
    return fields


# The reporter the lead's first sentence names as its subject (`记者张三从市园林局获悉`, `日前，本报记者
# 张三在现场看到`, `记者张三5月6日从…了解到`): the role, the name, then how or when the reporter learnt the news.
_REPORTING = ("从", "在", "于", "近日", "日前", "昨日", "昨天", "今日", "今天", "获悉", "了解到", "走访", "采访",
              "报道", "看到", "来到", "赶到", "探访", "调查", "注意到", "发现", "跟随", "随同", "前往", "深入", "实地",
              "独家", "第一时间", "一行", "，", ",")
_REPORTER_SUBJECT = re.compile(rf"(?:^|(?<=[，,：:\s】\]）)]))(?:本[报台刊网])?(?:{_ROLE_QUALIFIER.pattern})?记者\s?"
                               rf"(?P<name>[\u4e00-\u9fff]{{2,3}}?)\s?(?:{alternation(_REPORTING)}|(?:\d{{1,2}}月)?\d{{1,2}}日)")
# Characters a name's second and third hardly hold, and the words after `记者` often do (`记者向市民了解到`,
# `记者于日前获悉`, `记者曾多次走访`).
_NOT_NAME_CHARS = frozenset("市县区省镇村民日月年前后近今昨者们这那此该等里外上下了到从在对向次多再又也都已曾将被把")
# How far into the lead the reporter may be named (after a date or a `日前，` at most).
_REPORTER_AT = 16


def lead_reporter(line: str) -> list[str]:
    """The reporter a lead's first sentence names as its subject, if any."""
    end = line.find("。")
    m = _REPORTER_SUBJECT.search(line, 0, end if end >= 0 else len(line))
    if m is None or m.start() > _REPORTER_AT or any(c in _NOT_NAME_CHARS for c in m["name"][1:]):
        return []
    return [m["name"]] if surname_first(m["name"]) else []


# How far into a lead its opening date may stand (`【看中国2005年07月03日报道】…`, `本报讯 2005年5月7日，…`).
_LEAD_DATE_AT = 16


_LEAD_BEFORE_DATE = re.compile(r"[【\[（(]?[\u4e00-\u9fffA-Za-z·]{0,12}\s*")
_LEAD_AFTER_DATE = re.compile(r"\s*(?:电|讯|报道|消息)?\s*[】\]）)，,]")


def lead_date(line: str) -> str | None:
    """The date a lead paragraph opens with, as a dateline (ISO): after at most an outlet's name
    or a bracket, and followed by `电`, `讯`, `报道`, a closing bracket or a comma."""
    line = ascii_digits(line)
    m = DATE.search(line, 0, _LEAD_DATE_AT + 40)
    if (m is None or m.start() > _LEAD_DATE_AT or not _LEAD_BEFORE_DATE.fullmatch(line, 0, m.start())
            or not _LEAD_AFTER_DATE.match(line, m.end())):
        return None
    return parse_date(m.group())


# Four characters at least: a headline's `（组图）`, `（视频）`, `（原创）` is no affiliation.
_CLOSING_AFFILIATION = re.compile(r"(?<=[\u4e00-\u9fff])\s*[（(][^（()）]{4,30}[）)]\s*$")


_BULLETS = "◎●○■□◆◇★☆▲►▶·•"


def is_names_line(line: str) -> bool:
    """A byline of names and nothing else that no headline is: two names or more (`张三 李四`),
    or names after a bullet (`◎张三`) or with their affiliation (`张三（江城大学教授）`). (One
    bare word may be a name or a headline: `麻辣杂谈`.)"""
    found = bare_names(line)
    return bool(found) and (len(found) >= 2 or line.lstrip()[:1] in _BULLETS
                            or bool(_CLOSING_AFFILIATION.search(line)))


# Within its brackets a credit's names run to the closing one, so a name set apart from its role
# needs no surname of 百家姓 (`（记者 买买提江）`, `（记者 次仁罗布 通讯员 张三）`): a Uyghur's, a
# Tibetan's, a Mongol's name is a credit's too. What is no name still is none: a place, an outlet,
# what the reporter did.
_SLOT_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")


def slot_names(slot: str) -> list[str]:
    """The names a bracketed credit holds after its role, set apart from it by a space or a colon
    (nothing where anything else stands there)."""
    tokens = [t for t in re.split(r"[\s、，,:：]+", slot) if t]
    if len(tokens) < 2 or not tokens[0].endswith(tuple(_STRICT_ROLES)) or len(tokens[0]) > 12:
        return []
    found: list[str] = []
    for token in tokens[1:]:
        if token in _STRICT_ROLES:
            continue
        if not (_DOTTED_NAME.fullmatch(token) or (
                _SLOT_NAME.fullmatch(token) and token not in ROLE_WORDS and token not in _LABEL_WORDS
                and token not in PLACEHOLDERS and token not in FILING_PLACES and token[:2] not in REGIONS
                and not token.endswith((*OUTLET_SUFFIXES, *INSTITUTION_SUFFIXES))
                and not _WORK_WORD.search(token) and not _REPORTED_TAIL.fullmatch(token))):
            return []
        found.append(token)
    return found


def bare_names(line: str) -> list[str]:
    """The names a line holds when it holds nothing else (`胡平`, `王五 李四`): a byline without
    a role word, as pages set it under the headline. Real names only (a surname first); an
    affiliation in brackets may close them (`张三（江城大学）`)."""
    affiliation = _CLOSING_AFFILIATION.search(line)
    if affiliation:
        line = line[:affiliation.start()]
    tokens = [t for t in _NAME_SPLIT.split(line.strip(" （）()[]【】" + _BULLETS)) if t]  # and a bullet (`◎张三`)
    if not 1 <= len(tokens) <= 4:
        return []
    found = only_names(" ".join(tokens), strict=True)
    # An account's name set where a byline stands (`江城发布`, `江城晚报`) is an outlet.
    return [] if any(len(name) >= 3 and name.endswith(OUTLET_SUFFIXES) for name in found) else found
