"""A bank of page chrome and metadata lines, generated rather than listed.

Every generator takes a `random.Random` and the page's `Site`, and returns lines with their
gold label. Sites, people, phones, dates and wordings are drawn at random from small parts,
so a run sees hundreds of distinct footers, menus and bylines, none of them a seed's text.
Nothing here is used by the library.

Two families of wordings and layouts: `TRAIN`, which rules, weights and thresholds may be
tuned on, and `HELD_OUT` (a site's `family`), which nothing is ever tuned on — other menus,
labels, field layouts (outlet first, fields set apart by U+3000 or `|`), bylines, footers
(licence notices without the cue words), and two kinds of chrome the train family never shows:
comment sections and recommendation feeds. The bench reports both; the gap between them is
the measure of how far the rules generalise.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

_PLACES = ("江州 海城 临川 北沙 云阳 青河 东平 西岭 南浦 金山 平湖 长宁 安远 宁州 泰和 "
           "武陵 湘江 闽东 桂林 蜀都 燕赵 齐鲁 荆楚 吴越 黔南 陇原 天山 渤海 黄河 珠江").split()
_SITE_SUFFIX = ("网", "新闻网", "在线", "热线", "新闻", "资讯网")
_PAPER_SUFFIX = ("日报", "晚报", "商报", "都市报", "晨报", "广播电视台", "发布", "观察")
_NATIONAL = ("新华社", "中新网", "人民网", "央视新闻", "澎湃新闻", "经济观察网", "第一财经", "光明网")
_SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红玲建国志文晓东海燕鹏飞宇浩然欣怡俊峰婷雪梅"
_SECTIONS = ("新闻", "国内", "国际", "社会", "财经", "体育", "娱乐", "科技", "教育", "房产", "汽车", "健康",
             "旅游", "时政", "评论", "图片", "视频", "专题", "本地", "民生")
_TEASER_WORDS = ("全市", "加快", "推进", "召开", "举行", "发布", "启动", "建设", "发展", "工作会议", "专项行动",
                 "高质量", "乡村振兴", "营商环境", "重点项目", "民生实事", "春耕", "防汛", "消费", "文旅",
                 "交通", "医保", "教育", "就业", "创新", "产业园", "开幕", "签约", "调研", "部署")


TRAIN, HELD_OUT = "train", "held_out"
FAMILIES = (TRAIN, HELD_OUT)


@dataclass(frozen=True)
class Site:
    """The outlet a page comes from: its site name, its paper, a domain and an ICP prefix, and
    the family of wordings its pages are built from."""

    name: str
    paper: str
    domain: str
    province: str
    family: str = TRAIN

    @property
    def held_out(self) -> bool:
        return self.family == HELD_OUT


def make_site(rng: random.Random, family: str = TRAIN) -> Site:
    if family not in FAMILIES:
        raise ValueError(f"family must be one of {FAMILIES}")
    place = rng.choice(_PLACES)
    name = place + rng.choice(_SITE_SUFFIX)
    paper = place + rng.choice(_PAPER_SUFFIX)
    domain = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 8)))
    return Site(name, paper, f"www.{domain}.{rng.choice(('com', 'cn', 'com.cn', 'net'))}",
                rng.choice("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青"), family)


def person(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))


def phone(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
    if kind < 0.8:
        return "0" + str(rng.randint(10, 999)) + rng.choice(("-", "")) + str(rng.randint(10_000_000, 89_999_999))
    sep = rng.choice((" ", "-", ""))
    return f"400{sep}{rng.randint(100, 999)}{sep}{rng.randint(1000, 9999)}"


def email(rng: random.Random, site: Site) -> str:
    user = rng.choice(("news", "tougao", "editor", "jubao", "xinwen", "service", "webmaster"))
    host = rng.choice((site.domain.removeprefix("www."), "163.com", "qq.com", "126.com"))
    return f"{user}@{host}"


def teaser(rng: random.Random, body_words: list[str]) -> str:
    words = rng.sample(_TEASER_WORDS, 2) + rng.sample(body_words, min(2, len(body_words)))
    rng.shuffle(words)
    return "".join(words)


@dataclass
class Date:
    y: int
    m: int
    d: int
    hh: int | None
    mm: int | None

    @property
    def iso(self) -> str:
        base = f"{self.y:04d}-{self.m:02d}-{self.d:02d}"
        return base if self.hh is None else f"{base}T{self.hh:02d}:{self.mm:02d}"

    def render(self, rng: random.Random) -> str:
        clock = "" if self.hh is None else f" {self.hh:02d}:{self.mm:02d}"
        if self.hh is not None and rng.random() < 0.3:
            clock += f":{rng.randint(0, 59):02d}"
        style = rng.randrange(4)
        if style == 0:
            return f"{self.y}-{self.m:02d}-{self.d:02d}{clock}"
        if style == 1:
            return f"{self.y}年{self.m}月{self.d}日{clock}"
        if style == 2:
            return f"{self.y}/{self.m:02d}/{self.d:02d}{clock}"
        return f"{self.y}年{self.m:02d}月{self.d:02d}日{clock}"


def make_date(rng: random.Random) -> Date:
    timed = rng.random() < 0.7
    return Date(rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28),
                rng.randint(0, 23) if timed else None, rng.randint(0, 59) if timed else None)


Lines = list[tuple[str, str]]


# ---- chrome before the article ------------------------------------------------------------

def navigation_head(rng: random.Random, site: Site) -> Lines:
    if site.held_out:
        return _held_out_navigation_head(rng, site)
    sections = rng.sample(_SECTIONS, rng.randint(4, 9))
    sep = rng.choice((" | ", "  ", " ", "|", " · "))
    crumb = rng.choice((" > ", ">", " » ", " - ", "→"))
    choices = [
        sep.join(["首页", *sections]),
        f"当前位置：首页{crumb}{sections[0]}{crumb}{sections[1]}",
        f"您的位置：{site.name}{crumb}{sections[0]}{crumb}正文",
        f"首页{crumb}{sections[0]}{crumb}{sections[1]}",
        f"{site.name}{crumb}{sections[0]}频道",
        "设为首页 | 加入收藏 | 联系我们",
        f"登录 | 注册 | 手机版 | {rng.choice(('客户端', 'APP下载', '无障碍'))}",
    ]
    return [(rng.choice(choices), "boilerplate:navigation")]


def share_widget(rng: random.Random, site: Site) -> Lines:
    if site.held_out:
        return _held_out_share_widget(rng, site)
    choices = [
        "分享到：", "分享到", "分享：", "分享至：微信 微博 QQ空间",
        f"分享到：{rng.choice(('新浪微博', '微信', '腾讯微博'))} {rng.choice(('QQ空间', '人人网', '豆瓣'))}",
        "【字号：大 中 小】", "字号：T|T", "一键分享", f"点赞（{rng.randint(1, 999)}）  收藏  分享",
        f"阅读：{rng.randint(100, 99999)}  评论：{rng.randint(0, 999)}",
    ]
    return [(rng.choice(choices), "boilerplate:share_widget")]


# ---- metadata lines -----------------------------------------------------------------------

def dateline(rng: random.Random, site: Site, meta: dict) -> Lines:
    if site.held_out:
        return _held_out_dateline(rng, site, meta)
    date = make_date(rng)
    meta["published_at"] = date.iso
    when = date.render(rng)
    label = rng.choice(("", "", "发布时间：", "时间：", "发布日期：", "日期："))
    source = rng.choice((site.paper, site.name, rng.choice(_NATIONAL)))
    style = rng.randrange(4)
    if style == 0:
        meta["source"] = source
        line = f"{label}{when} 来源：{source}"
    elif style == 1:
        meta["source"] = source
        line = f"{when}{rng.choice(('  ', '    ', ' '))}{source}"
    elif style == 2:
        meta["source"] = source
        author = person(rng)
        meta["authors"] = [author]
        line = f"{label}{when} 来源：{source} 作者：{author}"
    else:
        line = f"{label}{when}"
    return [(line, "meta:dateline")]


def byline(rng: random.Random, site: Site, meta: dict) -> Lines:
    if site.held_out:
        return _held_out_byline(rng, site, meta)
    authors = [person(rng) for _ in range(rng.choice((1, 1, 2, 3)))]
    meta["authors"] = authors
    names = " ".join(authors)
    style = rng.randrange(6)
    if style == 0:
        return [(f"本报记者 {names}", "meta:byline")]
    if style == 1:
        return [(f"文/{names}", "meta:byline")]
    if style == 2:
        meta["source"] = meta.get("source") or site.paper
        return [(f"（{site.paper}全媒体记者 {names}）", "meta:byline")]
    if style == 3:
        editor = person(rng)
        meta["editors"] = [editor]
        return [(f"（记者 {names} 编辑 {editor}）", "meta:byline")]
    if style == 4:
        return [(f"记者：{names}", "meta:byline")]
    return [(f"作者：{names}", "meta:byline")]


def editor_line(rng: random.Random, site: Site, meta: dict) -> Lines:
    if site.held_out:
        return _held_out_editor_line(rng, site, meta)
    editor = person(rng)
    meta["editors"] = [editor]
    return [(rng.choice((f"责任编辑：{editor}", f"[责任编辑：{editor}]", f"（编辑：{editor}）",
                         f"编辑：{editor}", f"责编：{editor}")), "boilerplate:editor")]


def original_title(rng: random.Random, site: Site, meta: dict, title: str) -> Lines:
    if site.held_out:
        return _held_out_original_title(rng, site, meta, title)
    meta["original_title"] = title
    return [(f"原标题：{title}", "meta:original_title")]


# ---- chrome after the article -------------------------------------------------------------

def related_links(rng: random.Random, site: Site, body_words: list[str]) -> Lines:
    if site.held_out:
        return _held_out_related_links(rng, site, body_words)
    heading = rng.choice(("相关阅读", "相关新闻", "相关阅读：", "推荐阅读", "相关报道", "延伸阅读",
                          "热门推荐", "猜你喜欢", "更多新闻", "热点新闻"))
    out = [(heading, "boilerplate:related_links")]
    style = rng.randrange(4)
    for _ in range(rng.randint(2, 6)):
        text = teaser(rng, body_words)
        if style == 0:
            line = text + rng.choice(("...", "…"))
        elif style == 1:
            line = f"· {text} {make_date(rng).render(rng).split()[0]}"
        elif style == 2:
            line = f"{text}\n{text[:8]}，{rng.choice(body_words)}{teaser(rng, body_words)} -"
        else:
            line = f"{rng.randint(1, 9)}. {text}"
        out.extend((part, "boilerplate:related_links") for part in line.split("\n"))
    return out


def copyright_block(rng: random.Random, site: Site, meta: dict) -> Lines:
    if site.held_out:
        return _held_out_copyright(rng, site, meta)
    year = rng.randint(2000, 2010)
    style = rng.randrange(5)
    if style == 0:
        return [(f"Copyright © {year}-{year + 14} {site.domain} All Rights Reserved", "boilerplate:copyright")]
    if style == 1:
        return [(f"版权所有：{site.name} 未经许可不得转载", "boilerplate:copyright")]
    if style == 2:
        return [(f"凡本网注明“来源：{site.name}”的所有作品，版权均属于{site.name}，未经本网书面授权，"
                 f"任何单位和个人不得转载、摘编或以其它方式使用。", "boilerplate:copyright")]
    if style == 3:
        heading = rng.choice((f"{site.name}版权与免责声明：", f"{site.name}版权声明：", "版权声明："))
        if heading != "版权声明：":
            meta["site"] = meta["site"] or site.name
        return [(heading, "boilerplate:copyright"),
                (f"一、凡本网注明“来源：{site.paper}”的作品，版权均属于{site.paper}，转载请注明出处。",
                 "boilerplate:copyright"),
                ("二、本网转载的其他媒体作品，目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。",
                 "boilerplate:copyright"),
                (f"三、如因作品内容、版权等问题需要同本网联系的，请在{rng.randint(15, 30)}日内进行。",
                 "boilerplate:copyright")]
    return [(f"本文为{site.paper}原创稿件，转载请注明出处。", "boilerplate:copyright")]


def disclaimer(rng: random.Random, site: Site) -> Lines:
    if site.held_out:
        return _held_out_disclaimer(rng, site)
    return [(rng.choice((
        "免责声明：本文仅代表作者个人观点，与本网无关。",
        "声明：本文内容仅供参考，不构成投资建议，据此操作风险自担。",
        f"（本文来源于网络，不代表{site.name}立场，如有侵权请联系删除）",
        "特别声明：以上内容仅代表作者本人观点，不代表本站观点或立场。",
    )), "boilerplate:disclaimer")]


def icp(rng: random.Random, site: Site) -> Lines:
    if site.held_out:
        return _held_out_icp(rng, site)
    n = rng.randint(10_000_000, 99_999_999)
    return [(rng.choice((
        f"{site.province}ICP备{n}号-{rng.randint(1, 9)}",
        f"{site.province}公网安备 {rng.randint(10**13, 10**14 - 1)}号",
        f"互联网新闻信息服务许可证：{rng.randint(10**10, 10**11 - 1)}",
        f"{site.province}ICP证{n}号  {site.province}公网安备{rng.randint(10**13, 10**14 - 1)}号",
    )), "boilerplate:icp")]


def contact_spam(rng: random.Random, site: Site) -> Lines:
    if site.held_out:
        return _held_out_contact_spam(rng, site)
    lines = [
        f"新闻热线：{phone(rng)}", f"投稿邮箱：{email(rng, site)}", f"违法和不良信息举报电话：{phone(rng)}",
        f"商务合作请加微信：{rng.choice(('news', 'hz', 'kf'))}{rng.randint(100, 9999)}",
        f"广告合作：{phone(rng)}（{person(rng)}）", f"QQ群：{rng.randint(10**8, 10**9)}",
        "扫一扫，关注我们的微信公众号", f"长按识别二维码关注“{site.name}”", "扫描二维码，下载客户端",
        f"欢迎关注{site.paper}官方微信公众号", f"联系人：{person(rng)} 手机：{phone(rng)}",
        f"举报邮箱：{email(rng, site)}", "微信扫码 分享给好友",
    ]
    return [(line, "boilerplate:contact_spam") for line in rng.sample(lines, rng.randint(1, 3))]


def navigation_tail(rng: random.Random, site: Site, body_words: list[str]) -> Lines:
    if site.held_out:
        return _held_out_navigation_tail(rng, site, body_words)
    lines = [
        (f"上一篇：{teaser(rng, body_words)}", "boilerplate:navigation"),
        (f"下一篇：{teaser(rng, body_words)}", "boilerplate:navigation"),
        ("【打印】【关闭】", "boilerplate:navigation"), ("[ 打印本页 ] [ 关闭窗口 ]", "boilerplate:navigation"),
        ("返回顶部", "boilerplate:navigation"), ("关于我们 | 联系我们 | 广告服务 | 网站地图", "boilerplate:navigation"),
        (f"返回{site.name}首页", "boilerplate:navigation"),
    ]
    return rng.sample(lines, rng.randint(1, 3))


def ad(rng: random.Random, site: Site) -> Lines:
    if site.held_out:
        return _held_out_ad(rng, site)
    return [(rng.choice((
        "【广告】", "点击进入专题", f"下载{site.paper}客户端，看更多新闻", "立即下载APP，领取新人红包",
        "招商加盟热线，点击咨询", f"{rng.choice(_PLACES)}楼盘 特价房 点击进入",
    )), "boilerplate:ad")]


def other(rng: random.Random, site: Site) -> Lines:
    if site.held_out:
        return _held_out_other(rng, site)
    return [(rng.choice(("文档附件", "（完）", "【纠错】", f"浏览次数：{rng.randint(10, 9999)}",
                         "附件：", "【编辑推荐】")), "boilerplate:other")]


# ---- the held-out family: never tuned on --------------------------------------------------

_WIDE = "\u3000"
_FEED_SOURCES = ("新华网", "央视网", "环球网", "中国日报网", "北京日报客户端", "红星新闻", "潇湘晨报", "封面新闻")
_AGO = ("刚刚", "3分钟前", "15分钟前", "1小时前", "2小时前", "5小时前", "昨天", "2天前")
_COMMENTS = ("说得太好了，支持一下！", "这个政策什么时候能落到我们县里？", "希望能真正落实，别走过场。",
             "我家就在附近，确实变化很大。", "顶一个，期待后续报道", "请问具体怎么申请，有没有电话可以咨询",
             "小编辛苦了", "关注中，希望越来越好。", "不明觉厉", "早就该这样了！！！", "楼上说的对",
             "去年我们那里也搞过，效果一般般。")


def _held_out_navigation_head(rng: random.Random, site: Site) -> Lines:
    sections = rng.sample(_SECTIONS, rng.randint(4, 8))
    choices = [
        " / ".join(["网站首页", *sections]),
        "丨".join(sections),
        "网站首页 政务公开 办事服务 互动交流 数据发布",
        f"{site.name} 正文",
        "无障碍浏览 | 关怀版 | 繁體",
        "请登录 免费注册 APP 微博 微信",
        f"{rng.choice(sections)} > {rng.choice(sections)} > 详情",
    ]
    return [(rng.choice(choices), "boilerplate:navigation")]


def _held_out_share_widget(rng: random.Random, site: Site) -> Lines:
    choices = [
        f"收藏 举报 {rng.randint(0, 99)} 条评论", "微信 微博 QQ空间 复制链接", f"{rng.randint(2, 999)}人已赞",
        "打印 | 纠错 | 关闭", "A+ A- 朗读", f"转发 {rng.randint(1, 99)}  点赞 {rng.randint(1, 999)}",
    ]
    return [(rng.choice(choices), "boilerplate:share_widget")]


def _held_out_dateline(rng: random.Random, site: Site, meta: dict) -> Lines:
    date = make_date(rng)
    meta["published_at"] = date.iso
    when = date.render(rng)
    source = rng.choice((site.paper, site.name, rng.choice(_NATIONAL)))
    meta["source"] = source
    style = rng.randrange(5)
    if style == 0:
        line = f"{source} {when}"
    elif style == 1:
        author = person(rng)
        meta["authors"] = [author]
        line = f"{when} | 来源：{source} | 作者：{author}"
    elif style == 2:
        line = f"发布时间：{when}{_WIDE * 2}来源：{source}{_WIDE * 2}【字号：大 中 小】"
    elif style == 3:
        line = f"稿源：{source}    {when}    浏览次数：{rng.randint(10, 9999)}"
    else:
        line = f"{when}{_WIDE}{source}"
    return [(line, "meta:dateline")]


def _held_out_byline(rng: random.Random, site: Site, meta: dict) -> Lines:
    authors = [person(rng) for _ in range(rng.choice((1, 1, 2)))]
    meta["authors"] = authors
    names = " ".join(authors)
    style = rng.randrange(4)
    if style == 0:
        return [(f"撰文：{names}", "meta:byline")]
    if style == 1:
        return [(f"（特约记者 {names}）", "meta:byline")]
    if style == 2:
        return [(f"□ 记者 {names}", "meta:byline")]
    return [(f"{site.paper}记者 {names} 报道", "meta:byline")]


def _held_out_editor_line(rng: random.Random, site: Site, meta: dict) -> Lines:
    editor = person(rng)
    meta["editors"] = [editor]
    return [(rng.choice((f"值班编辑：{editor}", f"审核：{person(rng)}　编辑：{editor}", f"本期编辑 {editor}",
                         f"（编辑 {editor}）")), "boilerplate:editor")]


def _held_out_original_title(rng: random.Random, site: Site, meta: dict, title: str) -> Lines:
    meta["original_title"] = title
    return [(f"原题：{title}", "meta:original_title")]


def _held_out_related_links(rng: random.Random, site: Site, body_words: list[str]) -> Lines:
    heading = rng.choice(("大家都在看", "相关推荐", "精彩推荐", "往期回顾", "为你推荐"))
    out = [(heading, "boilerplate:related_links")]
    for _ in range(rng.randint(3, 8)):
        text = teaser(rng, body_words)
        line = rng.choice((f"{text}  {rng.choice(_FEED_SOURCES)}  {rng.choice(_AGO)}",
                           f"{text} {rng.randint(1, 999)}评", f"▪ {text}"))
        out.append((line, "boilerplate:related_links"))
    return out


def comment_section(rng: random.Random, site: Site) -> Lines:
    """Readers' comments after the article: a heading, then names, times and comments."""
    heading = rng.choice(("网友评论", "热门评论", f"全部评论（{rng.randint(3, 99)}）", "最新评论"))
    out = [(heading, "boilerplate:comment")]
    for _ in range(rng.randint(2, 6)):
        name = rng.choice((person(rng), f"{rng.choice(_PLACES)}网友", f"用户{rng.randint(1000, 99999)}"))
        when = rng.choice(_AGO)
        comment = rng.choice(_COMMENTS)
        if rng.random() < 0.5:
            out += [(f"{name} {when}", "boilerplate:comment"), (comment, "boilerplate:comment")]
        else:
            out.append((f"{name}：{comment}  {when}", "boilerplate:comment"))
    out.append((rng.choice(("查看更多评论", "发表评论", "我来说两句")), "boilerplate:comment"))
    return out


