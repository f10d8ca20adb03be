"""HTML: a whole page becomes one line a block, with what the markup says about each line and what
the page declares about itself; stray tags and entities in text go."""
from __future__ import annotations

import html
import json
import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from newsclean.document import LONE_SURROGATE, Block, Document
from newsclean.text import alternation, cjk_count
from newsclean.vocabulary import (
    CHROME_DOM_KINDS,
    DECLARED_AUTHORS,
    DECLARED_DATES,
    DECLARED_SITES,
    DECLARED_SOURCES,
    DECLARED_TITLES,
    DECLARED_URLS,
    FIELD_LABELS,
    LABEL_WORDS,
    OTHER_DATE_NAME,
    PUBLISHED_NAME,
    dom_kind,
    names_author,
    names_headline,
)

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>\n]{0,500})?/?>")
_BREAK = re.compile(r"<(?:br|BR|Br)\s*/?>|</(?:p|P|div|DIV|li|LI|h[1-6]|H[1-6])>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
# A real page, not text with a few leftover tags: a document skeleton or many block tags.
_PAGE = re.compile(r"<(?:html|body|head)\b|<!DOCTYPE", re.IGNORECASE)
# Elements that start and end a line, as a browser lays them out.
BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "section",
                     "article", "header", "footer", "aside", "nav", "main", "table", "ul", "ol", "dl", "dd", "dt",
                     "blockquote", "pre", "form", "fieldset", "figure", "figcaption", "center", "address", "hr",
                     "caption", "option", "button", "select", "textarea", "title", "body"})
DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas")
_SCRIPT_OPEN = re.compile(r"<(script|style)\b", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Prose a container must hold to count toward the page's main container (a menu item does not).
_MAIN_MIN_CJK = 20


def drop_scripts(text: str) -> str:
    """Removes <script> and <style> elements in one forward scan; an unclosed one stays."""
    lower, out, i = text.lower(), [], 0
    while m := _SCRIPT_OPEN.search(text, i):
        close = lower.find("</" + m[1].lower(), m.end())
        end = lower.find(">", close) if close >= 0 else -1
        if end < 0:
            break
        out.append(text[i:m.start()])
        i = end + 1
    return "".join(out) + text[i:]


def looks_like_html_page(text: str) -> bool:
    return bool(_PAGE.search(text[:5000])) or len(_TAG.findall(text[:20000])) > 20


# libxml2 (2.14) silently drops whatever follows `</html>`; browsers and html.parser keep it
# (scraped pages carry text there: a second template, an injected block). Without the end
# tag the parser takes it into the body.
_HTML_END = re.compile(r"</[hH][tT][mM][lL]\s*>")


class UnparsableHtml(ValueError):
    """lxml could not give the whole page: `flag` says why (html_unparsable: no document
    in it; html_too_deep: elements nested past libxml2's limit of 2,048, below which it
    drops the rest of the page)."""

    def __init__(self, message: str, flag: str):
        super().__init__(message)
        self.flag = flag


def parse_html(markup: str):
    """The page's element tree (lxml). The page goes in as UTF-8 bytes with the encoding given,
    so neither an XML declaration nor a `<meta charset>` can redirect the decoding done already.
    A lone surrogate, like a NUL (as the HTML standard has it), becomes U+FFFD, which
    `Result.quality` counts."""
    from lxml import etree

    # etree's parser, not lxml.html's: its elements need no Python class lookup (a tenth of
    # the walk's time).
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
                                  huge_tree=True)
    markup = _HTML_END.sub("", markup)
    try:
        data = markup.encode("utf-8")
    except UnicodeEncodeError:
        data = LONE_SURROGATE.sub("\ufffd", markup).encode("utf-8")
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError) as exc:
        raise UnparsableHtml(str(exc), "html_unparsable") from exc
    if root is None:
        raise UnparsableHtml("no document in the page", "html_unparsable")
    for error in parser.error_log:
        if error.level == etree.ErrorLevels.FATAL:  # it stopped there: the rest is not in the tree
            limit = error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT
            raise UnparsableHtml(error.message, "html_too_deep" if limit else "html_unparsable")
    return root


# ---- data a script renders ---------------------------------------------------------------------

