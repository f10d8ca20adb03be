"""HTML remnants: whole pages go through BeautifulSoup; stray tags and entities in text go."""
from __future__ import annotations

import html
import re

from newsclean.document import Document

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>\n]{0,500})?/?>")
_BREAK = re.compile(r"<(?:br|BR|Br)\s*/?>|</(?:p|P|div|DIV|li|LI|h[1-6]|H[1-6])>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
# A real page, not text with a few leftover tags: a document skeleton or many block tags.
_PAGE = re.compile(r"<(?:html|body|head)\b|<!DOCTYPE", re.IGNORECASE)
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
           "article", "header", "footer", "table", "ul", "ol", "title")


_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,9})\b[^<>]{0,2000}?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Real pages nest a few dozen elements deep; the parser's tree work grows with the square of
# the depth (100,000 nested <div> take minutes), so past this the page is stripped by pattern.
MAX_DEPTH = 256


def nesting_depth(text: str, limit: int = MAX_DEPTH) -> int:
    """How deep the page's elements nest (void elements aside), counted up to `limit`."""
    depth = deepest = 0
    for m in _ANY_TAG.finditer(text):
        if m[3] or m[2].lower() in _VOID:
            continue
        depth = max(0, depth - 1) if m[1] else depth + 1
        deepest = max(deepest, depth)
        if deepest > limit:
            break
    return deepest


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
_AFTER_BLOCK = object()


def html_to_text(markup: str) -> str:
    """The visible text of a page, one block element a line; scripts and styles dropped.

    One walk over the tree with an explicit stack: inserting line-break nodes with
    BeautifulSoup costs a search of the parent per insert (quadratic on a wide page), and
    recursion fails on a deep one.
    """
    from bs4 import BeautifulSoup
    from bs4.element import CData, NavigableString, Tag

    out: list[str] = []
    stack: list = [BeautifulSoup(markup, "html.parser")]
    while stack:
        node = stack.pop()
        if node is _AFTER_BLOCK:
            out.append("\n")
        elif isinstance(node, Tag):
            if node.name in _DROPPED:
                continue
            if node.name in _BLOCKS:
                out.append("\n")
                stack.append(_AFTER_BLOCK)
            stack.extend(reversed(node.contents))
        elif type(node) in (NavigableString, CData):
            out.append(str(node))
    return "".join(out)


class StripHtml:
    """Leaves plain text: a real HTML page is parsed; tags and entities left in text go."""

    name = "html"

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        if "<" not in text and "&" not in text:
            return doc
        if looks_like_html_page(text):
            if nesting_depth(text) <= MAX_DEPTH:
                doc.text = html_to_text(text)
                doc.flags.append("html_page")
                return doc
            doc.flags.append("html_too_deep")  # stripped by pattern below, in linear time
            text = drop_scripts(text)
        text = _BREAK.sub("\n", text)
        text, n_tags = _TAG.subn("", text)
        text, n_entities = _ENTITY.subn(lambda m: html.unescape(m.group()), text)
        if n_tags or n_entities:
            doc.repair("html", f"{n_tags} tags, {n_entities} entities", "", 0, 1.0)
        doc.text = text
        return doc
