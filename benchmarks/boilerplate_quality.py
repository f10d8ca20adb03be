"""Boilerplate removal and metadata on synthetic pages, and sentence retention on clean articles.

    python -m benchmarks.boilerplate_quality [N]

Wraps the first N (default all 1,000) articles in chrome and metadata from `benchmarks.bank`
(seed 11), once in each family of its wordings — `train` (which rules and weights may be tuned
on) and `held_out` (which nothing is tuned on) — and reports for each: boilerplate characters
left in bodies, body paragraphs kept, metadata fields right (over the fields each page carries,
and over all fields, empty ones included), and how many of the corpus's own tails
(`benchmarks.pages.source_tail`) were kept; then the share of sentences kept when the articles
are cleaned as they are.
"""
from __future__ import annotations

import random
import sys
import time
from collections import Counter

from benchmarks import bank
from benchmarks.corpus import articles
from benchmarks.metrics import comparable
from benchmarks.pages import make_page, paragraphs, sentences, source_tail
from newsclean import clean

META_FIELDS = ("title", "published_at", "source", "site", "authors", "editors", "original_title")


def score_page(page, result) -> dict[str, float]:
    """Counts for one page: boilerplate characters in and left, paragraphs in and kept, meta hits."""
    out = {comparable(p) for p in result.paragraphs}
    lines = page.text.split("\n")
    chrome = [comparable(t) for t, label in zip(lines, page.labels, strict=True)
              if label not in ("body", "source_tail")]
    tails = [comparable(t) for t, label in zip(lines, page.labels, strict=True) if label == "source_tail"]
    body = [comparable(p) for p in page.body]
    counts = Counter(
        chrome_chars=sum(map(len, chrome)),
        leaked_chars=sum(len(t) for t in chrome if t in out and t not in body),
        paragraphs=len(body),
        kept=sum(p in out for p in body),
        source_tails=len(tails),
        source_tails_kept=sum(t in out for t in tails),
    )
    for name in META_FIELDS:
        want, got = page.meta[name], result.meta[name]
        counts[f"all:{name}"] += 1
        counts[f"all_ok:{name}"] += want == got
        if want:
            counts[f"has:{name}"] += 1
            counts[f"has_ok:{name}"] += want == got
    return counts


def run_pages(texts: list[str], seed: int = 11, family: str = bank.TRAIN) -> tuple[Counter, list]:
    rng = random.Random(seed)
    total, misses = Counter(), []
    for text in texts:
        page = make_page(text, rng, family)
        counts = score_page(page, clean(page.text))
        total += counts
        if counts["leaked_chars"] or counts["kept"] < counts["paragraphs"]:
            misses.append(page)
    return total, misses


def sentence_retention(texts: list[str], paragraphed: bool) -> Counter:
    """Sentences of the clean articles found in the cleaned body; the corpus's own tails apart."""
    rng = random.Random(5)
    counts = Counter()
    for text in texts:
        page = "\n".join(paragraphs(text, rng)) if paragraphed else text
        out = comparable(clean(page).body)
        for sentence in sentences(text):
            group = "tail" if source_tail(sentence) else "sentence"
            counts[group] += 1
            counts[f"{group}_kept"] += comparable(sentence) in out
    return counts


def main(n: int = 1000) -> None:
    texts = [text for _, _, text in articles()][:n]
    for family in bank.FAMILIES:
        start = time.perf_counter()
        total, _ = run_pages(texts, family=family)
        print(f"{len(texts)} synthetic pages, family {family}, {time.perf_counter() - start:.1f} s")
        print(f"boilerplate characters left in bodies: {total['leaked_chars'] / total['chrome_chars']:.2%} "
              f"({total['leaked_chars']} of {total['chrome_chars']})")
        print(f"body paragraphs kept: {total['kept'] / total['paragraphs']:.2%} "
              f"({total['kept']} of {total['paragraphs']})")
        print(f"the corpus's own tails (text after an article's last sentence end): "
              f"{total['source_tails_kept']} of {total['source_tails']} kept")
        has = sum(total[f"has_ok:{f}"] for f in META_FIELDS) / sum(total[f"has:{f}"] for f in META_FIELDS)
        every = sum(total[f"all_ok:{f}"] for f in META_FIELDS) / sum(total[f"all:{f}"] for f in META_FIELDS)
        print(f"meta fields right: {has:.2%} of the fields pages carry, {every:.2%} of all fields")
        print("| field | carried | right | right of all |")
        print("|---|---|---|---|")
        for f in META_FIELDS:
            print(f"| {f} | {total[f'has:{f}']} | {total[f'has_ok:{f}'] / max(1, total[f'has:{f}']):.2%} | "
                  f"{total[f'all_ok:{f}'] / total[f'all:{f}']:.2%} |")
        print()
    for paragraphed in (False, True):
        c = sentence_retention(texts, paragraphed)
        shape = "in paragraphs" if paragraphed else "as they are (one line each)"
        print(f"clean articles {shape}: {c['sentence_kept'] / c['sentence']:.2%} of sentences kept "
              f"({c['sentence'] - c['sentence_kept']} of {c['sentence']} lost); "
              f"{c['tail'] - c['tail_kept']} of their {c['tail']} own tails removed")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
