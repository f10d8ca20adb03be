from newsclean import clean

PARA = "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。"


def test_utf8_read_as_cp1252_is_fixed_per_line():
    line = "Café au lait".encode().decode("cp1252")
    assert line != "Café au lait"
    fixed = clean(f"{PARA}\n{line} 是一种饮品，很多人喜欢在早上喝它。")
    assert "Café au lait" in fixed.body
    assert any(r.kind == "latin_mojibake" for r in fixed.repairs)


def test_full_width_punctuation_is_not_touched():
    assert clean(PARA).body == PARA


def _gbk_as_latin1(text):
    return text.encode("gbk").decode("latin-1")


def test_short_lines_and_lines_with_few_signs_are_read_with_the_page_s_codec():
    para2 = "据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上。"
    short, sparse = "日期：2011-04-03", "时间：2021-06-03 00:37:10 ABC-123"
    page = "\n".join(_gbk_as_latin1(t) for t in [short, PARA, "啊！", para2, sparse])
    result = clean(page)
    assert result.meta["published_at"].startswith("2011-04-03")
    assert result.paragraphs == [PARA, "啊！", para2]
    assert sparse in [r.text for r in result.removed]
    # Alone, the same lines show too little of a codec to be re-decoded.
    for alone in (short, "啊！"):
        assert not clean(_gbk_as_latin1(alone)).repairs


def test_lines_with_few_signs_never_spend_the_budget_of_a_clean_page():
    from newsclean import Pipeline
    from newsclean.stages.mojibake import RedecodeLines

    rare = "记者从犇鑫公司获悉，今年该公司共完成植树造林三万亩，超额完成年度任务。"  # 犇 and 鑫 are rare
    pipeline = Pipeline.default().without("redecode").insert(3, RedecodeLines(max_suspect_chars=10))
    result = clean("\n".join([rare] * 5), pipeline=pipeline)
    assert not any(f.startswith("repair_budget") for f in result.flags)


def test_a_dateline_whose_reading_gains_little_alone_is_read_with_the_page_s_codec():
    para2 = "据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上。"
    lines = ["全市完成植树造林三万亩", "2015/10/04 14:36  光明网", PARA, para2]
    page = "\n".join(t.encode("utf-8").decode("gbk", errors="replace") for t in lines)
    result = clean(page)
    assert result.meta["source"] == "光明网" and result.meta["published_at"] == "2015-10-04T14:36"
    assert result.paragraphs == [PARA, para2]


TRADITIONAL = ["記者從市政府獲悉，今年全市共完成植樹造林三萬畝，超額完成年度任務。",
               "據介紹，新種植的樹木以本地樹種為主，成活率達到百分之九十五以上。"]
SIMPLIFIED = [PARA, "据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上。"]


def test_big5_read_as_gbk_and_gbk_read_as_big5_are_read_again():
    big5_as_gbk = "\n".join(TRADITIONAL).encode("big5").decode("gbk", errors="replace")
    gbk_as_big5 = "\n".join(SIMPLIFIED).encode("gbk").decode("big5hkscs", errors="replace")
    assert "\ufffd" in big5_as_gbk and "\ufffd" in gbk_as_big5  # bytes were lost both ways
    for damaged, gold, kind in ((big5_as_gbk, TRADITIONAL, "big5_as_gbk"), (gbk_as_big5, SIMPLIFIED, "gbk_as_big5")):
        result = clean(damaged)
        assert {r.kind for r in result.repairs} == {kind}
        # Lost bytes are chosen by the language model: a character may come out wrong.
        assert sum(a != b for g, p in zip(gold, result.paragraphs, strict=True) for a, b in zip(g, p, strict=True)) <= 2


def test_a_clean_page_in_either_script_is_no_swapped_codec():
    for page in ("\n".join(TRADITIONAL), "\n".join(SIMPLIFIED)):
        assert not clean(page).repairs


def test_a_lost_character_the_page_shows_elsewhere_is_taken_from_it():
    # 下 (e4 b8 8b) ends the headline, so its last byte meets the line break and is lost;
    # the first paragraph repeats the words, and the bytes allow 下 as well as 个.
    text = "感兴趣的朋友可以关注一下\n本周末市图书馆将举办古籍修复展，感兴趣的朋友可以关注一下，展览免费向市民开放。"
    damaged = text.encode("utf-8").decode("gbk", errors="replace")
    assert damaged.split("\n")[0].endswith("\ufffd")
    result = clean(damaged)
    assert result.meta["title"] == "感兴趣的朋友可以关注一下"
    assert result.body == text.split("\n")[1]


def test_a_page_that_shows_two_fitting_characters_decides_nothing():
    from newsclean.lm import Search
    from newsclean.stages.mojibake.search import filled_from_page

    lost = Search("", [("关注一",), ("个", "下")], "")
    one = filled_from_page([lost, Search("", [("请关注一下",)], "")])[0]
    assert one.slots[1] == ("下",)
    both = filled_from_page([lost, Search("", [("请关注一下，关注一个",)], "")])[0]
    assert both.slots[1] == ("个", "下")


def test_a_lost_last_character_closes_the_bracket_the_line_left_open():
    # `）` (ef bc 89) ends the line, so its last byte meets the line break and is lost; the
    # model alone would end the line with `！` or `：`.
    body = "今天上午，市政府召开新闻发布会，通报今年前三季度全市经济运行情况。\n据介绍，全市地区生产总值同比增长百分之六点五。"
    for credit, authors, editors in (("（新华社记者 王明 张华）", ["王明", "张华"], []),
                                     ("（编辑：李明）", [], ["李明"])):
        damaged = f"全市经济稳中向好\n{body}\n{credit}".encode().decode("gbk", errors="replace")
        assert damaged.endswith("\ufffd")
        result = clean(damaged)
        assert (result.meta["authors"], result.meta["editors"]) == (authors, editors)
        assert result.removed[-1].text == credit


def test_a_quotation_may_stay_open_at_a_line_s_end():
    from newsclean.stages.mojibake.search import close_open_bracket

    slots = [("他说：“今年的任务很重",), ("。", "”", "！")]
    assert close_open_bracket(slots) == slots
    assert close_open_bracket([("（编辑：李明",), ("）", "！", "：")])[-1] == ("）",)


def test_utf8_read_as_gbk_and_saved_back_as_gbk_is_read_again_its_question_marks_as_lost_bytes():
    from benchmarks.metrics import cer

    # Each U+FFFD the GBK reading left became `?` when the page was saved back as GBK.
    text = "\n".join([PARA, "据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上。"])
    damaged = text.encode("utf-8").decode("gbk", errors="replace").encode("gbk", errors="replace").decode("gbk")
    assert "?" in damaged
    assert cer(clean(damaged).body, text) < 0.05
    # A question mark of the text's own, between whole characters, stays one.
    asked = "这是真的吗?记者从市政府获悉，今年全市共完成植树造林三万亩。"
    damaged = asked.encode("utf-8").decode("gbk", errors="replace").encode("gbk", errors="replace").decode("gbk")
    assert "?" in clean(damaged).body
    assert cer(clean(damaged).body, asked) < 0.1
