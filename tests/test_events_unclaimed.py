"""Attacks whose one named side is their unnamed authors (core.events.unclaimed)."""
from core import analyze


def events(text: str) -> list[tuple[str, list[str]]]:
    return [(v.type, v.actors) for v in analyze(text, "2018-05-01").events]


def test_a_suicide_attack_on_a_named_place_is_an_event_of_its_unnamed_attackers():
    assert ("ASSAULT", ["unnamed-attackers-irq", "baghdad"]) in events("وقتل 10 أشخاص في هجوم انتحاري على سوق في بغداد.")


def test_gunmen_who_open_fire_in_a_named_place_attack_it():
    assert ("ASSAULT", ["unnamed-unidentified-armed-group-irq", "basra"]) in events(
        "أطلق مجهولون النار على حافلة ركاب في البصرة.")


def test_gunmen_told_as_the_ones_hit_attack_no_one():
    """Counted or after a word of being hit, the gunmen are the target; a state's arms named
    in the sentence (an army, air strikes) make the reading unclear: no event is invented."""
    assert not any(t == "ASSAULT" for t, _ in events("وأسفر هجوم عن مقتل خمسة مسلحين في ريف إدلب."))
    assert not any(t == "ASSAULT" for t, _ in events("استهدفت غارة جوية معسكرا لمتشددين في بلدة بني وليد."))


def test_terrorists_in_a_government_statement_are_no_attackers_of_their_own():
    assert not any(t == "ASSAULT" for t, _ in events("وقال الوزير إن الهجوم على الإرهابيين في إدلب سيستمر."))


def test_attackers_with_no_place_in_the_sentence_get_no_target():
    """"قناصة إسرائيليون" carry a nationality, not where they fired: the country is no target."""
    assert not any(t == "ASSAULT" and a[0].startswith("unnamed-") for t, a in events(
        "وأظهرت مقاطع مصورة قناصة إسرائيليين يطلقون النار على متظاهر."))
