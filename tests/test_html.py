from newsclean import clean
from newsclean.stages.html import looks_like_html_page

PARA = "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。"
PARAS = [PARA, "据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上。"]
BODY = "".join(f"<p>{p}</p>" for p in PARAS)


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


def test_declared_encodings_do_not_redecode_a_decoded_page():
    # The text is decoded already: an XML declaration or <meta charset> must not redirect it.
    for head in ['<?xml version="1.0" encoding="gb2312"?><html><head>',
                 '<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">']:
        page = f"{head}</head><body><p>{PARA}</p><p>{PARA}</p></body></html>"
        assert clean(page).paragraphs == [PARA, PARA]


def test_text_after_a_dropped_element_stays():
    page = f"<html><body><p>今天<script>var x = 1;</script>{PARA}</p><p>{PARA}</p></body></html>"
    assert clean(page).paragraphs == ["今天" + PARA, PARA]


def test_unusable_characters_in_a_page_are_counted_not_dropped():
    page = f"<html><body><p>{PARA}\ud800{PARA}</p></body></html>"
    result = clean(page)
    assert result.quality["replacement_chars"] == 1 and result.body.count(PARA) == 2


def test_a_page_with_no_document_is_flagged_not_an_error():
    result = clean("<!DOCTYPE html><!-- 注释 -->")
    assert "html_unparsable" in result.flags and result.paragraphs == []
    assert [r.text for r in result.removed] == ["<!DOCTYPE html><!-- 注释 -->"]  # accounted for


def test_nesting_past_the_parsers_limit_loses_nothing():
    # libxml2 stops at 2,048 levels and drops the rest of the page: such pages go to patterns.
    for depth, flag in ((1000, "html_page"), (5000, "html_too_deep")):
        page = "<html><body>" + "<div>" * depth + PARA + "</div>" * depth + f"<p>{PARA}</p></body></html>"
        result = clean(page)
        assert flag in result.flags and result.paragraphs == [PARA, PARA], depth


def test_text_after_the_closing_html_tag_stays():
    # libxml2 drops what follows </html>; scraped pages put text there.
    page = f"<html><body><p>{PARA}</p></body></HTML>\n<p>{PARA}</p>"
    assert clean(page).paragraphs == [PARA, PARA]


def test_entities_escaped_twice_in_a_page_go_as_in_plain_text():
    para = "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。"
    page = f"<html><body><p>{para}</p><p>白T打造&amp;nbsp;学院风&amp;lt;br&amp;gt;，一条夸张的项链你必须准备。</p></body></html>"
    once = clean(page).body
    assert "&nbsp;" not in once and "<br>" not in once and "学院风" in once
    assert clean(once).body == once


def test_a_publication_date_the_markup_states_under_another_name_or_as_microdata():
    from newsclean import clean

    body = BODY
    for head in ("<meta name='og:time ' content='2023-03-12 10:30:00'>", "<meta name='apub:time' content='2023/3/12'>",
                 "<meta property='article.published' content='2023-03-12'>",
                 "<meta name='OriginalPublicationDate' content='2023/03/12 10:30:00'>", "<meta name='pdate' content='2023-03-12'>",
                 "<meta name='date' content='2023-03-12'>"):
        page = f"<html><head><title>植树造林</title>{head}</head><body>{body}</body></html>"
        assert clean(page).meta["published_at"][:10] == "2023-03-12", head
    micro = f"<html><body><h1>植树造林</h1><span itemprop='datePublished' content='2023-03-12'>三月</span>{body}</body></html>"
    assert clean(micro).meta["published_at"] == "2023-03-12"
    # Another date is no publication date, and a stated one does not override the text's dateline.
    modified = f"<html><head><meta name='lastmod_time' content='2024-01-01'></head><body>{body}</body></html>"
    assert clean(modified).meta["published_at"] is None
    dated = micro.replace("<span", "<p>2022年1月5日 来源：江城日报</p><span")
    assert clean(dated).meta["published_at"] == "2022-01-05"


