"""Mojibake: Chinese bytes decoded with the wrong codec, found and undone per line."""
from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import accumulate

from newsclean.document import Document, flag
from newsclean.lm import BOUNDARY, Search
from newsclean.lm import simple as _simple
from newsclean.stages.lines import cjk_count
from newsclean.stages.normalize import settled

# UTF-8 read as cp1252/Latin-1 always shows a lead byte (0xC2–0xF4, a Latin-1 letter) before
# a continuation byte (0x80–0xBF: a cp1252 extra, a C1 control or a Latin-1 symbol).
# Pinyin glosses (`(fá)`), `·`, `©` and U+00A0 on clean pages never do.
_CP1252_EXTRA = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
# Spaces and invisible characters between them are allowed: tidying and normalising take
# them out (`å “` becomes `å“`), and the line must be judged as a second cleaning sees it.
_UTF8_AS_LATIN = re.compile(f"[\xc2-\xf4][\\s\u200b-\u200d\u2060\ufeff]*[\x80-\xbf{re.escape(_CP1252_EXTRA)}]")


# Rounds of ftfy on one line (one fix, and what a second cleaning would find after it).
_MAX_ROUNDS = 3


class FixLatinMojibake:
    """Runs ftfy on the lines its own `is_bad` detector flags, after FixGbkMojibake has
    re-decoded whole lines: what is left is mixed or doubly encoded text.

    ftfy is slow and its defaults are wrong for Chinese (`fix_character_width` turns
    `，：（）` and U+3000 into ASCII), so it runs per flagged line with width, quote and
    Latin-ligature fixes off.
    """

    name = "mojibake"

    def __call__(self, doc: Document) -> Document:
        if not doc.lines or not any(_UTF8_AS_LATIN.search(t) for _, t in doc.lines):
            return doc
        import ftfy
        from ftfy.badness import is_bad

        from newsclean.lm import load

        config = ftfy.TextFixerConfig(
            fix_character_width=False, uncurl_quotes=False, fix_latin_ligatures=False,
            normalization=None, explain=False,
        )
        lines = []
        for number, text in doc.lines:
            if not _UTF8_AS_LATIN.search(text):  # the page's sign, asked of each line
                lines.append((number, text))
                continue
            # A fix can leave a line that a second cleaning would fix again (a C1 control
            # that stopped ftfy is gone by then): fixed until nothing changes, a few times.
            for _ in range(_MAX_ROUNDS):
                fixed = self._fix(text, ftfy, is_bad, config)
                if fixed is None and (tidied := settled(text)) != text:
                    # Also decide on the line as a second cleaning will see it (`settled`).
                    # The line itself keeps its C1 controls and spaces: they may be bytes of
                    # UTF-8 or of GB18030 read as Latin-1.
                    fixed = self._fix(tidied, ftfy, is_bad, config)
                    text = tidied if fixed is not None else text
                if fixed is None:
                    break
                doc.repair("latin_mojibake", text, fixed, 0, 0.9, number)
                text = fixed
                # ftfy can leave GBK read as Latin-1 (its C1 controls turned into cp1252
                # characters): re-decoding is tried again, as a second cleaning would.
                if not text.isascii() and is_suspect(text, load()):
                    text = FixGbkMojibake.repair_lines(doc, [(number, text)], load())[0]
            lines.append((number, text))
        doc.lines = lines
        return doc

    @staticmethod
    def _fix(text, ftfy, is_bad, config) -> str | None:
        if not is_bad(text):
            return None
        fixed = ftfy.fix_text(text, config)
        return fixed if fixed != text and _plausible_result(text, fixed) else None


def _plausible_result(before: str, after: str) -> bool:
    """ftfy's answer is taken only if every character it brings in is one news text uses:
    turning `南洋É¬林` into `南洋ɬ林` repairs nothing a reader wants."""
    from newsclean.lm import load

    lm = load()
    new = set(after) - set(before)
    return all(ch.isascii() or lm.known(ch) or unicodedata.category(ch)[0] in "PZ"
               or "\u4e00" <= ch <= "\u9fff" for ch in new)


