"""Where the article stands: the region the line scores decode to, on text pages and HTML pages."""
import pytest

from newsclean import Pipeline, clean
from newsclean.stages.region import PROMPT_SCORE, LineModel, decode

P = [
    "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务，新增城市绿地面积创下近十年新高。",
    "据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上，各区县还同步建成了一批口袋公园。",
    "市林业局负责人表示，明年将继续推进国土绿化行动，重点做好荒山造林和退化林修复，力争森林覆盖率再提高一个百分点。",
    "市民王女士说，家门口的绿地多了，周末带孩子出门散步的地方也多了，生活环境一年比一年好。",
]
COMMENTS = [
    "网友评论",
    "江城网友：这个政策好，支持！希望明年继续加大投入。  2小时前",
    "海城网友 3小时前",
    "我家小区旁边新建的公园确实很漂亮，每天晚上都有很多人在里面散步锻炼，希望以后多建一些这样的地方。",
    "热门评论",
    "用户38271：说得对，绿化搞好了大家都受益，点赞！  昨天",
]
FEED = [
    "为你推荐",
    "全市春耕生产全面铺开 农机手忙碌在田间  新华网  2小时前",
    "城区新增十条公交线路 市民出行更便捷  央视网  5小时前",
    "暑期旅游市场持续升温 周边游订单大幅增长  红星新闻  昨天",
    "高考志愿填报进入关键期 专家提醒理性选择  环球网  2天前",
]


def test_a_comment_section_a_share_bar_a_counter_and_a_feed_after_a_text_article():
    page = "\n".join(["全市完成植树造林三万亩", "2024-03-12 10:30 来源：江城日报", *P,
                      "分享到：微信 微博 QQ空间", "跟贴 1199", *COMMENTS, *FEED, "Copyright © 2024 江城网"])
    result = clean(page)
    assert result.paragraphs == P
    kinds = {r.text: r.kind for r in result.removed}
    assert kinds["网友评论"] == "comment" and kinds["为你推荐"] == "related_links"


def test_a_prose_like_line_far_below_the_article_does_not_pull_the_chrome_above_it_in():
    # The last comment reads like a paragraph; the run of chrome before it ends the article.
    page = "\n".join([*P, *FEED, "为你推荐", *FEED[1:], "网友评论", COMMENTS[3]])
    assert clean(page).paragraphs == P


def test_one_unknown_footer_line_does_not_extend_the_article():
    page = "\n".join([*P, "关于我们 | 联系我们 | 网站地图", "京ICP备12345678号",
                      "本网站所刊登的各种新闻、信息和各种专题专栏资料，均为本网站的合法财产，任何人不得擅自使用。"])
    assert clean(page).paragraphs == P


def test_a_truncated_last_paragraph_of_a_page_without_chrome_stays():
    # A scrape cut off mid-sentence: nothing after it is chrome, so it is the article's end.
    cut = "市林业局负责人表示，明年将继续推进国土绿化行动，重点做好荒山造林和退化林修复，力争森林覆盖率"
    assert clean("\n".join([*P[:3], cut])).paragraphs == [*P[:3], cut]


def html_page(article: str) -> str:
    items = "".join(f"<li><a href='/a{i}.html'>{t.split('  ')[0]}</a><span>{'  '.join(t.split('  ')[1:])}</span></li>"
                    for i, t in enumerate(FEED[1:]))
    comments = "".join(f"<div class='comment-item'><p>{c}</p></div>" for c in COMMENTS[1:])
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>全市完成植树造林三万亩_江城网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/n'>新闻</a> <a href='/s'>社会</a> <a href='/t'>体育</a></div>"
        "<div class='main'><h1>全市完成植树造林三万亩</h1><div class='info'>2024-03-12 10:30 来源：江城日报</div>"
        f"<div class='article-content'>{article}</div>"
        "<div class='share-bar'><a>微信</a> <a>微博</a> <a>QQ空间</a></div>"
        "<div class='comment-box'><h3>热门评论</h3>" + comments + "</div>"
        "<div class='recommend'><h3>为你推荐</h3><ul>" + items + "</ul></div></div>"
        "<div class='footer'><p>Copyright © 2024 江城网 版权所有</p></div></body></html>")


