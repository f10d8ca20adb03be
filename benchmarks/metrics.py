"""Quality metrics, each tested on hand-made cases in tests/test_metrics.py."""
from __future__ import annotations

import re
import unicodedata

from newsclean.document import STRAY_QUESTION
from newsclean.stages.glosses import SYLLABLE

_SPACE = re.compile(r"\s+")
_GLOSS = re.compile(rf"\({SYLLABLE}\)")
_PUA = re.compile(r"[\ue000-\uf8ff]")


def comparable(text: str) -> str:
    """Text as bodies are compared: NFKC (so `，` equals `,`), whitespace removed."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def cer(hypothesis: str, reference: str) -> float:
    """Character error rate: Levenshtein distance over the reference length."""
    from rapidfuzz.distance import Levenshtein

    hyp, ref = comparable(hypothesis), comparable(reference)
    if not ref:
        return 0.0 if not hyp else 1.0
    return Levenshtein.distance(hyp, ref) / len(ref)


def residue(text: str) -> dict[str, int]:
    """Damage left in a body: glosses, `?` between non-ASCII characters, U+FFFD, private use."""
    return {
        "glosses": len(_GLOSS.findall(text)),
        "stray_question_marks": len(STRAY_QUESTION.findall(text)),
        "replacement_chars": text.count("\ufffd"),
        "private_use": len(_PUA.findall(text)),
    }


# A line counts as present in an output when an output line matches it this closely
# (rapidfuzz ratio, 0–100): a repaired paragraph with a character or two wrong is still
# the paragraph, and a chrome line left in with a repair is still a leak.
MATCH_RATIO = 90
# Below this many characters a line is only matched whole: `分享到` inside a sentence is not a leak.
MIN_SUBSTRING = 8


def present(forms: list[str], out_lines: list[str], out: str, inside: bool = True) -> bool:
    """Whether any form of a line (gold, or as the page showed it) is in the output.
    `out_lines` and `out` are already `comparable`. With `inside` off, only whole output
    lines count: a headline is often a clause of its own article."""
    from rapidfuzz import fuzz

    for form in (comparable(f) for f in forms if f):
        if not form:
            continue
        if form in out_lines or (inside and len(form) >= MIN_SUBSTRING and form in out):
            return True
        if len(form) >= 4 and any(fuzz.ratio(form, line) >= MATCH_RATIO for line in out_lines):
            return True
    return False


def traditional_left(text: str, gold: str) -> int:
    """Traditional characters in a mainland page's output beyond those its gold has."""
    from newsclean.stages.script import traditional_chars

    trad = traditional_chars()
    return max(0, len(trad.findall(text)) - len(trad.findall(gold)))


def meta_equal(name: str, got, want) -> bool:
    """A metadata field is right when it equals the gold; dates are compared by the day,
    since not every system reports the time."""
    if name == "published_at" and isinstance(got, str) and isinstance(want, str):
        return got[:10] == want[:10]
    return got == want
