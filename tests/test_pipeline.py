import json

import pytest

from newsclean import Document, Pipeline, clean

P1 = "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。"


def test_default_pipeline_order_is_one_visible_list():
    assert Pipeline.default().names() == [
        "decode", "html", "lines", "redecode", "latin_mojibake", "split_chars", "glosses", "script", "spaces", "punctuation",
        "region", "meta", "boilerplate"]


def test_a_stage_can_be_dropped_and_inserted():
    page = "發(fā)展經(jīng)濟是當前的重要任務，我們要努力工作。"
    no_glosses = Pipeline.default().without("glosses")
    assert "(fā)" in no_glosses(page).body

    class Shout:
        name = "shout"

        def __call__(self, doc: Document) -> Document:
            doc.text = doc.text.replace("。", "！")
            return doc

    assert Pipeline.default().insert(0, Shout())(P1).body.endswith("！")
    with pytest.raises(KeyError):
        Pipeline.default().without("nope")


def test_result_is_json_ready():
    data = clean("标题在这里\n" + P1).to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False))["body"] == P1


def test_bad_input_type_is_a_type_error():
    with pytest.raises(TypeError, match="str or bytes"):
        clean(42)
    with pytest.raises(TypeError):
        clean(P1, pipeline=Pipeline.default(), script="keep")


def test_empty_input():
    assert clean("").body == "" and clean(b"").body == ""


def test_clean_many_isolates_a_failing_page():
    from newsclean import Failed, clean_many

    class Boom:
        name = "boom"

        def __call__(self, doc):
            if "炸" in doc.text:
                raise RuntimeError("stage failed")
            return doc

    pipeline = Pipeline.default().insert(1, Boom())
    out = list(clean_many([("a", P1), ("b", "炸" + P1), ("c", P1.encode("gbk"))], pipeline=pipeline))
    assert [i for i, _ in out] == ["a", "b", "c"]
    assert out[0][1].body == P1 and out[2][1].body == P1
    assert isinstance(out[1][1], Failed) and "RuntimeError: stage failed" in out[1][1].error
    assert [i for i, _ in clean_many([P1, 42])] == [0, 1]  # a wrong type fails alone too


def test_doubled_punctuation_from_converters_goes():
    result = clean("今天上午,,市政府召开新闻发布会，介绍全市经济运行情况,。")
    assert result.body == "今天上午,市政府召开新闻发布会，介绍全市经济运行情况。"
    assert [r.kind for r in result.repairs] == ["doubled_punctuation"]
    assert clean("数据为1,,2，这是原文中的写法，应当保留不动。").body == "数据为1,,2，这是原文中的写法，应当保留不动。"


def test_preload_loads_what_pages_would_load_later():
    from newsclean import gbk, lm, preload
    from newsclean.stages import split_chars

    for cached in (lm.load, gbk._tables, split_chars._reading_index):
        cached.cache_clear()
    preload()
    for cached in (lm.load, gbk._tables, split_chars._reading_index):
        assert cached.cache_info().currsize == 1
    assert "tables" in vars(lm.load())  # the arrays, built on first use otherwise