# A page that its script lays out may keep the article's data in `<textarea>` elements (环球网:
# `<textarea class="article-content">` holds the article's HTML, `article-time` its time in
# milliseconds, `article-source-name` the outlet): the content is read as the page's HTML where
# it holds markup (a form's field holds none), the rest as declared.
_DATA_CONTENT_MIN = 40
_DATA_MARKUP = re.compile(r"<(?:p|br|div|img|span|strong|section|h[1-6])\b", re.IGNORECASE)
_DATA_EPOCH = re.compile(r"\s*(?P<epoch>1\d{9})(?:\d{3})?\s*")
_DATA_NAME = re.compile(r"(?P<date>time|date)|(?P<source>source|src)|(?P<author>author)|(?P<title>title)",
                        re.IGNORECASE)


def expand_data(root) -> dict[str, list[str]]:
    """Each `<textarea>` of a script's data read in place: HTML content parsed into the tree,
    a time, an outlet, an author or the headline returned as declared (`script:published`,
    `source`, `element:author`, `data:title`)."""

    declared: dict[str, list[str]] = {}
    for area in list(root.iter("textarea")):
        value = area.text or ""
        if len(value) >= _DATA_CONTENT_MIN and _DATA_MARKUP.search(value):
            try:
                parsed = parse_html(f"<div>{value}</div>")
            except UnparsableHtml:
                continue
            content = parsed.find(".//div")
            if content is None:
                continue
            content.set("class", area.get("class") or "content")
            content.tail = area.tail
            area.getparent().replace(area, content)
            continue
        # The rest is data the page does not show as it stands (or a form's field): it goes.
        named = _DATA_NAME.search(f"{area.get('class') or ''} {area.get('id') or ''}")
        if named is not None and value.strip() and len(value) <= _AUTHOR_MAX:
            if named["date"] and (m := _DATA_EPOCH.fullmatch(value)):
                declared.setdefault("script:published", []).append(_script_date(m))
            elif named["source"] and not named["date"]:
                declared.setdefault("source", []).append(" ".join(value.split()))
            elif named["author"]:
                declared.setdefault("element:author", []).append(" ".join(value.split()))
            elif named["title"]:
                declared.setdefault("data:title", []).append(" ".join(value.split()))
        _drop_keeping_tail(area)
    return declared


