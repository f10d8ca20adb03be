"""A character bigram language model of simplified Chinese news, for choosing between repairs.

Built by `scripts/build_lm.py` from jieba's word-frequency dictionary and half of the
THUCNews corpus, shipped as NumPy arrays; loaded once per process, lazily, read-only. Short
texts are scored from dictionaries; long lines and the search over lost bytes from arrays
indexed by code point (`_Tables`).
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache, cached_property, lru_cache
from importlib import resources
from itertools import pairwise
from typing import NamedTuple

import numpy as np

# P(b|a) = (count(ab) + α(a)·P(b)) / (count(a) + α(a)). The weight α(a) of the unigram
# distribution grows with the number of characters seen after a (as in Witten-Bell
# smoothing): 个 is followed by any noun, most of them never seen after it, while 蝴 is
# followed by 蝶. 100 a successor brings it to the scale of the counts (jieba's: a common
# character is seen ~10^6 times), and it is never below the 2,000 that was used for all.
# Chosen on held-out articles 0-199 (UTF-8-as-GBK CER 0.0168 with 2,000 for all, 0.0150)
# and checked on 200-499 (0.0184, 0.0168): `python -m benchmarks.repair_quality 300 200`.
_PER_SUCCESSOR = 100.0
_ALPHA = 2000.0


def _alphas(chars: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """α(a) for each of `chars`."""
    successors = np.bincount((pairs >> 16).astype(np.int64), minlength=0x10000)[chars.astype(np.int64)]
    return np.maximum(_PER_SUCCESSOR * successors, _ALPHA)


class CharLM:
    """From the shipped arrays: `chars` (code points) with `char_counts`, and `pairs`
    (a << 16 | b, ascending) with `pair_counts`."""

    def __init__(self, chars: np.ndarray, char_counts: np.ndarray, pairs: np.ndarray, pair_counts: np.ndarray):
        self.arrays = (chars, char_counts, pairs, pair_counts)
        unigrams = dict(zip(_as_text(chars), char_counts.tolist(), strict=True))
        self.unigrams = unigrams
        self.bigrams = dict(zip(_as_text(np.stack([pairs >> 16, pairs & 0xFFFF], axis=1).ravel(), 2),
                                pair_counts.tolist(), strict=True))
        self.total = float(sum(unigrams.values()))
        self.vocab = len(unigrams) + 1
        # Every score is a sum of log((count(ab) + α(a)·P(b)) / (count(a) + α(a))); its
        # per-character parts are tabled once, so scoring a short line is a dictionary
        # look-up a pair.
        norm = self.total + self.vocab
        self._p = {ch: (n + 1.0) / norm for ch, n in unigrams.items()}
        self._unknown_p = 1.0 / norm
        self.alphas = _alphas(chars, pairs)
        self._alpha = dict(zip(_as_text(chars), self.alphas.tolist(), strict=True))
        self._log_den = {ch: math.log(n + self._alpha[ch]) for ch, n in unigrams.items()}
        self._log_alpha = math.log(_ALPHA)

    def p_char(self, ch: str) -> float:
        return (self.unigrams.get(ch, 0) + 1.0) / (self.total + self.vocab)

    def score(self, text: str) -> float:
        """Log-probability of `text` (its first character by frequency, then pairs)."""
        if not text:
            return 0.0
        if len(text) >= _ARRAY_MIN:
            return self.score_many([text])[0]
        bigrams, p, unknown, alpha = self.bigrams, self._p, self._unknown_p, self._alpha
        den, log_alpha, log = self._log_den, self._log_alpha, math.log
        total = math.log(self.p_char(text[0]))
        for a, b in pairwise(text):
            total += log(bigrams.get(a + b, 0) + alpha.get(a, _ALPHA) * p.get(b, unknown)) - den.get(a, log_alpha)
        return total

    def score_many(self, texts: list[str]) -> list[float]:
        """`score` of each text, all in one pass of array operations: the competing readings
        of a line are scored together, not a few array operations each."""
        lens = [len(t) for t in texts]
        if sum(lens) < _ARRAY_MIN:
            return [self.score(t) for t in texts]
        t, cps = self.tables, _code_points("".join(texts))
        # Every adjacent pair's term; a text's sum is a difference of the running total over
        # its own pairs, so the pairs that straddle two texts drop out.
        terms = (np.log(t.pair_counts((cps[:-1] << 16) | cps[1:]) + t.alpha[cps[:-1]] * t.p[cps[1:]])
                 - t.log_den[cps[:-1]])
        running = np.concatenate(([0.0], np.cumsum(terms)))
        scores, start = [], 0
        for n in lens:
            scores.append(float(t.log_p[cps[start]] + running[start + n - 1] - running[start]) if n else 0.0)
            start += n
        return scores

    def known(self, ch: str) -> bool:
        return ch in self.unigrams

    @cached_property
    def tables(self) -> _Tables:
        """The model as arrays indexed by code point, built on first use (a long line or a
        search over lost bytes), not at load."""
        return _Tables(self)


def _as_text(codes: np.ndarray, width: int = 1) -> list[str]:
    """Code points as strings of `width` characters, decoded in one call, not a chr() each."""
    text = np.asarray(codes, dtype="<u4").tobytes().decode("utf-32-le")
    return list(text) if width == 1 else [text[i:i + width] for i in range(0, len(text), width)]


# A line's end, as the model has it (from the ends of its articles): a lost byte at the
# end of a sentence's line is far more likely 。 than 、.
BOUNDARY = "\n"


# Below this many characters a Python loop over the pairs beats setting up the arrays.
_ARRAY_MIN = 48


# The model has no character outside the BMP: those are all read as U+FFFF, which it never
# saw either (unknown prior, no pairs).
_UNKNOWN = 0xFFFF


def _code_points(text: str) -> np.ndarray:
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    return np.minimum(cps, _UNKNOWN)


def _cp(ch: str) -> int:
    return min(ord(ch), _UNKNOWN)


class _Tables:
    """Per code point: P(c), α(c), log(count(c) + α(c)), log P(c); the bigrams as sorted keys
    (a << 16 | b) with their counts. Scoring a line or a search step is then a few array
    operations instead of a dictionary look-up a pair."""

    def __init__(self, lm: CharLM):
        chars, char_counts, pairs, pair_counts = lm.arrays
        norm = lm.total + lm.vocab
        self.p = np.full(0x10000, lm._unknown_p)
        self.alpha = np.full(0x10000, _ALPHA)
        self.log_den = np.full(0x10000, lm._log_alpha)
        cps = chars.astype(np.int64)  # all in the BMP (the build keeps no other)
        counts = char_counts.astype(np.float64)
        self.p[cps] = (counts + 1.0) / norm
        self.alpha[cps] = lm.alphas
        self.log_den[cps] = np.log(counts + self.alpha[cps])
        self.log_p = np.log(self.p)
        keys = pairs.astype(np.int64)
        order = np.argsort(keys, kind="stable")  # ascending as built; sorting costs little
        self.keys = keys[order]
        self.counts = pair_counts.astype(np.float64)[order]
        seen = np.zeros(1 << _SEEN_BITS, dtype=bool)
        seen[_bit(self.keys)] = True
        self.seen = np.packbits(seen, bitorder="little")

    def pair_counts(self, keys: np.ndarray) -> np.ndarray:
        """count(ab) for each key a << 16 | b (0 for a pair never seen)."""
        if keys.size < _FILTER_MIN:
            return self._search(keys)
        # Most pairs asked about were never seen (a lost byte's 64 options beside one
        # character): one bit each in `seen`, 2 MB, rules them out before the binary
        # search over 3 MB of keys, which costs about 40 ns a key.
        flat = keys.ravel()
        bit = _bit(flat)
        maybe = np.flatnonzero((self.seen[bit >> 3] >> (bit & 7)) & 1)
        counts = np.zeros(flat.shape)
        counts[maybe] = self._search(flat[maybe])
        return counts.reshape(keys.shape)

    def _search(self, keys: np.ndarray) -> np.ndarray:
        at = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        return np.where(self.keys[at] == keys, self.counts[at], 0.0)


# 2^24 bits for the 383,000 pairs: 2 % of unseen pairs pass the filter. Below _FILTER_MIN
# keys the binary search alone is quicker.
_SEEN_BITS = 24
_FILTER_MIN = 256
_FIBONACCI = np.uint64(0x9E3779B97F4A7C15)


def _bit(keys: np.ndarray) -> np.ndarray:
    """A pair key's bit in `_Tables.seen` (Fibonacci hashing: the top bits of key × 2^64/φ)."""
    return ((keys.astype(np.uint64) * _FIBONACCI) >> np.uint64(64 - _SEEN_BITS)).astype(np.intp)


