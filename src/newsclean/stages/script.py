"""Script restoration: pages a mirror traditionalised go back to simplified."""
from __future__ import annotations

import re
from functools import lru_cache

from newsclean.document import Document, flag

SCRIPTS = ("auto", "simplified", "traditional", "keep")


@lru_cache(maxsize=2)
def _converter(config: str):
    from opencc import OpenCC

    return OpenCC(config)


def to_simplified(text: str) -> str:
    return _converter("t2s").convert(text)


@lru_cache(maxsize=1)
def simplified_forms() -> dict[str, str]:
    """Each CJK character (U+4E00–U+9FFF) that t2s changes, and what it gives, found once by
    converting all of them in one call (a call a character costs microseconds each)."""
    chars = [chr(c) for c in range(0x4E00, 0xA000)]
    converted = to_simplified("\n".join(chars)).split("\n")
    return {c: t for c, t in zip(chars, converted, strict=True) if c != t}


@lru_cache(maxsize=1)
def traditional_chars() -> re.Pattern[str]:
    """Characters t2s changes."""
    return re.compile("[" + "".join(simplified_forms()) + "]")


@lru_cache(maxsize=1 << 14)
def classification_key(line: str) -> str:
    """The line as the line tests read it: in simplified script, since cue words and labels
    (版权所有, 来源, 责任编辑) are written simplified and a Taiwan or Hong Kong page keeps its
    traditional text. The key has the line's length (else it is the line), so offsets found
    in it hold in the line. Cached: the metadata and boilerplate stages both ask."""
    if not traditional_chars().search(line):
        return line
    key = to_simplified(line)
    return key if len(key) == len(line) else line


def classification_keys(texts: list[str]) -> list[str]:
    """`classification_key` of each line; `texts` itself when no line changes."""
    if not traditional_chars().search("\n".join(texts)):
        return texts  # one search for a simplified page, not one a line
    keys = [classification_key(t) for t in texts]
    return texts if keys == texts else keys


# OpenCC's own standard forms that no Taiwan or Hong Kong writer uses (爲, 衆, 僞 where they write
# 為, 眾, 偽): text that holds them came out of a converter run on simplified text (OpenCC's s2t,
# as mirrors run it), and its writer wrote simplified. Big5 lacks them, so a genuine Taiwan page,
# or an old Big5 gateway's copy, never shows them.
_CONVERTER_MIN = 2  # forms a page shows, at least
_CONVERTER_SHARE = 3  # times as many as the native forms beside them (a quotation's)


@lru_cache(maxsize=1)
def converter_forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The characters only OpenCC's standard writes, and the native forms that stand for them."""
    chars = [chr(c) for c in range(0x4E00, 0xA000)]
    joined = "\n".join(chars)
    taiwan = _converter("t2tw").convert(joined).split("\n")
    hong_kong = _converter("t2hk").convert(joined).split("\n")
    own = {c: t for c, t, h in zip(chars, taiwan, hong_kong, strict=True) if t != c and h != c and len(t) == 1}
    return re.compile(f"[{''.join(own)}]"), re.compile(f"[{''.join(set(own.values()))}]")


def converted_from_simplified(text: str) -> bool:
    """The text is traditional as a converter writes it from simplified (see `converter_forms`)."""
    own, native = converter_forms()
    count = len(own.findall(text))
    return count >= _CONVERTER_MIN and count > _CONVERTER_SHARE * len(native.findall(text))


def to_traditional(text: str) -> str:
    return _converter("s2t").convert(text)


# OpenCC's t2s leaves 著 alone, but in mainland text 著 survives only in the
# "writing / famous / marked" words; everywhere else (着力, 着手, 涌动着) it is 着.
_ZHU_KEPT_AFTER = "作名称述录书者"
_ZHU_KEPT_BEFORE = "显卓昭土编原名巨遗论专合新拙合譯译遗编"
_ZHU = re.compile(rf"(?<![{_ZHU_KEPT_BEFORE}])著(?![{_ZHU_KEPT_AFTER}])")


def fix_zhu(text: str) -> str:
    """著 → 着 outside the words that keep 著 in simplified Chinese.

    >>> fix_zhu("着力推进") == "着力推进", fix_zhu("著力推进"), fix_zhu("著作权")
    (True, '着力推进', '著作权')
    """
    return _ZHU.sub("着", text)


def _simplified(text: str) -> str:
    # 著 is a simplified character too (著作, and names: 王锦著): only a line the mirror
    # traditionalised, one that t2s changes, had its 着 made 著.
    after = to_simplified(text)
    return fix_zhu(after) if after != text else after


class RestoreScript:
    """Converts the script of the page.

    auto:        simplify only when glosses were stripped, or the text is in a converter's
                 own forms (`converted_from_simplified`): either proves the page was
                 simplified before a mirror traditionalised it. Genuinely traditional pages
                 (Taiwan, Hong Kong) show neither and are left alone.
    simplified / traditional: always convert. keep: never.
    """

    name = "script"
    repairs = True

    @staticmethod
    def preload() -> None:
        traditional_chars()
        to_traditional("")

    def __init__(self, script: str = "auto"):
        if script not in SCRIPTS:
            raise ValueError(f"script must be one of {SCRIPTS}, not {script!r}")
        self.script = script

    def __call__(self, doc: Document) -> Document:
        mode = self.script
        if mode == "auto":
            mode = "keep"
            if doc.glosses_removed:
                mode = "simplified"
            elif doc.lines and converted_from_simplified("\n".join(t for _, t in doc.lines)):
                mode = "simplified"
                flag(doc, "converted_traditional")
        if mode == "keep" or not doc.lines:
            return doc
        convert = _simplified if mode == "simplified" else to_traditional
        lines = []
        for number, text in doc.lines:
            after = text if text.isascii() else convert(text)
            for offset, before, new in changed_runs(text, after):
                doc.repair(f"script_{mode}", before, new, offset, 0.95, number)
            lines.append((number, after))
        doc.lines = lines
        return doc


def changed_runs(before: str, after: str) -> list[tuple[int, str, str]]:
    """(offset, old, new) for each run of changed characters; the whole line when a
    conversion changed its length (a rare phrase-level OpenCC rule).

    >>> changed_runs("發展經濟", "发展经济")
    [(0, '發', '发'), (2, '經濟', '经济')]
    """
    if before == after:
        return []
    if len(before) != len(after):
        return [(0, before, after)]
    runs, start = [], None
    for i, (a, b) in enumerate(zip(before + "\0", after + "\0", strict=True)):
        if a != b and start is None:
            start = i
        elif a == b and start is not None:
            runs.append((start, before[start:i], after[start:i]))
            start = None
    return runs
