from newsclean import clean
from newsclean.stages.meta import parse_date

P1 = "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。"
P2 = "据介绍，新种植的树木以本地树种为主，成活率达到百分之九十五以上。"


def test_dates_in_many_formats():
    assert parse_date("2024年1月5日") == "2024-01-05"
    assert parse_date("发布时间：2022-09-25 06:00") == "2022-09-25T06:00"
    assert parse_date("2023/3/7") == "2023-03-07"
    assert parse_date("1970-01-01 08:00") is None  # a placeholder, not a date
    assert parse_date("第2024号") is None
    # A time of the afternoon or the evening, as Chinese writes it.
    assert parse_date("2022年3月15日 下午3:20") == "2022-03-15T15:20"
    assert parse_date("2022年3月15日 上午10:20") == "2022-03-15T10:20"
    # The year in one span of the layout, the day in another.
    assert parse_date("2022 03/15 10:20:33") == "2022-03-15T10:20"
    assert parse_date("共 2022 3/5/2020") == "2020-03-05"  # a month-first date is read as one


def test_a_two_digit_year_with_the_chinese_units_or_a_time_and_full_width_marks_between_digits():
    assert parse_date("05年5月7日") == "2005-05-07"
    assert parse_date("98年12月31日 10:20") == "1998-12-31T10:20"
    assert parse_date("发表于 05-5-7 08:15") == "2005-05-07T08:15"
    assert parse_date("2005－05－07") == "2005-05-07"
    # Without the units or a time, two digits and two more are no date (a score, a code).
    assert parse_date("比分 05-5-7") is None and parse_date("编号 105年5月7日") is None
    assert parse_date("7月17日至20年1月8日") is None
    result = clean("\n".join(["全市完成植树造林三万亩", "05-5-7 08:15 江城日报", P1, P2]))
    assert (result.meta["published_at"], result.meta["source"], result.paragraphs) == ("2005-05-07T08:15", "江城日报", [P1, P2])


def test_title_dateline_and_source_leave_the_body():
    result = clean("\n".join(["全市完成植树造林三万亩", "2023年3月12日 10:30 来源：江城日报", P1, P2]))
    assert result.meta["title"] == "全市完成植树造林三万亩"
    assert result.meta["published_at"] == "2023-03-12T10:30"
    assert result.meta["source"] == "江城日报"
    assert result.paragraphs == [P1, P2]


def test_the_original_title_in_any_wording_above_or_below_the_article():
    head = "全市植树三万亩超额完成任务\n2024-03-12 10:00 来源：江城日报"
    for label in ("原题：", "原标题为《", "【原标题】", "原文标题：", "本文原标题为《"):
        line = label + "全市植树三万亩" + ("》" if label.endswith("《") else "")
        for page in (f"{head}\n{line}\n{P1}\n{P2}", f"{head}\n{P1}\n{P2}\n{line}",
                     f"<h1>全市植树三万亩超额完成任务</h1><p>{line}</p><p>{P1}</p><p>{P2}</p>"):
            result = clean(page)
            assert result.meta["original_title"] == "全市植树三万亩", page
            assert result.paragraphs == [P1, P2], page


def test_a_sentence_opening_with_the_words_original_title_is_the_articles():
    lead = "原题为考生所熟知，今年改编后难度明显增加，不少考生表示没有想到会这样出题。"
    result = clean(f"全市高考数学题引热议\n2024-06-08 来源：江城日报\n{lead}\n{P1}")
    assert result.meta["original_title"] is None
    assert result.paragraphs == [lead, P1]


def test_byline_gives_authors_and_editors_separately():
    result = clean("\n".join(["植树造林", P1, P2, "（本报记者 张三 李四 责任编辑 王五）"]))
    assert result.meta["authors"] == ["张三", "李四"]
    assert result.meta["editors"] == ["王五"]
    assert result.paragraphs == [P1, P2]


def test_original_title():
    result = clean("\n".join([P1, P2, "原标题：全市植树三万亩"]))
    assert result.meta["original_title"] == "全市植树三万亩"
    assert result.paragraphs == [P1, P2]


def test_repeated_headline_is_dropped_and_clean_copy_preferred():
    result = clean("\n".join(["植树造林?全市行动", "植树造林 全市行动", P1, P2]))
    assert result.meta["title"] == "植树造林 全市行动"
    assert result.paragraphs == [P1, P2]


def test_the_page_of_a_piece_set_over_several_is_no_part_of_the_title():
    from newsclean.stages.meta import title_core

    assert title_core("全市完成植树造林三万亩(页 1) - 学术前沿 - 江城论坛") == "全市完成植树造林三万亩"
    assert title_core("全市完成植树造林三万亩（第2页）_江城网") == "全市完成植树造林三万亩"
    assert title_core("二〇〇五年（第3页）") == "二〇〇五年（第3页）"  # a title of one segment is whole


def test_a_hyphen_between_latin_letters_is_a_words_not_a_titles_separator():
    from newsclean.stages.meta import title_core

    assert title_core("采用16级灰度E-INK电子墨水屏幕") == "采用16级灰度E-INK电子墨水屏幕"
    assert title_core("全市推广Wi-Fi覆盖公交车-江城网") == "全市推广Wi-Fi覆盖公交车"


def test_a_text_pages_title_line_given_twice_gives_its_headline():
    result = clean("\n".join(["全市完成植树造林三万亩-江城新闻", "全市完成植树造林三万亩-江城新闻", P1, P2]))
    assert result.meta["title"] == "全市完成植树造林三万亩"


def test_a_text_pages_title_line_loses_the_site_name_after_a_dash_run_into_it():
    for first in ("全市完成植树造林三万亩——江城网", "全市完成植树造林三万亩――江城日报", "全市完成植树造林三万亩 — 江城网"):
        result = clean("\n".join([first, "首页 新闻 体育 财经", "全市完成植树造林三万亩", "2023-03-15 10:20 来源：江城日报",
                                   P1, P2]))
        assert (result.meta["title"], result.paragraphs) == ("全市完成植树造林三万亩", [P1, P2]), first
    # After a dash a subtitle follows too: it stays.
    subtitled = "全市完成植树造林三万亩——热烈祝贺植树节"
    assert clean("\n".join([subtitled, "2023-03-15 10:20 来源：江城日报", P1, P2])).meta["title"] == subtitled


def test_the_headline_without_the_site_name_a_page_title_adds():
    # An HTML page gives its <title> (`headline_site`) before its <h1>.
    for title in ["全市完成植树造林三万亩_江城网", "全市完成植树造林三万亩 - 新闻频道 - 江城网", "全市完成植树造林三万亩|江城网"]:
        result = clean("\n".join([title, "全市完成植树造林三万亩", P1, P2]))
        assert result.meta["title"] == "全市完成植树造林三万亩", title
        assert result.paragraphs == [P1, P2]
    # A hyphen inside a headline is not a site separator.
    result = clean("\n".join(["长江三角洲-黄河两岸绿化提速", "长江三角洲", P1, P2]))
    assert result.meta["title"] == "长江三角洲-黄河两岸绿化提速"


def test_a_site_name_set_apart_by_brackets_a_colon_a_dot_or_guillemets_leaves_the_title():
    for title in ("【江城网】全市完成植树造林三万亩", "江城网：全市完成植树造林三万亩", "全市完成植树造林三万亩·江城网",
                  "全市完成植树造林三万亩【江城网】", "全市完成植树造林三万亩 :: 江城网", "全市完成植树造林三万亩 » 江城网"):
        page = f"<html><head><title>{title}</title></head><body><p>{P1}</p><p>{P2}</p></body></html>"
        assert clean(page).meta["title"] == "全市完成植树造林三万亩", title
    # Before a colon a speaker or a subject stays: no outlet's name.
    page = f"<html><head><title>张三：全市完成植树造林三万亩</title></head><body><p>{P1}</p></body></html>"
    assert clean(page).meta["title"] == "张三：全市完成植树造林三万亩"


def test_a_portals_mark_of_pictures_is_no_part_of_the_headline():
    for title, h1 in (("全市完成植树造林三万亩(图)_江城网", ""), ("全市完成植树造林三万亩（组图）-江城网", ""),
                      ("全市完成植树造林三万亩_江城网", "<h1>全市完成植树造林三万亩(图)</h1>")):
        page = f"<html><head><title>{title}</title></head><body>{h1}<p>{P1}</p><p>{P2}</p></body></html>"
        assert clean(page).meta["title"] == "全市完成植树造林三万亩", title
    # A text page repeating the <title>'s headline with its mark still has its headline there.
    result = clean("\n".join(["全市完成植树造林三万亩(图)_江城网", "首页 | 新闻", "全市完成植树造林三万亩(图)",
                               "2005-04-05 06:40 来源：江城日报", "资料图：江城植树现场", P1, P2]))
    assert result.meta["title"] == "全市完成植树造林三万亩"


def test_a_headline_of_two_words_and_its_mark_of_pictures_is_no_menu():
    result = clean("\n".join(["首页 | 博客 | 相册", "湘菜粤菜 兵分两路 (图)", "2005-06-14 03:25", P1, P2]))
    assert result.meta["title"] == "湘菜粤菜 兵分两路"


def test_menu_is_not_the_headline_and_a_head_byline_is_read():
    result = clean("\n".join(["首页 | 新闻 | 体育 | 财经", "江州网 > 新闻频道", "全市完成植树造林三万亩",
                              "发布时间：2023年03月12日 10:30:15 来源：江州日报 作者：张三", "本报记者 李四", P1, P2]))
    assert result.meta["title"] == "全市完成植树造林三万亩"
    assert result.meta["published_at"] == "2023-03-12T10:30"
    assert result.meta["source"] == "江州日报"
    assert result.meta["authors"] == ["张三", "李四"]  # every credit line's names, merged
    assert result.paragraphs == [P1, P2]


def test_a_headline_with_a_date_is_not_a_dateline():
    result = clean("\n".join(["新年福到财运到2010年1月1日—1月3日", "2009-12-28 09:00", P1, P2]))
    assert result.meta["title"] == "新年福到财运到2010年1月1日—1月3日"
    assert result.meta["published_at"] == "2009-12-28T09:00"


def test_editor_line_and_disclaimer_naming_the_author():
    result = clean("\n".join(["植树造林", P1, P2, "[责任编辑：王五]", "特别声明：以上内容仅代表作者本人观点，不代表本站立场。"]))
    assert result.meta["editors"] == ["王五"]
    assert result.meta["authors"] == []
    assert result.paragraphs == [P1, P2]


def test_site_from_a_copyright_heading():
    result = clean("\n".join([P1, P2, "江州在线版权声明：", "凡本网注明来源的作品，版权均属于本网。"]))
    assert result.meta["site"] == "江州在线"


def test_page_after_a_gbk_round_trip():
    """`?` for an indent, for a breadcrumb arrow, and for the space between headline segments."""
    page = "\n".join(["首页 ? 房产 ? 财经", "植树造林?全市行动", "??2017年07月12日 光明网", P1, P2])
    result = clean(page)
    assert result.meta["title"] == "植树造林 全市行动"
    assert result.meta["published_at"] == "2017-07-12"
    assert result.meta["source"] == "光明网"
    assert result.paragraphs == [P1, P2]


def test_placeholder_source_is_no_source():
    result = clean("\n".join(["植树造林", "来源:未知 作者:admin 2023-03-12 10:30", P1, P2]))
    assert result.meta["source"] is None and result.meta["authors"] == []
    assert result.meta["published_at"] == "2023-03-12T10:30"


