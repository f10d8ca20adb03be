"""Real crawled pages (`../shared/realpages`): every system's body and metadata against hand-made
gold, and its time, in one run.

    python -m benchmarks.real_pages [--dump] [--half dev|held-out|all] [--pages N] [--show ID]

The 69 pages are HTML as crawled (40 in GB2312/GBK bytes). Each system gets the page's bytes as a
user would give them (a tool that takes only text gets them decoded by the page's declared charset,
else by chardet's guess). With `--dump`, every system gets instead a plain-text dump of the page —
its `<title>`, then every block a line, chrome included, as a crawler's text conversion (Common
Crawl's WET files) holds it; the dump is made once, the same for all, by resiliparse without its
main-content filter.

Scores (the folder's README says how to compare): text NFKC with whitespace removed; the gold's
first and last lines are optional (its edges are not consistent).
- recall: characters of the gold's core (without those edge lines) in the longest common
  subsequence with the body, over the core's length;
- precision: characters of the body in the longest common subsequence with the whole gold, over
  the body's length (an empty body scores 0);
- CER: Levenshtein distance over the gold length, the best of the gold with and without its
  optional edge lines; the median over pages;
- title: the gold has none, so the page's <title> stands in, on pages where it holds a headline:
  a title is right when it is found in the <title>, is most of its longest segment and leaves
  the site's name out;
- date: the day, on pages whose gold gives a full date; authors: the set of names, on pages
  whose gold gives any — the gold names the person the page credits, its editor where it names
  no author (`编辑：山石` gives 山石), so a system that keeps editors apart is asked for its
  authors, or its editors when it gives no author.
The pages split in two halves by a hash of their id: `dev` is where thresholds and weights may be
chosen, `held-out` is only reported. Both are printed.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks import metrics

REALPAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "realpages"

Output = tuple[list[str] | None, dict]  # no body (None) for a metadata-only tool


@dataclass
class RealPage:
    id: str
    data: bytes
    gold: list[str]
    date: str | None
    authors: list[str]
    page_title: str | None = None  # the page's <title>, where it holds a headline

    @property
    def half(self) -> str:
        return half_of(self.id)


def half_of(page_id: str) -> str:
    """`dev` or `held-out`, fixed by the id's hash."""
    return "dev" if hashlib.sha256(page_id.encode()).digest()[0] % 2 == 0 else "held-out"


_GOLD_DATE = re.compile(r"^((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\b")
_ANY_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def day(text: str | None) -> str | None:
    """`YYYY-MM-DD` from any date string a system returns (ISO, `2005年5月7日`, `2005/5/7 21:23`)."""
    m = _ANY_DATE.search(text or "")
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None


_GOLD_NAMES = re.compile(r"[\s、，,;；]+")


def load(root: Path = REALPAGES) -> list[RealPage]:
    pages = []
    for path in sorted((root / "original").glob("*.html")):
        page_id = path.stem
        gold = [line for line in (root / "cleaned" / f"{page_id}.txt").read_text(encoding="utf-8").split("\n")
                if metrics.comparable(line)]
        date_text = (root / "date" / f"{page_id}.txt").read_text(encoding="utf-8").strip()
        date = day(date_text) if _GOLD_DATE.match(date_text) else None
        author_text = (root / "author" / f"{page_id}.txt").read_text(encoding="utf-8").strip()
        # Separated by spaces, in one file by 、 as Chinese writes a list of names.
        authors = [] if author_text.upper() in ("UNKNOWN", "") else [a for a in _GOLD_NAMES.split(author_text) if a]
        data = path.read_bytes()
        pages.append(RealPage(page_id, data, gold, date, authors, headline_title(data)))
    return pages


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TITLE_PARTS = re.compile(r"\s*(?:_+|\||｜|\s[-–—]\s|-{2})\s*")
# A <title> holds a headline when its longest segment has this much Chinese ("显示", "网易娱乐"
# do not).
TITLE_MIN_CJK = 6


