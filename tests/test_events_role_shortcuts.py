"""The role stage's short cuts read what the plain readings read: a span's cue words found
by one search, the previous sentence's actors taken in the order a sort gave, and no
filter run on no pair; sentences and names written for the tests."""
from __future__ import annotations

from types import SimpleNamespace

from core.events import after_model
from core.events.actors import _ActorMention
from core.events.reading_cues import in_span, words_of
from core.events.role_actors import CARRIED, prior_actors
from core.text import normalize_with_offsets, tokenize


def test_a_span_holds_a_cue_word_as_the_word_by_word_test_says():
    """"وقال مراسل الوكالة إن القصف استمر": a reporter's word in the span, none after it."""
    nt = normalize_with_offsets("وقال مراسل الوكالة إن القصف استمر حتى المساء")
    toks = tokenize(nt)
    doc = SimpleNamespace(nt=nt, toks=toks)
    words = words_of("reporter")
    assert words
    for i in range(len(toks)):
        for j in range(i, len(toks) + 1):
            text = nt.norm[toks[i].nstart:toks[j - 1].nend] if j > i else ""
            assert in_span(doc, i, j, words) == any(w in text for w in words), (i, j)
    assert in_span(doc, 0, len(toks), words) and not in_span(doc, 3, len(toks), words)
    assert not in_span(doc, 0, len(toks), ())


def _mention(actor: str, i: int) -> _ActorMention:
    return _ActorMention(actor, i, i + 1, i * 6, i * 6 + 5, kind="COUNTRY")


def test_the_carried_subject_comes_first_and_the_rest_keep_their_order():
    """The previous sentence's actors X, Y, Z with the rules' subject Z: Z, then X."""
    carried = [_mention("XXA", 0), _mention("YYB", 2), _mention("ZZC", 4), _mention("XXA", 6)]
    plain = sorted(carried, key=lambda a: a.actor not in {"ZZC"})
    got = prior_actors(carried, {}, ["ZZC"], False, {})
    assert [a.actor for a in got] == ["ZZC", "XXA"] == [a.actor for a in plain[:CARRIED]]
    assert [a.actor for a in prior_actors(carried, {"XXA": (1, carried[0])}, [], False, {})] == ["YYB", "ZZC"]


def test_no_pair_passes_the_filters_as_no_pair():
    """The filters after the role model make no pair of none (nor read the sentence)."""
    assert after_model.kept_pairs(None, None, None, []) == []
