"""Split-character repair: runs a byte-level glosser and a lossy cp936 decode threw out of step.

The mirror inserted `(pinyin)` into the page's GBK bytes. When the matched two bytes
straddled two characters, the gloss landed inside the next character: its first byte and
the `(` became one `?`, and every following character decoded one byte late until an
ASCII byte put the decoder back in step (docs/damage.md, split characters). On the page:

    X ? syl ) R… T        X: last good character   R: the out-of-step run
                          T: `?` (a lost byte) or an ASCII letter/sign that is a trail byte

Re-encoding R to cp936 bytes (private-use characters back to user-defined bytes), putting
the stranded byte in front and decoding again gives the text back. The stranded byte is
known when the gloss links it: the glossed character starts with X's last byte, so its
second byte is the one lost. Bytes that became `?` are chosen by the language model among
the characters that fit the known byte. A `?syl)` whose run does not re-decode into better
Chinese is the plain case: the glossed character itself was lost; its reading and the
page's own glossed characters name the candidates.

Every hypothesis is scored by the language model over the same stretch of the line, and a
repair is taken only when it is clearly more plausible than the text as it stands.
"""
from __future__ import annotations

import math
import re
from functools import cache, lru_cache

from newsclean import gbk
from newsclean.document import Document, flag
from newsclean.lm import best_path
from newsclean.lm import simple as _simple
from newsclean.stages.glosses import SYLLABLE, char_readings, is_reading, spellings
from newsclean.text import line_after_tidying

_ANCHOR = re.compile(rf"\?(?P<syl>{SYLLABLE})\)")
# A gloss, with the repeats and the space after it some mirrors write (`會(hui)(hui) 議`).
_GLOSSED = re.compile(rf"(?P<char>[\u3400-\u9fff])\((?P<syl>{SYLLABLE})\)(?:\((?P=syl)\))*(?: (?=[\u3400-\u9fff?]))?")


def _past_gloss(line: str, end: int, syl: str) -> int:
    """Where a gloss whose first `(syl)` ends at `end` really ends: past its repeats
    (`(hui)(hui)`) and a space the mirror set after it. Neither is a byte of the page's text."""
    repeat = f"({syl})"
    while line.startswith(repeat, end):
        end += len(repeat)
    return end + 1 if line.startswith(" ", end) else end
_TAG_REST = re.compile(r"/[A-Za-z][A-Za-z0-9]{0,6}>")
# The mirror turned full-width punctuation into ASCII after decoding; inside a run these
# stand for the full-width character's two bytes.
_FULL_WIDTH = {"!": "！", ",": "，", ":": "：", ";": "；"}
# A run longer than this is left alone and flagged: it bounds the work per `?` and no run
# in the seeds is longer than 12 characters.
MAX_RUN = 48
# A repair must beat the text as it stands by this many nats per character of the scored
# window; on the seeds true repairs win by more than 2, and on clean text no `?`-free
# line is touched at all.
MIN_GAIN = 1.0
# A stranded byte the gloss links (its reading names a character made of the byte before
# and the stranded one) proves the split: the realigned run is not weighed against the garbled
# text, only against the other readings (another linked byte, a lost glossed character). The
# model cannot judge that comparison: a toneless gloss (`?ban)r`) reads to it about as well
# as Chinese, a toned one (`?bǎn)r`) not. Weighed (at a gain of 0), the toneless variant of the
# mirror damage kept such runs (CER 0.0044 against 0.0035 toned, articles 0-199); unweighed,
# 0.0034 and 0.0035, and the toned figure on articles 200-499 stays 0.0064.
MIN_LINKED_GAIN = float("-inf")
_CONTEXT = 3
# Text before a `?` read for its context: the characters before it may stand behind their own
# glosses, doubled (`總(zong)(zong)?men)`), which `_context` takes out.
_LEFT_WINDOW = 48
# Characters a Chinese sentence is made of. A `?` with no gloss after it is read as the
# start of an out-of-step run only when the run holds something else (private-use,
# Greek, kana, pinyin letters, a full-width sign turned ASCII): a lost separator in clean
# text (`生活?购物?享受`) must not be "realigned".
_ORDINARY = re.compile(r"[\u3400-\u9fff“”‘’、，。：；？！《》（）—…·]")


def _context(text: str) -> str:
    """Text around a repair without the glosses in it: the character a gloss follows is the
    context (and the byte link, docs/damage.md, split characters), not the gloss's `)` or letters."""
    return _GLOSSED.sub(lambda m: m["char"] if is_reading(m["char"], m["syl"]) else m.group(), text)


def _window_score(lm, text: str) -> float:
    simple = "".join(_simple(c) for c in text)
    return lm.score(simple) / max(1, len(simple))


@cache
def _is_traditional_form(ch: str) -> bool:
    from newsclean.stages.script import to_traditional

    return to_traditional(ch) == ch


