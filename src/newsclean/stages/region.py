"""The article's place on the page, decided once from graded evidence over every line.

Each line gets a score: the log-odds that it is the article's, a sum of weights over what the
line shows — its length in Chinese, its sentence punctuation, its cue words and shape, whether it
repeats on the page, and on HTML pages what the markup says (link density, the tag, the
`class`/`id` words of its ancestors, whether it sits in the container holding most of the
page's prose). The weights are a table (`resources/line_weights.json`) learned by
`scripts/train_lines.py`; `explain` shows each line's score.

The article is then decoded over the whole page as the best-scoring sequence of states
(head → article ⇄ gap → tail): a line in the article adds its score; opening a gap inside the
article costs `gap_open`, and each line inside it `gap_line` more, so a long run of chrome ends
the article even when a prose-like line follows it (a comment, a recommended headline), while a
share bar between two paragraphs is only a gap. A footer heading (`相关阅读`, `网友评论`) costs
`gap_heading` to bridge: the block it opens is not the article's.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from newsclean import chrome, fields
from newsclean.document import Article, Block, Document
from newsclean.stages.script import classification_keys
from newsclean.text import TRUNCATED, cjk_count, is_prose

_LENGTH_BINS = ((0, "0"), (1, "1-4"), (5, "5-9"), (10, "10-19"), (20, "20-39"), (40, "40-79"), (80, "80+"))
_PUNCT = re.compile(r"[，,。！？；;、：:]")
_SENTENCE_MARK = re.compile(r"[。！？!?]")
_ENDS_SENTENCE = re.compile(r"[。！？!?…][”’」』）)]?$")
_LATIN = re.compile(r"[A-Za-z0-9]")
_DIGIT = re.compile(r"[0-9]")
# A date or a clock time anywhere in the line: feeds, comments and datelines carry them.
_DATETIME = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}|\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d\d|\b\d{1,2}:\d\d\b")
_DIGITS = re.compile(r"\d+")
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_FORM_TAGS = frozenset({"option", "button", "select", "textarea", "label"})
_CELL_TAGS = frozenset({"td", "th"})


def _bin(n: int) -> str:
    label = "0"
    for low, name in _LENGTH_BINS:
        if n >= low:
            label = name
    return label


@lru_cache(maxsize=1 << 14)
def text_features(line: str) -> tuple[str, ...]:
    """What the line's text shows, as feature names (see the weight table)."""
    cjk = cjk_count(line)
    out = [f"cjk:{_bin(cjk)}"]
    punct = len(_PUNCT.findall(line))
    density = punct / cjk if cjk else 0.0
    out.append("punct:0" if punct == 0 else "punct:sparse" if density < 0.03 else
               "punct:prose" if density <= 0.15 else "punct:dense")
    if _SENTENCE_MARK.search(line):
        out.append("sentence_mark")
    tail = line[-3:]
    if _ENDS_SENTENCE.search(tail):
        out.append("ends_sentence")
    if tail.endswith((":", "：")):
        out.append("ends_colon")
    if TRUNCATED.search(tail):
        out.append("truncated")
    if _LATIN.search(line):
        chars = len(line.replace(" ", "")) or 1
        latin = len(_LATIN.findall(line)) / chars
        if latin > 0.5:
            out.append("latin:most")
        elif latin > 0.2:
            out.append("latin:some")
        if _DIGIT.search(line):
            if len(_DIGIT.findall(line)) / chars > 0.3:
                out.append("digits:many")
            if _DATETIME.search(line):
                out.append("datetime")
    if is_prose(line):
        out.append("prose")
    kind = chrome.cue_kind(line)
    if kind:
        out.append(f"cue:{kind}")
    shape = chrome.line_shape(line)
    if shape:
        out.append(f"shape:{shape}")
    if chrome.speaks_of_site(line):
        out.append("speaks_of_site")
    if chrome.is_chrome_prose(line):
        out.append("chrome_prose")
        if chrome.opens_as_chrome(line):
            out.append("opens_as_chrome")
    if chrome.is_footer_heading(line):
        out.append("footer_heading")
    if chrome.is_prompt(line):
        out.append("prompt")
    if fields.is_metadata_line(line):
        f = fields.read_fields(line)
        if f.dated:
            out.append("meta:dateline")
        elif f.authors and len(line) <= chrome.BYLINE_MAX and chrome.chrome_kind(line) not in (
                "copyright", "disclaimer"):
            out.append("meta:byline")
        elif f.labelled:
            out.append("meta:fields")
    return tuple(out)


