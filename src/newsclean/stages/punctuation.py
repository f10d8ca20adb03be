"""Punctuation: layout spaces next to full-width punctuation and converters' doubled commas go,
before the line tests, which must see each line as it comes out (else a second cleaning would
judge it again)."""
from __future__ import annotations

from newsclean.document import Document
from newsclean.text import DOUBLED_PAIRS, drop_doubled_punctuation, drop_space_by_punct


class TidyPunctuation:
    """Removes layout spaces next to full-width punctuation and converters' doubled commas,
    on lines the spaces stage has collapsed."""

    name = "punctuation"

    def __call__(self, doc: Document) -> Document:
        if doc.lines is None:
            return doc
        texts = [drop_space_by_punct(t) for _, t in doc.lines]
        joined = "\n".join(texts)  # one search for the rare doubled comma, not one a line
        doubled = any(pair in joined for pair in DOUBLED_PAIRS)
        lines = []
        for (number, _), text in zip(doc.lines, texts, strict=True):
            fixed = drop_doubled_punctuation(text) if doubled else text
            if fixed != text:
                doc.repair("doubled_punctuation", text, fixed, 0, 0.95, number)
            if fixed:
                lines.append((number, fixed))
        doc.lines = lines
        return doc