def _drop_keeping_tail(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


# ---- what the page declares about itself ----------------------------------------------------

# What of the markup's declarations to keep: the `<meta>` names and properties and the JSON-LD keys
# the metadata stage reads (`vocabulary.DECLARED_*`).
_DECLARED = (*DECLARED_DATES, *DECLARED_TITLES, *DECLARED_AUTHORS, *DECLARED_SOURCES, *DECLARED_SITES, *DECLARED_URLS)
_DECLARED_META = frozenset(key for key in _DECLARED if not key.startswith("ld:") and key != "h1")
_LD_KEYS = tuple(dict.fromkeys(key[3:] for key in _DECLARED if key.startswith("ld:")))


# Other names pages give their author's `<meta>` (`og:article:author`, `weibo:article:author`,
# `contentAuthor`, `writer`, a byline's `byl`).
_AUTHOR_NAME = re.compile(r"author$|^writer$|^byl$")
# And their outlet's (`og:article:source`, `weibo:article:source`).
_SOURCE_NAME = re.compile(r"[:._\s]source$")


# A site's logo set in an `<h1>`: marked so (`class="logo"`, on it or its parent), or its one link
# going to the site's front page (`<h1><a href="/">江城网</a></h1>`).
_LOGO_MARK = re.compile(r"logo", re.IGNORECASE)
_FRONT_PAGE = re.compile(r"^(?:(?:https?:)?//[^/?#]+)?/?(?:index\.s?html?|index\.php)?$", re.IGNORECASE)


def _is_logo(h1) -> bool:
    parent = h1.getparent()
    if any(_LOGO_MARK.search(f"{el.get('class') or ''} {el.get('id') or ''}")
           for el in (h1, parent) if el is not None):
        return True
    links = h1.findall(".//a")
    text = "".join(h1.itertext()).strip()
    return (len(links) == 1 and "".join(links[0].itertext()).strip() == text
            and _FRONT_PAGE.match((links[0].get("href") or "").strip()) is not None)


def read_declared(root, microdata: bool = True, account: bool = True) -> dict[str, list[str]]:
    """What the page says of itself in its markup: `<title>`, the `<meta>` names above, JSON-LD
    objects (`ld:headline`, `ld:datePublished`, `ld:author` …), `<time datetime>` and the `<h1>`
    headings, each key with its values in page order."""
    out: dict[str, list[str]] = {}

    def add(key: str, value: str | None) -> None:
        value = " ".join((value or "").split())
        if value:
            out.setdefault(key, []).append(value)

    title = root.find(".//title")
    if title is not None:
        add("title", "".join(title.itertext()))
    for meta in root.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if name in _DECLARED_META:
            add(name, meta.get("content"))
        elif name and PUBLISHED_NAME.search(name) and not OTHER_DATE_NAME.search(name):
            add("meta:published", meta.get("content"))
        elif name and _AUTHOR_NAME.search(name):
            add("meta:author", meta.get("content"))
        elif name and _SOURCE_NAME.search(name):
            add("meta:source", meta.get("content"))
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            add("canonical", link.get("href"))
    # Microdata: an element of the page's own marked as its publication date (looked for only on
    # pages whose markup names it).
    for el in root.xpath("//*[@itemprop='datePublished']") if microdata else ():
        add("itemprop:datePublished", el.get("content") or el.get("datetime") or "".join(el.itertext()))
    for script in root.iter("script"):
        if not script.text:
            continue
        if (script.get("type") or "").strip().lower() == "application/ld+json":
            for obj in _ld_objects(script.text):
                for key in _LD_KEYS:
                    for value in _ld_values(obj.get(key), people=key == "author"):
                        add(f"ld:{key}", value)
        elif any(hint in script.text for hint in _SCRIPT_HINTS):
            # Portals set the article's data in a script's object (`pubtime: "2022-02-13 10:20"`).
            for m in _SCRIPT_PUBLISHED.finditer(script.text):
                add("script:published", _script_date(m))
            # The same object names the article's author and outlet (`"author": "张伟"`,
            # `"source": "江城日报"`): the first of each, an outlet in Chinese (`"source": "pc"` is
            # none; a bare `media` is as often a widget's words, `"media": "这里有多媒体内容"`).
            for key, pattern in (("script:author", _SCRIPT_AUTHOR), ("script:source", _SCRIPT_SOURCE)):
                value = next((v for m in pattern.finditer(script.text) if (v := _script_string(m["value"]))
                              and (key == "script:author" or cjk_count(v) >= 2)), None)
                if value:
                    add(key, value)
        elif "__biz" in script.text or "var biz" in script.text:
            # A WeChat article's page fills its visible date in by script, from the seconds it
            # names `ct` (`var ct = "1647310800"`), beside the account's `biz`.
            for m in _WECHAT_TIME.finditer(script.text):
                add("script:published", _script_date(m))
    for time in root.iter("time"):
        add("time", time.get("datetime") or time.get("pubdate") or "".join(time.itertext()))
    for h1 in root.iter("h1"):
        add("h1:logo" if _is_logo(h1) else "h1", "".join(h1.itertext()))
    # A WeChat article's account, which publishes it: its source (looked for where the markup names it).
    for el in root.xpath("//*[@id='js_name']") if account else ():
        add("account", "".join(el.itertext()))
    return out


# A script's key for the article's publication time, and its value: a quoted date. (`newsTime`:
# the field a news CMS names its article's time by, 帝国CMS's `newstime`, ifeng's `newsTime`.)
# (It opens with the key's letters, so that the engine skips along a long script to them; a
# script is searched only where it holds one of the hints.)
_SCRIPT_HINTS = ("pubtime", "pubTime", "pub_time", "pubdate", "pubDate", "pub_date", "publish", "Publish", "datePub",
                 "ptime", "newsTime", "newstime", "news_time")
# Or the seconds (milliseconds) since 1970 (`"publish_time": 1644718830`), as a number.
_SCRIPT_PUBLISHED = re.compile(
    r"""(?:pub_?time|pub_?date|publish_?time|publish_?date|published_?at|published_?time|publisheddate|"""
    r"""datepublished|(?<![a-z])ptime|news_?time)["']?\s*[:=]\s*(?:["'](?P<value>[^"'\n]{8,40})["']|(?P<epoch>1\d{9})(?:\d{3})?(?!\d))""",
    re.IGNORECASE)
_SCRIPT_AUTHOR = re.compile(r"""["']?(?:author|author_?name|writer)["']?\s*[:=]\s*["'](?P<value>[^"'\n<>]{2,60})["']""",
                            re.IGNORECASE)
_SCRIPT_SOURCE = re.compile(
    r"""["']?(?:source|source_?name|media_?name)["']?\s*[:=]\s*["'](?P<value>[^"'\n<>]{2,60})["']""",
    re.IGNORECASE)
_WECHAT_TIME = re.compile(r"""\bvar\s+ct\s*=\s*["']?(?P<epoch>1\d{9})(?!\d)""")
# Chinese portals print their times in Beijing's: an epoch is read so.
_BEIJING = timezone(timedelta(hours=8))


def _script_string(value: str) -> str:
    """A script's string as it reads (`\\u5f20\\u4f1f` is 张伟)."""
    if "\\u" in value:
        try:
            value = json.loads(f'"{value}"')
        except ValueError:
            return ""
    return " ".join(value.split())


def _script_date(m: re.Match[str]) -> str:
    if m.groupdict().get("value") is not None:
        return m["value"]
    return datetime.fromtimestamp(int(m["epoch"]), _BEIJING).strftime("%Y-%m-%d %H:%M")

_NEWS_TYPES = ("NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "WebPage", "AnalysisNewsArticle")


_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def _ld_objects(text: str) -> list[dict]:
    """The news objects of a JSON-LD block (a list, a `@graph`, or one object); nothing when it is
    not JSON (sites write broken JSON-LD too)."""
    try:
        data = json.loads(text, strict=False)  # a line break inside a string, as sites write them
    except ValueError:
        try:  # or a comma before a closing brace
            data = json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)
        except ValueError:
            return []
    stack, out = [data], []
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(k in _NEWS_TYPES for k in kinds if isinstance(k, str)):
                out.append(item)
            if isinstance(item.get("@graph"), list):
                stack.extend(reversed(item["@graph"]))
    return out


# What JSON-LD calls an organisation: as an `author`, it names no person (`澎湃新闻`).
_LD_ORGANISATIONS = frozenset({"Organization", "NewsMediaOrganization", "Corporation", "GovernmentOrganization"})


def _ld_values(value, people: bool = False) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        kinds = value.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if people and any(k in _LD_ORGANISATIONS for k in kinds if isinstance(k, str)):
            return []
        return _ld_values(value.get("name"))
    if isinstance(value, list):
        return [v for item in value for v in _ld_values(item, people)]
    return []


# ---- the page as lines --------------------------------------------------------------------

# Whitespace in markup is layout: a run with a line break between two Chinese characters is
# nothing (as browsers set CJK text), any other run is one space.
_BREAK_BETWEEN_CJK = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t\r\f]*\n[\s]*(?=[\u3000-\u9fff\uff00-\uffef])")
_LAYOUT_SPACE = re.compile(r"[\t\n\r\f][\t\n\r\f ]*| [\t\n\r\f][\t\n\r\f ]*")


