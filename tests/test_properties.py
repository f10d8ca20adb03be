"""Properties that hold for any input."""
from conftest import assert_well_formed
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsclean import clean

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Common simplified characters for generated prose (no traditional forms, no cue words).
CHARS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"
PUNCT = "，。、；"
sentences = st.lists(st.text(alphabet=CHARS, min_size=6, max_size=30), min_size=1, max_size=4).map(
    lambda parts: "，".join(parts) + "。")
paragraphs = st.lists(sentences, min_size=2, max_size=4).map("".join)
articles = st.lists(paragraphs, min_size=1, max_size=6)


@SETTINGS
@given(st.text())
def test_any_text_gives_a_result(text):
    assert_well_formed(clean(text))


@SETTINGS
@given(st.binary())
def test_any_bytes_give_a_result(data):
    assert_well_formed(clean(data))


# Markup of the kinds the html and region stages read (tables, sectioning elements, roles, author
# marks, chrome names), around text of the kinds the other stages read (glosses, dates, credits).
_PIECES = ["植树造林", "全市完成年度任务，", "發(fā)展", "發fā展", "（zhǎn）", "2022-02-13 10:20", "13/02/2022",
           "1970-01-01", "作者：张三", "责任编辑：李四", "｜", "(", "参考文献", "Copyright ©", "。"]
_TAGS = ["table", "tr", "td", "th", "div", "p", "a", "nav", "footer", "aside", "article", "main", "span", "li", "h1",
         "title", "time"]
_ATTRS = ["", " class='author'", " role='navigation'", " class='content'", " itemprop='author'",
          " class='comment'", " style='display:none'", " rel='author'"]
markup = st.recursive(
    st.lists(st.sampled_from(_PIECES), max_size=5).map("".join),
    lambda inner: st.tuples(st.sampled_from(_TAGS), st.sampled_from(_ATTRS), st.lists(inner, max_size=4),
                            st.booleans()).map(lambda t: f"<{t[0]}{t[1]}>" + "".join(t[2]) + (f"</{t[0]}>" if t[3] else "")),
    max_leaves=30)


@SETTINGS
@given(markup)
def test_any_page_of_such_markup_gives_a_result(body):
    page = f"<html><body>{body}</body></html>"
    assert_well_formed(clean(page))
    assert_well_formed(clean(page.encode("gbk", errors="replace")))


@SETTINGS
@given(st.text())
# ftfy turns the C1 control into ‰, which makes the line GB18030 read as cp1252.
@example("\x89Â¤@Ù@\x8d")
# The no-break space pairs with ¤ as bytes (A0 A4) and no codec takes the line; once it is
# trimmed, Big5 does (一一乙), so the first cleaning must decide on the trimmed line too.
@example("\xa0¤@¤@¤A")
# The C1 control hides the run after `?` from the split-character repair until it is gone.
@example("?\x80à\\")
# ftfy stops at the C1 control; once it is gone, ftfy has more to fix.
@example("\x82\x8då«Ø")
# Without the space before 、 the line is a breadcrumb: the line tests must see it that way.
@example("000000000 、00›0")
# The space before “ splits ä¸“ (专 as Latin-1) until normalising drops it.
@example("0ä¸ “")
@example("0å “¸")
# GBK text read again as Big5 is nonsense (足芋弊): Big5 is only read where bytes were lost.
@example("ìā国\u3000")
# Latin-1 garbage reads as GB18030 garbage (啱驚揣), which reads again as GBK read as Big5.
@example("\x86«ó@´§")
def test_cleaning_is_idempotent_on_any_text(text):
    once = clean(text).body
    assert clean(once).body == once


@SETTINGS
@given(articles)
def test_clean_prose_comes_back_unchanged(paras):
    assert clean("\n".join(paras)).paragraphs == paras


@SETTINGS
@given(articles)
def test_idempotent_on_articles(paras):
    once = clean("\n\n".join(paras)).body
    assert clean(once).body == once


def _repair(text):
    from newsclean import Pipeline

    doc = Pipeline.default().repair_only().run(text)
    return "\n".join(t for _, t in doc.lines), doc


damaged_text = st.one_of(
    st.text(),
    st.text(alphabet=CHARS + "?()āáǎàzéhnguiq，。!", max_size=80),
    st.text(alphabet=CHARS, min_size=1, max_size=60).map(lambda t: t.encode("utf-8").decode("gbk", errors="replace")),
    st.text(alphabet=CHARS, min_size=1, max_size=60).map(lambda t: t.encode("gbk").decode("latin-1")),
)


@SETTINGS
@given(damaged_text)
def test_repair_never_lengthens_the_text(text):
    out, _ = _repair(text)
    assert len(out.replace("\n", "")) <= len(text.replace("\n", ""))


@SETTINGS
@given(damaged_text)
def test_repair_is_idempotent(text):
    once, _ = _repair(text)
    twice, _ = _repair(once)
    assert twice == once


def test_cleaning_is_idempotent_on_damaged_pages():
    """Pages damaged by every mechanism of the benchmark (its unscored half): what one
    cleaning leaves, a second leaves as it is. HTML pages apart: their markup is evidence
    (link density, tags, the container of the prose) that the text they give no longer holds,
    so a line at the article's edge kept on that evidence is judged on its text alone the
    second time (docs/limits.md)."""
    from benchmarks.suite import synthetic_docs

    for doc in synthetic_docs(160, half=0):
        if doc.kind == "html":
            continue
        once = clean(doc.page).body
        assert clean(once).body == once, doc.id