def test_a_line_of_labelled_fields_is_metadata_not_the_headline():
    for head, source, authors in ((["来源:未知 作者:admin"], None, []),
                                  (["作者：李明 编辑：王芳"], None, ["李明"]),
                                  (["来源：江城日报"], "江城日报", [])):
        result = clean("\n".join(["植树造林", *head, P1, P2]))
        assert result.meta["title"] == "植树造林" and result.paragraphs == [P1, P2]
        assert result.meta["source"] == source and result.meta["authors"] == authors
    assert clean("\n".join(["来源:未知 作者:admin", P1, P2])).meta["title"] is None
    # One field of another label is a headline's shape too.
    assert clean("\n".join(["记者：我在灾区的七天", P1, P2])).meta["title"] == "记者：我在灾区的七天"


def test_a_dateline_with_a_placeholder_date_goes_and_is_no_headline():
    for head in (["来源:未知 作者:admin 1970-01-01 08:00"], ["植树造林", "发布时间：1970-01-01 08:00 来源：江城日报"]):
        result = clean("\n".join([*head, P1, P2]))
        assert result.meta["published_at"] is None and result.paragraphs == [P1, P2]
        assert result.meta["title"] == (None if len(head) == 1 else "植树造林")
        assert [r.kind for r in result.removed][-1] == "dateline"


def test_a_traditional_page_is_read_in_its_own_script():
    """A Taiwan or Hong Kong page stays traditional; its labels and cue words are read all the same."""
    t1 = "記者從市政府獲悉，今年全市共完成植樹造林三萬畝，超額完成年度任務。"
    t2 = "據介紹，新種植的樹木以本地樹種為主，成活率達到百分之九十五以上。"
    page = "\n".join(["首頁 > 新聞 > 地方", "全市完成植樹造林三萬畝", "發布時間：2024年01月05日 13:34 來源：中央社",
                      t1, t2, "（責任編輯：張三）", "延伸閱讀", "全市春季植樹活動啟動", "版權所有 © 中央通訊社 未經授權禁止轉載"])
    result = clean(page)
    assert result.paragraphs == [t1, t2]
    assert result.meta["title"] == "全市完成植樹造林三萬畝"
    assert result.meta["published_at"] == "2024-01-05T13:34"
    assert result.meta["source"] == "中央社" and result.meta["editors"] == ["張三"]
    assert {r.kind for r in result.removed} >= {"navigation", "editor", "related_links", "copyright"}


def test_tail_source_line_and_names_without_role_words():
    result = clean("\n".join(["植树造林", P1, P2, "（通讯员 李华 记者 王小明）", "来源：江城日报", "责任编辑：王五 审核：赵六"]))
    assert result.meta["authors"] == ["李华", "王小明"]
    assert result.meta["source"] == "江城日报" and result.meta["editors"] == ["王五"]
    assert result.paragraphs == [P1, P2]


def test_a_page_without_prose_still_gives_its_head_and_loses_its_chrome():
    # A gallery: captions but no sentence. The dateline shows where the head ends.
    page = "\n".join([
        "江城春色图集", "发布时间：2024-03-02 09:15 来源：江城日报 作者：李明",
        "东湖樱花盛开", "游客在湖边拍照留念", "晚霞映照长江大桥",
        "凡本网注明来源的所有作品，版权均属于本网，未经本网授权不得转载或以其它方式使用。",
        "相关阅读", "江城樱花节下周开幕...", "东湖绿道新增观景台 -",
    ])
    result = clean(page)
    assert result.meta["title"] == "江城春色图集"
    assert result.meta["published_at"] == "2024-03-02T09:15"
    assert result.meta["authors"] == ["李明"]
    assert result.paragraphs == ["东湖樱花盛开", "游客在湖边拍照留念", "晚霞映照长江大桥"]


def test_a_dateline_a_gbk_round_trip_or_a_lost_byte_went_through():
    # `?` for the lost no-break space, before the date or between date and time; the
    # colon after the label read back from a lost byte as a comma.
    for line, date, source in (("??2021/02/14 01:29:37", "2021-02-14T01:29", None),
                               ("2023/07/20?08:21 珠江都市报", "2023-07-20T08:21", "珠江都市报"),
                               ("2019年01月12日? 安远都市报", "2019-01-12", "安远都市报"),
                               ("日期，2008-06-21 18:18", "2008-06-21T18:18", None)):
        result = clean("\n".join(["植树造林", line, P1, P2]))
        assert (result.meta["published_at"], result.meta["source"]) == (date, source)
        assert result.paragraphs == [P1, P2]


def test_month_first_dates_of_english_servers():
    assert parse_date("发布日期：9/17/2004 5:54:13 AM") == "2004-09-17T05:54"
    assert parse_date("7/5/2005 9:23:57 PM") == "2005-07-05T21:23"
    assert parse_date("17/9/2004") == "2004-09-17"  # only a day exceeds 12
    assert parse_date("比分 12/25") is None and parse_date("1/2/345") is None


def test_a_page_that_writes_its_dates_day_first_has_its_dateline_read_so():
    feed = ["更多新闻", "全市春耕生产全面铺开", "13/02/2022", "城区新增十条公交线路", "31/01/2022"]
    result = clean("\n".join(["全市完成植树造林三万亩", "发表时间：06/02/2022 09:30", P1, P2, *feed]))
    assert result.meta["published_at"] == "2022-02-06T09:30"
    # Without such dates the page's slashed date is month first, as English servers write it.
    assert clean("\n".join(["全市完成植树造林三万亩", "发表时间：06/02/2022 09:30", P1, P2])).meta[
        "published_at"] == "2022-06-02T09:30"


def test_the_publication_date_is_preferred_over_an_updates():
    for head in (["更新时间：2022-02-14 08:00 发布时间：2022-02-13 10:20"], ["修改时间：2022-02-14 发布日期：2022-02-13 10:20"],
                 ["发布时间：2022-02-13 10:20", "最后更新：2022-02-14 08:00"]):
        result = clean("\n".join(["全市完成植树造林三万亩", *head, P1, P2]))
        assert result.meta["published_at"] == "2022-02-13T10:20", head
        assert result.paragraphs == [P1, P2], head
    # An update's date is still the page's where it gives no other.
    assert clean("\n".join(["全市完成植树造林三万亩", "更新时间：2022-02-14 08:00", P1, P2])).meta[
        "published_at"] == "2022-02-14T08:00"


def test_a_forum_post_credit_gives_the_poster_and_the_date():
    result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, "本贴由大卫于2005年8月12日16:12:21在〖心灵花园〗发表."]))
    assert result.meta["authors"] == ["大卫"] and result.meta["published_at"] == "2005-08-12T16:12"
    assert result.paragraphs == [P1, P2]


def test_a_posting_credit_with_its_verb_after_the_date_or_a_posts_verb_gives_the_poster():
    for line in ("大卫 于 2005-08-12 16:12 发表", "大卫 发帖于 2005-08-12 16:12"):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, line]))
        assert (result.meta["authors"], result.meta["published_at"]) == (["大卫"], "2005-08-12T16:12"), line
        assert result.paragraphs == [P1, P2], line
    # A sentence with its subject and `于` before a date is the news's.
    sentence = "张伟于2005年8月12日在江城召开会议。"
    assert clean("\n".join(["全市完成植树造林三万亩", P1, sentence])).meta["authors"] == []


def test_a_posting_verb_is_no_outlet():
    result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, "由海姑娘张贴 @ 2005-06-14 03:25:55"]))
    assert (result.meta["authors"], result.meta["source"]) == (["海姑娘"], None)


def test_a_name_set_apart_from_the_date_by_a_dot_or_an_at_sign_is_the_author():
    for line in ("张伟 ・ 2005-08-12 16:12", "张伟 • 2005-08-12 16:12", "张伟 @ 2005-08-12 16:12"):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["authors"], result.meta["published_at"]) == (["张伟"], "2005-08-12T16:12"), line
        assert result.paragraphs == [P1, P2], line


def test_below_the_article_a_word_beside_a_date_is_an_outlet_only_in_an_outlets_shape():
    for line, source in (("城市绿化随想 2005-06-13 15:00", None), ("江城日报 2005-06-13 15:00", "江城日报")):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, line]))
        assert result.meta["source"] == source, line


def test_an_outlet_and_names_beside_the_date_without_labels():
    for line, source, authors in (("2022-02-13 10:20 张三 江城日报", "江城日报", ["张三"]),
                                  ("2022-02-13 10:20 江城日报 张三 李四", "江城日报", ["张三", "李四"])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["published_at"], result.meta["source"], result.meta["authors"]) == (
            "2022-02-13T10:20", source, authors), line
        assert result.paragraphs == [P1, P2], line
    # Without an outlet, two words beside a date are no names (`商圈` opens with a surname).
    assert clean("\n".join(["全市完成植树造林三万亩", "2022-02-13 王府井 商圈", P1, P2])).meta["authors"] == []


def test_separators_beside_the_date_are_no_words_of_its_fields():
    for line in ("张三 | 2022-02-13 10:20 | 江城日报", "张三 / 2022-02-13 10:20 / 江城日报", "张三 · 2022-02-13 10:20 · 江城日报"):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["published_at"], result.meta["source"], result.meta["authors"]) == (
            "2022-02-13T10:20", "江城日报", ["张三"]), line
        assert result.paragraphs == [P1, P2], line


def test_a_name_beside_the_date_is_the_author_where_a_label_names_the_source():
    result = clean("\n".join(["全市完成植树造林三万亩", "2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]", P1, P2]))
    assert (result.meta["authors"], result.meta["source"]) == (["黄宇"], "国际金融报")
    # Without a source label the short name beside the date is the outlet, as before.
    assert clean("\n".join(["全市完成植树造林三万亩", "2004年7月16日 08:19 光明网", P1, P2])).meta["source"] == "光明网"


def test_a_breadcrumb_trail_or_a_broken_sentence_is_no_headline():
    trail = "学术论坛 » 学术前沿 » 全市完成植树造林三万亩"
    result = clean("\n".join([trail, "全市完成植树造林三万亩", P1, P2]))
    assert result.meta["title"] == "全市完成植树造林三万亩"
    broken = "为了贯彻落实全市植树造林规划，"
    assert clean("\n".join([broken, P1, P2])).meta["title"] is None


def test_a_time_element_gives_the_date_only_where_nothing_else_does():
    body = "".join(f"<p>{p}</p>" for p in (P1, P2))
    page = f"<html><head><title>全市完成植树造林三万亩</title></head><body><time datetime='2023-03-12T10:30'>三月</time>{body}</body></html>"
    assert clean(page).meta["published_at"] == "2023-03-12T10:30"
    dated = page.replace("<p>", "<p>2024年1月5日 来源：江城日报</p><p>", 1)
    assert clean(dated).meta["published_at"] == "2024-01-05"


