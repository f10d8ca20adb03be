"""Synthetic news pages with gold: a clean article wrapped in chrome and metadata lines.

`make_page(article, rng)` lays out what scraped pages show: a site line, menus, the headline
(sometimes twice), a dateline, share widgets, the article in paragraphs, then bylines,
editors, 原标题, related-link lists, copyright and disclaimer blocks, licence lines, contact
spam and ads, each drawn from `benchmarks.bank`. The page keeps its gold: the body
paragraphs, the metadata, and a label for every line.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from benchmarks import bank
from newsclean.document import empty_meta

_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’」]?|[^。！？]+$")
_CLAUSE = re.compile(r"[^，。！？；：、“”‘’《》（）()\s]+")
_SENTENCE_END = re.compile(r"[。！？][”’」]?$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")
# Headlines in Chinese news run 8–30 characters.
_TITLE_LEN = (8, 26)


@dataclass
class Page:
    text: str
    body: list[str]
    meta: dict
    labels: list[str] = field(default_factory=list)  # one per line of `text`
    site: str = ""


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def paragraphs(text: str, rng: random.Random) -> list[str]:
    """The article's sentences grouped 1–4 to a paragraph, as pages set them; what follows
    the last sentence end stands alone (see `source_tail`)."""
    out, sents = [], sentences(text)
    tail = [sents.pop()] if sents and source_tail(sents[-1]) else []
    while sents:
        k = rng.randint(1, 4)
        out.append("".join(sents[:k]))
        sents = sents[k:]
    return out + tail


def source_tail(paragraph: str) -> bool:
    """The corpus's own chrome: text after an article's last sentence end (`(XWT185)`,
    `我要评论`, credits, link lists). Scored neither as body nor as injected boilerplate."""
    return not _SENTENCE_END.search(paragraph)


def headline(text: str, rng: random.Random) -> str:
    """A headline-shaped phrase from the article (the corpus glues its own title into the body)."""
    clauses = [c for c in _CLAUSE.findall(text[200:] or text)
               if _TITLE_LEN[0] <= len(c) <= _TITLE_LEN[1] and len(_CJK.findall(c)) >= 6]
    if not clauses:
        return "本地新闻动态"
    first = rng.choice(clauses[:10])
    if rng.random() < 0.3:
        others = [c for c in clauses[:10] if c != first and len(c) + len(first) <= 28]
        if others:
            return f"{first} {rng.choice(others)}"
    return first


def make_page(article: str, rng: random.Random, family: str = bank.TRAIN) -> Page:
    """The page of one article, its chrome and metadata from one family of the bank's wordings
    (`bank.TRAIN`, or `bank.HELD_OUT`, which nothing is tuned on)."""
    site = bank.make_site(rng, family)
    body = paragraphs(article, rng)
    words = _WORD.findall(article)[:200] or ["新闻"]
    meta = empty_meta()
    lines: list[tuple[str, str]] = []
    if rng.random() < 0.4:
        lines.append((site.name, "meta:site"))
        meta["site"] = site.name
    if rng.random() < 0.5:
        lines += bank.navigation_head(rng, site)
    title = headline(article, rng)
    meta["title"] = title
    lines.append((title, "title"))
    if rng.random() < 0.15:
        lines.append((title, "title_duplicate"))
    if rng.random() < 0.8:
        lines += bank.dateline(rng, site, meta)
    if rng.random() < 0.4:
        lines += bank.share_widget(rng, site)
    if rng.random() < 0.15 and not meta["authors"]:
        lines += bank.byline(rng, site, meta)
    for i, paragraph in enumerate(body):
        lines.append((paragraph, "source_tail" if source_tail(paragraph) else "body"))
        if 0 < i < len(body) - 1 and rng.random() < 0.05:
            lines += rng.choice((bank.ad, bank.share_widget))(rng, site)
    if rng.random() < 0.4 and not meta["authors"]:
        lines += bank.byline(rng, site, meta)
    if rng.random() < 0.4 and not meta["editors"]:
        lines += bank.editor_line(rng, site, meta)
    if rng.random() < 0.2:
        lines += bank.original_title(rng, site, meta, title)
    if rng.random() < 0.5:
        lines += bank.related_links(rng, site, words)
    if rng.random() < 0.3:
        lines += bank.navigation_tail(rng, site, words)
    if site.held_out and rng.random() < 0.4:
        lines += bank.comment_section(rng, site)
    footers = [
        lambda: bank.copyright_block(rng, site, meta), lambda: bank.disclaimer(rng, site),
        lambda: bank.icp(rng, site), lambda: bank.contact_spam(rng, site),
        lambda: bank.ad(rng, site), lambda: bank.other(rng, site),
    ]
    for footer in rng.sample(footers, rng.randint(0, len(footers))):
        lines += footer()
    body = [p for p in body if not source_tail(p)]
    return Page("\n".join(t for t, _ in lines), body, meta, [label for _, label in lines], site.name)