def _held_out_copyright(rng: random.Random, site: Site, meta: dict) -> Lines:
    style = rng.randrange(4)
    if style == 0:
        return [(f"本站所刊内容均属{site.paper}所有，引用须经书面同意。", "boilerplate:copyright")]
    if style == 1:
        return [(f"本作品由{site.name}出品，欢迎以链接形式分享，请勿用于商业用途。", "boilerplate:copyright")]
    if style == 2:
        return [(f"{site.name}　主办：{site.paper}社　技术支持：{rng.choice(_PLACES)}信息科技有限公司",
                 "boilerplate:copyright")]
    return [("Powered by NewsCMS", "boilerplate:copyright"),
            (f"{site.name} 地址：{rng.choice(_PLACES)}市{rng.choice(_PLACES)}路{rng.randint(1, 300)}号",
             "boilerplate:copyright")]


def _held_out_disclaimer(rng: random.Random, site: Site) -> Lines:
    return [(rng.choice((
        "文中观点只代表作者个人，本网不承担任何责任。",
        "以上资讯由企业提供，读者据此操作，风险自担。",
        f"注：本文经{site.name}编辑整理，内容以官方发布为准。",
    )), "boilerplate:disclaimer")]


def _held_out_icp(rng: random.Random, site: Site) -> Lines:
    n = rng.randint(10_000_000, 99_999_999)
    return [(rng.choice((
        f"信息网络传播视听节目许可证 {n}号",
        f"广播电视节目制作经营许可证（{site.province}）字第{rng.randint(100, 9999)}号",
        f"网络文化经营许可证：{site.province}网文〔{rng.randint(2010, 2024)}〕{rng.randint(1000, 9999)}号",
    )), "boilerplate:icp")]