@lru_cache(maxsize=1)
def load() -> CharLM:
    with resources.files("newsclean").joinpath("resources/charlm.npz").open("rb") as stream, \
            np.load(stream, allow_pickle=False) as archive:
        return CharLM(archive["chars"], archive["char_counts"], archive["pairs"], archive["pair_counts"])


@cache
def simple(ch: str) -> str:
    """The simplified form the model is scored in (pages may be traditional)."""
    from newsclean.stages.script import to_simplified

    return to_simplified(ch) if ch else ch


# States kept a step within a run of uncertain slots: two lost bytes side by side would
# otherwise pair 2,000 options with 2,000. On held-out articles of UTF-8 read as GBK
# (benchmarks.repair_quality N) 16 gives the CER of 256 (0.0219 on 200, 0.0231 on 500) in
# 83 % of its time on such pages; 4 gives 0.0228 on 200.
BEAM = 16


class Search(NamedTuple):
    """Slots between a left and a right context: a slot is a list of options, and a slot
    with one option may hold a run of known text. `traditional`: the line is written in
    traditional characters, so of options that simplify alike (and so score alike) the
    traditional one is chosen, else the simplified one."""

    left: str
    slots: list[Sequence[str]]
    right: str
    traditional: bool = False


def best_path(lm, left: str, slots: list[Sequence[str]], right: str, traditional: bool = False) -> str | None:
    """The most probable characters for the slots between the left and right context
    (None if a slot has no option)."""
    return best_paths(lm, [Search(left, slots, right, traditional)])[0]


