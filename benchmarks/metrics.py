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
