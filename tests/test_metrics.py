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
