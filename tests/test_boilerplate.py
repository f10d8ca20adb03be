import pytest

from newsclean import clean
from newsclean.stages.boilerplate import RemoveBoilerplate, chrome_kind

P1 = "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。"
P2 = "据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上。"


def kinds(result):
    return {r.text: r.kind for r in result.removed}


def test_footer_heading_takes_its_block():
    page = "\n".join([P1, P2, "某某网免责声明：", "本网转载的作品，并不代表本网赞同其观点，请读者自行判断，谢谢。", "二、其他说明事项。"])
    result = clean(page)
    assert result.paragraphs == [P1, P2]
    assert set(kinds(result).values()) <= {"disclaimer", "copyright"}


def test_related_links_go_and_can_be_kept():
    page = "\n".join([P1, P2, "推荐阅读", "市长调研春耕生产...", "全市植树造林活动启动 -"])
    assert clean(page).paragraphs == [P1, P2]
    kept = clean(page, keep={"related_links"})
    assert kept.paragraphs[:2] == [P1, P2] and len(kept.paragraphs) == 5


def test_contact_spam_and_share_widgets():
    page = "\n".join(["分享到", P1, P2, "合作热线：0531-88888888", "扫码关注我们的公众号"])
    result = clean(page)
    assert result.paragraphs == [P1, P2]
    assert kinds(result)["合作热线：0531-88888888"] == "contact_spam"
    assert kinds(result)["分享到"] == "share_widget"


def test_cue_word_inside_a_body_paragraph_keeps_it():
    story = ("法院审理认为，被告未经授权转载原告享有著作权的作品，侵犯了原告的信息网络传播权，"
             "依法应当承担停止侵权、赔偿损失的民事责任。")
    page = "\n".join([P1, story, P2])
    assert clean(page).paragraphs == [P1, story, P2]


def test_caption_between_paragraphs_stays():
    page = "\n".join([P1, "图为植树现场", P2])
    assert clean(page).paragraphs == [P1, "图为植树现场", P2]


def test_every_removal_has_a_reason():
    result = clean("\n".join(["首页 > 新闻", P1, P2, "版权所有 © 某某网"]))
    assert result.removed and all(r.reason and r.kind for r in result.removed)


def test_chrome_kinds():
    assert chrome_kind("鲁ICP备12345678号") == "icp"
    assert chrome_kind("上一篇：春耕开始了") == "navigation"
    assert chrome_kind("这是一句普通的话") is None


def test_unknown_kind_to_keep_is_an_error():
    with pytest.raises(ValueError, match="unknown boilerplate kinds"):
        RemoveBoilerplate(keep={"sidebar"})
