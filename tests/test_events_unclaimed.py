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


def test_an_attack_whose_dead_are_counted_and_no_side_named_is_one_of_unnamed_attackers():
    """"قتلى في غارة على X": the report names no one who struck; the attack noun is their mention."""
    text = "قتل خمسة أشخاص على الأقل وأصيب عشرة بجروح الأحد في انفجار سيارة مفخخة في مدينة الموصل العراقية."
    a = analyze(text, "2018-05-01")
    assert [(v.type, v.actors) for v in a.events] == [("ASSAULT", ["unnamed-attackers-irq", "mosul"])]
    side = next(e for e in a.entities if e.id == "unnamed-attackers-irq")
    assert side.type == "UNNAMED" and [m.text for m in side.mentions] == ["انفجار"]


def test_an_attack_with_no_toll_or_with_another_state_named_implies_no_attackers():
    """No dead or wounded: a threat or a plan as often as an attack; another state named: it
    may have struck, and the toll is no one's to guess."""
    assert not any(a[0].startswith("unnamed-attackers") for _, a in events(
        "وتحدث المسؤولون عن غارة جوية على سوق في مدينة تعز اليمنية."))
    assert not any(a[0].startswith("unnamed-attackers") for _, a in events(
        "وقتل عشرون شخصا في غارة جوية على سوق في مدينة تعز اليمنية، واتهم الحوثيون السعودية بشنها."))


def test_a_toll_beside_a_state_named_as_more_than_where_or_an_accident_implies_no_attackers():
    """"ضربات أميركية"، "قالت واشنطن إنها قتلت": the state may be the one that struck; a gas
    explosion struck no one."""
    for text in ("وقالت الولايات المتحدة إنها قتلت أكثر من 50 مقاتلا في ضربات جوية الأسبوع الماضي.",
                 "وقتل عشرة أشخاص في انفجار غاز داخل مطعم في مدينة الموصل العراقية."):
        assert not any(a[0].startswith("unnamed-attackers") for _, a in events(text)), text


def test_an_attack_whose_dead_are_of_one_named_side_is_unnamed_attackers_on_that_side():
    """"قتل جنود أتراك في هجوم"، "مقتل عنصر من الشرطة X في انفجار": the dead name whom the
    attack hit; no one is named who struck."""
    assert ("ASSAULT", ["unnamed-attackers-tur", "TUR"]) in events("قتل أربعة جنود أتراك في هجوم قرب الحدود.")
    assert ("ASSAULT", ["unnamed-attackers-jor", "JOR"]) in events(
        "وأعلنت السلطات مقتل شرطي من قوات الشرطة الأردنية في انفجار عبوة ناسفة وقع مساء الخميس.")


def test_dead_of_one_side_beside_another_side_named_or_in_a_battle_imply_no_attackers():
    """A second side named may be the one that struck; a battle's dead are both sides'."""
    assert not any(a[0].startswith("unnamed-attackers") for _, a in events(
        "قتل أربعة جنود أتراك في هجوم تبناه حزب العمال الكردستاني."))
    assert not any(a[0].startswith("unnamed-attackers") for _, a in events(
        "قتل أربعة جنود أتراك في معارك عنيفة قرب الحدود."))
    assert not any(a[0].startswith("unnamed-attackers") for _, a in events(
        "قتل أربعة جنود أتراك في انفجار غاز داخل ثكنة."))


def test_the_shooter_the_attacks_author_or_one_man_s_nationality_is_no_side_hit():
    """"برصاص X" names who fired; the genitive of the attack noun its author; a nationality
    on one man ("الصحفي الأمريكي") no state hit; a body right after a killing verb is its subject."""
    for text in ("وقتل مدني برصاص ميليشيات الحوثي في مدينة تعز.",
                 "وتعرضت القرية لهجمات جماعة بوكو حرام الليلة الماضية.",
                 "قتل المغني الأمريكي في حادث إطلاق نار قرب منزله.",
                 "وقتلت الشرطة المصرية ستة أشخاص متهمين بتنفيذ التفجير."):
        assert not any(a[0].startswith("unnamed-attackers") for _, a in events(text)), text


def test_a_verb_form_after_wasat_is_its_noun():
    """"وسط قصف": after وسط (under its conjunction too) a past-looking form is the noun."""
    from types import SimpleNamespace

    from core.events.unclaimed import verbal

    hit = SimpleNamespace(verbal=True, i=1)
    assert not verbal(hit, ["وسط", "قصف"]) and not verbal(hit, ["ووسط", "قصف"]) and verbal(hit, ["ثم", "قصف"])


def test_a_country_named_after_a_word_of_its_region_says_where_not_who():
    """"الموصل شمالي العراق"، "بشمال العراق": the country locates the place; a state named
    as an actor beside the toll still leaves the attack unclaimed by no one."""
    for where in ("شمالي العراق", "بشمال العراق"):
        assert events(f"قتل ستة أشخاص في انفجار سيارة مفخخة في مدينة تكريت {where}.") == [
            ("ASSAULT", ["unnamed-attackers-irq", "tikrit"])]
    assert not any(a[0].startswith("unnamed-") for _, a in events(
        "قتل ستة أشخاص في انفجار سيارة مفخخة في مدينة تكريت وأدان العراق الهجوم."))


def test_a_side_named_only_as_holding_the_place_is_no_side_of_the_attack():
    """"الخاضعة لسيطرة X": X tells where the strike fell; named as the speaker, it may be more."""
    assert events("قتل تسعة مدنيين في غارة جوية على سوق في مدينة صعدة الخاضعة لسيطرة الحوثيين.") == [
        ("ASSAULT", ["unnamed-attackers-yem", "saada"])]
    assert not any(a[0].startswith("unnamed-") for _, a in events(
        "قال الحوثيون إن تسعة مدنيين قتلوا في غارة جوية على سوق في مدينة صعدة الخاضعة لسيطرتهم."))


def test_a_bomber_who_blew_himself_up_is_an_attack_of_unnamed_attackers():
    """"فجر انتحاري نفسه": the bomber stands between the verb and its reflexive object."""
    assert events("فجر انتحاري نفسه قرب مسجد في العاصمة الأفغانية كابول.") == [
        ("ASSAULT", ["unnamed-attackers-afg", "AFG"])]
    assert not any(t == "ASSAULT" for t, _ in events("وصل الوفد فجر الأحد إلى كابول ليقدم نفسه للحكومة."))


def test_the_nationality_of_a_capital_before_its_name_says_where():
    """"في العاصمة الصومالية مقديشو": the adjective and the capital (a state's metonym
    elsewhere) both locate the blast; after a side's word they may name more."""
    assert events("قتل أربعة أشخاص في انفجار عبوة ناسفة في العاصمة الصومالية مقديشو.") == [
        ("ASSAULT", ["unnamed-attackers-som", "mogadishu"])]
    assert not any(a[0].startswith("unnamed-") for _, a in events(
        "قتل أربعة أشخاص في انفجار عبوة ناسفة واتهمت مقديشو حركة الشباب بالوقوف وراءه."))
