"""Damage simulator: the mechanisms of docs/damage.md applied to clean text, with a fixed seed.

Each function takes clean simplified text and returns the damaged page text; the clean text
is the gold. Nothing here is used by the library.
"""
from __future__ import annotations

import random
from functools import lru_cache

from newsclean import gbk

# What the mirror turned into ASCII after decoding (the seeds show `,` `:` `!` `(`).
_FULL_TO_ASCII = str.maketrans({"，": ",", "：": ":", "！": "!", "；": ";", "（": "(", "）": ")", "？": "?"})
# Bytes a cp936 lead byte swallows along with itself when they follow it (seen in the
# seeds: `(`, a digit, `<`); other ASCII after a stranded byte survives (`,`).
_SWALLOWED = set(b"(<0123456789")


@lru_cache(maxsize=1)
def _converters():
    from opencc import OpenCC

    return OpenCC("s2t").convert


def _reading(ch: str) -> str:
    from pypinyin import Style, pinyin

    return pinyin(ch, style=Style.TONE)[0][0]


def _zhuyin(ch: str) -> str:
    from pypinyin import Style, pinyin

    return pinyin(ch, style=Style.BOPOMOFO)[0][0]


def lossy_cp936_decode(data: bytes) -> str:
    """Decode as the damaged pages were: user-defined areas to private use, a lead byte
    that cannot pair becomes `?` (swallowing a following `(`, digit or `<`)."""
    out, i = [], 0
    while i < len(data):
        b = data[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
            continue
        ch = gbk.decode_pair(b, data[i + 1]) if i + 1 < len(data) else None
        if ch:
            out.append(ch)
            i += 2
        else:
            out.append("?")
            i += 2 if i + 1 < len(data) and data[i + 1] in _SWALLOWED else 1
    return "".join(out)


def _gloss(ch: str, style: str) -> str:
    """The gloss a mirror writes after a character: toned (`(fā)`), toneless (`(fa)`), doubled
    (`(fa)(fa)`) or followed by a space (`(fā) `), as docs/damage.md shows them on real pages."""
    from newsclean.stages.glosses import plain_syllable

    reading = _reading(ch)
    if style == "toned":
        return f"({reading})"
    if style == "toneless":
        return f"({plain_syllable(reading)})"
    if style == "doubled":
        return f"({plain_syllable(reading)})" * 2
    if style == "spaced":
        return f"({reading}) "
    raise ValueError(f"unknown gloss style {style!r}")


def mirror_glosses(text: str, rng: random.Random, share: float = 0.5, style: str = "toned") -> str:
    """Traditionalise, gloss a subset of the changed characters by byte search over GBK,
    decode lossily, and turn full-width punctuation into ASCII (docs/damage.md)."""
    trad = _converters()(text)
    changed = sorted({t for s, t in zip(text, trad, strict=False) if s != t and "\u4e00" <= t <= "\u9fff"})
    glossed = [c for c in changed if rng.random() < share]
    data = trad.encode("gbk", errors="replace")
    for ch in glossed:
        code = ch.encode("gbk", errors="ignore")
        if len(code) == 2:
            data = data.replace(code, code + _gloss(ch, style).encode("gbk"))
    return lossy_cp936_decode(data).translate(_FULL_TO_ASCII)


# Tone marks as tone numbers (`fā` → `fa1`).
_TONE_NUMBER = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}


def _numbered(reading: str) -> str:
    import unicodedata

    from newsclean.stages.glosses import plain_syllable

    marks = [_TONE_NUMBER[c] for c in unicodedata.normalize("NFD", reading) if c in _TONE_NUMBER]
    return plain_syllable(reading) + (marks[0] if marks else "5")


# Brackets of other shapes a mirror might set a gloss in (`發{fā}展`, `發［fā］展`, `發<fā>展`).
_BRACKET_SHAPES = ("[]", "{}", "［］", "｛｝", "<>", "〈〉", "【】")


