from benchmarks.metrics import cer, comparable, residue


def test_cer_known_values():
    assert cer("abcd", "abcd") == 0
    assert cer("abxd", "abcd") == 0.25          # one substitution in four
    assert cer("abd", "abcd") == 0.25           # one deletion
    assert cer("", "abcd") == 1.0
    assert cer("", "") == 0.0


def test_cer_ignores_width_and_whitespace():
    assert comparable("发展， 经济\n") == "发展,经济"
    assert cer("发展，经济", "发展,经济") == 0


def test_residue_counts_each_kind():
    text = "發(fā)展?經濟\ufffd和\ue088，真的吗?"
    assert residue(text) == {"glosses": 1, "stray_question_marks": 1, "replacement_chars": 1, "private_use": 1}


def test_present_matches_whole_lines_and_near_copies():
    from benchmarks.metrics import present

    out_lines = [comparable(x) for x in ["今年全市共完成植树造林三万亩，超额完成年度任务。", "分享到"]]
    out = "".join(out_lines)
    assert present(["分享到"], out_lines, out)
    assert present(["今年全市共完成植树造林三万亩，超额完成年度任务"], out_lines, out)   # inside a line
    assert not present(["全市共完成植树造林三万亩"], out_lines, out, inside=False)      # a clause is not the line
    assert present(["今年全市共完成植树造林三万亩，超额完成年度任物。"], out_lines, out)  # one character off
    assert not present(["版权所有"], out_lines, out)
    assert not present(["", ""], out_lines, out)


def test_traditional_left_counts_beyond_the_gold():
    from benchmarks.metrics import traditional_left

    assert traditional_left("發展經濟", "发展经济") == 3
    assert traditional_left("乾隆年间", "乾隆年间") == 0   # the gold's own 乾 is not residue


def test_meta_dates_compare_by_day():
    from benchmarks.metrics import meta_equal

    assert meta_equal("published_at", "2024-01-05", "2024-01-05T13:34")
    assert not meta_equal("published_at", "2024-01-06", "2024-01-05T13:34")
    assert meta_equal("authors", ["张三"], ["张三"]) and not meta_equal("title", "甲", "乙")


def test_score_on_a_hand_made_page():
    from benchmarks.suite import BenchDoc, score, summarise

    body = ["今年全市共完成植树造林三万亩，超额完成年度任务。", "据介绍，新种植的树木以本地树种为主。"]
    doc = BenchDoc("t", "clean", "", body, {"title": "植树", "authors": ["张三"]},
                   chrome=[("版权所有某某网", "版权所有某某网"), ("分享到", "分享到")],
                   paragraphs=[(p, p) for p in body])
    # The output lost the second paragraph, kept one chrome line, and has a wrong author.
    s = summarise([score(doc, [body[0], "分享到"], {"title": "植树", "authors": ["李四"]})])
    assert s["paragraphs_lost"] == 0.5
    assert s["boilerplate_left"] == 3 / 10            # 分享到 is 3 of the 10 chrome characters
    assert s["meta_right"] == 0.5 and s["meta:title"] == 1.0
    # 分享到 stands for three of the lost paragraph's characters; the other 15 are deleted.
    assert abs(s["cer"] - len(comparable(body[1])) / len(comparable("".join(body)))) < 1e-9
