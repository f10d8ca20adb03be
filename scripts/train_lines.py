"""Learns the line weights that ship in src/newsclean/resources/line_weights.json.

    python scripts/train_lines.py [--out PATH]

What it learns from (labelled lines: the article's, or not):
- real pages: the `dev` half of ../shared/realpages (`benchmarks.real_pages.half_of`), each as
  HTML and as a plain-text dump, lines labelled by the hand-made gold (a line is the article's
  when it is found in the gold, in order; lines only the gold's optional first or last line
  holds are left out);
- generated text pages: the bank's train family of wordings (`benchmarks.bank.TRAIN`) around
  the even-numbered shipped articles, left clean or damaged as the suite damages them,
  labelled by the generator;
- generated site-shaped HTML pages around the same articles (`benchmarks.site_pages`).
The held-out half of the real pages, the held-out family of the bank and the odd-numbered
articles are never read here except for the validation it prints.

The model is a logistic regression over the line features of `newsclean.stages.region`
(binary: a line shows a feature or not), fitted by Newton's method with an L2 penalty chosen by
3-fold cross-validation over pages. Each source weighs the same in the fit, whatever its
number of lines. Then the decoder's costs (`gap_open`, `gap_line`, `gap_heading`, `gap_keep`) are chosen on
a grid: the ones whose decoded articles match the labels best (mean of the pages' F1 over
characters), on the same training pages.
"""
from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import bank, real_pages, site_pages  # noqa: E402
from benchmarks.corpus import articles  # noqa: E402
from benchmarks.damage import KINDS as DAMAGE  # noqa: E402
from benchmarks.metrics import comparable  # noqa: E402
from benchmarks.pages import make_page  # noqa: E402
from newsclean.pipeline import Pipeline  # noqa: E402
from newsclean.stages.region import LineModel, decode, has_chrome_evidence, line_features  # noqa: E402
from newsclean.stages.script import classification_keys  # noqa: E402

OUT = ROOT / "src" / "newsclean" / "resources" / "line_weights.json"
SEED = 7
GENERATED_PAGES = 400
SITE_PAGES = 120
LAMBDAS = (1.0, 3.0, 10.0, 30.0, 100.0)
GAP_OPEN = (1.0, 2.0, 3.0, 4.0, 6.0, 8.0)
GAP_LINE = (0.0, 0.1, 0.25, 0.5, 1.0)
GAP_HEADING = (4.0, 8.0, 16.0)
GAP_KEEP = (0, 1, 3)
# A short line counts as found in the gold only right where the gold goes on: `新闻` is in
# every gold somewhere.
SHORT_LINE = 5
SHORT_LINE_SLACK = 10


@dataclass
class Page:
    source: str
    id: str
    features: list[tuple[str, ...]]
    chars: list[int]
    labels: list[int | None]  # 1 the article's, 0 not, None left out


def prefix() -> Pipeline:
    """The default pipeline up to the line scores: what the region stage sees."""
    stages = Pipeline.default().stages
    return Pipeline(stages[:[s.name for s in stages].index("region")])


def page_lines(pipe: Pipeline, raw: str | bytes) -> tuple[list[tuple[int, str]], list[tuple[str, ...]]]:
    doc = pipe.run(raw)
    lines = doc.lines or []
    keys = classification_keys([t for _, t in lines])
    return lines, line_features(keys, [doc.blocks.get(n) for n, _ in lines])


def gold_labels(texts: list[str], gold: list[str], optional_edges: bool) -> list[int | None]:
    """Each line: the article's (1) when it is part of the heaviest alignment of the page's lines
    with the gold in page order, or not (0); None where only the gold's optional edge lines hold
    it. A short line (`新闻` is in every gold somewhere) counts only in the gold's stretch between
    the aligned lines around it."""
    joined = comparable("".join(gold))
    first_end = len(comparable(gold[0])) if optional_edges and gold else 0
    last_start = len(joined) - len(comparable(gold[-1])) if optional_edges and len(gold) > 1 else len(joined) + 1
    keys = [comparable(t) for t in texts]
    # Candidates: (line, start) for every place a long line occurs in the gold.
    candidates = []
    for i, key in enumerate(keys):
        if len(key) >= SHORT_LINE:
            at = joined.find(key)
            while at >= 0 and len(candidates) < 50_000:
                candidates.append((i, at))
                at = joined.find(key, at + 1)
    # Heaviest chain: lines and gold positions both increasing, weighed by length.
    best: list[float] = []
    prev: list[int] = []
    for c, (i, at) in enumerate(candidates):
        value, link = float(len(keys[i])), -1
        for d in range(c):
            j, bt = candidates[d]
            if j < i and bt + len(keys[j]) <= at and best[d] + len(keys[i]) > value:
                value, link = best[d] + len(keys[i]), d
        best.append(value)
        prev.append(link)
    chosen: dict[int, int] = {}
    c = max(range(len(best)), key=best.__getitem__) if best else -1
    while c >= 0:
        chosen[candidates[c][0]] = candidates[c][1]
        c = prev[c]
    out: list[int | None] = []
    bound, ends = 0, sorted(chosen)
    for i, key in enumerate(keys):
        if not key:
            out.append(None)
        elif i in chosen:
            at = chosen[i]
            end = at + len(key)
            out.append(None if end <= first_end or at >= last_start else 1)
            bound = end
        elif len(key) < SHORT_LINE:
            after = next((chosen[j] for j in ends if j > i), len(joined))
            out.append(1 if key in joined[bound:bound + SHORT_LINE_SLACK + len(key)] and bound < after else 0)
        else:
            out.append(0)
    return out