def _layout(text: str) -> str:
    if "\n" in text or "\t" in text or "\r" in text or "\f" in text:
        text = _LAYOUT_SPACE.sub(" ", _BREAK_BETWEEN_CJK.sub("", text))
    return text.strip()


# An inline element holding a name's label alone (`<span>作者</span><span>张伟</span>`) ends the
# label where its markup does, as a colon would; the text alone would run label into value
# (`作者张伟`). Only where the label opens the line or follows a space or a separator, and on a
# short line: in a paragraph a word in bold is a word. Dates and counters need none (digits follow).
_LABEL_ELEMENTS = frozenset(w for kind in ("author", "source", "editor") for w in FIELD_LABELS[kind]
                            if len(w) > 1 and w not in ("文字", "来自", "发布者"))
_LABEL_END = "\ufdd0"  # a noncharacter: no page's text holds it
_LABEL_ENDED = re.compile(rf"(?:^|(?<=[\s|｜/]))(?P<label>{alternation(_LABEL_ELEMENTS)})"
                          rf"{_LABEL_END}(?![\s{_LABEL_END}]*[:：|｜/]|[\s{_LABEL_END}]*$)")
_LABELLED_LINE_MAX = 120


def _label_ends(text: str) -> str:
    if len(text) <= _LABELLED_LINE_MAX:
        text = _LABEL_ENDED.sub(r"\g<label>：", text)
    return text.replace(_LABEL_END, "")


@lru_cache(maxsize=1 << 12)
def _hidden(style: str) -> bool:
    return bool(_HIDDEN_STYLE.search(style))


# What HTML5's sectioning elements name, where their class and id name nothing (`<nav>`,
# `<footer>`, `<aside>`; not `<header>`: a page's banner or an article's headline and byline).
_TAG_KINDS = {"nav": "navigation", "footer": "footer", "aside": "sidebar", "article": "article", "main": "article"}
# The same named by an ARIA role (`<div role="navigation">`).
_ROLE_KINDS = {"navigation": "navigation", "contentinfo": "footer", "complementary": "sidebar", "main": "article",
               "article": "article", "search": "form"}
