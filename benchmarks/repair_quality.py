"""Repair quality on damaged copies of held-out articles, per damage kind.

    python -m benchmarks.repair_quality [N [START]]

Takes N (default 500) odd-numbered articles (never seen by the language model) from the
START-th on (default 0; a setting tuned on some can be checked on others),
splits them into sentence lines as pages are, damages each with every mechanism of
`benchmarks.damage` and every variant of them (`damage.VARIANTS`; those done to traditional
pages on the article as a Big5 page would hold it, its gold then), runs the repair stages only,
and prints the character error rate against the clean text (and the damaged text's own, for
scale). Variants marked held out were never tuned on.
"""
from __future__ import annotations

import random
import sys
import time

from benchmarks.corpus import articles
from benchmarks.damage import KINDS, TRADITIONAL_KINDS, VARIANTS, as_big5_page
from benchmarks.metrics import cer
from newsclean import Pipeline


def main(n: int = 500, start: int = 0) -> None:
    repair = Pipeline.default().repair_only()
    held_out = [text for index, _, text in articles() if index % 2][start:start + n]
    print(f"{len(held_out)} held-out articles from the {start}th")
    print("| damage | CER after | CER before | worst article CER | seconds |")
    print("|---|---|---|---|---|")
    # The HTML kind repeats the first line as the page <title>, which only the metadata
    # stage removes: it is measured by the full suite (python -m benchmarks), not here.
    kinds = [(k, d, False) for k, d in KINDS.items() if k != "html"]
    kinds += [(k, d, True) for k, d in TRADITIONAL_KINDS.items()]
    kinds += [(f"{k} (held out)" if held_out else k, d, traditional)
              for k, (d, traditional, held_out) in VARIANTS.items()]
    for kind, damage, traditional in kinds:
        rng = random.Random(7)
        errors = before = chars = 0.0
        worst = 0.0
        start = time.perf_counter()
        for text in held_out:
            gold = (as_big5_page(text) if traditional else text).replace("。", "。\n")
            damaged = damage(gold, rng)
            out = "\n".join(t for _, t in repair.run(damaged).lines)
            rate = cer(out, gold)
            errors += rate * len(gold)
            before += cer(damaged, gold) * len(gold)
            chars += len(gold)
            worst = max(worst, rate)
        print(f"| {kind} | {errors / chars:.4f} | {before / chars:.3f} | {worst:.3f} | "
              f"{time.perf_counter() - start:.1f} |")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
