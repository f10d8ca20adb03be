"""Metadata from every place a page states it: what its markup declares (`doc.declared`: `<title>`,
`<meta>`, JSON-LD, `<h1>`), and the lines around the article (`doc.article`) read with the field
grammar (`newsclean.fields`). Each field says where it was found (`meta["found_in"]`)."""
from __future__ import annotations

import re

from newsclean.chrome import BYLINE_MAX, MEDIA_MARK, PHONE, chrome_kind, is_menu, is_trail
from newsclean.document import Article, Document
from newsclean.fields import (
    REPRINT_LABELS,
    bare_names,
    days_first,
    find_date,
    is_metadata_line,
    is_names_line,
    lead_credit,
    lead_date,
    lead_reporter,
    only_names,
    parse_date,
    person_not_outlet,
    read_fields,
    slot_names,
    url_date,
)
from newsclean.stages.region import article_for, day_headings
from newsclean.stages.script import classification_keys
from newsclean.text import alternation, cjk_count, drop_space_by_punct, has_cjk, is_keyword_list, is_prose
from newsclean.vocabulary import (
    DECLARED_AUTHORS,
    DECLARED_DATES,
    DECLARED_DATES_WEAK,
    DECLARED_SITES,
    DECLARED_SOURCES,
    DECLARED_TITLES,
    DECLARED_URLS,
    INSTITUTION_SUFFIXES,
    ORIGINAL_TITLE_LABEL,
    OUTLET_SUFFIXES,
    PERSON_TITLES,
    PLACEHOLDERS,
)

__all__ = ["FindMetadata", "parse_date"]

# How far from the article its head and tail metadata stand: the headline, dateline and byline
# sit above the first paragraph (share bars, widgets, at times a box of recommended links
# between), credits just below the last; beyond, lines are other articles' (a sidebar's list,
# a feed's, comments). Within the window the nearest dateline wins.
HEAD_WINDOW = 40
# Containers of other people's text, whose dates and names are not the article's: the comments,
# a feed of other stories, a sidebar, an advert (the markup's `class`/`id`, `vocabulary.DOM_KINDS`).
_OTHER_CONTENT = frozenset({"comment", "related", "sidebar", "ad"})
TAIL_WINDOW = 12
# Chrome beside a date in a line that is no dateline, above the article or at its top (after
# it such a line is another story's or a comment's).
_BESIDE_DATE = frozenset({"navigation", "share_widget", "comment"})
# The article's lines whose opening credit is read: a lead paragraph, after a subtitle or a photo's caption.
LEAD_LINES = 3

_SITE_LINE = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:网|網|在线|新闻|頻道|频道|热线|资讯)$")
# A disclaimer heading names the site that publishes it: `德州新闻网版权与免责声明:`.
_COPYRIGHT_SITE = re.compile(r"^(?P<site>[\u4e00-\u9fff]{2,12}?)版权.{0,8}[:：]$")
_ORIGINAL_TITLE = re.compile(rf"^[（(\[【]?{ORIGINAL_TITLE_LABEL}\s*(?P<title>.{{2,80}}?)[）)\]】]?[。.]?$")
# A <title>'s segments: the headline, then the channel and the site (`标题_新浪新闻`, `标题 - 新华网`).
# A bare hyphen between words separates too, but may be the headline's own (`长江三角洲-黄河两岸`).
_SEPARATORS = r"_{1,2}|\||｜|\s[-–—]\s|-{2}|\s::\s|\s?[»›]\s?"
_SPACED_SEPARATOR = re.compile(rf"\s*(?:{_SEPARATORS})\s*")
# (Between two Latin letters it is a word's: `E-INK`, `Wi-Fi`.)
_TITLE_SEPARATOR = re.compile(rf"\s*(?:{_SEPARATORS}|(?<=[^\s\d\-A-Za-z])-(?=[^\s\d-])"
                              rf"|(?<=[^\s\d-])-(?=[^\s\d\-A-Za-z]))\s*")
# How near the article a text page's first line must be repeated to be its headline.
_REPEAT_NEAR = 10
# Kinds of chrome that never stand where the headline does; a cue word of another kind
# (客服, 下载, 侵权) can be the subject of a headline.
_NOT_HEADLINE = frozenset({"navigation", "share_widget", "icp", "related_links", "other", "editor"})
# What ends an organisation's name, not a person's (in Chinese or English), or marks an address.
_ORGANISATION = re.compile(rf"(?:网|报|社|台|在线|出版社|中心|团队|编辑部|{'|'.join(INSTITUTION_SUFFIXES)}|Team|Inc\.?"
                           r"|Ltd\.?|Foundation|Publish(?:ers?|ing)|Press|Media|News|Group|Corp(?:oration)?\.?|LLC|Agency)$"
                           r"|www\.|https?:|,")
_AUTHOR_PARTS = re.compile(r"[,，;；、]")


# How far under the headline a name the headline opens with may stand (past a dateline and a
# subtitle); a line of names that stands alone, two lines (three past the head's datelines).
_BYLINE_BELOW = 3
# A form's label before the headline (`标题：…`, `标  题: …`, `【标题】…`, a board's post header): no
# word of it.
_TITLE_LABEL = re.compile(r"^\s*[【\[]?\s*(?:(?:文章|新闻|帖子)?标\s*题|题\s*目)\s*(?:[:：]|[】\]])\s*")
_NAME_OPENS = re.compile(r"[\u4e00-\u9fff·]{2,6}")
_OUTLET_LINE = 12


# A forum's page says so in its <title>: a part that names a board (`江城论坛`, `学术社区`, `江城BBS`),
# or the software (`powered by Discuz!`, `phpwind`).
_FORUM_PART = re.compile(r"(?:论坛|社区|BBS|bbs|贴吧)\s*$|Discuz|phpwind|PHPWind|vBulletin|phpBB")


def _is_forum(titles: list[str]) -> bool:
    return any(_FORUM_PART.search(part) for t in titles for part in _TITLE_SEPARATOR.split(t)[1:])


def _outlet_word(text: str) -> bool:
    """A word named as outlets are named (`江城日报`, `江城发布`, `《江城周刊》`)."""
    return len(text) <= _OUTLET_LINE and text.strip("《》").endswith(OUTLET_SUFFIXES)


def headline_key(text: str) -> str:
    """A headline with spaces, `?` (a lost space) and a portal's mark of pictures taken out, for
    spotting repeats."""
    return re.sub(r"[\s?？]", "", MEDIA_MARK.sub("", text))


