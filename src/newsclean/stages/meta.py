"""Metadata from the lines around the article: title, date, source, site, authors, editors."""
from __future__ import annotations

import re

from newsclean.document import Document
from newsclean.stages.boilerplate import BYLINE_MAX, PHONE, chrome_kind
from newsclean.stages.lines import cjk_count, has_cjk, is_keyword_list, is_prose
from newsclean.stages.normalize import drop_space_by_punct
from newsclean.stages.script import classification_keys

# A `?` between date and time is the space a GBK round trip lost (DAMAGE.md §3).
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[\s?]*(?P<H>\d{1,2})[:：时](?P<M>\d{2})(?:[:：分]\d{2}秒?)?)?"
)
# The colon may come back from a lost byte as another full-width sign (`日期，2008-06-21`).
_DATE_LABEL = re.compile(r"^(?:发布时间|发表时间|时间|日期|发布日期|更新时间)[:：，,]\s*")
_SOURCE_LABEL = re.compile(r"来源[:：]\s*(?P<source>[^\s|｜]{2,20})")
# `来源：人民日报` on a line of its own after the article.
_TAIL_SOURCE = re.compile(r"^[（(\[【]?来源[:：]\s*(?P<source>[^\s|｜）)\]】]{2,20})[）)\]】]?$")
_SITE_LINE = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:网|網|在线|新闻|頻道|频道|热线|资讯)$")
# A disclaimer heading names the site that publishes it: `德州新闻网版权与免责声明:`.
_COPYRIGHT_SITE = re.compile(r"^(?P<site>[\u4e00-\u9fff]{2,12}?)版权.{0,8}[:：]$")
# Names end the credit: a space, a bracket, the end, or the next role.
_NAMES = (r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[ 、,，][\u4e00-\u9fff]{2,4})*)"
          r"(?=$|[\s)）\]】/|｜]|责任编辑|编辑|责编|通讯员|摄影|实习生|来源)")
_AUTHOR = re.compile(
    r"(?P<source>(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,8}?)?(?:全媒体|融媒体|首席)?"
    r"(?:记者|通讯员|作者|文/|文／)[:：]?\s*" + _NAMES
)
# Every credit _AUTHOR finds holds one of these words; a search for them alone is cheap where
# _AUTHOR's leading lookbehind is tried at every position.
_CREDIT_WORD = re.compile(r"记者|通讯员|作者|文[/／]")
_EDITOR = re.compile(r"(?:责任编辑|编辑|责编)(?:[:：]\s*|\s+)" + _NAMES)
# A line of labelled fields only and no date (`来源:未知 作者:admin`, `作者：李明 编辑：王芳`):
# two fields, or one source or author. One field of another label can be a headline
# (`记者：我在灾区的七天`, `阅读：让城市更美好`).
_FIELD = r"(?:来源|作者|编辑|责任编辑|责编|记者|通讯员|摄影|点击|浏览|阅读)[:：]\s*[^\s:：]{0,20}?"
_FIELD_LINE = re.compile(rf"[（(\[【]?(?:{_FIELD}\s*{_FIELD}(?:\s*{_FIELD})*"
                         rf"|(?:来源|作者)[:：]\s*[^\s:：]{{1,20}})[）)\]】]?")
_ORIGINAL_TITLE = re.compile(r"^原标题[:：]\s*(?P<title>.+)$")
# What a page's <title> adds after the headline: a separator and the site or channel name.
_SITE_SUFFIX = re.compile(r"\s*[_|｜\-–—]+\s*[^\s_|｜]{2,20}(?:\s*[_|｜\-–—]+\s*[^\s_|｜]{2,20})*")


def _is_site_suffix(rest: str, headline: str) -> bool:
    """`rest` is what a <title> adds to `headline`: separators and names, with less Chinese
    than the headline (`长江三角洲-黄河两岸绿化提速` is one headline, not `长江三角洲` and a site)."""
    return bool(_SITE_SUFFIX.fullmatch(rest)) and cjk_count(rest) < cjk_count(headline)


# Placeholders some sites print for an unknown value.
_PLACEHOLDERS = {"未知", "admin", "佚名", "网络", "本站", "本网", "本报", "本台", "本刊"}


def parse_date(text: str) -> str | None:
    """`2024年1月5日`, `2022-09-25 06:00`… as ISO `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`."""
    m = _DATE.search(text)
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31) or (y, mo, d) == (1970, 1, 1):
        return None
    out = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["H"] is not None and int(m["H"]) < 24 and int(m["M"]) < 60:
        out += f"T{int(m['H']):02d}:{m['M']}"
    return out


# Role words a run of names can swallow: `（通讯员 李华 记者 王小明）`.
_ROLES = {"记者", "通讯员", "编辑", "责编", "摄影", "实习生", "作者", "见习记者", "特约记者"}


def _names(group: str) -> list[str]:
    return [n for n in re.split(r"[ 、,，]", group) if n and n not in _PLACEHOLDERS and n not in _ROLES]