def best_paths(lm, searches: list[Search]) -> list[str | None]:
    """`best_path` of each search, all of them together (a page's damaged lines).

    A bigram model makes a slot with one option cut the search in two: the best choice
    before it cannot depend on what comes after. So only runs of uncertain slots are
    searched, each between the characters that fix it; a damaged line is mostly certain
    characters with an uncertain one here and there. Those lone uncertain characters are
    independent of each other and are scored in one batch (`_one_slots`); longer runs are
    searched one by one (`_viterbi`; batching the runs of two across a page measured only
    4 % faster on UTF-8-as-GBK pages: their time is the pairs' look-ups, not the calls).
    """
    outs: list[list[str] | None] = []
    # (the search's output, place in it, context, options, after, traditional)
    ones: list[tuple[list[str], int, str, Sequence[str], str, bool]] = []
    for left, slots, right, traditional in searches:
        out: list[str] | None = []
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
                j += 1
            if not all(slots[i:j]):
                out = None  # a slot with no option (what was filled in for it goes unused)
                break
            after = slots[j][0][:1] if j < len(slots) else right[:1]
            after = simple(after) if after else ""
            if j == i + 1:
                ones.append((out, len(out), context, options, after, traditional))
                out.append("")
            else:
                out.append(_viterbi(lm, context, slots[i:j], after, traditional))
            i = j
        outs.append(out)
    if ones:
        for (out, at, *_), ch in zip(ones, _one_slots(lm, ones), strict=True):
            out[at] = ch
    return [None if out is None else "".join(out) for out in outs]