# A site's name set apart from the headline by a mark no headline's words use so: after a dash run
# into the words (`标题——江城网`, as a text page's spacing leaves it) or a middle dot (`标题·江城网`), in
# brackets after or before it (`标题【江城网】`, `【江城网】标题`), or before a colon (`江城网：标题`). Only a
# name of an outlet's shape: after a dash a headline's subtitle follows too, before a colon a speaker.
_MARKED_SITE = (re.compile(r"(?:[—―]{1,2}|\s*[·•・]\s*)(?P<site>[^—―\s_|｜\-·•・【】]{2,12})\s*$"),
                re.compile(r"\s*【(?P<site>[^【】]{2,12})】\s*$"), re.compile(r"^\s*【(?P<site>[^【】]{2,12})】\s*"),
                re.compile(r"^\s*(?P<site>[^\s：:]{2,12})[：:]\s*"))


def _without_marked_site(title: str) -> str:
    for pattern in _MARKED_SITE:
        marked = pattern.search(title)
        if (marked and (_outlet_word(marked["site"]) or _SITE_LINE.match(marked["site"]))
                and (rest := (title[:marked.start()] + title[marked.end():]).strip())):
            title = rest
    return title


# Which page of a piece set over several a title names (`标题(页 1)`, a forum archive's; `标题(第2页)`):
# no word of the headline.
_PAGE_NUMBER = re.compile(r"\s*[（(]\s*(?:页\s*\d{1,3}|第\s*\d{1,3}\s*页)\s*[)）]\s*$")


def title_core(title: str, headlines: list[str] = ()) -> str:
    """The headline in a page's <title>: without the channel and site names the title adds
    (`标题_新浪新闻`, `标题 - 新闻频道 - 江城网`, or before it: `江城网 - 新闻频道 - 标题`), or the segment
    the page's headings repeat.

    >>> title_core("全市完成植树造林三万亩 - 新闻频道 - 江城网"), title_core("长江三角洲-黄河两岸绿化提速")
    ('全市完成植树造林三万亩', '长江三角洲-黄河两岸绿化提速')
    >>> title_core("江城网 - 社会新闻 - 全市完成植树造林三万亩"), title_core("全市完成植树造林三万亩——江城网")
    ('全市完成植树造林三万亩', '全市完成植树造林三万亩')
    >>> title_core("全市完成植树造林三万亩——热烈祝贺植树节")
    '全市完成植树造林三万亩——热烈祝贺植树节'

    """
    title = _without_marked_site(title)
    parts = [MEDIA_MARK.sub("", _PAGE_NUMBER.sub("", p) or p) or p for p in _TITLE_SEPARATOR.split(title.strip()) if p]
    if len(parts) < 2:
        return title.strip()
    for part in parts:
        if any(headline_key(part) == headline_key(h) for h in headlines if h):
            return part
    if _are_names(parts[1:], parts[0]):
        return parts[0]
    # A site that names itself first (`江城网 - 社会新闻 - 标题`) sets the headline last.
    if _outlet_word(parts[0]) and _are_names(parts[:-1], parts[-1]):
        return parts[-1]
    return title.strip()


def _are_names(parts: list[str], headline: str) -> bool:
    """The segments a <title> adds to a headline are names (channel, site): each shorter than the
    headline (`长江三角洲-黄河两岸绿化提速` is one headline, not `长江三角洲` and a site)."""
    # (A blog's owner and host name themselves at any length: `海姑娘的日志 - 网易博客`; beside a
    # Chinese headline, so does the software or address in Latin letters: `powered by Discuz! Archiver`.)
    return all(((cjk_count(p) < cjk_count(headline) or _OWNED.match(p) or _BLOG_HOST.search(p)) and len(p) <= 20)
               or (cjk_count(p) == 0 and has_cjk(headline, 4) and len(p) <= 40) for p in parts)


# A section's heading inside a text opens with its number: `一、`, `（二）`, `3.`, `第四章`.
_SECTION_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
                              r"|\d{1,2}(?:[.．]\d{1,2})*[、.．]\s*\D|第[一二三四五六七八九十\d]{1,3}[章节部分])")


def _gives_fields(line: str) -> bool:
    fields = read_fields(line)
    return fields.labelled and bool(fields.date or fields.source or fields.authors or fields.editors)


# A line ending inside a sentence (a paragraph the page's layout broke) is no headline.
_CLAUSE_ENDS = ("，", "、", "；", ",", ";")


def could_be_headline(line: str, declared: bool = False) -> bool:
    """A head line that may be the headline: short, not prose, not chrome, not metadata (nor a
    line whose labels give values: `作者：赵培：北京物资学院`), not a subtitle (set after a dash:
    `——当代中国的精神危机`) nor a section's numbered heading, nor a sentence broken off, nor a line
    of names (a byline: `张三 李四`, `张三（江城大学教授）`). With `declared` (the page's own
    headings repeat it) it may read as a sentence and be as short as a name (`金锺国`)."""
    return (has_cjk(line, 2 if declared else 4) and (declared or not is_prose(line))
            and not line.startswith(("——", "--", "—"))
            and not _gives_fields(line)
            and not _SECTION_HEADING.match(line) and chrome_kind(line) not in _NOT_HEADLINE
            and not is_keyword_list(line) and not is_menu(line) and not is_trail(line) and not PHONE.search(line)
            and not _SITE_LINE.match(line) and not is_metadata_line(line) and len(line) <= 80
            and not line.endswith(_CLAUSE_ENDS) and (declared or not is_names_line(line)))


def is_dateline(line: str) -> bool:
    """A line that states the date and little else: a headline that mentions a date is not one."""
    return is_metadata_line(line) and read_fields(line).dated


def _kind_of(line: str) -> str:
    fields = read_fields(line)
    if fields.dated:
        return "dateline"
    if fields.authors:
        return "byline"
    if fields.editors:
        return "editor"
    return "source"


class _Found:
    """The metadata as it is gathered, with where each field came from."""

    def __init__(self, meta: dict):
        self.meta = meta
        self.found_in: dict[str, str] = {}
        self.photographers: list[tuple[tuple[str, ...], str]] = []  # (names, where), in reading order
        self.sources: list[tuple[str, str]] = []  # every source a line names, the first taken or not
        self.posters: list[tuple[str, str]] = []  # on a forum's page, the names beside a date

    def set(self, name: str, value, where: str) -> None:
        if value and not self.meta.get(name):
            self.meta[name] = value
            self.found_in[name] = where

    def add(self, name: str, values, where: str) -> None:
        new = [v for v in values if v not in self.meta[name]]
        if new:
            self.meta[name] = self.meta[name] + new
            if where not in (self.found_in.get(name) or "").split(", "):
                self.found_in[name] = ", ".join(filter(None, (self.found_in.get(name), where)))


