"""The time grammar's gates: the patterns find_candidates does not try at a token (a
word before no second word of its readings, a number by its digits) find nothing there."""
from __future__ import annotations

import pytest


_GATED_TEXTS = (
    "وقال المتحدث في بيان إن الوفد وصل في وقت سابق، وسيعود في المستقبل، والاجتماعات تعقد شهريا في العاصمة.",
    "وصل ما يقرب من ألف لاجئ بعد غد، وقبل عامين عاد ما لا يقل عن مئة منهم في هذه الأثناء أول أمس، وكرر ما قاله.",
    "ومنذ البداية قال الوزير هذا الصباح إن المفاوضات ستستأنف بعد أسبوع، أي بعد غد الثلاثاء أو أول من أمس.",
    "انعقدت القمة في 17 يناير 2023 وفي العام الماضي، وتستمر منذ ثلاثة أعوام حتى الآن في العاصمة.",
    "قتل 3 أشخاص وأصيب 250 آخرون في 2019م، وفي 15/3/2021 وصل 1200 لاجئ، وفي 1444هـ عاد 7م و12ه و2021 منهم.",
    "بلغ العجز 4,5 مليار دولار خلال 2022 و2023، مقابل 999 في 9 شتنبر 1999 وفي 12-05-2020 و2020/05/13 عند الساعة 10:30.",
)


@pytest.mark.parametrize("text", _GATED_TEXTS)
def test_the_patterns_a_word_is_not_tried_with_before_its_next_word_find_nothing_there(text):
    """find_candidates tries at a word only the patterns a reading that may start there
    dispatches to: "في" before a word other than "وقت" or "المستقبل", "ما" before one
    other than "يقرب"، "بعد" before one other than "غد" are passed over. Every pattern
    left out at a token finds nothing there, and the expressions those words start are
    still found."""
    from core.text import normalize_with_offsets
    from core.times.patterns import PATTERNS, _plan
    from core.times.view import TokenView

    v = TokenView(normalize_with_offsets(text))
    plan = _plan(v.words)
    passed = 0
    for i, w in enumerate(v.words):
        fns, before = plan.get(w, ((), None))
        if before is not None and i + 1 < v.n:
            fns = before.get(v.words[i + 1], fns)
        for _, fn in PATTERNS:
            if fn not in fns:
                assert fn(v, i) is None, (w, fn.__name__)
        passed += w in plan and not fns
    assert passed >= 1


def test_the_references_of_several_words_are_found_after_words_passed_over():
    from core.times import find_times

    text = _GATED_TEXTS[0]
    assert [t.text for t in find_times(text, "2024-03-05")[0]] == ["في وقت سابق", "في المستقبل", "شهريا"]
    found = [(t.text, t.value) for t in find_times(_GATED_TEXTS[1], "2024-03-05")[0]]
    assert ("بعد غد", "2024-03-07") in found and ("أول أمس", "2024-03-03") in found
    assert any(t.startswith("ما يقرب من") for t, _ in found) is False  # a count of refugees, no time


def test_a_word_starts_the_same_patterns_gated_or_not():
    """The gate only splits a word's patterns by the word after it: all together they are
    those of every reading the word may start."""
    from core.times.patterns import DISPATCH, _names, starters
    from core.times.words import time_words

    lex = time_words()
    for w, (always, before) in starters().items():
        before = before or {}
        longer, single = lex.reading_plan(w)
        every = _names(c for e, _ in single for c in e) | _names(c for items in longer.values()
                                                                  for _, _, e, _ in items for c in e)
        assert always.union(*before.values()) == every, w
        assert all(always < names for names in before.values())
    assert starters()["في"][0] == frozenset() and "ref" in starters()["في"][1]["وقت"]
    assert "duration" in starters()["وقبل"][0] and set(DISPATCH["since"]) == {"duration"}
