"""Mojibake: Chinese bytes decoded with the wrong codec, found and read back per line.

`redecode` (the stage `RedecodeLines`) weighs every reading of both families of mix-ups —
`latin` (Latin-1/cp1252) and `gbk_family` (UTF-8 read as GBK, Big5 and GBK swapped) — under the
language model; `leftover` (the stage `FixLatinMojibake`) gives what is left to ftfy. `search`
holds what they share.
"""
from newsclean.stages.mojibake.leftover import FixLatinMojibake
from newsclean.stages.mojibake.redecode import RedecodeLines

__all__ = ["FixLatinMojibake", "RedecodeLines"]