# A name with its label at most; an author's box with a biography is longer.
_AUTHOR_MAX = 40
_HEADLINE_MIN, _HEADLINE_MAX = 4, 80


def _element_text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def _break_preformatted(root) -> None:
    """Sets a `<br>` at each line break inside `<pre>`, where the page's own breaks are its lines
    (a text page wrapped in `<pre>`, a poem): elsewhere a break in the source is a space."""
    from lxml import etree

    for pre in list(root.iter("pre")):
        for el in list(pre.iter()):
            if el.tag.__class__ is not str:
                continue
            if el.text and "\n" in el.text:
                first, *rest = el.text.replace("\r", "").split("\n")
                el.text = first
                for k, part in enumerate(rest):
                    br = etree.Element("br")
                    br.tail = part
                    el.insert(k, br)
            if el is not pre and el.tail and "\n" in el.tail:
                first, *rest = el.tail.replace("\r", "").split("\n")
                el.tail = first
                parent, at = el.getparent(), el.getparent().index(el)
                for k, part in enumerate(rest, 1):
                    br = etree.Element("br")
                    br.tail = part
                    parent.insert(at + k, br)


def page_lines(root) -> tuple[list[tuple[str, Block]], list[str], dict[str, list[str]]]:
    """The page's text as a browser lays it out, one block a line, each line with what the markup
    says about it (`Block`); the text of elements the page hides (display:none), which it
    does not show its readers; and the text of elements outside chrome it marks as its author's
    name (`element:author`: `vocabulary.AUTHOR_ELEMENTS`, `rel`/`itemprop="author"`) or, the one
    such element, as its headline (`element:title`: `vocabulary.names_headline`). Walked once with
    lxml's own iterator (no recursion: pages nest deep); the loop is written flat, as it runs for
    every element of every page."""
    from lxml import etree

    etree.strip_elements(root, *DROPPED_TAGS, with_tail=False)
    _break_preformatted(root)
    lines: list[tuple[str, Block, int]] = []
    hidden: list[str] = []
    marked: list = []  # elements marked as the author's
    headlines: list = []  # and as the headline
    block_tags: list[str] = []  # by block index
    block_parents: list[int] = []  # the index of each block's nearest block ancestor, -1 at the top
    buf: list[str] = []
    link_chars = 0
    # Each open element: (its nearest block, the kind its nearest named ancestor names, whether
    # any ancestor names chrome, inside a link); None for a hidden one. `start` is the frame the
    # current line began in: its context is the line's.
    start = None
    stack: list[tuple | None] = [(-1, None, False, False)]

    def flush() -> None:
        text = _layout("".join(buf))
        buf.clear()
        if _LABEL_END in text:
            text = _label_ends(text)
        if text:
            block = start[0]
            lines.append((text, Block(block_tags[block] if block >= 0 else "", len(text), min(link_chars, len(text)),
                                      start[1], start[2], False), block))

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if tag.__class__ is not str:
            continue
        if event == "end":
            frame = stack.pop()
            if tag in BLOCK_TAGS:
                if frame is not None and buf:
                    flush()
                    link_chars, start = 0, None
            elif frame is not None and buf and not frame[3] and el.text in _LABEL_ELEMENTS and not len(el):
                buf.append(_LABEL_END)
            text = el.tail
            frame = stack[-1]
        else:
            parent = stack[-1]
            context, chrome_above = parent[1], parent[2]
            attrib = el.attrib
            kind = section = None
            if attrib:  # most elements have none, or only an href or a src: asked once
                style = attrib.get("style")
                if (style is not None and _hidden(style)) or attrib.get("hidden") is not None:
                    text = _layout("".join(el.itertext()))
                    if text:
                        hidden.append(text)
                    walker.skip_subtree()
                    stack.append(None)  # its end event still comes, and pops this
                    continue
                names = attrib.get("class"), attrib.get("id")
                author = False
                if names[0] or names[1]:
                    joined = f"{names[0] or ''} {names[1] or ''}"
                    kind = dom_kind(joined)
                    if kind:
                        context, chrome_above = kind, chrome_above or kind in CHROME_DOM_KINDS
                    author = names_author(joined)
                    if not chrome_above and names_headline(joined):
                        headlines.append(el)
                if not chrome_above and (author or attrib.get("itemprop") == "author"
                                         or "author" in (attrib.get("rel") or "").split()):
                    marked.append(el)
                if kind is None and (role := attrib.get("role")) is not None:
                    kind = section = _ROLE_KINDS.get(role.strip().lower())
            if kind is None:
                section = _TAG_KINDS.get(tag)
            if section is not None:
                # A chrome element holds chrome wherever it stands; `<article>` and `<main>` name
                # the article only where nothing above named a kind (a feed wraps each card in one).
                if section in CHROME_DOM_KINDS:
                    context, chrome_above = section, True
                elif context is None:
                    context = section
            if tag in BLOCK_TAGS:
                if buf:
                    flush()
                    link_chars, start = 0, None
                block = len(block_tags)
                block_tags.append(tag)
                block_parents.append(parent[0])
            else:
                block = parent[0]
            frame = (block, context, chrome_above, parent[3] or tag == "a")
            stack.append(frame)
            text = el.text
        if text:
            if start is None:
                if text.isspace():
                    continue
                start = frame
            elif "\n" in text and text.isspace():
                text = " "  # a line break between two elements sets them apart, between CJK too
            buf.append(text)
            if frame[3]:
                link_chars += len(text.strip())
    if buf:
        flush()
    lines = _join_label_cells(lines, block_parents)
    main = _main_container(lines, block_parents)
    tables = data_tables(lines, block_tags, block_parents)
    out = []
    for text, block, index in lines:
        in_main = main >= 0 and _inside(index, main, block_parents)
        table = tables.get(index, -1)
        if in_main or table >= 0:
            block = Block(block.tag, block.chars, block.link_chars, block.context, block.chrome_above, in_main, table)
        out.append((text, block))
    declared = {"element:author": [text for el in marked if 2 <= len(text := _element_text(el)) <= _AUTHOR_MAX]}
    # (A list's items marked so are others' headlines: one element only; one that holds a date
    # or a widget's words beside it holds no headline.)
    titles = {text for el in headlines if len(text := _element_text(el)) <= _HEADLINE_MAX
              and cjk_count(text) >= _HEADLINE_MIN}
    if len(titles) == 1:
        declared["element:title"] = list(titles)
    return out, hidden, {k: v for k, v in declared.items() if v}


