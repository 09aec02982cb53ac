"""A participle of naming ("المكنى") stands between a person's two names and is no word of either."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def people(text):
    nt = normalize_with_offsets(text)
    return sorted(m.text for e in find_entities(nt, tokenize(nt)) if e.type == "PERSON" for m in e.mentions)


def test_the_participle_is_no_first_word_of_the_nickname():
    found = people("ويعد سالم عبدالله الحمراني والمكنى أبو نصار من القيادات الميدانية.")
    assert found == ["أبو نصار", "سالم عبدالله الحمراني"]


def test_the_participle_alone_names_no_one():
    found = people('وقتل القيادي البارز ناصر حسين الدار المكنى "ابو فارس"، في غارة جوية.')
    assert "المكنى" not in found
    assert any(name.startswith("ناصر حسين") for name in found)  # the person before it is still found


def test_a_preposition_on_the_nickname_is_left_out():
    assert people("وقتل القيادي المكنى بأبو محمد في القصف.") == ["أبو محمد"]


def test_a_name_ends_before_the_participle():
    # the tagger reads "المكنى" here as the name's last word; the rule cuts it off
    assert people('وتحدث عن حالة سامي علي المكنى "صاحب القبعة" في السجن.') == ["سامي علي"]


def test_the_participle_after_abd_is_a_name():
    assert people("وعين مكانه العميد ماجد عبد المعروف قائدا للمنطقة.") == ["ماجد عبد المعروف"]