# A line is tried only when cheap signs point at mojibake: Latin-1 letters standing for
# GBK bytes, or mostly characters that news text almost never uses (UTF-8 read as GBK
# gives 鏂伴椈 for 新闻). The threshold is a count on jieba's scale plus the corpus half:
# 新 is ~10^6, 鏂 and 椈 are under 10^3.
_RARE_COUNT = 2000
_RARE_SHARE = 0.4
_LATIN_SHARE = 0.3
# A re-decoding must beat the line as it stands by this many nats per character; real
# fixes gain 4-8, so clean text (which has nothing to gain) is never touched.
_MIN_GAIN = 2.0
# Too few characters to judge a codec by: `\x80¤@` is not Big5 for 一.
_MIN_CJK = 3
# A re-decoding that leaves more than this share of characters lost is the wrong codec.
_MAX_LOST_SHARE = 0.1
# Lines re-decoded with one codec before the page's other lines are read with it, and the
# gain a reading needs then: the page has shown how it was damaged.
_PAGE_EVIDENCE = 2
_PAGE_MIN_GAIN = 1.0


# Counted by the regular-expression engine, not a Python loop, on the lines with any sign.
_LATIN_CLASS = f"\x80-\xff{re.escape(_CP1252_EXTRA)}"
_LATIN = re.compile(f"[{_LATIN_CLASS}]+")
_CJK_BASIC = re.compile("[\u4e00-\u9fff]+")


def _count(runs: re.Pattern[str], text: str) -> int:
    # Runs deleted, not characters listed: findall builds a string a character.
    return len(text) - len(runs.sub("", text))


def _latin_share(text: str) -> float:
    return _count(_LATIN, text) / max(1, len(text))


def _rare_chars(lm) -> str:
    return "".join(chr(c) for c in range(0x4E00, 0xA000) if lm.unigrams.get(chr(c), 0) < _RARE_COUNT)


@lru_cache(maxsize=1)
def _rare_cjk(lm) -> re.Pattern[str]:
    return re.compile(f"[{_rare_chars(lm)}]+")


def is_suspect(text: str, lm) -> bool:
    """Worth re-decoding: many Latin-1 letters, or mostly characters rare in news."""
    return _latin_share(text) >= _LATIN_SHARE or _mostly_rare(text, lm)


@lru_cache(maxsize=1)
def _any_sign(lm) -> re.Pattern[str]:
    # One class, not an alternation of two: the engine then skips along by a table look-up.
    return re.compile(f"[{_LATIN_CLASS}{_rare_chars(lm)}]")


def lines_with_signs(texts: list[str], lm) -> list[int]:
    """Indices of the lines that hold a Latin-1 letter or a rare character, the only ones
    `is_suspect` can pass: found in one scan of the page (a call a line cost four times
    the scanning), skipping to the next line at each hit."""
    joined = "\n".join(texts)
    ends = list(accumulate(len(t) + 1 for t in texts))  # just past each line's break
    found, pos, sign = [], 0, _any_sign(lm)
    while m := sign.search(joined, pos):
        i = bisect_right(ends, m.start())
        found.append(i)
        pos = ends[i]
    return found


def _mostly_rare(text: str, lm) -> bool:
    """At least _RARE_SHARE of the line's Chinese characters (two or more) are rare."""
    rare = _count(_rare_cjk(lm), text)
    if not rare:
        return False
    # More Chinese characters than rare / share settle it, and a line with a rare name in
    # it has that many in its first few characters.
    enough = int(rare / _RARE_SHARE) + 1
    if _count(_CJK_BASIC, text[:2 * enough]) >= enough:
        return False
    cjk = _count(_CJK_BASIC, text)
    return cjk >= 2 and rare / cjk >= _RARE_SHARE


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