def block_features(block: Block) -> tuple[str, ...]:
    """What the markup says about the line, as feature names."""
    out = ["html"]
    share = block.link_chars / block.chars if block.chars else 0.0
    out.append("link:none" if share == 0 else "link:some" if share < 0.5 else
               "link:most" if share < 0.9 else "link:all")
    if block.tag in _HEADING_TAGS:
        out.append("tag:heading")
    elif block.tag == "li":
        out.append("tag:li")
    elif block.tag in _CELL_TAGS:
        out.append("tag:cell")
    elif block.tag == "p":
        out.append("tag:p")
    elif block.tag == "title":
        out.append("tag:title")
    elif block.tag in _FORM_TAGS:
        out.append("tag:form")
    if block.context:
        out.append(f"ctx:{block.context}")
    if block.chrome_above:
        out.append("chrome_above")
    out.append("main" if block.main else "not_main")
    return tuple(out)


def _repeat_key(line: str) -> str:
    return _DIGITS.sub("0", line.replace(" ", ""))


def line_features(lines: list[str], blocks: list[Block | None],
                  learned: set[int] = frozenset()) -> list[tuple[str, ...]]:
    """Every line's feature names, with what only the page can tell: whether a line repeats on it
    (chrome does; paragraphs do not) and whether a corpus model learned it."""
    keys = [_repeat_key(t) for t in lines]
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    out = []
    for i, (line, block, key) in enumerate(zip(lines, blocks, keys, strict=True)):
        names = text_features(line)
        if block is not None:
            names += block_features(block)
        repeats = counts[key]
        if repeats >= 2 and len(key) >= 2:
            names += ("repeated:3+",) if repeats >= 3 else ("repeated:2",)
        if i in learned:
            names += ("learned",)
        out.append(names)
    return out


@dataclass(frozen=True)
class LineModel:
    """The weight table and the decoder's costs (see the module's docstring)."""

    bias: float
    weights: dict[str, float]
    gap_open: float
    gap_line: float
    gap_heading: float
    # Up to this many lines, a gap gives back its lines that show no chrome of their own: inside
    # the article a line goes on its own evidence, not for standing next to a widget (0: never).
    gap_keep: int = 0
    _scores: dict = field(default_factory=dict, compare=False, repr=False)

    def score(self, names: tuple[str, ...]) -> float:
        found = self._scores.get(names)
        if found is None:  # lines share their feature sets: each is summed once
            w = self.weights
            found = self._scores[names] = self.bias + sum(w.get(n, 0.0) for n in names)
        return found

    @classmethod
    def from_dict(cls, data: dict) -> LineModel:
        decoder = data["decoder"]
        return cls(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                   float(decoder["gap_open"]), float(decoder["gap_line"]), float(decoder["gap_heading"]),
                   int(decoder.get("gap_keep", 0)))


# A line a corpus model learned as chrome: its own evidence is not asked.
LEARNED_SCORE = -20.0
# A prompt to the reader (扫码关注…, 下载…客户端, 如有侵权请联系删除) speaks to the reader, not of the
# news, and a short one is never an article's sentence (`boilerplate.is_prompt`): at most this,
# wherever it stands. Pages set prompts between paragraphs more than any other chrome, and too
# few training lines show them for their weight to say so.
PROMPT_SCORE = -6.0
# A text page that opens with one line twice, no sentence (a crawler's dump: the <title>, then the
# page's own copy of it), opens with its head: at most this for both.
TITLE_TWICE_SCORE = -1.0


@lru_cache(maxsize=1)
def default_model() -> LineModel:
    text = resources.files("newsclean").joinpath("resources/line_weights.json").read_text(encoding="utf-8")
    return LineModel.from_dict(json.loads(text))


HEAD, ARTICLE, GAP, TAIL = "head", "article", "gap", "tail"


# Features that are evidence of chrome of the line's own: a line in a gap without any of them
# (a caption next to a share bar) is the article's (see `decode`).
_CHROME_EVIDENCE = ("cue:", "shape:", "ctx:comment", "ctx:footer", "ctx:navigation", "ctx:share", "ctx:related",
                    "ctx:sidebar", "ctx:ad", "ctx:form", "chrome_prose", "prompt", "speaks_of_site", "footer_heading",
                    "meta:", "truncated", "link:most", "link:all", "repeated:", "learned", "tag:form", "tag:title")


@lru_cache(maxsize=1 << 12)
def has_chrome_evidence(names: tuple[str, ...]) -> bool:
    """Whether the line shows chrome of its own. (Cached: lines share their feature sets.)"""
    return any(n.startswith(_CHROME_EVIDENCE) for n in names)