def headline_title(data: bytes) -> str | None:
    """The page's <title>, where its longest segment (between `_`, `|`, ` - `) reads as a headline."""
    import html

    m = _TITLE_TAG.search(as_text(data))
    if not m:
        return None
    title = html.unescape(" ".join(m[1].split()))
    core = max(_TITLE_PARTS.split(title), key=len)
    return title if len(re.findall(r"[\u4e00-\u9fff]", core)) >= TITLE_MIN_CJK else None


def title_right(got: str | None, page_title: str) -> bool:
    """A title is right when it is the headline of the page's <title>: found in it, most of its
    longest or of its first segment, and without the site name the title adds. (The gold has no
    title: this is the nearest measure the folder allows.)"""
    if not got:
        return False
    got_c, title_c = metrics.comparable(got), metrics.comparable(page_title)
    parts = _TITLE_PARTS.split(page_title)
    cores = {metrics.comparable(max(parts, key=len)), metrics.comparable(parts[0])}
    return got_c in title_c and any(0.6 * len(core) <= len(got_c) <= len(core) + 2 for core in cores)


# ---- what each system is given -------------------------------------------------------------

_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_-]{2,20})""", re.IGNORECASE)
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}


def as_text(data: bytes) -> str:
    """The page decoded as a user would glue it for a tool that takes text: the charset the page
    declares (GB labels widened to GB18030, as browsers do), else chardet's guess."""
    m = _DECLARED.search(data[:4096])
    encoding = _WIDEN.get(m[1].decode().lower(), m[1].decode().lower()) if m else None
    if encoding is None:
        import chardet

        encoding = _WIDEN.get((chardet.detect(data)["encoding"] or "utf-8").lower(), "utf-8")
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def text_dump(data: bytes) -> str:
    """A crawler's plain-text conversion of the page: the title, then every block a line."""
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse(as_text(data))
    title = tree.title or ""
    body = extract_plain_text(tree, main_content=False, alt_texts=False, links=False, list_bullets=False)
    return f"{title}\n{body}" if title else body


_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "section", "article",
               "blockquote", "pre", "table", "ul", "ol", "dd", "dt")


def _html_lines(markup: str) -> list[str]:
    """A baseline's HTML output as lines: one block element a line."""
    from lxml import etree, html

    if not markup.strip():
        return []
    root = html.fromstring(markup)
    for block in root.iter(*_BLOCK_TAGS):
        block.text = "\n" + (block.text or "")
        block.tail = "\n" + (block.tail or "")
    return _lines(etree.tostring(root, method="text", encoding="unicode"))


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


# ---- the systems ---------------------------------------------------------------------------

def newsclean(page: str | bytes) -> Output:
    from newsclean import clean

    result = clean(page)
    return result.paragraphs, result.meta


def _as_html(text: str) -> str:
    """A text dump as the HTML a tool that reads HTML needs: each line a paragraph."""
    import html

    return "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in _lines(text)) + "</body></html>"


def trafilatura_(page: str | bytes) -> Output:
    import trafilatura

    if isinstance(page, str) and "<" not in page:
        page = _as_html(page)
    doc = trafilatura.bare_extraction(page, include_comments=False, with_metadata=True)
    doc = doc.as_dict() if doc is not None else {}
    return _lines(doc.get("text") or ""), {"published_at": doc.get("date"), "title": doc.get("title"),
                                           "authors": _split_authors(doc.get("author"))}


def readability_(page: str | bytes) -> Output:
    from readability import Document

    if isinstance(page, str) and "<" not in page:  # a text dump: readability wants HTML
        page = _as_html(page)
    doc = Document(page)
    return _html_lines(doc.summary(html_partial=True)), {"title": doc.short_title()}


def gne_(page: str | bytes) -> Output:
    from gne import GeneralNewsExtractor

    text = as_text(page) if isinstance(page, bytes) else page
    if "<" not in text:
        text = _as_html(text)
    try:
        out = GeneralNewsExtractor().extract(text)
    except Exception:  # GNE raises on pages it cannot read; a user gets nothing
        return [], {}
    return _lines(out.get("content") or ""), {"title": out.get("title"), "published_at": out.get("publish_time"),
                                              "authors": _split_authors(out.get("author"))}