# A cell that holds a field's label alone (`<td>来源：</td><td>江城日报</td>`): its value is the next
# cell. Without its colon (`<th>来源</th><td>江城日报</td>`) the markup must show pairs: each row of
# its table of label, value, label, value …, or a header row (`日期 | 备注`) would label its neighbour.
_LABEL_CELL = re.compile(rf"(?P<label>{'|'.join(map(re.escape, LABEL_WORDS))})\s*(?P<colon>[:：])?")
_CELL_TAGS = ("td", "th", "dt", "dd")
_VALUE_CELL_MAX = 30


def _label(text: str) -> re.Match[str] | None:
    return _LABEL_CELL.fullmatch(text.replace(" ", "").replace("\u3000", ""))  # (`来　源：`)


def _paired_rows(lines: list[tuple[str, Block, int]], parents: list[int]) -> set[int]:
    """The rows (block indices) that are label-value pairs in a table of such rows alone."""
    rows: dict[int, list[str]] = {}
    for text, block, index in lines:
        if block.tag in _CELL_TAGS:
            rows.setdefault(parents[index], []).append(text)
    rows = {row: cells for row, cells in rows.items() if len(cells) > 1 and row >= 0}
    unpaired = {parents[row] for row, cells in rows.items()
                if len(cells) % 2 or any(bool(_label(cell)) != (i % 2 == 0) for i, cell in enumerate(cells))}
    return {row for row in rows if parents[row] not in unpaired}


def _join_label_cells(lines: list[tuple[str, Block, int]], parents: list[int]) -> list[tuple[str, Block, int]]:
    """Lines with each label cell joined to the value cell after it, as a reader reads the row."""
    out: list[tuple[str, Block, int]] = []
    paired = None
    for line in lines:
        label = None
        if out and line[1].tag in _CELL_TAGS and len(line[0]) <= _VALUE_CELL_MAX and out[-1][1].tag in _CELL_TAGS:
            label = _label(out[-1][0])
            if label and not label["colon"]:
                if paired is None:
                    paired = _paired_rows(lines, parents)
                if parents[line[2]] != parents[out[-1][2]] or parents[line[2]] not in paired:
                    label = None
        if label:
            text, block, index = out.pop()
            joined = f"{text}{line[0]}" if label["colon"] else f"{label['label']}：{line[0]}"
            out.append((joined, Block(block.tag, len(joined), block.link_chars + line[1].link_chars, block.context,
                                      block.chrome_above, block.main, block.table), index))
        else:
            out.append(line)
    return out


