"""The side whose sites an attack strikes is no attacker (core.events.struck_owners);
sentences written for the tests."""
from core import analyze


def events(text, published="2018-05-10"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_the_owner_of_targets_struck_inside_a_country_attacks_nothing():
    got = events("وأوضح الجيش الإسرائيلي أن طائراته قصفت 50 هدفا عسكريا تخص إيران داخل سوريا.")
    assert not [e for e in got if e[0] == "ASSAULT" and e[1][0] == "IRN"]


def test_a_group_whose_positions_were_struck_attacks_nothing():
    got = events("وأعلن الجيش أن مقاتلاته استهدفت عشرات المواقع التابعة لحزب الله داخل الأراضي السورية.")
    assert not [e for e in got if e[0] == "ASSAULT" and e[1][0] == "hezbollah"]


def test_the_named_attacker_of_owned_sites_still_attacks_their_owner():
    assert ("ASSAULT", ["ISR", "IRN"], "قصفت") in events("وقصفت المقاتلات الإسرائيلية مواقع تابعة لإيران في سوريا.")
    got = events("وأعلنت وزارة الدفاع العراقية أن طائراتها شنت غارات على مواقع لداعش داخل الأراضي السورية.")
    assert ("ASSAULT", ["IRQ", "isis"], "شنت") in got


def test_civilians_of_a_state_killed_by_no_named_attacker_are_no_attack_on_it():
    # (core.events.unclaimed.victim_toll) the nationality of civilians names no state hit
    assert not [e for e in events("مقتل أربعة مواطنين بريطانيين في انفجار في العاصمة الصومالية.")
                if e[0] == "ASSAULT" and e[1][-1] == "GBR"]
    assert not [e for e in events("قتل خمسة أشخاص ألمان في انفجار سيارة مفخخة في بغداد.")
                if e[0] == "ASSAULT" and e[1][-1] == "DEU"]


def test_soldiers_of_a_state_killed_in_an_attack_are_still_an_attack_on_it():
    assert [e for e in events("قتل ثلاثة جنود أتراك في هجوم في شمال العراق.") if e[0] == "ASSAULT" and e[1][-1] == "TUR"]


def test_the_words_of_owning_are_read_in_normalised_spelling():
    # construction_cues.tsv is looked up by normalised words: "تابعة" reads "تابعه"
    from core.events import constructions
    assert constructions.kind("تابعه") == "owned_by" and constructions.kind("المملوكه") == "owned_by"


def test_the_owner_of_the_attacking_force_still_attacks():
    # "قوات تابعة لحكومة الوفاق" is the verb's subject: its owner attacks, owns nothing struck
    got = events("قصفت قوات تابعة لحكومة الوفاق مواقع قوات حفتر جنوب طرابلس.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1][0] == "LBY"]
    got = events("استهدفت فصائل تابعة لتركيا مواقع قوات سوريا الديمقراطية.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1][0] == "TUR"]