def decode(scores: list[float], headings: list[bool], model: LineModel,
           evidence: list[bool] | None = None) -> list[str]:
    """The best sequence of states for lines with these scores (Viterbi over head → article ⇄
    gap → tail): article lines add their score, a gap costs `gap_open` to open and `gap_line` a
    line, and `gap_heading` more at a footer heading; head and tail lines cost nothing. With no
    line worth an article, every line is head. With `evidence` (whether each line shows chrome
    of its own), a gap of at most `gap_keep` lines gives back its lines that show none."""
    n = len(scores)
    if n == 0:
        return []
    # The best totals of paths ending in head, article, gap and tail at the current line, and
    # for each line where the article, gap and tail paths came from (0 head … 3 tail). Ties go
    # to the later state in the order head > gap > article, tail > gap > article. Written flat:
    # it runs for every line of every page.
    h, a, g, t = 0.0, scores[0], float("-inf"), float("-inf")
    from_a, from_g, from_t = [0], [0], [0]
    gap_open, gap_line, gap_heading = model.gap_open, model.gap_line, model.gap_heading
    for i in range(1, n):
        gap_cost = gap_line + gap_heading if headings[i] else gap_line
        na, ca = a, 1
        if g >= na:
            na, ca = g, 2
        if h >= na:
            na, ca = h, 0
        ng, cg = a - gap_open, 1
        if g >= ng:
            ng, cg = g, 2
        nt, ct = a, 1
        if g >= nt:
            nt, ct = g, 2
        if t >= nt:
            nt, ct = t, 3
        from_a.append(ca)
        from_g.append(cg)
        from_t.append(ct)
        a, g, t = na + scores[i], ng - gap_cost, nt
    # A path may not end inside a gap: a gap is chrome between article lines.
    state, total = 0, h
    if a > total:
        state, total = 1, a
    if t > total:
        state, total = 3, t
    if total <= 0.0:
        return [HEAD] * n
    names = (HEAD, ARTICLE, GAP, TAIL)
    path = [names[state]]
    for i in range(n - 1, 0, -1):
        state = 0 if state == 0 else (from_a, from_g, from_t)[state - 1][i]
        path.append(names[state])
    path.reverse()
    if evidence is not None and model.gap_keep:
        _keep_plain_lines_in_short_gaps(path, evidence, model.gap_keep)
    return path


def extend_over_closing_sentences(states: list[str], closing: list[bool], widget: list[bool]) -> None:
    """Short sentences just after the article's last line are its end (`以上意见，请遵照执行。`),
    also past widgets set between (`【广告】`), which become a gap: a line's score weighs what
    it is alone, and alone a short sentence at a page's end is as often chrome as not."""
    if ARTICLE not in states:
        return
    last = len(states) - 1 - states[::-1].index(ARTICLE)
    j, between = last + 1, []
    while j < len(states):
        if closing[j]:
            for k in between:
                states[k] = GAP
            states[j] = ARTICLE
            between = []
        elif widget[j]:
            between.append(j)
        else:
            break
        j += 1


def end_before_closing_prompts(states: list[str], prompts: list[bool]) -> None:
    """What asks the reader to download, follow or read on, standing last in the article, is the
    page's own promotion whatever its length (`下载“江城日报”客户端，关注官方微信公众号，即可…`):
    the article ends before it. Inside the article, a long one stays (a story about an app)."""
    article = [i for i, state in enumerate(states) if state == ARTICLE]
    while len(article) > 1 and prompts[article[-1]]:
        end = article.pop()
        for i in range(article[-1] + 1, end + 1):
            states[i] = TAIL


# Article lines a closing credit must follow to end the article: above them it is its head. A
# posting credit ends a post of one long paragraph too (a blog's page of posts, a forum's).
_CREDIT_AFTER = 3
_POST_AFTER_CHARS = 150


def end_at_closing_credit(states: list[str], credits: list[str | None], sizes: list[int] = ()) -> None:
    """A credit that closes a piece ends it when it follows the piece: a forum's or blog's
    posting credit (`本贴由大卫于2005年8月12日…发表`; after it, the board's rules and the replies),
    an editor's credit (`责任编辑：王五`; after it, the page's chrome). It and what follows are
    not the article. An editor's credit with more of the article after it than before is a
    section's, or the head's, and ends nothing."""
    seen, chars, total = 0, 0, states.count(ARTICLE)
    for i, state in enumerate(states):
        after = seen >= _CREDIT_AFTER or (credits[i] == "post" and chars >= _POST_AFTER_CHARS)
        if credits[i] and after and state in (ARTICLE, GAP) and (
                credits[i] == "post" or total - seen - (state == ARTICLE) <= seen):
            for j in range(i, len(states)):
                states[j] = TAIL
            return
        seen += state == ARTICLE
        chars += sizes[i] if sizes and state == ARTICLE else 0


