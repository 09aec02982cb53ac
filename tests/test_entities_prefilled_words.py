"""The name rules' per-word answers kept in the prepared image for the news vocabulary
(whole names, plurals of people, nationality adjectives, romanised words) are the ones
the rules work out for the word when they first meet it."""
from __future__ import annotations

import random

from core import names
from core.crf_features import news_vocabulary
from core.entities.context import _Context
from core.entities.finder import _finder
from core.entities.person_names import _plural_form
from core.lexicon import load_lexicon
from core.text import clitic_variants, normalize_with_offsets


def test_prefilled_answers_are_those_worked_out_afresh():
    lex = load_lexicon()
    f = _finder(lex)
    ctx = _Context(normalize_with_offsets(""), [], lex, f)
    words = list(dict.fromkeys(news_vocabulary()))
    sample = random.Random(7).sample(words, 400) + ["كرستوفاني", "والروسية", "المراهقات", "نائمون"]
    for w in sample:
        assert ctx.whole_name(w) == ctx._whole_name(w), w
        assert f.plural_people.get(w, _plural_form(ctx, w)) == _plural_form(ctx, w), w
        assert names.romanize_word(w) == names._romanize_word(w), w
        assert lex.adjective_of(w) == _adjective_afresh(lex, w), w
    assert names.romanize_word("كرستوفاني") == names._romanize_word("كرستوفاني") is not None


def _adjective_afresh(lex, w: str) -> str | None:
    for stem, _ in clitic_variants(w):
        if lex.adjectives.get(stem):
            return lex.adjectives[stem]
    return None
