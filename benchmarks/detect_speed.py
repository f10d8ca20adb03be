"""Encoding detectors on Chinese pages: how often right, how fast.

    python -m benchmarks.detect_speed [N]

N articles of the shipped corpus (default 300), half saved as GB18030 and half, converted
to traditional, as Big5-HKSCS; each detector sees every document whole and cut to its
first 60 bytes. Detectors that are not installed are skipped: chardet (a dependency),
charset-normalizer, faust-cchardet (`pip install charset-normalizer faust-cchardet`).
Also prints how many pages `detect_encoding` settles without a detector (one Chinese
encoding decodes them strictly).
"""
from __future__ import annotations

import sys
import time

from benchmarks.corpus import articles

_FAMILY = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "cp950": "big5hkscs"}


def _family(name: str | None) -> str:
    name = (name or "").lower().replace("_", "-")
    return _FAMILY.get(name, name)


def detectors() -> dict:
    found = {}
    try:
        import chardet

        found["chardet"] = lambda data: chardet.detect(data)["encoding"]
    except ImportError:
        pass
    try:
        import charset_normalizer

        def normalizer(data: bytes) -> str | None:
            best = charset_normalizer.from_bytes(data).best()
            return best.encoding if best else None

        found["charset-normalizer"] = normalizer
    except ImportError:
        pass
    try:
        import cchardet

        found["faust-cchardet"] = lambda data: cchardet.detect(data)["encoding"]
    except ImportError:
        pass
    return found


def main(argv: list[str] | None = None) -> None:
    from newsclean.stages.decode import strict_decodes
    from newsclean.stages.script import to_traditional

    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 300
    texts = [t for _, _, t in articles()][:n]
    docs = [("gb18030", t.encode("gb18030")) for t in texts[: n // 2]]
    docs += [("big5hkscs", to_traditional(t).encode("big5hkscs", errors="ignore")) for t in texts[n // 2:]]
    settled = sum(not (strict_decodes(d, "gb18030") and strict_decodes(d, "big5hkscs")) for e, d in docs
                  if e == "gb18030")
    print(f"{len(docs)} documents; GB18030 pages that Big5-HKSCS does not decode (no detector asked): "
          f"{settled}/{n // 2}")
    print("| detector | input | right | ms/doc |")
    print("|---|---|---|---|")
    for name, detect in detectors().items():
        for label, sample in (("whole", docs), ("first 60 bytes", [(e, d[:60]) for e, d in docs])):
            start = time.perf_counter()
            right = sum(_family(detect(d)) == e for e, d in sample)
            ms = (time.perf_counter() - start) / len(sample) * 1e3
            print(f"| {name} | {label} | {right}/{len(sample)} | {ms:.3f} |")


if __name__ == "__main__":
    main()