def comparable(text: str) -> str:
    """A headline with spaces and `?` (a lost space) taken out, for spotting repeats."""
    return re.sub(r"[\s?？]", "", text)


class FindMetadata:
    """Fills `doc.meta` from the lines around the article (`doc.article`) and labels the lines it
    read (title, dateline, site, byline, 原标题) for the boilerplate stage to take out.

    The title is the first non-prose line above the article; head lines that repeat it (in
    whole or in part) are dropped as duplicates. A byline inside the last paragraph is read
    but the paragraph stays.
    """

    name = "meta"

    def __init__(self, model=None):
        self.model = model

    def __call__(self, doc: Document) -> Document:
        if not doc.lines:
            return doc
        article = doc.article
        if article is None or not article.matches(doc.lines):
            from newsclean.stages.region import FindArticle

            article = FindArticle(self.model)(doc).article
        originals = [t for _, t in doc.lines]
        texts = classification_keys(originals)  # read in simplified; values come from the page
        span = article.bounds()
        if span is None:
            # No prose to anchor on (a gallery, a table, a list): a dateline still shows
            # where the head ends, and the headline stands above it.
            dateline = next((i for i, line in enumerate(texts) if is_dateline(line)), None)
            span = (dateline + 1, dateline) if dateline is not None else None
        first, last = span if span else (0, len(texts) - 1)
        meta, drop = doc.meta, {}
        head = range(first) if span else range(0)
        for i in head:
            line = texts[i]
            # A placeholder date (1970-01-01) still makes a dateline, only not a date.
            if is_dateline(line) and not meta["published_at"]:
                date = parse_date(line)
                meta["published_at"] = date
                rest = _DATE_LABEL.sub("", _DATE.sub("", line)).strip(" ?")
                source = _SOURCE_LABEL.search(line)
                if source:
                    meta["source"] = source["source"] if source["source"] not in _PLACEHOLDERS else None
                elif rest and 2 <= cjk_count(rest) <= 10 and " " not in rest:
                    meta["source"] = rest
                if _AUTHOR.search(line) or _EDITOR.search(line):
                    _read_byline(line, meta)
                drop[i] = ("dateline", "publication date" if date else "placeholder date")
            elif _FIELD_LINE.fullmatch(line):
                source = _SOURCE_LABEL.search(line)
                if source and not meta["source"] and source["source"] not in _PLACEHOLDERS:
                    meta["source"] = source["source"]
                _read_byline(line, meta)
                drop[i] = ("source" if source else "byline", "labelled fields")
            elif _SITE_LINE.match(line) and not meta["site"]:
                meta["site"] = line
                drop[i] = ("site", "site name line")
            elif meta["title"] is None and could_be_headline(line):
                meta["title"] = line
                drop[i] = ("title", "headline")
            elif is_byline(line):
                _read_byline(line, meta)
                drop[i] = ("byline", "author/editor line")
        self._prefer_clean_title(texts, head, drop, meta)
        self._read_tail(texts, last, drop, meta)
        if meta["site"] is None:
            for line in texts[last + 1:]:
                m = _COPYRIGHT_SITE.match(line)
                if m:
                    meta["site"] = m["site"]
                    break
        if texts is not originals:
            _to_page_script(meta, texts, originals)
        if meta["title"]:
            repeats = [originals[i] for i, (kind, _) in drop.items() if kind == "title_duplicate"]
            meta["title"] = drop_space_by_punct(drop_layout_spaces(lost_space(meta["title"]), repeats))
        article.labels.update(drop)
        return doc

    @staticmethod
    def _prefer_clean_title(texts, head, drop, meta) -> None:
        """Drop head lines that repeat the title; keep the copy without lost-space `?`, and
        the headline without the site name a page's <title> adds (`标题_新浪新闻`)."""
        if meta["title"] is None:
            return
        title_key = comparable(meta["title"])
        for i in head:
            if i in drop or is_prose(texts[i]):
                continue
            key = comparable(texts[i])
            if len(key) >= 4 and (key in title_key or title_key in key
                                  or _overlaps(key, title_key)):
                drop[i] = ("title_duplicate", "repeats the headline")
                if key == title_key and texts[i].count("?") < meta["title"].count("?"):
                    meta["title"] = texts[i]
                elif meta["title"].startswith(texts[i]) and _is_site_suffix(meta["title"][len(texts[i]):], texts[i]):
                    meta["title"] = texts[i]

    @staticmethod
    def _read_tail(texts, last, drop, meta) -> None:
        for i in range(last + 1, len(texts)):
            line = texts[i]
            original = _ORIGINAL_TITLE.match(line)
            if original:
                meta["original_title"] = drop_space_by_punct(original["title"].strip())
                drop[i] = ("original_title", "原标题 line")
                continue
            if is_byline(line):
                _read_byline(line, meta)
                drop[i] = ("byline", "author/editor line")
            elif len(line) <= BYLINE_MAX and _EDITOR.match(line.lstrip("[（(【")):
                _read_byline(line, meta)
            elif (source := _TAIL_SOURCE.match(line)) and not meta["source"]:
                if source["source"] not in _PLACEHOLDERS:
                    meta["source"] = source["source"]
                drop[i] = ("source", "source line")
        if not meta["authors"] and 0 <= last < len(texts):
            tail = texts[last][-BYLINE_MAX:]
            m = _CREDIT_WORD.search(tail) and _AUTHOR.search(tail)
            if m and m.end() == len(tail):
                _read_byline(tail[m.start():], meta)