def _read_original_title(texts, numbers, indices, found: _Found, labels) -> None:
    """The title the piece first ran under (`原标题：…`, `原题为《…》`), its line labelled."""
    for i in indices:
        if i in labels or (original := _ORIGINAL_TITLE.match(texts[i])) is None or "。" in original["title"]:
            continue  # a headline is not sentences
        title = original["title"].strip()
        if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
            title = title[1:-1]
        found.set("original_title", drop_space_by_punct(title), f"line {numbers[i]}")
        labels[i] = ("original_title", "原标题 line")


class FindMetadata:
    """Fills `doc.meta` (title, published_at, source, site, authors, editors, original_title, and
    `found_in`: where each came from) and labels the lines it read as metadata (title, dateline,
    byline …) for the boilerplate stage to take out.

    The title is the head line the page's own headings and <title> repeat, or the one standing just
    above the dateline and the article, else what the markup declares. Dates prefer what the markup
    declares as the publication date, then the dateline nearest the article. Authors and editors
    are read from every credit around and inside the article, merged.
    """

    name = "meta"

    def __init__(self, model=None):
        self.model = model

    def __call__(self, doc: Document) -> Document:
        if not doc.lines:
            doc.meta["found_in"] = {}
            return doc
        article = article_for(doc, self.model)
        originals = [t for _, t in doc.lines]
        texts = classification_keys(originals)  # read in simplified; values come from the page
        numbers = [n for n, _ in doc.lines]
        span = article.bounds()
        if span is None:
            # No prose to anchor on (a gallery, a table, a list): a dateline still shows where the
            # head ends, and the headline stands above it.
            dateline = next((i for i, line in enumerate(texts) if is_dateline(line)), None)
            span = (dateline + 1, dateline) if dateline is not None else None
        found = _Found(doc.meta)
        labels: dict[int, tuple[str, str]] = {}
        if span is not None:
            first, last = span
            head = range(max(0, first - HEAD_WINDOW), first)
            inside = range(first, last + 1)
            tail = range(last + 1, min(len(texts), last + 1 + TAIL_WINDOW))
            # Lines in containers of other people's text, and lines that are (nearly) all a link's.
            others, links = set(), set()
            for i, n in enumerate(numbers):
                if (b := doc.blocks.get(n)) is not None:
                    if b.context in _OTHER_CONTENT:
                        others.add(i)
                    if b.link_chars * 5 >= b.chars * 4:
                        links.add(i)
            # Days alone heading a diary's or a chronicle's entries between the article's paragraphs
            # are the text's own, no dateline of the page.
            others.update(day_headings(article.states, article.days))
            forum = _is_forum([*doc.declared.get("title", [])[:1], texts[0]])
            self._read_fields(texts, numbers, article, head, inside, tail, found, labels, others, links, forum)
            # The title it first ran under, at the article's top (a portal's first paragraph) or
            # under it: read before the headline, which it may repeat in part and is never.
            _read_original_title(texts, numbers, [*head, *inside[:LEAD_LINES], *range(last + 1, len(texts))],
                                 found, labels)
            self._read_title(texts, numbers, doc, range(0, first), head, found, labels, links)
            self._read_tail(texts, numbers, last, found, labels)
            self._read_lead(texts, numbers, inside, found)
        _read_days_first(texts, numbers, found)
        self._read_declared(doc.declared, found, doc.url)
        if span is not None and span[0] < len(texts) and not found.meta["published_at"]:
            # Last, the date a lead opens with (`【看中国2005年07月03日报道】…`, `2005年5月7日，…`).
            found.set("published_at", lead_date(texts[span[0]]), f"line {numbers[span[0]]}")
        if span is not None and not found.meta["published_at"]:
            headline = min((i for i, (kind, _) in labels.items() if kind == "title"), default=None)
            _read_under_headline(texts, numbers, headline, span[0], found)
        if not found.meta["authors"]:
            self._read_owner(texts, numbers, doc.declared, span, found)
        if not found.meta["authors"] and (source := found.meta["source"]):
            # A small site's form may put its writer's name where the outlet goes (`来源：张伟`, below
            # the dateline's `江城日报`): a second source, a person's name and no outlet's, is the author.
            for value, where in found.sources:
                if value not in source and source not in value and person_not_outlet(value):
                    found.add("authors", [value], f"{where} (a person named as a second source)")
                    break
        if not found.meta["authors"] and found.posters:
            found.add("authors", [found.posters[0][0]], f"{found.posters[0][1]} (a forum's poster beside the date)")
        if not found.meta["authors"] and found.photographers:
            # A page that credits only its photographs (a gallery) is theirs.
            names, where = found.photographers[0]
            found.add("authors", names, f"{where} (a photograph's credit)")
        if texts is not originals:
            _to_page_script(doc.meta, texts, originals)
        if doc.meta["title"]:
            repeats = [originals[i] for i, (kind, _) in labels.items() if kind == "title_duplicate"]
            title = drop_space_by_punct(drop_layout_spaces(lost_space(doc.meta["title"]), repeats))
            title = MEDIA_MARK.sub("", title) or title
            doc.meta["title"] = _TITLE_LABEL.sub("", title, count=1) or title
        doc.meta["found_in"] = found.found_in
        article.labels.update(labels)
        return doc

    @staticmethod
    def _read_fields(texts, numbers, article: Article, head, inside, tail, found: _Found, labels,
                     others: set[int] = frozenset(), links: set[int] = frozenset(), forum: bool = False) -> None:
        """Datelines, bylines, editor and source lines near the article (and credits inside it):
        lines labelled, values read zone by zone — the head first (its lines merged), then credits
        inside the article, then the tail, each only where the zones before gave nothing. The date
        nearest the article's start wins."""
        first = inside.start
        for indices in (head, inside, tail):
            dates: list[tuple[float, str, str]] = []
            read = _Found({"authors": [], "editors": [], "source": None})
            loose = _Found({"authors": [], "editors": [], "source": None})  # from lines with more in them
            for i in indices:
                if i in others:
                    continue
                line = texts[i]
                metadata = is_metadata_line(line)
                # Nor does a sentence, whose date is the news's (`据统计，2005年5月7日以来，…`); a
                # line the author's label opens is a credit, a note on the writer after it or not
                # (`本文作者：张三，江城大学教授。`).
                if not metadata and (len(line) > BYLINE_MAX or is_prose(line) and not _AUTHOR_LABEL_OPENS.match(line)):
                    continue
                fields = read_fields(line)
                if i in links and not fields.explicit:
                    continue  # a link's words with a role's in them (a forum's board `记者江湖`) credit nobody
                where = f"line {numbers[i]}"
                distance = abs(first - i)
                if (fields.date and not metadata and not fields.labelled and indices is not tail
                        and chrome_kind(fields.rest) in _BESIDE_DATE):
                    # A date among a widget's or a menu's words (`首页 > 新闻 > 本地 2005-05-07`,
                    # `[ 2005-05-07 ] 分享到：微博 微信`) dates the page, below any dateline.
                    dates.append((0.5 - distance / 10, fields.date, where))
                    continue
                # A line with more than its fields gives them only when they are labelled (a
                # forum's `〓 版块 发布时间 … by duscha 〓`), and is not taken out.
                if not fields.found or (not metadata and not fields.labelled):
                    continue
                if fields.date:
                    # An update's date only where the zone gives no publication's.
                    dates.append(((3.0 if metadata else 1.0) + (1.0 if fields.labelled else 0.0) - distance / 10
                                  - (10.0 if fields.modified else 0.0), fields.date, where))
                into = read if metadata else loose
                # Inside the article, names from such a line only where a label sets them apart:
                # a line of prose the layout broke may hold a role word and a name (`美国记者史密斯在他…`).
                if metadata or ((fields.explicit or indices is not inside) and not (
                        loose.meta["authors"] or loose.meta["editors"] or loose.meta["source"])):
                    # Below the article, a word beside a date names an outlet only in an outlet's
                    # shape: the next post's title stands beside its date too (`澳坛真的累了 2005-06-13`);
                    # anywhere on a forum's page, where the poster's name stands beside it
                    # (`2003-5-29 09:07 高山流水`).
                    source = fields.source if fields.labelled or (indices is not tail and not forum) or _outlet_word(
                        fields.source or "") else None
                    if forum and fields.source and not source and indices is not tail:
                        found.posters.append((fields.source, where))
                    into.set("source", source, where)
                    if source:
                        found.sources.append((source, where))
                    into.add("authors", fields.authors, where)
                    into.add("editors", fields.editors, where)
                    if fields.photographers:
                        found.photographers.append((fields.photographers, where))
                if metadata:
                    labels[i] = (_kind_of(line), "metadata line (labelled fields)" if fields.labelled else
                                 "metadata line")
            if dates:
                _, date, where = max(dates)
                found.set("published_at", date, where)
            for name in ("source", "authors", "editors"):
                for gathered in (read, loose):
                    if gathered.meta[name] and not found.meta[name]:
                        found.set(name, gathered.meta[name], gathered.found_in[name])

    def _read_title(self, texts, numbers, doc: Document, whole_head, head, found: _Found, labels,
                    links: set[int] = frozenset()) -> None:
        """The headline: the head line the page's headings and <title> repeat, or the one just
        above the dateline and the article; its repeats are labelled."""
        declared = doc.declared
        page_title = (declared.get("title") or [None])[0]
        shown = {headline_key(t) for t in texts} if page_title and declared.get("h1") else set()
        logos = {headline_key(h) for h in declared.get("h1", [])
                 if page_title and (_logo_heading(h, page_title) or _section_heading(h, page_title, shown))}
        logos |= {headline_key(h) for h in declared.get("h1:logo", [])}
        headings = [v for key in DECLARED_TITLES for v in declared.get(key, [])
                    if key != "h1" or headline_key(v) not in logos]
        # The line that is the page's <title> (the markup's first line; a text dump's first line
        # where it has the shape) is no candidate: its headline is its core.
        title_line = next((i for i in whole_head if (b := doc.blocks.get(numbers[i])) is not None and b.tag == "title"),
                          None)
        if page_title is None and whole_head and whole_head.start == 0 and texts and _looks_like_page_title(texts[0]):
            page_title = texts[0]
            title_line = 0 if title_core(page_title, headings) != page_title.strip() else None
        elif page_title is None and len(whole_head) > 1 and whole_head.start == 0 and cjk_count(texts[0]) >= 6 and (
                could_be_headline(texts[0]) and headline_key(texts[0]) in {
                    headline_key(texts[i]) for i in whole_head[max(1, whole_head.stop - _REPEAT_NEAR):]}):
            # A text page's first line that a line just above the article repeats is its <title>,
            # the headline alone: the repeat is the headline the page shows (a banner's words,
            # repeated at the top, are not).
            page_title, title_line = texts[0], 0
        core = title_core(page_title, headings) if page_title else None
        if core and core == page_title.strip() and _SPACED_SEPARATOR.sub("", core):
            # A title whose other segments are too long for names (`金锺国 - 维基百科，自由的百科全书`):
            # its headline is its first or longest segment where a line of the page repeats it.
            parts = [p for p in _SPACED_SEPARATOR.split(core) if p]  # a bare hyphen may be the headline's
            lines = {headline_key(texts[i]) for i in whole_head if i not in (0, title_line) and i not in links}
            core = next((p for p in dict.fromkeys([parts[0], max(parts, key=len)]) if len(parts) >= 2
                         and headline_key(p) in lines), core)
            if title_line is None and core != page_title.strip() and texts[0] == page_title:
                title_line = 0  # a text dump's first line: the title, not the headline
        wanted = {headline_key(h) for h in [*headings, core] if h}
        anchor = next((i for i in head if labels.get(i, ("",))[0] in ("dateline", "byline")), head.stop)
        scored: list[tuple[float, int]] = []
        # The decoder may take a headline that reads as a sentence into the article: the
        # article's first lines are candidates too, when the page's headings repeat them.
        opening = range(whole_head.stop, min(len(texts), whole_head.stop + 2))
        for i in [*whole_head, *opening]:
            line = texts[i]
            if i in opening and headline_key(line) not in wanted:
                continue
            if i not in labels and _SITE_LINE.match(line) and not found.meta["site"]:
                found.set("site", line, f"line {numbers[i]}")
                labels[i] = ("site", "site name line")
            # A blog's post title may carry its time (`标题 2005-06-14 03:25`): the headline is the rest.
            key = headline_key(_dated_headline(line)[0] or line)
            # A line the page's own headings repeat may read as a sentence (a headline ending
            # with `？`): that alone does not rule it out.
            declared_match = key in wanted
            # A link among links (a menu's item, a cell of a table of them) is no headline.
            menu_item = i in links and (i - 1 in links or i + 1 in links)
            if i in labels or i == title_line or menu_item or key in logos or not (could_be_headline(line) or (
                    declared_match and could_be_headline(line, declared=True))):
                continue
            score = 0.0
            if declared_match:
                score += 4.0
            elif core and key and headline_key(core).startswith(key) and len(key) >= 4:
                score += 1.0
            block = doc.blocks.get(numbers[i])
            if block is not None and block.tag in ("h1", "h2"):
                score += 2.0
            if i in head or i in opening:
                score += 1.0 + (1.0 if anchor - 3 <= i < anchor else 0.0) - abs(head.stop - i) / 20
            if score > 0:
                scored.append((score, i))
        best = max(scored)[1] if scored else None
        if best is not None:
            # A head line holding all of the best one and more is the full headline, the best a
            # part of it set on a line of its own (a subtitle above, the title below).
            key = headline_key(texts[best])
            best = next((i for _, i in sorted(scored) if _contains(headline_key(texts[i]), key)), best)
            title, posted = _dated_headline(texts[best])
            if title:
                found.set("published_at", posted, f"line {numbers[best]}")
            title = title or texts[best]
            if core and page_title and headline_key(title) == headline_key(page_title):
                title = core  # the <title> again (a text dump's second copy of it): its headline is its core
            # A headline set over two lines, its subtitle after a dash (`——热烈祝贺…`) or its
            # second half after a line break of the heading, as the page's <title> and headings
            # give it whole.
            after = best + 1
            dash = after < len(texts) and texts[after].startswith(("——", "—", "--"))
            if (after < len(texts) and after not in labels and headline_key(title + texts[after]) in wanted
                    and (dash or could_be_headline(texts[after], declared=True))):
                title += texts[after] if dash else " " + texts[after]
                labels[after] = ("title", "headline, its second line")
            found.set("title", title, f"line {numbers[best]}")
            labels[best] = ("title", "headline")
            # A line of names and nothing else right under the headline is its byline; so is a
            # name the headline opens with (`茉莉：我是怎样…`, a commentary's), set on its own line.
            for i in range(best + 1, min(len(texts), best + 1 + _BYLINE_BELOW)):
                line = texts[i].strip()
                # Farther down only past the head's datelines and source lines (an outlet's name alone too).
                below_fields = all(labels.get(j, ("",))[0] in ("dateline", "source") or _outlet_word(texts[j])
                                   for j in range(best + 1, i))
                people = (bare_names(line) if i <= best + 2 or below_fields else []) or (
                    [line] if _NAME_OPENS.fullmatch(line) and title.startswith((line + "：", line + ":")) else [])
                outlet = None
                parts = line.split()
                if i <= best + 2 and len(parts) >= 2 and _outlet_word(parts[0]) and (
                        named := bare_names(" ".join(parts[1:]))):
                    # Or the outlet first, then the names (`江城日报 张三 李四`).
                    people, outlet = named, parts[0].strip("《》")
                # (Three words set apart by spaces have a menu's shape: with an outlet first, real
                # names after it make them a byline.)
                if i not in labels and people and (outlet or chrome_kind(line) is None):
                    found.add("authors", people, f"line {numbers[i]}")
                    found.set("source", outlet, f"line {numbers[i]}")
                    labels[i] = ("byline", "names under the headline")
                    break
        elif headings:
            found.set("title", headings[0], "markup " + next(k for k in DECLARED_TITLES if declared.get(k)))
        elif core:
            found.set("title", core, "markup title" if declared.get("title") else f"line {numbers[0]}")
        title = found.meta["title"]
        if not title:
            return
        title_key = headline_key(title)
        for i in whole_head:
            if i in labels or is_prose(texts[i]):
                continue
            key = headline_key(texts[i])
            if len(key) >= 4 and (key in title_key or title_key in key or _overlaps(key, title_key)):
                labels[i] = ("title_duplicate", "repeats the headline")
                if key == title_key and texts[i].count("?") < found.meta["title"].count("?"):
                    found.meta["title"] = texts[i]
                elif title.startswith(texts[i]) and _is_site_suffix(title[len(texts[i]):], texts[i]):
                    found.meta["title"] = texts[i]
        # A widget set inside the heading (`<h1>标题<span>分享</span></h1>`) is no part of the
        # headline the <title> gives.
        title = found.meta["title"]
        if core and title != core and title.startswith(core) and chrome_kind(title[len(core):].strip()):
            found.meta["title"] = core

    @staticmethod
    def _read_tail(texts, numbers, last, found: _Found, labels) -> None:
        """The site from a copyright heading, a reprint's statement (its source), and a credit closing
        the last paragraph or a note on the author."""
        for i in range(last + 1, len(texts)):
            site = _COPYRIGHT_SITE.match(texts[i])
            if site:
                found.set("site", site["site"], f"line {numbers[i]}")
            if i <= last + _REPRINT_BELOW and not found.meta["source"] and _REPRINT_STATEMENT.match(texts[i]):
                # A reprint's statement under the article names its source, in a sentence
                # (`（本文来自澎湃新闻，更多原创资讯请下载…）`).
                found.set("source", read_fields(texts[i]).source, f"line {numbers[i]}")
        if 0 <= last < len(texts) and not found.meta["authors"]:
            tail = texts[last][-BYLINE_MAX:]
            tail = tail[_credit_start(tail):]
            fields = read_fields(tail)
            if fields.authors and is_metadata_line(tail):
                found.add("authors", fields.authors, f"line {numbers[last]}")
                found.set("source", fields.source, f"line {numbers[last]}")
            elif ((closing := _CLOSING_NAMES.search(texts[last][-BYLINE_MAX:])) is not None
                  and chrome_kind(closing["names"]) is None
                  and (people := bare_names(closing["names"]) or slot_names(closing["names"]))):
                # A reporter's name alone in brackets closing the article (`…的地方也多了。（张三）`).
                found.add("authors", people, f"line {numbers[last]}")
            elif (last + 1 < len(texts) and last + 1 not in labels and (own := _OWN_LINE_NAMES.fullmatch(
                    texts[last + 1])) is not None and chrome_kind(signed := own["names"] or own["signed"]) is None
                  and (people := bare_names(signed) or slot_names(signed))):
                # Or set on a line of its own under it (`（张三 李四）`), or signed after a dash (`——张三`).
                found.add("authors", people, f"line {numbers[last + 1]}")
                labels[last + 1] = ("byline", "names in brackets closing the article")
            elif (last + 2 < len(texts) and last + 1 not in labels and (people := bare_names(texts[last + 1]))
                  and _signed_day(texts[last + 2])
                  and not any(find_date(t) for t in texts[last + 3:last + 3 + _SIGNATURE_CLEAR])):
                # Or signed on a line of its own above the day it was written (`张三` / `2005年6月14日`):
                # alone, a name under the article may be a heading's (`相关阅读`'s shape), and
                # a name and a date again below are a comment section's (`老王` / `2023-03-15` / …).
                found.add("authors", people, f"line {numbers[last + 1]}")
                labels[last + 1] = ("byline", "a signature above the day of writing")
            else:
                # Or a note on the author under the article or closing it (`作者简介：张三，江城大学教授。`,
                # `（作者系江城大学教授）` under `张三`, `（张三，江城大学教授）`).
                for i in range(last, min(len(texts), last + 3)):
                    if people := (_author_note(texts[i]) or i == last and _author_note(
                            texts[i][_credit_start(texts[i]):])):
                        found.add("authors", people, f"line {numbers[i]} (a note on the author)")
                        break

    @staticmethod
    def _read_lead(texts, numbers, inside, found: _Found) -> None:
        """The credit the article's lead opens with (`新华社北京3月5日电（记者王立彬）…`), where no
        byline or credit around the article named the authors."""
        for i in inside[:LEAD_LINES]:
            fields = lead_credit(texts[i])
            if fields.authors and not found.meta["authors"]:
                found.add("authors", fields.authors, f"line {numbers[i]}")
                found.set("source", fields.source, f"line {numbers[i]}")
                return
        # Else the reporter the first sentence has as its subject (`记者张三从市园林局获悉，…`).
        for i in inside[:LEAD_LINES]:
            if (people := lead_reporter(texts[i])) and not found.meta["authors"]:
                found.add("authors", people, f"line {numbers[i]} (the lead's reporter)")
                return

    @staticmethod
    def _read_owner(texts, numbers, declared, span, found: _Found) -> None:
        """Where nothing else names an author: the owner a blog's <title> names (a text dump's
        first line standing for it), else a person who holds the copyright (`Copyright © 李建忠`)."""
        page_title = (declared.get("title") or [None])[0]
        where = "markup title"
        if page_title is None and texts and _looks_like_page_title(texts[0]):
            page_title, where = texts[0], f"line {numbers[0]}"
        if page_title:
            found.add("authors", blog_owner(page_title), where)
        # Or the blog's name as its own page sets it above the post (`张三的博客`): a real name, or a
        # user's name the page repeats (its links, its profile, its comments' replies).
        for i in range(span[0] if span is not None and not found.meta["authors"] else 0):
            if (own := _OWNED.match(texts[i])) and not own["column"] and (only_names(own["name"], strict=True) or sum(
                    own["name"] in t for t in texts) >= _OWNER_REPEATS):
                found.add("authors", only_names(own["name"], strict=False), f"line {numbers[i]} (the blog's name)")
                break
        for i in range(span[1] + 1 if span is not None else len(texts), len(texts)):
            if found.meta["authors"]:
                break
            found.add("authors", copyright_holder(texts[i]), f"line {numbers[i]}")

    @staticmethod
    def _read_declared(declared: dict[str, list[str]], found: _Found, url: str | None = None) -> None:
        """What the markup declares, where the lines gave nothing: the publication date first of
        all, then authors that are names, the outlet and the site."""
        for key in DECLARED_DATES:
            for value in declared.get(key, []):
                date = declared_date(value)
                if date:
                    text_date = found.meta.get("published_at")
                    if not text_date or text_date[:10] != date[:10] or len(text_date) < len(date):
                        # The page's own statement of its publication date is believed over a
                        # date read in its text; where both give the day, the text's time stays
                        # (where it gives one).
                        found.meta["published_at"] = None
                        found.set("published_at", date, f"markup {key}")
                    break
            else:
                continue
            break
        # A `<time>` element may be any time on the page (a comment's, a feed's), as a microdata
        # date may be a listed story's: only where nothing else gives the date, the first one
        # stands for it.
        for key in DECLARED_DATES_WEAK:
            for value in declared.get(key, []) if not found.meta.get("published_at") else ():
                found.set("published_at", declared_date(value), f"markup {key}")
                if found.meta.get("published_at"):
                    break
        # A site names itself as the author too (`<meta name="author" content="网易">` on a page
        # titled `…_网易新闻`).
        title_parts = [p for t in declared.get("title", [])[:1] for p in _TITLE_SEPARATOR.split(t) if p]
        sites = [v for key in DECLARED_SITES for v in declared.get(key, [])] + title_parts[1:]
        # Then the day the page's address files it under.
        addresses = [(url, "url")] if url else []
        addresses += [(u, f"markup {k}") for k in DECLARED_URLS for u in declared.get(k, [])]
        for address, where in addresses:
            if found.meta.get("published_at"):
                break
            found.set("published_at", url_date(address), where)
        # The byline the page shows its readers names the authors; a declared author (often the
        # account that put the page up, an editor's) only where the text names none.
        text_authors = bool(found.meta["authors"])
        for key in DECLARED_AUTHORS:
            for value in declared.get(key, []) if not text_authors else ():
                # Several authors set apart by commas (`张三,李四`); a publisher's name may hold one
                # too (`Wikimedia Foundation, Inc.`): each part is asked.
                for part in filter(None, (p.strip() for p in _AUTHOR_PARTS.split(value))):
                    if _ORGANISATION.search(part) or any(part in site or site in part for site in sites):
                        continue
                    found.add("authors", declared_people(part), f"markup {key}")
        if not found.meta["authors"]:
            for value in declared.get("element:author", []):
                found.add("authors", declared_people(value) or poster_name(value), "markup element:author")
            if found.meta["source"] in found.meta["authors"]:
                # A name beside the date, read as the outlet, is the author the markup marks.
                found.meta["source"] = None
                found.found_in.pop("source", None)
        for key in DECLARED_SOURCES:
            for value in declared.get(key, []):
                value = read_fields(value).source or value  # with its label (`来源：人民网`)
                if 2 <= len(value) <= 20 and value not in PLACEHOLDERS and not value.isdigit():
                    found.set("source", value, f"markup {key}")
        # A self-media platform marks the account that posts as the author: an outlet's name
        # there (`<div class="author-name">江城日报</div>`) is the source.
        for value in declared.get("element:author", []) if not found.meta["source"] else ():
            if _OUTLET_AUTHOR.fullmatch(value) and _outlet_word(value) and not any(
                    value in site or site in value for site in sites):
                found.set("source", value, "markup element:author")
        for key in DECLARED_SITES:
            for value in declared.get(key, []):
                found.set("site", value, f"markup {key}")
        if not found.meta["site"] and len(title_parts) >= 2 and _SITE_LINE.match(title_parts[-1]):
            found.set("site", title_parts[-1], "markup title")


