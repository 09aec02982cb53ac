"""The state that made a weapon is no side of what is done with it (core.events.makers).
Sentences and names made up for the tests."""
from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_the_maker_of_the_missiles_is_not_hit():
    assert ("ASSAULT", ["houthis", "IRN"]) not in events(
        "وأطلقت جماعة الحوثي صواريخ باليستية إيرانية الصنع تجاه السعودية.")


def test_the_maker_of_the_guns_is_not_shelled():
    assert events("وقصف الجيش مواقع المسلحين بمدافع فرنسية الصنع.") == []


def test_a_maker_named_as_a_side_as_well_stays_one():
    assert ("ASSAULT", ["ISR", "SYR"]) in events(
        "وقصفت إسرائيل مواقع سورية بصواريخ أمريكية الصنع، وقالت إن سوريا أطلقت النار على طائراتها.")


def test_the_maker_of_what_is_bought_is_the_seller():
    # a purchase is done with the maker: the rule reads acts done with force only
    got = events("واشترت تركيا منظومة صواريخ روسية الصنع.")
    assert [e for e in got if sorted(e[1]) == ["RUS", "TUR"]]


def test_the_maker_fires_nothing_when_no_side_hit_is_named():
    got = events("أطلق الحوثيون صواريخ إيرانية الصنع على المدن السعودية.")
    assert not [e for e in got if "IRN" in e[1]]


def test_the_maker_of_the_shells_makes_no_attack_on_unnamed_targets():
    got = events("وهاجمت حركة الشباب القاعدة بقذائف صينية الصنع أطلقتها من الغابات.")
    assert not [e for e in got if "CHN" in e[1]]
