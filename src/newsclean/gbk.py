"""GBK as Windows cp936 decodes it, with the user-defined areas mapped to private use.

Damaged pages were decoded by a cp936 decoder that maps GBK's user-defined byte areas to
private-use characters; to re-decode a garbled run its characters must go back to bytes.
"""
from __future__ import annotations

from functools import lru_cache

# (first lead, last lead, first trail, trails per row, first code point) for each area.
_USER_AREAS = (
    (0xAA, 0xAF, 0xA1, 94, 0xE000),   # AAA1–AFFE → U+E000…U+E233
    (0xF8, 0xFE, 0xA1, 94, 0xE234),   # F8A1–FEFE → U+E234…U+E4C5
)
_A1_A7_TRAILS = [t for t in range(0x40, 0xA1) if t != 0x7F]  # A140–A7A0 → U+E4C6…U+E765


def is_trail(byte: int) -> bool:
    return 0x40 <= byte <= 0xFE and byte != 0x7F


def decode_pair(lead: int, trail: int) -> str | None:
    """The character of one double-byte code, or None where cp936 has none."""
    if not (0x81 <= lead <= 0xFE and is_trail(trail)):
        return None
    try:
        return bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        pass
    for first, last, first_trail, per_row, base in _USER_AREAS:
        if first <= lead <= last and first_trail <= trail <= 0xFE:
            return chr(base + (lead - first) * per_row + trail - first_trail)
    if 0xA1 <= lead <= 0xA7 and trail in _A1_A7_TRAILS:
        return chr(0xE4C6 + (lead - 0xA1) * 96 + _A1_A7_TRAILS.index(trail))
    return None


@lru_cache(maxsize=1)
def _pua_bytes() -> dict[str, bytes]:
    table = {}
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            ch = decode_pair(lead, trail)
            if ch and 0xE000 <= ord(ch) <= 0xF8FF:
                table[ch] = bytes((lead, trail))
    return table


def encode_char(ch: str) -> bytes | None:
    """The cp936 bytes of one character (private-use ones back to user-defined bytes)."""
    if 0xE000 <= ord(ch) <= 0xF8FF:
        return _pua_bytes().get(ch)
    try:
        return ch.encode("gbk")
    except UnicodeEncodeError:
        return None


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    by_lead: dict[int, list[str]] = {}
    by_trail: dict[int, list[str]] = {}
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            ch = decode_pair(lead, trail)
            if ch and not 0xE000 <= ord(ch) <= 0xF8FF:
                by_lead.setdefault(lead, []).append(ch)
                by_trail.setdefault(trail, []).append(ch)
    return by_lead, by_trail


def preload() -> None:
    """Builds the tables now (a fifth of a second), not on the first page that needs them."""
    _pua_bytes()
    _tables()


def chars_with_lead(lead: int) -> list[str]:
    return _tables()[0].get(lead, [])


def chars_with_trail(trail: int) -> list[str]:
    return _tables()[1].get(trail, [])