# cp1252's 27 extra characters back to their bytes, as Latin-1 characters: a wrong decoder
# that knew cp1252 gave those; bytes it had no character for came through as Latin-1.
_CP1252_TO_LATIN1 = {ord(ch): ch.encode("cp1252")[0] for ch in _CP1252_EXTRA}


def _as_bytes_of(text: str, encoding: str) -> bytes | None:
    """The bytes a wrong decoder was given; None if some are lost."""
    try:
        if encoding == "cp1252":
            return text.translate(_CP1252_TO_LATIN1).encode("latin-1")
        return text.encode(encoding)
    except UnicodeEncodeError:
        return None


def redecode_candidates(texts: list[str], lm) -> list[list[tuple[str, str]]]:
    """(kind, text) for each way each line could be re-decoded. The lost bytes of all the
    lines are chosen in one search (`lm.best_paths`)."""
    from newsclean.lm import best_paths

    found: list[list[tuple[str, str]]] = []
    searches, owners = [], []
    for i, text in enumerate(texts):
        mine = []
        latin = _as_bytes_of(text, "cp1252")
        if latin is not None and not latin.isascii():
            for target, kind in (("utf-8", "utf8_as_cp1252"), ("gb18030", "gb18030_as_latin1"),
                                 ("big5hkscs", "big5hkscs_as_latin1")):
                try:
                    mine.append((kind, latin.decode(target)))
                except UnicodeDecodeError:
                    pass
        elif latin is None and "\ufffd" in text:
            # Read as cp1252 with replacement (Python's `errors="replace"`, and every tool built
            # on it): each U+FFFD is one of the five bytes cp1252 leaves undefined.
            holed = _as_bytes_of(text.replace("\ufffd", "\x00"), "cp1252")
            if holed is not None and not holed.isascii():
                for kind, search in (("utf8_as_cp1252", _utf8_search(holed, lm, _CP1252_HOLES)),
                                     ("gb18030_as_latin1", _holed_pair_search(holed, "gb18030", lm)),
                                     ("big5hkscs_as_latin1", _holed_pair_search(holed, "big5hkscs", lm))):
                    if search is not None:
                        searches.append(search)
                        owners.append((i, kind))
        found.append(mine)
        # Each U+FFFD stood for one byte (>= 0x80) the GBK decoder could not pair.
        gb = _as_bytes_of(text.replace("\ufffd", "\x00"), "gb18030")
        search = _utf8_search(gb, lm) if gb is not None and not gb.isascii() else None
        if search is not None:
            searches.append(search)
            owners.append((i, "utf8_as_gbk"))
        if _CJK_BASIC.search(text):
            for kind, (wrong, _) in _SWAPPED.items():
                # Almost any GBK text decodes as Big5 too, but GBK loses a byte on almost
                # every line of Big5 (一 to 中 lead with A4): no lost byte, no Big5.
                if kind == "big5_as_gbk" and "\ufffd" not in text:
                    continue
                data = _as_bytes_of(text.replace("\ufffd", "\x00"), wrong)
                search = _pair_search(data, kind, lm) if data is not None else None
                if search is not None:
                    searches.append(search)
                    owners.append((i, kind))
    for kind in {kind for _, kind in owners}:
        mine = [k for k, (_, owner) in enumerate(owners) if owner == kind]
        for k, search in zip(mine, _filled_from_page([searches[k] for k in mine]), strict=True):
            searches[k] = search
    for (i, kind), recovered in zip(owners, best_paths(lm, searches), strict=True):
        if recovered is not None:
            found[i].append((kind, recovered))
    return found


# A page repeats itself: the headline in the first paragraph, names, the terms of its story.
# A lost character next to this many known characters that the page shows elsewhere next
# to one of its options (and to no other) is that option: the bytes allow it and the page
# wrote it. The language model knows what news text says most often (一个 after 关注一), not
# what this article says.
_REPEAT_CONTEXT = 3


