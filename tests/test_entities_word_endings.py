"""The attached pronouns and plural endings come from the endings table: the longest
pronoun is cut ("صديقهما" → صديق, not صديقهم), a nisba keeps its ه, and a definite plural
is no family name."""
from core.entities.word_endings import PLURAL_ENDINGS, pronoun_cut, pronoun_suffix


def test_the_longest_pronoun_is_cut():
    assert pronoun_suffix("صديقهما") == "هما"
    assert pronoun_cut("صديقهما") == ["صديق"]


def test_a_feminine_word_under_a_pronoun_gets_its_ta_marbuta_back():
    assert pronoun_cut("رحلتها") == ["رحلت", "رحله"]


def test_a_nisba_keeps_its_ending():
    assert pronoun_cut("اللبنانيه") == []


def test_the_table_holds_the_sound_plural_endings():
    assert "المعلمون".endswith(PLURAL_ENDINGS) and not "الكاتب".endswith(PLURAL_ENDINGS)
