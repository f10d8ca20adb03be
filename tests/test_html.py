from newsclean import clean
from newsclean.stages.html import looks_like_html_page

PARA = "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。"


def test_stray_tags_and_entities_in_text():
    result = clean(f"{PARA}</P><br>{PARA}&nbsp;&amp;")
    assert "<" not in result.body and "&nbsp;" not in result.body
    assert result.paragraphs[0] == PARA
    assert result.paragraphs[1].endswith("&")


def test_whole_page_drops_script_and_style():
    page = (f"<!DOCTYPE html><html><head><style>p{{color:red}}</style>"
            f"<script>var x = '广告代码';</script></head><body><p>{PARA}</p><p>{PARA}</p></body></html>")
    assert looks_like_html_page(page)
    result = clean(page)
    assert result.paragraphs == [PARA, PARA]
    assert "广告代码" not in result.body


def test_text_mentioning_angle_brackets_is_not_html():
    text = "数据显示，增长率<5%的企业占比下降，而增长率>10%的企业明显增加。"
    assert clean(text).body == text
