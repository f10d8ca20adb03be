"""How much a multi-pattern engine would save the line classification: the boilerplate cue
patterns searched line by line with `re` (as the stages do now) against one Hyperscan scan
of the whole page that reports every pattern's matches at once.

    pip install --target DIR hyperscan
    PYTHONPATH=DIR python -m benchmarks.multipattern [N]

N pages of the suite's clean kind (default 500 articles → 63 pages). A measurement for the
speed work, not a dependency: the library does not use Hyperscan.
"""
from __future__ import annotations

import sys
import time

from benchmarks.suite import synthetic_docs
from newsclean.chrome import COUNTER, CUES, PHONE


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    try:
        import hyperscan
    except ImportError:
        sys.exit("needs hyperscan: pip install --target DIR hyperscan; "
                 "PYTHONPATH=DIR python -m benchmarks.multipattern")
    pages = [d.page for d in synthetic_docs(int(argv[0]) if argv else 500) if d.kind == "clean"]
    patterns = [p for _, p, _ in CUES if p] + [COUNTER, PHONE]
    openings = [o for _, _, o in CUES if o]
    # Hyperscan has no lookbehind: PHONE's digit guards are dropped (a superset of matches,
    # which the per-line test would then confirm), and its digits are ASCII (Unicode \d
    # repeated makes the pattern too large). Openings are anchored at line starts.
    sources = [p.pattern for p in patterns[:-1]] + [
        r"1[3-9][0-9]{9}|0[0-9]{2,3}[- ]?[0-9]{7,8}|400[ -]?[0-9]{3,4}[ -]?[0-9]{3,4}"] + [
        f"^(?:{o.pattern})" for o in openings]
    db = hyperscan.Database()
    flags = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP | hyperscan.HS_FLAG_MULTILINE
    db.compile(expressions=[s.encode() for s in sources], ids=list(range(len(sources))),
               flags=[flags] * len(sources))
    hits: list[tuple[int, int]] = []

    def on_match(pattern: int, start: int, end: int, flags: int, context: object) -> None:
        hits.append((pattern, end))

    start = time.perf_counter()
    for page in pages:
        hits.clear()
        db.scan(page.encode("utf-8"), match_event_handler=on_match)
    one_scan = (time.perf_counter() - start) / len(pages)
    start = time.perf_counter()
    for page in pages:
        for line in page.split("\n"):
            for pattern in patterns:
                pattern.search(line)
            for opening in openings:
                opening.match(line)
    per_line = (time.perf_counter() - start) / len(pages)
    print(f"{len(pages)} clean pages, {len(sources)} cue patterns")
    print(f"re, every pattern on every line: {per_line * 1e6:.0f} µs a page")
    print(f"Hyperscan, one scan of the page: {one_scan * 1e6:.0f} µs a page ({per_line / one_scan:.0f}× less)")


if __name__ == "__main__":
    main()