def _read_under_headline(texts: list[str], numbers: list[int], headline: int | None, first: int,
                         found: _Found) -> None:
    """Where nothing else dates the page, the date of a line standing between its headline (the
    line read as it) and its article (`张伟 的博客 2012-03-15 10:20`): what a page sets there is
    about the article, while a date above the headline may be the day the page was served
    (`今天是2023年3月15日`)."""
    if headline is None:
        return
    for i in range(first - 1, headline, -1):
        line = texts[i]
        if len(line) <= BYLINE_MAX and not is_prose(line) and (date := parse_date(line)):
            found.set("published_at", date, f"line {numbers[i]}")
            return


def _read_days_first(texts: list[str], numbers: list[int], found: _Found) -> None:
    """A date read from a line of a page that writes its slashed dates day first, read so."""
    where = found.found_in.get("published_at", "")
    if not where.startswith("line ") or not days_first(texts):
        return
    line = texts[numbers.index(int(where[5:]))]
    if parse_date(line) == found.meta["published_at"]:  # the line's date is the one read
        found.meta["published_at"] = parse_date(line, day_first=True)


# A date a program wrote without separators: `20220213`, `202202131020`, `20220213102030`.
_COMPACT_DATE = re.compile(r"((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
                           r"(?:([01]\d|2[0-3])([0-5]\d)(?:[0-5]\d)?)?")


