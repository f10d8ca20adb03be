"""What is left of Latin mojibake once lines are re-decoded — mixed or doubly encoded text — with
ftfy, on the lines its own detector flags."""
from __future__ import annotations

import unicodedata

from newsclean.document import Document
from newsclean.stages.mojibake.latin import UTF8_AS_LATIN
from newsclean.stages.mojibake.redecode import is_suspect, redecode_lines
from newsclean.text import line_after_tidying

# Rounds of ftfy on one line (one fix, and what a second cleaning would find after it).
_MAX_ROUNDS = 3


class FixLatinMojibake:
    """Runs ftfy on the lines its own `is_bad` detector flags, after RedecodeLines has
    re-decoded whole lines: what is left is mixed or doubly encoded text.

    ftfy is slow and its defaults are wrong for Chinese (`fix_character_width` turns
    `，：（）` and U+3000 into ASCII), so it runs per flagged line with width, quote and
    Latin-ligature fixes off.
    """

    name = "latin_mojibake"
    repairs = True

    @staticmethod
    def preload() -> None:
        import ftfy  # noqa: F401 (its import builds its tables)

    def __call__(self, doc: Document) -> Document:
        if not doc.lines or not any(UTF8_AS_LATIN.search(t) for _, t in doc.lines):
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
            if not UTF8_AS_LATIN.search(text):  # the page's sign, asked of each line
                lines.append((number, text))
                continue
            # A fix can leave a line that a second cleaning would fix again (a C1 control
            # that stopped ftfy is gone by then): fixed until nothing changes, a few times.
            for _ in range(_MAX_ROUNDS):
                fixed = self._fix(text, ftfy, is_bad, config)
                if fixed is None and (as_tidied := line_after_tidying(text)) != text:
                    # Also decide on the line as a second cleaning will see it (`line_after_tidying`).
                    # The line itself keeps its C1 controls and spaces: they may be bytes of
                    # UTF-8 or of GB18030 read as Latin-1.
                    fixed = self._fix(as_tidied, ftfy, is_bad, config)
                    text = as_tidied if fixed is not None else text
                if fixed is None:
                    break
                doc.repair("latin_mojibake", text, fixed, 0, 0.9, number)
                text = fixed
                # ftfy can leave GBK read as Latin-1 (its C1 controls turned into cp1252
                # characters): re-decoding is tried again, as a second cleaning would.
                if not text.isascii() and is_suspect(text, load()):
                    text = redecode_lines(doc, [(number, text)], load())[0]
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