def test_writer_credits_in_more_layouts():
    for line, authors in (("张小明/文", ["张小明"]), ("张小明 李华 文/图", ["张小明", "李华"]), ("【作者】张小明", ["张小明"]),
                          ("记者张小明报道", ["张小明"]), ("采写：南方日报记者 张小明 通讯员 李华", ["张小明", "李华"]),
                          ("作者：人民网 王五", ["王五"])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert result.meta["authors"] == authors, line
        assert result.paragraphs == [P1, P2]
    # A space before 文 sets apart only a real name: `本文作者 文` is no credit.
    assert clean("\n".join(["全市完成植树造林三万亩", "本文作者 文", P1, P2])).meta["authors"] == []
    assert clean("\n".join(["全市完成植树造林三万亩", "[来源]江城日报", P1, P2])).meta["source"] == "江城日报"


def test_a_lead_paragraph_opening_with_its_credit_gives_the_authors():
    lead = "新华社北京3月5日电（记者王立彬、张旭东）" + P1 + P2  # too long to be a byline
    result = clean("\n".join(["全市完成植树造林三万亩", lead, P2]))
    assert result.meta["authors"] == ["王立彬", "张旭东"]
    assert result.paragraphs == [lead, P2]  # the lead stays whole
    bare = "本报讯 记者张小明 报道：" + P1 + P2
    assert clean("\n".join(["全市完成植树造林三万亩", bare, P2])).meta["authors"] == ["张小明"]
    # A bracket in the lead that is no credit gives nothing.
    aside = "今年（据记者了解）" + P1 + P2
    assert clean("\n".join(["全市完成植树造林三万亩", aside, P2])).meta["authors"] == []


def test_a_lead_opening_with_a_credit_set_apart_by_spaces_gives_the_authors():
    for credit, authors in (("记者 欧阳明月 通讯员 李丽 ", ["欧阳明月", "李丽"]), ("文/张小明 ", ["张小明"]),
                            ("■本报记者 张小明 ", ["张小明"]), ("江城晚报讯 实习生 李丽 记者 张小明 ", ["李丽", "张小明"]),
                            ("江城日报全媒体记者 张小明 ", ["张小明"]), ("江城晚报讯 记者李丽 张小明报道：", ["李丽", "张小明"]),
                            ("本报讯 记者李丽 通讯员张小明，", ["李丽", "张小明"]),
                            # A menu's words are no credit, nor is a sentence without spaces.
                            ("麻辣杂谈 记者江湖 中国川剧 ", []), ("记者从市政府获悉 ", [])):
        lead = credit + P1 + P2
        result = clean("\n".join(["全市完成植树造林三万亩", lead, P2]))
        assert result.meta["authors"] == authors, credit
        assert result.paragraphs[-1] == P2, credit


def test_the_reporter_a_leads_first_sentence_has_as_its_subject_is_the_author():
    rest = "今年全市共完成植树造林三万亩，超额完成年度任务。" + P2
    for opening, authors in (("记者张小明从市政府获悉，", ["张小明"]), ("日前，本报记者欧阳明在现场看到，", ["欧阳明"]),
                             ("3月12日，记者李丽日前了解到，", ["李丽"]),
                             ("记者张小明5月6日从市政府了解到，", ["张小明"]), ("本报记者 李丽 12日获悉，", ["李丽"]),
                             # `记者` before what the reporter did, or the reporter as someone's listener, names nobody.
                             ("记者于日前获悉，", []), ("记者向市民了解到，", []), ("他告诉记者，", []),
                             ("记者曾多次走访，", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", opening + rest, P2]))
        assert result.meta["authors"] == authors, opening
        assert result.paragraphs[0] == opening + rest, opening


def test_the_place_a_credit_is_filed_from_set_apart_after_the_names_is_no_name():
    for credit, authors in (("本报记者 张伟 南京报道", ["张伟"]), ("记者 张伟 李强 江苏南京报道", ["张伟", "李强"]),
                            ("记者 张伟 华盛顿报道", ["张伟"]), ("记者 张伟 李强报道", ["张伟", "李强"]),
                            # Glued, two names of two characters are two people; a place is none.
                            ("本报记者张伟李强报道", ["张伟", "李强"]), ("本报记者张伟徐州报道", ["张伟"]),
                            ("本报记者张伟郑州报道", ["张伟"])):
        result = clean("\n".join(["全市完成植树造林三万亩", credit, P1, P2]))
        assert result.meta["authors"] == authors, credit
        assert result.paragraphs == [P1, P2], credit


def test_a_name_a_cms_sets_in_brackets_after_its_label_is_read_not_taken_for_a_country():
    for line in ("作者：[张伟]　来源：[江城日报]　时间：[2005-08-12]", "作者：【张伟】 来源：江城日报 2005-08-12"):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["authors"], result.meta["source"]) == (["张伟"], "江城日报"), line
    result = clean("\n".join(["全市完成植树造林三万亩", "作者：[美]约翰·史密斯 2005-08-12", P1, P2]))
    assert result.meta["authors"] == ["约翰·史密斯"]


def test_the_names_after_a_photographs_role_in_a_credit_are_no_authors():
    for credit in ("记者 张伟 摄影 李强", "记者 张伟 图 李强"):
        result = clean("\n".join(["全市完成植树造林三万亩", credit, P1, P2]))
        assert result.meta["authors"] == ["张伟"], credit
        assert result.paragraphs == [P1, P2], credit


def test_what_the_writer_did_glued_after_the_name_is_no_part_of_it():
    for credit in ("本报记者张伟整理", "实习生张伟编译", "本报记者张伟采写", "特派记者张伟发自东京", "记者张伟专稿"):
        result = clean("\n".join(["全市完成植树造林三万亩", credit, P1, P2]))
        assert result.meta["authors"] == ["张伟"], credit
        assert result.paragraphs == [P1, P2], credit
    # A three-character name ending as a verb begins is still the name (`张采访` is no 张 who interviewed).
    assert clean("\n".join(["全市完成植树造林三万亩", "记者 张采访", P1, P2])).meta["authors"] == ["张采访"]


def test_a_weekday_beside_the_date_is_part_of_it():
    for line, date in (("2005-05-07 08:15 星期六 江城日报", "2005-05-07T08:15"), ("2022年2月13日 星期日 10:20 来源：江城日报",
                                                                         "2022-02-13T10:20"),
                       ("2022年2月13日（周日） 来源：江城日报", "2022-02-13")):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["published_at"], result.meta["source"]) == (date, "江城日报"), line
        assert result.paragraphs == [P1, P2], line
    # `周一` opening a name is no weekday.
    assert clean("\n".join(["全市完成植树造林三万亩", "2022-02-13 记者 周一鸣", P1, P2])).meta["authors"] == ["周一鸣"]


def test_a_widgets_words_beside_the_fields_are_no_text_of_the_line():
    result = clean("\n".join(["全市完成植树造林三万亩", "2005.05.07 08:15 江城网 评论 分享", P1, P2]))
    assert (result.meta["published_at"], result.meta["source"]) == ("2005-05-07T08:15", "江城网")
    assert result.paragraphs == [P1, P2]


def test_a_source_ends_at_its_first_space_or_bracket():
    for line, source in (("2005年05月07日 08:15 来源：中国新闻网 参与互动(0)", "中国新闻网"), ("来源：(江城日报)", "江城日报"),
                         ("来源：人民网－人民日报", "人民网－人民日报")):
        assert clean("\n".join(["全市完成植树造林三万亩", line, P1, P2])).meta["source"] == source, line


def test_an_upload_time_is_a_date_label():
    result = clean("\n".join(["全市完成植树造林三万亩", "上传时间：2005-5-7 17:23:45 作者：admin 来源：转载", P1, P2]))
    assert (result.meta["published_at"], result.meta["source"]) == ("2005-05-07T17:23", None)


def test_a_papers_page_beside_the_date_is_no_text_of_the_line():
    for line in ("江城日报 2005-05-07 第A03版", "2005-05-07 A3版 江城日报"):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["published_at"], result.meta["source"]) == ("2005-05-07", "江城日报"), line
        assert result.paragraphs == [P1, P2], line


def test_an_outlets_report_mark_is_no_part_of_its_name():
    result = clean("\n".join(["全市完成植树造林三万亩", "江城日报讯 2005年5月7日", P1, P2]))
    assert (result.meta["published_at"], result.meta["source"]) == ("2005-05-07", "江城日报")


def test_dates_in_full_width_digits():
    assert parse_date("２００５年５月７日") == "2005-05-07" and parse_date("２０２２－０２－１３ １０：２０") == "2022-02-13T10:20"
    result = clean("\n".join(["全市完成植树造林三万亩", "２００５年５月７日　来源：江城日报", P1, P2]))
    assert (result.meta["published_at"], result.meta["source"]) == ("2005-05-07", "江城日报")
    assert result.paragraphs == [P1, P2]
    lead = "本报讯 ２００５年５月７日，" + P1
    assert clean("\n".join(["全市完成植树造林三万亩", lead, P2])).meta["published_at"] == "2005-05-07"


def test_dates_in_chinese_numerals():
    assert parse_date("二〇〇五年五月七日") == "2005-05-07"
    assert parse_date("二○一二年十二月三十一日 星期一") == "2012-12-31"
    assert parse_date("二〇〇五年五月") is None and parse_date("二〇〇五年十三月七日") is None
    # A notice signed and dated at its end.
    result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, "江城市林业局", "二〇二三年三月十二日"]))
    assert result.meta["published_at"] == "2023-03-12"
    assert "二〇二三年三月十二日" not in result.body


def test_a_blog_title_names_the_owner_where_nothing_else_does():
    body = "".join(f"<p>{p}</p>" for p in (P1, P2))
    for title, authors in (("植树造林_海姑娘_新浪博客", ["海姑娘"]), ("植树造林 - 李四的专栏 - CSDN博客", ["李四"]),
                           ("植树造林_财经频道_新浪博客", []), ("植树造林_江城新闻网", [])):
        page = f"<html><head><title>{title}</title></head><body><h1>植树造林</h1>{body}</body></html>"
        assert clean(page).meta["authors"] == authors, title
    credited = f"<html><head><title>植树造林_海姑娘_新浪博客</title></head><body><h1>植树造林</h1><p>作者：王五</p>{body}</body></html>"
    assert clean(credited).meta["authors"] == ["王五"]


def test_credits_with_more_separators_a_credits_block_and_dotted_names():
    for line, authors, editors in (("编辑/张三", [], ["张三"]), ("编辑 | 张三", [], ["张三"]), ("作者｜张三", ["张三"], []),
                                   ("记者 阿依古丽·买买提", ["阿依古丽·买买提"], []), ("文·图/张三", ["张三"], []),
                                   ("编辑：张三 校对：李四 审核：王五", [], ["张三"])):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, line]))
        assert (result.meta["authors"], result.meta["editors"]) == (authors, editors), line
        assert result.paragraphs == [P1, P2], line


def test_a_bar_between_label_and_value_is_a_separator():
    for line, authors, editors in (("文丨张三", ["张三"], []), ("作者丨张三", ["张三"], []), ("编辑︱李四", [], ["李四"]),
                                   ("作者：张三 │ 编辑：李四", ["张三"], ["李四"]), ("界面新闻记者 | 张三", ["张三"], [])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["authors"], result.meta["editors"]) == (authors, editors), line
        assert result.paragraphs == [P1, P2], line