def take_in_tables(states: list[str], tables: list[int], evidence: list[bool]) -> None:
    """A data table the article runs into is the article's, all of it (`附：招生专业及考试科目`
    and the table of them), and so is a line between them that shows no chrome (the table's
    heading: `参考文献`): alone its cells are short lines without sentences, which score as chrome
    does. `tables`: each line's data table, -1 for none or for one showing chrome; `evidence`:
    whether each line shows chrome of its own."""
    i = 0
    while i < len(tables):
        table = tables[i]
        if table < 0:
            i += 1
            continue
        j = i
        while j < len(tables) and tables[j] == table:
            j += 1
        heading = (i > 1 and states[i - 1] != ARTICLE and states[i - 2] == ARTICLE and tables[i - 1] < 0
                   and not evidence[i - 1])
        if i > 0 and (states[i - 1] == ARTICLE or heading):
            for k in range(i - heading, j):
                states[k] = ARTICLE
        i = j


# A line's shape in a run of others' stories or replies: `D` a dateline with words beside the
# date (an outlet, a name: `江城日报 2023-03-10`, `老王 2023-03-15 12:00`) or a time ago (`老王
# 3小时前`), `P` prose, `S` else.
_PERIODS = (2, 3, 4)
_REPEATS_AFTER = 2  # article lines the run must follow


# A feed's or a reply's time as it was when the page was served (`3小时前`, `昨天 10:20`).
_AGO = re.compile(r"\d{1,2}\s*(?:秒|分钟|小时|天)前|刚刚|(?:昨天|前天)\s*\d{1,2}[:：]\d{2}")


def story_shape(line: str) -> str:
    if is_prose(line):
        return "P"
    # (Words beside the date, a name or an outlet: a live blog stamps its entries with the time alone,
    # a diary with the day's weather.)
    if len(line) <= chrome.BYLINE_MAX and (_AGO.search(line) or (m := fields.find_date(line)) is not None
                                           and cjk_count(line[:m.start()] + line[m.end():]) >= 2
                                           and not fields.day_heading(line)):
        return "D"
    return "S"


def end_before_repeats(states: list[str], shapes: list[str]) -> None:
    """Others' stories or replies after the article repeat a shape, each with its dateline: a
    feed's cards (a headline, a teaser, `江城日报 2023-03-10`), a comment section (`老王
    2023-03-15 12:00`, the reply). Where the lines that end the article's span repeat one, with
    prose and one such dateline each time, at least twice, the article ends before them; its
    prose alone has no datelines among it. (Runs of two shapes, a feed then the comments, go
    one after the other, the last first.)"""
    while (start := _repeats_at_end(states, shapes)) is not None:
        for i in range(start, len(states)):
            if states[i] != HEAD:
                states[i] = TAIL


def _repeats_at_end(states: list[str], shapes: list[str]) -> int | None:
    """Where a run of one repeated shape ends the article's span, the run's first line."""
    article = [i for i, state in enumerate(states) if state == ARTICLE]
    if len(article) <= _REPEATS_AFTER:
        return None
    first, last = article[0], article[-1]
    for period in _PERIODS:
        for end in range(last + 1, min(len(shapes), last + period) + 1):
            start = end - period
            while start > first and shapes[start - 1] == shapes[start - 1 + period]:
                start -= 1
            run = shapes[start:end]
            unit = run[:period]
            if len(run) >= 2 * period and unit.count("D") == 1 and "P" in unit:
                # Prose opening the run may be the article's last paragraph as well as a first
                # card's teaser (`P D P D P`): it stays.
                while shapes[start] == "P":
                    start += 1
                if start <= last and sum(state == ARTICLE for state in states[:start]) >= _REPEATS_AFTER:
                    return start
    return None


# A page wrapped at a fixed width (`<br>` every 38 characters): most of its article's lines that
# end inside a sentence have one length, give or take a character.
_WRAP_LINES = 3
_WRAP_SLACK = 1
_WRAP_WIDTH = 20  # (a shorter run of like lines is a list's or headings')


