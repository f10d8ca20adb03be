"""Re-decoding: lines that are Chinese read with the wrong codec, found by cheap signs and read
back with every codec of both families (`latin`, `gbk_family`), the language model choosing."""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import accumulate

from newsclean.document import Document, flag
from newsclean.stages.mojibake.gbk_family import gbk_family_searches
from newsclean.stages.mojibake.latin import latin_readings
from newsclean.stages.mojibake.search import (
    CP1252_EXTRA,
    MAX_LOST_SHARE,
    count_runs,
    filled_from_page,
    mostly_rare,
    rare_chars,
)
from newsclean.text import cjk_count, line_after_tidying

_LATIN_SHARE = 0.3


# A re-decoding must beat the line as it stands by this many nats per character; real
# fixes gain 4-8, so clean text (which has nothing to gain) is never touched.
_MIN_GAIN = 2.0


# Too few characters to judge a codec by: `\x80¤@` is not Big5 for 一.
_MIN_CJK = 3


# Lines re-decoded with one codec before the page's other lines are read with it, and the
# gain a reading needs then: the page has shown how it was damaged.
_PAGE_EVIDENCE = 2


_PAGE_MIN_GAIN = 1.0


# Rounds of ftfy on one line (one fix, and what a second cleaning would find after it).
_MAX_ROUNDS = 3


# Counted by the regular-expression engine, not a Python loop, on the lines with any sign.
_LATIN_CLASS = f"\x80-\xff{re.escape(CP1252_EXTRA)}"


_LATIN = re.compile(f"[{_LATIN_CLASS}]+")


def _latin_share(text: str) -> float:
    return count_runs(_LATIN, text) / max(1, len(text))


def is_suspect(text: str, lm) -> bool:
    """Worth re-decoding: many Latin-1 letters, or mostly characters rare in news."""
    return _latin_share(text) >= _LATIN_SHARE or mostly_rare(text, lm)


@lru_cache(maxsize=1)
def any_sign(lm) -> re.Pattern[str]:
    # One class, not an alternation of two: the engine then skips along by a table look-up.
    return re.compile(f"[{_LATIN_CLASS}{rare_chars(lm)}]")


def lines_with_signs(texts: list[str], lm) -> list[int]:
    """Indices of the lines that hold a Latin-1 letter or a rare character, the only ones
    `is_suspect` can pass: found in one scan of the page (a call a line cost four times
    the scanning), skipping to the next line at each hit."""
    joined = "\n".join(texts)
    ends = list(accumulate(len(t) + 1 for t in texts))  # just past each line's break
    found, pos, sign = [], 0, any_sign(lm)
    while m := sign.search(joined, pos):
        i = bisect_right(ends, m.start())
        found.append(i)
        pos = ends[i]
    return found


def _plausibility(texts: list[str], lm) -> list[float]:
    """Each text's log-probability per character, in simplified script, spaces left out
    (they carry no evidence either way, and U+00A0 is rare in the model)."""
    from newsclean.stages.script import to_simplified

    if not texts:
        return []
    squeezed = ["".join(t.split()) for t in texts]
    # One conversion for all: no line break is left in them, and OpenCC keeps line breaks.
    simple = to_simplified("\n".join(squeezed)).split("\n")
    return [score / max(1, len(t)) for score, t in zip(lm.score_many(simple), squeezed, strict=True)]


def redecode_candidates(texts: list[str], lm) -> list[list[tuple[str, str]]]:
    """(kind, text) for each way each line could be re-decoded. The lost bytes of all the
    lines are chosen in one search (`lm.best_paths`)."""
    from newsclean.lm import best_paths

    found: list[list[tuple[str, str]]] = []
    searches, owners = [], []
    for i, text in enumerate(texts):
        readings, lossy = latin_readings(text, lm)
        found.append(readings)
        for kind, search in [*lossy, *gbk_family_searches(text, lm)]:
            searches.append(search)
            owners.append((i, kind))
    for kind in {kind for _, kind in owners}:
        mine = [k for k, (_, owner) in enumerate(owners) if owner == kind]
        for k, search in zip(mine, filled_from_page([searches[k] for k in mine]), strict=True):
            searches[k] = search
    for (i, kind), recovered in zip(owners, best_paths(lm, searches), strict=True):
        if recovered is not None:
            found[i].append((kind, recovered))
    return found


