"""Acronyms spelt as their letters' names joined by dots: the lexicon's entry, or an
organisation after a head; a dotted acronym nothing names stays out."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def orgs(text):
    nt = normalize_with_offsets(text)
    return sorted((e.id, m.text) for e in find_entities(nt, tokenize(nt)) if e.type == "ORG" for m in e.mentions)


def test_a_dotted_acronym_the_lexicon_holds_spaced_is_its_entry():
    assert orgs("وقال المسؤول لشبكة سي.إن.إن إن الهدنة صامدة.") == [("cnn", "سي.إن.إن")]
    assert orgs("وفتح الإف.بي.آي ملفا جديدا.") == [("fbi", "إف.بي.آي")]


def test_an_unknown_dotted_acronym_after_a_head_is_an_organisation():
    found = orgs("وبثت قناة تي.في.زد مقابلة مع الوزير.")
    assert [m for _, m in found] == ["قناة تي.في.زد"]


def test_an_unknown_dotted_acronym_alone_names_nothing():
    assert orgs("وأكد فحص دي.إن.إيه هوية الضحية.") == []


def test_the_joining_dot_pattern_finds_what_its_plain_look_behind_form_finds():
    """The pattern opens with the dot so that the engine skips from dot to dot; it must
    find exactly the dots the plain form (look-behind first) finds."""
    import re

    from core.entities.acronyms import _JOINING_DOT, _dotted_gaps
    from core.entities.context import _Context
    from core.entities.finder import _finder
    from core.lexicon import load_lexicon

    plain = re.compile(r"(?<=[^\W_])\.(?=[^\W_])")
    texts = ["وقال المسؤول لشبكة سي.إن.إن إن الهدنة صامدة. ثم غادر.", "بلغ النمو 3.5 بالمئة.", ".أ.ب",
             "انتهى الاجتماع.وغادر الوفد", "U.S.A. و.", "..د..ه.", "_._ ا._ب"]
    for text in texts:
        norm = normalize_with_offsets(text).norm
        assert [m.span() for m in _JOINING_DOT.finditer(norm)] == [m.span() for m in plain.finditer(norm)]
    nt = normalize_with_offsets("وبثت قناة تي.في.زد مقابلة. وقال 3.5")
    ctx = _Context(nt, tokenize(nt), load_lexicon(), _finder(load_lexicon()))
    assert _dotted_gaps(ctx) == {2, 3, 7}