def test_the_same_chrome_on_an_html_page():
    result = clean(html_page("".join(f"<p>{p}</p>" for p in P)))
    assert result.paragraphs == P
    assert result.meta["title"] == "全市完成植树造林三万亩"
    assert result.meta["published_at"] == "2024-03-12T10:30" and result.meta["source"] == "江城日报"


def test_text_a_page_hides_is_removed_with_a_record():
    hidden = "<div style='display:none'>" + "澳门赌场,在线博彩,真人娱乐," * 50 + "</div>"
    result = clean(html_page("".join(f"<p>{p}</p>" for p in P) + hidden))
    assert result.paragraphs == P
    assert any(r.kind == "hidden" and "澳门赌场" in r.text for r in result.removed)


def test_every_line_has_a_score_and_a_state():
    doc = Pipeline.default().run("\n".join([*P, "网友评论", COMMENTS[1]]))
    article = doc.article
    assert len(article.scores) == len(article.states) == len(doc.removed) + len(doc.lines)
    assert article.states[:4] == ["article"] * 4 and set(article.states[4:]) == {"tail"}
    assert min(article.scores[:4]) > max(article.scores[4:])


@pytest.mark.parametrize("keep", ["byline", "dateline", "comment", "related_links", "title"])
def test_every_kind_keep_accepts_is_kept(keep):
    page = "\n".join(["全市完成植树造林三万亩", "2024-03-12 10:30 来源：江城日报", "本报记者 张三", *P, *COMMENTS[:2], *FEED[:3]])
    removed = {r.kind for r in clean(page).removed}
    assert keep in removed, f"the page has no {keep} line to keep"
    result = clean(page, keep={keep})
    assert keep not in {r.kind for r in result.removed}
    assert result.meta["authors"] == ["张三"] and result.meta["published_at"] == "2024-03-12T10:30"


def test_the_decoder_ends_the_article_at_a_long_run_of_chrome():
    model = LineModel(0.0, {}, gap_open=2.0, gap_line=0.5, gap_heading=4.0)
    # Article, twenty lines of chrome, then one prose-like line: the gap costs more than it gives.
    scores = [3.0, 3.0, 3.0] + [-1.0] * 20 + [4.0]
    states = decode(scores, [False] * len(scores), model)
    assert states[:3] == ["article"] * 3 and states[-1] == "tail"
    # A short gap (a share bar) between paragraphs stays a gap.
    states = decode([3.0, -3.0, 3.0], [False] * 3, model)
    assert states == ["article", "gap", "article"]


def test_a_lone_share_bar_between_paragraphs_goes():
    # Alone it costs less to take into the article than a gap costs to open; it is no prose and
    # carries chrome's words and shape, so it is a gap all the same.
    result = clean("\n".join([P[0], P[1], "分享至：微信 微博 QQ空间", P[2], P[3]]))
    assert result.paragraphs == P
    assert [r.kind for r in result.removed] == ["share_widget"]


def test_a_line_a_strong_cue_opens_scores_as_chrome_whatever_else_it_shows():
    # Long, in the article's container, in a <p>: all of that says article; `相关报道：` says not.
    related = ("相关报道：QDII基金净值普涨 QFII加仓A股    ETF与LOF基金规模双双创新高    "
               "沪深300 ETF份额大增 基金经理看好后市    QDII基金今年再亏37亿 投资者蒙受巨亏")
    page = "<html><body><div class='article'>" + "".join(f"<p>{p}</p>" for p in [*P, related]) + "</div></body></html>"
    pipeline = Pipeline.default()
    doc = Pipeline(pipeline.stages[:pipeline.names().index("region") + 1]).run(page)
    assert doc.article.scores[-1] <= PROMPT_SCORE < min(doc.article.scores[:-1])
    result = clean(page)
    assert result.paragraphs == P and [r.kind for r in result.removed] == ["related_links"]