def _filled_from_page(searches: list[Search]) -> list[Search]:
    """The searches (one codec's readings of a page's lines) with each lost character the
    page itself shows (see _REPEAT_CONTEXT) taken as known."""
    texts = ["".join(slot[0] if len(slot) == 1 else "\x00" for slot in search.slots) for search in searches]
    page = "\n".join(texts)
    # Each context is looked for once a page: a page that repeats a line a thousand times
    # must not search the page a thousand times for each of its lost characters.
    found: dict[tuple[str, int], set[str]] = {}

    def next_to(context: str, side: int) -> set[str]:
        if (context, side) not in found:
            found[context, side] = _next_to(page, context, side)
        return found[context, side]

    out = []
    for search, text in zip(searches, texts, strict=True):
        slots, at = list(search.slots), 0
        for j, slot in enumerate(search.slots):
            if len(slot) > 1:
                seen = next_to(text[max(0, at - _REPEAT_CONTEXT):at], 1) | next_to(
                    text[at + 1:at + 1 + _REPEAT_CONTEXT], -1)
                fits = [ch for ch in seen if ch in slot] if seen else ()
                if len(fits) == 1:
                    slots[j] = (fits[0],)
            at += len(slot[0]) if len(slot) == 1 else 1
        out.append(search._replace(slots=slots))
    return out


# _REPEAT_CONTEXT known characters (no lost one, no line break), two of them Chinese.
_CONTEXT = re.compile(f"(?=.*[\u4e00-\u9fff].*[\u4e00-\u9fff])[^\x00\ufffd\n]{{{_REPEAT_CONTEXT}}}")


def _next_to(page: str, context: str, side: int) -> set[str]:
    """The characters the page shows after (side 1) or before (side -1) `context`, if it is
    a context to go by (`_CONTEXT`)."""
    if not _CONTEXT.fullmatch(context):
        return set()
    found, at = set(), page.find(context)
    while at >= 0:
        k = at + _REPEAT_CONTEXT if side > 0 else at - 1
        if 0 <= k < len(page) and page[k] not in "\x00\n":
            found.add(page[k])
        at = page.find(context, at + 1)
    return found


# Big5 and GBK confused on traditional pages (DAMAGE.md §4): kind → (the codec that read the
# bytes, the codec they were). Either decoder turns a byte it cannot pair into U+FFFD and
# reads on from the next byte, so re-encoding gives the bytes back but for those.
_SWAPPED = {"big5_as_gbk": ("gbk", "big5hkscs"), "gbk_as_big5": ("big5hkscs", "gbk")}
# Double-byte text with lost bytes (0): runs of whole characters, decoded a run at a time;
# then a character with a byte or both lost (out of step with the text, the wrong decoder
# lost trails too: a trail it read as a lead that could not pair), or a lost byte that no
# trail follows, which stays lost.
_PAIR_UNIT = re.compile(rb"(?P<known>(?:[\x01-\x7f]|[\x81-\xfe][\x40-\x7e\x80-\xfe])+)|(?P<both>\x00\x00)|"
                        rb"(?P<trail>[\x81-\xfe]\x00)|(?P<alone>\x00(?![\x40-\x7e\x80-\xfe]))|\x00[\x40-\x7e\x80-\xfe]")