def test_a_photo_storys_writer_a_columnist_and_a_commentator_are_authors():
    for line, authors in (("文字：张三 摄影：李四", ["张三"]), ("主笔：张三", ["张三"]), ("本报特约评论员 张三", ["张三"]),
                          ("评论员 张三", ["张三"]), ("本报评论员", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert result.meta["authors"] == authors, line
        assert result.paragraphs == [P1, P2], line
    # A commentator named in prose is no byline.
    prose = "人民日报评论员文章指出，植树造林是一项长期工作。"
    assert clean("\n".join(["全市完成植树造林三万亩", prose, P1, P2])).meta["authors"] == []


def test_names_under_the_headline_with_their_affiliation_are_its_byline():
    for line, authors in (("张三（江城大学教授）", ["张三"]), ("张三 李四（江城大学）", ["张三", "李四"])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["title"], result.meta["authors"]) == ("全市完成植树造林三万亩", authors), line
        assert result.paragraphs == [P1, P2], line
    # A headline's `（组图）` is no affiliation.
    assert clean("\n".join(["植树造林纪实", "高清（组图）", P1, P2])).meta["authors"] == []


def test_a_name_in_latin_letters_is_one_name():
    for line, authors in (("作者：John Smith", ["John Smith"]), ("作者：John Smith, Mary-Ann Jones", ["John Smith", "Mary-Ann Jones"]),
                          ("作者：张三 John Smith", ["张三", "John Smith"]), ("作者：ggjjzhzz", ["ggjjzhzz"])):
        assert clean("\n".join(["全市完成植树造林三万亩", line, P1, P2])).meta["authors"] == authors, line


def test_a_photo_credit_word_after_the_names_is_no_name():
    line = "本文来自微信公众号：江城观察，作者：张三，题图来自：视觉中国"
    assert clean("\n".join(["全市完成植树造林三万亩", line, P1, P2])).meta["authors"] == ["张三"]


def test_an_outlet_before_the_names_is_no_name():
    for line, authors in (("文｜财新 张三 李四", ["张三", "李四"]), ("作者：海姑娘 张三", ["海姑娘", "张三"]),
                          ("作者：海姑娘", ["海姑娘"])):
        assert clean("\n".join(["全市完成植树造林三万亩", line, P1, P2])).meta["authors"] == authors, line


def test_a_bullet_before_the_names_under_the_headline():
    for line, authors in (("◎张三", ["张三"]), ("◎张三 李四", ["张三", "李四"]), ("■本报记者 张三", ["张三"]),
                          ("◇ 张三", ["张三"]), ("★张三", ["张三"])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert result.meta["authors"] == authors, line
        assert result.paragraphs == [P1, P2], line


def test_a_reporters_name_alone_in_brackets_closing_the_article():
    for end, authors in (("（张三）", ["张三"]), ("（张三 李四）", ["张三", "李四"]), ("（完）", []), ("（新华社）", []),
                         ("（相关阅读）", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2 + end]))
        assert result.meta["authors"] == authors, end
        assert result.paragraphs == [P1, P2 + end], end


def test_names_in_brackets_on_their_own_line_closing_the_article():
    for end, authors in (("（张三）", ["张三"]), ("(张三 李四)", ["张三", "李四"]), ("（完）", []), ("（新华社）", []),
                         ("（相关阅读）", []), ("【张三】", ["张三"]), ("〔张三〕", ["张三"]), ("■张三", ["张三"]),
                         ("【相关阅读】", []), ("■完", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, end]))
        assert result.meta["authors"] == authors, end
        assert result.paragraphs[:2] == [P1, P2], end
        if authors:
            assert end not in result.paragraphs and any(r.kind == "byline" for r in result.removed), end


def test_who_posted_an_affiliation_and_a_desk_code():
    for line, authors, editors in (("发布人：张三 发布时间：2023-03-12", [], ["张三"]), ("楼主：张三 时间：2023-03-12", ["张三"], []),
                                   ("作者：张三（北京大学教授）", ["张三"], []), ("(责任编辑：王晓武 HN666)", [], ["王晓武"]),
                                   ("责任编辑：NE0011 王晓武", [], ["王晓武"]),
                                   ("文章作者：张三", ["张三"], []),
                                   # A poster's chosen name, alone after a label set apart by a colon.
                                   ("楼主：风之谷的猫 时间：2023-03-12", ["风之谷的猫"], []), ("博主：张三", ["张三"], []),
                                   ("作者：江城日报社记者", [], [])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["authors"], result.meta["editors"]) == (authors, editors), line
    assert clean("\n".join(["全市完成植树造林三万亩", "文章作者：张三", P1, P2])).meta["source"] is None


def test_a_role_word_and_a_name_in_a_broken_line_of_prose_are_no_byline():
    broken = ["记者从市政府获悉，今年全市共完成植树造林三万亩，超额完", "成年度任务。美国记者 张三 在他那本写于一九七六年的", "书中也曾谈到植树造林。",
              P2]
    result = clean("\n".join(["全市完成植树造林三万亩", *broken]))
    assert result.meta["authors"] == []
    # Above the article such a line is the byline it looks like.
    assert clean("\n".join(["全市完成植树造林三万亩", "新华网黑龙江频道 记者 张三 李四", P1, P2])).meta["authors"] == ["张三", "李四"]


def test_a_site_or_an_account_is_no_author():
    body = "".join(f"<p>{p}</p>" for p in (P1, P2))
    page = (f"<html><head><title>全市完成植树造林三万亩_网易新闻</title><meta name='author' content='网易'></head>"
            f"<body><h1>全市完成植树造林三万亩</h1><p>作者：张三</p>{body}</body></html>")
    assert clean(page).meta["authors"] == ["张三"]
    # An account's name where a byline stands.
    assert clean("\n".join(["全市完成植树造林三万亩", "江城发布", P1, P2])).meta["authors"] == []
    assert clean("\n".join(["全市完成植树造林三万亩", "江海波", P1, P2])).meta["authors"] == ["江海波"]


def test_dates_and_names_in_the_comments_or_a_feed_are_not_the_articles():
    body = "".join(f"<p>{p}</p>" for p in (P1, P2))
    comments = ("<div id='comment'><h2>网友评论</h2><div><span>作者：江城网友</span><p>这是好事情，我们小区旁边也种了很多树。</p>"
                "<span>2022-02-13 12:00</span></div></div>")
    script = "<script>var DATA = {\"pubtime\": \"2022-02-13 10:20:30\"};</script>"
    page = f"<html><head><title>植树造林</title>{script}</head><body><h1>全市完成植树造林三万亩</h1>{body}{comments}</body></html>"
    result = clean(page)
    assert result.meta["published_at"] == "2022-02-13T10:20" and result.meta["authors"] == []


def test_a_date_run_into_a_value_ends_it():
    result = clean("\n".join(["全市完成植树造林三万亩", "来源：证券时报网作者：张三2022-02-13 10:20", P1, P2]))
    assert (result.meta["source"], result.meta["authors"], result.meta["published_at"]) == (
        "证券时报网", ["张三"], "2022-02-13T10:20")


def test_the_address_dates_the_page_where_nothing_else_does():
    from newsclean import clean_many

    page = "\n".join(["全市完成植树造林三万亩", P1, P2])
    result = clean(page, url="http://news.example.com/c/2005-05-07/08155834241s.shtml")
    assert (result.meta["published_at"], result.meta["found_in"]["published_at"]) == ("2005-05-07", "url")
    assert clean(page, url="http://example.com/article/123456789.html").meta["published_at"] is None
    # The page's dateline comes first.
    dated = "\n".join(["全市完成植树造林三万亩", "2023年3月12日 来源：江城日报", P1, P2])
    assert clean(dated, url="http://x.com/2005/0507/a.html").meta["published_at"] == "2023-03-12"
    # A page's canonical address, and a batch's fourth item.
    body = "".join(f"<p>{p}</p>" for p in (P1, P2))
    html = f"<html><head><link rel='canonical' href='http://x.cn/n1/2022/0213/c1.html'></head><body>{body}</body></html>"
    assert clean(html).meta["published_at"] == "2022-02-13"
    (_, batch), = clean_many([("a", page, None, "http://x.cn/2022-02/13/c_1.htm")])
    assert batch.meta["published_at"] == "2022-02-13"


def test_a_lead_that_opens_with_its_date_dates_a_page_that_states_none():
    lead = "【看中国2005年07月03日报道】" + P1
    result = clean("\n".join(["全市完成植树造林三万亩", lead, P2]))
    assert result.meta["published_at"] == "2005-07-03"
    # A date the lead comes to, or an event's labelled time, is no dateline.
    for line in ("据统计，2005年5月7日以来，" + P1, "活动时间：2010年1月8日服务器开服，" + P1):
        assert clean("\n".join(["全市完成植树造林三万亩", line, P2])).meta["published_at"] is None, line
    # A stated date comes first.
    stated = "\n".join(["全市完成植树造林三万亩", "2023年3月12日 来源：江城日报", lead, P2])
    assert clean(stated).meta["published_at"] == "2023-03-12"


def test_a_person_who_holds_the_copyright_is_the_author_where_no_one_else_is():
    page = "\n".join(["全市完成植树造林三万亩", P1, P2, "Copyright © 2005 李建忠"])
    assert clean(page).meta["authors"] == ["李建忠"]
    for footer in ("Copyright © 2005 江城网 版权所有", "版权所有 江城日报社", "Copyright © 2005 Sohu.com Inc."):
        assert clean("\n".join(["全市完成植树造林三万亩", P1, P2, footer])).meta["authors"] == [], footer
    credited = "\n".join(["全市完成植树造林三万亩", "作者：王五", P1, P2, "Copyright © 2005 李建忠"])
    assert clean(credited).meta["authors"] == ["王五"]


def test_a_name_the_headline_opens_with_set_under_it_is_the_byline():
    page = "\n".join(["茉莉：我是怎样走上植树之路的", "2005年5月7日 来源：江城日报", "我是怎样走上植树之路的", "茉莉", P1, P2])
    result = clean(page)
    assert result.meta["authors"] == ["茉莉"] and result.paragraphs == [P1, P2]
    # A heading of links under the headline is no name, whatever its first character.
    assert clean("\n".join(["全市完成植树造林三万亩", P1, P2, "相关阅读", "全市植树三万亩"])).meta["authors"] == []


def test_a_placeholder_beside_the_date_is_no_name():
    for line, source, authors in (("原创 2023-03-12 江城日报", "江城日报", []), ("原创 2023-03-12 江城日报 王五", "江城日报", ["王五"])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["source"], result.meta["authors"]) == (source, authors), line
        assert result.paragraphs == [P1, P2], line


def test_common_surnames_beyond_the_first_hundreds_open_names():
    # 傅, 洪, 赖, 阎 are among the hundred most common surnames; 风 and the compound 钟离 are rarer.
    for name in ("傅明", "洪晓燕", "赖国强", "阎立", "风笑天", "钟离春"):
        result = clean("\n".join(["全市完成植树造林三万亩", f"记者 {name}", P1, P2]))
        assert result.meta["authors"] == [name], name


def test_a_title_whose_site_segment_is_long_gives_the_segment_the_page_repeats():
    title = "全市完成植树造林三万亩 - 江城百科，人人可以编辑的网络百科全书"
    for head in (["首页 | 新闻"], ["首页 | 新闻", "江城百科，人人可以编辑的网络百科全书"]):
        result = clean("\n".join([title, *head, "全市完成植树造林三万亩", P1, P2]))
        assert result.meta["title"] == "全市完成植树造林三万亩", head
        assert result.paragraphs == [P1, P2], head


def test_a_text_pages_first_line_repeated_above_the_article_is_its_title_and_the_repeat_the_headline():
    headline = "全市完成植树造林三万亩"
    lines = [headline, "首页 | 新闻 | 体育", headline, "聚焦民生实事", "2023-03-12 10:30", P1, P2]
    result = clean("\n".join(lines))
    assert result.meta["title"] == headline
    assert result.paragraphs == [P1, P2]
    # A banner's words repeated at the top of the page, far above the article, are no title.
    banner = ["欢迎访问江城新闻网站首页", "首页 | 新闻 | 体育", "欢迎访问江城新闻网站首页", *(f"栏目{n}" for n in range(12)),
              headline, "2023-03-12 10:30", P1, P2]
    assert clean("\n".join(banner)).meta["title"] == headline


def test_widgets_in_brackets_beside_a_dateline_are_cut_names_stay():
    for line, source, authors in (("2005-05-07 08:15 江城新闻网 [ 推荐给朋友 ] [ 打印本文 ] [ 关闭窗口 ]", "江城新闻网", []),
                                  ("2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]", "国际金融报", ["黄宇"])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["published_at"][:10], result.meta["source"], result.meta["authors"]) == (
            parse_date(line)[:10], source, authors), line
        assert result.paragraphs == [P1, P2], line


def test_a_date_among_a_menus_or_a_widgets_words_dates_a_page_without_a_dateline():
    for line in ("首页 > 新闻中心 > 本地新闻 2005-05-07", "[ 2005-05-07 08:15 ] 分享到：微博 微信 QQ空间"):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert result.meta["published_at"][:10] == "2005-05-07", line
        assert result.paragraphs == [P1, P2], line
    # Below a dateline: the dateline's date stands.
    both = ["首页 > 新闻中心 > 本地新闻 2005-05-08", "全市完成植树造林三万亩", "2005-05-07 来源：江城日报", P1, P2]
    assert clean("\n".join(both)).meta["published_at"] == "2005-05-07"


def test_a_source_label_set_apart_by_a_space():
    for line, source, authors in (("2022年03月15日 10:20 来源于 财新网", "财新网", []), ("来源 新华网 2022-03-15", "新华网", []),
                                  ("作者：张三 来源 江城日报", "江城日报", ["张三"]),
                                  ("2022-03-15 10:20来源: 江城日报", "江城日报", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["source"], result.meta["authors"]) == (source, authors), line
        assert result.paragraphs == [P1, P2], line
    # A date is no source.
    assert clean("\n".join(["全市完成植树造林三万亩", "来源：2011年06月25日", P1, P2])).meta["source"] is None


def test_a_commenters_name_and_date_after_the_article_are_a_comments():
    for header in ("网友李四 2022-03-16 09:00", "江城网友 2022-03-16 09:00"):
        lines = ["全市完成植树造林三万亩", P1, P2, "相关评论", header, "终于种树了，点赞！"]
        result = clean("\n".join(lines))
        assert (result.meta["published_at"], result.meta["source"]) == (None, None), header
        assert result.paragraphs == [P1, P2], header


def test_a_photos_or_a_videos_editor_is_staff_not_the_articles_editor():
    for line, editors in (("责任编辑：李丽　图片编辑：张伟", ["李丽"]), ("视频编辑：张伟 责任编辑：李丽", ["李丽"]),
                          ("网络编辑：张伟", ["张伟"])):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, line]))
        assert result.meta["editors"] == editors, line
        assert result.paragraphs == [P1, P2], line


