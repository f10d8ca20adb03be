import json

import pytest

from benchmarks.corpus import articles
from benchmarks.pages import paragraphs
from newsclean import BoilerplateModel, ModelError, clean, learn_boilerplate
from newsclean.chrome import chrome_kind
from newsclean.cli import main

# A footer no rule knows: prose-shaped, no cue word, no phone, no self-reference.
FOOTER = "欢迎各位读者朋友继续关注后续报道，我们会第一时间为大家带来最新的消息和深入的解读。"
# A sentence the news repeats: many articles quote it, inside their text.
QUOTE = "发言人表示，中方愿同各方一道，共同推动地区局势走向缓和，维护和平稳定的大局。"


def corpus(n=12):
    """n distinct articles of one site, each with FOOTER as its last line and QUOTE inside."""
    import random

    rng = random.Random(3)
    pages = []
    for _, _, text in list(articles())[:n]:
        paras = paragraphs(text, rng)[:6]
        paras.insert(len(paras) // 2, QUOTE)
        pages.append(("某某网", "\n".join([*paras, FOOTER])))
    return pages


def test_the_footer_needs_the_model():
    assert chrome_kind(FOOTER) is None
    assert FOOTER in clean(corpus()[0][1]).body


def test_learned_model_removes_the_footer_and_leaves_the_quote():
    pages = corpus()
    model = learn_boilerplate(pages)
    assert FOOTER in model and QUOTE not in model
    result = clean(pages[0][1], boilerplate=model)
    assert FOOTER not in result.body and QUOTE in result.body
    assert any(r.kind == "learned" and r.text == FOOTER for r in result.removed)
    entry = model.lines[next(iter(model.lines))]
    assert entry.pages == len(pages) and entry.sites == ["某某网"]


def test_a_line_on_too_few_pages_or_duplicate_pages_is_not_learned():
    pages = corpus(4)
    assert FOOTER not in learn_boilerplate(pages)
    assert FOOTER not in learn_boilerplate(pages * 3)  # the same pages crawled again


def test_model_round_trips_through_json(tmp_path):
    model = learn_boilerplate(corpus())
    path = tmp_path / "model.json"
    model.save(path)
    loaded = BoilerplateModel.load(path)
    assert FOOTER in loaded and len(loaded) == len(model)
    assert FOOTER not in clean(corpus()[0][1], boilerplate=str(path)).body


@pytest.mark.parametrize("content, message", [
    ("not json", "not JSON"),
    ('{"format": "pickle"}', "not a newsclean boilerplate model"),
    ('{"format": "newsclean-boilerplate", "version": 9, "lines": []}', "unsupported model version"),
    ('{"format": "newsclean-boilerplate", "version": 1, "lines": [{"key": 1}]}', "model line 0"),
])
def test_bad_model_files_are_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ModelError, match=message):
        BoilerplateModel.load(path)


def test_cli_learn_then_clean(tmp_path, capsys):
    src = tmp_path / "corpus.jsonl"
    src.write_text("".join(json.dumps({"url": f"https://news.example.cn/a/{i}.html", "text": text},
                                      ensure_ascii=False) + "\n" for i, (_, text) in enumerate(corpus())),
                   encoding="utf-8")
    model = tmp_path / "model.json"
    assert main(["learn", str(src), "-o", str(model), "-q"]) == 0
    assert json.loads(model.read_text(encoding="utf-8"))["lines"][0]["sites"] == ["news.example.cn"]
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(src), "-o", str(out), "-q", "--boilerplate", str(model)]) == 0
    bodies = [json.loads(line)["body"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(FOOTER not in b and QUOTE in b for b in bodies)


def test_cli_bad_model_is_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    assert main(["clean", "-", "--boilerplate", str(bad), "-q"]) == 2
    assert "not a newsclean boilerplate model" in capsys.readouterr().err