def test_a_publication_time_a_script_sets_in_the_article_data():
    from newsclean import clean

    body = BODY
    script = "<script>window.DATA = {\"media\": \"江城日报\", \"pubtime\": \"2023-03-12 10:30:00\", \"id\": 5};</script>"
    page = f"<html><head><title>植树造林</title>{script}</head><body>{body}</body></html>"
    result = clean(page)
    assert result.meta["published_at"] == "2023-03-12T10:30" and result.meta["found_in"]["published_at"] == "markup script:published"
    assert "pubtime" not in result.body
    # A date in the text is believed first.
    dated = page.replace("<body>", "<body><p>2022年1月5日 来源：江城日报</p>")
    assert clean(dated).meta["published_at"] == "2022-01-05"
    # A portal's `ptime`, not an `uptime`.
    assert clean(page.replace('"pubtime"', '"ptime"')).meta["published_at"] == "2023-03-12T10:30"
    assert clean(page.replace('"pubtime"', '"uptime"')).meta["published_at"] is None
    # Seconds or milliseconds since 1970, as a number, read in Beijing's time.
    for epoch in ("1678588200", "1678588200000"):
        timed = page.replace('"pubtime": "2023-03-12 10:30:00"', f'"publish_time": {epoch}')
        assert clean(timed).meta["published_at"] == "2023-03-12T10:30", epoch


def test_text_stored_as_json_escapes_is_decoded_and_recorded():
    from newsclean import clean

    text = "全市完成植树造林三万亩\n记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。\n据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上。"
    result = clean(text.encode("unicode_escape").decode("ascii"))
    assert result.meta["title"] == "全市完成植树造林三万亩" and result.body == clean(text).body
    assert [r.kind for r in result.repairs] == ["escapes"]
    # Escaped markup is markup; one escape alone is a program's text.
    html = "\\u003cp\\u003e" + "\\u8bb0\\u8005\\u4ece\\u5e02\\u653f\\u5e9c\\u83b7\\u6089" + "，今年全市共完成植树造林三万亩，超额完成任务。\\u003c/p\\u003e"
    assert "<p>" not in clean(html).body and clean(html).body.startswith("记者从市政府获悉")
    assert clean("代码里写作 \\u4e2d 一个字，表示中文的中字，这是程序员常用的写法。").body.startswith("代码里写作 \\u4e2d")


def test_escapes_in_a_pages_script_stay_the_scripts():
    from newsclean import clean

    para = "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。"
    hidden = "据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上。"
    escaped = "".join(f"\\u{ord(c):04x}" for c in f"</script><p>{hidden}</p>")
    script = f"<script>var s = \"{escaped}\";</script>"
    page = f"<html><head><title>植树</title>{script}</head><body><p>{para}</p><p>{para}</p></body></html>"
    result = clean(page)
    assert result.paragraphs == [para, para] and hidden not in result.body


def test_a_declared_publication_time_completes_the_days_dateline():
    from newsclean import clean

    body = BODY
    head = "<meta property='article:published_time' content='2022-02-06T12:48:06+00:00'>"
    for dateline, expected in (("2022年2月6日", "2022-02-06T12:48"), ("2022年2月6日 09:30", "2022-02-06T09:30")):
        page = f"<html><head><title>植树造林</title>{head}</head><body><h1>植树造林</h1><p>{dateline}</p>{body}</body></html>"
        assert clean(page).meta["published_at"] == expected, dateline


def test_an_element_the_markup_marks_as_the_authors_names_them_where_nothing_else_does():
    from newsclean import clean

    paras, body = PARAS, BODY
    comments = "<div class='comments'><p><span class='author'>王五</span> 说得好，支持！</p></div>"
    for info, authors in (("<span>2022-02-13 10:20</span><span class='author'>张三</span>", ["张三"]),
                          ("<a class='authorName' href='/u/3'>海姑娘</a> 2022-02-13", ["海姑娘"]),
                          ("<a rel='author external' href='/u/3'>海姑娘</a> 2022-02-13", ["海姑娘"]),
                          ("<span itemprop='author'><span itemprop='name'>张三</span></span> 2022-02-13", ["张三"]),
                          ("<span class='author'>作者：张三 李四</span> 2022-02-13", ["张三", "李四"]),
                          ("2022-02-13 来源：江城日报", []),
                          # A forum's user names, as users choose them; an outlet or a number is none.
                          ("<div class='post_author'><a href='/u/3'>风之谷的猫</a></div> 2022-02-13", ["风之谷的猫"]),
                          ("<div class='post_author'><a href='/u/3'>ak47小子</a></div> 2022-02-13", ["ak47小子"]),
                          ("<div class='post_author'>江城日报</div> 2022-02-13", []),
                          ("<div class='post_author'>12345</div> 2022-02-13", [])):
        page = (f"<html><head><title>植树造林</title></head><body><h1>植树造林</h1><div class='info'>{info}</div>"
                f"<div class='content'>{body}</div>{comments}</body></html>")
        result = clean(page)
        assert result.meta["authors"] == authors, info
        assert result.meta["source"] in (None, "江城日报") and result.paragraphs == paras, info