def test_a_promotion_closing_the_article_ends_it_however_long():
    from newsclean import clean

    p1 = "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。"
    p2 = "据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上。"
    promo = "下载“江城日报”官方客户端，或关注官方微信公众号，即可随时了解全市新闻动态，把握最新政策信息，获取更多生活服务内容。"
    page = (f"<html><body><h1>全市完成植树造林三万亩</h1><div class='detail-content'><p>{p1}</p><p>{p2}</p></div>"
            f"<div>声明：本文内容仅供参考，不构成投资建议，据此操作风险自担。</div><div>{promo}</div></body></html>")
    assert clean(page).paragraphs == [p1, p2]
    # A sentence that comes to a download is the article's.
    told = "新版本的江城日报客户端已在各大应用商店上线，市民可在官网免费下载客户端，也可扫码安装使用。"
    assert clean("\n".join(["全市完成植树造林三万亩", p1, p2, told])).paragraphs == [p1, p2, told]


def test_a_comments_heading_named_for_跟贴_or_留言_opens_chrome():
    from newsclean import clean

    p1 = "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。"
    p2 = "据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上。"
    for heading in ("热门跟贴", "读者留言"):
        page = "\n".join(["全市完成植树造林三万亩", p1, p2, "责任编辑：李四", heading, "网友A：这个很好啊，支持一下，希望越来越好。"])
        result = clean(page)
        assert result.paragraphs == [p1, p2], heading
        assert any(r.kind == "comment" and r.text == heading for r in result.removed)


def test_a_posting_credit_after_the_post_ends_it():
    from newsclean import clean

    post = ["记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。", "据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上。",
            "下一步，全市将继续推进国土绿化行动，确保绿化成果得到巩固和提升。"]
    rules = ["1. 任何言论纯属作者个人观点，与本论坛无关，请各位网友自重；", "2. 禁止发表违反国家法律、法规的言论和信息，违者删帖处理；"]
    lines = [*post, "本贴由大卫于2005年8月12日16:12:21在〖绿色家园〗发表.", *rules]
    page = "<html><body><h1>全市完成植树造林三万亩</h1><div class='post'>" + "".join(f"<p>{x}</p>" for x in lines) + "</div></body></html>"
    result = clean(page)
    assert result.paragraphs == post
    assert result.meta["authors"] == ["大卫"] and result.meta["published_at"] == "2005-08-12T16:12"
    # A sentence that tells where a paper was published is no posting credit.
    told = "该论文发表于2005年8月12日出版的《自然》杂志上，引起了学界的广泛关注和讨论。"
    assert clean("\n".join(["全市完成植树造林三万亩", *post, told, post[0] + "再次"])).paragraphs[-2:] == [told, post[0] + "再次"]


def test_a_posting_credit_after_a_post_of_one_long_paragraph_ends_it_before_the_next_post():
    from newsclean import clean

    post = "".join(P)
    older = ["城市绿化随想 2005-06-13 15:00:14", "我真的累了。", *P[1:], "由海姑娘张贴 @ 2005-06-13 15:00:14 (697) 共 29 篇评论"]
    lines = ["全市完成植树造林三万亩 2005-06-14 03:25:55", post, "[打印]", "由海姑娘张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论",
             *older]
    assert clean("\n".join(lines)).paragraphs == [post]


def test_a_replys_header_after_the_post_ends_it():
    from newsclean import clean

    post = ["承蒙邀请，很高兴入住博客堂。作为技术社区，博客堂是一个写技术文章的好地方。", "我在这里的文章将集中在两个方面，欢迎大家多多交流，共同提高。",
            "简单介绍一下我的情况：我曾为杂志写过专栏，也翻译过几本技术书籍。"]
    replies = ["# re: 很高兴入住博客堂 2004-12-27 17:34 SpiderMan", "欢迎欢迎！期待阅读你的大作，希望不断带来精品文章。",
               "# re: 很高兴入住博客堂 2004-12-27 17:49 lichdr", "最近读了你翻译的那本书，很有收获，感谢你的辛勤工作。"]
    assert clean("\n".join(["很高兴入住博客堂", *post, *replies])).paragraphs == post


