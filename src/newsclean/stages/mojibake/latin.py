"""The Latin-1/cp1252 family: Chinese bytes (UTF-8, GBK, Big5) read as Latin-1 or cp1252 — with
every byte kept, or with the five cp1252 leaves undefined replaced by U+FFFD — read back."""
from __future__ import annotations

import re

from newsclean.lm import Search
from newsclean.lm import simple as _simple
from newsclean.stages.mojibake.search import (
    CP1252_EXTRA,
    as_bytes_of,
    is_traditional,
    line_search,
    mostly_rare,
    pair_char,
    utf8_search,
)
from newsclean.text import cjk_count

# Spaces and invisible characters between them are allowed: tidying and normalising take
# them out (`å “` becomes `å“`), and the line must be judged as a second cleaning sees it.
UTF8_AS_LATIN = re.compile(f"[\xc2-\xf4][\\s\u200b-\u200d\u2060\ufeff]*[\x80-\xbf{re.escape(CP1252_EXTRA)}]")


# How many times over a line may have been read as Latin-1.
_MAX_LAYERS = 3


# The bytes cp1252 has no character for: a decoder with replacement turns each into U+FFFD.
CP1252_HOLES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def holed_pair_search(data: bytes, codec: str, lm) -> Search | None:
    """Double-byte bytes (GBK, Big5) read as cp1252 with replacement, 0 for each byte lost (one
    of `CP1252_HOLES`), as a search: every byte above ASCII opens a pair, so the pairs stand
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
            leads = CP1252_HOLES if not pair[0] else (pair[0],)
            trails = CP1252_HOLES if not pair[1] else (pair[1],)
            slots.append(tuple(ch for lead in leads for trail in trails
                               if (ch := pair_char(codec, bytes((lead, trail)))) and lm.known(_simple(ch)))
                         or ("\ufffd",))
        i += 2
    if run:
        try:
            slots.append((run.decode(codec),))
        except UnicodeDecodeError:
            return None
    known = "".join(slot[0] for slot in slots if len(slot) == 1)
    if not cjk_count(known) or mostly_rare(known, lm):
        return None
    return line_search(slots, is_traditional(known))


def latin_readings(text: str, lm) -> tuple[list[tuple[str, str]], list[tuple[str, Search]]]:
    """The readings of a line as Chinese bytes read as Latin-1/cp1252: (kind, text) where every
    byte was kept, and (kind, search) where a lossy decoder replaced some (each U+FFFD one of the
    five bytes cp1252 leaves undefined)."""
    readings, searches = [], []
    latin = as_bytes_of(text, "cp1252")
    if latin is not None and not latin.isascii():
        for target, kind in (("utf-8", "utf8_as_cp1252"), ("gb18030", "gb18030_as_latin1"),
                             ("big5hkscs", "big5hkscs_as_latin1")):
            try:
                readings.append((kind, latin.decode(target)))
            except UnicodeDecodeError:
                pass
        # Read so twice or more (a page through two broken systems): each layer read back
        # again while what it gives is still UTF-8 read as Latin-1, the model choosing.
        layer = next((t for k, t in readings if k == "utf8_as_cp1252"), None)
        for _ in range(_MAX_LAYERS - 1):
            if layer is None or not UTF8_AS_LATIN.search(layer):
                break
            again = as_bytes_of(layer, "cp1252")
            if again is None and "\ufffd" in layer:
                # The first reading was with replacement: its lost bytes searched for.
                holed = _holed(layer)
                if holed is not None and (search := utf8_search(holed, lm, CP1252_HOLES)) is not None:
                    searches.append(("utf8_as_cp1252", search))
                break
            try:
                layer = again.decode("utf-8") if again is not None and not again.isascii() else None
            except UnicodeDecodeError:
                layer = None
            if layer is None:
                break
            readings.append(("utf8_as_cp1252", layer))
    elif latin is None and "\ufffd" in text:
        # Read as cp1252 with replacement (Python's `errors="replace"`, and every tool built
        # on it): each U+FFFD is one of the five bytes cp1252 leaves undefined.
        holed = _holed(text)
        if holed is not None and not holed.isascii():
            inner = _inner_layer(holed)
            for kind, search in (("utf8_as_cp1252", utf8_search(holed, lm, CP1252_HOLES)),
                                 ("gb18030_as_latin1", holed_pair_search(holed, "gb18030", lm)),
                                 ("big5hkscs_as_latin1", holed_pair_search(holed, "big5hkscs", lm)),
                                 ("utf8_as_cp1252", utf8_search(inner, lm, CP1252_HOLES) if inner else None)):
                if search is not None:
                    searches.append((kind, search))
    return readings, searches


def _holed(text: str) -> bytes | None:
    """The bytes a cp1252 decoder with replacement was given, 0 for each U+FFFD (one of
    `CP1252_HOLES`); None where the text holds what cp1252 cannot have given."""
    return as_bytes_of(text.replace("\ufffd", "\x00"), "cp1252")


def _inner_layer(holed: bytes) -> bytes | None:
    """Read twice, the second time with replacement (UTF-8 read as Latin-1, the result read as
    cp1252 again): the bytes of the first reading, 0 where a byte is lost. A lost byte after
    `C2` was a C1 control of the first reading (U+0081, U+008D …), so the first reading's byte
    there is one of `CP1252_HOLES` again, as it is under a U+FFFD of the first reading; after
    `E2 80` it was `”` (cp1252's 0x94). None where the bytes are not such a reading (or hold a
    loss it cannot place)."""
    if b"\xc3\x00" in holed:
        return None  # Á Í Ï Ð Ý: no Chinese byte
    data = holed.replace(b"\xe2\x80\x00", b"\xe2\x80\x9d").replace(b"\xc2\x00", b"\x00")
    try:
        first = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    # The first reading's own losses (U+FFFD, read with replacement too) are such bytes as well.
    inner = _holed(first)
    return inner if inner is not None and not inner.isascii() and UTF8_AS_LATIN.search(first) else None
