"""newsclean on Dask: clean a bag of pages or a dataframe column across a cluster.

The stages know nothing of executors; this layer builds one pipeline per partition (resources
load once per worker process) and turns a page that raises into an error record, so one bad
page never fails a partition. Needs `pip install 'newsclean[dask]'`.

    from dask.distributed import Client
    import dask.bag as db
    from newsclean.corpus import json_line
    from newsclean.dask import clean_bag, load_record

    client = Client("tcp://scheduler:8786")
    pages = db.read_text("crawl/*.jsonl").map(load_record)
    results = clean_bag(pages, text_field="text")          # a bag of result dicts, in order
    results.map(json_line).to_textfiles("cleaned/*.jsonl")
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from newsclean.corpus import json_line
from newsclean.pipeline import Failed, Pipeline, clean_many


def load_record(line: str) -> dict:
    """A JSONL line as a record; a line that is not a JSON object becomes an error record."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return {"error": f"invalid JSON: {error}"}
    return record if isinstance(record, dict) else {"error": "not a JSON object"}


def _clean_partition(records: Iterable[Any], text_field: str, options: dict) -> Iterator[dict]:
    pipeline = Pipeline.default(**options)
    for number, record in enumerate(records):
        page_id, page = (record.get("id", number), record.get(text_field)) if isinstance(record, dict) else (
            number, record)
        where = {k: record[k] for k in ("url", "site") if isinstance(record, dict) and record.get(k)}
        if not isinstance(page, (str, bytes)):
            error = record.get("error") if isinstance(record, dict) else None
            yield {"id": page_id, **where, "error": error or f"no string field {text_field!r}"}
            continue
        charset = record.get("charset") if isinstance(record, dict) else None
        url = where.get("url") if isinstance(where.get("url"), str) else None
        _, result = next(clean_many([(page_id, page, charset, url)], pipeline=pipeline))
        yield {"id": page_id, **where, "error": result.error} if isinstance(result, Failed) else {
            "id": page_id, **where, **result.to_dict()}


def clean_bag(bag, text_field: str = "text", **options: Any):
    """A Dask bag of pages (str/bytes, or dicts holding the page in `text_field` and an
    optional `id`) → a bag of result dicts (`Result.to_dict()` plus `id`), or `{"id",
    "error"}` for a page that failed. Options as for `clean`."""
    Pipeline.default(**options)  # bad options fail here, not on every worker
    return bag.map_partitions(lambda part: list(_clean_partition(part, text_field, options)))


def clean_column(frame, column: str = "text", **options: Any):
    """A Dask (or pandas) dataframe with the cleaned `body`, `meta` and `flags` of `column`
    added, and `error` for pages that failed (null elsewhere)."""
    import pandas as pd

    Pipeline.default(**options)

    def clean_partition(part: pd.DataFrame) -> pd.DataFrame:
        records = list(_clean_partition(part[column].tolist(), column, options))
        out = part.copy()
        out["body"] = [r.get("body") for r in records]
        out["meta"] = [r.get("meta") for r in records]
        out["flags"] = [r.get("flags") for r in records]
        out["error"] = [r.get("error") for r in records]
        return out

    if isinstance(frame, pd.DataFrame):
        return clean_partition(frame)
    meta = frame._meta.assign(body=pd.Series(dtype=object), meta=pd.Series(dtype=object),
                              flags=pd.Series(dtype=object), error=pd.Series(dtype=object))
    return frame.map_partitions(clean_partition, meta=meta)


def _warc_records(paths: Iterable[str]) -> Iterator[dict]:
    """The pages of WARC files as records (`id`, `url`, `site`, the page, its `charset`)."""
    from collections import Counter
    from pathlib import Path

    from newsclean.corpus import iter_warc

    for path in paths:
        for item in iter_warc(Path(path), Counter()):
            if item.error is not None:
                yield {"id": item.id, "error": item.error}
            else:
                yield {"id": item.id, "url": item.url, "site": item.site, "text": item.raw, "charset": item.charset}


def clean_files(paths: list[str], output: str, scheduler: str, text_field: str = "text", **options: Any) -> int:
    """The command line's `--dask`: JSONL files (a partition a block of lines) or WARC files (a
    partition a file, its records read as a stream) in, one JSONL part file per partition in the
    folder `output`; returns how many pages failed."""
    import dask.bag as db
    from dask.distributed import Client

    from newsclean.corpus import WARC_SUFFIXES

    with Client(scheduler):
        if all(p.lower().endswith(WARC_SUFFIXES) for p in paths):
            pages = db.from_sequence(paths, npartitions=len(paths)).map_partitions(
                lambda part: list(_warc_records(part)))
            text_field = "text"
        else:
            pages = db.read_text(paths).map(load_record)
        results = clean_bag(pages, text_field=text_field, **options).persist()
        results.map(json_line).to_textfiles(f"{output}/*.jsonl")
        return results.filter(lambda r: "error" in r).count().compute()