def test_an_editors_credit_after_the_article_ends_it():
    from newsclean import clean

    paras = ["记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。", "据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上。",
             "下一步，全市将继续推进国土绿化行动，确保绿化成果得到巩固和提升。"]
    notice = "欢迎广大读者继续关注后续报道，我们将持续跟进这一事件的最新进展。"
    result = clean("\n".join(["全市完成植树造林三万亩", *paras, "责任编辑：王五", notice]))
    assert result.paragraphs == paras and result.meta["editors"] == ["王五"]
    # Above the article's third line an editor's line is the head's, and the article goes on.
    early = clean("\n".join(["全市完成植树造林三万亩", "编辑：王五", *paras]))
    assert early.paragraphs == paras


def test_an_editors_credit_with_most_of_the_article_after_it_ends_nothing():
    from newsclean import clean

    paras = [f"第{n}段：记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。" for n in "一二三四五六七八"]
    page = "\n".join(["全市完成植树造林三万亩", *paras[:3], "编辑：王五", *paras[3:]])
    assert clean(page).paragraphs == paras


def _page_with_table(table: str, after: str = "") -> str:
    article = "".join(f"<p>{p}</p>" for p in P[:3]) + "<p>附：各区县造林面积</p>"
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>全市完成植树造林三万亩</title></head><body>"
            f"<h1>全市完成植树造林三万亩</h1><div class='content'>{article}</div>{table}{after}"
            "<div class='footer'><p>Copyright © 2024 江城网 版权所有</p></div></body></html>")


ROWS = [("区县", "面积（亩）", "树种"), ("东城区", "8200", "香樟"), ("西城区", "9100", "银杏"), ("南湖区", "12700", "水杉")]


def test_a_data_table_the_article_runs_into_is_the_articles():
    table = "<table border='1'>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS) + "</table>"
    result = clean(_page_with_table(table))
    assert result.paragraphs == [*P[:3], "附：各区县造林面积", *(c for row in ROWS for c in row)]


def test_a_table_of_links_or_a_layout_table_is_not_taken_in():
    links = "<table>" + "".join(
        "<tr>" + "".join(f"<td><a href='/n{i}'>{c}新闻</a></td>" for c in row) + "</tr>" for i, row in enumerate(ROWS)) + "</table>"
    result = clean(_page_with_table(links))
    assert result.paragraphs == [*P[:3], "附：各区县造林面积"]


def test_data_tables_are_told_from_layout_tables():
    from newsclean.stages.html import page_lines, parse_html

    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    # A page laid out in a table: its cells hold the article and the data table both.
    page = ("<html><body><table><tr><td>菜单</td><td>" + "".join(f"<p>{p}</p>" for p in P) +
            f"<table>{cells}</table></td></tr><tr><td>左</td><td>右</td></tr></table></body></html>")
    lines, _, _ = page_lines(parse_html(page))
    tables = {text: block.table for text, block in lines}
    assert tables["东城区"] >= 0 and tables["东城区"] == tables["区县"]
    assert tables[P[0]] == -1 and tables["菜单"] == -1
    # One row is no table of data.
    lines, _, _ = page_lines(parse_html("<html><body><table><tr><td>甲</td><td>乙</td></tr></table></body></html>"))
    assert all(block.table == -1 for _, block in lines)


def test_a_data_tables_heading_between_it_and_the_article_goes_with_it():
    table = "<table border='1'>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS) + "</table>"
    page = _page_with_table("<p>表1</p>" + table).replace("<p>附：各区县造林面积</p>", "")
    result = clean(page)
    assert result.paragraphs == [*P[:3], "表1", *(c for row in ROWS for c in row)]


def test_html5_sectioning_elements_name_chrome_without_a_class():
    aside = "".join(f"<p>{t}</p>" for t in ["城区新增十条公交线路，市民出行更加便捷，早晚高峰的拥堵情况明显缓解。",
                                              "暑期旅游市场持续升温，周边游订单大幅增长，不少景区提前发布了限流公告。"])
    page = ("<html><head><title>全市完成植树造林三万亩_江城网</title></head><body>"
            "<nav><a href='/'>首页</a><a href='/n'>新闻</a><a href='/s'>社会</a></nav>"
            "<main><article><h1>全市完成植树造林三万亩</h1>" + "".join(f"<p>{p}</p>" for p in P[:3]) + "</article>"
            f"<aside>{aside}</aside></main><footer><p>主办单位：江城日报社，地址：江城市人民路1号。</p></footer></body></html>")
    assert clean(page).paragraphs == P[:3]
    # The same named by ARIA roles.
    roles = page.replace("<aside>", "<div role='complementary'>").replace("</aside>", "</div>")
    assert clean(roles).paragraphs == P[:3]


