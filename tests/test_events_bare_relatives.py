"""The subject of an indefinite act noun's relative clause with no "التي" is the act's
author (core.events.bare_relatives); sentences written for the tests."""
from core import analyze


def events(text, published="2026-03-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_sanctions_imposed_by_a_named_side_are_that_sides():
    got = events("ويعاني اقتصاد فنزويلا من عقوبات قاسية فرضتها الولايات المتحدة منذ عام 2019.")
    assert ("SANCTION", ["VEN", "USA"]) not in got
    assert ("SANCTION", ["USA", "VEN"]) in got


def test_sanctions_after_their_adjective_are_the_clause_subjects():
    got = events("وتضرر اقتصاد إيران كثيرا من عقوبات جديدة فرضتها بريطانيا العام الماضي.")
    assert ("SANCTION", ["IRN", "GBR"]) not in got
    assert ("SANCTION", ["GBR", "IRN"]) in got



def test_a_verb_of_reacting_opens_no_authors_clause():
    """"عقوبات جديدة انتقدتها X": X criticises the sanctions, it imposes none."""
    assert ("SANCTION", ["eu", "RUS"]) in events("أعلن الاتحاد الأوروبي عقوبات جديدة انتقدتها موسكو بشدة.")
    assert ("THREATEN", ["ISR", "hezbollah"]) in events("أطلقت إسرائيل تحذيرات تجاهلها حزب الله.")


def test_a_noun_with_its_pronoun_opens_no_authors_clause():
    """"في تهديداتها مستخدمة حلفاءها Y": a possessed noun is definite, and "حلفاءها" is a
    plural noun with its pronoun, no verb: Y threatens no one."""
    got = events("وتمادت إيران في تهديداتها مستخدمة حلفاءها الحوثيين.")
    assert ("THREATEN", ["houthis", "IRN"]) not in got
