"""Pinyin glosses that SEO mirrors insert after characters: `發(fā)展` → `發展`."""
from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from bisect import bisect_right
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path

from newsclean.document import Document
from newsclean.text import is_prose

# A gloss is a bracketed syllable of Latin letters with or without tone marks, straight
# after a CJK character. Syllables are at most 6 letters (zhuang, shuang).
_SYLLABLE_MAX = 6
# (In capitals too, tone marks and all: `發(FĀ)展`, as a mirror that sets its glosses so writes them.)
SYLLABLE = f"[a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙÜǕǗǙǛŃŇǸḾ]{{1,{_SYLLABLE_MAX}}}"
_HAN = "\u3400-\u9fff\uf900-\ufaff"
# Mirrors write glosses in more than one way: in ASCII or full-width brackets of any shape,
# with tone marks, tone numbers (`fa1`) or none, after a character or after a word with one
# syllable a character (`發展(fāzhǎn)`, `發展(fā zhǎn)`), doubled (docs/damage.md, in the wild:
# `會(hui)(hui)議`), with a space before it or after it (`社會(hui) 變遷`). Before a Chinese
# character inside a sentence a space after it is the mirror's and goes too; in a headline it may
# be the page's own, between segments (`目標(biāo) 加快`, seed 001), and stays.
_TONED = f"{SYLLABLE}[1-5]?"
# Or in zhuyin (bopomofo), as mirrors for Taiwan's readers set it (`發(ㄈㄚ)展`): a syllable's
# letters, its tone mark after them (the neutral tone's `˙` before them too).
_ZHUYIN_LETTERS = "\u3105-\u312f\u31a0-\u31bf"
_ZHUYIN_TONES = "ˊˇˋ˙"
ZHUYIN = f"˙?[{_ZHUYIN_LETTERS}]{{1,4}}[{_ZHUYIN_TONES}]?"
_WORD_SYLLABLES = 4
# (The pattern opens with the bracket, so that the engine skips along a line to one; the
# character before it, and a space between, are asked after.)
_OPEN, _CLOSE = "(（[［{｛<〈【", ")）]］}｝>〉】"
_O, _C = f"[{re.escape(_OPEN)}]", f"[{re.escape(_CLOSE)}]"
_ANY_OPEN = re.compile(_O)
_GLOSS = re.compile(
    rf"(?P<gloss>{_O}(?P<body>{_TONED}(?:[ '’]?{_TONED}){{0,{_WORD_SYLLABLES - 1}}}|{ZHUYIN}){_C}"
    rf"(?:{_O}(?P=body){_C})*)(?P<space> (?=[\u3400-\u9fff]))?")
_SPLIT_SYLLABLES = re.compile(r"[ '’]|(?<=[1-5])(?=[A-Za-z])")
# Or glued on without brackets (`發fā展`): a run of lower-case letters right after a Chinese
# character, whatever follows it. Only a page that does it again and again (_GLUED_MIN) is taken
# to, as a writer may set a word of pinyin in the text; no tone numbers, as a digit after the run
# is the text's (`上涨zhǎng10.7%`). (The pattern opens with the letters, so that the engine skips
# along a line to them, asks for the character before after the first letter, and takes the
# letters as one run, split into syllables after.)
_LOWER = "a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ"
_GLUED = re.compile(rf"(?P<body>[{_LOWER}](?<=[{_HAN}][{_LOWER}])[{_LOWER}]{{0,23}})(?![{_LOWER}])")
_GLUED_MIN = 3
_CJK = re.compile(f"[{_HAN}]")


@lru_cache(maxsize=1 << 14)
def plain_syllable(syllable: str) -> str:
    """A syllable without tone marks, with ü written as v."""
    decomposed = unicodedata.normalize("NFD", syllable.lower()).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def spellings(reading: str) -> set[str]:
    """The ways a mirror writes a reading: toned, toneless, and ü as v or as u."""
    plain = plain_syllable(reading)
    return {reading.lower(), plain, plain.replace("v", "u")}


@cache
def char_readings() -> dict[int, str]:
    """pypinyin's per-character readings (code point → "zhōng,zhòng"), read from the data
    file it ships: importing pypinyin loads its phrase dictionary and trains a segmenter
    (~0.17 s a process) that readings of single characters never use. Where the file is
    not found, from pypinyin itself."""
    spec = importlib.util.find_spec("pypinyin")
    if spec is not None and spec.submodule_search_locations:
        path = Path(spec.submodule_search_locations[0]) / "pinyin_dict.json"
        if path.is_file():
            return {int(code): value for code, value in json.loads(path.read_text(encoding="utf-8")).items()}
    from pypinyin.pinyin_dict import pinyin_dict

    return pinyin_dict


@cache
def readings(char: str) -> frozenset[str]:
    """Every reading of a character and of its simplified form, in all its spellings."""
    # The per-character dictionary, read directly: `pinyin()` segments and restyles its
    # input, ~40 µs a character, and a mirror page glosses hundreds of characters.
    from newsclean.stages.script import simplified_forms, to_simplified

    simple = simplified_forms().get(char, char) if "\u4e00" <= char <= "\u9fff" else to_simplified(char)
    found: set[str] = set()
    for form in {char, simple}:
        if len(form) == 1:
            for reading in char_readings().get(ord(form), "").split(","):
                if reading:
                    found |= spellings(reading)
    return frozenset(found)


@lru_cache(maxsize=1 << 16)
def is_reading(char: str, syllable: str) -> bool:
    if syllable[-1] in _ZHUYIN_TONES or "\u3105" <= syllable[0] <= "\u31bf":
        return syllable.strip(_ZHUYIN_TONES) in zhuyin_readings(char)
    syllable = syllable.rstrip("12345")  # a tone number
    known = readings(char)
    return syllable.lower() in known or plain_syllable(syllable) in known