def test_names_each_with_its_role_after_them():
    for line, authors in (("王五/文 赵六/图", ["王五"]), ("赵六/摄 王五/文", ["王五"]), ("撰文 王五", ["王五"]),
                          ("王五/文图 赵六/摄影", ["王五"])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert result.meta["authors"] == authors, line
        assert result.paragraphs == [P1, P2], line


def test_a_blog_hosts_posting_line_names_the_poster_after_the_date():
    line = "posted @ 2023-03-12 10:20 张三 阅读(100) 评论(0)"
    result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, line]))
    assert (result.meta["authors"], result.meta["published_at"]) == (["张三"], "2023-03-12T10:20")
    assert result.paragraphs == [P1, P2]
    # A poster's chosen name may be longer than a person's.
    for credit in ("posted @ 2023-03-12 10:20 风之谷的猫 阅读(100) 评论(0) 编辑 收藏", "风之谷的猫 发表于 2023-3-12 10:20"):
        assert clean("\n".join(["全市完成植树造林三万亩", P1, P2, credit])).meta["authors"] == ["风之谷的猫"], credit


def test_a_name_alone_under_the_heads_dateline_and_outlet_is_the_byline():
    result = clean("\n".join(["全市完成植树造林三万亩", "2023-03-12 10:20", "江城日报", "张三", P1, P2]))
    assert (result.meta["authors"], result.meta["published_at"]) == (["张三"], "2023-03-12T10:20")
    assert result.paragraphs == [P1, P2]
    # Past a line of other words, a name is no byline.
    other = clean("\n".join(["全市完成植树造林三万亩", "2023-03-12 10:20", "本市今日天气晴朗", "张三", P1, P2]))
    assert other.meta["authors"] == []


def test_an_outlet_then_names_under_the_headline_is_the_byline():
    result = clean("\n".join(["全市完成植树造林三万亩", "江城日报 张三 李四", "2023-03-12 10:20", P1, P2]))
    assert (result.meta["authors"], result.meta["source"]) == (["张三", "李四"], "江城日报")
    assert result.paragraphs == [P1, P2]


def test_a_headline_with_its_time_after_it_gives_both():
    for head, title in ((["江城网 > 博客", "全市完成植树造林三万亩 2005-06-14 10:20"], "全市完成植树造林三万亩"),
                        (["植树造林 全市行动 (图)_江城博客", "首页 | 博客 | 相册", "植树造林 全市行动 (图) 2005-06-14 10:20", "分类：生活"],
                         "植树造林 全市行动")):
        result = clean("\n".join([*head, P1, P2]))
        assert (result.meta["title"], result.meta["published_at"]) == (title, "2005-06-14T10:20"), head
        assert result.paragraphs == [P1, P2], head


def test_a_reprints_source_the_account_not_the_platform():
    for line, source in (("本文转载自微信公众号：江城观察", "江城观察"), ("转载自江城日报", "江城日报"), ("本文摘自《江城周刊》", "江城周刊"),
                         ("来源：微信公众号“江城观察”", "江城观察")):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, line]))
        assert result.meta["source"] == source, line
        assert result.paragraphs == [P1, P2], line
    # Inside a headline the words are the headline's.
    assert clean("\n".join(["与五月天的渊源来源于导演林书宇 等明星在微博上发起", P1, P2])).meta["source"] is None


def test_an_account_that_publishes_is_an_outlet_beside_the_date():
    for line, source, authors in (("原创 张三 江城发布 2023-03-12 10:20", "江城发布", ["张三"]), ("江城发布 2023-03-12", "江城发布", []),
                                  ("发布 2023-03-12 来源：江城日报", "江城日报", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["source"], result.meta["authors"], result.meta["published_at"][:10]) == (
            source, authors, "2023-03-12"), line
        assert result.paragraphs == [P1, P2], line


def test_the_words_a_page_names_itself_by_are_no_outlet_and_no_author():
    for line in ("文章发布时间：2023-03-12", "本文发布于2023-03-12"):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["source"], result.meta["authors"], result.meta["published_at"]) == (None, [], "2023-03-12"), line


def test_the_authors_biography_under_the_article_names_the_author():
    for end, authors in (("作者简介：张三，江城大学经济学院教授，主要研究区域经济。", ["张三"]),
                         ("【作者简介】李四（1970—），男，江城人，研究员。", ["李四"]), ("作者简介：略。", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, end]))
        assert result.meta["authors"] == authors, end
        assert result.paragraphs[:2] == [P1, P2], end


def test_a_note_in_brackets_saying_who_the_author_is_names_the_author():
    for end, authors in (("（张三，江城大学经济学院教授）", ["张三"]), ("（张三 作者系江城大学教授）", ["张三"]),
                         ("（作者张三系市政协委员）", ["张三"]), ("（作者为江城大学教授张三）", ["张三"]),
                         ("（作者单位：江城大学经济学院）", []), ("（作者系江城大学教授）", [])):
        for page in ("\n".join(["全市完成植树造林三万亩", P1, P2, end]), "\n".join(["全市完成植树造林三万亩", P1, P2 + end])):
            result = clean(page)
            assert result.meta["authors"] == authors, page
            assert result.paragraphs[0] == P1, page


def test_a_credit_the_authors_label_opens_names_the_author_with_a_note_on_the_writer_after_it():
    for end in ("本文作者：张三，江城大学经济学院教授。", "作者：张三，江城大学教授，长期从事城市规划研究。",
                "（本文作者：张三，江城大学经济学院教授）"):
        for page in ("\n".join(["全市完成植树造林三万亩", P1, P2, end]),
                     f"<html><body><h1>全市完成植树造林三万亩</h1><p>{P1}</p><p>{P2}</p><p>{end}</p></body></html>"):
            result = clean(page)
            assert result.meta["authors"] == ["张三"], page
            assert result.paragraphs == [P1, P2], page


def test_what_qualifies_a_reporter_is_no_outlet():
    for line, source in (("主任记者 张三", None), ("实习记者 张三", None), ("驻京记者 张三", None), ("江城日报驻京记者 张三", "江城日报")):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["source"], result.meta["authors"]) == (source, ["张三"]), line


def test_the_reviews_of_a_credits_block_name_no_editor():
    from newsclean.fields import is_metadata_line

    line = "编辑：王五 二审：赵六 三审：钱七"
    assert is_metadata_line(line)  # the line holds its fields and nothing else: the page may lose it
    result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
    assert result.meta["editors"] == ["王五"]
    assert result.paragraphs == [P1, P2]


def test_names_set_apart_by_slashes_after_their_label():
    for line, authors, editors in (("作者：张三/李四 来源：江城日报", ["张三", "李四"], []), ("编辑：王五/赵六", [], ["王五", "赵六"]),
                                   ("编辑：王五/文", [], ["王五"])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["authors"], result.meta["editors"]) == (authors, editors), line
        assert result.paragraphs == [P1, P2], line


def test_an_outlet_that_publishes_is_named_without_the_verb():
    for line, source in (("江城网发布 2023-03-12", "江城网"), ("2023-03-12 10:20 新华社发布", "新华社"), ("上海发布 2023-03-12", "上海发布")):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["source"], result.meta["published_at"][:10]) == (source, "2023-03-12"), line


def test_a_blogs_owner_and_host_in_the_title_are_its_names_at_any_length():
    from newsclean.stages.meta import title_core

    assert title_core("重回老街 - 海姑娘的日志 - 网易博客") == "重回老街"
    assert title_core("长江三角洲-黄河两岸绿化提速") == "长江三角洲-黄河两岸绿化提速"


def test_a_text_pages_title_of_three_segments_is_its_title_though_shaped_as_a_menu():
    lines = ["重回老街 - 海姑娘的日志 - 网易博客", "重回老街", "2005-06-14 03:25:55| 分类： 默认分类 | 标签： |举报 |字号 订阅", P1, P2]
    result = clean("\n".join(lines))
    assert (result.meta["title"], result.meta["authors"]) == ("重回老街", ["海姑娘"])
    assert result.paragraphs == [P1, P2]


def test_any_word_ending_in_a_time_or_date_word_labels_the_date():
    # A CMS names its time as it likes (`发稿时间`, `入库日期`): the label is no outlet.
    for line in ("发稿时间：2005-05-07 17:23", "入库日期：2005-05-07 17:23", "编发时间 2005-05-07 17:23"):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["published_at"], result.meta["source"]) == ("2005-05-07T17:23", None), line
        assert result.paragraphs == [P1, P2], line


def test_a_writers_and_photographers_credit_joined_by_a_comma_names_the_author():
    result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, "文、图/张伟"]))
    assert (result.meta["authors"], result.paragraphs) == (["张伟"], [P1, P2])


