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
                if fixed != text:
                    doc.repair("latin_mojibake", text, fixed, 0, 0.9, number)
                    text = fixed
            lines.append((number, text))
        doc.lines = lines
        return doc
