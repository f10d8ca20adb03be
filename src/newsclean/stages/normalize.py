"""Final tidying of the body lines."""
from __future__ import annotations

import re

from newsclean.document import Document
from newsclean.stages.lines import C1_CONTROLS, tidy

# A space next to full-width punctuation is layout, not content (`祁小青—— 当好`).
_SPACE_BY_PUNCT = re.compile(r"(?<=[—，。：；！？、“”‘’（）《》【】]) | (?=[—，。：；！？、“”‘’（）《》【】])")


def drop_space_by_punct(text: str) -> str:
    return _SPACE_BY_PUNCT.sub("", text)


class NormalizeWhitespace:
    """Tidies body lines once more (repairs can leave spaces at a line's edge) and removes
    layout spaces next to full-width punctuation."""

    name = "normalize"

    def __call__(self, doc: Document) -> Document:
        if doc.lines is None:
            return doc
        lines = ((n, drop_space_by_punct(tidy(C1_CONTROLS.sub("", t)))) for n, t in doc.lines)
        doc.lines = [(n, t) for n, t in lines if t]
        return doc