def test_declared_authors_set_apart_by_commas_are_each_read():
    from newsclean import clean

    body = BODY
    for author, authors in (("张三,李四", ["张三", "李四"]), ("张三, Hans Publishers", ["张三"]),
                            ("Wikimedia Foundation, Inc.", []), ("张三,新华网", ["张三"])):
        page = (f"<html><head><title>植树造林</title><meta name='author' content='{author}'></head>"
                f"<body><h1>植树造林</h1>{body}</body></html>")
        assert clean(page).meta["authors"] == authors, author


def test_an_organisation_json_ld_names_as_the_author_is_none():
    import json

    from newsclean import clean

    body = BODY
    for author, authors in (({"@type": "Organization", "name": "观察评论"}, []), ({"@type": "Person", "name": "张三"}, ["张三"]),
                            ([{"@type": "Person", "name": "张三"}, {"@type": "NewsMediaOrganization", "name": "观察评论"}],
                             ["张三"])):
        ld = json.dumps({"@type": "NewsArticle", "headline": "植树造林", "author": author}, ensure_ascii=False)
        page = (f"<html><head><title>植树造林</title><script type='application/ld+json'>{ld}</script></head>"
                f"<body><h1>植树造林</h1>{body}</body></html>")
        assert clean(page).meta["authors"] == authors, author


def test_a_declared_value_with_its_label_gives_the_value():
    from newsclean import clean

    body = BODY
    for head, source, authors in (("<meta name='source' content='来源：人民网－人民日报'>", "人民网－人民日报", []),
                                  ("<meta name='author' content='作者：张三'>", None, ["张三"]),
                                  ("<meta name='author' content='作者：张三、李四'>", None, ["张三", "李四"])):
        page = f"<html><head><title>植树造林</title>{head}</head><body><h1>植树造林</h1>{body}</body></html>"
        meta = clean(page).meta
        assert (meta["source"], meta["authors"]) == (source, authors), head


def test_a_declared_date_written_without_separators():
    from newsclean import clean

    body = BODY
    for value, date in (("20220213", "2022-02-13"), ("202202131020", "2022-02-13T10:20"), ("20221399", None)):
        page = (f"<html><head><title>植树造林</title><meta name='publishdate' content='{value}'></head>"
                f"<body><h1>植树造林</h1>{body}</body></html>")
        assert clean(page).meta["published_at"] == date, value


def test_a_line_break_between_two_elements_sets_their_texts_apart():
    from newsclean import clean
    from newsclean.pipeline import Pipeline

    body = BODY
    info = "<div><span>2023-03-12 10:30</span>\n<span>江城日报</span>\n<span>王五</span></div>"
    page = f"<html><head><title>植树造林</title></head><body><h1>植树造林</h1>{info}{body}</body></html>"
    result = clean(page)
    assert (result.meta["source"], result.meta["authors"]) == ("江城日报", ["王五"])
    # Inside one text a line break between Chinese characters is layout, and nothing.
    wrapped = page.replace(info, "").replace("超额完成", "超额\n完成")
    doc = Pipeline.default().without("boilerplate").run(wrapped)
    assert any("超额完成年度任务" in text for _, text in doc.lines)


def test_an_outlet_the_markup_marks_as_the_author_is_the_source():
    from newsclean import clean

    paras, body = PARAS, BODY
    for info, source, authors in (("<div class='author-name'>江城日报</div><div class='date'>发布时间：03-15 10:20</div>", "江城日报", []),
                                  ("<div class='author-name'>海姑娘</div>", None, ["海姑娘"])):
        page = (f"<html><head><title>植树造林</title></head><body><h1>植树造林</h1><div class='info'>{info}</div>"
                f"<div class='content'>{body}</div></body></html>")
        result = clean(page)
        assert (result.meta["source"], result.meta["authors"]) == (source, authors), info
        assert result.paragraphs == paras


def test_a_declared_author_counts_where_the_text_names_none():
    from newsclean import clean

    paras, body = PARAS, BODY
    for info, authors in (("<div class='info'>记者 王五 2022-02-13</div>", ["王五"]), ("<div class='info'>2022-02-13</div>", ["李丽"])):
        page = (f"<html><head><title>植树造林</title><meta name='author' content='李丽'></head><body><h1>植树造林</h1>"
                f"{info}<div class='content'>{body}</div></body></html>")
        result = clean(page)
        assert result.meta["authors"] == authors, info
        assert result.paragraphs == paras


