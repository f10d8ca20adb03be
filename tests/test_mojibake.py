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
