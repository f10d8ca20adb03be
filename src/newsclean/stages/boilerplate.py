"""Boilerplate: page chrome, copyright blocks, contact spam and link lists around the article.

Decisions come from structure first: the article is the span from the first to the last
prose line that carries no boilerplate cue; lines outside it are chrome, and a footer
heading (`…版权与免责声明:`, `相关阅读`) takes every line below it. Cue words only name the
kind of a line already outside the article, or mark a prose line as chrome when the cue
is strong (it opens the line, or several contact cues stand together).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from newsclean.document import Document
from newsclean.stages.lines import cjk_count, is_prose

KINDS = ("copyright", "disclaimer", "related_links", "contact_spam", "share_widget",
         "navigation", "icp", "editor", "byline", "dateline", "original_title", "ad", "other")

_PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|400[ -]?\d{3,4}[ -]?\d{3,4})(?!\d)")
_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("icp", re.compile(r"ICP|备案号|网安备")),
    ("copyright", re.compile(r"版权所有|版权声明|版权归|未经授权|未经.{0,6}许可|禁止转载|转载请|"
                             r"如需转载|侵权|著作权|Copyright|©|\(c\)", re.IGNORECASE)),
    ("disclaimer", re.compile(r"免责|不代表本.{0,3}观点|仅供参考")),
    ("related_links", re.compile(r"^(?:相关|推荐|延伸|热点|猜你喜欢|更多)(?:阅读|新闻|报道|链接|文章|推荐)?[:：]?$")),
    ("share_widget", re.compile(r"^分享到|分享至|^分享$|官方微信|扫描二维码|推送至手机")),
    ("contact_spam", re.compile(r"扫一扫|扫码|二维码|公众号|微信号|微信[/:：]|手机[:：]|手机号|联系人|"
                                r"举报电话|举报邮箱|客服|QQ[:：群]|[\w.]+@[\w-]+\.\w+")),
    ("navigation", re.compile(r"网站地图|联系我们|关于我们|上一篇|下一篇|返回首页|打印本页|关闭窗口|"
                              r"^首页\s*[>›»]|当前位置|简介.{0,8}简介")),
    ("ad", re.compile(r"广告|招商加盟|点击进入|立即下载")),
]
# A footer heading: short, ends with a colon or is a bare heading word, and names a block.
_FOOTER_HEADING = re.compile(
    r"^(?:.{0,20}(?:版权|免责|声明|侵权|公告)[^，,。]{0,6}[:：]?"
    r"|(?:相关|推荐|延伸)(?:阅读|新闻|报道|链接|文章)[:：]?)$"
)
_STRONG_OPENING = re.compile(r"^(?:版权声明|免责声明|声明|版权所有|本文来源|转载|原标题|责任编辑|编辑)[:：]?")
_CONTACT_WORDS = re.compile(r"微信|手机|电话|联系人|QQ|邮箱|公众号")


def cue_kind(line: str) -> str | None:
    """The boilerplate kind a line's cue words or phone numbers suggest, if any."""
    if len(_PHONE.findall(line)) >= 1 and cjk_count(line) < 40:
        return "contact_spam"
    for kind, pattern in _CUES:
        if pattern.search(line):
            return kind
    return None


def is_chrome_prose(line: str) -> bool:
    """A prose-shaped line that is still boilerplate: a strong cue opens it, it carries
    several contact cues, or it is short and cued. A cue deep inside a long paragraph
    (an article about copyright law) does not make it chrome."""
    if _STRONG_OPENING.match(line):
        return True
    if len(set(_CONTACT_WORDS.findall(line))) >= 2 or _PHONE.search(line):
        return True
    if len(line) <= BYLINE_MAX and byline_at_end(line):
        return True
    return cjk_count(line) < 40 and cue_kind(line) is not None


# A reporter's credit line ends with the names: `(江城日报全媒体记者 徐俊峰 …编辑 宋丹)`.
BYLINE_MAX = 60
_BYLINE_END = re.compile(
    r"(?:记者|通讯员|作者|编辑|责编)[:：]?\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*[)）]?$")


_SENTENCE_BEFORE = re.compile(r"[\u4e00-\u9fff]{6}[^。！？]*[。！？]")


def byline_at_end(line: str) -> bool:
    """A line that is only a credit, not a paragraph that ends with one."""
    m = _BYLINE_END.search(line)
    return bool(m) and not _SENTENCE_BEFORE.search(line[:m.start()])


def is_footer_heading(line: str) -> bool:
    return len(line) <= 30 and bool(_FOOTER_HEADING.match(line))


def body_span(lines: list[str]) -> tuple[int, int] | None:
    """Indices of the first and last article line: prose, not chrome, above any footer heading."""
    end = len(lines)
    seen_prose = False
    for i, line in enumerate(lines):
        if seen_prose and is_footer_heading(line):
            end = i
            break
        seen_prose = seen_prose or (is_prose(line) and not is_chrome_prose(line))
    article = [i for i in range(end) if is_prose(lines[i]) and not is_chrome_prose(lines[i])]
    return (article[0], article[-1]) if article else None


class RemoveBoilerplate:
    """Removes every line outside the article span, each with a kind and a reason."""

    name = "boilerplate"

    def __init__(self, keep: Iterable[str] = ()):
        self.keep = frozenset(keep)
        unknown = self.keep - set(KINDS)
        if unknown:
            raise ValueError(f"unknown boilerplate kinds {sorted(unknown)}; kinds are {KINDS}")

    def __call__(self, doc: Document) -> Document:
        if not doc.lines:
            return doc
        texts = [t for _, t in doc.lines]
        span = body_span(texts)
        if span is None:
            return self._remove_cued_only(doc)
        first, last = span
        kept, block_kind = [], None
        for i, (number, text) in enumerate(doc.lines):
            if first <= i <= last:
                kept.append((number, text))
                continue
            where = "before the article" if i < first else "after the article"
            if i > last and is_footer_heading(text):
                block_kind = cue_kind(text) or "other"
                kind, reason = block_kind, f"footer heading {where}"
            elif cue_kind(text):
                kind, reason = cue_kind(text), f"cue words {where}"
            elif block_kind:
                kind, reason = block_kind, "under a footer heading"
            else:
                kind, reason = "other", f"not prose, {where}"
            if kind in self.keep:
                kept.append((number, text))
            else:
                doc.remove(kind, text, number, reason)
        doc.lines = kept
        return doc

    def _remove_cued_only(self, doc: Document) -> Document:
        """With no prose at all there is no article to anchor on: drop only cued lines."""
        kept = []
        for number, text in doc.lines:
            kind = cue_kind(text)
            if kind and kind not in self.keep and not is_prose(text):
                doc.remove(kind, text, number, "cue words, page has no prose")
            else:
                kept.append((number, text))
        doc.lines = kept
        return doc