def real(pipe: Pipeline, half: str) -> list[Page]:
    out = []
    for page in real_pages.load():
        if page.half != half:
            continue
        for source, raw in (("real_html", page.data), ("real_dump", real_pages.text_dump(page.data))):
            lines, feats = page_lines(pipe, raw)
            out.append(Page(source, page.id, feats, [len(t) for _, t in lines],
                            gold_labels([t for _, t in lines], page.gold, optional_edges=True)))
    return out


# Share of paragraph breaks where a training page gets one more line of the family's chrome
# (contact lines, prompts, ads, notices): the suite's pages set chrome between paragraphs
# rarely, and the weights must learn what it looks like there too.
INNER_CHROME = 0.1


def with_inner_chrome(page, rng: random.Random, family: str):
    """The page with chrome lines of its family set between some of its paragraphs."""
    site = bank.make_site(rng, family)
    makers = (lambda: bank.contact_spam(rng, site), lambda: bank.ad(rng, site), lambda: bank.share_widget(rng, site),
              lambda: bank.disclaimer(rng, site), lambda: bank.other(rng, site))
    lines, labels = [], []
    rows = list(zip(page.text.split("\n"), page.labels, strict=True))
    for k, (line, label) in enumerate(rows):
        lines.append(line)
        labels.append(label)
        if label == "body" and k + 1 < len(rows) and rows[k + 1][1] == "body" and rng.random() < INNER_CHROME:
            for text, chrome in rng.choice(makers)():
                lines.append(text)
                labels.append(chrome)
    page.text, page.labels = "\n".join(lines), labels
    return page


def generated(pipe: Pipeline, parity: int, family: str, n: int) -> list[Page]:
    rng = random.Random(SEED + parity)
    kinds = ("clean", *DAMAGE)
    texts = [text for index, _, text in articles() if index % 2 == parity][:n]
    out = []
    for i, text in enumerate(texts):
        page = with_inner_chrome(make_page(text, rng, family), rng, family)
        kind = kinds[i % len(kinds)]
        shown = page.text if kind == "clean" else DAMAGE[kind](page.text, rng)
        lines, feats = page_lines(pipe, shown)
        if kind == "html":  # the damage keeps no line numbers: labels from the gold
            labels = gold_labels([t for _, t in lines], page.body, optional_edges=False)
        else:
            by_number = {number: label for number, label in enumerate(page.labels, 1)}
            labels = [None if by_number.get(number) == "source_tail" else int(by_number.get(number) == "body")
                      for number, _ in lines]
        out.append(Page(f"generated_{family}", f"{parity}:{i}", feats, [len(t) for _, t in lines], labels))
    return out


def sites(pipe: Pipeline, parity: int, n: int) -> list[Page]:
    rng = random.Random(SEED + 10 + parity)
    texts = [text for index, _, text in articles() if index % 2 == parity][:n]
    out = []
    for i, text in enumerate(texts):
        doc = site_pages.site_page(f"{parity}:{i}", text, texts[:i] + texts[i + 1:], rng)
        lines, feats = page_lines(pipe, doc.page)
        out.append(Page("site_html", doc.id, feats, [len(t) for _, t in lines],
                        gold_labels([t for _, t in lines], doc.body, optional_edges=False)))
    return out


# ---- the fit --------------------------------------------------------------------------------