@cache
def zhuyin_readings(char: str) -> frozenset[str]:
    """A character's readings in zhuyin, without their tones (pypinyin's converter, imported on
    the first page that glosses so)."""
    from pypinyin.style.bopomofo import BopomofoConverter

    converter = BopomofoConverter()
    return frozenset(converter.to_bopomofo(r).strip(_ZHUYIN_TONES) for r in readings(char) if r.isalpha())


def glossed_chars(before: str, body: str) -> int:
    """How many of the characters ending `before` the gloss `body` reads, one syllable a
    character (0: it reads none). A word's gloss is read only in lower case: `北京(Beijing)` is
    a writer's own."""
    parts = [p for p in _SPLIT_SYLLABLES.split(body) if p]
    if len(parts) > 1:
        chars = before[-len(parts):]
        ok = (len(chars) == len(parts) and body.islower() and all(_CJK.match(c) for c in chars)
              and all(is_reading(c, p) for c, p in zip(chars, parts, strict=True)))
        return len(parts) if ok else 0
    if is_reading(before[-1], body):
        return 1
    if not body.islower():
        return 0
    # A word's syllables run together (`fāzhǎn`): split where each part reads its character.
    for n in range(2, min(_WORD_SYLLABLES, len(before)) + 1):
        chars = before[-n:]
        if all(_CJK.match(c) for c in chars) and _segments(chars, body):
            return n
    return 0


def _segments(chars: str, body: str) -> bool:
    if not chars:
        return not body
    return any(is_reading(chars[0], body[:k]) and _segments(chars[1:], body[k:])
               for k in range(1, min(_SYLLABLE_MAX + 1, len(body) - len(chars) + 2)))


class StripGlosses:
    """Removes a `(pinyin)` gloss only when it is a reading of the character before it.

    A bracketed word that is not a reading of that character (`(环保)`, `(XWT185)`,
    `(China)`) stays: it is either real text or evidence of split-character damage.
    """

    name = "glosses"
    repairs = True

    @staticmethod
    def preload() -> None:
        char_readings()  # pypinyin's data file: ~30 ms, on the first page with a Latin word after a character

    def __call__(self, doc: Document) -> Document:
        if not doc.lines:
            return doc
        removed = 0
        lines = []
        for number, text in doc.lines:
            if _ANY_OPEN.search(text):
                kept: list[str] = []
                last = 0
                glossed = ""  # the characters the gloss that ended at `last` read
                sentence = is_prose(text)
                for m in _GLOSS.finditer(text):
                    start = m.start()
                    pre = start >= 2 and text[start - 1] == " "
                    start -= pre
                    if start < last:
                        continue
                    n = glossed_chars(text[max(last, start - _WORD_SYLLABLES):start], m["body"]) if (
                        start > last and _CJK.match(text[start - 1])) else 0
                    after = text[m.end("gloss"):m.end("gloss") + 1]
                    if not n and start == last and glossed and glossed_chars(glossed, m["body"]):
                        # The same characters glossed again in another form (`發(fā)(ㄈㄚ)`, `發(fā)(fa1)`).
                        doc.repair("gloss", m["gloss"], "", start, 0.95, number)
                        last = m.end("gloss")
                        removed += 1
                    elif (not n and after and _CJK.match(after) and (len(m["body"]) > 1 or m["body"].islower())
                            and is_reading(after, m["body"])):
                        # Or set before its character (`(fā)發展`): the gloss alone goes (a letter
                        # in capitals is a list's: `(A)阿里`).
                        kept.append(text[last:m.start()])
                        last = m.end("gloss")
                        doc.repair("gloss", m["gloss"] + after, after, m.start(), 0.95, number)
                        removed += 1
                    elif n:
                        kept.append(text[last:start])
                        # A space on both sides is the mirror's, as one after it in a sentence.
                        last = m.end() if sentence or pre or not m["space"] else m.start("space")
                        chars = glossed = text[start - n:start]
                        doc.repair("gloss", chars + text[start:last], chars, start - n, 0.99, number)
                        removed += 1
                text = "".join(kept) + text[last:]
            lines.append((number, text))
        removed += _strip_glued(doc, lines)
        doc.lines = lines
        if removed:
            doc.glosses_removed += removed
            doc.flags.append(f"glosses:{removed}")
        return doc


def _strip_glued(doc: Document, lines: list[tuple[int, str]]) -> int:
    """Removes glosses glued on without brackets (`發fā展`) where the page shows enough of them."""
    # One scan of the page, not one a line: most pages hold a few words in Latin letters and
    # no gloss at all.
    page = "\n".join(text for _, text in lines)
    runs = list(_GLUED.finditer(page))
    if len(runs) < _GLUED_MIN:  # most pages: their readings are not asked
        return 0
    found = [(m, n) for m in runs
             if (n := glossed_chars(page[max(0, m.start() - _WORD_SYLLABLES):m.start()], m["body"]))]
    if len(found) < _GLUED_MIN:
        return 0
    ends = list(accumulate(len(text) + 1 for _, text in lines))  # just past each line's break
    for m, n in reversed(found):  # from the end, so that earlier offsets hold
        k = bisect_right(ends, m.start())
        number, text = lines[k]
        start = m.start() - (ends[k - 1] if k else 0)
        chars = text[start - n:start]
        doc.repair("gloss", chars + m["body"], chars, start - n, 0.95, number)
        lines[k] = (number, text[:start] + text[start + len(m["body"]):])
    return len(found)
