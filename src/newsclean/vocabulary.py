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
# `postcomment`, `leftmenu`, `endtext`. Chrome kinds are tried first, so `copyright` is a footer, not a
# sidebar's `right`, and `postcomment` a comment, not a `post`.
DOM_KINDS: dict[str, tuple[str, ...]] = {
    "comment": ("comment", "comments", "cmt", "reply", "replies", "respond", "pinglun", "discuss", "gentie",
                "liuyan", "guestbook", "feedback"),
    "footer": ("footer", "foot", "copyright", "copy", "bottom"),
    "navigation": ("nav", "navi", "navbar", "menu", "breadcrumb", "crumb", "crumbs", "position", "location",
                   "topbar", "toolbar", "pager", "pagination", "subnav", "mainnav", "topnav", "navlist"),
    "share": ("share", "bdshare", "jiathis", "bshare", "social", "fenxiang"),
    "related": ("related", "relate", "recommend", "recom", "remend", "tuijian", "xgxw", "xgyd", "hotnews", "hot",
                "rank", "ranking", "toplist", "morenews", "links", "linklist", "friendlink"),
    "sidebar": ("sidebar", "side", "aside", "sidebox", "widget", "right"),
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