def open_at_wrapped_start(states: list[str], keys: list[str], evidence: list[bool]) -> None:
    """The line above the article that is its first paragraph's first line, wrapped as the rest
    are: as long as the article's wrapped lines at least (a dateline may open it), ending inside a
    sentence, with no chrome of its own. Alone such a line scores as a headline does (no sentence
    end)."""
    if ARTICLE not in states:
        return
    first = states.index(ARTICLE)
    if first == 0 or evidence[first - 1]:
        return
    last = len(states) - 1 - states[::-1].index(ARTICLE)
    wrapped = [len(keys[i]) for i in range(first, last + 1)
               if states[i] == ARTICLE and not _ENDS_SENTENCE.search(keys[i][-3:])]
    if len(wrapped) < _WRAP_LINES:
        return
    width = max(set(wrapped), key=wrapped.count)
    if width < _WRAP_WIDTH:
        return
    near = sum(abs(n - width) <= _WRAP_SLACK for n in wrapped)
    line = keys[first - 1]
    if (near * 2 >= len(wrapped) and len(line) >= width - _WRAP_SLACK and cjk_count(line) * 2 > len(line)
            and not _ENDS_SENTENCE.search(line[-3:]) and not line.endswith((":", "："))):
        states[first - 1] = ARTICLE


# A box of links set into the article under its lead (`相关阅读` and a few headlines) is no end of it:
# the decoder, which may not bridge a footer heading for one paragraph, opens the article after
# the box. Lead paragraphs above such a box, just under the article's head, are taken back.
_BOX_LINES = 10
_LEAD_PARAGRAPHS = 2
_LEAD_SCORE = 2.0


# A page hard-wrapped at a fixed width (an old page's `<br>` every N characters, a dump of `<pre>`
# text): its paragraphs stand over several lines of one width, each ending where the width did,
# and line by line they read as fragments, no prose. Each such line is scored as its paragraph.
_WRAP_MIN_WIDTH = 16  # columns (a Chinese character two); narrower lines are a list's
_WRAP_FULL_LINES = 4
_WRAP_COLUMNS_SLACK = 2
_WRAP_PAGE_LINES = 8


_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
                   "\uff00-\uff60\uffe0-\uffe6]")


def _columns(line: str) -> int:
    return len(line) + len(_WIDE.findall(line))  # a wide character takes two


