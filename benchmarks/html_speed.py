"""HTML to text, three ways, in one run: the same block walk over BeautifulSoup with html.parser
(the design card's choice), over BeautifulSoup with lxml underneath, and over lxml's own tree
(what `stages/html.py` walks). Speed on the suite's HTML pages, and whether the texts agree; the
full `html` stage (lines with their markup features, declared metadata) is timed beside them.

    python -m benchmarks.html_speed [N]

N held-out articles for the suite's pages (default 500 → 62 HTML pages). Needs beautifulsoup4 (in the
`test` extra).
"""
from __future__ import annotations

import sys
import time

from benchmarks.suite import synthetic_docs
from newsclean.stages.html import BLOCK_TAGS, DROPPED_TAGS, page_lines, parse_html, read_declared


def soup_text(markup: str, parser: str) -> str:
    from bs4 import BeautifulSoup
    from bs4.element import CData, NavigableString, Tag

    after_block = object()
    out: list[str] = []
    stack: list = [BeautifulSoup(markup, parser)]
    while stack:
        node = stack.pop()
        if node is after_block:
            out.append("\n")
        elif isinstance(node, Tag):
            if node.name in DROPPED_TAGS:
                continue
            if node.name in BLOCK_TAGS:
                out.append("\n")
                stack.append(after_block)
            stack.extend(reversed(node.contents))
        elif type(node) in (NavigableString, CData):
            out.append(str(node))
    return "".join(out)


def lxml_text(markup: str) -> str:
    from lxml import etree

    root = parse_html(markup)
    etree.strip_elements(root, *DROPPED_TAGS, with_tail=False)
    out: list[str] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        if event == "start":
            if el.tag in BLOCK_TAGS:
                out.append("\n")
            out.append(el.text or "")
        else:
            if el.tag in BLOCK_TAGS:
                out.append("\n")
            out.append(el.tail or "")
    return "".join(out)


def stage_text(markup: str) -> str:
    root = parse_html(markup)
    read_declared(root)
    return "\n".join(text for text, _ in page_lines(root)[0])


def _lines(text: str) -> list[str]:
    return [t.strip() for t in text.split("\n") if t.strip()]


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    pages = [d.page for d in synthetic_docs(int(argv[0]) if argv else 500) if d.kind == "html"]
    ways = {
        "beautifulsoup4 + html.parser": lambda p: soup_text(p, "html.parser"),
        "beautifulsoup4 + lxml": lambda p: soup_text(p, "lxml"),
        "lxml": lxml_text,
        "lxml, the whole html stage": stage_text,
    }
    size = sum(len(p.encode("utf-8")) for p in pages)
    results, seconds = {}, {}
    for name, way in ways.items():
        way(pages[0])  # imports and first use outside the clock
        start = time.perf_counter()
        results[name] = [way(p) for p in pages]
        seconds[name] = time.perf_counter() - start
    base = "beautifulsoup4 + html.parser"
    print(f"{len(pages)} HTML pages, {size / 1e6:.2f} MB")
    print("| way | ms a page | MB/s | × html.parser | pages with the same lines |")
    print("|---|---|---|---|---|")
    for name in ways:
        same = sum(_lines(a) == _lines(b) for a, b in zip(results[name], results[base], strict=True))
        print(f"| {name} | {1000 * seconds[name] / len(pages):.2f} | {size / 1e6 / seconds[name]:.2f} | "
              f"{seconds[base] / seconds[name]:.1f} | {same}/{len(pages)} |")


if __name__ == "__main__":
    main()
