"""HTML remnants: whole pages go through lxml's HTML parser; stray tags and entities in text go."""
from __future__ import annotations

import html
import re

from newsclean.document import LONE_SURROGATE, Document

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>\n]{0,500})?/?>")
_BREAK = re.compile(r"<(?:br|BR|Br)\s*/?>|</(?:p|P|div|DIV|li|LI|h[1-6]|H[1-6])>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
# A real page, not text with a few leftover tags: a document skeleton or many block tags.
_PAGE = re.compile(r"<(?:html|body|head)\b|<!DOCTYPE", re.IGNORECASE)
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
           "article", "header", "footer", "table", "ul", "ol", "title")


_SCRIPT_OPEN = re.compile(r"<(script|style)\b", re.IGNORECASE)


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


_DROPPED = frozenset({"script", "style", "noscript", "template", "iframe"})


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


def html_to_text(markup: str) -> str:
    """The visible text of a page, one block element a line; scripts, styles and comments
    dropped.

    lxml parses in C (libxml2): on the benchmark's pages it is 10× BeautifulSoup with
    html.parser, whose tree is built in Python. The page goes in as UTF-8 bytes with the
    encoding given, so neither an XML declaration nor a `<meta charset>` can redirect the
    decoding done already. A lone surrogate, like a NUL (as the HTML standard has it),
    becomes U+FFFD, which `Result.quality` counts.
    The text comes from lxml's own serialiser after dropped elements are cut out (their
    tails kept) and each block is given a line break on either side: only block elements
    are touched from Python, not every node (half the time of a walk over the tree).
    """
    from lxml import etree, html

    parser = html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
                             huge_tree=True)
    markup = _HTML_END.sub("", markup)
    try:
        data = markup.encode("utf-8")
    except UnicodeEncodeError:
        data = LONE_SURROGATE.sub("\ufffd", markup).encode("utf-8")
    try:
        root = html.document_fromstring(data, parser=parser)
    except etree.ParserError as exc:
        raise UnparsableHtml(str(exc), "html_unparsable") from exc
    for error in parser.error_log:
        if error.level == etree.ErrorLevels.FATAL:  # it stopped there: the rest is not in the tree
            limit = error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT
            raise UnparsableHtml(error.message, "html_too_deep" if limit else "html_unparsable")
    etree.strip_elements(root, *_DROPPED, with_tail=False)
    for block in root.iter(*_BLOCKS):
        block.text = "\n" + block.text if block.text else "\n"
        block.tail = "\n" + block.tail if block.tail else "\n"
    return etree.tostring(root, method="text", encoding="unicode")


# Rounds of stripping tags and entities from text (each round can uncover one more).
_MAX_ROUNDS = 3


class StripHtml:
    """Leaves plain text: a real HTML page is parsed; tags and entities left in text go."""

    name = "html"

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        if "<" not in text and "&" not in text:
            return doc
        if looks_like_html_page(text):
            try:
                # What the page shows as text can still hold tags and entities (escaped
                # twice: `&amp;nbsp;` shows as `&nbsp;`); they go as in plain text, or a
                # second cleaning would take them.
                text = html_to_text(text)
                doc.flags.append("html_page")
            except UnparsableHtml as exc:
                doc.flags.append(exc.flag)  # stripped by pattern below, in linear time
                text = drop_scripts(text)
            if "<" not in text and "&" not in text:
                doc.text = text
                return doc
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
        if n_tags or n_entities:
            doc.repair("html", f"{n_tags} tags, {n_entities} entities", "", 0, 1.0)
        doc.text = text
        return doc
