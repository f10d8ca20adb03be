"""The `newsclean` command line, thin over the library."""
from __future__ import annotations

import argparse
import sys
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

from newsclean.corpus import Item, ParquetWriter, TextWriter, completed_records, iter_documents, render
from newsclean.learn import MIN_PAGES, BoilerplateModel, ModelError, learn_boilerplate
from newsclean.pipeline import MAX_CHARS, Failed, Pipeline, clean_many
from newsclean.stages.lines import MAX_LINE

# Documents per task sent to a worker process: large enough to amortise pickling and the
# executor's bookkeeping (the parent shares the cores with the workers), small enough that
# the progress bar moves (64 clean pages take ~30 ms).
_CHUNK = 64


def _clean_one(item: Item, pipeline: Pipeline) -> dict:
    item = item.parsed()
    where = {k: v for k, v in (("url", item.url), ("site", item.site if item.url else "")) if v}
    if item.error is not None:
        return {"id": item.id, **where, "error": item.error}
    _, result = next(clean_many([(item.id, item.raw, item.charset, item.url or None)], pipeline=pipeline))
    if isinstance(result, Failed):
        return {"id": item.id, **where, "error": result.error}
    return {"id": item.id, **where, **result.to_dict()}


# Flags that say a limit shaped the result (see README, Limits): reported on stderr.
_LIMIT_FLAGS = ("document_split", "long_line_split", "repair_budget", "html_too_deep")


class Outcome(NamedTuple):
    """What the writing process needs of one cleaned document: the record already rendered
    for the output (so workers, not the parent, pay for serialising), and what to report."""

    id: str
    error: str | None
    limits: list[str]
    payload: Any


def _outcome(item: Item, pipeline: Pipeline, fmt: str) -> Outcome:
    record = _clean_one(item, pipeline)
    limits = [f for f in record.get("flags", ()) if f.startswith(_LIMIT_FLAGS)]
    return Outcome(record["id"], record.get("error"), limits, render(record, fmt))


# Each worker process builds the pipeline once (resources load once per process).
_worker: tuple[Pipeline, str] | None = None


def _start_worker(options: dict, fmt: str) -> None:
    global _worker
    _worker = (Pipeline.default(**options), fmt)


def _clean_chunk(chunk: list[Item]) -> list[Outcome]:
    pipeline, fmt = _worker
    return [_outcome(item, pipeline, fmt) for item in chunk]


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _in_order(pool: ProcessPoolExecutor, chunks: Iterator[list[Item]], window: int) -> Iterator[Outcome]:
    """Results in input order with at most `window` chunks in flight: `Executor.map` would
    read the whole input first, and memory must stay flat whatever its size."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(pool.submit(_clean_chunk, chunk))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _format(args: argparse.Namespace) -> str:
    return args.format or ("parquet" if args.output and args.output.endswith(".parquet") else "jsonl")


def _writer(args: argparse.Namespace, append: bool):
    if _format(args) == "parquet":
        if not args.output:
            raise ValueError("Parquet output needs -o FILE.parquet")
        return ParquetWriter(args.output)
    return TextWriter(args.output, append)


def run_clean(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    options = {**_cleaning_options(args), "keep": args.keep, "max_chars": args.max_chars, "max_line": args.max_line}
    pipeline = Pipeline.default(**options)  # fails fast on bad options, before any work
    if args.dask:
        from newsclean.corpus import WARC_SUFFIXES
        from newsclean.dask import clean_files

        kinds = {p.lower().endswith(WARC_SUFFIXES) for p in args.paths}
        if not args.output or len(kinds) != 1 or not (kinds == {True} or all(p.endswith(".jsonl") for p in args.paths)):
            raise ValueError("--dask reads .jsonl files, or WARC files (.warc[.gz], .wet[.gz]), and writes part files "
                             "to the folder -o DIR")
        failed = clean_files(args.paths, args.output, args.dask, text_field=args.text_field, **options)
        print(f"newsclean: wrote {args.output}/*.jsonl; {failed} document(s) failed", file=sys.stderr)
        return 1 if failed else 0
    skip = args.offset
    if args.skip_existing:
        if not args.output or args.output.endswith(".parquet") or args.format in ("text", "parquet"):
            raise ValueError("--skip-existing resumes a JSONL output file (-o FILE.jsonl)")
        skip += completed_records(args.output)
    skipped: Counter = Counter()
    docs = islice(iter_documents(args.paths, args.text_field, parse=False, skipped=skipped), skip, None)
    out = _writer(args, append=args.skip_existing)
    bar = tqdm(unit="doc", file=sys.stderr, disable=args.quiet or None, desc="cleaning", initial=skip)
    failed = 0
    pool, fmt = None, _format(args)
    if args.workers > 1:
        pool = ProcessPoolExecutor(args.workers, initializer=_start_worker, initargs=(options, fmt))
    try:
        if pool:
            results = _in_order(pool, _chunks(docs, _CHUNK), window=4 * args.workers)
        else:
            results = (_outcome(item, pipeline, fmt) for item in docs)
        for outcome in results:
            bar.update(1)
            if outcome.error is not None:
                failed += 1
                print(f"newsclean: {outcome.id}: {outcome.error}", file=sys.stderr)
            elif outcome.limits:
                print(f"newsclean: {outcome.id}: limits applied: {', '.join(outcome.limits)}", file=sys.stderr)
            out.write(outcome.payload)
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
        bar.close()
        out.close()
    if skipped:
        kinds = ", ".join(f"{kind}: {n}" for kind, n in skipped.most_common())
        print(f"newsclean: skipped {sum(skipped.values())} WARC record(s) that hold no HTML page ({kinds})",
              file=sys.stderr)
    if failed:
        print(f"newsclean: {failed} document(s) failed; see the error records", file=sys.stderr)
    return 1 if failed else 0


class _Pages:
    """The readable documents under the paths, as (site, page) pairs; re-iterable, so the
    learner's two passes stream the files twice instead of holding the corpus."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.skipped = 0

    def __iter__(self):
        self.skipped = 0
        for item in iter_documents(self.args.paths, self.args.text_field, self.args.site_field):
            if item.error is None:
                yield item.site, item.raw
            else:
                self.skipped += 1
                print(f"newsclean: {item.id}: {item.error}", file=sys.stderr)