def _pair_search(data: bytes, kind: str, lm) -> Search | None:
    """Bytes of the right codec of `kind` with lost bytes (0) as a search for the language
    model: each lost byte's character among those the bytes around it allow (None: not
    that codec)."""
    codec = _SWAPPED[kind][1]
    units, p = [], 0
    for unit in _PAIR_UNIT.finditer(data):
        if unit.start() != p:
            return None
        # A pair that does not decode stays lost (counted): the wrong decoder's output does
        # not always encode back to the bytes it read (Big5's duplicate characters).
        units.append(unit["known"].decode(codec, errors="replace") if unit["known"] else unit)
        p = unit.end()
    known = "".join(u for u in units if isinstance(u, str))
    # Not worth a search: a reading that loses more than a tenth of the line (as _decide
    # judges), or whose certain characters are mostly rare ones, is the wrong codec.
    unknown = sum(not isinstance(u, str) for u in units)
    if p != len(data) or known.count("\ufffd") > _MAX_LOST_SHARE * (len(known) + unknown):
        return None
    from newsclean.stages.script import to_simplified

    traditional = kind == "big5_as_gbk"
    if _mostly_rare(to_simplified(known) if traditional else known, lm):
        return None
    lost_leads = _lost_byte_tables(kind, lm)[0]
    slots: list[tuple[str, ...]] = []
    for u in units:
        if isinstance(u, str):
            slots.append((u,))
        elif u["alone"]:  # a lost byte no trail follows: nothing to choose from
            slots.append(("\ufffd",))
        elif u["both"] or u["trail"]:
            after = data[u.end()] if u.end() < len(data) else 0
            slots.append(_with_lost_trail(kind, u.group()[0] if u["trail"] else None, after, lm))
        else:
            slots.append(lost_leads.get(u.group()[1], ()) or ("\ufffd",))
    return _line_search(slots, traditional)


@lru_cache(maxsize=1 << 14)
def _with_lost_trail(kind: str, lead: int | None, after: int, lm) -> tuple[str, ...]:
    """The characters a lost trail (after a known `lead`, or after a lost one: None) can make,
    where the trail, read as a lead, could not pair with the byte `after` it. Cached: the
    same few bytes recur on every line of such a page."""
    codec = _SWAPPED[kind][1]
    lost_leads, lost_trails = _lost_byte_tables(kind, lm)
    # (No byte pairs with ASCII, nor with a byte that was lost too.)
    trails = lost_trails.get(after, ()) if after >= 0x40 else range(0x81, 0xFF)
    if lead is not None:
        found = tuple(ch for t in trails if (ch := _pair_char(codec, bytes((lead, t)))))
    else:
        found = tuple(ch for t in trails for ch in lost_leads.get(t, ()))
    return found or ("\ufffd",)


@lru_cache(maxsize=1 << 16)
def _pair_char(codec: str, pair: bytes) -> str:
    try:
        ch = pair.decode(codec)
    except UnicodeDecodeError:
        return ""
    return ch if len(ch) == 1 else ""


@lru_cache(maxsize=2)
def _lost_byte_tables(kind: str, lm) -> tuple[dict[int, tuple[str, ...]], dict[int, tuple[int, ...]]]:
    """For the right codec: trail byte → the known characters whose lead the wrong decoder
    could not pair with it (so it lost the lead); and byte after → the bytes that, read as a
    lead, the wrong decoder could not pair with it (so it lost them)."""
    wrong, right = _SWAPPED[kind]
    lost_leads: dict[int, list[str]] = {}
    lost_trails: dict[int, list[int]] = {}
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            pair = bytes((lead, trail))
            if _pair_char(wrong, pair):
                continue
            lost_trails.setdefault(trail, []).append(lead)
            ch = _pair_char(right, pair)
            if ch and lm.known(_simple(ch)):
                lost_leads.setdefault(trail, []).append(ch)
    return ({t: tuple(v) for t, v in lost_leads.items()}, {a: tuple(v) for a, v in lost_trails.items()})


# UTF-8 lead bytes of CJK ideographs (E3–E9) and full-width forms (EF).
_UTF8_LEADS = tuple(range(0xE3, 0xEA)) + (0xEF,)
# Both continuation bytes of one character lost leaves 4,096 candidates; more unknowns
# than that in one character cannot be chosen sensibly and stay U+FFFD.
_MAX_CANDIDATES = 4096


# The bytes cp1252 has no character for: a decoder with replacement turns each into U+FFFD.
_CP1252_HOLES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


