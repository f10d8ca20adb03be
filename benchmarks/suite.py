"""The benchmark suite: newsclean beside the alternatives, on the same documents, in one run.

    python -m benchmarks [--quick] [-n N] [--out DIR]      (also: newsclean bench …)

The corpus: the five seeds with their expected output, and pages built from the held-out
(odd-numbered) THUCNews articles — wrapped in chrome and metadata (`benchmarks.pages`),
then damaged by one mechanism of docs/damage.md each (`benchmarks.damage`), or left clean, or
saved as GB18030 bytes — with a fixed seed. Every page keeps its gold. The pages are built
twice: with the bank's train family of wordings (what rules and weights may be tuned on), and
with its held-out family (what nothing is tuned on); the tables report both. A full run also
runs the real pages of ../shared/realpages (`benchmarks.real_pages`) where they are.

Prints markdown tables, writes `DIR/bench.json` and `DIR/bench.png`.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
import tracemalloc
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import bank, metrics
from benchmarks.corpus import articles
from benchmarks.damage import KINDS as DAMAGE
from benchmarks.pages import make_page
from benchmarks.systems import PRELOAD, available, glue_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
KINDS = ("clean", *DAMAGE, "gb18030_bytes")
META_FIELDS = ("title", "published_at", "source", "site", "authors", "editors", "original_title")
SEED = 2024
QUICK_DOCS = 16
MEMORY_SAMPLE = 40
# Pages a system cleans in one turn (see run).
TURN = 25


@dataclass
class BenchDoc:
    id: str
    kind: str
    page: str | bytes
    body: list[str]
    meta: dict
    # (gold, as the page shows it) for every non-body line and every body paragraph; the page
    # form is "" where the damage does not keep lines apart (HTML).
    chrome: list[tuple[str, str]] = field(default_factory=list)
    paragraphs: list[tuple[str, str]] = field(default_factory=list)
    family: str = bank.TRAIN

    @property
    def size(self) -> int:
        return len(self.page if isinstance(self.page, bytes) else self.page.encode("utf-8"))


def seed_docs() -> list[BenchDoc]:
    docs = []
    for path in sorted(SEEDS.glob("*.txt")):
        expected = json.loads((SEEDS / "expected" / f"{path.stem}.json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        # The seeds' chrome is traditional and glossed; its simplified form (by the glue
        # baseline) lets a leaked line be recognised in any system's output.
        chrome = [(glue_text(lines[int(n) - 1]), lines[int(n) - 1])
                  for n, label in expected["line_labels"].items() if label != "body"]
        meta = {f: expected["meta"].get(f, [] if f in ("authors", "editors") else None) for f in META_FIELDS}
        docs.append(BenchDoc(f"seed:{path.stem[:3]}", "seed", text, expected["body"], meta, chrome,
                             [(p, "") for p in expected["body"]]))
    return docs


def synthetic_docs(n: int, seed: int = SEED, half: int = 1, family: str = bank.TRAIN) -> list[BenchDoc]:
    """Pages from the first `n` articles of one half of the corpus: odd-numbered (1, held
    out from the language model, the ones scored) or even-numbered (0, for warming up), with
    one family of the bank's wordings."""
    rng = random.Random(seed + (0 if family == bank.TRAIN else 1))
    held_out = [text for index, _, text in articles() if index % 2 == half][:n]
    docs = []
    for i, text in enumerate(held_out):
        kind = KINDS[i % len(KINDS)]
        page = make_page(text, rng, family)
        if kind == "clean":
            shown = page.text
        elif kind == "gb18030_bytes":
            shown = page.text.encode("gb18030")
        else:
            shown = DAMAGE[kind](page.text, rng)
        lines = page.text.split("\n")
        shown_lines = shown.split("\n") if isinstance(shown, str) else lines
        if len(shown_lines) != len(lines):
            shown_lines = [""] * len(lines)
        pairs = list(zip(lines, shown_lines, page.labels, strict=True))
        docs.append(BenchDoc(
            f"thucnews:{2 * i + 1}", kind, shown, page.body, page.meta,
            [(g, s) for g, s, label in pairs if label not in ("body", "source_tail")],
            [(g, s) for g, s, label in pairs if label == "body"], family,
        ))
    return docs