def declared_date(value: str) -> str | None:
    """A date the markup declares, in any form a dateline has or written without separators
    (a markup value is all date; a line of text is not read so)."""
    date = parse_date(value)
    if date is None and (m := _COMPACT_DATE.fullmatch(value.strip())):
        date = f"{m[1]}-{m[2]}-{m[3]}" + (f"T{m[4]}:{m[5]}" if m[4] else "")
    return date


def declared_people(value: str) -> list[str]:
    """The names a declared author's value gives: with its label (`作者：张三`), or as names
    alone (`张三`, `本报记者 张三`), nothing where anything else is left. One word in Latin
    letters is an account's (`admin`, `webmaster`, a CMS's `dedecms`), no byline's: a name in
    Latin letters is its capitalised words (`John Smith`)."""
    labelled = read_fields(value).authors
    if labelled:
        return list(labelled)
    found = only_names(value, strict=False)
    return [name for name in found if has_cjk(name, 1) or " " in name]


_OUTLET_AUTHOR = re.compile(r"[\u4e00-\u9fff]{2,12}")
# A user's name as forums and blogs show it: one word of letters, digits and Chinese (`风之谷的猫`, `小猪88`).
_POSTER = re.compile(r"[\w\u4e00-\u9fff·.\-]{2,16}")


