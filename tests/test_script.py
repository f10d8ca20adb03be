import pytest

from newsclean import clean
from newsclean.stages.script import RestoreScript, fix_zhu

TRAD = "臺灣的學者們在會議上發表了演講，討論經濟發展的問題，並提出建議。"


def test_zhu_becomes_zhe_outside_writing_words():
    assert fix_zhu("着力推动，涌动著热潮，著手准备") == "着力推动，涌动着热潮，着手准备"
    assert fix_zhu("著作权法与著名作家，成效显著") == "著作权法与著名作家，成效显著"


def test_genuine_traditional_page_is_left_alone():
    assert clean(TRAD).body == TRAD


def test_caller_can_ask_for_a_script():
    assert clean(TRAD, script="simplified").body == "台湾的学者们在会议上发表了演讲，讨论经济发展的问题，并提出建议。"
    assert clean("发展经济是一件大事，我们必须认真对待这个问题。", script="traditional").body == "發展經濟是一件大事，我們必須認真對待這個問題。"


def test_unknown_script_is_a_clear_error():
    with pytest.raises(ValueError, match="script must be one of"):
        RestoreScript("cyrillic")


def test_every_converted_run_is_recorded():
    result = clean("發(fā)展經(jīng)濟是當前的重要任務，我們要努力工作。")
    runs = [(r.before, r.after) for r in result.repairs if r.kind == "script_simplified"]
    assert ("經濟", "经济") in runs and ("們", "们") in runs


def test_simplified_forms_from_one_pass_equal_converting_each_character_alone():
    from newsclean.stages.script import simplified_forms, to_simplified

    forms = simplified_forms()
    assert forms["國"] == "国" and "国" not in forms
    assert all(forms.get(chr(c), chr(c)) == to_simplified(chr(c)) for c in range(0x4E00, 0xA000))


def test_a_glossed_line_in_simplified_script_keeps_its_zhu():
    # 著 is simplified too; only a line the mirror traditionalised had 着 made 著.
    result = clean("古沙家居总经理王锦著(zhù)表示，获得这个奖项是全体员工共同努力的结果。")
    assert result.body == "古沙家居总经理王锦著表示，获得这个奖项是全体员工共同努力的结果。"
    assert clean("他笑著(zhe)說，這是一個好消息，大家都很高興。").body == "他笑着说，这是一个好消息，大家都很高兴。"


def test_text_in_a_converters_own_forms_is_simplified_without_glosses_native_forms_stay():
    simplified = "为了群众的利益，市政府作为责任主体，为民办实事，人民生活水平不断提高。"
    from opencc import OpenCC
    converted = OpenCC("s2t").convert(simplified)
    assert "爲" in converted
    result = clean(converted)
    assert result.body == simplified and "converted_traditional" in result.flags
    # Taiwan's and Hong Kong's own forms (為, 眾) are what their writers use: left alone.
    for config in ("s2tw", "s2hk"):
        native = OpenCC(config).convert(simplified)
        assert clean(native).body == native, config
    # One such form in a page written in native forms is a quotation's, no converter's.
    native = OpenCC("s2tw").convert(simplified)
    assert clean(native + "\n" + "爲").body.startswith(native)