def text_glosses(text: str, rng: random.Random, style: str, share: float = 0.5) -> str:
    """Glosses as a mirror working on text (not bytes) might write them, in a form the seeds
    do not show: full-width brackets (`發（fā）展`), tone numbers (`發(fa1)展`), a word's glosses
    after the word (`發展(fāzhǎn)`), no brackets (`發fā展`), brackets of other shapes, one
    at random a gloss (`發{fā}展`), before the character (`(fā)發展`), or in zhuyin
    (`發(ㄈㄚ)展`). Traditionalised first, as the mirrors do."""
    trad = _converters()(text)
    glossed = {t for s, t in zip(text, trad, strict=False)
               if s != t and "\u4e00" <= t <= "\u9fff" and rng.random() < share}
    out, i = [], 0
    while i < len(trad):
        ch = trad[i]
        out.append(ch)
        if ch in glossed:
            if style == "fullwidth":
                out.append(f"（{_reading(ch)}）")
            elif style == "numbered":
                out.append(f"({_numbered(_reading(ch))})")
            elif style == "word" and i + 1 < len(trad) and "\u4e00" <= trad[i + 1] <= "\u9fff":
                out.append(trad[i + 1] + f"({_reading(ch)}{_reading(trad[i + 1])})")
                i += 1
            elif style == "word":
                out.append(f"({_reading(ch)})")
            elif style == "glued":
                out.append(_reading(ch))
            elif style == "zhuyin":
                out.append(f"({_zhuyin(ch)})")
            elif style == "before":
                out.insert(len(out) - 1, f"({_reading(ch)})")
            elif style == "shapes":
                opening, closing = rng.choice(_BRACKET_SHAPES)
                out.append(f"{opening}{_reading(ch)}{closing}")
            else:
                raise ValueError(f"unknown gloss style {style!r}")
        i += 1
    return "".join(out)


def gbk_as_latin1(text: str, rng: random.Random | None = None) -> str:
    return text.encode("gb18030").decode("latin-1")


def utf8_as_cp1252(text: str, rng: random.Random | None = None) -> str:
    """As browsers decode windows-1252: the five undefined bytes become C1 controls."""
    data = text.encode("utf-8")
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def utf8_as_cp1252_lossy(text: str, rng: random.Random | None = None) -> str:
    """As Python's `decode("cp1252", errors="replace")` (and every tool built on it): the five
    bytes cp1252 leaves undefined become U+FFFD."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def gbk_as_cp1252_lossy(text: str, rng: random.Random | None = None) -> str:
    return text.encode("gbk", errors="replace").decode("cp1252", errors="replace")


def big5_as_cp1252_lossy(text: str, rng: random.Random | None = None) -> str:
    """A traditional page's Big5 bytes read as cp1252 with replacement (takes traditional text)."""
    return text.encode("big5", errors="replace").decode("cp1252", errors="replace")


def utf8_as_cp1252_twice(text: str, rng: random.Random | None = None) -> str:
    """Read as windows-1252 by a browser, saved as UTF-8, and read so again (two broken systems)."""
    return utf8_as_cp1252(utf8_as_cp1252(text))


def utf8_as_cp1252_twice_lossy(text: str, rng: random.Random | None = None) -> str:
    """As `utf8_as_cp1252_twice`, the second reading with replacement (Python's `errors="replace"`):
    the first reading's C1 controls lose a byte each."""
    return utf8_as_cp1252_lossy(utf8_as_cp1252(text))


def utf8_as_cp1252_lossy_twice(text: str, rng: random.Random | None = None) -> str:
    """Both readings with replacement."""
    return utf8_as_cp1252_lossy(utf8_as_cp1252_lossy(text))


def partly(damage, share: float = 0.3):
    """The damage done to some lines of the page only (a footer, a few paragraphs): the lines
    around them stay as they are."""
    def damaged(text: str, rng: random.Random) -> str:
        return "\n".join(damage(line, rng) if rng.random() < share else line for line in text.split("\n"))

    damaged.__doc__ = f"{damage.__name__} on about {share:.0%} of the lines"
    return damaged


def utf8_as_gbk(text: str, rng: random.Random | None = None) -> str:
    return text.encode("utf-8").decode("gbk", errors="replace")


def utf8_as_gbk_resaved(text: str, rng: random.Random | None = None) -> str:
    """UTF-8 read as GBK and the page saved back as GBK: each U+FFFD the reading left became `?`
    (`鍙?寮?`), as in the text users copy from such pages."""
    return utf8_as_gbk(text).encode("gbk", errors="replace").decode("gbk")


def gbk_as_big5(text: str, rng: random.Random | None = None) -> str:
    """A GBK page read as Big5 (docs/damage.md, wrong codecs): each lead byte the Big5-HKSCS decoder cannot
    pair becomes U+FFFD, and it reads on from the next byte."""
    return text.encode("gbk", errors="replace").decode("big5hkscs", errors="replace")


def big5_as_gbk(text: str, rng: random.Random | None = None) -> str:
    """A traditional page saved as Big5 and read as GBK; takes traditional text (the gold of
    such a page is traditional: see TRADITIONAL_KINDS)."""
    return text.encode("big5", errors="replace").decode("gbk", errors="replace")


# Characters GBK lacks that pages carry as layout: no-break and en spaces, bullets, emoji.
_NOT_IN_GBK = ("\u00a0", "\u2002", "\u2022", "\U0001f525")