# Re-decoding with the byte search costs about 35 µs a character here; this many characters
# of suspect lines per document bound the stage to a few seconds. A news page has under
# 30,000; past the budget a line is left as it is and flagged `repair_budget:redecode:LINE`.
MAX_SUSPECT_CHARS = 100_000


class RedecodeLines:
    """Re-decodes lines that are Chinese read with the wrong codec: UTF-8 read as GBK,
    GBK, Big5 or UTF-8 read as Latin-1/cp1252. Runs before ftfy: ftfy knows only UTF-8, and
    on a GBK line read as Latin-1 its partial fixes cost time and spoil characters, while
    here every codec competes under the language model. A candidate is kept only when the
    model finds it clearly more plausible Chinese; bytes that were lost stay U+FFFD and are
    counted, never invented. A page's suspect lines are decided together: their lost bytes
    in one search and all their readings in one scoring pass (a few array operations a
    page, not a few a line)."""

    name = "redecode"
    repairs = True

    @staticmethod
    def preload() -> None:
        from newsclean import gbk
        from newsclean.lm import load
        from newsclean.stages.mojibake.gbk_family import SWAPPED, lost_byte_tables
        from newsclean.stages.mojibake.search import rare_cjk

        lm = load()
        lm.tables  # noqa: B018 (built on first use)
        any_sign(lm)
        rare_cjk(lm)
        for kind in SWAPPED:
            lost_byte_tables(kind, lm)
        gbk.preload()

    def __init__(self, max_suspect_chars: int = MAX_SUSPECT_CHARS):
        self.max_suspect_chars = max_suspect_chars

    def __call__(self, doc: Document) -> Document:
        if not doc.lines:
            return doc
        from newsclean.lm import load

        texts = [t for _, t in doc.lines]
        if all(t.isascii() for t in texts):
            return doc
        lm, lines, budget = load(), list(doc.lines), self.max_suspect_chars
        signs = lines_with_signs(texts, lm)
        suspects = [i for i in signs if is_suspect(texts[i], lm)]
        tried = []
        for i in suspects:
            if len(texts[i]) > budget:
                flag(doc, f"repair_budget:redecode:{lines[i][0]}")
                continue
            budget -= len(texts[i])
            tried.append(i)
        # Lines with a sign or two are tried with what budget is left, and are re-decoded
        # only with the codec the suspect lines show the page was read with (so only when
        # there are enough suspect lines to show it).
        weak = set()
        for i in sorted(set(signs) - set(suspects)) if len(tried) >= _PAGE_EVIDENCE else ():
            if len(texts[i]) <= budget:
                budget -= len(texts[i])
                weak.add(i)
        if not tried:
            return doc
        tried = sorted([*tried, *weak])
        repaired = redecode_lines(doc, [lines[i] for i in tried], lm, {k for k, i in enumerate(tried) if i in weak})
        for i, text in zip(tried, repaired, strict=True):
            lines[i] = (lines[i][0], text)
        doc.lines = lines
        return doc


