"""The two OpenCC packages side by side, in one run: speed and agreement of t2s and s2t.

    python -m benchmarks.opencc_speed OFFICIAL_DIR REIMPLEMENTED_DIR

Both install the import name `opencc`, so each runs in its own subprocess from a folder made
with `pip install --target DIR opencc` / `pip install --target DIR opencc-python-reimplemented`.
The text: the 1,000 shipped articles (simplified), and their s2t conversion by each package.
"""
from __future__ import annotations

import json
import subprocess
import sys

WORKER = r"""
import gzip, json, sys, time
sys.path.insert(0, sys.argv[1])
import opencc
texts = [line.split("\t", 1)[1] for line in gzip.open(sys.argv[2], "rt", encoding="utf-8")]
s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
start = time.perf_counter(); trad = [s2t.convert(t) for t in texts]; s2t_s = time.perf_counter() - start
start = time.perf_counter(); back = [t2s.convert(t) for t in trad]; t2s_s = time.perf_counter() - start
print(json.dumps({"file": opencc.__file__, "chars": sum(map(len, texts)), "s2t_s": s2t_s, "t2s_s": t2s_s,
                  "trad": trad, "back": back}))
"""


def main(official: str, reimplemented: str) -> None:
    from benchmarks.corpus import CORPUS

    runs = {}
    for name, path in (("opencc (official)", official), ("opencc-python-reimplemented", reimplemented)):
        out = subprocess.run([sys.executable, "-c", WORKER, path, str(CORPUS)], capture_output=True, text=True,
                             check=True).stdout
        runs[name] = json.loads(out)
    base = runs["opencc-python-reimplemented"]
    print(f"{base['chars']:,} characters, 1,000 articles")
    print("| package | s2t chars/s | t2s chars/s | t2s × reimplemented |")
    print("|---|---|---|---|")
    for name, r in runs.items():
        print(f"| {name} | {r['chars'] / r['s2t_s']:,.0f} | {r['chars'] / r['t2s_s']:,.0f} | "
              f"{base['t2s_s'] / r['t2s_s']:.1f} |")
    a, b = runs["opencc (official)"], base
    same_trad = sum(x == y for x, y in zip(a["trad"], b["trad"], strict=True))
    same_back = sum(x == y for x, y in zip(a["back"], b["back"], strict=True))
    diff = sum(x != y for s, t in zip(a["trad"], b["trad"], strict=True) for x, y in zip(s, t, strict=False))
    print(f"s2t output identical on {same_trad} of 1,000 articles ({diff} characters differ); "
          f"t2s round trip identical on {same_back}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
