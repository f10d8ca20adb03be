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


def looks_like_html_page(text: str) -> bool:
    return bool(_PAGE.search(text[:5000])) or len(_TAG.findall(text[:20000])) > 20


def html_to_text(markup: str) -> str:
    """The visible text of a page, one block element a line; scripts and styles dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for node in soup(["script", "style", "noscript", "template", "iframe"]):
        node.decompose()
    for node in soup.find_all(_BLOCKS):
        node.insert_before("\n")
        node.insert_after("\n")
    return soup.get_text()


class StripHtml:
    """Leaves plain text: a real HTML page is parsed; tags and entities left in text go."""

    name = "html"

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        if "<" not in text and "&" not in text:
            return doc
        if looks_like_html_page(text):
            doc.text = html_to_text(text)
            doc.flags.append("html_page")
            return doc
        text = _BREAK.sub("\n", text)
        text, n_tags = _TAG.subn("", text)
        text, n_entities = _ENTITY.subn(lambda m: html.unescape(m.group()), text)
        if n_tags or n_entities:
            doc.repair("html", f"{n_tags} tags, {n_entities} entities", "", 0, 1.0)
        doc.text = text
        return doc