def question_marks(text: str, rng: random.Random) -> str:
    """A round trip through GBK (docs/damage.md, question marks): layout characters GBK lacks, put where pages
    put them (a no-break indent, an en space between headline segments, a bullet before a
    link), become `?`. The gold has none of them, so a `?` left behind is an error."""
    lines = []
    for line in text.split("\n"):
        roll = rng.random()
        if roll < 0.3:
            line = rng.choice(_NOT_IN_GBK[:2]) * 2 + line
        elif roll < 0.4 and " " in line:
            line = line.replace(" ", rng.choice(_NOT_IN_GBK[:2]), 1)
        elif roll < 0.45:
            line = rng.choice(_NOT_IN_GBK[2:]) + " " + line
        lines.append(line)
    return "\n".join(lines).encode("gbk", errors="replace").decode("gbk")


def html_page(text: str, rng: random.Random) -> str:
    """The page as the crawler saved its HTML: head with title, script and style, one block
    element a line, entities for quotes and spaces, and now and then a stray `</P>` or `<br>`
    left inside the text."""
    import html

    first = text.split("\n", 1)[0]
    blocks = []
    for line in text.split("\n"):
        escaped = html.escape(line, quote=False).replace("“", "&ldquo;").replace("”", "&rdquo;")
        escaped = escaped.replace("\u3000", "&#12288;")
        tag = rng.choice(("p", "p", "p", "div", "li"))
        tail = rng.choice(("", "", "", "<br>", "<br/>"))
        blocks.append(f"<{tag}>{escaped}{tail}</{tag}>")
    return (
        f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(first)}</title>"
        "<script>var _hmt = _hmt || []; window.dataLayer = [];</script>"
        "<style>.nav{color:#333} p{margin:0}</style></head><body>\n"
        + "\n".join(blocks) + "\n<script>document.write('<div>广告</div>');</script></body></html>"
    )


KINDS = {
    "gloss_split": mirror_glosses,
    "gbk_as_latin1": gbk_as_latin1,
    "utf8_as_cp1252": utf8_as_cp1252,
    "utf8_as_gbk": utf8_as_gbk,
    "question_marks": question_marks,
    "html": html_page,
    "gbk_as_big5": gbk_as_big5,
}
# Damage done to traditional pages, measured against the traditional text
# (`benchmarks.repair_quality`); the suite's gold is simplified.
TRADITIONAL_KINDS = {"big5_as_gbk": big5_as_gbk}

# Variants of the mechanisms above that `benchmarks.repair_quality` measures besides them:
# name → (damage, done to traditional text, held out). A held-out variant is never tuned on:
# it measures the repairs on damage they were not shaped on.
VARIANTS = {
    "gloss_split_toneless": (lambda t, rng: mirror_glosses(t, rng, style="toneless"), False, False),
    "gloss_split_spaced": (lambda t, rng: mirror_glosses(t, rng, style="spaced"), False, False),
    "gloss_split_doubled": (lambda t, rng: mirror_glosses(t, rng, style="doubled"), False, True),
    "gloss_fullwidth": (lambda t, rng: text_glosses(t, rng, "fullwidth"), False, False),
    "gloss_tone_numbers": (lambda t, rng: text_glosses(t, rng, "numbered"), False, False),
    "gloss_words": (lambda t, rng: text_glosses(t, rng, "word"), False, False),
    "gloss_glued": (lambda t, rng: text_glosses(t, rng, "glued"), False, False),
    "gloss_bracket_shapes": (lambda t, rng: text_glosses(t, rng, "shapes"), False, False),
    "gloss_before": (lambda t, rng: text_glosses(t, rng, "before"), False, False),
    "gloss_zhuyin": (lambda t, rng: text_glosses(t, rng, "zhuyin"), False, False),
    "utf8_as_cp1252_lossy": (utf8_as_cp1252_lossy, False, False),
    "gbk_as_cp1252_lossy": (gbk_as_cp1252_lossy, False, False),
    "big5_as_cp1252_lossy": (big5_as_cp1252_lossy, True, True),
    "utf8_as_gbk_partial": (partly(utf8_as_gbk), False, False),
    "utf8_as_gbk_resaved": (utf8_as_gbk_resaved, False, False),
    "utf8_as_cp1252_lossy_partial": (partly(utf8_as_cp1252_lossy), False, True),
    "utf8_as_cp1252_twice": (utf8_as_cp1252_twice, False, False),
    "utf8_as_cp1252_twice_lossy": (utf8_as_cp1252_twice_lossy, False, False),
    "utf8_as_cp1252_lossy_twice": (utf8_as_cp1252_lossy_twice, False, False),
}


@lru_cache(maxsize=1)
def _to_taiwan():
    from opencc import OpenCC

    return OpenCC("s2tw").convert


def as_big5_page(text: str) -> str:
    """A simplified article as a Taiwan page would carry it in Big5: Taiwan forms (為, 裡,
    not OpenCC's 爲, 裏, which Big5 lacks), and what Big5 cannot hold as `?`."""
    return _to_taiwan()(text).encode("big5", errors="replace").decode("big5")