def test_a_css_frameworks_utility_class_names_no_kind():
    from newsclean.vocabulary import dom_kind

    # Bootstrap's and Tailwind's `text-*` say how text looks: a footer styled so is still a footer,
    # and a menu item styled so is no article.
    assert dom_kind("text-center") is None and dom_kind("text-sm text-gray-500") is None
    assert dom_kind("text-center copyright") == "footer"
    assert dom_kind("article-text") == dom_kind("main-text text-left") == dom_kind("text") == "article"


def test_others_stories_or_replies_that_repeat_a_shape_with_their_datelines_end_the_article():
    # A feed's cards (a headline, a teaser, its outlet and day), then replies (a poster and a time,
    # the reply), with no heading before either: each repeats, a dateline each time.
    cards = [line for title, teaser, day in (
        ("江城地铁三号线开通运营", "3月14日，江城地铁三号线正式开通运营，全长三十二公里，设站二十四座，方便了市民出行。", "10"),
        ("江城举办首届读书节活动", "为营造全民阅读氛围，江城市首届读书节于近日开幕，活动将持续一个月，涵盖讲座、展览。", "11"),
        ("江城中考政策发布", "江城市教育局日前发布今年中考政策，体育考试分值提高，增加了综合素质评价的比重。", "12"))
        for line in (title, teaser, f"江城日报 2023-03-{day}")]
    replies = ["老王 2023-03-15 12:00", "这是好事，希望早点改造我们小区，楼道太破了，下雨天还漏水。",
               "风之谷 2023-03-15 13:00", "支持！但是加装电梯的费用怎么分摊还要商量，低层住户不一定愿意。"]
    result = clean("\n".join(["全市完成植树造林三万亩", "2023-03-15 10:20 来源：江城日报", *P, *cards, *replies]))
    assert result.paragraphs == P
    # Dated lines that say no more than the day (a timeline's) end nothing: the prose under them stays.
    timeline = ["2023年3月1日", P[1], "2023年3月8日", P[2], "2023年3月15日", P[3]]
    kept = clean("\n".join(["全市完成植树造林三万亩", P[0], *timeline])).paragraphs
    assert all(p in kept for p in P)


def test_replies_timed_as_they_were_when_the_page_was_served_end_the_article_too():
    replies = ["老王 3小时前", "这是好事，希望早点改造我们小区，楼道太破了，下雨天还漏水。",
               "风之谷 昨天 10:20", "支持！但是加装电梯的费用怎么分摊还要商量，低层住户不一定愿意。"]
    result = clean("\n".join(["全市完成植树造林三万亩", "2023-03-15 10:20 来源：江城日报", *P, *replies]))
    assert result.paragraphs == P


def test_the_cut_before_repeated_stories_holds_when_decided_again_and_cuts_article_lines_only():
    from newsclean.document import Document
    from newsclean.stages.region import _repeats_at_end, redecode_without

    # A run whose prose, trimmed off its start, leaves only lines after the article: nothing to cut.
    assert _repeats_at_end(["article"] * 4 + ["tail"] * 4, list("PPPPDPDP")) is None
    replies = ["老王 2023-03-15 12:00", "这是好事，希望早点改造我们小区，楼道太破了，下雨天还漏水。",
               "风之谷 2023-03-15 13:00", "支持！但是加装电梯的费用怎么分摊还要商量，低层住户不一定愿意。"]
    text = "\n".join(["全市完成植树造林三万亩", "2023-03-15 10:20 来源：江城日报", *P, *replies])
    doc = Document(raw=text)
    doc.text = text
    for stage in Pipeline.default().stages:
        doc = stage(doc)
        if stage.name == "region":
            break
    states = redecode_without(doc.article, {1})  # as the metadata stage leaves the dateline out
    assert states[-4:] == ["tail"] * 4


