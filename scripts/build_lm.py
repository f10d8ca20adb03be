"""Builds the character language model that ships in src/newsclean/resources/charlm.tsv.gz.

Sources (both public, neither fetched at run time):
- jieba's word-frequency dictionary (`pip install jieba`): 349k words with counts; gives
  the characters inside words and how often the words occur.
- Character pairs of the even-numbered half of THUCNews (benchmarks/data/) (punctuation
  and pairs across word boundaries that a word list lacks). The odd-numbered half is held
  out, so quality measured on it is not measured on the model's own training text.

Usage: python scripts/build_lm.py [CORPUS_TSV]
Output lines: `a\tcount` for characters and `ab\tcount` for pairs, counts as integers.
Pairs seen once are pruned (they are mostly noise and double the file).
"""
from __future__ import annotations

import gzip
import io
import os
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newsclean" / "resources" / "charlm.tsv.gz"
# jieba's counts come from a corpus of roughly 60M words; the corpus half is ~0.7M
# characters. Weighting the corpus pairs brings the two sources to a similar total mass.
CORPUS_WEIGHT = 40
MIN_PAIR_COUNT = 2


def main(corpus: str) -> None:
    import jieba

    unigrams: Counter[str] = Counter()
    bigrams: Counter[str] = Counter()
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            word, freq = line.split(" ")[:2]
            freq = int(freq)
            for ch in word:
                unigrams[ch] += freq
            for a, b in pairwise(word):
                bigrams[a + b] += freq
    opener = gzip.open if corpus.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as f:
        for index, line in enumerate(f):
            if index % 2:
                continue
            text = line.rstrip("\n").split("\t", 1)[1]
            for ch in text:
                unigrams[ch] += CORPUS_WEIGHT
            for a, b in pairwise(text):
                bigrams[a + b] += CORPUS_WEIGHT
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 so that rebuilding from the same sources gives the same bytes.
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as raw, \
            io.TextIOWrapper(raw, encoding="utf-8") as out:
        for key, count in sorted(unigrams.items()):
            if key.strip() and "\t" not in key:
                out.write(f"{key}\t{count}\n")
        for key, count in sorted(bigrams.items()):
            if count >= MIN_PAIR_COUNT and key.strip() == key and "\t" not in key and "\n" not in key:
                out.write(f"{key}\t{count}\n")
    print(f"{OUT}: {len(unigrams)} characters, {sum(1 for c in bigrams.values() if c >= MIN_PAIR_COUNT)} pairs")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "benchmarks" / "data" / "thucnews_val_1000.tsv.gz"))