def _candidates(pair: list[int | None], lm, traditional: bool) -> list[str]:
    """Characters that fit a byte pair; on a page a mirror traditionalised, only forms
    that survive traditionalisation (达 cannot stand where the mirror wrote 大 or 達)."""
    lead, trail = pair
    if lead is not None and trail is not None:
        ch = gbk.decode_pair(lead, trail)
        return [ch] if ch else []
    pool = gbk.chars_with_lead(lead) if lead is not None else gbk.chars_with_trail(trail)
    return [c for c in pool if lm.known(_simple(c)) and (not traditional or _is_traditional_form(c))]


# Each `?` costs a bounded search (MAX_RUN); this many per document bound the whole stage
# (about 150 µs each here: under a second). Seeds have tens; past the budget the `?` are
# left as they are and the line is flagged `repair_budget:split_chars:LINE`.
MAX_QUESTION_MARKS = 5000


class SplitCharRepair:
    """Repairs out-of-step runs and lost glossed characters, one `?` at a time."""

    name = "split_chars"
    repairs = True

    @staticmethod
    def preload() -> None:
        _reading_index()
        gbk.preload()

    def __init__(self, max_question_marks: int = MAX_QUESTION_MARKS):
        self.max_question_marks = max_question_marks

    def __call__(self, doc: Document) -> Document:
        if not doc.lines or not any("?" in t for _, t in doc.lines):
            return doc
        from newsclean.lm import load

        lm = load()
        glossed = self._glossed_characters(doc)
        # Glosses are the mirror's tell (docs/damage.md, mirrors): such a page was traditionalised whole.
        traditional = bool(glossed)
        lines, budget = [], self.max_question_marks
        for number, text in doc.lines:
            if "?" in text:
                if text.count("?") > budget:
                    flag(doc, f"repair_budget:split_chars:{number}")
                else:
                    budget -= text.count("?")
                    repaired = self._repair_line(doc, number, text, glossed, traditional, lm)
                    if repaired == text and (as_tidied := line_after_tidying(text)) != text:
                        # Decided on the line as a second cleaning will see it (`line_after_tidying`):
                        # a stray C1 control inside a run hides the bytes around it.
                        again = self._repair_line(doc, number, as_tidied, glossed, traditional, lm)
                        repaired = again if again != as_tidied else text
                    text = repaired
            lines.append((number, text))
        doc.lines = lines
        return doc

    @staticmethod
    def _glossed_characters(doc: Document) -> frozenset[str]:
        """The characters this page glosses (a page glosses a character always or never)."""
        found = set()
        for _, text in doc.lines:
            for m in _GLOSSED.finditer(text):
                if is_reading(m["char"], m["syl"]):
                    found.add(m["char"])
        return frozenset(found)

    def _repair_line(self, doc, number, line, glossed, traditional, lm) -> str:
        out: list[str] = []
        i = 0
        while i < len(line):
            if line[i] != "?":
                out.append(line[i])
                i += 1
                continue
            # (Read with the `?` after it: a space between a gloss and the `?` is the gloss's.)
            left = _context("".join(out[-_LEFT_WINDOW:]) + "?")[:-1][-_CONTEXT:]
            best = self._best_hypothesis(line, i, left, glossed, traditional, lm)
            if best is None:
                out.append("?")
                i += 1
                continue
            end, replacement, confidence, kind, swallowed = best
            if swallowed:
                doc.flags.append(f"swallowed_byte:{number}:{end}")
            before = line[i:end]
            if replacement.endswith("<"):  # a swallowed `<` of a tag remnant
                tag = _TAG_REST.match(line, end)
                end = tag.end()
                before = line[i:end]
                replacement = replacement[:-1]
            doc.repair(kind, before, replacement, i, confidence, number)
            out.append(replacement)
            i = end
        return "".join(out)

    def _best_hypothesis(self, line, i, left, glossed, traditional, lm):
        # `?syl)` is a gloss's remains only on a page a mirror glossed; elsewhere (a page
        # already cleaned, whose glosses are gone) there is no gloss to link it to, and
        # reading it as one would make a second cleaning repair what the first left.
        anchor = _ANCHOR.match(line, i) if glossed else None
        anchor_end = _past_gloss(line, anchor.end(), anchor["syl"]) if anchor else i + 1
        start = anchor_end
        run = self._read_run(line, start)
        # (gain, end, text, kind, swallowed, the gain it needs)
        options: list[tuple[float, int, str, str, bool, float]] = []
        if run and not anchor and not self._looks_garbled(line[i + 1:run[0] - 1]):
            run = None
        if run:
            end, run_bytes = run
            ends_lost = line[end - 1] == "?"
            tag = _TAG_REST.match(line, end) if ends_lost else None
            # `?syl)` closing the run: the run's last character was glossed, and its trail
            # byte went into the `?` with the gloss's `(` (`日?qǐng)?bào)` is 日報). The gloss
            # names that character's reading and belongs to the repair.
            gloss = _ANCHOR.match(line, end - 1) if ends_lost and glossed else None
            if gloss:
                end = _past_gloss(line, gloss.end(), gloss["syl"])
            # A `?` before `/p>` swallowed the tag's `<`: judge the run by what follows the
            # tag. A `?` right before a character that is not ASCII swallowed an ASCII byte
            # (else its byte would have paired with the next one): what follows is not adjacent.
            after = tag.end() if tag else end
            swallowed = ends_lost and not tag and not gloss and end < len(line) and ord(line[end]) >= 0x80
            right = "" if swallowed else _context(line[after:after + 4 * _CONTEXT])[:_CONTEXT]
            # A gloss's repeats and the space after it are the gloss's: scored once.
            shown = line[anchor.start():anchor.end()] + line[anchor_end:end] if anchor else line[i:end]
            as_is = _window_score(lm, left + shown + right)
            for lead in self._stranded_bytes(left, anchor):
                decoded = _realign([lead] + run_bytes, left, right, traditional, lm,
                                   gloss["syl"] if gloss else None)
                if decoded is not None:
                    # A byte the gloss links is structural proof (docs/damage.md, split characters): the reading
                    # only has to be no less plausible than the garbled text.
                    options.append((_window_score(lm, left + decoded + right) - as_is, end,
                                    decoded + ("<" if tag else ""),
                                    "split_char" if anchor else "out_of_step", swallowed,
                                    MIN_LINKED_GAIN if lead is not None else MIN_GAIN))
        if anchor:
            end = anchor_end
            right = _context(line[end:end + 4 * _CONTEXT])[:_CONTEXT]
            as_is = _window_score(lm, left + line[i:end] + right)
            for ch in self._lost_glossed(anchor["syl"], glossed, lm):
                options.append((_window_score(lm, left + ch + right) - as_is, end, ch,
                                "lost_glossed_char", False, MIN_GAIN))
        options = [o for o in options if o[0] >= o[5]]
        if not options:
            return None
        gain, stop, text, kind, swallowed, _ = max(options, key=lambda o: o[0])
        confidence = round(min(0.99, 1 - math.exp(-gain)), 3)
        return stop, text, confidence, kind, swallowed

    @staticmethod
    def _looks_garbled(run: str) -> bool:
        return any(not _ORDINARY.match(ch) for ch in run)

    @staticmethod
    def _read_run(line: str, start: int) -> tuple[int, list[int | None]] | None:
        """(end, bytes) of the out-of-step run from `start` through its terminator."""
        data: list[int | None] = []
        for j in range(start, min(len(line), start + MAX_RUN)):
            ch = line[j]
            if ch == "?":
                return j + 1, data + [None]
            if ord(ch) < 0x80:
                if gbk.is_trail(ord(ch)):
                    return j + 1, data + [ord(ch)]
                ch = _FULL_WIDTH.get(ch, "")
            encoded = gbk.encode_char(ch) if ch else None
            if encoded is None or len(encoded) != 2:
                return None
            data.extend(encoded)
        return None

    @staticmethod
    def _stranded_bytes(left: str, anchor) -> list[int | None]:
        """The byte the `?` stood for: linked by the gloss when it can be, else unknown."""
        if anchor and left:
            before = gbk.encode_char(left[-1])
            if before and len(before) == 2:
                links = {gbk.encode_char(g)[1] for g in gbk.chars_with_lead(before[1])
                         if is_reading(g, anchor["syl"])}
                if links:
                    return sorted(links)
        return [None]

    @staticmethod
    def _lost_glossed(syl: str, glossed: frozenset[str], lm) -> list[str]:
        on_page = sorted(g for g in glossed if is_reading(g, syl))
        return on_page or _common_with_reading(syl, lm)[:20]


