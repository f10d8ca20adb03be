"""The command line at crawl scale: throughput with 1 and N workers, and peak memory.

    python -m benchmarks.scale [MB] [--workers N] [--kind clean|mix] [--warc]

Writes a JSONL corpus of about MB megabytes (pages built from the shipped articles by
`benchmarks.pages`: `clean` pages as they are, or the suite's `mix` of damage kinds) to a
temporary folder, then runs `newsclean clean` on it under `/usr/bin/time -v` with one worker
and with N, in the same run, and prints MB/s, the speed-up and the peak resident memory.
With `--warc`, a WARC file (gzipped) of about MB megabytes instead: the site-shaped HTML pages
of `benchmarks.site_pages` (GBK bytes, their charset in the HTTP header), each response after
its request, as a crawler writes them.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import articles
from benchmarks.damage import KINDS as DAMAGE
from benchmarks.pages import make_page


def write_corpus(path: Path, megabytes: float, kind: str, seed: int = 5) -> int:
    rng = random.Random(seed)
    texts = [t for _, _, t in articles()]
    kinds = ["clean", *DAMAGE] if kind == "mix" else ["clean"]
    size = n = 0
    with path.open("w", encoding="utf-8") as out:
        while size < megabytes * 1e6:
            page = make_page(texts[n % len(texts)], rng).text
            k = kinds[n % len(kinds)]
            text = page if k == "clean" else DAMAGE[k](page, rng)
            line = json.dumps({"id": n, "text": text}, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    return n


def write_warc(path: Path, megabytes: float, seed: int = 5) -> int:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from benchmarks.site_pages import site_page

    rng = random.Random(seed)
    texts = [t for _, _, t in articles()]
    pages = [site_page(str(i), t, texts[i + 1:i + 40], rng).page.encode("gb18030") for i, t in enumerate(texts[:200])]
    n = 0
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        while stream.tell() < megabytes * 1e6:
            url = f"http://news{n % 50}.example.cn/{n}.html"
            request = io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            writer.write_record(writer.create_warc_record(url, "request", payload=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=gbk")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(pages[n % len(pages)]),
                                                          http_headers=headers))
            n += 1
    return n


def run(corpus: Path, workers: int) -> tuple[float, float]:
    """Seconds and peak resident memory (MB) of one `newsclean clean` run."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-m", "newsclean.cli", "clean", str(corpus),
                           "-o", "/dev/null", "-q", "--workers", str(workers)], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    return seconds, int(peak[1]) / 1024 if peak else float("nan")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale")
    parser.add_argument("megabytes", type=float, nargs="?", default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--kind", choices=("clean", "mix"), default="clean")
    parser.add_argument("--only-parallel", action="store_true", help="skip the one-worker run (memory checks)")
    parser.add_argument("--warc", action="store_true", help="a gzipped WARC crawl of site-shaped HTML pages")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if args.warc:
            corpus = Path(tmp) / "crawl.warc.gz"
            n = write_warc(corpus, args.megabytes)
            what = "HTML pages, gzipped WARC"
        else:
            corpus = Path(tmp) / "corpus.jsonl"
            n = write_corpus(corpus, args.megabytes, args.kind)
            what = f"{args.kind} pages, JSONL"
        mb = corpus.stat().st_size / 1e6
        print(f"{n:,} {what}: {mb:.0f} MB")
        print("| workers | seconds | MB/s | speed-up | peak RSS MB (largest process) |")
        print("|---|---|---|---|---|")
        base = None
        for workers in [args.workers] if args.only_parallel else sorted({1, args.workers}):
            seconds, peak = run(corpus, workers)
            base = base or seconds
            print(f"| {workers} | {seconds:.1f} | {mb / seconds:.2f} | {base / seconds:.2f} | {peak:.0f} |")


if __name__ == "__main__":
    main()
