"""The benchmark suite runs end to end in its quick mode (the full run is for people)."""
import json

import pytest

from benchmarks.suite import main


@pytest.mark.slow
def test_quick_run_writes_table_json_and_chart(tmp_path, capsys):
    pytest.importorskip("trafilatura")
    assert main(["--quick", "--out", str(tmp_path)]) == 0
    table = capsys.readouterr().out
    assert "| newsclean |" in table and "| ftfy |" in table and "| glue+trafilatura |" in table
    report = json.loads((tmp_path / "bench.json").read_text(encoding="utf-8"))
    systems = report["systems"]
    assert set(report["kinds"]) >= {"seed", "clean", "gloss_split", "utf8_as_gbk", "html", "gb18030_bytes"}
    assert systems["ftfy"]["speed_vs_ftfy"] == 1.0
    # Not a speed claim (those live in the suite's output), a sanity one: the repairs work.
    assert systems["newsclean"]["overall"]["cer"] < systems["glue"]["overall"]["cer"] / 10
    pytest.importorskip("matplotlib")
    assert (tmp_path / "bench.png").stat().st_size > 10_000


def test_bad_size_is_a_usage_error():
    with pytest.raises(SystemExit):
        main(["-n", "0"])


def test_the_idempotence_check_tells_a_body_that_changes_from_one_that_does_not():
    from benchmarks.idempotence import again

    article = "\n".join(["记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。",
                         "据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上。"])
    assert again(article) == (True, 0)
    changed, gone = again(article + "\n版权所有 江城网 京ICP备12345678号")
    assert not changed and gone > 0