def score(doc: BenchDoc, paragraphs: list[str], meta: dict | None) -> dict[str, float]:
    body = "\n".join(paragraphs)
    out = metrics.comparable(body)
    out_lines = [metrics.comparable(p) for p in paragraphs]
    gold = "\n".join(doc.body)
    res = metrics.residue(body)
    s = {
        "chars": len(metrics.comparable(gold)),
        "errors": metrics.cer(body, gold) * len(metrics.comparable(gold)),
        "chrome_chars": sum(len(metrics.comparable(g or shown)) for g, shown in doc.chrome),
        "chrome_left": sum(len(metrics.comparable(g or shown)) for g, shown in doc.chrome
                           if metrics.present([g, shown], out_lines, out, inside=False)),
        "paragraphs": len(doc.paragraphs),
        "paragraphs_lost": sum(not metrics.present([g, shown], out_lines, out) for g, shown in doc.paragraphs),
        "out_chars": len(out),
        "residue": sum(res.values()) + metrics.traditional_left(body, gold),
    }
    if meta is not None:
        for name in META_FIELDS:
            if doc.meta.get(name):
                s[f"meta:{name}"] = 1
                s[f"meta_ok:{name}"] = metrics.meta_equal(name, meta.get(name), doc.meta[name])
    return s


def summarise(rows: list[dict[str, float]]) -> dict[str, float | None]:
    t: dict[str, float] = defaultdict(float)
    for row in rows:
        for k, v in row.items():
            t[k] += v
    fields = [k.split(":", 1)[1] for k in t if k.startswith("meta:")]
    return {
        "docs": len(rows),
        "cer": t["errors"] / max(1, t["chars"]),
        "boilerplate_left": t["chrome_left"] / max(1, t["chrome_chars"]),
        "paragraphs_lost": t["paragraphs_lost"] / max(1, t["paragraphs"]),
        "residue_per_1000": 1000 * t["residue"] / max(1, t["out_chars"]),
        "meta_right": sum(t[f"meta_ok:{f}"] for f in fields) / sum(t[f"meta:{f}"] for f in fields) if fields else None,
        **{f"meta:{f}": t[f"meta_ok:{f}"] / t[f"meta:{f}"] for f in fields},
    }


