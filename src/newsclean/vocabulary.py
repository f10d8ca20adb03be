"""The words newsclean reads pages by, in one place: the stages build their patterns from here.

Each table maps a kind to words. They are evidence, weighed by the line scores (see
`stages/region.py`), not verdicts: a line that holds a cue word is not removed for that alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

# ---- class and id tokens of HTML elements ------------------------------------------------------
# What sites call the containers they put chrome and content in. A token matches a word when it
# is the word, or (for words of four letters or more) starts or ends with it: `commentlist`,
# `postcomment`, `leftmenu`, `endtext`. Chrome kinds are tried first, so `postcomment` is a
# comment, not a `post`.
DOM_KINDS: dict[str, tuple[str, ...]] = {
    "comment": ("comment", "comments", "cmt", "reply", "replies", "respond", "pinglun", "discuss", "gentie",
                "liuyan", "guestbook", "feedback"),
    "footer": ("footer", "foot", "copyright", "copy", "bottom"),
    "navigation": ("nav", "navi", "navbar", "menu", "breadcrumb", "crumb", "crumbs", "position", "location",
                   "topbar", "toolbar", "pager", "pagination", "subnav", "mainnav", "topnav", "navlist"),
    "share": ("share", "bdshare", "jiathis", "bshare", "social", "fenxiang"),
    "related": ("related", "relate", "recommend", "recom", "remend", "tuijian", "xgxw", "xgyd", "hotnews", "hot",
                "rank", "ranking", "toplist", "morenews", "links", "linklist", "friendlink"),
    # Not `right` or `left`: table layouts name the column that holds the article so too.
    "sidebar": ("sidebar", "side", "aside", "sidebox", "widget"),
    "ad": ("ad", "ads", "advert", "advertisement", "banner", "sponsor", "promo", "guanggao"),
    # Not `form`: ASP.NET pages wrap the whole page, article and all, in <form id="form1">.
    "form": ("login", "search", "register", "signin", "vote"),
    "article": ("article", "artical", "content", "contents", "text", "main", "post", "entry", "body", "detail",
                "story", "zhengwen", "wenzhang", "neirong"),
}
CHROME_DOM_KINDS = tuple(k for k in DOM_KINDS if k != "article")
_LONG_WORD = 4
_TOKEN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
_SEGMENT = re.compile(r"[A-Za-z0-9]+")


# A utility class of a CSS framework (Bootstrap's `text-center`, Tailwind's `text-sm`,
# `text-gray-500`) says how text looks, not what it is: its `text` is no article's.
_PRESENTATIONAL = re.compile(
    r"(?:[a-z]+:)*text-(?:xs|sm|base|lg|[2-9]?xl|left|center|right|justify|start|end|nowrap|wrap|truncate|break"
    r"|uppercase|lowercase|capitalize|muted|primary|secondary|success|danger|warning|info|light|dark|body|white|black"
    r"|reset|[a-z]+-\d{2,3})")


def _tokens(name: str) -> set[str]:
    """`postCommentList_2` → {postcommentlist, post, comment, list}: whole segments and camelCase words."""
    out = set()
    if "text-" in name:
        name = " ".join(item for item in name.split() if not _PRESENTATIONAL.fullmatch(item))
    for segment in _SEGMENT.findall(name):
        out.add(segment.lower())
        out.update(t.lower() for t in _TOKEN.findall(segment))
    return out


def _token_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    long = "|".join(w for w in words if len(w) >= _LONG_WORD)
    exact = "|".join(words)
    return re.compile(rf"^(?:{exact})$" + (rf"|^(?:{long})|(?:{long})$" if long else ""))


# One pattern a kind, tried on each token: a loop over words in Python cost a tenth of a page's time.
_DOM_PATTERNS = [(kind, _token_pattern(words)) for kind, words in DOM_KINDS.items()]
# The elements a page marks as its author's name (`<span class="author">`, `post-byline`), besides
# `rel`/`itemprop="author"`: believed only where nothing else names the authors, and never inside
# chrome (a comment's author, a listed story's).
AUTHOR_ELEMENTS = ("author", "byline", "writer", "zuozhe")
_AUTHOR_PATTERN = _token_pattern(AUTHOR_ELEMENTS)


# The elements a page marks as its article's headline: a title word with the article's beside it
# (`post-title`, `articleTitle`, `news_title`, WordPress's `entry-title`) or `headline`. A bare `title`
# is as often a sidebar box's heading.
_TITLE_WORDS = frozenset({"title", "tit", "biaoti", "headline"})
_TITLE_OWNERS = frozenset({"post", "article", "artical", "entry", "news", "detail", "content", "story", "art", "main",
                           "wenzhang", "zhengwen"})


@lru_cache(maxsize=1 << 12)
def names_headline(names: str) -> bool:
    """Whether an element's `class` and `id` mark it as the article's headline."""
    tokens = _tokens(names)
    return "headline" in tokens or bool(tokens & _TITLE_WORDS and tokens & _TITLE_OWNERS)


@lru_cache(maxsize=1 << 12)
def names_author(names: str) -> bool:
    """Whether an element's `class` and `id` mark it as the author's name (`AUTHOR_ELEMENTS`)."""
    return any(_AUTHOR_PATTERN.search(t) for t in _tokens(names))


@lru_cache(maxsize=1 << 12)
def dom_kind(names: str) -> str | None:
    """The kind an element's `class` and `id` (joined by a space) name, if any.

    >>> dom_kind("postCommentList"), dom_kind("main-content"), dom_kind("copyright"), dom_kind("header")
    ('comment', 'article', 'footer', None)
    """
    tokens = _tokens(names)
    if not tokens:
        return None
    for kind, pattern in _DOM_PATTERNS:
        if any(pattern.search(t) for t in tokens):
            return kind
    return None


# ---- labelled fields ------------------------------------------------------------------------
# Where a post was sent from, as platforms print it beside the date (`发表于江苏`, `IP属地：广东`):
# China's provinces and regions, and abroad.
REGIONS = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
           "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
           "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "中国香港", "中国澳门", "中国台湾", "海外",
           "未知")
# Where reporters most often file from, beside the regions: the provincial capitals, the largest
# cities, the capitals abroad that bureaus sit in (`记者 张三 南京报道`).
FILING_PLACES = REGIONS + (
    "石家庄", "太原", "沈阳", "长春", "哈尔滨", "南京", "杭州", "合肥", "福州", "南昌", "济南", "郑州", "武汉", "长沙",
    "广州", "海口", "成都", "贵阳", "昆明", "西安", "兰州", "西宁", "呼和浩特", "南宁", "拉萨", "银川", "乌鲁木齐",
    "台北", "深圳", "厦门", "青岛", "大连", "宁波", "苏州", "无锡", "温州", "东莞", "佛山", "珠海", "汕头", "烟台",
    "洛阳", "三亚", "桂林", "华盛顿", "纽约", "东京", "伦敦", "巴黎", "柏林", "莫斯科", "首尔", "日内瓦", "布鲁塞尔",
    "联合国", "新德里", "开罗", "悉尼", "渥太华", "曼谷", "新加坡")
# The day's weather a diary sets beside the date that heads an entry (`2005年5月7日 星期六 晴转多云`).
WEATHER = ("晴", "阴", "多云", "少云", "雨", "小雨", "中雨", "大雨", "暴雨", "阵雨", "雷阵雨", "雨夹雪", "雪", "小雪",
           "中雪", "大雪", "雾", "霾", "大风", "有风", "微风", "冷", "热", "晴朗", "阴天", "晴天", "雨天")
# What joins a writer's and a photographer's roles in one credit (`文/图`, `文·图`, `图、文`, `文图`).
ROLE_JOINERS = ("", "/", "／", "·", "、")
_JOINED_ROLES = tuple(a + joiner + b for a, b in (("文", "图"), ("图", "文")) for joiner in ROLE_JOINERS)
# The labels pages put before a field's value (`来源：人民网`, `责任编辑：王五`, `发布时间：…`); an
# editor's label may carry a prefix (`松花江网编辑 宋丹`, `网络编辑：`). `photo` and `staff` credits end
# a run of names; `counter` values (`点击：313`) are no metadata.
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "source": ("来源", "来源于", "稿源", "出处", "出自", "来自", "转自", "转载自", "摘自", "选自", "文章来源", "新闻来源", "信息来源", "稿件来源",
               "供稿"),
    "author": ("作者", "记者", "通讯员", "撰稿", "撰稿人", "撰文", "执笔", "执笔人", "特约记者", "见习记者", "首席记者",
               "实习生", "采写", "楼主", "博主", "文", *_JOINED_ROLES, "文字", "主笔", "评论员", "特约评论员", "口述", "著者", "撰写",
               "编写", "投稿人", "供稿人", "发帖人", "作者姓名", "发信人"),
    # Who put the page up (a CMS's 发布人, 录入): an editor's credit, not an author's.
    "editor": ("责任编辑", "编辑", "责编", "编审", "发布人", "发布者", "录入", "录入者", "上传者"),
    "date": ("发布时间", "发表时间", "发布日期", "发表日期", "更新时间", "时间", "日期", "发布于", "发表于", "发帖于", "发帖时间", "发布",
             "发表", "出版日期", "录入时间", "添加时间", "上传时间", "修改时间", "最后更新"),
    "counter": ("点击数", "点击量", "点击", "浏览次数", "浏览量", "浏览", "阅读数", "阅读量", "阅读", "评论", "人气",
                "访问量", "字数", "查看", "回复", "回帖", "热度", "点赞", "收藏", "转发", "分享", "播放", "观看"),
    # A picture's, a video's or a chart's credit (`图片来源：视觉中国`, `数据来源：国家统计局`): of that
    # part of the page, not the article's source.
    "photo": ("摄影", "摄", "图", "图源", *(f"{part}来源" for part in ("图片", "照片", "题图", "封面图", "封面", "配图",
                                                                 "插图", "视频", "音频", "资料", "数据", "素材"))),
    # A post's place among the site's (`分类：杂谈 | 标签：城市`): words, no field of the article's.
    "taxonomy": ("分类", "标签", "栏目", "关键词", "关键字", "Tags", "TAG", "Tag", "信区", "版面"),
    # The rest of a credits block (`编辑：王五 校对：赵六 审核：钱七`): names, but no author's or editor's.
    "staff": ("校对", "审核", "审校", "终审", "复审", "初审", "监制", "策划", "统筹", "制作", "出品", "主编", "值班主编",
              "图片编辑", "视频编辑", "美术编辑", "音频编辑", "一审", "二审", "三审", "签发",
              "排版", "美编", "设计", "视频", "剪辑", "配音", "翻译", "编译", "译者", "译"),
}
# Every label word, once each.
LABEL_WORDS = tuple(dict.fromkeys(w for words in FIELD_LABELS.values() for w in words))
# Words a run of names can swallow that are roles, not names.
ROLE_WORDS = frozenset({"记者", "通讯员", "编辑", "责编", "摄影", "实习生", "作者", "见习记者", "特约记者", "首席记者",
                        "本报记者", "责任编辑", "报道", "摄", "文", "图", "整理", "编译", "综合", "评论员", "本报评论员",
                        "题图", "配图", "图片"})
# What some sites print for an unknown value, and the words by which a page names itself before
# its fields (`文章发布时间：…`, `本文发布于…`).
PLACEHOLDERS = frozenset({"未知", "admin", "佚名", "网络", "本站", "本网", "本报", "本台", "本刊", "互联网", "网友",
                          "匿名", "不详", "转载", "原创", "本文", "文章", "此文"})
# Chinese surnames (百家姓 and the census's common ones, single and compound; not those that are
# mostly words: 家, 从, 能, 通, 东, 空, 红, 山 …): a journalist's or editor's
# name opens with one.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康"
    "施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成"
    "苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫"
    "费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈"
    "匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰"
    "支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕"
    "危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "傅洪赖阎萧凤水昌贝钮荀松秋怀鄂寿宦鱼庾弘蔚巢竺桓郦濮暨蒯訾风"
) | frozenset({"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
               "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "钟离", "司空", "闻人", "赫连",
               "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "仲孙", "鲜于", "闾丘", "司寇", "拓跋", "第五",
               "左丘", "东郭", "公羊", "乐正", "漆雕", "梁丘", "段干"})
# What ends an institution's name, no person's (`江城大学`, `市人民医院`, `江城市教育局`): a writer's
# affiliation set beside the name.
INSTITUTION_SUFFIXES = ("大学", "学院", "学校", "中学", "小学", "研究院", "研究所", "研究中心", "科学院", "医院",
                        "公司", "集团", "银行", "协会", "学会", "委员会", "政府", "法院", "检察院", "局", "厅",
                        "办公室", "基金会", "事务所")
# What a person is called for their post or trade (`江城大学教授`, `市政协委员`): a writer's note says it.
PERSON_TITLES = ("教授", "研究员", "讲师", "博士", "硕士", "研究生", "学者", "专家", "主任", "院长", "所长", "校长", "会长",
                 "秘书长", "理事", "委员", "主席", "书记", "律师", "记者", "评论员", "编辑", "教师", "老师", "医生", "医师",
                 "工程师", "分析师", "经济学家", "作家", "学生")
# What outlets' names end with: a paper, a site, an agency, a broadcaster, an account.
OUTLET_SUFFIXES = ("报", "网", "社", "台", "新闻", "频道", "在线", "发布", "客户端", "周刊", "杂志", "传媒", "资讯",
                   "观察", "热线", "之声", "广播", "电视", "号", "时报", "财经", "日报", "晚报", "晨报")


# ---- cue words of chrome, by kind -----------------------------------------------------------
# Each kind's words: those that count anywhere in a line, and those that count only where they
# open it. Regular-expression fragments, kept apart because the engine skips to candidate
# positions only when every alternative starts with a plain character (one anchored or
# case-insensitive alternative made a search 6× slower, on every line). They are evidence the
# line scores weigh (`cue:<kind>`), not verdicts.
_EDITORS = "|".join(FIELD_LABELS["editor"])
CHROME_CUES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("editor", (), (rf"[\[（(【]?(?:{_EDITORS})[:：]",)),
    ("icp", ("ICP", "备案号", "公网安备", "网安备", "新闻信息服务许可证", "增值电信业务经营许可证"), ()),
    ("copyright", ("版权所有", "版权声明", "版权归", "版权均属", "未经授权", r"未经.{0,6}(?:许可|授权)", "禁止转载", "转载请",
                   "如需转载", "不得转载", "侵权", "著作权", "©", "Copyright", "CopyRight", "COPYRIGHT", "copyright",
                   "All [Rr]ights [Rr]eserved", "ALL RIGHTS RESERVED", "all rights reserved", r"\([Cc]\)"), ()),
    ("disclaimer", ("免责", r"不(?:代表|表明)本.{0,5}(?:观点|立场|同意|赞同)", "仅代表作者", "仅供其?表达", "仅供参考",
                    "不构成投资建议"), ()),
    # A comments heading: a short line that is `…评论` (跟贴, 留言) with at most a count (网友评论, 热门评论（12）),
    # or the prompt to write one.
    ("comment", ("我要评论", "发表评论", "我来说两句", "跟贴", "跟帖"),
     (r".{0,4}(?:评论|跟贴|跟帖|留言)\s*(?:[（(]?\d+[）)]?)?[:：]?$",)),
    # A heading of links, alone or with the links after its colon on the same line.
    ("related_links", (), (r"(?:相关|推荐|延伸|热点|热门|猜你喜欢|更多)(?:阅读|新闻|报道|链接|文章|推荐)?[:：]?$",
                           r"(?:相关|延伸|更多)(?:阅读|新闻|报道|链接|文章)[:：]", r".{0,4}推荐[:：]?$")),
    ("share_widget", ("分享至", "官方微信", "扫描二维码", "推送至手机"), ("分享到", "分享[:：]?$", "一键分享", "【?字号")),
    # 二维码 alone is a noun a headline can use (二维码助力林木管护): a prompt to scan is the cue.
    ("contact_spam", ("扫一扫", "扫码", r"扫描.{0,4}二维码", r"识别.{0,4}二维码", r"长按.{0,4}二维码", r"扫.{0,4}二维码",
                      "二维码(?:关注|下载|分享)", "公众号", "微信号", "微信[/:：]", "加微信", "手机[:：]", "手机号", "联系人",
                      "举报电话", "举报邮箱", "投稿邮箱", "新闻热线", "客服", "QQ[:：群]"), ()),
    ("navigation", ("网站地图", "联系我们", "关于我们", "上一篇", "下一篇", "返回首页", r"返回.{0,10}首页", "返回顶部", "打印本页",
                    "关闭窗口", "【打印】", "【关闭】", "设为首页", "加入收藏", "当前位置", "您的位置", r"简介.{0,8}简介"),
     (r"首页\s*[>›»→]",)),
    ("ad", ("广告", "招商加盟", "点击进入", "立即下载", "点击咨询", r"下载.{0,10}客户端"), ()),
    # What a page shows in place of an embedded player.
    ("other", ("您的浏览器", "你的浏览器", "浏览器不支持(?:video|HTML5|html5|视频|播放|该)", "视频加载中",
               "请(?:升级|更新|更换)(?:您的)?浏览器"), ()),
)
# The platforms a share bar lists (`微信 微博 QQ空间`): two of them on a short line make it one,
# whatever words lead it.
SHARE_PLATFORMS = ("微信", "朋友圈", "微博", "新浪微博", "腾讯微博", "QQ空间", "QQ好友", "QQ", "豆瓣", "人人网", "开心网",
                   "百度贴吧", "贴吧", "抖音", "今日头条", "头条", "知乎", "Facebook", "Twitter", "LinkedIn", "WhatsApp",
                   "Telegram", "LINE", "Line")
# A heading that opens a block of chrome: a notice (`…版权与免责声明:`, `反侵权公告`), a list of
# links (`相关阅读`, `为你推荐`), the comments (`网友评论`, `热门跟贴`, `读者留言`).
FOOTER_HEADINGS = (r".{0,20}(?:版权|免责|声明|侵权|公告)[^，,。！？!?]{0,6}[:：]?",
                   r"(?:相关|推荐|延伸|热点|热门|更多)(?:阅读|新闻|报道|链接|文章|推荐)[:：]?", r"猜你喜欢[:：]?",
                   r".{0,4}推荐[:：]?", r".{0,4}(?:评论|跟贴|跟帖|留言)\s*(?:[（(]?\d+[）)]?)?[:：]?")
# Words of a sentence that speaks of the site or the article itself.
SELF_REFERENCE = ("本网", "本站", "本报社", "本平台", "本公众号", "本号", "本文", "本刊", "以上内容")
# The label of an article's title where it first ran (`原标题：`, `原题为`, `【原标题】`, `本文原题`),
# ended by a colon, a bracket, a space or a title's 《, so that a sentence's `原题为考生熟知` is not one.
ORIGINAL_TITLE_LABEL = r"(?:本文)?原(?:文)?(?:标题|题目?)(?:\s*(?:为|是)\s*(?:[:：]|(?=《))|\s*[:：】\]]|\s+|(?=《))"
# What opens a line that is chrome whatever follows: a notice's label, a credit's.
STRONG_OPENINGS = (r"(?:特别|郑重)?声明", "免责声明", "版权声明", "版权所有", "凡本网", "本文(?:来源|系|为|由)", "转载",
                   ORIGINAL_TITLE_LABEL,
                   rf"(?:{_EDITORS}|来源|作者)[:：]", r"(?:相关|延伸|更多)(?:阅读|新闻|报道|链接|文章)[:：]")
CONTACT_WORDS = ("微信", "手机", "电话", "联系人", "QQ", "邮箱", "公众号")
# What speaks to the reader, not of the news: a prompt to scan, download, read on or report
# infringement.
PROMPTS = (r"(?:扫码|扫一扫|扫描二维码|长按识别二维码|长按二维码)关注", r"(?:下载|打开).{0,12}(?:客户端|APP|App|app)",
           "看更多新闻", "点击查看更多", "点击阅读原文", "本文来源于网络", r"如有侵权[，,]?请?联系删除")
COUNTER_WORDS = ("阅读", "浏览", "评论", "点赞", "收藏", "点击")
# Roles a credit closing a line names (`…记者 徐俊峰`).
CREDIT_ROLES = ("记者", "通讯员", "作者", *FIELD_LABELS["editor"])

# ---- what a page declares about itself ------------------------------------------------------
# The keys of `Document.declared` the metadata stage reads (`<meta>` names and properties, `ld:`
# for JSON-LD, `h1`), in the order it believes them: the publication date, never a modification's.
DECLARED_DATES = ("article:published_time", "ld:datePublished", "pubdate", "publishdate", "publish_date",
                  "publishtime", "publish-date", "published_time", "og:release_date", "firstpublishedtime",
                  "dc.date.issued", "dc.date", "citation_publication_date", "citation_date", "weibo:article:create_at",
                  "ld:dateCreated")
# Statements of the date believed only where neither the list above nor the text gives one: a
# microdata element (it may be a listed story's), a `<meta>` of a name outside the list, a
# script's object (`pubtime: "…"`) and a `<time>` element.
DECLARED_DATES_WEAK = ("itemprop:datePublished", "meta:published", "script:published", "time")
# What names a `<meta>` the page dates its publication by, beyond the names above (`og:pubdate`,
# `article.published`, `publish-time`, `OriginalPublicationDate`, `ptime`, `pdate`, `date`, `create_at`),
# and what names another date.
PUBLISHED_NAME = re.compile(r"pub(?:lish(?:ed)?|lication)?[\s_.:-]*(?:date|time|at)?$|(?:^|[:._-])p?(?:time|date)$"
                            r"|release[\s_.:-]*date"
                            r"|creat(?:e|ed|ion)[\s_.:-]*(?:date|time|at)|(?:date|time)[\s_.:-]*(?:published|created)", re.I)
OTHER_DATE_NAME = re.compile(r"mod|updat|revis|expir|edit|end|start", re.I)
DECLARED_TITLES = ("og:title", "ld:headline", "data:title", "twitter:title", "dc.title", "h1", "element:title")
DECLARED_AUTHORS = ("ld:author", "article:author", "dc.creator", "citation_author", "citation_authors", "author",
                    "meta:author", "script:author")
DECLARED_SOURCES = ("article:source", "source", "contentsource", "mediaid", "account", "meta:source", "script:source")
# Where the page says it lives (its path may date it).
DECLARED_URLS = ("canonical", "og:url")
DECLARED_SITES = ("og:site_name", "sitename", "site_name", "application-name", "apple-mobile-web-app-title",
                  "ld:publisher")
