"""Actors named as a topic, as the victim of a verb of undergoing or as the antecedent of a
relative clause are no sides of the role model's reading (core.events.bystanders), and acts
backed, promised or still to come are not done (core.events.filters); sentences written
for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_a_country_talks_are_about_is_no_party_to_them():
    got = events("وقال المتحدث إن المشاورات مع حلفاء الولايات المتحدة مستمرة بشأن سوريا.")
    assert not [e for e in got if "SYR" in e[1]]


def test_the_subject_of_a_verb_of_undergoing_is_the_target():
    assert not [e for e in events("وتعرضت السفارة الروسية في دمشق لقصف من قبل مسلحين.") if e[1][:1] == ["RUS"]]


def test_a_relative_verbs_pronoun_makes_its_antecedent_the_target():
    assert not [e for e in events("وانتقدت الحكومة الفرنسية تحركات الانقلابيين الذين تدعمهم إيران.") if e[0] == "SUPPORT"]


def test_a_thing_denied_in_a_relative_clause_keeps_its_denial():
    got = events("واتهمت بريطانيا روسيا بتسميم العميل، وهو الأمر الذي تنفيه روسيا بشكل قاطع.")
    assert ("REJECT", ["RUS", "GBR"], "تنفيه") in got


def test_backing_sanctions_on_a_country_is_a_demand_not_a_sanction():
    got = events("وأعلنت فرنسا أنها تؤيد فرض عقوبات على إيران.")
    assert not [e for e in got if e[0] in ("SANCTION", "SUPPORT")]
    assert ("REQUEST", ["FRA", "IRN"], "تؤيد") in got


def test_a_summit_said_to_be_ahead_has_not_taken_place():
    assert events("وقال ترامب إنه يفضل أن تعقد القمة المرتقبة مع كوريا الشمالية في سنغافورة.") == []


def test_a_release_promised_is_not_done():
    assert not [e for e in events("وتعهدت ماليزيا بإطلاق سراح المعارض أنور إبراهيم.") if e[0] == "RETREAT"]


def test_forces_of_a_countrys_opposition_are_no_state():
    assert not [e for e in events("وأطلقت تركيا عملية عسكرية بالتعاون مع قوات سورية معارضة.") if "SYR" in e[1]]
