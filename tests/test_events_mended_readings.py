"""Readings of who acted and whether the act was made, narrowed after a review of the
filters of core.events.yielded, reporters and imminent. Sentences and names written for
the tests."""
from types import SimpleNamespace

from core.events.imminent import told_to_come
from core.text import normalize_with_offsets, tokenize
from event_pairs import events as _events


def test_a_withdrawal_merely_near_a_deadline_is_still_made():
    """"وبعد انتهاء المهلة قررت X سحب قواتها": the deadline does not govern the withdrawal."""
    assert ("RETREAT", ["IND", "NPL"]) in _events("وبعد انتهاء المهلة قررت الهند سحب قواتها من نيبال.")


def test_the_press_adjective_after_a_statement_names_no_reporter():
    """"في حديث صحفي فرنسا"، "في تصريح صحفي باكستان": a press talk, the side after it criticised."""
    got = _events("وهاجم رئيس الوزراء الهندي في تصريح صحفي باكستان بسبب دعمها للمتمردين.")
    assert got == [("ACCUSE", ["IND", "PAK"])]
    got = _events("وانتقدت وزيرة الخارجية النمساوية في مقابلة صحفية المجر بسبب موقفها من اللاجئين.")
    assert got == [("ACCUSE", ["AUT", "HUN"])]


def test_a_coming_word_after_a_preposition_on_an_article_is_another_nouns():
    """"التعاون للسنوات المقبلة": the years are to come, not the cooperation."""
    toks = tokenize(normalize_with_offsets("التعاون للسنوات المقبلة مع الجزائر"))
    assert not told_to_come(SimpleNamespace(verbal=False, i=0, j=1), toks)
    toks = tokenize(normalize_with_offsets("التعاون المقبل مع الجزائر"))
    assert told_to_come(SimpleNamespace(verbal=False, i=0, j=1), toks)