def _realign(data: list[int | None], left: str, right: str, traditional: bool, lm,
             last_reading: str | None = None) -> str | None:
    """The run decoded in step: byte pairs, unknown bytes chosen by the language model;
    the last character read `last_reading` where a gloss closes the run."""
    if len(data) % 2:
        return None
    slots = [_candidates(data[k:k + 2], lm, traditional) for k in range(0, len(data), 2)]
    if last_reading is not None:
        slots[-1] = [c for c in slots[-1] if is_reading(c, last_reading)]
        if not slots[-1]:
            return None
    return best_path(lm, left, slots, right, traditional)


@cache
def _reading_index() -> dict[str, list[str]]:
    """Syllable (toned and toneless) → the characters pypinyin gives that reading, built once
    from its dictionary: asking `readings` of every character costs seconds per process."""
    index: dict[str, list[str]] = {}
    for cp, value in char_readings().items():
        if 0x4E00 <= cp <= 0x9FFF:
            for syllable in {s for r in value.split(",") for s in spellings(r)}:
                index.setdefault(syllable, []).append(chr(cp))
    return index


@lru_cache(maxsize=4096)
def _common_with_reading(syl: str, lm) -> list[str]:
    fits = [c for c in _reading_index().get(syl.lower(), ()) if gbk.encode_char(c)]
    return sorted(fits, key=lambda c: -lm.unigrams.get(_simple(c), 0))
