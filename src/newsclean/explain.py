"""Show the work: what `clean()` did to a page, line by line, for a terminal or a browser.

`explain(page)` returns a `Report` (plain data, JSON-ready with `to_dict()`); `render_terminal`
prints it with rich; `render_html` makes one self-contained page (no network, no external
assets) for one report or many, every piece of page text escaped.
"""
from __future__ import annotations

import html
from dataclasses import asdict, dataclass, field
from typing import Any

from newsclean.document import Document, Removal, Repair, Result
from newsclean.pipeline import Pipeline
from newsclean.stages.lines import LINE_BREAKS


@dataclass
class LineReport:
    """One line of the page as the cleaner split it: what it was, what became of it."""

    number: int
    original: str
    cleaned: list[str] = field(default_factory=list)  # empty when the line left the body
    removals: list[Removal] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    # The line's score (log-odds that it is the article's) and the state the region stage
    # decoded for it: head, article, gap or tail; None for a line that never reached it.
    score: float | None = None
    state: str | None = None

    @property
    def status(self) -> str:
        if self.removals and not self.cleaned:
            return "removed"
        if self.repairs:
            return "repaired"
        return "kept" if self.cleaned else "empty"


@dataclass
class Report:
    id: str
    lines: list[LineReport]
    page_repairs: list[Repair]  # changes to the whole page (HTML tags, entities)
    meta: dict[str, Any]
    flags: list[str]
    quality: dict[str, int]
    encoding: str | None

    @property
    def summary(self) -> dict[str, int]:
        original = sum(len(line.original) for line in self.lines)
        removed = sum(len(line.original) for line in self.lines if line.status == "removed")
        return {
            "lines": len(self.lines),
            "characters": original,
            "characters_removed": removed,
            "removed_lines": sum(line.status == "removed" for line in self.lines),
            "repairs": sum(len(line.repairs) for line in self.lines) + len(self.page_repairs),
            "unrecovered": self.quality["unrecovered_question_marks"] + self.quality["replacement_chars"]
            + self.quality["private_use"],
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "meta": self.meta, "flags": self.flags, "encoding": self.encoding,
            "summary": self.summary, "page_repairs": [asdict(r) for r in self.page_repairs],
            "lines": [{"number": line.number, "original": line.original, "cleaned": line.cleaned,
                       "status": line.status, "score": line.score, "state": line.state,
                       "removals": [asdict(r) for r in line.removals],
                       "repairs": [asdict(r) for r in line.repairs]} for line in self.lines],
        }


def explain(raw: str | bytes, *, id: str = "", pipeline: Pipeline | None = None, **options: Any) -> Report:
    """Cleans the page and reports every line: kept, repaired or removed, and why."""
    pipeline = pipeline or Pipeline.default(**options)
    docs = [pipeline.run(raw)] if len(raw) <= pipeline.max_chars else pipeline.run_in_pieces(raw)
    lines: dict[int, LineReport] = {}
    for doc in docs:
        for i, text in enumerate(_page_lines(doc), doc.line_offset + 1):
            lines[i] = LineReport(i, text)
    page_repairs = []
    for doc in docs:
        if doc.article is not None:
            for number, score, state in zip(doc.article.numbers, doc.article.scores, doc.article.states, strict=True):
                line = lines.setdefault(number, LineReport(number, ""))
                if line.score is None:  # the pieces of a long line: the first one's
                    line.score, line.state = score, state
        for number, text in doc.lines or []:
            lines.setdefault(number, LineReport(number, "")).cleaned.append(text)
        for removal in doc.removed:
            lines.setdefault(removal.line or 0, LineReport(removal.line or 0, "")).removals.append(removal)
        for repair in doc.repairs:
            if repair.line is None:
                page_repairs.append(repair)
            else:
                lines.setdefault(repair.line, LineReport(repair.line, "")).repairs.append(repair)
    result = Result.from_pieces(docs)
    ordered = [lines[n] for n in sorted(lines) if lines[n].original.strip() or lines[n].cleaned or lines[n].removals]
    return Report(id, ordered, page_repairs, result.meta, result.flags, result.quality, result.encoding)


def _page_lines(doc: Document) -> list[str]:
    """The page's lines as the line stage numbered them (the text after decoding and HTML)."""
    return LINE_BREAKS.sub("\n", doc.text).split("\n")


