"""A bank of page chrome and metadata lines, generated rather than listed.

Every generator takes a `random.Random` and the page's `Site`, and returns lines with their
gold label. Sites, people, phones, dates and wordings are drawn at random from small parts,
so a run sees hundreds of distinct footers, menus and bylines, none of them a seed's text.
Nothing here is used by the library.
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


@dataclass(frozen=True)
class Site:
    """The outlet a page comes from: its site name, its paper, a domain and an ICP prefix."""

    name: str
    paper: str
    domain: str
    province: str


def make_site(rng: random.Random) -> Site:
    place = rng.choice(_PLACES)
    name = place + rng.choice(_SITE_SUFFIX)
    paper = place + rng.choice(_PAPER_SUFFIX)
    domain = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 8)))
    return Site(name, paper, f"www.{domain}.{rng.choice(('com', 'cn', 'com.cn', 'net'))}",
                rng.choice("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青"))


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
    choices = [
        "分享到：", "分享到", "分享：", "分享至：微信 微博 QQ空间",
        f"分享到：{rng.choice(('新浪微博', '微信', '腾讯微博'))} {rng.choice(('QQ空间', '人人网', '豆瓣'))}",
        "【字号：大 中 小】", "字号：T|T", "一键分享", f"点赞（{rng.randint(1, 999)}）  收藏  分享",
        f"阅读：{rng.randint(100, 99999)}  评论：{rng.randint(0, 999)}",
    ]
    return [(rng.choice(choices), "boilerplate:share_widget")]


# ---- metadata lines -----------------------------------------------------------------------

def dateline(rng: random.Random, site: Site, meta: dict) -> Lines:
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
    editor = person(rng)
    meta["editors"] = [editor]
    return [(rng.choice((f"责任编辑：{editor}", f"[责任编辑：{editor}]", f"（编辑：{editor}）",
                         f"编辑：{editor}", f"责编：{editor}")), "boilerplate:editor")]


def original_title(rng: random.Random, site: Site, meta: dict, title: str) -> Lines:
    meta["original_title"] = title
    return [(f"原标题：{title}", "meta:original_title")]


# ---- chrome after the article -------------------------------------------------------------

def related_links(rng: random.Random, site: Site, body_words: list[str]) -> Lines:
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
    return [(rng.choice((
        "免责声明：本文仅代表作者个人观点，与本网无关。",
        "声明：本文内容仅供参考，不构成投资建议，据此操作风险自担。",
        f"（本文来源于网络，不代表{site.name}立场，如有侵权请联系删除）",
        "特别声明：以上内容仅代表作者本人观点，不代表本站观点或立场。",
    )), "boilerplate:disclaimer")]


def icp(rng: random.Random, site: Site) -> Lines:
    n = rng.randint(10_000_000, 99_999_999)
    return [(rng.choice((
        f"{site.province}ICP备{n}号-{rng.randint(1, 9)}",
        f"{site.province}公网安备 {rng.randint(10**13, 10**14 - 1)}号",
        f"互联网新闻信息服务许可证：{rng.randint(10**10, 10**11 - 1)}",
        f"{site.province}ICP证{n}号  {site.province}公网安备{rng.randint(10**13, 10**14 - 1)}号",
    )), "boilerplate:icp")]


def contact_spam(rng: random.Random, site: Site) -> Lines:
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
    lines = [
        (f"上一篇：{teaser(rng, body_words)}", "boilerplate:navigation"),
        (f"下一篇：{teaser(rng, body_words)}", "boilerplate:navigation"),
        ("【打印】【关闭】", "boilerplate:navigation"), ("[ 打印本页 ] [ 关闭窗口 ]", "boilerplate:navigation"),
        ("返回顶部", "boilerplate:navigation"), ("关于我们 | 联系我们 | 广告服务 | 网站地图", "boilerplate:navigation"),
        (f"返回{site.name}首页", "boilerplate:navigation"),
    ]
    return rng.sample(lines, rng.randint(1, 3))


def ad(rng: random.Random, site: Site) -> Lines:
    return [(rng.choice((
        "【广告】", "点击进入专题", f"下载{site.paper}客户端，看更多新闻", "立即下载APP，领取新人红包",
        "招商加盟热线，点击咨询", f"{rng.choice(_PLACES)}楼盘 特价房 点击进入",
    )), "boilerplate:ad")]


def other(rng: random.Random, site: Site) -> Lines:
    return [(rng.choice(("文档附件", "（完）", "【纠错】", f"浏览次数：{rng.randint(10, 9999)}",
                         "附件：", "【编辑推荐】")), "boilerplate:other")]