def _one_slots(lm, tasks: list[tuple[list[str], int, str, Sequence[str], str, bool]]) -> list[str]:
    """The commonest case, one uncertain character between two known ones: every option
    scored on both sides, log P(s|context) + log P(after|s), exactly (no beam). All such
    slots at once: a few array operations for a page, not a few per slot."""
    t = lm.tables
    prepared = [_prepared(tuple(options), traditional) for *_, options, _, traditional in tasks]
    lens = np.array([len(cps) for _, cps in prepared])
    cps = np.concatenate([cps for _, cps in prepared])
    # No context or no following character: a code point that is in no pair (count 0),
    # which leaves log α·P(s) on the left, and the right term is masked out.
    context = np.repeat([_cp(c) if c else _UNKNOWN for _, _, c, _, _, _ in tasks], lens)
    after = np.repeat([_cp(a) if a else _UNKNOWN for *_, a, _ in tasks], lens)
    has_after = np.repeat([bool(a) for *_, a, _ in tasks], lens)
    counts = t.pair_counts(np.concatenate(((context << 16) | cps, (cps << 16) | after)))
    n = len(cps)
    score = np.log(counts[:n] + t.alpha[context] * t.p[cps]) + np.where(
        has_after, np.log(counts[n:] + t.alpha[cps] * t.p[after]) - t.log_den[cps], 0.0)
    # The first best option of each slot, as argmax would pick it slot by slot.
    starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
    best = np.maximum.reduceat(score, starts)
    hits = np.flatnonzero(score == np.repeat(best, lens))
    first = hits[np.searchsorted(hits, starts)]
    return [chars[k - s] for (chars, _), k, s in zip(prepared, first.tolist(), starts.tolist(), strict=True)]


def _from(t: _Tables, context: str, cps: np.ndarray) -> np.ndarray:
    """log P(s|context) for each state, less the term common to all, log(count(context) + α);
    with no context, log α·P(s)."""
    if not context:
        return np.log(_ALPHA * t.p[cps])
    a = _cp(context)
    return np.log(t.pair_counts((a << 16) | cps) + t.alpha[a] * t.p[cps])


def _to(t: _Tables, cps: np.ndarray, after: str) -> np.ndarray:
    """log P(after|s) for each state s."""
    b = _cp(after)
    return np.log(t.pair_counts((cps << 16) | b) + t.alpha[cps] * t.p[b]) - t.log_den[cps]


def _viterbi(lm, context: str, run: list[Sequence[str]], after: str, traditional: bool) -> str:
    """Viterbi over a run of uncertain slots between two known characters ("" for none):
    each step scores every (state, option) pair at once, keeps the best predecessor of each
    option, and the BEAM best states (best first) of every slot but the last."""
    t = lm.tables
    chars, cps = _prepared(tuple(run[0]), traditional)
    score = _from(t, context, cps)
    steps: list[tuple[list[str], np.ndarray | None]] = []  # (characters, best predecessor)
    back = None
    for step, options in enumerate([None, *run[1:]]):
        if options is not None:
            chars, next_cps = _prepared(tuple(options), traditional)
            counts = t.pair_counts((cps[:, None] << 16) | next_cps[None, :])
            total = (score - t.log_den[cps])[:, None] + np.log(counts + t.alpha[cps][:, None] * t.p[next_cps][None, :])
            back = np.argmax(total, axis=0)
            score, cps = total[back, np.arange(len(next_cps))], next_cps
        keep = np.argsort(-score, kind="stable")[:BEAM] if step < len(run) - 1 else np.arange(len(score))
        score, cps = score[keep], cps[keep]
        steps.append(([chars[k] for k in keep], None if back is None else back[keep]))
    if after:
        score = score + _to(t, cps, after)
    state, path = int(np.argmax(score)), []
    for chars, back in reversed(steps):
        path.append(chars[state])
        if back is not None:
            state = int(back[state])
    return "".join(reversed(path))


@lru_cache(maxsize=4096)
def _prepared(options: tuple[str, ...], traditional: bool) -> tuple[list[str], np.ndarray]:
    """A slot's states and the code points they are scored by. The model is of simplified
    text: on a traditional line each state is a simplified form, standing for the option
    written in traditional (UTF-8's lost bytes leave 转 and 轉, 术 and 朮 side by side); on
    a simplified line each option is scored as itself, so 爾 is as rare there as it is in
    simplified text, not as common as 尔. Cached: the same option lists recur on every
    damaged page."""
    if not traditional:
        chars = list(dict.fromkeys(options))
        return chars, np.array([_cp(ch) for ch in chars], dtype=np.int64)
    chosen: dict[str, str] = {}
    for ch in options:
        form = simple(ch)
        if form not in chosen or (ch != form and chosen[form] == form):
            chosen[form] = ch
    return list(chosen.values()), np.array([_cp(s) for s in chosen], dtype=np.int64)
