"""A character language model of simplified Chinese news, for choosing between repairs:
bigrams, and triples for the lost characters that stand alone between known ones.

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
    """From the shipped arrays: `chars` (code points) with `char_counts`, `pairs`
    (a << 16 | b, ascending) with `pair_counts`, and `triples` (a << 32 | b << 16 | c,
    ascending) with `triple_counts`."""

    def __init__(self, chars: np.ndarray, char_counts: np.ndarray, pairs: np.ndarray, pair_counts: np.ndarray,
                 triples: np.ndarray | None = None, triple_counts: np.ndarray | None = None):
        self.arrays = (chars, char_counts, pairs, pair_counts)
        self.triples = (np.zeros(0, np.uint64), np.zeros(0, np.int64)) if triples is None else (triples, triple_counts)
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
        self.seen = _filter(self.keys)
        triples, triple_counts = lm.triples
        # Views of the loaded arrays, not copies (keys are under 2^48; counts become floats
        # where they are used).
        self.triple_keys = triples.view(np.int64)  # ascending as built
        self.triple_counts = triple_counts
        # Per pair ab, in the pairs' order: how often triples start with it, and its weight
        # of P(c|b), grown with the characters seen after it as for the pairs. (A triple's
        # first two characters are a pair with at least its count, so the model has them.)
        prefixes = self.triple_keys >> 16  # ascending: each context's triples are a run
        starts = np.flatnonzero(np.concatenate(([True], prefixes[1:] != prefixes[:-1]))) if len(prefixes) else \
            np.zeros(0, dtype=np.intp)
        contexts, successors = prefixes[starts], np.diff(np.append(starts, len(prefixes)))
        rows = np.minimum(np.searchsorted(self.keys, contexts), len(self.keys) - 1)
        found = self.keys[rows] == contexts
        self.context_totals = np.zeros(len(self.keys))
        self.context_weights = np.zeros(len(self.keys))
        if len(starts):
            self.context_totals[rows[found]] = np.add.reduceat(self.triple_counts, starts)[found]
            self.context_weights[rows[found]] = _PER_SUCCESSOR * successors[found]
        self.triples_seen = _filter(self.triple_keys)

    def pair_rows(self, keys: np.ndarray) -> np.ndarray:
        """Each key a << 16 | b's row in the pair table, -1 for a pair never seen."""
        flat = keys.ravel()
        rows = np.full(flat.shape, -1, dtype=np.intp)
        maybe = _passing(self.seen, flat) if keys.size >= _FILTER_MIN else np.arange(flat.size)
        at = np.minimum(np.searchsorted(self.keys, flat[maybe]), len(self.keys) - 1)
        rows[maybe] = np.where(self.keys[at] == flat[maybe], at, -1)
        return rows.reshape(keys.shape)

    def pair_counts(self, keys: np.ndarray) -> np.ndarray:
        """count(ab) for each key a << 16 | b (0 for a pair never seen)."""
        if keys.size < _FILTER_MIN:
            return self._search(keys)
        flat = keys.ravel()
        maybe = _passing(self.seen, flat)
        counts = np.zeros(flat.shape)
        counts[maybe] = self._search(flat[maybe])
        return counts.reshape(keys.shape)

    def _search(self, keys: np.ndarray) -> np.ndarray:
        at = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        return np.where(self.keys[at] == keys, self.counts[at], 0.0)

    def p_after(self, rows: np.ndarray, c: np.ndarray, p_bc: np.ndarray) -> np.ndarray:
        """P(c|ab), for ab given by its pair row (`pair_rows`), from P(c|b) (`p_bc`): the
        triples' counts after ab with P(c|b) weighted in for what they never show
        (Witten-Bell, as for the pairs); P(c|b) itself after a context ab that no triple
        starts with, or that is missing."""
        out = p_bc.copy()
        some = np.flatnonzero(rows >= 0)
        some = some[self.context_totals[rows[some]] > 0]
        if not len(some):
            return out
        ab = rows[some]
        keys = (self.keys[ab] << 16) | c[some]
        # Most of a lost byte's options never follow ab: a bit each, as for the pairs.
        maybe = _passing(self.triples_seen, keys)
        at = np.minimum(np.searchsorted(self.triple_keys, keys[maybe]), len(self.triple_keys) - 1)
        count = np.zeros(len(keys))
        count[maybe] = np.where(self.triple_keys[at] == keys[maybe], self.triple_counts[at], 0.0)
        weight = self.context_weights[ab]
        out[some] = (count + weight * p_bc[some]) / (self.context_totals[ab] + weight)
        return out


# 2^24 bits for the 383,000 pairs: 2 % of unseen pairs pass the filter. Below _FILTER_MIN
# keys the binary search alone is quicker.
_SEEN_BITS = 24
_FILTER_MIN = 256
_FIBONACCI = np.uint64(0x9E3779B97F4A7C15)


def _filter(keys: np.ndarray) -> np.ndarray:
    """A bit filter of `keys`: 2^_SEEN_BITS bits, set in place (no array of a byte a bit)."""
    bits = np.zeros(1 << (_SEEN_BITS - 3), dtype=np.uint8)
    bit = _bit(keys)
    np.bitwise_or.at(bits, bit >> 3, np.left_shift(1, bit & 7).astype(np.uint8))
    return bits