def measure_memory(system, docs: list[BenchDoc]) -> float:
    """Peak traced allocation for one document, the largest over a sample, in MB."""
    peak = 0
    for doc in docs[:MEMORY_SAMPLE]:
        tracemalloc.start()
        system(doc.page)
        peak = max(peak, tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    return peak / 1e6


def run(docs: list[BenchDoc], progress: bool = True) -> dict:
    systems = available()
    total_bytes = sum(d.size for d in docs)
    report: dict = {"docs": len(docs), "bytes": total_bytes, "kinds": sorted({d.kind for d in docs}),
                    "train_docs": sum(d.family == bank.TRAIN for d in docs),
                    "held_out_docs": sum(d.family == bank.HELD_OUT for d in docs), "systems": {}}
    # One page of every kind, from the half of the corpus that is never scored, before the
    # clock starts: resources load once per process (language model, tables, converters),
    # and a crawl of millions of pages pays that once. The load is reported as warm-up time.
    warmup = synthetic_docs(len(KINDS), half=0)
    warmup_seconds = {}
    for name, system in systems.items():
        start = time.perf_counter()
        if name in PRELOAD:
            PRELOAD[name]()
        for doc in warmup:
            system(doc.page)
        warmup_seconds[name] = time.perf_counter() - start
    # The systems take turns, a block of pages each: the machine's speed drifts over a run,
    # and timing the systems one after the other put that drift into their ratios (a clean
    # page ratio to ftfy moved between 2.5 and 3.1 in three runs); turns of one page put
    # each system after another's (trafilatura's) use of the processor's caches.
    outputs: dict[str, list] = {name: [] for name in systems}
    seconds_by_kind: dict[str, dict[str, float]] = {name: defaultdict(float) for name in systems}
    for first in range(0, len(docs), TURN):
        for name, system in systems.items():
            for doc in docs[first:first + TURN]:
                start = time.perf_counter()
                outputs[name].append(system(doc.page))
                if doc.family == bank.TRAIN:  # speed over the pages the figures have always been on
                    seconds_by_kind[name][doc.kind] += time.perf_counter() - start
    timed = [d for d in docs if d.family == bank.TRAIN]
    timed_bytes = sum(d.size for d in timed)
    clean_docs = [d for d in timed if d.kind == "clean"]
    for name, system in systems.items():
        seconds = sum(seconds_by_kind[name].values())
        rows = [(doc.kind, doc.family, score(doc, paragraphs, meta))
                for doc, (paragraphs, meta) in zip(docs, outputs[name], strict=True)]
        by_kind = {kind: summarise([r for k, f, r in rows if k == kind and f == bank.TRAIN])
                   for kind in report["kinds"] if any(k == kind and f == bank.TRAIN for k, f, _ in rows)}
        held_out = [r for _, f, r in rows if f == bank.HELD_OUT]
        report["systems"][name] = {
            "overall": summarise([r for _, f, r in rows if f == bank.TRAIN]),
            "held_out": summarise(held_out) if held_out else None,
            "by_kind": by_kind,
            "seconds": seconds,
            "warmup_seconds": warmup_seconds[name],
            "mb_per_s": timed_bytes / 1e6 / seconds,
            "docs_per_s": len(timed) / seconds,
            "mb_per_s_clean": (sum(d.size for d in clean_docs) / 1e6 / seconds_by_kind[name]["clean"]
                               if clean_docs else None),
            "peak_mb_per_doc": measure_memory(system, timed),
        }
        if progress:
            print(f"  {name}: {seconds:.1f} s (warm-up on {len(warmup)} other pages: {warmup_seconds[name]:.1f} s)",
                  file=sys.stderr)
    ftfy_speed = report["systems"].get("ftfy", {}).get("mb_per_s")
    for entry in report["systems"].values():
        entry["speed_vs_ftfy"] = entry["mb_per_s"] / ftfy_speed if ftfy_speed else None
    return report


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.2%}"


