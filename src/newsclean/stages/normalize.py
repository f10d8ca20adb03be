"""Layout spaces by punctuation and converters' doubled commas, taken out before the line tests."""
from __future__ import annotations

import re

from newsclean.document import Document
from newsclean.stages.lines import tidied

# A space next to full-width punctuation is layout, not content (`祁小青—— 当好`).
# Each pattern here starts with the character it removes, lookbehinds after it: a leading
# lookbehind is tried at every position of the page.
_SPACE_BY_PUNCT = re.compile(r" (?:(?<=[—，。：；！？、“”‘’（）《》【】] )|(?=[—，。：；！？、“”‘’（）《》【】]))")


def drop_space_by_punct(text: str) -> str:
    return _SPACE_BY_PUNCT.sub("", text) if " " in text else text


# Converters leave doubled punctuation (DAMAGE.md §6: `上午,,市政`, `講話,。`): a comma
# repeated, or standing right before the sentence end, is never the writer's. Only between
# Chinese characters or before a Chinese sentence end, so `1,,2` in data stays.
_DOUBLED_COMMA = re.compile(r"([,，])(?<=[\u4e00-\u9fff][,，])[,，]+(?=[\u4e00-\u9fff])")
_COMMA_BEFORE_END = re.compile(r"[,，](?<=[\u4e00-\u9fff][,，])(?=[。！？])")
# What either pattern needs, found by substring search: every comma of a page is a place
# the patterns would try.
_DOUBLED_PAIRS = tuple(a + b for a in ",，" for b in ",，。！？")


def drop_doubled_punctuation(text: str) -> str:
    """
    >>> drop_doubled_punctuation("今天上午,,市政府召开会议,。")
    '今天上午,市政府召开会议。'
    """
    return _COMMA_BEFORE_END.sub("", _DOUBLED_COMMA.sub(r"\1", text))


def settled(line: str) -> str:
    """The line as the whitespace and normalize stages leave it. A second cleaning starts
    from this form, so a repair stage that finds nothing to do on a line decides on this
    form too, or a second cleaning would repair what the first left."""
    line = drop_space_by_punct(tidied(line))
    return drop_doubled_punctuation(line) if any(pair in line for pair in _DOUBLED_PAIRS) else line


class NormalizeWhitespace:
    """Removes layout spaces next to full-width punctuation and converters' doubled commas,
    on lines the whitespace stage has tidied."""

    name = "normalize"

    def __call__(self, doc: Document) -> Document:
        if doc.lines is None:
            return doc
        texts = [drop_space_by_punct(t) for _, t in doc.lines]
        joined = "\n".join(texts)  # one search for the rare doubled comma, not one a line
        doubled = any(pair in joined for pair in _DOUBLED_PAIRS)
        lines = []
        for (number, _), text in zip(doc.lines, texts, strict=True):
            fixed = drop_doubled_punctuation(text) if doubled else text
            if fixed != text:
                doc.repair("doubled_punctuation", text, fixed, 0, 0.95, number)
            if fixed:
                lines.append((number, fixed))
        doc.lines = lines
        return doc
