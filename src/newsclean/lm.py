"""A character bigram language model of simplified Chinese news, for choosing between repairs.

Built by `scripts/build_lm.py` from jieba's word-frequency dictionary and half of the
THUCNews corpus; loaded once per process, lazily, read-only.
"""
from __future__ import annotations

import gzip
import math
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise

# Interpolation weight of the unigram distribution in P(b|a): with counts on jieba's scale
# (a common character is seen ~10^6 times) this lets an unseen pair of common characters
# score well below any attested pair without ruling it out.
_ALPHA = 2000.0


class CharLM:
    def __init__(self, unigrams: dict[str, int], bigrams: dict[str, int]):
        self.unigrams = unigrams
        self.bigrams = bigrams
        self.total = float(sum(unigrams.values()))
        self.vocab = len(unigrams) + 1

    def p_char(self, ch: str) -> float:
        return (self.unigrams.get(ch, 0) + 1.0) / (self.total + self.vocab)

    def logp_pair(self, a: str, b: str) -> float:
        count_a = self.unigrams.get(a, 0)
        return math.log((self.bigrams.get(a + b, 0) + _ALPHA * self.p_char(b)) / (count_a + _ALPHA))

    def score(self, text: str) -> float:
        """Log-probability of `text` (its first character by frequency, then pairs)."""
        if not text:
            return 0.0
        total = math.log(self.p_char(text[0]))
        for a, b in pairwise(text):
            total += self.logp_pair(a, b)
        return total

    def known(self, ch: str) -> bool:
        return ch in self.unigrams


@lru_cache(maxsize=1)
def load() -> CharLM:
    unigrams: dict[str, int] = {}
    bigrams: dict[str, int] = {}
    data = resources.files("newsclean").joinpath("resources/charlm.tsv.gz").read_bytes()
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        key, _, count = line.rpartition("\t")
        (unigrams if len(key) == 1 else bigrams)[key] = int(count)
    return CharLM(unigrams, bigrams)


@cache
def simple(ch: str) -> str:
    """The simplified form the model is scored in (pages may be traditional)."""
    from newsclean.stages.script import to_simplified

    return to_simplified(ch) if ch else ch


# States kept a step: two lost bytes side by side would otherwise pair 512 options with 512.
# On 200 held-out articles of UTF-8 read as GBK (benchmarks.repair_quality 200) 256 gives
# the CER of the full search (0.0219) in 85 % of its time; 64 gives 0.0220, 16 gives 0.0222.
BEAM = 256


def best_path(lm, left: str, slots: list[list[str]], right: str) -> str | None:
    """The most probable characters for the slots between the left and right context.

    Viterbi over the slots. P(s|p) = (count(ps) + α·P(s)) / (count(p) + α): for every pair the
    model never saw it is α·P(s) / (count(p) + α), so the best unseen predecessor of every
    option is the same state, found once a step; only attested pairs are scored one by one.
    That turns 64×64 function calls a lost byte into dictionary look-ups; a beam of BEAM
    states bounds a run of lost bytes.
    """
    prev = {left[-1:] and simple(left[-1]): (0.0, "")} if left else {"": (0.0, "")}
    for options in slots:
        if not options:
            return None
        states = [(p, score, path, math.log(lm.unigrams.get(p, 0) + _ALPHA)) for p, (score, path) in prev.items()]
        unseen = max((st for st in states if st[0]), key=lambda st: st[1] - st[3], default=None)
        start = next((st for st in states if not st[0]), None)  # no context yet: P(s) alone
        step: dict[str, tuple[float, str]] = {}
        for ch in options:
            s = simple(ch)
            prior = _ALPHA * lm.p_char(s)
            candidates = []
            if unseen is not None:
                candidates.append((unseen[1] - unseen[3] + math.log(prior), unseen[2]))
            if start is not None:
                candidates.append((start[1] + math.log(lm.p_char(s)), start[2]))
            for p, score, path, log_denominator in states:
                seen = lm.bigrams.get(p + s) if p else None
                if seen:
                    candidates.append((score + math.log(seen + prior) - log_denominator, path))
            best = max(candidates, key=lambda item: item[0])
            if s not in step or best[0] > step[s][0]:
                step[s] = (best[0], best[1] + ch)
        if len(step) > BEAM:
            step = dict(sorted(step.items(), key=lambda kv: -kv[1][0])[:BEAM])
        prev = step
    if right:
        r = simple(right[0])
        return max(((sc + lm.logp_pair(p, r), path) for p, (sc, path) in prev.items()),
                   key=lambda item: item[0])[1]
    return max(prev.values(), key=lambda item: item[0])[1]
