"""Attacks whose author the text names and whose target it does not (core.events.authored):
the one hit is an UNNAMED side, "Targets (X)", of the country the attack took place in."""
from core import analyze


def events(text: str) -> list[tuple[str, list[str]]]:
    return [(v.type, v.actors) for v in analyze(text, "2018-05-01").events]


def test_an_air_campaign_by_a_named_state_with_no_one_named_as_hit_hits_unnamed_targets():
    assert ("ASSAULT", ["SYR", "unnamed-targets-syr"]) in events(
        "وتشن قوات النظام السوري منذ أسابيع حملة جوية عنيفة.")


def test_a_wounding_by_a_named_army_hits_unnamed_targets_of_the_country_named_after_it():
    assert ("ASSAULT", ["ISR", "unnamed-targets-pse"]) in events(
        "وقال الطبيب إن الشاب أصيب برصاص الجيش الإسرائيلي قرب مدينة خان يونس.")


def test_the_state_in_construct_inside_a_use_of_force_is_its_author():
    assert ("ASSAULT", ["RUS", "UKR"]) in events(
        "وقال المقرر الأممي إن استخدام روسيا الذخيرة الحية ضد الأوكرانيين لا مبرر له.")


def test_the_one_accused_of_using_chemical_weapons_is_the_author_and_the_town_says_where():
    assert ("ASSAULT", ["SYR", "unnamed-targets-syr"]) in events(
        "وتتهم واشنطن النظام السوري باستخدام غاز السارين على بلدة خان شيخون.")


def test_killings_massacres_and_aggression_told_as_a_charge_get_no_unnamed_targets():
    """"مقتل X"، "إبادة الأرمن": the noun's complement is the victim; "العدوان التركي على
    سيادة X": a charge; "هاجم الوزير": also words; a war: no one struck."""
    for text in ("وأعلنت الداخلية التونسية عن مقتل خمسة أشخاص بسبب سوء الأحوال الجوية.",
                 "وصوت البرلمان للاعتراف بإبادة الأرمن في ذكرى المجازر.",
                 "واعتبر المصدر أن ذلك يأتي في سياق العدوان التركي المتواصل على سيادة سوريا.",
                 "وهاجم الرئيس التركي بشدة الاتحاد الأوروبي.",
                 "وأعلنت القوات الحكومية الحرب على الإرهاب في البلاد."):
        assert not any(a[1].startswith("unnamed-targets") for _, a in events(text)), text


def test_one_word_verbs_of_striking_with_no_side_hit_get_no_unnamed_targets():
    """"تستهدف زيادة صادراتها"، "أسقطت صاروخا": figurative, or no attack."""
    for text in ("وقال الوزير إن تونس تستهدف زيادة صادراتها من زيت الزيتون هذا العام.",
                 "وأعلنت السعودية أنها أسقطت صاروخا أطلق على مدينة جازان."):
        assert not any(a[1].startswith("unnamed-targets") for _, a in events(text)), text


def test_unarmed_people_are_no_unidentified_armed_group():
    out = analyze("وانتقد المفوض استخدام القوة ضد بشر غير مسلحين في غزة.", "2018-05-01")
    assert not any(e.id.startswith("unnamed-unidentified-armed-group") for e in out.entities)


def test_a_shelling_written_with_b_after_the_accused_is_a_noun_whose_author_is_the_accused():
    assert ("ASSAULT", ["ISR", "unnamed-targets-syr"]) in events(
        "كما اتهم النظام السوري إسرائيل بقصف قاعدة جوية قرب مدينة حمص.")


def test_unarmed_people_after_a_conjunction_are_no_unidentified_armed_group():
    out = analyze("وانتقد المفوض استخدام القوة ضد متظاهرين سلميين وغير مسلحين في بغداد.", "2018-05-01")
    assert not any(e.id.startswith("unnamed-unidentified-armed-group") for e in out.entities)


def test_the_country_that_leads_the_author_is_not_where_its_raids_struck():
    assert not any("unnamed-targets-usa" in a for _, a in events(
        "وتواصلت غارات التحالف الدولي بقيادة الولايات المتحدة منذ أسابيع."))


def test_a_downed_aircraft_is_of_the_country_its_nationality_names_not_of_the_fire_that_downed_it():
    assert ("ASSAULT", ["SYR", "unnamed-targets-rus"]) in events(
        "وأكدت موسكو إسقاط الطائرة الروسية بنيران الدفاعات السورية فوق اللاذقية.")


def test_a_campaign_with_no_military_word_is_no_attack():
    for text in ("وشنت الحكومة التركية حملة تطهير طالت آلاف الموظفين.",
                 "وتشن الحكومة المصرية حملتها ضد أنصار رجل الدين."):
        assert not any(a[1].startswith("unnamed-targets") for _, a in events(text)), text