def poster_name(value: str) -> list[str]:
    """The name an element the markup marks as its author's holds when it is one word that no
    name reading takes (a user's chosen name), not a number, an outlet or a placeholder."""
    value = value.strip()
    if (not _POSTER.fullmatch(value) or value.isdigit() or value in PLACEHOLDERS or _ORGANISATION.search(value)
            or _SITE_LINE.match(value) or value.endswith(OUTLET_SUFFIXES) or find_date(value)):
        return []
    return [value]


# A blog's <title> names its owner: `标题 - 张三的博客` (or with its host's brand, `张三的QQ空间`,
# `张三的新浪博客`), `标题 - 李四的专栏 - CSDN博客`, or as the
# segment before the blog host's name: `标题_张三_新浪博客`, `标题 - 王五 - 博客园`.
_OWNED = re.compile(r"^(?P<name>.{2,20}?)\s*(?:的\s*(?:[A-Za-z]{1,6}|[\u4e00-\u9fff]{2})?\s*"
                    r"(?:博客|BLOG|Blog|blog|专栏|个人空间|空间|日志|部落格|博文|个人主页|主页|文章|随笔)"
                    r"|(?P<column>的?\s*(?:专栏|文集)))$")  # (without 的 a real name only: `张伟专栏`, not `财经专栏`)
