"""newsclean explain: the report data, the terminal view, and the HTML page in a real browser."""
import shutil
import subprocess
from collections import Counter

import pytest
from bs4 import BeautifulSoup
from conftest import SEEDS

from newsclean import Pipeline, clean
from newsclean.cli import main
from newsclean.explain import explain, render_html, render_terminal

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def test_report_holds_every_removal_and_repair(seed):
    text = seed.read_text(encoding="utf-8")
    report, result = explain(text, id=seed.name), clean(text)
    removals = [r for line in report.lines for r in line.removals]
    repairs = [r for line in report.lines for r in line.repairs] + report.page_repairs
    assert sorted(removals, key=lambda r: (r.line, r.kind)) == sorted(result.removed, key=lambda r: (r.line, r.kind))
    assert Counter(r.kind for r in repairs) == Counter(r.kind for r in result.repairs)
    assert report.meta == result.meta
    kept = [t for line in report.lines for t in line.cleaned]
    assert kept == result.paragraphs
    assert report.to_dict()["summary"]["removed_lines"] == sum(line.status == "removed" for line in report.lines)


def test_terminal_view_fits_100_columns():
    from rich.console import Console

    seed = next(s for s in SEEDS if s.stem.startswith("002"))
    console = Console(width=100, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    render_terminal(explain(seed.read_text(encoding="utf-8")), console)
    out = console.export_text()
    assert "[site]" in out and "[title]" in out and "site name line" in out
    assert "split_char" in out and "out_of_step" in out      # the seed's real repairs, one row each
    assert "gloss ×" in out                                   # routine ones folded per kind
    assert "unrecovered characters" in out.splitlines()[-2] + out.splitlines()[-1]
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 100


def test_page_text_is_escaped():
    page = "<script>alert('x')</script>\n" + "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。" + "\n<b>版权所有</b>"
    html = render_html([explain(page, pipeline=Pipeline.default().without("html"), id="<i>id</i>")])
    assert "<script" not in html.lower() and "<i>id" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_cli_writes_one_html_for_many_pages(tmp_path):
    out = tmp_path / "r.html"
    assert main(["explain", str(SEEDS[0]), str(SEEDS[1]), "--html", str(out)]) == 0
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    assert len(soup.select("ol.index li")) == 2 and len(soup.select("section.report")) == 2
    assert not soup.find_all(["link", "img", "script"])  # self-contained, nothing to fetch


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        if shutil.which(name):
            return shutil.which(name)
    pytest.skip("Chromium is not installed (Debian package `chromium`; .ci/run installs it where it can)")


def test_html_report_in_a_browser_shows_every_removal_and_repair(tmp_path):
    browser = _chromium()
    page = tmp_path / "seeds.html"
    assert main(["explain", *map(str, SEEDS), "--html", str(page)]) == 0
    dom = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                          page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    soup = BeautifulSoup(dom, "html.parser")
    sections = soup.select("section.report")
    assert len(sections) == len(SEEDS)
    for seed, section in zip(SEEDS, sections, strict=True):
        result = clean(seed.read_text(encoding="utf-8"))
        shown_removals = Counter(e["data-kind"] for e in section.select(".removal-item"))
        shown_repairs = Counter(e["data-kind"] for e in section.select(".repair-item"))
        assert shown_removals == Counter(r.kind for r in result.removed), seed.name
        assert shown_repairs == Counter(r.kind for r in result.repairs), seed.name
        for removal in result.removed:
            row = section.select_one(f'tr[data-line="{removal.line}"]')
            assert row is not None and "removed" in row["class"]
