"""The shipped clean corpus."""
from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "data" / "thucnews_val_1000.tsv.gz"


def articles() -> Iterator[tuple[int, str, str]]:
    """(index, label, text) for each article; odd indices are held out from the LM."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for index, line in enumerate(f):
            label, text = line.rstrip("\n").split("\t", 1)
            yield index, label, text