_BLOG_HOST = re.compile(r"(?:博客|博客园|BLOG|Blog|blog|部落格|博报|空间|简书)$|^博客")  # (`博客大巴`, `百度空间`)


_OWNER_REPEATS = 3


def blog_owner(title: str) -> list[str]:
    """The owner a blog page's <title> names, as a poster's name (nothing for other titles).

    >>> blog_owner("笔记_海姑娘_新浪博客"), blog_owner("笔记 - 李四的专栏 - CSDN博客"), blog_owner("新闻_网易新闻")
    (['海姑娘'], ['李四'], [])
    """
    parts = [p for p in _TITLE_SEPARATOR.split(title.strip()) if p]
    # The blog's own page names its owner first (`张三的日志 - 网易博客`, `张三的新浪博客`); a post's
    # title comes before.
    first = 0 if len(parts) <= 2 and (m := _OWNED.match(parts[0] if parts else "")) and not m["column"] else 1
    for k, part in enumerate(parts[first:], first):
        owned = _OWNED.match(part)
        hosted = k + 1 < len(parts) and _BLOG_HOST.search(parts[k + 1])
        candidate = owned["name"] if owned else parts[k] if hosted else None
        if candidate and not (_SITE_LINE.match(candidate) or _ORGANISATION.search(candidate)
                              or candidate.endswith(("首页", "栏目", "博客", "论坛", "社区"))):
            return only_names(candidate, strict=bool(owned and owned["column"] and "的" not in owned["column"]))
    return []


_COPYRIGHT_HOLDER = re.compile(r"(?:copyright|©|\([cC]\)|版权所有)\s*(?:©|\([cC]\))?\s*"
                               r"(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*"
                               r"(?P<holder>[\u4e00-\u9fff·]{2,8})(?=$|[\s,，.。])", re.IGNORECASE)


def copyright_holder(line: str) -> list[str]:
    """The person a copyright line names as its holder (`Copyright © 李建忠`), not an outlet or a
    company (`版权所有 新浪网`).

    >>> copyright_holder("Copyright © 2005 李建忠"), copyright_holder("版权所有 新浪网")
    (['李建忠'], [])
    """
    lower = line.lower()
    if "©" not in line and "版权所有" not in line and "copyright" not in lower and "(c)" not in lower:
        return []
    m = _COPYRIGHT_HOLDER.search(line)
    return bare_names(m["holder"]) if m else []


def _dated_headline(line: str) -> tuple[str | None, str | None]:
    """A headline with its date after it (`标题 2005-06-14 03:25:55`): the headline and the date,
    else (None, None)."""
    m = find_date(line) if _DIGIT_END.search(line) else None
    if m is None or line[m.end():].strip(" )）]】") or m.start() < _DATED_HEADLINE_MIN:
        return None, None
    headline = line[:m.start()].strip(" \t|｜-—[【(（")
    # (The line is asked, not the headline alone: `湘菜粤菜 兵分两路 (图)` has a menu's shape.)
    return (headline, parse_date(line[m.start():])) if could_be_headline(line) and has_cjk(headline, 4) else (
        None, None)