# A cell holding more than this is a layout table's (the article's own column), not data's.
_CELL_MAX = 150
# Of a data table's text, at most this share in links (a table of links is a list of links).
_TABLE_LINKS = 0.3


def data_tables(lines: list[tuple[str, Block, int]], tags: list[str], parents: list[int]) -> dict[int, int]:
    """The data tables of the page, as {block index of a line: its table's block index}: a
    `<table>` of two rows or more of two cells or more, with no table inside it, no cell holding
    more than a short text and few of its characters in links. A layout table (the page's
    columns, the article in one of its cells) is none of these."""
    if "table" not in tags:
        return {}
    nearest: dict[int, int] = {}  # a block's nearest cell (td, th), -1 for none

    def cell(index: int) -> int:
        chain = []
        while index >= 0 and index not in nearest and tags[index] not in ("td", "th"):
            chain.append(index)
            index = parents[index]
        found = -1 if index < 0 else nearest.get(index, index)
        for i in chain:
            nearest[i] = found
        return found

    def table_of(c: int) -> int:
        row = parents[c] if c >= 0 else -1
        table = parents[row] if row >= 0 and tags[row] == "tr" else -1
        return table if table >= 0 and tags[table] == "table" else -1

    rows: dict[int, dict[int, int]] = {}  # table → {row: its cells}
    for index, tag in enumerate(tags):
        if tag in ("td", "th") and (table := table_of(index)) >= 0:
            cells = rows.setdefault(table, {})
            cells[parents[index]] = cells.get(parents[index], 0) + 1
    if not rows:
        return {}
    cells_of = [cell(index) for _, _, index in lines]
    owners = [table_of(c) for c in cells_of]
    in_cell: dict[int, int] = {}
    totals: dict[int, list[int]] = {}  # table → [characters, of them in links]
    for (_, block, _), c, table in zip(lines, cells_of, owners, strict=True):
        if table >= 0:
            in_cell[c] = in_cell.get(c, 0) + block.chars
            total = totals.setdefault(table, [0, 0])
            total[0] += block.chars
            total[1] += block.link_chars
    longest: dict[int, int] = {}
    for c, n in in_cell.items():
        table = table_of(c)
        longest[table] = max(longest.get(table, 0), n)
    layout = {table_of(cell(parents[t])) for t in rows if parents[t] >= 0}  # a table holding a table
    data = {t for t, cells in rows.items() if t in totals and t not in layout
            and sum(n >= 2 for n in cells.values()) >= 2 and longest[t] <= _CELL_MAX
            and totals[t][1] <= _TABLE_LINKS * totals[t][0]}
    return {index: table for (_, _, index), table in zip(lines, owners, strict=True) if table in data}


def _main_container(lines: list[tuple[str, Block, int]], parents: list[int]) -> int:
    """The block element that holds most of the page's prose: each line's Chinese outside links
    counts for its block, its parent and, half, its grandparent (as readability scores
    candidates); -1 when the page has no prose."""
    scores: dict[int, float] = {}
    for text, block, index in lines:
        if block.link_chars * 2 > block.chars:
            continue
        weight = cjk_count(text) * (1 - block.link_chars / max(1, block.chars))
        if weight < _MAIN_MIN_CJK:
            continue
        for share in (1.0, 1.0, 0.5):
            if index < 0:
                break
            scores[index] = scores.get(index, 0.0) + weight * share
            index = parents[index]
    return max(scores, key=scores.__getitem__) if scores else -1


def _inside(index: int, container: int, parents: list[int]) -> bool:
    while index >= 0:
        if index == container:
            return True
        index = parents[index]
    return False


# Rounds of stripping tags and entities from text (each round can uncover one more).
_MAX_ROUNDS = 3


