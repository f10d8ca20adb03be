"""Latin mojibake (UTF-8 read as cp1252/Latin-1), fixed by ftfy only where its detector fires."""
from __future__ import annotations

from newsclean.document import Document


class FixLatinMojibake:
    """Runs ftfy on the lines its own `is_bad` detector flags.

    ftfy is slow and its defaults are wrong for Chinese (`fix_character_width` turns
    `，：（）` and U+3000 into ASCII), so it runs per flagged line with width, quote and
    Latin-ligature fixes off. GBK-specific mojibake is the repair issue's work.
    """

    name = "mojibake"

    def __call__(self, doc: Document) -> Document:
        if not doc.lines or not any(0x80 <= ord(c) <= 0x2FF for _, t in doc.lines for c in t):
            return doc  # Latin mojibake always shows Latin-1/Latin-Extended characters.
        import ftfy
        from ftfy.badness import is_bad

        config = ftfy.TextFixerConfig(
            fix_character_width=False, uncurl_quotes=False, fix_latin_ligatures=False,
            normalization=None, explain=False,
        )
        lines = []
        for number, text in doc.lines:
            if is_bad(text):
                fixed = ftfy.fix_text(text, config)
                if fixed != text and _plausible_result(text, fixed):
                    doc.repair("latin_mojibake", text, fixed, 0, 0.9, number)
                    text = fixed
            lines.append((number, text))
        doc.lines = lines
        return doc


def _plausible_result(before: str, after: str) -> bool:
    """ftfy's answer is taken only if every character it brings in is one news text uses:
    turning `南洋É¬林` into `南洋ɬ林` repairs nothing a reader wants."""
    from newsclean.lm import load

    lm = load()
    new = set(after) - set(before)
    return all(ch.isascii() or lm.known(ch) for ch in new)