_DIGIT_END = re.compile(r"\d\W{0,2}$")
_DATED_HEADLINE_MIN = 4


def _looks_like_page_title(line: str) -> bool:
    # Short first: the separator pattern is slow to try along a paragraph. A title of three
    # segments has a menu's shape (`标题 - 海姑娘的日志 - 网易博客`): its headline is asked too.
    if len(line) > _PAGE_TITLE_MAX or (len(_TITLE_SEPARATOR.split(line)) < 2 and _without_marked_site(line) == line):
        return False
    return could_be_headline(line) or ((core := title_core(line)) != line.strip() and could_be_headline(core))


_PAGE_TITLE_MAX = 120


# Names in brackets: closing the last sentence of the article, or on a line of their own, where a
# dash or a bullet may set them apart instead (`——张三`, `■张三`).
_BRACKETS = "（()）【】〔〕[]［］"
_BRACKETED_NAMES = rf"\s*[（(【〔\[［](?P<names>[^{re.escape(_BRACKETS)}]{{2,12}})[）)】〕\]］]\s*"
_CLOSING_NAMES = re.compile(rf"(?<=[。！？!?”]){_BRACKETED_NAMES}$")
_OWN_LINE_NAMES = re.compile(rf"{_BRACKETED_NAMES}|\s*(?:——|――|--|[■□●◎◆◇])\s*"
                             rf"(?P<signed>[^—―\-{re.escape(_BRACKETS)}]{{2,12}}?)\s*")
_REPRINT_STATEMENT = re.compile(rf"^[（(【\[]?\s*(?:本文|文章)(?:来自|{'|'.join(REPRINT_LABELS)})")
_REPRINT_BELOW = 3
# How far below a signature no name and date may come again (else they are a comment section's).
_SIGNATURE_CLEAR = 6


def _signed_day(line: str) -> bool:
    """The line holds a date and nothing else (`2005年6月14日`, `2005.6.14于江城`)."""
    fields = read_fields(line)
    return bool(fields.date and not fields.rest and not fields.authors and not fields.source and not fields.editors)


_AUTHOR_LABEL_OPENS = re.compile(r"^\s*[（(]?\s*(?:本文|文章)?(?:作者|撰稿人?|撰文|执笔人?)\s*[:：]")
_AUTHOR_BIO = re.compile(r"[（(【\[]?作者简介\s*[:：】\]]\s*(?P<name>[\u4e00-\u9fff·]{2,6}?)\s*[，,。（(、]")
# A note in brackets saying who the author is: `作者系…`, `作者张三系…`, `张三 作者系…`, `作者为…教授张三`,
# or a name and what the person is (`张三，江城大学教授`).
_IS = r"(?:系|为|是|现为|现任)"
_NOTE_NAME = r"(?P<name>[\u4e00-\u9fff·]{2,4}?)"
_AUTHOR_NOTES = (re.compile(rf"^作者{_NOTE_NAME}{_IS}(?P<what>.{{2,40}})$"),
                 re.compile(rf"^{_NOTE_NAME}\s*[，,、\s]\s*(?:作者{_IS}?|{_IS})?(?P<what>.{{2,40}})$"),
                 re.compile(rf"^作者{_IS}(?P<what>.{{0,40}}(?:{alternation(PERSON_TITLES)}))\s*{_NOTE_NAME}$"))
_NOTE_BRACKETS = re.compile(r"^\s*[（(](?P<note>[^（()）]{4,50})[）)]\s*$")


def _author_note(line: str) -> list[str]:
    """The author a note under or closing the article names, where it says what the person is (an
    institution's name or a title in it)."""
    if (bio := _AUTHOR_BIO.match(line)) is not None:
        return bare_names(bio["name"])
    if (bracketed := _NOTE_BRACKETS.match(line)) is None:
        return []
    note = bracketed["note"].strip().rstrip("。.")
    for pattern in _AUTHOR_NOTES:
        if ((m := pattern.match(note)) is not None and not is_prose(m["what"])
                and any(w in m["what"] for w in (*INSTITUTION_SUFFIXES, *PERSON_TITLES))):
            return bare_names(m["name"])
    return []


def _credit_start(tail: str) -> int:
    """Where a credit closing a paragraph begins: after its last sentence end."""
    ends = [m.end() for m in re.finditer(r"[。！？!?]", tail)]
    return ends[-1] if ends else 0


# A section's name over the article is short (`新闻中心`, `本地要闻`).
_SECTION_MAX = 8
_TITLE_HEADLINE_MIN = 8


def _section_heading(heading: str, page_title: str, shown: set[str]) -> bool:
    """An `<h1>` that holds a section's name, not the headline: short, sharing hardly a character
    with the headline the <title> gives, which the page shows on a line of its own (so the
    <title> is this page's, no site-wide one)."""
    key, core = headline_key(heading), headline_key(title_core(page_title))
    return (0 < cjk_count(key) <= _SECTION_MAX and cjk_count(core) >= _TITLE_HEADLINE_MIN and core in shown
            and len(set(key) & set(core)) * 2 < len(set(key)))


def _logo_heading(heading: str, page_title: str) -> bool:
    """An `<h1>` that holds the site's logo or a channel's name, not the headline: the name a
    <title> adds after its headline (`标题_江城网` beside `<h1>江城网</h1>`)."""
    key = headline_key(heading)
    parts = [headline_key(p) for p in _TITLE_SEPARATOR.split(page_title) if p.strip()]
    return len(parts) >= 2 and key in parts[1:] and key != parts[0]


def _contains(a: str, b: str) -> bool:
    """`a` holds all of `b` and more: a full headline beside a part of it."""
    return len(a) > len(b) >= 4 and b in a


def _is_site_suffix(rest: str, headline: str) -> bool:
    """`rest` is what a <title> adds to `headline`: separators, then names (`_are_names`)."""
    parts = [p for p in _TITLE_SEPARATOR.split(rest) if p]
    return bool(parts) and _TITLE_SEPARATOR.match(rest) is not None and _are_names(parts, headline)


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


_QUESTION_FOR_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\?(?=[\u4e00-\u9fff])")


def lost_space(title: str) -> str:
    """A `?` between two Chinese characters of a headline is the space between its segments,
    lost in a GBK round trip (docs/damage.md): headlines separate clauses with spaces, and
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