class StripHtml:
    """Leaves plain text: a real HTML page becomes one line a block, with `doc.blocks` (what the
    markup says of each line) and `doc.declared` (what the page says of itself); text the page
    hides goes, recorded. Tags and entities left in text go."""

    name = "html"
    repairs = True
    reads_whole_page = True  # a piece cut inside markup would lose text

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        page = looks_like_html_page(text) if "<" in text else False
        # On a page, escapes are a script's business until the page's own text shows them.
        if not page and "\\u" in text:
            text, runs = decode_escapes(text)
            doc.text = text
            _record_escapes(doc, runs)
        if "<" not in text and "&" not in text:
            return doc
        if page:
            try:
                root = parse_html(text)
                data = expand_data(root) if "<textarea" in text else {}
                doc.declared = read_declared(root, microdata="datePublished" in text, account="js_name" in text)
                lines, hidden, marked = page_lines(root)
                for key, values in [*data.items(), *marked.items()]:
                    doc.declared.setdefault(key, []).extend(values)
                doc.flags.append("html_page")
            except UnparsableHtml as exc:
                doc.flags.append(exc.flag)  # stripped by pattern below, in linear time
                text = drop_scripts(text)
            else:
                for hidden_text in hidden:
                    doc.remove("hidden", hidden_text, None, "hidden by the page's markup (display:none)")
                first = doc.line_offset + 1
                doc.blocks = {first + i: block for i, (_, block) in enumerate(lines)}
                # What the page shows as text can still hold tags and entities (escaped
                # twice: `&amp;nbsp;` shows as `&nbsp;`); they go as in plain text, or a
                # second cleaning would take them.
                texts = [t for t, _ in lines]
                if any("\\u" in t for t in texts):
                    decoded = [decode_escapes(t) for t in texts]
                    texts = [t for t, _ in decoded]
                    _record_escapes(doc, sum(runs for _, runs in decoded))
                if any("<" in t or "&" in t for t in texts):
                    # Line by line, so that the lines stay those the blocks describe.
                    texts, n_tags, n_entities = _strip_markup_lines(texts)
                    if n_tags or n_entities:
                        doc.repair("html", f"{n_tags} tags, {n_entities} entities", "", 0, 1.0)
                doc.text = "\n".join(texts)
                return doc
        text, n_tags, n_entities = strip_markup(text)
        if n_tags or n_entities:
            doc.repair("html", f"{n_tags} tags, {n_entities} entities", "", 0, 1.0)
        doc.text = text
        return doc


# Text a crawler stored with its characters as JSON or JavaScript escapes (`\u5168\u5e02…`), told
# by a run of two or more, as no writer sets them (one alone may be a program's text, quoted).
_ESCAPE_RUN = re.compile(r"(?:\\u[0-9a-fA-F]{4}){2}")
_ESCAPES = re.compile(r"(?:\\u[0-9a-fA-F]{4})+")


# With them, the other escapes of such text: line breaks, tabs, quotes, slashes.
_OTHER_ESCAPES = {"\\n": "\n", "\\r": "\n", "\\t": "\t", '\\"': '"', "\\/": "/"}


def decode_escapes(text: str) -> tuple[str, int]:
    """The text with its escapes decoded, and how many runs of them were, where a run of two or
    more shows it was stored escaped (else the text as it is, and 0)."""
    def decode(m: re.Match[str]) -> str:
        units = m.group().encode("ascii").decode("unicode_escape")
        out = units.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # pairs joined
        return m.group() if "\\u" in out else out  # escapes of escapes stay: a second cleaning would take them

    if "\\u" not in text or not _ESCAPE_RUN.search(text):
        return text, 0
    out, n = _ESCAPES.subn(decode, text)
    if out == text:
        return text, 0
    for escape, char in _OTHER_ESCAPES.items():
        out = out.replace(escape, char)
    return out, n


def _record_escapes(doc: Document, runs: int) -> None:
    if runs:
        doc.repair("escapes", f"{runs} runs of \\u escapes", "", 0, 1.0)


def _strip_markup_lines(texts: list[str]) -> tuple[list[str], int, int]:
    out, n_tags, n_entities = [], 0, 0
    for text in texts:
        if "<" in text or "&" in text:
            text, tags, entities = strip_markup(text)
            text = " ".join(text.split("\n"))
            n_tags, n_entities = n_tags + tags, n_entities + entities
        out.append(text)
    return out, n_tags, n_entities


def strip_markup(text: str) -> tuple[str, int, int]:
    """Text without the tags and entities left in it (a break tag becomes a line break), and how
    many of each went."""
    n_tags = n_entities = 0
    # An entity escaped twice (`&amp;nbsp;`, `&amp;lt;br&amp;gt;`) is one again once
    # unescaped: undone until nothing is left, as a second cleaning would.
    for _ in range(_MAX_ROUNDS):
        text = _BREAK.sub("\n", text)
        text, tags = _TAG.subn("", text)
        text, entities = _ENTITY.subn(lambda m: html.unescape(m.group()), text)
        n_tags, n_entities = n_tags + tags, n_entities + entities
        if not entities or ("<" not in text and "&" not in text):
            break
    return text, n_tags, n_entities