def design(pages: list[Page], names: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The feature matrix, labels and sample weights (each source the same total weight)."""
    index = {n: i for i, n in enumerate(names)}
    rows, ys, sources = [], [], []
    for page in pages:
        for feats, label in zip(page.features, page.labels, strict=True):
            if label is None:
                continue
            row = np.zeros(len(names))
            for f in feats:
                if f in index:
                    row[index[f]] = 1.0
            rows.append(row)
            ys.append(label)
            sources.append(page.source)
    x, y = np.array(rows), np.array(ys, dtype=float)
    counts = {s: sources.count(s) for s in set(sources)}
    w = np.array([1.0 / counts[s] for s in sources])
    return x, y, w * len(w) / w.sum()


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, lam: float) -> tuple[float, np.ndarray]:
    """Weighted logistic regression with an L2 penalty on the weights (not the bias), by Newton."""
    n, d = x.shape
    xb = np.hstack([np.ones((n, 1)), x])
    beta = np.zeros(d + 1)
    penalty = np.full(d + 1, lam)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(xb @ beta, -30, 30)))
        grad = xb.T @ (w * (p - y)) + penalty * beta
        hess = (xb * (w * p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return float(beta[0]), beta[1:]


def log_loss(x, y, w, bias, weights) -> float:
    p = 1 / (1 + np.exp(-np.clip(bias + x @ weights, -30, 30)))
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-(w * (y * np.log(p) + (1 - y) * np.log(1 - p))).sum() / w.sum())


def fold(page: Page) -> int:
    return hashlib.sha256(page.id.encode()).digest()[0] % 3


def choose_lambda(pages: list[Page], names: list[str]) -> tuple[float, dict[float, float]]:
    losses = {}
    for lam in LAMBDAS:
        total = 0.0
        for k in range(3):
            train = [p for p in pages if fold(p) != k]
            test = [p for p in pages if fold(p) == k]
            bias, weights = fit(*design(train, names), lam)
            total += log_loss(*design(test, names), bias, weights)
        losses[lam] = total / 3
    return min(losses, key=losses.__getitem__), losses


# ---- the decoder's costs --------------------------------------------------------------------

def page_f1(page: Page, model: LineModel) -> float:
    scores = [model.score(f) for f in page.features]
    states = decode(scores, ["footer_heading" in f for f in page.features], model,
                    [has_chrome_evidence(f) for f in page.features])
    tp = fp = fn = 0
    for state, label, chars in zip(states, page.labels, page.chars, strict=True):
        if label is None:
            continue
        kept = state == "article"
        tp += chars * (kept and label == 1)
        fp += chars * (kept and label == 0)
        fn += chars * (not kept and label == 1)
    return 2 * tp / (2 * tp + fp + fn) if tp else (1.0 if not fn else 0.0)


def mean_f1(pages: list[Page], model: LineModel) -> dict[str, float]:
    by_source: dict[str, list[float]] = {}
    for page in pages:
        by_source.setdefault(page.source, []).append(page_f1(page, model))
    out = {s: sum(v) / len(v) for s, v in sorted(by_source.items())}
    out["mean"] = sum(out.values()) / len(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args(argv)
    if not (real_pages.REALPAGES / "original").is_dir():
        print(f"needs the real pages at {real_pages.REALPAGES}", file=sys.stderr)
        return 2
    pipe = prefix()
    print("reading pages …", file=sys.stderr)
    train = (real(pipe, "dev") + generated(pipe, 0, bank.TRAIN, GENERATED_PAGES) + sites(pipe, 0, SITE_PAGES))
    names = sorted({f for page in train for feats in page.features for f in feats})
    lam, losses = choose_lambda(train, names)
    print(f"L2 penalty {lam} (3-fold log-loss {', '.join(f'{k}: {v:.4f}' for k, v in losses.items())})",
          file=sys.stderr)
    bias, weights = fit(*design(train, names), lam)
    table = {n: round(float(v), 3) for n, v in sorted(zip(names, weights, strict=True), key=lambda kv: -kv[1])}
    best, best_f1 = None, -1.0
    for gap_open, gap_line, gap_heading, gap_keep in itertools.product(GAP_OPEN, GAP_LINE, GAP_HEADING, GAP_KEEP):
        model = LineModel(bias, table, gap_open, gap_line, gap_heading, gap_keep)
        f1 = mean_f1(train, model)["mean"]
        if f1 > best_f1 + 1e-9:
            best, best_f1 = model, f1
    print(f"decoder: gap_open {best.gap_open}, gap_line {best.gap_line}, gap_heading {best.gap_heading}, "
          f"gap_keep {best.gap_keep}", file=sys.stderr)
    validation = {
        "trained_on": mean_f1(train, best),
        "held_out": mean_f1(real(pipe, "held-out") + generated(pipe, 1, bank.HELD_OUT, GENERATED_PAGES // 2)
                            + sites(pipe, 1, SITE_PAGES // 2), best),
    }
    for name, scores in validation.items():
        print(f"line F1 ({name}): " + ", ".join(f"{k} {v:.3f}" for k, v in scores.items()), file=sys.stderr)
    data = {
        "format": "newsclean-line-weights", "version": 1,
        "about": "log-odds that a line is the article's: bias plus the weights of the features the line shows; "
                 "built by scripts/train_lines.py",
        "l2_penalty": lam,
        "bias": round(bias, 3),
        "weights": table,
        "decoder": {"gap_open": best.gap_open, "gap_line": best.gap_line, "gap_heading": best.gap_heading,
                    "gap_keep": best.gap_keep},
        "validation_line_f1": {k: {s: round(v, 4) for s, v in d.items()} for k, d in validation.items()},
    }
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