def run_learn(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    if args.min_pages < 2:
        build_parser().error("--min-pages must be at least 2")
    pages = _Pages(args)

    def progress(items, desc):
        return tqdm(items, unit="doc", file=sys.stderr, disable=args.quiet or None, desc=desc)

    model = learn_boilerplate(pages, pipeline=Pipeline.default(**_cleaning_options(args, model=False)),
                              min_pages=args.min_pages, progress=progress)
    model.save(args.output)
    print(f"newsclean: learned {len(model)} line(s) -> {args.output}", file=sys.stderr)
    return 1 if pages.skipped else 0


def run_explain(args: argparse.Namespace) -> int:
    from rich.console import Console

    from newsclean.explain import explain, render_html, render_terminal

    pipeline = Pipeline.default(**_cleaning_options(args))
    console = Console(width=args.width) if args.width else Console()
    reports, failed = [], 0
    for item in iter_documents(args.paths, args.text_field):
        if item.error is not None:
            failed += 1
            print(f"newsclean: {item.id}: {item.error}", file=sys.stderr)
            continue
        try:
            report = explain(item.raw, id=item.id, pipeline=pipeline)
        except Exception as exc:  # one bad page must not stop the others
            failed += 1
            print(f"newsclean: {item.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        reports.append(report)
        if not args.html:
            render_terminal(report, console)
    if args.html:
        Path(args.html).write_text(render_html(reports), encoding="utf-8")
        print(f"newsclean: wrote {args.html} ({len(reports)} page(s))", file=sys.stderr)
    return 1 if failed else 0


def run_bench(args: argparse.Namespace) -> int:
    """The benchmark suite lives in the repository's benchmarks/ (with its corpus), beside
    the package an editable install points at."""
    try:
        from benchmarks.suite import main as bench
    except ImportError:
        root = Path(__file__).resolve().parents[2]
        if not (root / "benchmarks" / "suite.py").is_file():
            print("newsclean: bench runs from a checkout of the newsclean repository installed with "
                  "pip install -e '.[bench]' (benchmarks/ not found)", file=sys.stderr)
            return 2
        sys.path.insert(0, str(root))
        from benchmarks.suite import main as bench
    return bench(args.args)


def _cleaning_options(args: argparse.Namespace, model: bool = True) -> dict:
    options: dict = {"script": getattr(args, "script", "auto")}
    if model and getattr(args, "boilerplate", None):
        options["boilerplate"] = BoilerplateModel.load(args.boilerplate)
    return options


def _add_input(parser: argparse.ArgumentParser, stdin: bool = True) -> None:
    parser.add_argument("paths", nargs="+", help="files, folders (searched for .txt/.html/.jsonl/.parquet/"
                        ".warc[.gz]/.wet[.gz])" + (", or - for stdin" if stdin else ""))
    parser.add_argument("--text-field", default="text", help="JSONL/Parquet field holding the page (default: text)")


def _add_cleaning(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--script", default="auto", choices=("auto", "simplified", "traditional", "keep"),
                        help="script of the output (default auto: simplify pages a mirror traditionalised)")
    parser.add_argument("--boilerplate", metavar="MODEL.json",
                        help="also remove the lines of a model made by `newsclean learn` (kind: learned)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean scraped Chinese news pages: repair encoding damage, restore the "
                    "script, find metadata, remove boilerplate.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    clean = sub.add_parser(
        "clean", help="clean pages and corpora",
        description="Clean .txt and .html pages, folders of them, .jsonl and .parquet corpora, and WARC "
                    "crawls (the HTML responses of .warc/.warc.gz, the text of .wet files). Writes one JSON "
                    "record per document (body, paragraphs, meta, removed, repairs, flags; url and site "
                    "for a crawl's pages); a document that fails becomes {id, error} and the exit status is 1.",
    )
    _add_input(clean)
    _add_cleaning(clean)
    clean.add_argument("-o", "--output", help="write here instead of stdout")
    clean.add_argument("--format", choices=("jsonl", "text", "parquet"),
                       help="jsonl (default): a result record per document; text: bodies, a blank line between; "
                            "parquet: rows (the default when -o ends in .parquet)")
    clean.add_argument("--offset", type=int, default=0, help="skip the first N documents of the input")
    clean.add_argument("--skip-existing", action="store_true",
                       help="resume: skip as many input documents as -o FILE.jsonl already holds, then append")
    clean.add_argument("--workers", type=int, default=1, help="parallel worker processes (default: 1)")
    clean.add_argument("--dask", metavar="SCHEDULER", help="run on a Dask cluster (address such as "
                       "tcp://host:8786); .jsonl input, part files written to the folder -o")
    clean.add_argument("--keep", action="append", default=[], metavar="KIND",
                       help="boilerplate kind to keep in the body, e.g. related_links (repeatable)")
    clean.add_argument("--max-chars", type=int, default=MAX_CHARS,
                       help=f"pages longer than this are cleaned in pieces (default: {MAX_CHARS:,})")
    clean.add_argument("--max-line", type=int, default=MAX_LINE,
                       help=f"lines longer than this are cut into pieces (default: {MAX_LINE:,})")
    clean.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    clean.set_defaults(func=run_clean)

    learn = sub.add_parser(
        "learn", help="learn a site's recurring boilerplate from a corpus",
        description="Find lines that recur at the head or tail of many pages of the same site "
                    "(not inside articles) and write them as a JSON model for `clean --boilerplate`.",
    )
    _add_input(learn, stdin=False)
    learn.add_argument("-o", "--output", required=True, help="where to write the model (JSON)")
    learn.add_argument("--site-field", default="site",
                       help="JSONL field naming the site (default: site; else the host of 'url'; "
                            "for .txt pages, their folder)")
    learn.add_argument("--min-pages", type=int, default=MIN_PAGES,
                       help=f"distinct pages of one site a line must recur on (default: {MIN_PAGES})")
    learn.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    learn.set_defaults(func=run_learn)

    explain = sub.add_parser(
        "explain", help="show what clean does to pages, line by line (terminal or --html)",
        description="Line by line: removed lines with their kind and reason, repairs as before → after "
                    "with their confidence, the metadata found, and a summary.",
    )
    _add_input(explain)
    _add_cleaning(explain)
    explain.add_argument("--html", metavar="REPORT.html", help="write one self-contained HTML page instead")
    explain.add_argument("--width", type=int, help="terminal width (default: the terminal's)")
    explain.set_defaults(func=run_explain)

    bench = sub.add_parser(
        "bench", add_help=False, help="the benchmark suite: quality and speed beside ftfy, OpenCC glue, trafilatura",
        description="Runs benchmarks/suite.py; `newsclean bench --help` lists its options.",
    )
    bench.add_argument("args", nargs=argparse.REMAINDER)
    bench.set_defaults(func=run_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.command == "bench":  # its options are the suite's own
        args.args = extra + args.args
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if getattr(args, "workers", 1) < 1:
        build_parser().error("--workers must be at least 1")
    try:
        return args.func(args)
    except (ModelError, OSError, ValueError) as error:
        print(f"newsclean: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