def resiliparse_(page: str | bytes) -> Output:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    if isinstance(page, bytes):
        page = bytes_to_str(page, detect_encoding(page))
    if "<" not in page:
        page = _as_html(page)
    return _lines(extract_plain_text(HTMLTree.parse(page), main_content=True)), {}


def htmldate_(page: str | bytes) -> Output:
    """htmldate: the publication date only (no body)."""
    from htmldate import find_date

    try:
        date = find_date(page, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # it raises on pages it cannot parse; a user gets nothing
        date = None
    return None, {"published_at": date}


def extruct_(page: str | bytes) -> Output:
    """extruct: what the page's structured data (JSON-LD, Open Graph, microdata) says (no body)."""
    import extruct

    text = as_text(page) if isinstance(page, bytes) else page
    try:
        data = extruct.extract(text, syntaxes=["json-ld", "opengraph", "microdata"], uniform=True)
    except Exception:
        return None, {"published_at": None, "authors": []}
    items = [i for kind in ("json-ld", "microdata", "opengraph") for i in data.get(kind, []) if isinstance(i, dict)]
    date = next((i.get(k) for i in items for k in ("datePublished", "article:published_time") if i.get(k)), None)
    author = next((i.get("author") for i in items if i.get("author")), None)
    names = [a.get("name") if isinstance(a, dict) else a for a in (author if isinstance(author, list) else [author])]
    return None, {"published_at": date if isinstance(date, str) else None,
                  "authors": [n for n in names if isinstance(n, str) and not n.startswith("http")]}


def _split_authors(text: str | None) -> list[str]:
    return [a for a in re.split(r"[\s,，;；、]+", text or "") if a]


SYSTEMS: dict[str, Callable[[str | bytes], Output]] = {
    "newsclean": newsclean,
    "trafilatura": trafilatura_,
    "readability-lxml": readability_,
    "GNE": gne_,
    "resiliparse": resiliparse_,
    "htmldate": htmldate_,
    "extruct": extruct_,
}


def available() -> dict[str, Callable[[str | bytes], Output]]:
    """The systems whose packages are installed (the baselines come with the `bench` extra)."""
    modules = {"trafilatura": "trafilatura", "readability-lxml": "readability", "GNE": "gne",
               "resiliparse": "resiliparse", "htmldate": "htmldate", "extruct": "extruct"}
    out = {}
    for name, system in SYSTEMS.items():
        try:
            if name in modules:
                __import__(modules[name])
        except ImportError:
            continue
        out[name] = system
    return out


# ---- scoring -------------------------------------------------------------------------------

def score(page: RealPage, paragraphs: list[str] | None, meta: dict) -> dict[str, float]:
    """A page's scores; no body scores for a system that gives no body (`paragraphs` None)."""
    from rapidfuzz.distance import LCSseq, Levenshtein

    s: dict[str, float] = {}
    if paragraphs is not None:
        body = metrics.comparable("".join(paragraphs))
        full = metrics.comparable("".join(page.gold))
        core = metrics.comparable("".join(page.gold[1:-1])) if len(page.gold) > 2 else full
        variants = {full, core, metrics.comparable("".join(page.gold[1:])),
                    metrics.comparable("".join(page.gold[:-1]))}
        s["recall"] = LCSseq.similarity(body, core) / len(core) if core else 1.0
        s["precision"] = LCSseq.similarity(body, full) / len(body) if body else 0.0
        s["cer"] = min(Levenshtein.distance(body, v) / max(1, len(v)) for v in variants)
    if page.page_title and "title" in meta:
        s["title"] = float(title_right(meta.get("title"), page.page_title))
    if page.date and "published_at" in meta:
        s["date"] = float(day(meta.get("published_at")) == page.date)
    if page.authors and ("authors" in meta or "editors" in meta):
        got = [metrics.comparable(a) for a in meta.get("authors") or meta.get("editors") or []]
        want = [metrics.comparable(a) for a in page.authors]
        s["authors"] = float(set(got) == set(want) or "".join(got) == "".join(want))
    return s


def run(pages: list[RealPage], dump: bool = False, systems: dict | None = None) -> dict:
    systems = systems or available()
    inputs = [text_dump(p.data) if dump else p.data for p in pages]
    for name, system in systems.items():  # warm-up: what each loads once a process
        if name == "newsclean":
            from newsclean import preload

            preload()
        system(inputs[0])
    outputs: dict[str, list[Output]] = {name: [] for name in systems}
    ms: dict[str, list[float]] = {name: [] for name in systems}
    # The systems take turns page by page: the machine's speed drifts over a run.
    for page_input in inputs:
        for name, system in systems.items():
            start = time.perf_counter()
            outputs[name].append(system(page_input))
            ms[name].append(1000 * (time.perf_counter() - start))
    report = {"pages": len(pages), "dump": dump, "systems": {}}
    for name in systems:
        rows = [(p, score(p, *out)) for p, out in zip(pages, outputs[name], strict=True)]
        report["systems"][name] = {
            "halves": {h: summarise([r for p, r in rows if h in ("all", p.half)]) for h in ("dev", "held-out", "all")},
            "ms_median": statistics.median(ms[name]),
            "ms_total": sum(ms[name]),
            "per_page": {p.id: r for p, r in rows},
        }
    return report


def summarise(rows: list[dict[str, float]]) -> dict[str, float | int | None]:
    def mean(key: str) -> float | None:
        values = [r[key] for r in rows if key in r]
        return sum(values) / len(values) if values else None

    cers = [r["cer"] for r in rows if "cer" in r]
    return {"pages": len(rows), "recall": mean("recall"), "precision": mean("precision"),
            "cer_median": statistics.median(cers) if cers else None,
            "title": mean("title"), "title_pages": sum("title" in r for r in rows),
            "date": mean("date"), "date_pages": sum("date" in r for r in rows),
            "authors": mean("authors"), "author_pages": sum("authors" in r for r in rows)}


def _f(x: float | None, digits: int = 3) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def markdown(report: dict) -> str:
    out = []
    for half in ("dev", "held-out", "all"):
        first = next(iter(report["systems"].values()))["halves"][half]
        out += ["", f"{half}: {first['pages']} pages ({first['title_pages']} with a headline in their <title>, "
                f"{first['date_pages']} with a date, {first['author_pages']} with authors)"
                f"{' — text dumps' if report['dump'] else ''}", "",
                "| system | recall | precision | CER (median) | title | date | authors | ms a page (median) "
                "| ms in all |",
                "|---|---|---|---|---|---|---|---|---|"]
        for name, s in report["systems"].items():
            h = s["halves"][half]
            out.append(f"| {name} | {_f(h['recall'])} | {_f(h['precision'])} | {_f(h['cer_median'])} | "
                       f"{_f(h['title'], 2)} | {_f(h['date'], 2)} | {_f(h['authors'], 2)} | {s['ms_median']:.1f} | "
                       f"{s['ms_total']:.0f} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.real_pages", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dump", action="store_true", help="give every system a plain-text dump of each page")
    parser.add_argument("--half", choices=("dev", "held-out", "all"), default="all", help="pages to run on")
    parser.add_argument("--only", action="append", help="run only this system (repeatable)")
    parser.add_argument("--show", help="print each system's per-page scores for the page ids starting with this")
    args = parser.parse_args(argv)
    if not (REALPAGES / "original").is_dir():
        print(f"no real pages at {REALPAGES}", file=sys.stderr)
        return 2
    pages = [p for p in load() if args.half in ("all", p.half)]
    systems = {k: v for k, v in available().items() if not args.only or k in args.only}
    report = run(pages, args.dump, systems)
    print(markdown(report))
    if args.show is not None:
        for name, s in report["systems"].items():
            for page_id, r in s["per_page"].items():
                if page_id.startswith(args.show):
                    print(name, page_id[:8], {k: round(v, 3) for k, v in r.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