# Kinds of chrome that never stand where the headline does; a cue word of another kind
# (客服, 下载, 侵权) can be the subject of a headline.
_NOT_HEADLINE = frozenset({"navigation", "share_widget", "icp", "related_links", "other", "editor"})


def _to_page_script(meta: dict, keys: list[str], originals: list[str]) -> None:
    """Metadata read from the simplified keys of a traditional page, given back as the page
    writes it: each value is cut from its line at the offsets it has in the line's key."""
    def back(value: str) -> str:
        for key, original in zip(keys, originals, strict=True):
            at = key.find(value)
            if at >= 0:
                return original[at:at + len(value)]
        return value

    for name, value in meta.items():
        if isinstance(value, str):
            meta[name] = back(value)
        elif isinstance(value, list):
            meta[name] = [back(v) for v in value]


def could_be_headline(line: str) -> bool:
    return (has_cjk(line, 4) and not is_prose(line) and chrome_kind(line) not in _NOT_HEADLINE
            and not is_keyword_list(line)
            and not PHONE.search(line) and not _SITE_LINE.match(line))


def is_dateline(line: str) -> bool:
    """A date that opens the line (after a label such as 发布时间：) or stands with 来源:
    a headline that mentions a date is not a dateline."""
    m = _DATE.search(line)
    if not m or has_cjk(line, 30):
        return False
    label = _DATE_LABEL.match(line)
    return m.start() <= (label.end() if label else 0) or bool(_SOURCE_LABEL.search(line))


def is_field_line(line: str) -> bool:
    """A line of labelled fields only (`来源:未知 作者:admin`, `作者：李明 编辑：王芳`)."""
    return bool(_FIELD_LINE.fullmatch(line))


def is_byline(line: str) -> bool:
    """A short credit line (`本报记者 张三`, `文/李四`), not a disclaimer that names the author."""
    return (len(line) <= BYLINE_MAX and bool(_CREDIT_WORD.search(line)) and bool(_AUTHOR.search(line))
            and chrome_kind(line) not in ("copyright", "disclaimer"))


def _read_byline(line: str, meta: dict) -> None:
    m = _AUTHOR.search(line)
    if m:
        editor = _EDITOR.search(line)
        names = m["names"]
        if editor and editor.start() < m.end():
            names = line[m.start("names"):editor.start()]
        authors = [n for n in _names(names) if not n.endswith(("网", "编辑"))]
        meta["authors"] = meta["authors"] or authors
        if m["source"] and not meta["source"] and m["source"] not in _PLACEHOLDERS:
            meta["source"] = m["source"]
    editor = _EDITOR.search(line)
    if editor:
        meta["editors"] = meta["editors"] or _names(editor["names"])


_QUESTION_FOR_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\?(?=[\u4e00-\u9fff])")


def lost_space(title: str) -> str:
    """A `?` between two Chinese characters of a headline is the space between its segments,
    lost in a GBK round trip (DAMAGE.md §3): headlines separate clauses with spaces, and
    a question ends with a full-width `？`, not between characters."""
    return _QUESTION_FOR_SPACE.sub(" ", title)


def drop_layout_spaces(title: str, repeats: list[str]) -> str:
    """Removes a space inside the headline where a repeat of it on the page has none:
    the page itself shows the space is a line-layout break, not part of the title."""
    def keep_or_drop(m: re.Match[str]) -> str:
        joined = title[max(0, m.start() - 3):m.start()] + title[m.end():m.end() + 3]
        return "" if any(joined in r for r in repeats) else m.group()

    return re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", keep_or_drop, title)


def _overlaps(a: str, b: str, min_shared: int = 4) -> bool:
    """A head line that ends where the title starts (`…祁小青——` / `祁小青——当好…`).

    >>> _overlaps("记者 祁小青——", "祁小青——当好排头兵"), _overlaps("当好排头兵", "排头兵")
    (True, False)
    """
    return _ends_with_start_of(a, b, min_shared) or _ends_with_start_of(b, a, min_shared)


def _ends_with_start_of(a: str, b: str, min_shared: int) -> bool:
    """Some ending of `a`, `min_shared` or more characters long, is a beginning of `b`:
    only where `a` holds b's first characters is it tried."""
    head = b[:min_shared]
    at = a.find(head) if len(head) == min_shared else -1
    while at >= 0:
        if b.startswith(a[at:]):
            return True
        at = a.find(head, at + 1)
    return False
