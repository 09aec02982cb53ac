"""A named place that undergoes an attack by the agent "من قبل"/"من جانب"/"على يد"
names (core.events.exposed). Sentences written for the tests."""
from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_town_exposed_to_shelling_is_its_target():
    """"تتعرض مدينة حلب لقصف من قبل القوات السورية": Syria attacks Aleppo."""
    got = events("وتتعرض مدينة حلب منذ الأحد لقصف عنيف من قبل القوات السورية.")
    assert ("ASSAULT", ["SYR", "aleppo"]) in got


def test_a_place_in_a_relative_clause_exposed_to_an_attack():
    """"مدينة إدلب التي تتعرض لهجوم من قبل القوات الروسية": Russia attacks Idlib."""
    got = events("ونزح آلاف المدنيين من مدينة إدلب التي تتعرض لهجوم عنيف من قبل القوات الروسية.")
    assert ("ASSAULT", ["RUS", "idlib"]) in got


def test_the_place_a_town_lies_in_is_not_the_one_hit():
    """"بلدة X الواقعة في ريف إدلب تتعرض لحصار": the Idlib countryside is where, not what."""
    got = events("وقالت المنظمة إن بلدة كفرنبل الواقعة في ريف إدلب تتعرض لحصار من قبل القوات السورية.")
    assert not [e for e in got if any(a.startswith("idlib") for a in e[1])]


def test_a_place_after_in_that_a_relative_takes_up_is_hit():
    """"أصيب في عفرين، التي تتعرض منذ أسابيع للقصف من قبل ...": Afrin is hit."""
    got = events("وأصيب مراسل محلي أمس في عفرين، التي تتعرض منذ أسابيع للقصف من قبل القوات التركية.")
    assert ("ASSAULT", ["TUR", "afrin"]) in got


def test_reviewed_is_no_form_of_undergo():
    """"استعرض" (reviewed) carries the letters of "تعرض" but is no form of it."""
    from core.events.exposed import exposed_verb

    assert exposed_verb("وتتعرض") and exposed_verb("لتعرضها") and exposed_verb("للتعرض") and exposed_verb("ستتعرض")
    assert not exposed_verb("ستعرض")  # will present: a future س with no person prefix
    assert not exposed_verb("واستعرض") and not exposed_verb("يستعرضون")
