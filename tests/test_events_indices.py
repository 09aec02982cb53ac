"""A stock index named after a company or an exchange ("مؤشر ناسداك") is no side of an
event (core.events.indices). Sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_an_index_reaching_a_level_visits_nobody():
    got = events("وهبط مؤشر ستاندرد أند بورز 1,7 بالمئة ليصل إلى 3,912.40، كما نزل مؤشر ناسداك 2,3 بالمئة إلى 11,204.55.")
    assert not [e for e in got if "nasdaq" in e[1] or "sp-global" in e[1]]


def test_a_company_named_as_itself_is_still_a_side():
    assert ("ACCUSE", ["USA", "google"]) in events("واتهمت الحكومة الأمريكية شركة غوغل بالاحتكار.")


def test_signs_of_a_party_are_no_index():
    """The plural "مؤشرات" is "signs": the body after it is still the accused."""
    assert ("ACCUSE", ["ISR", "hezbollah"]) in events("وكشف الجيش الإسرائيلي مؤشرات تورط حزب الله في الهجوم على الدورية.")


def test_a_visit_told_beside_an_index_keeps_only_its_sides():
    """The index "reaching" a level is no visit of its own, the minister's visit stays."""
    got = events("ووصل وزير الخارجية الفرنسي إلى القاهرة، فيما وصل مؤشر ناسداك إلى 11 ألف نقطة.")
    assert got == [("CONSULT", ["FRA", "EGY"])]