@lru_cache(maxsize=1 << 16)
def _utf8_char_options(seq: bytes, lm, holes: tuple[int, ...] | None = None) -> tuple[str, ...]:
    """The known characters whose UTF-8 bytes fit `seq` (0: a byte the decoder lost; with
    `holes`, a byte that was one of these). Cached: the same few lead/continuation patterns
    recur on every damaged page."""
    if holes is not None and not seq[0]:
        return ("\ufffd",)  # no hole is a lead byte
    leads = [seq[0]] if seq[0] else list(_UTF8_LEADS)
    options = [[lead] for lead in leads]
    for byte in seq[1:]:
        nexts = [byte] if byte else (holes or range(0x80, 0xC0))
        options = [o + [n] for o in options for n in nexts]
        if len(options) > _MAX_CANDIDATES:
            return ("\ufffd",)
    if len(options) == 1:
        return (bytes(options[0]).decode("utf-8", errors="replace"),)
    chars = []
    for o in options:
        try:
            ch = bytes(o).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if lm.known(ch):
            chars.append(ch)
    return tuple(chars) or ("\ufffd",)


# The units of UTF-8 with lost bytes (0): runs of whole characters of at most three bytes,
# none lost, decoded a run at a time in C (errors="replace" gives what one character at a
# time would: each unit is complete); else one character with a lost byte, two bytes from
# a lead C2–DF, three from E0–EF or a lost lead. Anything else is not UTF-8.
_UTF8_UNIT = re.compile(rb"(?P<known>(?:[\x01-\x7f]|[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2})+)"
                        rb"|[\xc2-\xdf][\x00\x80-\xbf]|[\x00\xe0-\xef][\x00\x80-\xbf]{2}")


def is_traditional(text: str) -> bool:
    """Written in traditional characters: two or more that OpenCC's t2s changes (a mainland
    text may hold one, in a name or a quotation)."""
    from newsclean.stages.script import traditional_chars

    found = traditional_chars().search(text)
    return bool(found) and bool(traditional_chars().search(text, found.end()))


_CLOSING = frozenset("。！？…”’」』）")


def _utf8_search(data: bytes, lm, holes: tuple[int, ...] | None = None) -> Search | None:
    """UTF-8 bytes, 0 for each byte the decoder lost (one of `holes`, where given), as a search
    for the language model: each lost byte's character among those UTF-8's structure allows
    (None: not UTF-8)."""
    slots, p = [], 0
    for unit in _UTF8_UNIT.finditer(data):
        if unit.start() != p:
            return None
        known = unit["known"]
        slots.append((known.decode("utf-8", errors="replace"),) if known else
                     _utf8_char_options(unit.group(), lm, holes))
        p = unit.end()
    if p != len(data):
        return None
    known = "".join(slot[0] for slot in slots if len(slot) == 1)
    return _line_search(slots, is_traditional(known))


def _holed_pair_search(data: bytes, codec: str, lm) -> Search | None:
    """Double-byte bytes (GBK, Big5) read as cp1252 with replacement, 0 for each byte lost (one
    of `_CP1252_HOLES`), as a search: every byte above ASCII opens a pair, so the pairs stand
    where they stood, and each holed pair's character is among those its known byte and the
    holes allow (None: not that codec)."""
    slots: list[tuple[str, ...]] = []
    i, n, run = 0, len(data), bytearray()
    while i < n:
        b = data[i]
        if 0 < b < 0x80:
            run.append(b)
            i += 1
            continue
        if i + 1 >= n:
            return None
        pair = data[i:i + 2]
        if pair[0] and pair[1]:
            run += pair
        else:
            if run:
                try:
                    slots.append((run.decode(codec),))
                except UnicodeDecodeError:
                    return None
                run = bytearray()
            leads = _CP1252_HOLES if not pair[0] else (pair[0],)
            trails = _CP1252_HOLES if not pair[1] else (pair[1],)
            slots.append(tuple(ch for lead in leads for trail in trails
                               if (ch := _pair_char(codec, bytes((lead, trail)))) and lm.known(_simple(ch)))
                         or ("\ufffd",))
        i += 2
    if run:
        try:
            slots.append((run.decode(codec),))
        except UnicodeDecodeError:
            return None
    known = "".join(slot[0] for slot in slots if len(slot) == 1)
    if not cjk_count(known) or _mostly_rare(known, lm):
        return None
    return _line_search(slots, is_traditional(known))


