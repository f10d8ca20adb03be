import json
import subprocess
import sys

import pytest
from conftest import ROOT

from newsclean.cli import main


def test_clean_folder_to_jsonl(tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(ROOT / "seeds"), "-o", str(out), "-q"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5 and all("body" in r and "meta" in r for r in records)


def test_jsonl_corpus_with_a_bad_record_goes_on_and_exits_1(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"content": "第一篇文章的正文，内容很充实，值得一读。"}\nnot json\n{"other": 1}\n',
                      encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(corpus), "--text-field", "content", "-o", str(out), "-q", "--workers", "2"]) == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [("error" in r) for r in records] == [False, True, True]
    assert records[0]["body"].startswith("第一篇文章")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_jsonl_line_that_is_not_utf8_is_one_error_record(tmp_path, workers):
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'{"text": "\xff\xfe"}\n' + '{"text": "第二篇文章的正文，内容很充实，值得一读。"}\n'.encode())
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(corpus), "-o", str(out), "-q", "--workers", workers]) == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert "invalid JSON" in records[0]["error"]
    assert records[1]["body"].startswith("第二篇文章")


@pytest.mark.parametrize("fmt", ["jsonl", "text"])
def test_a_json_surrogate_escape_does_not_stop_the_run(tmp_path, fmt):
    # json.loads gives a lone surrogate for "\\ud800"; no output encoding can write one.
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "第一篇文章的正文，内容很充实，值得一读。\\ud800"}\n'
                      '{"id": "x\\udc00", "text": "第二篇文章的正文，内容很充实，值得一读。"}\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(corpus), "-o", str(out), "-q", "--format", fmt]) == 0
    text = out.read_text(encoding="utf-8")
    bodies = [json.loads(line)["body"] for line in text.splitlines()] if fmt == "jsonl" else [text]
    assert "第一篇文章的正文，内容很充实，值得一读。\ufffd" in bodies[0]
    assert "第二篇文章" in bodies[-1]


def test_text_format_and_stdin():
    proc = subprocess.run([sys.executable, "-m", "newsclean.cli", "clean", "-", "--format", "text", "-q"],
                          input="正文第一段，内容很充实，值得一读。".encode(), capture_output=True)
    assert proc.returncode == 0
    assert proc.stdout.decode("utf-8").strip() == "正文第一段，内容很充实，值得一读。"


def test_missing_path_is_an_error_record(tmp_path, capsys):
    assert main(["clean", str(tmp_path / "nope.txt"), "-q"]) == 1
    assert "no such file" in capsys.readouterr().out


def test_limits_are_reported_on_stderr(tmp_path, capsys):
    page = tmp_path / "long.txt"
    page.write_text("记者从市政府获悉，今年全市共完成植树造林三万亩。" * 10, encoding="utf-8")
    assert main(["clean", str(page), "-q", "--max-line", "100", "-o", str(tmp_path / "o.jsonl")]) == 0
    assert "limits applied: long_line_split:1:" in capsys.readouterr().err
    assert main(["clean", str(page), "-q", "--max-line", "5"]) == 2


def write_warc(path, pages):
    """A small WARC the test writes itself: (url, content type, body bytes) responses, each after
    its request, and a WET-style text conversion."""
    import io

    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    del warcio
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=str(path).endswith(".gz"))
        for url, content_type, body in pages:
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
        writer.write_record(writer.create_warc_record("http://news.example.cn/wet.html", "conversion",
                                                      payload=io.BytesIO(PARA.encode("utf-8"))))


PARA = "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务，新增城市绿地面积创下近十年新高。"


def gbk_page(title):
    # No <meta charset>: only the HTTP header says GBK.
    html = (f"<html><head><title>{title}_江城网</title></head><body><div class='nav'><a>首页</a> <a>新闻</a></div>"
            f"<h1>{title}</h1><div class='content'><p>{PARA}</p><p>{PARA}</p></div>"
            "<div class='footer'>Copyright © 江城网 版权所有</div></body></html>")
    return html.encode("gb18030")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_warc_crawl_cleans_its_html_responses_with_their_header_charset(tmp_path, workers, capfd):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [("http://news.example.cn/2023-03/12/a.html", "text/html; charset=GBK", gbk_page("全市植树三万亩")),
                      ("http://news.example.cn/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
                      ("http://other.example.com/b.html", "text/html; charset=gbk", gbk_page("东湖樱花盛开"))])
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(warc), "-o", str(out), "-q", "--workers", workers]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["url"] for r in records] == ["http://news.example.cn/2023-03/12/a.html", "http://other.example.com/b.html",
                                           "http://news.example.cn/wet.html"]
    assert [r["site"] for r in records] == ["news.example.cn", "other.example.com", "news.example.cn"]
    assert all(r["id"].startswith("<urn:uuid:") for r in records)
    assert records[0]["paragraphs"] == [PARA, PARA] and records[0]["meta"]["title"] == "全市植树三万亩"
    assert records[0]["encoding"] == "gb18030"
    assert records[0]["meta"]["published_at"] == "2023-03-12"  # its address dates it
    assert records[1]["meta"]["published_at"] is None
    assert records[2]["body"] == PARA  # the text conversion, as a text page
    assert "skipped 4 WARC record(s)" in capfd.readouterr().err  # three requests and the image


def test_a_compressed_file_of_no_known_format_is_an_error_record(tmp_path):
    import gzip

    page = tmp_path / "page.txt.gz"
    page.write_bytes(gzip.compress(PARA.encode("utf-8")))
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(page), "-o", str(out), "-q"]) == 1
    record = json.loads(out.read_text(encoding="utf-8"))
    assert "gzip-compressed" in record["error"] and "body" not in record


def test_python_dash_m_runs_the_command_line():
    done = subprocess.run([sys.executable, "-m", "newsclean", "clean", "-", "--format", "text"],
                          input="记者从市政府获悉，今年全市共完成植树造林三万亩。\n版权所有 未经授权不得转载\n".encode(),
                          capture_output=True, check=True)
    assert done.stdout.decode().strip() == "记者从市政府获悉，今年全市共完成植树造林三万亩。"