def redecode_lines(doc: Document, lines: list[tuple[int, str]], lm, weak: frozenset[int] | set[int] = frozenset()
                   ) -> list[str]:
    """Each line re-decoded, or as it was, the repairs recorded; a line left as it was
    is also decided as a second cleaning will see it (`line_after_tidying`). `weak`: lines that
    show too few signs of mojibake to be re-decoded but with the page's codec."""
    out = []
    for (number, text), decision in zip(lines, _decide([t for _, t in lines], lm, weak), strict=True):
        for _ in range(_MAX_ROUNDS):
            if decision is None and (as_tidied := line_after_tidying(text)) != text:
                decision = _decide([as_tidied], lm)[0]
                text = as_tidied if decision is not None else text
            if decision is None:
                break
            kind, fixed, confidence = decision
            lost = fixed.count("\ufffd") - text.count("\ufffd")
            if lost > 0 and kind != "utf8_as_cp1252":
                doc.flags.append(f"lost_bytes:{number}:{lost}")
            elif lost <= 0 and "\ufffd" in fixed and "\ufffd" in text:
                # Bytes a lossy decoder replaced that the model could not tell: kept, counted.
                doc.flags.append(f"lost_bytes:{number}:{fixed.count(chr(0xFFFD))}")
            doc.repair(kind, text, fixed, 0, confidence, number)
            text = fixed
            # A reading that still looks like mojibake is read again, as a second
            # cleaning would (garbage can read as another garbage).
            decision = _decide([text], lm)[0] if is_suspect(text, lm) else None
        out.append(text)
    return out

def _decide(texts: list[str], lm, weak: frozenset[int] | set[int] = frozenset()
            ) -> list[tuple[str, str, float] | None]:
    """(kind, re-decoded text, confidence) for each line, or None to leave it."""
    decisions: list[tuple[str, str, float] | None] = [None] * len(texts)
    weighed, later = [], []  # (line, its candidates): enough Chinese to judge by; any Chinese
    strong = [i for i in range(len(texts)) if i not in weak]
    for i, found in zip(strong, redecode_candidates([texts[i] for i in strong], lm), strict=True):
        # Latin-1 bytes that decode strictly as UTF-8, multi-byte sequences and all, were
        # UTF-8: other text almost never does (as in decode.detect_encoding), so there is
        # nothing for the model to weigh.
        utf8 = [t for kind, t in found if kind == "utf8_as_cp1252" and cjk_count(t) >= _MIN_CJK]
        if utf8:
            decisions[i] = ("utf8_as_cp1252", utf8[0], 0.99)
            continue
        found = [(kind, t) for kind, t in found
                 if t.count("\ufffd") <= MAX_LOST_SHARE * len(t) and cjk_count(t)]
        if viable := [(kind, t) for kind, t in found if cjk_count(t) >= _MIN_CJK]:
            weighed.append((i, viable))
        later.append((i, found))
    _weigh(texts, weighed, decisions, lm)
    # A page was read with one wrong codec: once it has shown on lines long enough to
    # judge, a short line (`日期：2011-04-03`), one with few signs of it (`时间` in
    # `Ê±¼ä£º2021-06-03 00:37:10`) or one whose reading gained too little alone (a
    # dateline's digits weigh the same either way) is read with it too, if that helps.
    later = [(i, found) for i, found in later if decisions[i] is None]
    kinds = Counter(d[0] for d in decisions if d)
    if kinds and (later or weak) and kinds.most_common(1)[0][1] >= _PAGE_EVIDENCE:
        kind = kinds.most_common(1)[0][0]
        others = sorted(weak)
        for i, found in zip(others, redecode_candidates([texts[i] for i in others], lm), strict=True):
            later.append((i, [(k, t) for k, t in found
                              if t.count("\ufffd") <= MAX_LOST_SHARE * len(t) and cjk_count(t)]))
        _weigh(texts, [(i, [c for c in found if c[0] == kind]) for i, found in later
                       if any(c[0] == kind for c in found)], decisions, lm, _PAGE_MIN_GAIN)
    return decisions


def _weigh(texts: list[str], weighed: list[tuple[int, list[tuple[str, str]]]],
           decisions: list[tuple[str, str, float] | None], lm, min_gain: float = _MIN_GAIN) -> None:
    """Decides each line whose best candidate beats it by `min_gain`; every line and its
    candidates are scored in one pass."""
    scores = iter(_plausibility([t for i, viable in weighed for t in (texts[i], *(v for _, v in viable))], lm))
    for i, viable in weighed:
        as_is = next(scores)
        best = max(((next(scores), kind, t) for kind, t in viable), key=lambda c: c[0])
        gain = best[0] - as_is
        if gain >= min_gain:
            decisions[i] = (best[1], best[2], round(min(0.99, 1 - math.exp(-gain)), 3))
