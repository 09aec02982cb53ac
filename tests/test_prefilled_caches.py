"""The per-word caches the prepared image fills for the news vocabulary (core.events.prefilled)
hold the answers their functions give, and prepare() reaches the imaged tables its warm-up
text does not: the same analyses, with less worked out on a process's first articles."""
from __future__ import annotations

import random

from core import prepared, text
from core.events import prefilled, triggers
from core.events.triggers import _Plan, load_triggers
from core.times import view


def _sample(d: dict, n: int = 400) -> list:
    keys = list(d)
    return random.Random(7).sample(keys, min(n, len(keys)))


def test_the_vocabulary_answers_are_those_of_the_functions():
    got = prefilled.word_answers()
    variants, (plain, marbuta), digits = got["variants"], got["keys"], got["digits"]
    assert variants and plain and marbuta and digits
    for w in _sample(variants):
        assert variants[w] == text._clitic_variants(w) and w[:1] in text.PROCLITIC_LETTERS, w
    for w in _sample(plain):
        assert plain[w] == triggers._word_keys(w, False), w
    for w in _sample(marbuta):
        assert w.endswith("ه") and marbuta[w] == triggers._word_keys(w, True), w
    for w in _sample(digits):
        assert digits[w] == view.read_digits(w), w
    assert digits["2018"] == (2018, 4, 0, "")


def test_the_trigger_tables_carry_every_plan_and_the_teh_marbuta_keys():
    trig = load_triggers()
    prefilled.word_readings()
    assert set(trig._plans) == set(trig.by_first)
    for key in _sample(trig._plans, 200):
        assert trig._plans[key] == _Plan.of(trig.by_first[key]), key
    assert trig._marbuta
    for w in _sample(dict(trig._marbuta)):
        assert trig._marbuta[w] == trig.first_keys(w, True), w


def test_install_puts_the_answers_in_the_caches_without_changing_them():
    got = prefilled.word_answers()
    w = next(iter(got["variants"]))
    text._VARIANTS.pop(w, None)
    prefilled.install()
    assert w in text._VARIANTS and text.clitic_variants(w) == text._clitic_variants(w)
    # a word met for the first time is worked out and kept, as before
    new = "وبالمزرعتين"
    text._VARIANTS.pop(new, None)
    assert text.clitic_variants(new) == (("وبالمزرعتين", 0), ("المزرعتين", 2), ("بالمزرعتين", 1))
    assert text.clitic_variants(new) is text._VARIANTS[new]
    assert text.clitic_variants.__wrapped__ is text._clitic_variants


def test_the_word_caches_are_emptied_at_their_bound(monkeypatch):
    monkeypatch.setattr(text, "VARIANTS_LIMIT", len(text._VARIANTS) + 1)
    text.clitic_variants("فالسفينة")
    text.bound_word_caches()
    assert text._VARIANTS == {}
    assert text.clitic_variants("فالسفينة") == (("فالسفينة", 0), ("السفينة", 1))


def test_word_keys_answers_from_its_one_cache():
    w = "وسيلتقيانهم"
    triggers._KEYS[0].pop(w, None)
    got = triggers.word_keys(w)
    assert got is triggers._KEYS[0][w] and got is triggers.word_keys(w, False)
    assert got == triggers._word_keys(w, False) and "يلتقيان" in got


def test_prepare_reaches_the_tables_no_article_asked_for(monkeypatch):
    calls = []

    @prepared.table()
    def unasked():
        calls.append("unasked")
        return {"x": 1}

    @prepared.table(imaged=lambda path=None: path is None)
    def with_default(path=None):
        calls.append(path)
        return path

    @prepared.table(imaged=lambda path: False)
    def needs_a_path(path):
        calls.append(path)
        return path

    monkeypatch.setenv(prepared.ENV, "off")
    try:
        prepared.load_rest()
        assert calls == ["unasked", None]
        prepared.load_rest()  # once only
        assert calls == ["unasked", None]
    finally:
        for loader in (unasked, with_default, needs_a_path):
            prepared._LOADERS.remove(loader)