def wrapped_paragraphs(keys: list[str]) -> list[tuple[int, int]]:
    """The runs of lines (first, last) that are one paragraph hard-wrapped: lines of the page's
    wrapping width (in columns or in characters, whichever more lines share) that end inside a
    sentence, and the paragraph's shorter last line after them. None on a page with fewer than
    two such paragraphs of three lines or more."""
    # Only lines that end inside a sentence can be wrapped; most pages hold too few of them in a
    # row for a paragraph (asked first: it runs on every page).
    open_lines = [len(k) >= _WRAP_MIN_WIDTH // 2 and not _ENDS_SENTENCE.search(k[-3:]) for k in keys]
    if sum(a and b for a, b in zip(open_lines, open_lines[1:], strict=False)) < _WRAP_PAGE_LINES // 2:
        return []
    candidates = [i for i, is_open in enumerate(open_lines) if is_open]
    best: set[int] = set()
    for measure in (_columns, len):
        widths = {i: measure(keys[i]) for i in candidates}
        counts: dict[int, int] = {}
        for w in widths.values():
            if w >= _WRAP_MIN_WIDTH:
                counts[w] = counts.get(w, 0) + 1
        if not counts:
            continue
        width = max(counts, key=lambda w: (sum(counts.get(w + d, 0) for d in range(-_WRAP_COLUMNS_SLACK, 1)), w))
        full = {i for i, w in widths.items() if width - _WRAP_COLUMNS_SLACK <= w <= width}
        if len(full) > len(best):
            best = full
    if len(best) < _WRAP_FULL_LINES:
        return []
    runs = []
    i = 0
    while i < len(keys):
        if i not in best:
            i += 1
            continue
        j = i
        while j + 1 in best:
            j += 1
        if j + 1 < len(keys) and keys[j + 1]:
            j += 1  # the paragraph's last line, shorter
        # (Lines a list's items or headlines fill alike, none a clause of prose, and chrome's lines
        # as long: no paragraph.)
        if (j > i and _ENDS_SENTENCE.search(keys[j][-3:]) and is_prose(_joined(keys[i:j + 1]))
                and sum(bool(_PUNCT.search(keys[k])) for k in range(i, j + 1)) * 2 > j - i + 1
                and not any(chrome.cue_kind(keys[k]) or fields.is_metadata_line(keys[k]) for k in range(i, j + 1))):
            runs.append((i, j))
        i = j + 1
    # A page wraps its paragraphs, not one line that happens to be as long as the next.
    if sum(last - first + 1 for first, last in runs) < _WRAP_PAGE_LINES or sum(
            last - first >= 2 for first, last in runs) < 2:
        return []
    return runs


def _joined(parts: list[str]) -> str:
    out = parts[0]
    for part in parts[1:]:
        out += (" " if out[-1:].isascii() and out[-1:].isalnum() and part[:1].isascii() and part[:1].isalnum()
                else "") + part
    return out


def score_as_paragraphs(names: list[tuple[str, ...]], keys: list[str], blocks: list[Block | None]) -> None:
    """Each hard-wrapped line's text features become its paragraph's (`wrapped_paragraphs`)."""
    for first, last in wrapped_paragraphs(keys):
        whole = text_features(_joined(keys[first:last + 1]))
        for i in range(first, last + 1):
            page = tuple(n for n in names[i] if n.startswith("repeated") or n == "learned")
            names[i] = whole + (block_features(blocks[i]) if blocks[i] is not None else ()) + page


def take_in_lead_above_box(states: list[str], scores: list[float], headings: list[bool], keys: list[str]) -> None:
    """The article's lead: sentences that score as the article's, above a footer heading and its
    few lines just over the article, and with no other such line above them (they open the
    page's prose); the heading and its lines become a gap."""
    if ARTICLE not in states:
        return
    first = states.index(ARTICLE)
    box = next((i for i in range(first - 1, max(-1, first - 1 - _BOX_LINES), -1) if headings[i]), None)
    if box is None or any(scores[i] > 0 for i in range(box, first)):
        return
    lead = []
    for i in range(box - 1, max(-1, box - 1 - _LEAD_PARAGRAPHS), -1):
        if scores[i] < _LEAD_SCORE or not _ENDS_SENTENCE.search(keys[i][-3:]):
            break
        lead.append(i)
    if not lead or any(scores[i] > 0 for i in range(min(lead))):
        return  # (other prose above: the lead may be another story's)
    last = len(states) - 1 - states[::-1].index(ARTICLE)
    if sum(len(keys[i]) for i in range(first, last + 1) if states[i] == ARTICLE) <= sum(len(keys[i]) for i in lead):
        return  # (the box's story is the page's: the lines above it are a teaser)
    for i in lead:
        states[i] = ARTICLE
    for i in range(box, first):
        states[i] = GAP


def day_headings(states: list[str], days: list[bool]) -> list[int]:
    """The days alone (`days`: `fields.day_heading` of each line) that head the entries of a diary
    or a chronicle between the article's paragraphs (`2005年5月7日 星期六 晴`): each just above an
    article line, twice or more; else none."""
    if ARTICLE not in states or not any(days):
        return []
    first, last = states.index(ARTICLE), len(states) - 1 - states[::-1].index(ARTICLE)
    found = [i for i in range(first + 1, last) if days[i] and states[i] in (GAP, ARTICLE) and states[i + 1] == ARTICLE]
    return found if len(found) >= fields.DAY_HEADINGS else []


def keep_day_headings(states: list[str], days: list[bool]) -> None:
    """Such day headings are the article's: a dateline's look alone set them in a gap."""
    for i in day_headings(states, days):
        states[i] = ARTICLE


def settle_end(states: list[str], closing: list[bool], widget: list[bool], prompts: list[bool],
               credits: list[str | None], tables: list[int], evidence: list[bool], shapes: list[str] = (),
               sizes: list[int] = ()) -> None:
    """Where the article ends: past the data tables it runs into and its closing sentences, but
    at a closing credit, before others' stories or replies that repeat a shape, and before a
    closing promotion."""
    take_in_tables(states, tables, evidence)
    extend_over_closing_sentences(states, closing, widget)
    end_at_closing_credit(states, credits, sizes)
    if shapes:
        end_before_repeats(states, shapes)
    end_before_closing_prompts(states, prompts)


def decode_article(scores: list[float], headings: list[bool], evidence: list[bool], cued: list[bool],
                   model: LineModel) -> list[str]:
    """The states of the lines: the decoded path, with cued lines it took in made gaps."""
    states = decode(scores, headings, model, evidence)
    gap_cued_lines(states, scores, cued)
    return states


def article_for(doc: Document, model=None) -> Article:
    """The article as the region stage decided it on these lines, or decided now where the
    pipeline has no region stage before the caller, or the lines changed since."""
    if doc.article is None or not doc.article.matches(doc.lines):
        FindArticle(model)(doc)
    return doc.article


def is_cued(names: tuple[str, ...]) -> bool:
    """No prose, and chrome's words or shape: `分享至：微信 微博`."""
    return "prose" not in names and any(n.startswith(("cue:", "shape:")) for n in names)


def gap_cued_lines(path: list[str], scores: list[float], cued: list[bool]) -> None:
    """A lone chrome line between paragraphs costs less to take into the article than a gap
    costs to open; a cued one that scores as more likely chrome than not is still a gap (a
    share bar between two paragraphs)."""
    for i, state in enumerate(path):
        if state == ARTICLE and cued[i] and scores[i] < 0:
            path[i] = GAP


def _keep_plain_lines_in_short_gaps(path: list[str], evidence: list[bool], longest: int) -> None:
    i = 0
    while i < len(path):
        if path[i] != GAP:
            i += 1
            continue
        j = i
        while j < len(path) and path[j] == GAP:
            j += 1
        if j - i <= longest:
            for k in range(i, j):
                if not evidence[k]:
                    path[k] = ARTICLE
        i = j


class FindArticle:
    """Scores every line and decodes where the article stands: `doc.article` holds each line's
    score, state and cue kind, for the metadata and boilerplate stages to read. Removes nothing.

    `model`: a `BoilerplateModel` whose lines count as chrome; `line_model`: the weight table
    (the shipped one by default)."""

    name = "region"

    def preload(self) -> None:
        if self.line_model is None:
            default_model()

    def __init__(self, model=None, line_model: LineModel | None = None):
        self.model = model
        self.line_model = line_model

    def __call__(self, doc: Document) -> Document:
        if not doc.lines:
            doc.article = Article()
            return doc
        line_model = self.line_model or default_model()
        originals = [t for _, t in doc.lines]
        keys = classification_keys(originals)  # cue words are written simplified
        learned = {i for i, t in enumerate(originals) if self.model is not None and t in self.model}
        blocks = [doc.blocks.get(number) for number, _ in doc.lines]
        names = line_features(spaced_clauses(keys), blocks, learned)
        score_as_paragraphs(names, keys, blocks)
        scores = [LEARNED_SCORE if i in learned else
                  min(PROMPT_SCORE, line_model.score(n)) if "prompt" in n or "opens_as_chrome" in n else
                  line_model.score(n)
                  for i, n in enumerate(names)]
        if (len(keys) > 2 and not doc.blocks and keys[0].split() == keys[1].split()
                and not _ENDS_SENTENCE.search(keys[0][-3:])):
            scores[0], scores[1] = min(scores[0], TITLE_TWICE_SCORE), min(scores[1], TITLE_TWICE_SCORE)
        headings = ["footer_heading" in n for n in names]
        evidence = [has_chrome_evidence(n) for n in names]
        cued = [is_cued(n) for n in names]
        states = decode_article(scores, headings, evidence, cued, line_model)
        closing = [_closes(k, n, e) for k, n, e in zip(keys, names, evidence, strict=True)]
        widget = [e and _is_widget(n) for n, e in zip(names, evidence, strict=True)]
        prompts = [chrome.asks_reader(k) for k in keys]
        credits = ["post" if fields.is_post_credit(k) else "editor" if fields.is_editor_credit(k) else None
                   for k in keys]
        tables = (_plain_tables(blocks, names) if doc.blocks else
                  _text_tables(["\t" in t.strip() for t in originals], names, keys))
        # (Shapes only from the article's first line: a run of others' stories follows it.)
        first = states.index(ARTICLE) if ARTICLE in states else len(states)
        shapes = ["S"] * first + [story_shape(k) for k in keys[first:]]
        # (Each line's Chinese characters: only a posting credit asks them.)
        sizes = [cjk_count(k) for k in keys] if "post" in credits else []
        settle_end(states, closing, widget, prompts, credits, tables, evidence, shapes, sizes)
        open_at_wrapped_start(states, keys, evidence)
        take_in_lead_above_box(states, scores, headings, keys)
        days = [fields.day_heading(k) for k in keys]
        keep_day_headings(states, days)
        doc.article = Article([number for number, _ in doc.lines], scores, states,
                              ["learned" if i in learned else chrome.chrome_kind(k) for i, k in enumerate(keys)],
                              headings=headings, evidence=evidence, cued=cued, closing=closing, widget=widget,
                              prompts=prompts, credits=credits, tables=tables, shapes=shapes, sizes=sizes,
                              days=days, model=line_model)
        return doc


# A page that sets its clauses apart by spaces, not punctuation (an old page, a converter that lost
# the full-width marks): its long lines hardly hold a mark; at least this many such lines make
# the page's style, fewer are a list of headlines.
_SPACED_LINES = 8
_SPACED_SHARE = 0.1
_LONG_LINE = 20
_CLAUSE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def spaced_clauses(keys: list[str]) -> list[str]:
    """On a page punctuated by spaces, its lines with a comma where a space parts two clauses, as
    the line features read them (the text is not changed); `keys` itself on other pages."""
    long = {i for i, k in enumerate(keys) if len(k) >= _LONG_LINE and cjk_count(k) >= _LONG_LINE}
    if len(long) < _SPACED_LINES or sum(bool(_PUNCT.search(keys[i])) for i in long) > _SPACED_SHARE * len(long):
        return keys
    return [_CLAUSE_SPACE.sub("，", k) if i in long else k for i, k in enumerate(keys)]


# What in a table's line shows the table is chrome (a login form, a list of links, a calendar
# of posts): chrome of the line's own, but not its shape, not its repeating and not a missing
# sentence end, which a table's cells show (a bare number, `同上`, a short label).
_TABLE_CHROME = tuple(n for n in _CHROME_EVIDENCE if n not in ("shape:", "chrome_prose", "repeated:", "truncated"))


# A text page's table (a crawler's dump sets a row's cells apart by tabs, a cell's lines on lines
# of their own): from a line with a tab inside to the last, at most this many lines between two,
# at least three of them; and the short lines just above it, its header cells.
_TAB_ROWS = 3
_TAB_GAP = 6
_HEADER_CELLS, _HEADER_CELL_MAX = 10, 12


def _text_tables(tabbed: list[bool], names: list[tuple[str, ...]], keys: list[str]) -> list[int]:
    """Each line's table on a text page (its first line's index), -1 where it stands in none or in
    one a line of which shows chrome. `tabbed`: whether each line held a tab between words."""
    rows = [i for i, tab in enumerate(tabbed) if tab]
    if len(rows) < _TAB_ROWS:
        return []
    tables = [-1] * len(tabbed)
    runs, run = [], [rows[0]]
    for i in rows[1:]:
        if i - run[-1] > _TAB_GAP:
            runs.append(run)
            run = []
        run.append(i)
    runs.append(run)
    for run in runs:
        if len(run) < _TAB_ROWS:
            continue
        start = run[0]
        while start > 0 and run[0] - start < _HEADER_CELLS and 0 < len(keys[start - 1]) <= _HEADER_CELL_MAX:
            start -= 1
        span = range(start, run[-1] + 1)
        if not any(x.startswith(_TABLE_CHROME) for i in span for x in names[i]):
            for i in span:
                tables[i] = start
    return tables


def _plain_tables(blocks: list[Block | None], names: list[tuple[str, ...]]) -> list[int]:
    """Each line's data table (`Block.table`), -1 where it stands in none or in one a line of
    which shows chrome."""
    tables = [b.table if b is not None else -1 for b in blocks]
    if not any(t >= 0 for t in tables):
        return []
    chrome_tables = {t for t, n in zip(tables, names, strict=True) if t >= 0 and any(
        x.startswith(_TABLE_CHROME) for x in n)}
    return [-1 if t in chrome_tables else t for t in tables]


def _closes(line: str, names: tuple[str, ...], evidence: bool) -> bool:
    return (not evidence and bool(_ENDS_SENTENCE.search(line[-2:])) and cjk_count(line) >= 2
            and "learned" not in names)


def _is_widget(names: tuple[str, ...]) -> bool:
    # A widget a closing sentence may stand behind: chrome of its own, short, not a heading.
    return ("footer_heading" not in names and "prose" not in names
            and not any(n in names for n in ("cjk:20-39", "cjk:40-79", "cjk:80+")) and "learned" not in names)


def redecode_without(article: Article, left_out: set[int]) -> list[str]:
    """The states decoded again as if the lines `left_out` (by index: lines the metadata stage
    read as a dateline or byline) were not on the page, as they will not be once removed: so
    that cleaning the output again finds the same article. Those lines keep their state."""
    keep = [i for i in range(len(article.states)) if i not in left_out]
    states = decode_article([article.scores[i] for i in keep], [article.headings[i] for i in keep],
                            [article.evidence[i] for i in keep], [article.cued[i] for i in keep], article.model)
    if article.closing:
        settle_end(states, [article.closing[i] for i in keep], [article.widget[i] for i in keep],
                   [article.prompts[i] for i in keep], [article.credits[i] for i in keep],
                   [article.tables[i] for i in keep] if article.tables else [], [article.evidence[i] for i in keep],
                   [article.shapes[i] for i in keep] if article.shapes else [],
                   [article.sizes[i] for i in keep] if article.sizes else [])
    out = list(article.states)
    for i, state in zip(keep, states, strict=True):
        out[i] = state
    if article.credits:
        # A closing credit the metadata stage read (an editor's line) still ends the article.
        end_at_closing_credit(out, article.credits, article.sizes)
    if article.days:
        keep_day_headings(out, article.days)
    return out