def test_where_nothing_else_dates_the_page_a_line_between_headline_and_article_does():
    # Words beside the date that are no fields (a blog's name) keep the line from being a dateline;
    # standing between the headline and the article, its date is still the article's. A date
    # above the headline (the day the page was served) is not.
    def page(above: str, below: str) -> str:
        return (f"<html><body><p>{above}</p><h1>全市完成植树造林三万亩</h1><p>{below}</p>"
                f"<div><p>{P1}</p><p>{P2}</p></div></body></html>")

    result = clean(page("首页 | 新闻 | 社会", "张伟 的博客 2012-03-15 10:20"))
    assert (result.meta["published_at"], result.paragraphs) == ("2012-03-15T10:20", [P1, P2])
    assert clean(page("欢迎光临 今天是2023年3月15日 星期三", "张伟 的博客")).meta["published_at"] is None


def test_names_in_brackets_right_after_a_dispatchs_dateline_are_its_authors():
    # The dateline says who sends the dispatch: its bracket names them, a role word or not.
    for lead, authors in (("中新网江城3月15日电(李明 王芳)", ["李明", "王芳"]), ("本报讯（李明）", ["李明"])):
        result = clean("\n".join(["全市完成植树造林三万亩", lead + P1, P2]))
        assert result.meta["authors"] == authors, lead
    # A bracket of other words (a column's name) names nobody.
    assert clean("\n".join(["全市完成植树造林三万亩", "新华社北京3月15日电（国际锐评）" + P1, P2])).meta["authors"] == []


def test_by_and_real_names_alone_on_a_line_is_a_byline():
    result = clean("\n".join(["全市完成植树造林三万亩", "By 张伟、李明", P1, P2]))
    assert (result.meta["authors"], result.paragraphs) == (["张伟", "李明"], [P1, P2])
    assert clean("\n".join(["全市完成植树造林三万亩", P1, P2, "Powered by Discuz"])).meta["authors"] == []


def test_a_title_that_names_the_site_first_gives_its_last_segment():
    # No line repeats the headline: the <title> alone gives it.
    result = clean("\n".join(["江城网 - 社会新闻 - 全市完成植树造林三万亩", "首页 | 新闻 | 社会", "2023-03-12 来源：江城日报", P1, P2]))
    assert (result.meta["title"], result.paragraphs) == ("全市完成植树造林三万亩", [P1, P2])


def test_a_posters_badge_names_the_name_before_it_and_is_no_outlet():
    for line, authors in (("风之谷 楼主 2012-03-15 10:20", ["风之谷"]), ("2012-03-15 10:20 楼主", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["authors"], result.meta["source"], result.meta["published_at"]) == (
            authors, None, "2012-03-15T10:20"), line
        assert result.paragraphs == [P1, P2], line


def test_a_writers_and_photographers_roles_after_the_names_take_any_joiner():
    for line in ("张伟 文、图", "张伟 文/图", "张伟 图文"):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, line]))
        assert (result.meta["authors"], result.paragraphs) == (["张伟"], [P1, P2]), line


def test_a_titles_segment_in_latin_letters_beside_a_chinese_headline_is_the_software_or_site():
    from newsclean.stages.meta import title_core

    assert title_core("全市完成植树造林三万亩 - 江城论坛 - Powered by Discuz! Archiver") == "全市完成植树造林三万亩"
    assert title_core("全市完成植树造林三万亩 | www.jiangcheng-daily-news.com.cn") == "全市完成植树造林三万亩"


def test_a_declared_author_that_is_an_account_or_an_organisation_names_nobody():
    def page(author: str) -> str:
        return (f"<html><head><meta name=author content='{author}'></head><body><h1>全市完成植树造林三万亩</h1>"
                f"<p>2023-03-12 来源：江城日报</p><p>{P1}</p><p>{P2}</p><p>责任编辑：王芳</p></body></html>")

    for author in ("webmaster", "dedecms", "编辑部", "江城在线"):
        result = clean(page(author))
        assert (result.meta["authors"], result.meta["editors"]) == ([], ["王芳"]), author
    assert clean(page("John Smith")).meta["authors"] == ["John Smith"]
    assert clean(page("张伟")).meta["authors"] == ["张伟"]


def test_where_a_post_was_sent_from_is_a_widgets_word_beside_the_date():
    # WeChat's `发表于江苏`, a platform's `IP属地：广东`: no outlet, no name, and no reason to keep the line.
    for line in ("原创 张伟 江城观察 2023-03-15 10:20 发表于江苏", "张伟 江城观察 2023-03-15 10:20 IP属地：广东"):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["authors"], result.meta["source"], result.meta["published_at"]) == (
            ["张伟"], "江城观察", "2023-03-15T10:20"), line
        assert result.paragraphs == [P1, P2], line


def test_a_source_label_set_apart_by_a_bar_gives_its_value():
    for line in ("来源 | 新京报", "来源丨新京报", "文 | 张伟  来源 | 新京报"):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["source"], result.paragraphs) == ("新京报", [P1, P2]), line


def test_another_fields_label_after_a_label_is_no_name():
    # A table's head of labels (`来源|作者|时间`) names nobody.
    result = clean("\n".join(["全市完成植树造林三万亩", "来源|作者|时间", "2023-03-12 江城日报", P1, P2]))
    assert (result.meta["authors"], result.meta["source"]) == ([], "江城日报")


def test_a_persons_name_alone_beside_the_date_is_the_authors_without_a_source_label_too():
    for line in ("2023-03-15 10:20 张伟", "张伟 2023-03-15 10:20"):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["authors"], result.meta["source"], result.paragraphs) == (["张伟"], None, [P1, P2]), line
    # An outlet's name carries its suffix; a province is no person.
    for line in ("2023-03-15 10:20 江城日报", "2023-03-15 10:20 江苏"):
        assert clean("\n".join(["全市完成植树造林三万亩", line, P1, P2])).meta["authors"] == [], line


def test_a_widget_inside_the_heading_is_no_part_of_the_headline_the_title_gives():
    page = ("<html><head><title>全市完成植树造林三万亩_江城网</title></head><body>"
            "<h1>全市完成植树造林三万亩<span class=share>分享</span></h1>"
            f"<p>2023-03-12 来源：江城日报</p><p>{P1}</p><p>{P2}</p></body></html>")
    result = clean(page)
    assert (result.meta["title"], result.paragraphs) == ("全市完成植树造林三万亩", [P1, P2])


def test_a_name_signed_after_a_dash_under_the_article_is_its_authors():
    for end, authors in (("——张伟", ["张伟"]), ("—— 张伟 李明", ["张伟", "李明"]), ("——摘自《江城日报》", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, end]))
        assert (result.meta["authors"], result.paragraphs) == (authors, [P1, P2]), end


def test_an_institution_before_the_names_is_the_writers_affiliation_no_name():
    for line in ("（江城大学 张伟）", "作者：江城大学 张伟"):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, line]))
        assert result.meta["authors"] == ["张伟"], line


def test_names_with_their_affiliations_numbers_or_et_al_are_the_names():
    for line, authors in (("作者：张伟1 李明2", ["张伟", "李明"]), ("作者：张伟等", ["张伟"]),
                          ("赵延东1,2，风笑天3", ["赵延东", "风笑天"])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["authors"], result.paragraphs) == (authors, [P1, P2]), line


def test_a_one_character_writers_label_opens_a_word_and_may_be_set_apart_by_a_dot():
    for line in ("文·张伟", "文●张伟", "文 ■ 张伟"):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["authors"], result.paragraphs) == (["张伟"], [P1, P2]), line
    # Inside a word it labels nothing: a column's `散文/随笔` credits nobody.
    result = clean("\n".join(["全市完成植树造林三万亩", "散文/随笔", P1, P2]))
    assert result.meta["authors"] == []


def test_names_then_a_books_role_are_the_authors():
    for line, authors in (("张伟 著", ["张伟"]), ("张伟、李明 编著", ["张伟", "李明"]), ("经典名著", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert result.meta["authors"] == authors, line


def test_the_narrator_of_an_oral_account_is_its_author():
    result = clean("\n".join(["全市完成植树造林三万亩", "口述：张伟", P1, P2]))
    assert (result.meta["authors"], result.paragraphs) == (["张伟"], [P1, P2])


def test_a_blog_hosts_name_ending_in_its_kind_or_opening_with_blog_names_the_owner_before_it():
    from newsclean.stages.meta import blog_owner

    assert blog_owner("重回老街 - 张伟 - 百度空间") == ["张伟"]
    assert blog_owner("重回老街 - 张伟 - 博客大巴") == ["张伟"]
    assert blog_owner("重回老街_张伟_凤凰博报") == ["张伟"]
    assert blog_owner("重回老街 - 科技 - 空间探索网") == []


def test_a_blogs_own_page_or_a_writers_page_of_articles_names_its_owner():
    from newsclean.stages.meta import blog_owner

    assert blog_owner("张伟的日志 - 网易博客") == ["张伟"]
    assert blog_owner("张伟的新浪博客") == ["张伟"]
    assert blog_owner("重回老街 - 张伟的文章 - 江城社区") == ["张伟"]
    assert blog_owner("重回老街 - 张伟的个人主页 - 江城网") == ["张伟"]
    assert blog_owner("重回老街 - 张伟 - 简书") == ["张伟"]
    assert blog_owner("财经专栏 - 江城网") == []
    assert blog_owner("重回老街 - 江城网的文章") == []


def test_a_blog_named_with_its_hosts_brand_names_its_owner():
    from newsclean.stages.meta import blog_owner

    assert blog_owner("重回老街 - 海姑娘的QQ空间") == ["海姑娘"]
    assert blog_owner("重回老街 - 海姑娘的新浪博客") == ["海姑娘"]
    assert blog_owner("重回老街 - 海姑娘的 MSN Spaces") == []  # (no brand this reads)


def test_a_label_spaced_out_to_line_up_with_longer_ones_is_read():
    line = "作　者：张伟　　来　源：江城日报　　日　期：2023-03-12"
    result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
    assert (result.meta["authors"], result.meta["source"], result.meta["published_at"]) == (["张伟"], "江城日报", "2023-03-12")
    assert result.paragraphs == [P1, P2]


def test_the_labels_of_writers_contributors_and_posters_name_the_author():
    for label in ("著者", "撰写", "编写", "投稿人", "供稿人", "发帖人", "作者姓名"):
        result = clean("\n".join(["全市完成植树造林三万亩", f"{label}：张伟", P1, P2]))
        assert (result.meta["authors"], result.paragraphs) == (["张伟"], [P1, P2]), label


def test_a_pictures_or_a_charts_source_is_no_source_of_the_article():
    for line in ("图片来源：视觉中国", "数据来源：国家统计局", "封面图来源：视觉中国"):
        result = clean("\n".join(["全市完成植树造林三万亩", "2023-03-12", P1, P2, line]))
        assert (result.meta["source"], result.paragraphs) == (None, [P1, P2]), line
    result = clean("\n".join(["全市完成植树造林三万亩", "2023-03-12 来源：江城日报", P1, P2, "图片来源：视觉中国"]))
    assert result.meta["source"] == "江城日报"


def test_a_posts_categories_and_tags_beside_its_date_are_no_fields_of_the_article():
    result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, "分类: 杂谈 | 标签: 城市 | 2005-06-14 10:20"]))
    assert (result.meta["published_at"], result.meta["authors"], result.paragraphs) == ("2005-06-14T10:20", [], [P1, P2])


