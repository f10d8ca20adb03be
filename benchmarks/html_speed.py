"""HTML to text, three ways, in one run: BeautifulSoup with html.parser (the design card's
choice, walked as newsclean walked it), BeautifulSoup with lxml underneath, and lxml alone
(what `stages/html.py` uses). Speed on the suite's HTML pages, and whether the texts agree.

    python -m benchmarks.html_speed [N]

N held-out articles for the suite's pages (default 500 → 62 HTML pages). Needs beautifulsoup4 (in the
`test` extra).
"""
from __future__ import annotations

import sys
import time

from benchmarks.suite import synthetic_docs
from newsclean.stages.html import _BLOCKS, _DROPPED, html_to_text


def soup_text(markup: str, parser: str) -> str:
    """The text as the BeautifulSoup version of the stage gave it."""
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
            if node.name in _DROPPED:
                continue
            if node.name in _BLOCKS:
                out.append("\n")
                stack.append(after_block)
            stack.extend(reversed(node.contents))
        elif type(node) in (NavigableString, CData):
            out.append(str(node))
    return "".join(out)


def _lines(text: str) -> list[str]:
    return [t.strip() for t in text.split("\n") if t.strip()]


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    pages = [d.page for d in synthetic_docs(int(argv[0]) if argv else 500) if d.kind == "html"]
    ways = {
        "beautifulsoup4 + html.parser": lambda p: soup_text(p, "html.parser"),
        "beautifulsoup4 + lxml": lambda p: soup_text(p, "lxml"),
        "lxml (newsclean)": html_to_text,
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