def _held_out_contact_spam(rng: random.Random, site: Site) -> Lines:
    lines = [
        f"爆料请拨打：{phone(rng)}", f"合作请联系：{email(rng, site)}", f"加入读者群请备注“{site.name}”",
        "关注我们：微信 | 抖音 | 头条号", f"值班电话 {phone(rng)}", f"业务联系 {person(rng)} {phone(rng)}",
    ]
    return [(line, "boilerplate:contact_spam") for line in rng.sample(lines, rng.randint(1, 3))]


def _held_out_navigation_tail(rng: random.Random, site: Site, body_words: list[str]) -> Lines:
    lines = [
        (f"上一条：{teaser(rng, body_words)}", "boilerplate:navigation"),
        (f"下一条：{teaser(rng, body_words)}", "boilerplate:navigation"),
        ("回到顶部", "boilerplate:navigation"), ("返回列表", "boilerplate:navigation"),
        ("« 前一篇 | 后一篇 »", "boilerplate:navigation"),
    ]
    return rng.sample(lines, rng.randint(1, 3))


def _held_out_ad(rng: random.Random, site: Site) -> Lines:
    return [(rng.choice(("扫码领取优惠券", "限时特惠 了解详情", "赞助商链接", "推广",
                         f"{rng.choice(_PLACES)}新房 首付{rng.randint(5, 30)}万起 火热认筹中")), "boilerplate:ad")]


def _held_out_other(rng: random.Random, site: Site) -> Lines:
    return [(rng.choice(("（本文完）", "图片来源：网络", "点击图片进入下一页", "本文共2页 上一页 1 2 下一页",
                         "觉得不错就点个在看吧")), "boilerplate:other")]
