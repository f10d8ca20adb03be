"""A character bigram language model of simplified Chinese news, for choosing between repairs.

Built by `scripts/build_lm.py` from jieba's word-frequency dictionary and half of the
THUCNews corpus; loaded once per process, lazily, read-only.
"""
from __future__ import annotations

import gzip
import math
from functools import cache, cached_property, lru_cache
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
        # Every score is a sum of log((count(ab) + α·P(b)) / (count(a) + α)); its per-character
        # parts are tabled once, so scoring a line is a dictionary look-up a pair.
        norm = self.total + self.vocab
        self._alpha_prior = {ch: _ALPHA * (n + 1.0) / norm for ch, n in unigrams.items()}
        self._unknown_prior = _ALPHA / norm
        self._log_prior = {ch: math.log(v) for ch, v in self._alpha_prior.items()}
        self._log_den = {ch: math.log(n + _ALPHA) for ch, n in unigrams.items()}
        self._log_alpha = math.log(_ALPHA)

    def p_char(self, ch: str) -> float:
        return (self.unigrams.get(ch, 0) + 1.0) / (self.total + self.vocab)

    def alpha_prior(self, ch: str) -> float:
        return self._alpha_prior.get(ch, self._unknown_prior)

    def log_prior(self, ch: str) -> float:
        """log(α·P(ch)): the numerator of P(ch|p) for a pair the model never saw."""
        value = self._log_prior.get(ch)
        return math.log(self._unknown_prior) if value is None else value

    def log_den(self, ch: str) -> float:
        """log(count(ch) + α): the denominator of P(·|ch)."""
        return self._log_den.get(ch, self._log_alpha)

    def logp_pair(self, a: str, b: str) -> float:
        return math.log(self.bigrams.get(a + b, 0) + self.alpha_prior(b)) - self.log_den(a)

    def score(self, text: str) -> float:
        """Log-probability of `text` (its first character by frequency, then pairs)."""
        if not text:
            return 0.0
        bigrams, prior, unknown = self.bigrams, self._alpha_prior, self._unknown_prior
        den, log_alpha, log = self._log_den, self._log_alpha, math.log
        total = math.log(self.p_char(text[0]))
        for a, b in pairwise(text):
            total += log(bigrams.get(a + b, 0) + prior.get(b, unknown)) - den.get(a, log_alpha)
        return total

    def known(self, ch: str) -> bool:
        return ch in self.unigrams

    @cached_property
    def successors(self) -> dict[str, dict[str, int]]:
        """a -> {b: count(ab)}: built on first use (a search over lost bytes), not at load."""
        table: dict[str, dict[str, int]] = {}
        for pair, count in self.bigrams.items():
            row = table.get(pair[0])
            if row is None:
                row = table[pair[0]] = {}
            row[pair[1]] = count
        return table


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


# States kept a step within a run of uncertain slots: two lost bytes side by side would
# otherwise pair 512 options with 512. On 200 held-out articles of UTF-8 read as GBK
# (benchmarks.repair_quality 200) 256 gives the CER of the full search (0.0219); 64 gives
# 0.0220, 16 gives 0.0222.
BEAM = 256


def best_path(lm, left: str, slots: list[list[str]], right: str) -> str | None:
    """The most probable characters for the slots between the left and right context.
    A slot is a list of options; a slot with one option may hold a run of known text.

    A bigram model makes a slot with one option cut the search in two: the best choice
    before it cannot depend on what comes after. So only runs of uncertain slots are
    searched (`_viterbi`), each between the characters that fix it; a damaged line is
    mostly certain characters with an uncertain one here and there.
    """
    out: list[str] = []
    context = simple(left[-1]) if left else ""
    i = 0
    while i < len(slots):
        options = slots[i]
        if len(options) == 1:  # one character, or a run of known text
            out.append(options[0])
            context = simple(options[0][-1:])
            i += 1
            continue
        j = i
        while j < len(slots) and len(slots[j]) != 1:
            if not slots[j]:
                return None
            j += 1
        after = slots[j][0][:1] if j < len(slots) else right[:1]
        after = simple(after) if after else ""
        if j == i + 1 and len(options) <= BEAM:
            out.append(_one_slot(lm, context, options, after))
        else:
            out.append(_viterbi(lm, context, slots[i:j], after))
        i = j
    return "".join(out)


