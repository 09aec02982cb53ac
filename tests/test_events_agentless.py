"""Attacks told as having struck, with no one named who struck (core.events.agentless), and
the implied attackers refused where the text names who struck (agentless.arms_after, agentless.agent_in_sentence)."""
from core import analyze


def events(text: str) -> list[tuple[str, list[str]]]:
    return [(v.type, v.actors) for v in analyze(text, "2018-05-01").events]


def test_an_air_strike_that_struck_a_named_place_is_an_attack_of_unnamed_attackers():
    assert ("ASSAULT", ["unnamed-attackers-yem", "saada"]) in events(
        "استهدفت غارة جوية سوقا شعبيا في مدينة صعدة اليمنية.")


def test_an_attack_a_source_reports_as_striking_is_one_of_unnamed_attackers():
    """"أعلنت مصادر X أن هجوما استهدف": the sources report it; they struck no one."""
    assert ("ASSAULT", ["unnamed-attackers-lby", "benghazi"]) in events(
        "أعلنت مصادر أمنية ليبية أن هجوما انتحاريا استهدف مقر وزارة الخارجية في بنغازي.")


def test_a_bomb_that_went_off_in_a_named_city_is_an_attack():
    assert ("ASSAULT", ["unnamed-attackers-irq", "kirkuk"]) in events(
        "انفجرت عبوة ناسفة بدورية للشرطة في مدينة كركوك.")


def test_an_attack_noun_with_no_verb_of_striking_or_with_its_author_named_gets_no_unnamed_attackers():
    """No verb that says it struck: planned, feared or discussed as often as done; an author on
    the noun or an accusation: the other rules' side, or none."""
    for text in ("وتخشى السلطات من غارة جوية على مدينة صعدة اليمنية.",
                 "استهدفت غارة إسرائيلية موقعا في ريف دمشق.",
                 "واتهم الحوثيون التحالف بشن غارات استهدفت سوقا في مدينة الحديدة.",
                 "وتبنى التنظيم الهجوم الذي استهدف سوقا في مدينة الموصل العراقية."):
        assert not any(a[0].startswith("unnamed-attackers") for _, a in events(text)), text


def test_a_shelling_after_a_preposition_is_a_noun_whose_toll_implies_attackers():
    """"في قصف": the lexicon's past verb is its verbal noun after a preposition."""
    assert ("ASSAULT", ["unnamed-attackers-syr", "aleppo-countryside"]) in events(
        "وسقط خمسة قتلى في قصف على بلدة في ريف حلب السورية.")


def test_a_toll_whose_shooters_the_sentence_names_implies_no_unnamed_attackers():
    """"بنيران قوات ..."، "على يد عناصر ..."، "داهمت القوات ...": the text names who struck."""
    for text in ("وقتل ثلاثة أشخاص بنيران قوات الأمن في هجوم على قرية بريف إدلب السورية.",
                 "وقتل خمسة أشخاص على يد عناصر مسلحة في هجوم على قرية في ولاية كادونا النيجيرية.",
                 "وقتل ثلاثة أشخاص في هجوم بعد أن داهمت القوات قرية بريف إدلب السورية."):
        assert not any(a[0].startswith("unnamed-attackers") for _, a in events(text)), text
    assert ("ASSAULT", ["unnamed-attackers-syr", "idlib-province"]) in events(
        "وقتل ثلاثة من عناصر الشرطة في هجوم على قرية بريف إدلب السورية.")


def test_a_force_that_reports_or_a_weapon_after_an_agent_word_names_no_one_who_struck():
    """"قالت الشرطة إن ...": the police report; "بقذائف الهاون": a weapon, whosever."""
    assert ("ASSAULT", ["unnamed-attackers-irq", "kirkuk"]) in events(
        "وقالت الشرطة إن ثلاثة أشخاص قتلوا في هجوم على سوق في مدينة كركوك العراقية.")
    assert ("ASSAULT", ["unnamed-attackers-syr", "damascus-countryside"]) in events(
        "وقتل ثلاثة أشخاص في هجمات بقذائف الهاون على بلدة في ريف دمشق السورية.")


def test_a_strike_denied_or_a_bomb_whose_planter_is_named_gets_no_unnamed_attackers():
    """"لم تستهدف": no strike; "عبوة زرعها تنظيم X": X's, not unknown hands'."""
    for text in ("وأكدت وزارة الدفاع أن الضربات لم تستهدف مواقع في مدينة حمص السورية.",
                 "انفجرت عبوة ناسفة زرعها تنظيم داعش في سوق بمدينة الموصل العراقية."):
        assert not any(a[0].startswith("unnamed-attackers") for _, a in events(text)), text


def test_who_voices_shock_at_an_attack_struck_no_one():
    """"عبر عن صدمته إثر غارات استهدفت": a mourner's word before the attack, as "أدان"."""
    assert ("ASSAULT", ["unnamed-attackers-yem", "taiz"]) in events(
        "وعبر المنسق الأممي عن صدمته إثر تعرض مدينة تعز اليمنية لغارات استهدفت سوقا شعبيا.")


def test_an_aircraft_word_under_a_conjunction_and_a_preposition_is_still_an_aircraft():
    """"وللطيران" is "طيران" once و and لل are cut: the aircraft, not a state's armed body."""
    from core.events.agentless import AIRCRAFT, _bare_article

    assert _bare_article("وللطيران") in AIRCRAFT and _bare_article("بالغارات") in AIRCRAFT


def test_shells_that_fell_on_a_named_place_are_an_attack_of_unnamed_attackers():
    """"سقطت قذائف هاون على حي": fired by someone the report does not name; a shell that
    fell with nowhere said, or "سقط" before no weapon, is no attack."""
    assert events("سقطت قذائف هاون على حي سكني في مدينة حماة.") == [("ASSAULT", ["unnamed-attackers-syr", "hama"])]
    assert not any(t == "ASSAULT" for t, _ in events("سقطت قذيفة هاون دون أن تسفر عن إصابات."))
    assert not any(t == "ASSAULT" for t, _ in events("سقط المطر على مدينة حماة طوال الليل."))