def test_an_author_declared_under_any_meta_name_ending_in_author_counts_too():
    from newsclean import clean

    for tag in ("<meta property='og:article:author' content='李丽'>", "<meta name='contentAuthor' content='李丽'>",
                "<meta name='writer' content='李丽'>", "<meta name='byl' content='By 李丽'>"):
        page = (f"<html><head><title>植树造林</title>{tag}</head><body><h1>植树造林</h1>"
                f"<div class='info'>2022-02-13</div><div class='content'>{BODY}</div></body></html>")
        result = clean(page)
        assert result.meta["authors"] == ["李丽"], tag
        assert result.meta["found_in"]["authors"] == "markup meta:author", tag
        assert result.paragraphs == PARAS, tag


def test_an_outlet_declared_under_a_meta_name_ending_in_source_is_the_source():
    from newsclean import clean

    for tag in ("<meta property='og:article:source' content='江城日报'>", "<meta name='weibo: article:source' content='江城日报'>"):
        page = (f"<html><head><title>植树造林</title>{tag}</head><body><h1>植树造林</h1>"
                f"<div class='info'>2022-02-13</div><div class='content'>{BODY}</div></body></html>")
        result = clean(page)
        assert (result.meta["source"], result.meta["found_in"]["source"]) == ("江城日报", "markup meta:source"), tag


def test_an_h1_holding_the_sites_logo_is_no_headline():
    from newsclean import clean

    # The name the <title> adds after its headline, an <h1> marked as the logo, or one whose one
    # link goes to the site's front page.
    for title, h1 in (("植树造林三万亩的背后_江城网", "<h1>江城网</h1>"),
                      ("植树造林三万亩的背后_国内新闻_江城网", "<h1>国内新闻</h1>"),
                      ("植树造林三万亩的背后_江城网", "<h1 class='logo'>新闻中心</h1>"),
                      ("植树造林三万亩的背后_江城网", "<div id='logo'><h1>新闻中心</h1></div>"),
                      ("植树造林三万亩的背后_江城网", "<h1><a href='http://news.jc.cn/'>新闻中心</a></h1>"),
                      ("植树造林三万亩的背后_江城网", "<h1><a href='index.html'>新闻中心</a></h1>"),
                      # The headline linking to its own page is the headline.
                      ("江城网", "<h1><a href='/2022/0213/a1.html'>植树造林三万亩的背后</a></h1>")):
        page = (f"<html><head><title>{title}</title></head><body>{h1}"
                f"<div class='info'>2022-02-13</div><div class='content'>{BODY}</div></body></html>")
        result = clean(page)
        assert result.meta["title"] == "植树造林三万亩的背后", h1
        assert result.paragraphs == PARAS, h1


def test_a_menus_links_credit_nobody_and_are_no_headline():
    from newsclean import clean

    paras, body = PARAS, BODY
    menu = "<table><tr>" + "".join(f"<td><a href='/b/{k}'>{w}</a></td>" for k, w in enumerate(
        ["日记人生", "麻辣杂谈", "记者江湖", "中国川剧", "指上谈兵"])) + "</tr></table>"
    page = (f"<html><head><title>论坛 - 植树造林三万亩的背后</title></head><body>{menu}"
            f"<div class='content'>{body}</div></body></html>")
    result = clean(page)
    assert result.meta["authors"] == [] and result.meta["title"] not in ("麻辣杂谈", "记者江湖", "指上谈兵")
    assert result.paragraphs == paras
    # A byline whose name is a link still names its author.
    linked = page.replace(menu, "<div class='info'>记者 <a href='/u/1'>王五</a></div>")
    assert clean(linked).meta["authors"] == ["王五"]


def test_json_ld_with_a_line_break_inside_a_string_is_read():
    from newsclean import clean

    paras = PARAS
    ld = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "植树造林\n三万亩",'
          ' "datePublished": "2023-03-12T10:30:00+08:00", "author": {"@type": "Person", "name": "王五"}}')
    page = (f"<html><head><title>植树造林</title><script type='application/ld+json'>{ld}</script></head><body>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>")
    result = clean(page)
    assert (result.meta["published_at"], result.meta["authors"]) == ("2023-03-12T10:30", ["王五"])
    # A comma before a closing brace, as hand-written templates leave it.
    trailing = page.replace('"name": "王五"}}', '"name": "王五",},}')
    assert clean(trailing).meta["authors"] == ["王五"]


