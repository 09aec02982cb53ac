"""An act a threat noun governs by its بـ is threatened, not done (core.events.threatened);
sentences written for the tests."""
from core import analyze


def events(text, published="2018-05-10"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_sanction_threatened_by_a_noun_is_no_sanction():
    """"التهديد الفرنسي باتخاذ إجراءات عقابية ضد إيران": France threatens, imposes nothing."""
    got = events("وقالت طهران إن التهديد الفرنسي باتخاذ إجراءات عقابية ضد إيران سيقابل برد حازم.")
    assert ("THREATEN", ["FRA", "IRN"]) in got and not [e for e in got if e[0] == "SANCTION"]


def test_an_act_joined_to_the_threat_was_made():
    """"تهديدات X وهجماتهم على Y": the attacks are a second thing named, no threat's content."""
    from core.events import threatened
    from core.events.triggers import load_triggers

    trig = load_triggers()
    assert not threatened.governs(["ادانت", "مصر", "تهديدات", "الحوثيين"], "وهجماتهم", trig)
    assert threatened.governs(["التهديد", "الفرنسي"], "باتخاذ", trig)


def test_an_act_in_a_clause_after_the_threat_was_made():
    """"رغم التهديدات، شنت X هجوما": the attack is told as done."""
    from core.events import threatened
    from core.events.triggers import load_triggers

    assert not threatened.governs(["رغم", "التهديدات", "شنت", "بريطانيا"], "هجوما", load_triggers())


def test_a_threat_after_an_attack_leaves_the_attack_done():
    got = [(v.type, v.actors, v.modality) for v in analyze("تصاعدت التهديدات الروسية بعد القصف الأوكراني على بيلغورود.", "2026-03-01").events]
    assert any(t == "ASSAULT" and a[0] == "UKR" and m == "asserted" for t, a, m in got)


def test_a_threat_to_answer_an_attack_leaves_the_attack_done():
    got = [(v.type, v.actors, v.modality) for v in analyze("وجددت تركيا تهديدها بالرد على الهجوم السوري على نقاطها العسكرية في إدلب.", "2026-03-01").events]
    assert any(t == "ASSAULT" and a[0] == "SYR" and m == "asserted" for t, a, m in got)