def markdown(report: dict) -> str:
    systems = report["systems"]
    out = [f"{report['docs']} documents, {report['bytes'] / 1e6:.1f} MB; kinds: {', '.join(report['kinds'])}", "",
           f"{report['train_docs']} pages of the bank's train family and the seeds (speed is measured on these):", "",
           "| system | CER | boilerplate left | paragraphs lost | residue /1k chars | meta right | MB/s | docs/s "
           "| speed × ftfy | MB/s clean pages | peak MB/doc | warm-up s |",
           "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, s in systems.items():
        o = s["overall"]
        ratio = "—" if s["speed_vs_ftfy"] is None else f"{s['speed_vs_ftfy']:.2f}"
        out.append(f"| {name} | {o['cer']:.4f} | {_pct(o['boilerplate_left'])} | {_pct(o['paragraphs_lost'])} | "
                   f"{o['residue_per_1000']:.2f} | {_pct(o['meta_right'])} | {s['mb_per_s']:.2f} | "
                   f"{s['docs_per_s']:.1f} | {ratio} | {s['mb_per_s_clean'] or 0:.2f} | {s['peak_mb_per_doc']:.1f} "
                   f"| {s['warmup_seconds']:.1f} |")
    if any(s.get("held_out") for s in systems.values()):
        out += ["", f"The same on {report['held_out_docs']} pages of the bank's held-out family of wordings and "
                "layouts (nothing is tuned on them):", "",
                "| system | CER | boilerplate left | paragraphs lost | residue /1k chars | meta right |",
                "|---|---|---|---|---|---|"]
        for name, s in systems.items():
            h = s["held_out"]
            out.append(f"| {name} | {h['cer']:.4f} | {_pct(h['boilerplate_left'])} | {_pct(h['paragraphs_lost'])} | "
                       f"{h['residue_per_1000']:.2f} | {_pct(h['meta_right'])} |")
    out += ["", "Character error rate of the body by kind of page (train family):", "",
            "| kind | " + " | ".join(systems) + " |", "|---" * (len(systems) + 1) + "|"]
    for kind in report["kinds"]:
        if all(kind in s["by_kind"] for s in systems.values()):
            out.append(f"| {kind} | " + " | ".join(f"{s['by_kind'][kind]['cer']:.4f}" for s in systems.values()) + " |")
    return "\n".join(out)


def chart(report: dict, path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("newsclean bench: matplotlib is not installed (pip install -e '.[bench]'); no chart",
              file=sys.stderr)
        return False
    systems, kinds = list(report["systems"]), report["kinds"]
    fig, (left, right) = plt.subplots(1, 2, figsize=(14, 5.5), gridspec_kw={"width_ratios": [3, 1]})
    width = 0.8 / len(systems)
    for j, name in enumerate(systems):
        values = [max(report["systems"][name]["by_kind"][k]["cer"], 1e-4) for k in kinds]
        left.bar([i + j * width for i in range(len(kinds))], values, width, label=name)
    left.set_yscale("log")
    left.set_xticks([i + 0.4 - width / 2 for i in range(len(kinds))], kinds, rotation=30, ha="right")
    left.set_ylabel("character error rate of the body (log; 0 drawn at 1e-4; lower is better)")
    left.legend(ncol=len(systems), loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)
    speeds = [report["systems"][n]["mb_per_s"] for n in systems]
    right.barh(systems, speeds, color=[f"C{j}" for j in range(len(systems))])
    right.set_xlabel("MB/s, one process (higher is better)")
    right.set_xlim(0, max(speeds) * 1.3)
    right.set_title("Throughput")
    for y, v in enumerate(speeds):
        right.text(v, y, f" {v:.2f}", va="center")
    fig.suptitle(f"newsclean benchmark: {report['docs']} documents")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsclean bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK_DOCS} pages of each family and the seeds, no real pages: proves the suite runs")
    parser.add_argument("-n", type=int, default=500, help="held-out articles to build pages from (at most 500)")
    parser.add_argument("--out", default="bench-out", help="folder for bench.json and bench.png")
    parser.add_argument("--seed", type=int, default=SEED, help="random seed of the corpus")
    parser.add_argument("--no-real", action="store_true", help="leave out the real pages of ../shared/realpages")
    args = parser.parse_args(argv)
    n = QUICK_DOCS if args.quick else args.n
    if not 1 <= n <= 500:
        parser.error("-n takes 1 to 500 (the held-out half of the shipped corpus)")
    docs = seed_docs() + synthetic_docs(n, args.seed) + synthetic_docs(n, args.seed, family=bank.HELD_OUT)
    print(f"newsclean bench: {len(docs)} documents", file=sys.stderr)
    report = run(docs)
    report["config"] = {"n": n, "seed": args.seed, "quick": args.quick}
    if not args.quick and not args.no_real:
        from benchmarks import real_pages

        if (real_pages.REALPAGES / "original").is_dir():
            print("newsclean bench: the real pages", file=sys.stderr)
            report["real_pages"] = real_pages.run(real_pages.load())
        else:
            print(f"newsclean bench: no real pages at {real_pages.REALPAGES}; skipped", file=sys.stderr)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(markdown(report))
    if "real_pages" in report:
        from benchmarks import real_pages

        print("\nReal pages (../shared/realpages; `python -m benchmarks.real_pages`):")
        print(real_pages.markdown(report["real_pages"]))
    drew = chart(report, out / "bench.png")
    print(f"\nwrote {out / 'bench.json'}" + (f" and {out / 'bench.png'}" if drew else ""), file=sys.stderr)
    return 0