def _one_slot(lm, context: str, options: list[str], after: str) -> str:
    """The commonest case, one uncertain character between two known ones: each option
    scored on both sides, log P(s|context) + log P(after|s), with no search state."""
    keys, priors = _prepared(lm, tuple(options))
    row = lm.successors.get(context) if context else None
    bigrams, log_den, log = lm.bigrams, lm.log_den, math.log
    right_prior = lm.alpha_prior(after) if after else 0.0
    best, best_score = "", -math.inf
    for s, prior in priors:  # prior = log(α·P(s)), the left side of an unseen pair
        count = row.get(s) if row else None
        score = log(count + lm.alpha_prior(s)) if count else prior
        if after:
            score += log(bigrams.get(s + after, 0) + right_prior) - log_den(s)
        if score > best_score:
            best, best_score = s, score
    return keys[best]


def _viterbi(lm, context: str, run: list[list[str]], after: str) -> str:
    """Viterbi over a run of uncertain slots between two known characters ("" for none).

    P(s|p) = (count(ps) + α·P(s)) / (count(p) + α): for every pair the model never saw it is
    α·P(s) / (count(p) + α), so the best unseen predecessor is one state a step, and only the
    attested pairs — few for the rare characters mojibake leaves — are scored one by one,
    read from the predecessor's successor table.
    """
    log_prior, log_den, succ = lm.log_prior, lm.log_den, lm.successors
    # state (simplified character) -> (score, path)
    prev: dict[str, tuple[float, str]] = {context: (0.0, "")}
    for options in run:
        if "" in prev:  # the line starts here: P(s) alone
            unseen = (-math.log(_ALPHA), "")
        else:
            unseen = max(((sc - log_den(p), path) for p, (sc, path) in prev.items()), key=_first)
        keys, priors = _prepared(lm, tuple(options))
        attested: dict[str, tuple[float, str]] = {}
        for p, (sc, path) in prev.items():
            table = succ.get(p)
            if not table:
                continue
            base = sc - log_den(p)
            pairs = ((s, table[s]) for s in keys if s in table) if len(keys) < len(table) else (
                (s, c) for s, c in table.items() if s in keys)
            for s, count in pairs:
                score = base + math.log(count + lm.alpha_prior(s))
                if s not in attested or score > attested[s][0]:
                    attested[s] = (score, path + keys[s])
        # Every other state scores the unseen baseline plus its prior, so only the BEAM with
        # the highest priors can survive the beam: a slot of 2,000 options costs 256.
        step = dict(attested)
        added = 0
        for s, prior in priors:
            if added == BEAM:
                break
            score = unseen[0] + prior
            if s not in step:
                step[s] = (score, unseen[1] + keys[s])
                added += 1
            elif score > step[s][0]:
                step[s] = (score, unseen[1] + keys[s])
        if len(step) > BEAM:
            step = dict(sorted(step.items(), key=lambda kv: -kv[1][0])[:BEAM])
        prev = step
    if after:
        bigrams, prior = lm.bigrams, lm.alpha_prior(after)
        return max(((sc - log_den(p) + math.log(bigrams.get(p + after, 0) + prior), path)
                    for p, (sc, path) in prev.items()), key=_first)[1]
    return max(prev.values(), key=_first)[1]


@lru_cache(maxsize=4096)
def _prepared(lm, options: tuple[str, ...]) -> tuple[dict[str, str], list[tuple[str, float]]]:
    """The states of a slot's options: simplified form -> the first option that has it, and
    (state, log(α·P(s))) from the likeliest down. Cached: the same option lists recur on
    every damaged page."""
    keys: dict[str, str] = {}
    for ch in options:
        keys.setdefault(simple(ch), ch)
    return keys, sorted(((s, lm.log_prior(s)) for s in keys), key=lambda sp: -sp[1])


def _first(item):
    return item[0]