def test_an_air_campaign_is_still_an_attack():
    assert ("ASSAULT", ["SYR", "unnamed-targets-syr"]) in events(
        "وتشن قوات النظام السوري حملة جوية عنيفة منذ أسابيع.")


def test_feared_attacks_and_cyber_attacks_get_no_unnamed_targets():
    for text in ("وتتزايد المخاوف الأمريكية من هجمات على يد وكلاء إيران.",
                 "وتعرضت مواقع حكومية سعودية لهجوم إلكتروني إيراني."):
        assert not any(a[1].startswith("unnamed-targets") for _, a in events(text)), text


def test_a_states_strikes_told_with_no_country_hit_the_country_whose_towns_the_article_names_most():
    found = events("وقالت واشنطن وموسكو إن الوضع في دمشق وحلب هادئ. "
                   "وقالت الولايات المتحدة إن الضربات الإسرائيلية لم تنسق معها.")
    assert ("ASSAULT", ["ISR", "unnamed-targets-syr"]) in found and not any("unnamed-targets-usa" in a for _, a in found)


def test_a_states_attack_in_an_article_naming_other_countries_but_no_towns_has_no_unnamed_targets():
    assert not any(a[1].startswith("unnamed-targets") for _, a in events(
        "قال المتحدث إن القصف الإسرائيلي كان عنيفا. وذكرت الولايات المتحدة أنها تتابع."))


def test_the_accusing_words_are_the_trigger_lexicons():
    """The words of accusing are the ACCUSE forms of triggers.tsv: "تورط" (involvement) is one."""
    assert ("ASSAULT", ["RUS", "unnamed-targets-rus"]) in events(
        "وتتحدث الحكومة البريطانية عن تورط روسيا باستخدام الأسلحة الكيماوية.")


def test_a_suspicion_is_no_accusation():
    assert not [e for e in events("وتشتبه الحكومة البريطانية روسيا باستخدام الأسلحة الكيماوية.") if e[0] == "ASSAULT"]


def test_the_accuser_after_an_accusing_pronoun_is_no_author():
    """"اتهمتها السلطات": the pronoun is the accused; the authorities named after it accuse."""
    got = events("وقتلت الشرطة ستة أشخاص من جماعة اتهمتها السلطات المصرية بتنفيذ التفجير.")
    assert not [e for e in got if e[0] == "ASSAULT" and e[1][0] == "EGY"]


def test_a_campaign_to_retake_a_town_is_an_attack():
    assert ("ASSAULT", ["SYR", "unnamed-targets-syr"]) in events(
        "وتشن قوات النظام السوري حملة استعادة مدينة دير الزور منذ أسابيع.")


def test_an_attack_launched_by_the_media_is_one_of_words():
    got = events("وشنت وسائل إعلام إيرانية هجوما عنيفا على السعودية.")
    assert not any(t == "ASSAULT" for t, _ in got) and any(t == "ACCUSE" for t, _ in got), got


def test_an_armed_group_driven_out_is_fought_not_the_author_of_an_attack():
    """trigger_senses.tsv: "طرد" with any armed group's name in its clause is fighting, not an
    expulsion; the group after "طرد" is the one driven out, never the attack's author."""
    got = events("ونجحت القوات التركية في طرد وحدات حماية الشعب الكردية من المدينة.")
    assert not any(t == "SANCTION" for t, _ in got) and not any(a[0] == "ypg" for _, a in got), got


def test_an_armed_group_named_later_in_an_expulsion_s_clause_is_no_fighting():
    """trigger_senses.tsv: an armed group read as fighting only as the object right after
    "طرد", not anywhere in its clause: envoys expelled over a link to one stay expelled."""
    got = events("وقررت البحرين طرد دبلوماسيين عراقيين بعد اتهامهم بتمويل جماعة تابعة لتنظيم داعش.")
    assert ("SANCTION", ["BHR", "IRQ"]) in got and not any(t == "ASSAULT" for t, _ in got), got
    assert ("ASSAULT", ["TUR", "ypg"]) in events("وطردت تركيا وحدات حماية الشعب الكردية من البلدة.")


def test_a_cue_word_is_read_past_its_conjunction_and_article():
    """violence.cue_kind, the one reader authored and struck share: "والحملة" is a campaign
    word, "بقيادة" one of leading."""
    from core.events.violence import cue_kind
    from core.text import normalize_for_match

    assert [cue_kind(normalize_for_match(w)) for w in ("والحملة", "بقيادة", "والمخاوف")] == ["campaign", "leader", "feared"]