# ---- terminal ------------------------------------------------------------------------------

def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


_SHOWN_PER_KIND = 3


def _by_kind(repairs: list[Repair]) -> list[tuple[str, list[Repair]]]:
    groups: dict[str, list[Repair]] = {}
    for r in repairs:
        groups.setdefault(r.kind, []).append(r)
    return list(groups.items())


def render_terminal(report: Report, console=None, max_chars: int = 120) -> None:
    """Prints the report with rich: kept lines plain, removed lines dimmed with their kind and
    reason, repairs as before → after with their confidence, then metadata and a summary.
    Long lines are clipped to `max_chars` characters."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    if report.id:
        console.rule(Text(report.id, style="bold"))
    # A grid keeps the line number apart from text that folds (Chinese has no spaces to wrap at).
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", style="dim", width=5, no_wrap=True)
    grid.add_column(justify="right", width=6, no_wrap=True)
    grid.add_column(overflow="fold")
    for repair in report.page_repairs:
        grid.add_row("page", "", Text(f"{repair.kind}: {repair.before}", style="cyan"))
    for line in report.lines:
        score = Text("" if line.score is None else f"{line.score:+.1f}",
                     style="green" if line.state == "article" else "dim")
        if line.status == "removed":
            removal = line.removals[0]
            grid.add_row(str(line.number), score, Text(f"[{removal.kind}] ", style="bold red")
                         + Text(_clip(line.original, max_chars), style="dim strike")
                         + Text(f"  ← {removal.reason}", style="dim italic"))
        else:
            grid.add_row(str(line.number), score, Text(_clip(" ".join(line.cleaned) or line.original, max_chars)))
        for kind, repairs in _by_kind(line.repairs):
            if len(repairs) <= _SHOWN_PER_KIND:
                for r in repairs:
                    grid.add_row("↳", "", Text(_clip(r.before, 40), style="red") + Text(" → ")
                                 + Text(_clip(r.after, 40) or "∅", style="green")
                                 + Text(f"  {kind} {r.confidence:.2f}", style="dim"))
                continue
            # A mirror page glosses and converts dozens of characters a line: one row a kind.
            pairs = sorted({(r.before, r.after) for r in repairs}, key=lambda p: -len(p[0]))[:4]
            grid.add_row("↳", "", Text(f"{kind} ×{len(repairs)}: ", style="dim")
                         + Text(", ".join(f"{b}→{a}" for b, a in pairs) + " …", style="green"))
    console.print(grid)
    table = Table(title="metadata", show_header=False, box=None, title_justify="left")
    for name, value in report.meta.items():
        if value:
            table.add_row(Text(name, style="bold"), Text(", ".join(value) if isinstance(value, list) else str(value)))
    console.print(table)
    s = report.summary
    console.print(Text(
        f"{s['characters_removed']:,} of {s['characters']:,} characters removed ({s['removed_lines']} lines) · "
        f"{s['repairs']} repairs · {s['unrecovered']} unrecovered characters"
        + (f" · flags: {', '.join(report.flags)}" if report.flags else ""), style="bold"))


# ---- HTML ------------------------------------------------------------------------------------

_CSS = """
body{font:15px/1.6 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0 2em 4em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2.5em;border-bottom:2px solid #ccc}
table.page{border-collapse:collapse;width:100%;table-layout:fixed}
table.page td,table.page th{vertical-align:top;padding:.25em .5em;border-bottom:1px solid #eee;
 overflow-wrap:anywhere}
table.page th{background:#f4f4f4;text-align:left;position:sticky;top:0}
.n{width:3em;color:#999;text-align:right}.what{width:24em;font-size:.85em}
.score{width:3.5em;color:#777;text-align:right;font-size:.85em}
details{margin:.1em 0}summary{cursor:pointer}
.repair-item{display:inline-block;margin:0 .6em .2em 0;white-space:nowrap}
tr.removed td.orig{color:#999;text-decoration:line-through}tr.removed{background:#fff4f4}
tr.repaired{background:#f4fff4}
.kind{display:inline-block;border-radius:3px;padding:0 .4em;margin:.1em .2em .1em 0;color:#fff;font-size:.85em}
.removal{background:#c0392b}.repair{background:#27ae60}
.before{background:#fdd;text-decoration:line-through}.after{background:#dfd}
table.meta td{padding:.1em .8em .1em 0}.legend span{margin-right:1.5em}.summary{color:#555}
.clip{max-height:12em;overflow:auto}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _repair_html(repair: Repair) -> str:
    tip = _e(f"{repair.kind}, confidence {repair.confidence:.2f}")
    return (f'<div class="repair-item" data-kind="{_e(repair.kind)}" title="{tip}">'
            f'<span class="kind repair">{_e(repair.kind)}</span>'
            f'<span class="before">{_e(repair.before)}</span> → <span class="after">{_e(repair.after)}</span>'
            f' <small>{repair.confidence:.2f}</small></div>')


def _report_html(report: Report, anchor: str) -> str:
    rows = []
    for line in report.lines:
        what = []
        for removal in line.removals:
            what.append(f'<div class="removal-item" data-kind="{_e(removal.kind)}" title="{_e(removal.reason)}">'
                        f'<span class="kind removal">{_e(removal.kind)}</span>{_e(removal.reason)}</div>')
        for kind, repairs in _by_kind(line.repairs):
            chips = "".join(_repair_html(r) for r in repairs)
            # Dozens of glosses and conversions a line fold under one summary a kind.
            what.append(chips if len(repairs) <= _SHOWN_PER_KIND else
                        f'<details><summary><span class="kind repair">{_e(kind)}</span>×{len(repairs)}</summary>'
                        f'{chips}</details>')
        cleaned = _e("\n".join(line.cleaned)).replace("\n", "<br>")
        score = "" if line.score is None else f"{line.score:+.1f}"
        rows.append(f'<tr class="{line.status}" data-line="{line.number}"><td class="n">{line.number}</td>'
                    f'<td class="score" title="{_e(line.state or "")}">{score}</td>'
                    f'<td class="orig"><div class="clip">{_e(line.original)}</div></td>'
                    f'<td class="clean"><div class="clip">{cleaned}</div></td>'
                    f'<td class="what">{"".join(what)}</td></tr>')
    meta = "".join(f"<tr><td><b>{_e(k)}</b></td><td>{_e(', '.join(v) if isinstance(v, list) else str(v))}</td></tr>"
                   for k, v in report.meta.items() if v)
    s = report.summary
    page_repairs = "".join(_repair_html(r) for r in report.page_repairs)
    return (
        f'<section class="report" id="{anchor}"><h2>{_e(report.id or "page")}</h2>'
        f'<p class="summary">{s["characters_removed"]:,} of {s["characters"]:,} characters removed '
        f'({s["removed_lines"]} lines) · {s["repairs"]} repairs · {s["unrecovered"]} unrecovered characters'
        f'{" · encoding " + _e(report.encoding) if report.encoding else ""}'
        f'{" · flags: " + _e(", ".join(report.flags)) if report.flags else ""}</p>'
        f'<table class="meta">{meta}</table>{page_repairs}'
        '<table class="page"><thead><tr><th class="n">#</th>'
        '<th class="score" title="log-odds that the line is the article\'s">score</th><th>original</th><th>cleaned</th>'
        f'<th class="what">what happened</th></tr></thead><tbody>{"".join(rows)}</tbody></table></section>'
    )


def render_html(reports: list[Report], title: str = "newsclean report") -> str:
    """One self-contained page for the reports: side by side, colours, reasons on hover, an
    index when there are several."""
    index = ""
    if len(reports) > 1:
        items = "".join(f'<li><a href="#doc{i}">{_e(r.id or f"page {i + 1}")}</a> — '
                        f'{r.summary["removed_lines"]} lines removed, {r.summary["repairs"]} repairs</li>'
                        for i, r in enumerate(reports))
        index = f'<nav><ol class="index">{items}</ol></nav>'
    legend = ('<p class="legend"><span><span class="kind removal">kind</span> removed line (hover: reason)</span>'
              '<span><span class="kind repair">kind</span> repair: <span class="before">before</span> → '
              '<span class="after">after</span> confidence</span></p>')
    body = "".join(_report_html(r, f"doc{i}") for i, r in enumerate(reports))
    return (f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f'<style>{_CSS}</style></head><body><h1>{_e(title)}</h1>{legend}{index}{body}</body></html>')
