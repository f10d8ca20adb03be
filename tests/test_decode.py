from newsclean import clean
from newsclean.stages.decode import detect_encoding

TEXT = "据新华社报道，中国朱镕基总理在北京会见了代表团。" * 3


def test_utf8_is_recognised():
    assert detect_encoding(TEXT.encode("utf-8")) == "utf-8"


def test_gbk_bytes_decode_as_gb18030_keeping_rare_characters():
    # 镕 is outside GB2312; a strict gb2312 decode would lose it.
    data = TEXT.encode("gb18030")
    assert detect_encoding(data) == "gb18030"
    assert clean(data).body == TEXT


def test_a_page_only_one_chinese_encoding_decodes_needs_no_detector(monkeypatch):
    import chardet

    def refuse(data):
        raise AssertionError("chardet asked although only GB18030 decodes the page")

    monkeypatch.setattr(chardet, "detect", refuse)
    data = "记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。".encode("gb18030")
    try:
        data.decode("big5hkscs")
        raise AssertionError("this text no longer tells GB18030 from Big5-HKSCS; pick another")
    except UnicodeDecodeError:
        pass
    assert detect_encoding(data) == "gb18030"


def test_big5_bytes():
    trad = "據新華社報導，臺灣的學者們在會議上發表了演講，討論經濟發展的問題。" * 3
    data = trad.encode("big5")
    assert detect_encoding(data) in {"big5hkscs"}
    assert clean(data).body == trad


def test_bom_wins():
    assert detect_encoding("\ufeff新闻".encode("utf-8")) == "utf-8-sig"
    assert detect_encoding("新闻".encode("utf-16")) == "utf-16"


def test_undecodable_bytes_are_flagged_not_hidden():
    result = clean(TEXT.encode("gb18030") + b"\xff")
    assert any(f.startswith("undecodable_bytes") for f in result.flags)


def test_lone_surrogates_in_text_become_replacement_characters_and_are_flagged():
    result = clean(TEXT + "\ud800")
    assert "lone_surrogates:1" in result.flags and result.quality["replacement_chars"] == 1
    assert result.body.encode("utf-8")  # every output can write it


def _ambiguous_gb_bytes() -> bytes:
    # Bytes both GB18030 and Big5-HKSCS decode strictly: only a detector, or a declaration, tells.
    data = "中文新闻".encode("gb18030") * 8
    data.decode("big5hkscs")
    return data


def test_a_charset_the_caller_gives_is_believed_when_it_decodes(monkeypatch):
    import chardet

    monkeypatch.setattr(chardet, "detect", lambda data: (_ for _ in ()).throw(AssertionError("detector asked")))
    assert clean(_ambiguous_gb_bytes(), charset="GBK").encoding == "gb18030"


def test_the_pages_meta_charset_is_believed_when_it_decodes(monkeypatch):
    import chardet

    monkeypatch.setattr(chardet, "detect", lambda data: (_ for _ in ()).throw(AssertionError("detector asked")))
    page = b'<html><head><meta charset="gb2312"></head><body><p>' + _ambiguous_gb_bytes() + b"</p></body></html>"
    assert detect_encoding(page) == "gb18030"
    page = b'<meta http-equiv="Content-Type" content="text/html; charset=big5">' + "據新華社報導".encode("big5") * 8
    assert detect_encoding(page) == "big5hkscs"


def test_a_declaration_the_bytes_contradict_loses_to_what_they_prove():
    # Declared gb2312, stored as UTF-8: a strict UTF-8 decode is proof.
    page = '<meta charset="gb2312"><p>据新华社报道，总理会见了代表团。</p>'.encode()
    assert detect_encoding(page) == "utf-8"
    # A Latin-1 label decodes any bytes, so it is never believed over a Chinese encoding.
    assert detect_encoding(TEXT.encode("gb18030"), declared="iso-8859-1") == "gb18030"