def test_a_live_blog_whose_entries_open_with_the_time_alone_keeps_them():
    entries = [line for k, p in enumerate(P[1:], 1) for line in (f"2023-03-15 1{k}:20", p)]
    result = clean("\n".join(["全市完成植树造林三万亩", P[0], P[1], *entries]))
    assert all(p in result.paragraphs for p in P)


def test_a_page_wrapped_at_a_fixed_width_keeps_its_first_line_when_a_dateline_opens_it():
    prose = "".join(P) * 2
    lead = "【江城网2005年07月03日报道】"
    width = 30
    text = lead + prose
    lines = [text[:width + len(lead)]] + [text[i:i + width] for i in range(width + len(lead), len(text), width)]
    result = clean("\n".join(lines))
    assert result.paragraphs[0] == lines[0]
    # A headline above such a page stays out.
    titled = clean("\n".join(["全市完成植树造林三万亩", *lines[1:]]))
    assert titled.paragraphs[0] == lines[1] and titled.meta["title"] == "全市完成植树造林三万亩"


def test_a_text_page_that_opens_with_one_line_twice_opens_with_its_head():
    headline = "社会资本、人力资本与下岗职工的再就业"
    title = f"{headline}(页 1) - 学术前沿 - 江城社会学论坛·江城网社会论坛 - powered by Discuz! Archiver"
    lines = [title, " " + title, f"江城社会学论坛 » 学术前沿 » {headline}", "2003-5-29 09:07 高山流水", headline, headline,
             "张伟、李强", *P]
    result = clean("\n".join(lines))
    assert result.paragraphs == P
    assert result.meta["title"] == headline and result.meta["authors"] == ["张伟", "李强"]


def test_a_text_pages_table_of_tab_separated_cells_the_article_runs_into_is_the_articles():
    rows = ["专业\t导师\t人数", "艺术学原理\t刘梦溪\t2", "艺术人类学\t方李莉\t3", "中国音乐史\t田青\t2",
            "音乐美学\t韩钟恩\t1"]
    lines = ["全市完成植树造林三万亩", *P, "附：招生专业及人数", *rows, "版权所有 © 江城网"]
    result = clean("\n".join(lines))
    assert result.paragraphs[:len(P)] == P
    assert [p.split() for p in result.paragraphs[len(P) + 1:]] == [r.split("\t") for r in rows]
    # Its rows keep their cells apart by a tab, so that cleaning the body again finds the table again.
    assert result.paragraphs[len(P) + 1:] == rows
    assert clean(result.body).paragraphs == result.paragraphs
    # Without the tabs the same short lines are a table no longer, and go.
    flat = clean("\n".join([*lines[:len(P) + 2], *(r.replace("\t", "") for r in rows), lines[-1]]))
    assert flat.paragraphs == P


def test_a_page_that_sets_its_clauses_apart_by_spaces_keeps_its_article():
    # No full-width mark anywhere: an old page, or a converter that lost them.
    prose = ["今年以来 江城市共完成老旧小区改造一百二十个 惠及居民三万余户 改造内容包括管网更新",
             "外墙保温和加装电梯等多个方面 市住建局相关负责人表示 明年将继续推进改造工作 重点解决",
             "居民反映强烈的停车难和充电难问题 让群众生活更加便利 据了解 改造过程中 各街道社区",
             "广泛征求居民意见 做到改什么 怎么改由居民说了算 居民满意度达到百分之九十五以上 下一步",
             "全市将把老旧小区改造与完整社区建设结合起来 同步推进养老托育 便民商业等配套设施建设",
             "市住建局还将建立改造项目长效管理机制 引导居民参与小区日常管理 巩固改造成果 据介绍",
             "今年改造的小区中 建成年代最早的为上世纪七十年代 改造前普遍存在管网老化 屋面漏水等",
             "问题 居民改造意愿强烈 改造完成后 小区环境明显改善 不少居民表示 住了几十年的老房子",
             "焕然一新 生活质量有了很大提高 市住建局表示 将继续听取居民意见 不断完善改造方案"]
    page = "\n".join(["首页 | 新闻 | 本地", "江城地铁三号线今日开通运营", "江城举办第十届国际马拉松赛", "江城老旧小区改造惠及三万余户", "2024-05-07 08:30 来源：江城日报", *prose,
                      "相关新闻", "江城公布今年高考录取分数线", "江城新建三所公办幼儿园",
                      "关于我们 | 联系我们 | 广告服务",
                      "本网站所刊登的各种新闻、信息和专题资料，均为江城新闻网版权所有，未经授权禁止转载。"])
    kept = "".join(clean(page).paragraphs).replace(" ", "")
    assert all(line.replace(" ", "") in kept for line in prose)
    assert not any(chrome in kept for chrome in ("地铁三号线", "马拉松", "录取分数线", "关于我们", "版权所有"))


