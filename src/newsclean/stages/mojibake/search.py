"""What the mojibake repairs share: the bytes a wrong decoder was given, the searches over bytes it
lost (UTF-8's structure, a double-byte codec's pairs), and what a line of rare characters is."""
from __future__ import annotations

import re
from functools import lru_cache

from newsclean.lm import BOUNDARY, Search

# cp1252's 27 extra characters (0x80–0x9F) and, back to their bytes, as Latin-1 characters: a
# wrong decoder that knew cp1252 gave those; bytes it had no character for came through as Latin-1.
CP1252_EXTRA = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
_CP1252_TO_LATIN1 = {ord(ch): ch.encode("cp1252")[0] for ch in CP1252_EXTRA}
CJK_BASIC = re.compile("[\u4e00-\u9fff]+")


def count_runs(runs: re.Pattern[str], text: str) -> int:
    # Runs deleted, not characters listed: findall builds a string a character.
    return len(text) - len(runs.sub("", text))


def as_bytes_of(text: str, encoding: str) -> bytes | None:
    """The bytes a wrong decoder was given; None if some are lost."""
    try:
        if encoding == "cp1252":
            return text.translate(_CP1252_TO_LATIN1).encode("latin-1")
        return text.encode(encoding)
    except UnicodeEncodeError:
        return None


# A line is tried only when cheap signs point at mojibake: Latin-1 letters standing for
# GBK bytes, or mostly characters that news text almost never uses (UTF-8 read as GBK
# gives 鏂伴椈 for 新闻). The threshold is a count on jieba's scale plus the corpus half:
# 新 is ~10^6, 鏂 and 椈 are under 10^3.
_RARE_COUNT = 2000


_RARE_SHARE = 0.4


def rare_chars(lm) -> str:
    return "".join(chr(c) for c in range(0x4E00, 0xA000) if lm.unigrams.get(chr(c), 0) < _RARE_COUNT)


@lru_cache(maxsize=1)
def rare_cjk(lm) -> re.Pattern[str]:
    return re.compile(f"[{rare_chars(lm)}]+")


def mostly_rare(text: str, lm) -> bool:
    """At least _RARE_SHARE of the line's Chinese characters (two or more) are rare."""
    rare = count_runs(rare_cjk(lm), text)
    if not rare:
        return False
    # More Chinese characters than rare / share settle it, and a line with a rare name in
    # it has that many in its first few characters.
    enough = int(rare / _RARE_SHARE) + 1
    if count_runs(CJK_BASIC, text[:2 * enough]) >= enough:
        return False
    cjk = count_runs(CJK_BASIC, text)
    return cjk >= 2 and rare / cjk >= _RARE_SHARE


# A re-decoding that leaves more than this share of characters lost is the wrong codec.
MAX_LOST_SHARE = 0.1


# UTF-8 lead bytes of CJK ideographs (E3–E9) and full-width forms (EF).
_UTF8_LEADS = tuple(range(0xE3, 0xEA)) + (0xEF,)


# Both continuation bytes of one character lost leaves 4,096 candidates; more unknowns
# than that in one character cannot be chosen sensibly and stay U+FFFD.
_MAX_CANDIDATES = 4096


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


def utf8_search(data: bytes, lm, holes: tuple[int, ...] | None = None) -> Search | None:
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
    return line_search(slots, is_traditional(known))


def line_search(slots: list, traditional: bool) -> Search:
    """A damaged line's slots as a search: an open bracket closed (`close_open_bracket`), and the line's
    end weighed where it can tell (`_line_end`)."""
    return Search("", close_open_bracket(slots), _line_end(slots), traditional=traditional)


# Brackets close on the line that opens them; a quotation may run on over sentences and lines.
_BRACKETS = {"（": "）", "(": ")", "【": "】", "《": "》", "[": "]"}


def close_open_bracket(slots: list) -> list:
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


@lru_cache(maxsize=1 << 16)
def pair_char(codec: str, pair: bytes) -> str:
    try:
        ch = pair.decode(codec)
    except UnicodeDecodeError:
        return ""
    return ch if len(ch) == 1 else ""


# A page repeats itself: the headline in the first paragraph, names, the terms of its story.
# A lost character next to this many known characters that the page shows elsewhere next
# to one of its options (and to no other) is that option: the bytes allow it and the page
# wrote it. The language model knows what news text says most often (一个 after 关注一), not
# what this article says.
_REPEAT_CONTEXT = 3


def filled_from_page(searches: list[Search]) -> list[Search]:
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