def _line_search(slots: list, traditional: bool) -> Search:
    """A damaged line's slots as a search: an open bracket closed (`_closed`), and the line's
    end weighed where it can tell (`_line_end`)."""
    return Search("", _closed(slots), _line_end(slots), traditional=traditional)


# Brackets close on the line that opens them; a quotation may run on over sentences and lines.
_BRACKETS = {"（": "）", "(": ")", "【": "】", "《": "》", "[": "]"}


def _closed(slots: list) -> list:
    """A lost last character that can close a bracket the line opened and left open is that
    closing bracket: （编辑：高娟峰） rather than the （编辑：高娟峰！ the model would weigh as
    a line's end."""
    if not slots or len(slots[-1]) < 2:
        return slots
    known = "".join(slot[0] for slot in slots[:-1] if len(slot) == 1)
    closers = [close for open_, close in _BRACKETS.items()
               if close in slots[-1] and known.count(open_) > known.count(close)]
    return [*slots[:-1], (closers[0],)] if len(closers) == 1 else slots


def _line_end(slots: list) -> str:
    """What follows the last slot: the model knows a line's end only from its articles'
    ends, which is to say by the punctuation that closes them, so it weighs the end only
    where the lost last character could be such punctuation (。 against 、, 列 or 儿). A
    headline's last character is left to the character before it."""
    return BOUNDARY if slots and len(slots[-1]) > 1 and not _CLOSING.isdisjoint(slots[-1]) else ""


# Re-decoding with the byte search costs about 35 µs a character here; this many characters
# of suspect lines per document bound the stage to a few seconds. A news page has under
# 30,000; past the budget a line is left as it is and flagged `repair_budget:gbk_mojibake:LINE`.
MAX_SUSPECT_CHARS = 100_000


class FixGbkMojibake:
    """Re-decodes lines that are Chinese read with the wrong codec: UTF-8 read as GBK,
    GBK, Big5 or UTF-8 read as Latin-1/cp1252. Runs before ftfy: ftfy knows only UTF-8, and
    on a GBK line read as Latin-1 its partial fixes cost time and spoil characters, while
    here every codec competes under the language model. A candidate is kept only when the
    model finds it clearly more plausible Chinese; bytes that were lost stay U+FFFD and are
    counted, never invented. A page's suspect lines are decided together: their lost bytes
    in one search and all their readings in one scoring pass (a few array operations a
    page, not a few a line)."""

    name = "gbk_mojibake"

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
                flag(doc, f"repair_budget:gbk_mojibake:{lines[i][0]}")
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
        repaired = self.repair_lines(doc, [lines[i] for i in tried], lm, {k for k, i in enumerate(tried) if i in weak})
        for i, text in zip(tried, repaired, strict=True):
            lines[i] = (lines[i][0], text)
        doc.lines = lines
        return doc

    @classmethod
    def repair_lines(cls, doc: Document, lines: list[tuple[int, str]], lm, weak: frozenset[int] | set[int] = frozenset()
                     ) -> list[str]:
        """Each line re-decoded, or as it was, the repairs recorded; a line left as it was
        is also decided as a second cleaning will see it (`settled`). `weak`: lines that
        show too few signs of mojibake to be re-decoded but with the page's codec."""
        out = []
        for (number, text), decision in zip(lines, cls._decide([t for _, t in lines], lm, weak), strict=True):
            for _ in range(_MAX_ROUNDS):
                if decision is None and (tidied := settled(text)) != text:
                    decision = cls._decide([tidied], lm)[0]
                    text = tidied if decision is not None else text
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
                decision = cls._decide([text], lm)[0] if is_suspect(text, lm) else None
            out.append(text)
        return out

    @staticmethod
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
                     if t.count("\ufffd") <= _MAX_LOST_SHARE * len(t) and cjk_count(t)]
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
                                  if t.count("\ufffd") <= _MAX_LOST_SHARE * len(t) and cjk_count(t)]))
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