def test_a_headline_its_heading_breaks_over_two_lines_is_one_title():
    from newsclean import clean

    paras, body = PARAS, BODY
    for title, heading, want in (("全市完成植树造林三万亩 森林覆盖率再创新高_江城网", "<h1>全市完成植树造林三万亩<br>森林覆盖率再创新高</h1>",
                                  "全市完成植树造林三万亩 森林覆盖率再创新高"),
                                 ("全市完成植树造林三万亩_江城网", "<h1>全市完成植树造林三万亩</h1><h2>森林覆盖率再创新高</h2>",
                                  "全市完成植树造林三万亩")):
        page = f"<html><head><title>{title}</title></head><body>{heading}<div class='content'>{body}</div></body></html>"
        result = clean(page)
        assert result.meta["title"] == want, heading
        assert result.paragraphs == paras, heading


def test_a_news_cms_time_field_in_a_script_is_the_publication_time():
    from newsclean import clean

    for key in ("newsTime", "newstime"):
        script = f"<script>var allData = {{\"docData\": {{\"{key}\": \"2023-03-12 10:30:00\"}}}};</script>"
        page = f"<html><head><title>植树造林</title>{script}</head><body>{BODY}</body></html>"
        assert clean(page).meta["published_at"] == "2023-03-12T10:30", key


def test_the_author_and_outlet_in_a_scripts_article_data_where_the_text_names_none():
    from newsclean import clean

    script = ("<script>window.DATA = {\"source\": \"pc\", \"media\": \"多媒体\", \"sourceName\": \"江城日报\", "
              "\"pubtime\": \"2023-03-12 10:30:00\", \"author\": \"\\u5f20\\u4f1f\"};</script>")
    page = f"<html><head><title>植树造林</title>{script}</head><body>{BODY}</body></html>"
    result = clean(page)
    assert (result.meta["authors"], result.meta["source"]) == (["张伟"], "江城日报")
    assert result.meta["found_in"]["authors"] == "markup script:author"
    # The text's byline is believed first; a script without the article's data names nobody.
    assert clean(page.replace("<body>", "<body><p>作者：李娜</p>")).meta["authors"] == ["李娜"]
    assert clean(page.replace("pubtime", "clicks")).meta["authors"] == []
    # An account or a placeholder is no person.
    assert clean(page.replace("\\u5f20\\u4f1f", "admin")).meta["authors"] == []


def test_a_cell_that_holds_a_fields_label_alone_is_read_with_the_cell_after_it():
    from newsclean import clean

    row = "<table><tr><td>来源：</td><td>江城日报</td><td>日期：</td><td>2023-03-12</td></tr></table>"
    page = f"<html><head><title>植树造林</title></head><body><h1>植树造林</h1>{row}{BODY}</body></html>"
    result = clean(page)
    assert (result.meta["source"], result.meta["published_at"]) == ("江城日报", "2023-03-12")
    assert "江城日报" not in result.body
    spaced = page.replace("来源：", "来　源：")  # spaced out to line up with longer labels
    assert clean(spaced).meta["source"] == "江城日报"


def test_a_label_the_markup_sets_apart_without_a_colon_labels_the_value_after_it():
    from newsclean import clean

    def page(fields: str) -> str:
        return f"<html><head><title>植树造林</title></head><body><h1>植树造林</h1>{fields}{BODY}</body></html>"

    pairs = "<table><tr><th>作者</th><td>张伟</td><th>来源</th><td>江城日报</td></tr></table>"
    assert (clean(page(pairs)).meta["authors"], clean(page(pairs)).meta["source"]) == (["张伟"], "江城日报")
    spans = "<div><span class='label'>作者</span><span>张伟</span> <em>来源</em><a href='/'>江城日报</a></div>"
    assert (clean(page(spans)).meta["authors"], clean(page(spans)).meta["source"]) == (["张伟"], "江城日报")
    # A header row labels a column, not its neighbour; a word in bold inside a sentence is a word.
    header = ("<table><tr><td>作者</td><td>书名</td></tr><tr><td>王安忆</td><td>长恨歌</td></tr>"
              "<tr><td>莫言</td><td>红高粱</td></tr></table>")
    assert clean(page(header)).meta["authors"] == []
    assert "作者：书名" not in clean(page(header)).body
    sentence = "<p>这次来的<b>记者</b>都很年轻，<b>作者</b>本人也到了现场。</p>"
    assert "这次来的记者都很年轻，作者本人也到了现场。" in clean(page(sentence)).body