def test_a_diary_whose_days_carry_the_weather_is_not_cut_as_a_feed_and_keeps_its_headings():
    entries = [("2024年5月7日 星期二 晴", "今天上午，全市组织了一次义务植树活动，参加的市民有两千多人，种下各类树苗一万余株。",
                "活动结束后，志愿者们还在林地里清理了垃圾，把剩下的树苗送到了附近的小学。"),
               ("2024年5月8日 星期三 多云", "今天记者跟随林业站的技术员检查新种的树苗，成活情况总体良好，个别地块需要补种。",
                "技术员告诉记者，补种工作将在本周内完成，补种的树苗由林业站统一提供。"),
               ("2024年5月9日 星期四 小雨", "一场小雨过后，新种的树苗长出了嫩芽，附近的居民纷纷来到林地散步拍照。",
                "不少居民表示，希望每年都能参加这样的植树活动，为城市增添一片绿色。")]
    lead = "江城市今年的植树造林工作从三月开始，到五月上旬基本结束，下面是记者在植树现场的几则日记。"
    text = [lead, *[line for entry in entries for line in entry]]
    page = "\n".join(["首页 | 新闻 | 本地", "植树现场日记", "2024-05-10 08:30 来源：江城日报", *text,
                      "关于我们 | 联系我们 | 广告服务", "Copyright © 2024 江城新闻网 版权所有"])
    result = clean(page)
    assert result.paragraphs == text
    assert result.meta["published_at"] == "2024-05-10T08:30"


def test_the_lead_above_a_box_of_links_set_into_the_article_is_the_articles():
    box = ["相关阅读", "江城举行春季招聘会 岗位逾万个", "江城地铁三号线开通试运营", "江城今年将新建学校二十所"]
    page = ["首页 | 新闻 | 体育 | 财经", "全市完成植树造林三万亩", "2024-05-07 08:30 来源：江城日报", P[0], *box, *P[1:],
            "关于我们 | 联系我们 | 广告服务", "Copyright © 2024 江城新闻网 版权所有"]
    result = clean("\n".join(page))
    assert result.paragraphs == P
    assert all(line in [r.text for r in result.removed] for line in box)


def test_a_page_hard_wrapped_at_a_fixed_width_keeps_its_paragraphs():
    long = [p + p[:-1] + "，" + p for p in P]  # paragraphs of five lines and more when wrapped
    width = 14
    wrapped = [p[i:i + width] for p in long for i in range(0, len(p), width)]
    assert len(wrapped) >= 20
    page = ["首页 | 新闻 | 体育 | 财经", "全市完成植树造林三万亩", "2024-05-07 08:30 来源：江城日报", *wrapped,
            "关于我们 | 联系我们 | 广告服务", "Copyright © 2024 江城新闻网 版权所有"]
    assert clean("\n".join(page)).paragraphs == wrapped
    # Lines a list's items fill alike are no paragraph.
    from newsclean.stages.region import wrapped_paragraphs
    assert wrapped_paragraphs(["江城举行春季招聘会岗位逾万个", "江城地铁三号线开通运营试运营", "江城今年将新建学校二十余所",
                               "江城入选全国文明城市候选名单"] * 3) == []
