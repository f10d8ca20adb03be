"""The GBK family: UTF-8 read as GBK, and Big5 and GBK confused with each other on traditional
pages — read back, the bytes the wrong decoder lost chosen by the language model."""
from __future__ import annotations

import re
from functools import lru_cache

from newsclean.lm import Search
from newsclean.lm import simple as _simple
from newsclean.stages.mojibake.search import (
    CJK_BASIC,
    MAX_LOST_SHARE,
    as_bytes_of,
    line_search,
    mostly_rare,
    pair_char,
    utf8_search,
)

# Big5 and GBK confused on traditional pages (docs/damage.md, wrong codecs): kind → (the codec that read the
# bytes, the codec they were). Either decoder turns a byte it cannot pair into U+FFFD and
# reads on from the next byte, so re-encoding gives the bytes back but for those.
SWAPPED = {"big5_as_gbk": ("gbk", "big5hkscs"), "gbk_as_big5": ("big5hkscs", "gbk")}


# Double-byte text with lost bytes (0): runs of whole characters, decoded a run at a time;
# then a character with a byte or both lost (out of step with the text, the wrong decoder
# lost trails too: a trail it read as a lead that could not pair), or a lost byte that no
# trail follows, which stays lost.
_PAIR_UNIT = re.compile(rb"(?P<known>(?:[\x01-\x7f]|[\x81-\xfe][\x40-\x7e\x80-\xfe])+)|(?P<both>\x00\x00)|"
                        rb"(?P<trail>[\x81-\xfe]\x00)|(?P<alone>\x00(?![\x40-\x7e\x80-\xfe]))|\x00[\x40-\x7e\x80-\xfe]")


def pair_search(data: bytes, kind: str, lm) -> Search | None:
    """Bytes of the right codec of `kind` with lost bytes (0) as a search for the language
    model: each lost byte's character among those the bytes around it allow (None: not
    that codec)."""
    codec = SWAPPED[kind][1]
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
    if p != len(data) or known.count("\ufffd") > MAX_LOST_SHARE * (len(known) + unknown):
        return None
    from newsclean.stages.script import to_simplified

    traditional = kind == "big5_as_gbk"
    if mostly_rare(to_simplified(known) if traditional else known, lm):
        return None
    lost_leads = lost_byte_tables(kind, lm)[0]
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
    return line_search(slots, traditional)


@lru_cache(maxsize=1 << 14)
def _with_lost_trail(kind: str, lead: int | None, after: int, lm) -> tuple[str, ...]:
    """The characters a lost trail (after a known `lead`, or after a lost one: None) can make,
    where the trail, read as a lead, could not pair with the byte `after` it. Cached: the
    same few bytes recur on every line of such a page."""
    codec = SWAPPED[kind][1]
    lost_leads, lost_trails = lost_byte_tables(kind, lm)
    # (No byte pairs with ASCII, nor with a byte that was lost too.)
    trails = lost_trails.get(after, ()) if after >= 0x40 else range(0x81, 0xFF)
    if lead is not None:
        found = tuple(ch for t in trails if (ch := pair_char(codec, bytes((lead, t)))))
    else:
        found = tuple(ch for t in trails for ch in lost_leads.get(t, ()))
    return found or ("\ufffd",)


@lru_cache(maxsize=2)
def lost_byte_tables(kind: str, lm) -> tuple[dict[int, tuple[str, ...]], dict[int, tuple[int, ...]]]:
    """For the right codec: trail byte → the known characters whose lead the wrong decoder
    could not pair with it (so it lost the lead); and byte after → the bytes that, read as a
    lead, the wrong decoder could not pair with it (so it lost them)."""
    wrong, right = SWAPPED[kind]
    lost_leads: dict[int, list[str]] = {}
    lost_trails: dict[int, list[int]] = {}
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            pair = bytes((lead, trail))
            if pair_char(wrong, pair):
                continue
            lost_trails.setdefault(trail, []).append(lead)
            ch = pair_char(right, pair)
            if ch and lm.known(_simple(ch)):
                lost_leads.setdefault(trail, []).append(ch)
    return ({t: tuple(v) for t, v in lost_leads.items()}, {a: tuple(v) for a, v in lost_trails.items()})


def lost_question_marks(data: bytes) -> bytes:
    """UTF-8 bytes with each `?` that stands for a lost byte as 0: one inside a character (where
    the bytes before it leave it unfinished), or before the continuation bytes of one. A `?`
    between whole characters is the text's own (`是这样吗?首先`).

    >>> lost_question_marks("是这样吗?".encode()[:-2] + b"??")
    b'\\xe6\\x98\\xaf\\xe8\\xbf\\x99\\xe6\\xa0\\xb7\\xe5\\x90\\x00?'
    """
    out = bytearray(data)
    pending = 0  # continuation bytes the character being read still needs
    for i, b in enumerate(data):
        if b == 0x3F:
            after = data[i + 1] if i + 1 < len(data) else 0
            if pending or 0x80 <= after < 0xC0:
                out[i] = 0
                pending = max(0, pending - 1)
        elif b < 0x80:
            pending = 0
        elif b >= 0xC0:
            pending = 1 if b < 0xE0 else 2 if b < 0xF0 else 3
        else:
            pending = max(0, pending - 1)
    return bytes(out)


def gbk_family_searches(text: str, lm) -> list[tuple[str, Search]]:
    """(kind, search) for each way of the GBK family the line could be read back."""
    out = []
    # Each U+FFFD stood for one byte (>= 0x80) the GBK decoder could not pair; on a page saved
    # back as GBK each became `?` (`鍙?寮?`), read so where the line reads as UTF-8 no other way.
    gb = as_bytes_of(text.replace("\ufffd", "\x00"), "gb18030")
    search = utf8_search(gb, lm) if gb is not None and not gb.isascii() else None
    if search is None and gb is not None and b"?" in gb:
        search = utf8_search(lost_question_marks(gb), lm)
    if search is not None:
        out.append(("utf8_as_gbk", search))
    if CJK_BASIC.search(text):
        for kind, (wrong, _) in SWAPPED.items():
            # Almost any GBK text decodes as Big5 too, but GBK loses a byte on almost
            # every line of Big5 (一 to 中 lead with A4): no lost byte, no Big5.
            if kind == "big5_as_gbk" and "\ufffd" not in text:
                continue
            data = as_bytes_of(text.replace("\ufffd", "\x00"), wrong)
            search = pair_search(data, kind, lm) if data is not None else None
            if search is not None:
                out.append((kind, search))
    return out
