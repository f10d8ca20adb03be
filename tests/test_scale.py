"""Streaming, ordered parallel output, resuming, Parquet, and Dask."""
import json

import pytest

from newsclean import clean
from newsclean.cli import main

PAGES = [f"第{i}篇：记者从市政府获悉，今年全市共完成植树造林{i}万亩，超额完成年度任务。\n版权所有 某某网" for i in range(60)]


def _corpus(tmp_path, bad=()):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": p}, ensure_ascii=False) for i, p in enumerate(PAGES)]
    for i in bad:
        lines[i] = "{not json"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_workers_keep_input_order_and_equal_one_process(tmp_path):
    src = _corpus(tmp_path)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["clean", str(src), "-o", str(one), "-q"]) == 0
    assert main(["clean", str(src), "-o", str(two), "-q", "--workers", "2"]) == 0
    assert _records(one) == _records(two)
    assert [r["id"] for r in _records(two)] == [f"d{i}" for i in range(60)]


def test_skip_existing_resumes_after_a_cut(tmp_path):
    src, out = _corpus(tmp_path), tmp_path / "out.jsonl"
    assert main(["clean", str(src), "-o", str(out), "-q"]) == 0
    full = out.read_text(encoding="utf-8")
    lines = full.splitlines(keepends=True)
    out.write_text("".join(lines[:25]) + lines[25][:30], encoding="utf-8")  # a crash mid-record
    assert main(["clean", str(src), "-o", str(out), "-q", "--skip-existing"]) == 0
    assert out.read_text(encoding="utf-8") == full


def test_offset_skips_documents(tmp_path):
    src, out = _corpus(tmp_path), tmp_path / "out.jsonl"
    assert main(["clean", str(src), "-o", str(out), "-q", "--offset", "55"]) == 0
    assert [r["id"] for r in _records(out)] == ["d55", "d56", "d57", "d58", "d59"]


def test_parquet_in_and_out(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [f"d{i}" for i in range(60)], "text": PAGES}), src)
    out = tmp_path / "out.parquet"
    assert main(["clean", str(src), "-o", str(out), "-q"]) == 0
    table = pq.read_table(out).to_pylist()
    assert [r["id"] for r in table] == [f"d{i}" for i in range(60)]
    assert table[3]["body"] == clean(PAGES[3]).body
    assert json.loads(table[3]["removed"])[0]["kind"] == "copyright"


@pytest.mark.slow
def test_dask_on_a_local_cluster_equals_one_process(tmp_path):
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("dask.distributed")
    import dask.bag as db

    from newsclean.dask import clean_bag, clean_column, load_record

    src = _corpus(tmp_path, bad=[7])
    single = tmp_path / "single.jsonl"
    assert main(["clean", str(src), "-o", str(single), "-q"]) == 1  # the bad line fails alone
    expected = _records(single)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        bag = db.read_text(str(src), blocksize=2000).map(load_record)
        assert bag.npartitions >= 2
        got = clean_bag(bag).compute()
        assert [r.get("body") for r in got] == [r.get("body") for r in expected]
        assert [r["id"] for r in got if "error" not in r] == [r["id"] for r in expected if "error" not in r]
        assert "error" in got[7] and "invalid JSON" in got[7]["error"]
        import dask.dataframe as dd
        import pandas as pd

        frame = dd.from_pandas(pd.DataFrame({"text": PAGES}), npartitions=3)
        bodies = clean_column(frame).compute()["body"].tolist()
        assert bodies == [clean(p).body for p in PAGES]
        out = tmp_path / "dask-out"
        assert main(["clean", str(src), "--dask", cluster.scheduler_address, "-o", str(out), "-q"]) == 1
        parts = sorted(out.glob("*.jsonl"))
        assert sum(len(_records(p)) for p in parts) == 60
        # WARC files: a partition a file, the same records as one process writes.
        from test_cli import gbk_page, write_warc

        warcs = []
        for n in range(2):
            warcs.append(tmp_path / f"crawl{n}.warc.gz")
            write_warc(warcs[-1], [(f"http://s{n}.example.cn/{k}.html", "text/html; charset=gbk",
                                    gbk_page(f"全市植树造林第{k}期")) for k in range(3)])
        single = tmp_path / "warc-single.jsonl"
        assert main(["clean", *map(str, warcs), "-o", str(single), "-q"]) == 0
        out = tmp_path / "warc-dask"
        assert main(["clean", *map(str, warcs), "--dask", cluster.scheduler_address, "-o", str(out), "-q"]) == 0
        got = [r for p in sorted(out.glob("*.jsonl")) for r in _records(p)]
        assert sorted((r["id"], r["url"], r["body"]) for r in got) == sorted(
            (r["id"], r["url"], r["body"]) for r in _records(single))


def test_a_dask_partition_gives_each_page_its_address():
    from newsclean.dask import _clean_partition

    page = "\n".join(["全市完成植树造林三万亩", "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。"])
    (record,) = _clean_partition([{"id": 1, "text": page, "url": "http://x.cn/2022-02/13/c_1.htm"}], "text", {})
    assert record["url"] == "http://x.cn/2022-02/13/c_1.htm" and record["meta"]["published_at"] == "2022-02-13"