def test_where_a_piece_was_written_beside_its_date_is_no_outlet_and_no_name():
    result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, "2005.6.14 于江城"]))
    assert (result.meta["published_at"], result.meta["authors"], result.meta["source"]) == ("2005-06-14", [], None)


def test_a_signature_with_the_day_and_the_place_of_writing_names_the_author():
    for end in ("张伟 2005年6月14日于江城", "张伟 2005.6.14于江城", "张伟 2005年6月14日 于江城"):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, end]))
        assert (result.meta["published_at"], result.meta["authors"], result.meta["source"]) == (
            "2005-06-14", ["张伟"], None), end
        assert result.paragraphs == [P1, P2], end


def test_a_name_signed_under_the_article_above_the_day_of_writing_is_its_author():
    for sign, date in (("张伟", "2005年6月14日"), ("张伟", "2005年6月14日于江城"), ("张伟 李娜", "2005.6.14")):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, sign, date]))
        assert (result.meta["published_at"], result.meta["authors"]) == ("2005-06-14", sign.split()), sign
        assert result.paragraphs == [P1, P2], sign
    # A name alone under the article, with no date under it, may be a heading's (`相关阅读`'s shape).
    assert clean("\n".join(["全市完成植树造林三万亩", P1, P2, "张伟"])).meta["authors"] == []
    # A name and a date again and again under it are comments'.
    comments = ["张伟", "2005-06-14 10:20", "说得好，支持一下。", "李娜", "2005-06-14 11:30", "我也这么认为。"]
    assert clean("\n".join(["全市完成植树造林三万亩", P1, P2, *comments])).meta["authors"] == []


def test_counters_and_a_follow_button_beside_the_date_leave_its_names_and_outlet_to_be_read():
    for line, source, authors in (("张伟 2023-03-15 10:20 江城日报 阅读 567", "江城日报", ["张伟"]),
                                  ("海姑娘 2012.03.15 10:20:30 字数 1,234 阅读 567", None, ["海姑娘"]),
                                  ("海姑娘 关注 2012.03.15 10:20", None, ["海姑娘"]),
                                  ("海姑娘 +关注 2012.03.15 10:20 浏览：1,234次", None, ["海姑娘"]),
                                  ("2012-03-15 10:20 江城日报 1234人阅读", "江城日报", []),
                                  ("2012-03-15 10:20 查看: 345 | 回复: 12 | 江城日报", "江城日报", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["published_at"][:10], result.meta["source"], result.meta["authors"]) == (
            line[line.index("20"):][:10].replace(".", "-"), source, authors), line
        assert result.paragraphs == [P1, P2], line


def test_a_label_inside_a_word_set_apart_by_a_bar_labels_nothing():
    # A forum's widgets (`只看该作者 | 倒序浏览`): an author's label that does not open its word
    # labels a value only after a colon (`本文作者：张伟`).
    for line, authors in (("海姑娘 发表于 2008-3-5 10:20 | 只看该作者 | 倒序浏览", ["海姑娘"]),
                          ("2008-3-5 10:20 只看该作者 倒序浏览", []), ("本文作者：张伟 2008-3-5", ["张伟"]),
                          ("作者 | 张伟 2008-3-5", ["张伟"]), ("特约撰稿人 张伟 2008-3-5", ["张伟"])):
        assert clean("\n".join(["全市完成植树造林三万亩", line, P1, P2])).meta["authors"] == authors, line


def test_a_writers_signature_with_the_day_written_names_the_author_not_the_source():
    for end, author in (("海姑娘写于2005年6月12日", "海姑娘"), ("张伟 写于2005.6.12", "张伟"), ("风之谷的猫撰于2005年6月12日", "风之谷的猫")):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, end]))
        assert (result.meta["authors"], result.meta["source"], result.meta["published_at"]) == (
            [author], None, "2005-06-12"), end
        assert result.paragraphs == [P1, P2], end


def test_a_writers_country_or_dynasty_in_brackets_before_the_name_is_no_part_of_it():
    for line, authors in (("作者：[美]约翰·史密斯 2023-03-15", ["约翰·史密斯"]), ("作者：（英）玛丽·琼斯", ["玛丽·琼斯"]),
                          ("作者：〔唐〕李白", ["李白"]), ("作者：[美]约翰·史密斯 [英]玛丽·琼斯", ["约翰·史密斯", "玛丽·琼斯"]),
                          ("作者：[美]约翰·史密斯 译者：张伟", ["约翰·史密斯"])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["authors"], result.paragraphs) == (authors, [P1, P2]), line


def test_the_place_a_reporter_files_from_glued_to_the_names_is_no_part_of_them():
    for credit, authors in (("（记者张伟北京报道）", ["张伟"]), ("（本报记者张伟、李娜北京报道）", ["张伟", "李娜"]),
                            ("（记者王小明上海报道）", ["王小明"]), ("（记者张伟报道）", ["张伟"]),
                            ("（记者欧阳晓明报道）", ["欧阳晓明"]), ("（中央社记者张伟台北15日电）", ["张伟"]),
                            ("（中央社记者张伟、李娜台北15日电）", ["张伟", "李娜"]), ("〔记者张伟／台北报导〕", ["张伟"]),
                            ("（记者张伟 台北报导）", ["张伟"])):
        result = clean("\n".join(["全市完成植树造林三万亩", credit + P1, P2]))
        assert result.meta["authors"] == authors, credit


def test_a_lead_opening_with_the_reporters_filing_line_gives_the_authors():
    for credit, authors in (("东方网记者张伟3月15日报道：", ["张伟"]), ("记者张伟北京3月15日报道：", ["张伟"]),
                            ("本报记者张伟、李娜报道：", ["张伟", "李娜"]), ("（记者张伟北京15日电）", ["张伟"]),
                            # A reporter inside a sentence files nothing.
                            ("今天记者张伟在现场报道：", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", credit + P1, P2]))
        assert result.meta["authors"] == authors, credit
        assert result.paragraphs == [credit + P1, P2], credit


def test_a_photographs_credit_names_no_author_and_no_source():
    lead = "新华社北京3月15日电（记者李娜）" + P1
    for credit in ("新华社记者 张伟 摄", "本报记者 张伟 摄影", "摄影：新华社记者 张伟", "记者张伟摄"):
        result = clean("\n".join(["全市完成植树造林三万亩", "2023-03-15 10:20 来源：江城日报", credit, lead, P2]))
        assert (result.meta["authors"], result.meta["source"]) == (["李娜"], "江城日报"), credit
        assert result.paragraphs == [lead, P2], credit
    # A photo report is the reporter's.
    assert clean("\n".join(["全市完成植树造林三万亩", "记者 张伟 摄影报道", P1, P2])).meta["authors"] == ["张伟"]


def test_a_page_that_credits_only_its_photographs_is_its_photographers():
    for credit in ("新华社记者 张伟 摄", "摄影：张伟", "张伟/摄"):
        result = clean("\n".join(["全市完成植树造林三万亩", "2023-03-15 10:20 来源：江城日报", credit, P1, P2]))
        assert (result.meta["authors"], result.paragraphs) == (["张伟"], [P1, P2]), credit
        assert result.meta["found_in"]["authors"].endswith("(a photograph's credit)"), credit
    # A picture agency is no photographer, and a writer's credit comes first.
    assert clean("\n".join(["全市完成植树造林三万亩", "图片来源：视觉中国", P1, P2])).meta["authors"] == []
    assert clean("\n".join(["全市完成植树造林三万亩", "张伟/摄 李娜/文", P1, P2])).meta["authors"] == ["李娜"]


def test_a_second_source_that_is_a_persons_name_is_the_author():
    def meta(tail: str) -> tuple:
        result = clean("\n".join(["全市完成植树造林三万亩", "2005-03-21 11:21 来源：理财周刊", P1, P2, tail]))
        return result.meta["source"], result.meta["authors"]

    assert meta("来源: 张伟") == ("理财周刊", ["张伟"])
    # An outlet is no person, nor is the same outlet named again.
    assert meta("来源：江城日报") == ("理财周刊", [])
    assert meta("来源：理财周刊社") == ("理财周刊", [])


def test_a_bulletin_boards_post_header_names_the_poster():
    header = "发信人: duscha (杜沙), 信区: Reader"
    result = clean("\n".join(["全市完成植树造林三万亩", header, P1, P2]))
    assert (result.meta["authors"], result.paragraphs) == (["duscha"], [P1, P2])


def test_a_forms_label_before_the_headline_is_no_part_of_the_title():
    for head in ("标题：全市完成植树造林三万亩", "标  题: 全市完成植树造林三万亩", "【标题】全市完成植树造林三万亩"):
        result = clean("\n".join([head, "2023-03-15 来源：江城日报", P1, P2]))
        assert (result.meta["title"], result.paragraphs) == ("全市完成植树造林三万亩", [P1, P2]), head
    # A headline that opens with the word is whole.
    assert clean("\n".join(["标题党的十个特征", "2023-03-15 来源：江城日报", P1, P2])).meta["title"] == "标题党的十个特征"


def test_fields_in_full_width_square_brackets_are_read():
    for line, editors, authors in (("［责任编辑：张伟］", ["张伟"], []), ("［作者］张伟 ［来源］江城日报", [], ["张伟"])):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, line]))
        assert (result.meta["editors"], result.meta["authors"], result.paragraphs) == (editors, authors, [P1, P2]), line


def test_an_authors_label_run_into_a_real_name_gives_it():
    for line, authors in (("作者张伟 2023-03-15", ["张伟"]), ("2023-03-15 10:20 作者张伟 来源：江城日报", ["张伟"]),
                          # Only a real name, and not a word of an author's page.
                          ("作者单位 江城大学", []), ("作者文集 张伟", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert result.meta["authors"] == authors, line
    # So does a source's label run into an outlet's name, which its suffix shows.
    for line, source in (("2023-03-15 作者张伟 来源江城日报", "江城日报"), ("作者张伟 来源江城网", "江城网")):
        assert clean("\n".join(["全市完成植树造林三万亩", line, P1, P2])).meta["source"] == source, line


def test_a_sentence_that_opens_with_a_reprints_word_stays_in_the_article():
    for line in ("来源于生活，高于生活。", "转自朋友圈的一段话："):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, line, P2]))
        assert (result.meta["source"], result.paragraphs) == (None, [P1, line, P2]), line
    # An outlet's name after it is a reprint's credit still.
    for line, source in (("转载自江城日报，版权归原作者所有", "江城日报"), ("转载自《江城周刊》，如有侵权请联系", "江城周刊")):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, P2, line]))
        assert (result.meta["source"], result.paragraphs) == (source, [P1, P2]), line


def test_a_reporters_quoted_words_are_the_articles_not_a_credit():
    for line in ("记者张伟说：“很好。”", "通讯员李娜告诉记者：“情况属实。”"):
        result = clean("\n".join(["全市完成植树造林三万亩", P1, line, P2]))
        assert (result.meta["authors"], result.paragraphs) == ([], [P1, line, P2]), line


def test_where_a_post_was_sent_from_is_no_source():
    for line, source in (("2023年03月15日 10:20:30 来自 北京 江城日报", "江城日报"), ("2023-03-15 10:20 来自广东", None),
                         ("2023-03-15 10:20 来自 北京日报", "北京日报")):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["source"], result.meta["published_at"], result.paragraphs) == (
            source, "2023-03-15T10:20", [P1, P2]), line


