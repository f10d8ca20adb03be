"""The systems the suite compares: newsclean and what a user would otherwise run.

Each system takes the page (str, or bytes for pages saved in their own encoding) and
returns (paragraphs, meta or None). Baselines get bytes decoded the way a user would glue
it: chardet's guess, replacement characters where it fails.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import cache

from newsclean.stages.glosses import SYLLABLE

Output = tuple[list[str], dict | None]
System = Callable[[str | bytes], Output]

# The regex a user writes for `發(fā)展`: any parenthesised pinyin syllable.
_GLOSS = re.compile(rf"\({SYLLABLE}\)")
_HTML = re.compile(r"<(?:html|body|p|div)\b", re.IGNORECASE)


def as_text(page: str | bytes) -> str:
    if isinstance(page, str):
        return page
    import chardet

    encoding = chardet.detect(page)["encoding"] or "utf-8"
    return page.decode(encoding, errors="replace")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def raw(page: str | bytes) -> Output:
    return _lines(as_text(page)), None


def ftfy_fix(page: str | bytes) -> Output:
    import ftfy

    return _lines(ftfy.fix_text(as_text(page))), None


@cache
def _t2s() -> Callable[[str], str]:
    from opencc import OpenCC

    return OpenCC("t2s").convert


def glue_text(page: str | bytes) -> str:
    import ftfy

    return _t2s()(_GLOSS.sub("", ftfy.fix_text(as_text(page))))


def glue(page: str | bytes) -> Output:
    """ftfy, then a gloss regex, then OpenCC t2s: the pipeline people glue by hand."""
    return _lines(glue_text(page)), None


def glue_trafilatura(page: str | bytes) -> Output:
    """The glue, then trafilatura for boilerplate: an HTML page as it is, a text page with
    each line as a paragraph (trafilatura reads HTML)."""
    import trafilatura

    text = glue_text(page)
    if not _HTML.search(text):
        text = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in _lines(text)) + "</body></html>"
    extracted = trafilatura.bare_extraction(text, include_comments=False, with_metadata=True)
    doc = extracted.as_dict() if extracted is not None else {}
    meta = {"title": doc.get("title"), "published_at": doc.get("date"), "authors": [doc["author"]]
            if doc.get("author") else [], "site": doc.get("sitename")}
    return _lines(doc.get("text") or ""), meta


def newsclean(page: str | bytes) -> Output:
    from newsclean import clean

    result = clean(page)
    return result.paragraphs, result.meta


SYSTEMS: dict[str, System] = {
    "raw": raw,
    "ftfy": ftfy_fix,
    "glue": glue,
    "glue+trafilatura": glue_trafilatura,
    "newsclean": newsclean,
}


def _preload_newsclean() -> None:
    from newsclean import preload

    preload()


# What a system loads once per process, run in the suite's warm-up: a crawl pays it once.
PRELOAD = {"newsclean": _preload_newsclean}


def available() -> dict[str, System]:
    """The systems whose packages are installed (trafilatura comes with the `bench` extra)."""
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return {k: v for k, v in SYSTEMS.items() if k != "glue+trafilatura"}
    return dict(SYSTEMS)
