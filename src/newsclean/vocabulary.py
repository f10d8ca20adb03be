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


def _tokens(name: str) -> set[str]:
    """`postCommentList_2` → {postcommentlist, post, comment, list}: whole segments and camelCase words."""
    out = set()
    for segment in _SEGMENT.findall(name):
        out.add(segment.lower())
        out.update(t.lower() for t in _TOKEN.findall(segment))
    return out


def _matches(token: str, word: str) -> bool:
    return token == word or (len(word) >= _LONG_WORD and (token.startswith(word) or token.endswith(word)))


@lru_cache(maxsize=1 << 12)
def dom_kind(names: str) -> str | None:
    """The kind an element's `class` and `id` (joined by a space) name, if any.

    >>> dom_kind("postCommentList"), dom_kind("main-content"), dom_kind("copyright"), dom_kind("header")
    ('comment', 'article', 'footer', None)
    """
    tokens = _tokens(names)
    if not tokens:
        return None
    for kind, words in DOM_KINDS.items():
        if any(_matches(t, w) for t in tokens for w in words):
            return kind
    return None


# ---- labelled fields ------------------------------------------------------------------------
# The labels pages put before a field's value (`来源：人民网`, `责任编辑：王五`, `发布时间：…`); an
# editor's label may carry a prefix (`松花江网编辑 宋丹`, `网络编辑：`). `photo` credits end a run
# of names; `counter` values (`点击：313`) are no metadata.
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "source": ("来源", "稿源", "出处", "出自", "来自", "转自", "转载自", "文章来源", "新闻来源", "信息来源", "稿件来源",
               "供稿"),
    "author": ("作者", "记者", "通讯员", "撰稿", "撰稿人", "执笔", "执笔人", "特约记者", "见习记者", "首席记者",
               "实习生", "采写", "文"),
    "editor": ("责任编辑", "编辑", "责编", "编审"),
    "date": ("发布时间", "发表时间", "发布日期", "发表日期", "更新时间", "时间", "日期", "发布于", "发表于", "发布",
             "发表", "出版日期", "录入时间", "添加时间"),
    "counter": ("点击数", "点击量", "点击", "浏览次数", "浏览量", "浏览", "阅读数", "阅读量", "阅读", "评论", "人气",
                "访问量"),
    "photo": ("摄影", "摄", "图"),
}
# Words a run of names can swallow that are roles, not names.
ROLE_WORDS = frozenset({"记者", "通讯员", "编辑", "责编", "摄影", "实习生", "作者", "见习记者", "特约记者", "首席记者",
                        "本报记者", "责任编辑", "报道", "摄", "文", "图", "整理", "编译", "综合"})
# What some sites print for an unknown value.
PLACEHOLDERS = frozenset({"未知", "admin", "佚名", "网络", "本站", "本网", "本报", "本台", "本刊", "互联网", "网友",
                          "匿名", "不详", "转载", "原创"})
# Chinese surnames (百家姓, the common ones and the compound ones): a journalist's or editor's
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
) | frozenset({"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
               "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台"})
# What outlets' names end with: a paper, a site, an agency, a broadcaster, an account.
OUTLET_SUFFIXES = ("报", "网", "社", "台", "新闻", "频道", "在线", "发布", "客户端", "周刊", "杂志", "传媒", "资讯",
                   "观察", "热线", "之声", "广播", "电视", "号", "时报", "财经", "日报", "晚报", "晨报")