def _passing(bits: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Indices of the keys whose bit is set in a filter (`_Tables.seen`): most pairs asked
    about were never seen (a lost byte's 64 options beside one character), and one bit each,
    2 MB, rules them out before the binary search over 3 MB of keys (about 40 ns a key)."""
    bit = _bit(keys)
    return np.flatnonzero((bits[bit >> 3] >> (bit & 7)) & 1)


def _bit(keys: np.ndarray) -> np.ndarray:
    """A pair key's bit in `_Tables.seen` (Fibonacci hashing: the top bits of key × 2^64/φ)."""
    return ((keys.astype(np.uint64) * _FIBONACCI) >> np.uint64(64 - _SEEN_BITS)).astype(np.intp)


@lru_cache(maxsize=1)
def load() -> CharLM:
    with resources.files("newsclean").joinpath("resources/charlm.npz").open("rb") as stream, \
            np.load(stream, allow_pickle=False) as archive:
        return CharLM(archive["chars"], archive["char_counts"], archive["pairs"], archive["pair_counts"],
                      archive["triples"], archive["triple_counts"])


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
    independent of each other and are scored in one batch (`_one_slots`), with the triples
    of two known characters on each side; longer runs are searched one by one on pairs
    (`_viterbi`; batching the runs of two across a page measured only 4 % faster on
    UTF-8-as-GBK pages: their time is the pairs' look-ups, not the calls).
    """
    outs: list[list[str] | None] = []
    ones: list[_OneSlot] = []
    for left, slots, right, traditional in searches:
        out: list[str] | None = []
        known = ("\0\0" + left)[-2:]  # the last two known characters ("\0": none)
        i = 0
        while i < len(slots):
            options = slots[i]
            if len(options) == 1:  # one character, or a run of known text
                out.append(options[0])
                known = (known + options[0])[-2:]
                i += 1
                continue
            j = i
            while j < len(slots) and len(slots[j]) != 1:
                j += 1
            if not all(slots[i:j]):
                out = None  # a slot with no option (what was filled in for it goes unused)
                break
            before, context = simple(known[0]), simple(known[1])
            following = "".join(simple(c) for c in _known_after(slots, j, right))
            if j == i + 1:
                ones.append(_OneSlot(out, len(out), before, context, options, following, traditional))
                out.append("")
            else:
                out.append(_viterbi(lm, context.strip("\0"), slots[i:j], following[:1], traditional))
            # What was chosen is not known yet: it is no context for the next lone slot.
            known = "\0\0"
            i = j
        outs.append(out)
    if ones:
        for one, ch in zip(ones, _one_slots(lm, ones), strict=True):
            one.out[one.at] = ch
    return [None if out is None else "".join(out) for out in outs]


def _known_after(slots: list[Sequence[str]], j: int, right: str) -> str:
    """Up to two known characters from slot `j` on, into the right context."""
    text = ""
    for slot in slots[j:]:
        if len(slot) != 1:
            return text[:2]
        text += slot[0]
        if len(text) >= 2:
            return text[:2]
    return (text + right)[:2]


class _OneSlot(NamedTuple):
    """A lone uncertain slot: where its choice goes, the two known characters before it
    ("\0" for none) and the ones after it (up to two), in the model's script."""

    out: list[str]
    at: int
    before: str
    context: str
    options: Sequence[str]
    following: str
    traditional: bool


def _one_slots(lm, tasks: list[_OneSlot]) -> list[str]:
    """The commonest case, one uncertain character s between known ones: every option
    scored by log P(s|before context) + log P(a|context s) + log P(a2|s a) for the two
    characters a, a2 after it, exactly (no beam), each triple's probability backed off to
    the pair's. All such slots at once: a few array operations for a page, not a few per
    slot."""
    t = lm.tables
    prepared = [_prepared(tuple(task.options), task.traditional) for task in tasks]
    lens = np.array([len(cps) for _, cps in prepared])
    cps = np.concatenate([cps for _, cps in prepared])

    # Per slot: the known characters around it, and the pairs among them.
    k = len(tasks)
    raw = _code_points("".join(task.before + task.context + (task.following + "\0\0")[:2] for task in tasks))
    # No character there ("\0"): a code point that is in no pair or triple (counts 0).
    around = np.where(raw == 0, _UNKNOWN, raw).reshape(k, 4).T
    around_rows = t.pair_rows(np.concatenate(((around[0] << 16) | around[1], (around[2] << 16) | around[3])))
    _, context, after, after2 = (np.repeat(row, lens) for row in around)
    before_rows, after_rows = np.repeat(around_rows[:k], lens), np.repeat(around_rows[k:], lens)
    has_after, has_after2 = (np.repeat(row != 0, lens) for row in raw.reshape(k, 4).T[2:])
    n = len(cps)
    rows = t.pair_rows(np.concatenate(((context << 16) | cps, (cps << 16) | after)))
    counts = np.where(rows >= 0, t.counts[rows], 0.0)
    after_pair = np.where(after_rows >= 0, t.counts[after_rows], 0.0)
    # With no context the left term is α·P(s) over a constant: a prior.
    p_left = (counts[:n] + t.alpha[context] * t.p[cps]) * np.exp(-t.log_den[context])
    p_right = (counts[n:] + t.alpha[cps] * t.p[after]) * np.exp(-t.log_den[cps])
    p_right2 = (after_pair + t.alpha[after] * t.p[after2]) * np.exp(-t.log_den[after])
    score = (np.log(t.p_after(before_rows, cps, p_left))
             + np.where(has_after, np.log(t.p_after(rows[:n], after, p_right)), 0.0)
             + np.where(has_after2, np.log(t.p_after(rows[n:], after2, p_right2)), 0.0))
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