def test_the_time_a_page_was_served_or_printed_is_no_date_of_the_article():
    for served in ("打印时间：2005-05-10 10:00", "今天是2005年5月10日 星期二", "当前时间：2005-05-10 10:00:00",
                   "访问时间: 2005-05-10"):
        for dateline in ("2005-05-07", None):
            lines = [served, "全市完成植树造林三万亩", *([dateline] if dateline else []), P1, P2]
            result = clean("\n".join(lines))
            assert (result.meta["published_at"], result.meta["source"]) == (dateline, None), (served, dateline)
            assert result.paragraphs == [P1, P2], served


def test_a_reprints_statement_under_the_article_names_its_source():
    for end, source in (("（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）", "澎湃新闻"), ("本文来自江城日报", "江城日报"),
                        ("本文来自网络，如有侵权请联系删除", None)):
        result = clean("\n".join(["全市完成植树造林三万亩", "2023-03-12", P1, P2, end]))
        assert (result.meta["source"], result.paragraphs) == (source, [P1, P2]), end


def test_what_was_done_at_the_time_beside_a_date_is_no_outlet():
    for line in ("2005-04-05 06:40 更新", "2005-04-05 06:40更新", "2005-04-05 发布"):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["source"], result.meta["published_at"][:10]) == (None, "2005-04-05"), line


def test_a_source_made_of_placeholders_only_names_nothing():
    for line in ("作者：张伟 来源：本站原创", "作者：张伟 来源：网络转载", "作者：张伟 来源：转载文章"):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert (result.meta["authors"], result.meta["source"]) == (["张伟"], None), line


def test_a_writers_column_in_the_title_names_its_owner():
    from newsclean.stages.meta import blog_owner

    assert blog_owner("全市完成植树造林三万亩 - 张伟专栏 - 江城网") == ["张伟"]
    assert blog_owner("全市完成植树造林三万亩_张伟文集_江城网") == ["张伟"]
    assert blog_owner("全市完成植树造林三万亩 - 财经专栏 - 江城网") == []  # a channel's column, no person's


def test_a_widgets_words_beside_a_date_are_no_outlet():
    result = clean("\n".join(["全市完成植树造林三万亩", "2005年05月07日 10:20 我来说两句", P1, P2]))
    assert (result.meta["source"], result.meta["published_at"], result.paragraphs) == (None, "2005-05-07T10:20", [P1, P2])


def test_a_papers_page_header_gives_the_outlet_and_the_day_its_section_aside():
    result = clean("\n".join(["全市完成植树造林三万亩", "江城日报 2005年5月7日 第3版 要闻", P1, P2]))
    assert (result.meta["source"], result.meta["published_at"], result.paragraphs) == ("江城日报", "2005-05-07", [P1, P2])


def test_a_datelines_update_word_and_placeholder_source_leave_it_a_dateline():
    from newsclean.fields import is_metadata_line, read_fields

    # `更新` after the time and a placeholder for the source: the line still holds fields only.
    line = "2005-04-28 11:13更新 来源：转载文章\t\t发表评论"
    assert is_metadata_line(line)
    assert (read_fields(line).date, read_fields(line).source) == ("2005-04-28T11:13", None)


def test_a_posters_name_of_characters_and_digits_after_its_label_is_a_name():
    for line, authors in (("作者：小猪88", ["小猪88"]), ("楼主：风之谷的猫", ["风之谷的猫"]), ("作者：第1版", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", line, P1, P2]))
        assert result.meta["authors"] == authors, line


def test_a_source_that_is_an_outlets_account_names_the_outlet():
    for line, source in (("来源：新京报微信公众号（ID：bjnews_xjb）", "新京报"), ("来源：江城日报官微", "江城日报"),
                         ("来源：新华社客户端", "新华社客户端")):
        result = clean("\n".join(["全市完成植树造林三万亩", "2023-03-12", line, P1, P2]))
        assert result.meta["source"] == source, line


def test_a_title_of_separators_alone_is_read_without_error():
    result = clean("<html><body><table>2022-02-13 10:20<title>｜</title></body></html>")
    assert result.meta["published_at"] == "2022-02-13T10:20"


def test_days_alone_heading_the_entries_of_a_diary_are_the_texts_not_the_pages_dateline():
    entries = [("2005年5月7日", P1), ("2005年5月8日", "今天上午，全市又组织了一次义务植树活动，参加的市民有两千多人，种下各类树苗一万余株。"),
               ("2005年5月9日", P2)]
    lead = "江城市今年的植树造林工作从三月开始，到五月上旬基本结束，下面是记者在植树现场的几则日记。"
    page = "\n".join(["全市完成植树造林三万亩", "2005-05-10 08:30 来源：江城日报", lead,
                      *[line for day, text in entries for line in (day, text)]])
    result = clean(page)
    assert result.meta["published_at"] == "2005-05-10T08:30"
    assert result.paragraphs == [lead, *[line for day, text in entries for line in (day, text)]]


def test_on_a_forums_page_the_word_beside_the_date_is_the_poster_not_an_outlet():
    for title in ("全市完成植树造林三万亩 - 城市建设 - 江城论坛 - powered by Discuz! Archiver",
                  "全市完成植树造林三万亩_江城社区"):
        page = "\n".join([title, "江城论坛 » 城市建设 » 全市完成植树造林三万亩", "2003-5-29 09:07 高山流水",
                          "全市完成植树造林三万亩", P1, P2])
        result = clean(page)
        assert (result.meta["source"], result.meta["authors"]) == (None, ["高山流水"]), title
        assert result.paragraphs == [P1, P2], title
    # Where the post names its authors, they are the authors; off a forum, the word is the outlet.
    page = "\n".join(["全市完成植树造林三万亩 - 江城论坛", "2003-5-29 09:07 高山流水", "全市完成植树造林三万亩", "张三、李四", P1, P2])
    assert (clean(page).meta["source"], clean(page).meta["authors"]) == (None, ["张三", "李四"])
    page = "\n".join(["全市完成植树造林三万亩_江城日报", "2003-5-29 09:07 江城晨讯", "全市完成植树造林三万亩", P1, P2])
    assert clean(page).meta["source"] == "江城晨讯"


def test_a_role_before_names_with_their_role_after_them_is_no_part_of_the_names():
    for credit, authors in (("记者张三/文", ["张三"]), ("江城日报记者张三/文 李四/图", ["张三"]),
                            ("记者张三/文 记者李四/摄", ["张三"]), ("本报记者张三文并摄", ["张三"])):
        result = clean("\n".join(["全市完成植树造林三万亩", credit, P1, P2]))
        assert result.meta["authors"] == authors, credit
        assert result.paragraphs == [P1, P2], credit


def test_a_blogs_name_above_the_post_names_its_owner_a_real_name_or_one_the_page_repeats():
    def page(*above):
        return "\n".join(["全市完成植树造林三万亩", *above, "全市完成植树造林三万亩", P1, P2, "评论", "老王：写得好"])
    assert clean(page("张三的博客", "首页 | 博文目录 | 相册")).meta["authors"] == ["张三"]
    assert clean(page("张三的新浪博客")).meta["authors"] == ["张三"]
    # A user's name only where the page repeats it; a list's heading names nobody.
    assert clean(page("好友的日志", "首页 | 博文目录 | 相册")).meta["authors"] == []
    assert clean(page("阿拉蕾的博客", "阿拉蕾", "阿拉蕾的相册")).meta["authors"] == ["阿拉蕾"]


def test_a_credits_full_name_in_latin_letters_is_a_name_an_agencys_is_none():
    for credit, authors in (("记者 张伟 Peter Williams", ["张伟", "Peter Williams"]),
                            ("本报记者 Anna Smith", ["Anna Smith"]),
                            ("记者 张伟 Getty Images", ["张伟"])):
        result = clean("\n".join(["全市完成植树造林三万亩", credit, P1, P2]))
        assert result.meta["authors"] == authors, credit


def test_a_four_character_name_glued_to_what_the_reporter_did_is_read_whole():
    for credit, authors in (("本报记者欧阳小明发自北京", ["欧阳小明"]), ("本报记者欧阳小明综合报道", ["欧阳小明"]),
                            ("本报记者欧阳小明北京报道", ["欧阳小明"]), ("本报记者张伟李强整理", ["张伟", "李强"]),
                            ("本报记者张伟综合报道", ["张伟"])):
        result = clean("\n".join(["全市完成植树造林三万亩", credit, P1, P2]))
        assert result.meta["authors"] == authors, credit
        assert result.paragraphs == [P1, P2], credit


def test_a_name_in_brackets_closing_the_article_with_what_the_writer_did_after_it():
    for credit in ("（王五 撰稿）", "（王五 综合报道）", "（王五 供稿）", "（王五 文/图）"):
        result = clean("\n".join(["全市完成植树造林三万亩", "2024-05-07 08:30", P1, P2 + credit]))
        assert result.meta["authors"] == ["王五"], credit


def test_a_bracketed_credits_name_set_apart_from_its_role_needs_no_common_surname():
    for lead, authors in (("新华社乌鲁木齐5月7日电（记者 买买提江）", ["买买提江"]),
                          ("本报讯（记者 次仁罗布 通讯员 张三）", ["次仁罗布", "张三"]),
                          ("本报讯（记者：扎西多吉）", ["扎西多吉"]),
                          # What stands there and is no name: the place filed from, an outlet, a glued word.
                          ("本报讯（记者 发自北京）", []), ("本报讯（记者 江城日报）", []), ("本报讯（记者观察）", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", "2024-05-07", lead + P1, P2]))
        assert result.meta["authors"] == authors, lead
    assert clean("\n".join(["全市完成植树造林三万亩", "2024-05-07", P1, P2 + "（记者 买买提江）"])).meta["authors"] == ["买买提江"]


def test_an_h1_holding_a_sections_name_is_no_headline_where_the_title_names_one_the_page_shows():
    headline = "全市完成植树造林三万亩惠及百村"
    def page(title, h1):
        return (f"<html><head><title>{title}</title></head><body><h1>{h1}</h1>"
                f"<div class='tit'>{headline}</div><div>2024-05-07 08:30 来源：江城日报</div>"
                f"<div class='content'><p>{P1}</p><p>{P2}</p></div></body></html>")
    assert clean(page(headline + "_江城新闻网", "新闻中心")).meta["title"] == headline
    assert clean(page(headline + "_江城新闻网", "本地要闻")).meta["title"] == headline
    # A short headline in its <h1>, which the <title> repeats, stays the headline.
    assert clean(page("人物画像_江城新闻网", "人物画像")).meta["title"] == "人物画像"


def test_names_with_what_the_writer_did_after_them_on_a_line_of_their_own_are_a_byline():
    for credit, authors in (("张三 撰稿", ["张三"]), ("张三 李四 整理", ["张三", "李四"]), ("张三/供稿", ["张三"]),
                            ("本报记者 张三 采写", ["张三"]), ("市委宣传部 供稿", [])):
        result = clean("\n".join(["全市完成植树造林三万亩", credit, P1, P2]))
        assert result.meta["authors"] == authors, credit
        assert result.paragraphs == [P1, P2], credit


def test_an_outlet_beside_the_date_set_apart_from_the_credit_by_a_slash():
    result = clean("\n".join(["全市完成植树造林三万亩", "2024-05-07 08:30 联合报 / 记者王小明／台北报导", P1, P2]))
    assert (result.meta["source"], result.meta["authors"]) == ("联合报", ["王小明"])
