"""The language model: array scoring agrees with the dictionary loop, and the search over
uncertain characters finds what scoring every combination finds."""
import functools
import itertools
import random

import pytest

from newsclean import lm as L

ARTICLE = ("记者从市政府获悉，今年全市共完成植树造林三万亩，超额完成年度任务。"
           "鏂伴椈涓績 ÖÐ¹ú 發展經濟 𠀀 abc 123")


def _loop_score(model, text):
    saved = L._ARRAY_MIN
    L._ARRAY_MIN = 10**9
    try:
        return model.score(text)
    finally:
        L._ARRAY_MIN = saved


def test_array_scores_equal_the_loop_on_long_text():
    model = L.load()
    rng = random.Random(3)
    for _ in range(50):
        text = "".join(rng.choice(ARTICLE) for _ in range(rng.randint(L._ARRAY_MIN, 300)))
        assert model.score(text) == pytest.approx(_loop_score(model, text), rel=1e-9)


@pytest.fixture(scope="module")
def pairs_only():
    """The shipped model without its triples: the search over runs is exact for pairs."""
    return L.CharLM(*L.load().arrays)


@pytest.mark.parametrize("seed", range(20))
def test_best_path_is_the_best_combination(seed, pairs_only):
    model = pairs_only
    rng = random.Random(seed)
    pool = list("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动")
    slots = [[rng.choice(pool)] if rng.random() < 0.4 else rng.sample(pool, rng.randint(2, 5)) for _ in range(rng.randint(2, 6))]
    left, right = rng.choice(["", "记"]), rng.choice(["", "。"])
    got = L.best_path(model, left, slots, right)
    best = max(("".join(c) for c in itertools.product(*slots)),
               key=lambda path: _loop_score(model, left + path + right))
    assert _loop_score(model, left + got + right) == pytest.approx(_loop_score(model, left + best + right), rel=1e-12)


@pytest.mark.parametrize("shape", [(10,), (L._FILTER_MIN,), (40, 70)])
def test_pair_counts_through_the_filter_equal_the_dictionary(shape):
    import numpy as np

    model = L.load()
    t = model.tables
    rng = np.random.default_rng(sum(shape))
    size = int(np.prod(shape))
    seen = rng.choice(t.keys, size // 3)  # a third are pairs the model has
    unseen = (rng.integers(0x4E00, 0x9FA6, size - len(seen)) << 16) | rng.integers(0x4E00, 0x9FA6, size - len(seen))
    keys = rng.permutation(np.concatenate([seen, unseen])).reshape(shape)
    expected = [model.bigrams.get(chr(k >> 16) + chr(k & 0xFFFF), 0) for k in keys.ravel().tolist()]
    assert t.pair_counts(keys).ravel().tolist() == expected


def test_scores_of_many_texts_at_once_equal_each_alone():
    model = L.load()
    rng = random.Random(5)
    for _ in range(30):
        texts = ["".join(rng.choice(ARTICLE) for _ in range(rng.choice([0, 1, 2, 10, 60, 200])))
                 for _ in range(rng.randint(1, 5))]
        assert model.score_many(texts) == pytest.approx([model.score(t) for t in texts], rel=1e-9, abs=1e-9)



@pytest.mark.parametrize("seed", range(10))
def test_the_beam_never_prunes_the_last_slot_before_what_follows_is_scored(seed, monkeypatch, pairs_only):
    model = pairs_only
    monkeypatch.setattr(L, "BEAM", 1)  # the first slot keeps one state: its best by the left context
    rng = random.Random(seed)
    pool = list("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动")
    first, second = rng.sample(pool, 4), rng.sample(pool, 8)
    left, right = "记", rng.choice(pool)
    kept = max(first, key=lambda a: _loop_score(model, left + a))
    best = max(second, key=lambda b: _loop_score(model, left + kept + b + right))
    got = L.best_path(model, left, [first, second], right)
    assert _loop_score(model, left + got + right) == pytest.approx(_loop_score(model, left + kept + best + right), rel=1e-12)


@functools.cache
def _triple_tables(model):
    """The model's triples as a dictionary, with each context's total and successors."""
    triples, counts = model.triples
    table = dict(zip(triples.tolist(), counts.tolist(), strict=True))
    totals, successors = {}, {}
    for k, n in table.items():
        totals[k >> 16] = totals.get(k >> 16, 0) + n
        successors[k >> 16] = successors.get(k >> 16, 0) + 1
    return table, totals, successors


def _reference_triple_score(model, before, context, s, after, after2):
    """log P(s|before context) + log P(after|context s) + log P(after2|s after), from the
    model's dictionaries and its triples read one by one: what `_one_slots` computes."""
    import math

    table, totals, successors = _triple_tables(model)

    def p2(a, b):
        return ((model.bigrams.get(a + b, 0) + model._alpha.get(a, L._ALPHA) * model._p.get(b, model._unknown_p))
                / math.exp(model._log_den.get(a, model._log_alpha)))

    def p3(a, b, c):
        ab = (ord(a) << 16) | ord(b)
        if ab not in totals:
            return p2(b, c)
        weight = L._PER_SUCCESSOR * successors[ab]
        return (table.get((ab << 16) | ord(c), 0) + weight * p2(b, c)) / (totals[ab] + weight)

    return math.log(p3(before, context, s)) + math.log(p3(context, s, after)) + math.log(p3(s, after, after2))


def test_a_lone_lost_character_is_chosen_by_the_triples_around_it():
    model = L.load()
    rng = random.Random(11)
    triples = model.triples[0]
    cjk = [int(k) for k in rng.sample(triples.tolist(), 3000)
           if all(0x4E00 <= (int(k) >> shift) & 0xFFFF <= 0x9FFF for shift in (0, 16, 32))][:40]
    pool = list("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动")
    differs = 0
    for key in cjk:
        before, context, truth = chr(key >> 32), chr((key >> 16) & 0xFFFF), chr(key & 0xFFFF)
        options = sorted({truth, *rng.sample(pool, 6)})
        after, after2 = rng.sample(pool, 2)
        got = L.best_path(model, before + context, [(before,), (context,), options, (after + after2,)], "")
        chosen = got[2]
        ref = {o: _reference_triple_score(model, before, context, o, after, after2) for o in options}
        assert ref[chosen] == pytest.approx(max(ref.values()), rel=1e-9)
        pairs = {o: _loop_score(model, context + o + after) for o in options}
        differs += max(pairs, key=pairs.get) != chosen
    assert differs  # the triples decide some slot otherwise than the pairs would
