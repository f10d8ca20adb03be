"""Pages shaped like a news site's HTML, the input a crawl mostly brings back: every system's
quality and speed on them, in one run.

    python -m benchmarks.site_pages [N]

The suite's HTML pages hold an article and its chrome lines, one block each (2 KB). These
wrap the same held-out articles (the first N odd-numbered, default 200) the way news sites
do (about 25 KB): the suite's page (`benchmarks.pages`: headline, dateline, chrome lines,
body) in an article block, a <title> with the site's name after the headline, a navigation
bar of 40–80 channel links, a breadcrumb, a list of 30–80 related headlines with dates,
scripts and a stylesheet in the head and at the end, and a footer. Gold: the article's
paragraphs and metadata; chrome: every other text line. Scored as the suite scores
(`suite.score`), timed after a warm-up on two other pages (and `newsclean.preload()`).
"""
from __future__ import annotations

import html
import random
import sys
import time

from benchmarks import suite
from benchmarks.corpus import articles
from benchmarks.pages import headline, make_page
from benchmarks.systems import PRELOAD, available

SEED = 2025
CHANNELS = ("首页", "新闻", "国内", "国际", "社会", "体育", "财经", "股票", "娱乐", "科技", "汽车", "房产",
            "教育", "旅游", "健康", "文化", "军事", "评论", "图片", "视频", "专题", "本地", "政务", "时尚")
SCRIPT = ("<script>var _hmt = _hmt || []; (function() { var hm = document.createElement('script'); "
          "hm.src = 'https://hm.example.com/hm.js'; var s = document.getElementsByTagName('script')[0]; "
          "s.parentNode.insertBefore(hm, s); })();</script>")
STYLE = "<style>" + "".join(f".c{i}{{margin:0 {i}px;color:#{i:03d}}}" for i in range(200)) + "</style>"


def site_page(doc_id: str, article: str, others: list[str], rng: random.Random) -> suite.BenchDoc:
    page = make_page(article, rng)
    site = page.meta["site"] or rng.choice(("江州网", "松花江网", "东方资讯网", "滨海新闻网"))
    esc = lambda s: html.escape(s, quote=False)  # noqa: E731
    nav = [rng.choice(CHANNELS) for _ in range(rng.randint(40, 80))]
    related = [(headline(rng.choice(others), rng), f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
               for _ in range(rng.randint(30, 80))]
    footer = [f"关于我们 | 联系我们 | 网站地图 | 广告服务 | {site}招聘",
              f"Copyright © 2003-2024 {site} All Rights Reserved"]
    lines = page.text.split("\n")
    markup = (
        f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{esc(page.meta['title'])}_{esc(site)}</title>"
        f"{STYLE}{SCRIPT * 5}</head><body>\n"
        f"<div class=\"nav\"><ul>{''.join(f'<li><a href=/c{i}/>{c}</a></li>' for i, c in enumerate(nav))}</ul></div>\n"
        f"<div class=\"crumb\"><a href=/>{esc(site)}</a> &gt; <a href=/news/>新闻</a> &gt; 正文</div>\n"
        "<div class=\"article\">\n" + "\n".join(f"<p>{esc(line)}</p>" for line in lines) + "\n</div>\n"
        "<div class=\"related\"><h3>相关新闻</h3><ul>"
        + "".join(f"<li><a href=/a{i}.html>{esc(t)}</a><span>{d}</span></li>" for i, (t, d) in enumerate(related))
        + "</ul></div>\n<div class=\"footer\">" + "".join(f"<p>{esc(f)}</p>" for f in footer) + "</div>\n"
        + SCRIPT * 5 + "</body></html>"
    )
    chrome = [(line, line) for line, label in zip(lines, page.labels, strict=True)
              if label not in ("body", "source_tail")]
    chrome += [(f"{page.meta['title']}_{site}", ""), (f"{site} > 新闻 > 正文", "")] + [(c, "") for c in nav]
    chrome += [(f"{t}{d}", "") for t, d in related] + [(f, "") for f in footer]
    return suite.BenchDoc(doc_id, "site_html", markup, page.body, page.meta, chrome,
                          [(p, "") for p in page.body])


def build(n: int) -> list[suite.BenchDoc]:
    rng = random.Random(SEED)
    texts = [text for index, _, text in articles() if index % 2 == 1][:n]
    return [site_page(f"thucnews:{2 * i + 1}", text, texts[:i] + texts[i + 1:], rng) for i, text in enumerate(texts)]


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    docs = build(int(argv[0]) if argv else 200)
    size = sum(d.size for d in docs)
    print(f"{len(docs)} site-shaped HTML pages, {size / 1e6:.1f} MB ({size / len(docs) / 1000:.0f} KB a page)")
    print("| system | CER | boilerplate left | paragraphs lost | meta right | ms a page | MB/s | speed × ftfy |")
    print("|---|---|---|---|---|---|---|---|")
    seconds = {}
    for name, system in available().items():
        if name in PRELOAD:
            PRELOAD[name]()
        for doc in docs[:2]:
            system(doc.page)
        start = time.perf_counter()
        outputs = [system(doc.page) for doc in docs]
        seconds[name] = time.perf_counter() - start
        s = suite.summarise([suite.score(d, paragraphs, meta)
                             for d, (paragraphs, meta) in zip(docs, outputs, strict=True)])
        meta = "—" if s["meta_right"] is None else f"{s['meta_right']:.2%}"
        versus_ftfy = f"{seconds['ftfy'] / seconds[name]:.2f}" if "ftfy" in seconds else "—"
        print(f"| {name} | {s['cer']:.4f} | {s['boilerplate_left']:.2%} | {s['paragraphs_lost']:.2%} | {meta} | "
              f"{1000 * seconds[name] / len(docs):.2f} | {size / 1e6 / seconds[name]:.2f} | {versus_ftfy} |")


if __name__ == "__main__":
    main()
