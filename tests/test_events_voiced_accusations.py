"""An accusation taken up by a relative clause whose verb voices it ("الاتهامات التي وجهتها
X لـY"): X accuses Y; a clause of another verb still names the accused ("الجرائم التي
ارتكبها X"). core.events.filters.source_named_after; sentences written for the tests."""

from core import analyze


def events(text):
    return [(v.type, v.actors) for v in analyze(text, "2023-01-17").events]


def test_the_subject_of_a_voicing_verb_is_the_accuser():
    got = events("ورفضت البرازيل الانتقادات التي وجهتها الأرجنتين لبرازيليا بشأن الغابات.")
    assert ("ACCUSE", ["ARG", "BRA"]) in got and ("ACCUSE", ["BRA", "ARG"]) not in got


def test_several_voicers_each_accuse_the_target():
    got = events("واستعاد المقال الاتهامات التي وجهتها كولومبيا والإكوادور وبيرو لفنزويلا بدعم المهربين.")
    assert ("ACCUSE", ["COL", "VEN"]) in got and ("ACCUSE", ["VEN", "COL"]) not in got


def test_a_relative_clause_on_a_genitive_names_the_accused():
    """"إدانة الصواريخ التي أطلقها X": the clause takes up the rockets (a genitive after an
    indefinite noun), so X launched them and is condemned; X voices nothing."""
    got = events("وجددت الكويت إدانة الصواريخ التي أطلقها الحوثيون باتجاه أراضيها.")
    assert ("ACCUSE", ["houthis", "KWT"]) not in got


def test_a_plural_voicing_verb_with_its_pronoun():
    """"وجهوها": the plural's silent alef is not written before the pronoun."""
    from core.events.filters import _voiced
    assert _voiced("وجهوها") and _voiced("وجهتها") and not _voiced("ارتكبها")