def test_a_scholarly_pages_citation_authors_are_its_authors():
    from newsclean import clean

    for tags in ('<meta name="citation_author" content="张伟"><meta name="citation_author" content="李娜">',
                 '<meta name="citation_authors" content="张伟; 李娜">'):
        page = f"<html><head><title>植树造林</title>{tags}</head><body><h1>植树造林</h1>{BODY}</body></html>"
        result = clean(page)
        assert result.meta["authors"] == ["张伟", "李娜"], tags
        assert result.meta["found_in"]["authors"] in ("markup citation_author", "markup citation_authors"), tags


def test_a_wechat_articles_time_is_the_seconds_its_script_names_ct():
    from newsclean import clean

    script = '<script>var biz = "MzA3"; var ct = "1678588200"; var nickname = "江城观察";</script>'
    page = f"<html><head><title>植树造林</title></head><body><h1>植树造林</h1>{BODY}{script}</body></html>"
    assert clean(page).meta["published_at"] == "2023-03-12T10:30"
    # Elsewhere a short `ct` is any count.
    assert clean(page.replace('var biz = "MzA3"; ', "")).meta["published_at"] is None



def test_a_wechat_articles_account_is_its_source():
    from newsclean import clean

    head = '<div id="meta_content"><span>原创</span> <a href="javascript:void(0);" id="js_name">江城观察</a></div>'
    page = f"<html><head><title>植树造林</title></head><body><h1>植树造林</h1>{head}{BODY}</body></html>"
    assert clean(page).meta["source"] == "江城观察"


def test_a_page_its_script_lays_out_gives_the_article_its_textarea_data_holds():
    # 环球网's layout: the article's HTML, time, outlet and author in <textarea> data, shown by script.
    import html as markup

    from newsclean import clean

    data = (f'<div class="data-container"><textarea class="article-title">植树造林</textarea>'
            f'<textarea class="article-time">1678588200000</textarea>'
            f'<textarea class="article-source-name">江城日报</textarea><textarea class="article-author">张伟</textarea>'
            f'<textarea class="article-content">{markup.escape(BODY)}</textarea></div>')
    page = (f"<html><head><title>植树造林_江城网</title></head><body><ul><li><a>首页</a></li><li><a>国际</a></li></ul>"
            f"{data}<div class=layout><h3>植树造林</h3><p class=time></p></div></body></html>")
    result = clean(page)
    assert result.paragraphs == PARAS
    assert (result.meta["published_at"], result.meta["source"], result.meta["authors"]) == (
        "2023-03-12T10:30", "江城日报", ["张伟"])


def test_the_element_a_page_marks_as_its_headline_gives_the_title_over_a_sidebars_heading():
    paras = "".join(f"<p>{p}</p>" for p in (
        "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。",
        "据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上。",
        "下一步，全市将继续推进国土绿化行动，确保绿化成果得到巩固和提升。"))
    side = "<div class='box'><h2>我的另外两个博客</h2><ul><li><a href='/1'>望月小筑</a></li><li><a href='/2'>小茶妹</a></li></ul></div>"
    for cls in ("article-title", "entry-title", "headline"):
        page = (f"<html><head><title>海姑娘的博客</title></head><body>{side}<div class='{cls}'>全市完成植树造林三万亩</div>"
                f"<div>2005-06-14 03:25</div><div class='content'>{paras}</div></body></html>")
        assert clean(page).meta["title"] == "全市完成植树造林三万亩", cls
    # Items of a list marked so are others' headlines.
    others = "".join(f"<div class='news-title'>{t}</div>" for t in ("江城新建三座口袋公园", "江城地铁五号线开通"))
    page = (f"<html><head><title>海姑娘的博客</title></head><body><h1>全市完成植树造林三万亩</h1>"
            f"<div>2005-06-14 03:25</div><div class='content'>{paras}</div>{others}</body></html>")
    assert clean(page).meta["title"] == "全市完成植树造林三万亩"


def test_the_line_breaks_inside_pre_are_the_pages_lines():
    page = (f"<html><body><pre>全市完成植树造林三万亩\n\n    {PARAS[0]}\n{PARAS[1]}</pre></body></html>")
    result = clean(page)
    assert result.meta["title"] == "全市完成植树造林三万亩"
    assert result.paragraphs == PARAS
