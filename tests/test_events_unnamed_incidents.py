"""Clashes and protests told as having taken place with one side named or none
(core.events.unnamed_incidents); made-up sentences."""
from core import analyze


def events(text: str) -> list[tuple[str, list[str]]]:
    return [(v.type, v.actors) for v in analyze(text, "2018-05-01").events]


def test_clashes_with_a_toll_and_no_side_named_are_an_unnamed_armed_groups_attack_on_the_place():
    assert events("قتل شخصان في اشتباكات في مدينة البصرة.") == [
        ("ASSAULT", ["unnamed-unidentified-armed-group-irq", "basra"])]


def test_clashes_between_a_state_body_and_protesters_are_the_states_and_the_protesters():
    assert ("ASSAULT", ["IRQ", "unnamed-protesters-irq"]) in events(
        "أصيب خمسة أشخاص في اشتباكات بين الشرطة ومحتجين في مدينة البصرة.")


def test_clashes_with_a_named_side_are_that_sides_and_the_sentences_subjects():
    assert events("استعادت القوات العراقية السيطرة على بلدة في محافظة ديالى بعد مواجهات طويلة مع عناصر تنظيم داعش.") == [
        ("ASSAULT", ["IRQ", "isis"])]


def test_clashes_that_broke_out_between_unnamed_sides_are_an_attack_in_the_country():
    assert events("تشهد الولايات في وسط نيجيريا مواجهات دامية بين المزارعين والرعاة.") == [
        ("ASSAULT", ["unnamed-unidentified-armed-group-nga", "NGA"])]


def test_clashes_feared_possible_or_of_sport_are_none():
    for text in ("حذر الجيش الإسرائيلي من الاقتراب من السياج لمواجهة أي اشتباكات.",
                 "وتخشى الحكومة الليبية اندلاع مواجهات في العاصمة.",
                 "فاز الفريق في مواجهات الجولة الأولى من الدوري المصري بعد اشتباكات بين اللاعبين.",
                 "وتبدو المواجهات أقل حدة في مدينة البصرة.",
                 "واتهموا الناشطين بالسعي لإشعال المواجهات في مدينة البصرة."):
        assert not any(t == "ASSAULT" for t, _ in events(text)), text


def test_a_strike_of_a_group_of_people_is_their_protest_against_the_state():
    assert events("أضرب المعلمون عن العمل في المغرب احتجاجا على الأجور.") == [
        ("PROTEST", ["unnamed-protesters-mar", "MAR"])]


def test_a_sit_in_staged_by_workers_is_a_protest_against_the_state():
    assert events("نظم عمال المصنع اعتصاما أمام مقر الوزارة في القاهرة للمطالبة برواتبهم.") == [
        ("PROTEST", ["unnamed-protesters-egy", "EGY"])]


def test_a_states_note_a_feared_riot_or_an_uprising_of_years_past_is_no_crowds_protest():
    for text in ("احتجت وزارة الخارجية المصرية على التصريحات.",
                 "وحذر مسؤولون من خطر أن تندلع أعمال شغب في القاهرة.",
                 "ويطالب الضحايا بتعويضات عن هجمات وقعت خلال الانتفاضة الثانية في غزة.",
                 "ويحق للمعلمين الإضراب عن العمل في المغرب."):
        assert events(text) == [], text


def test_protests_a_law_forbids_are_none_staged():
    """"يحظر فيها المظاهرات": whoever the sentence names, no protest took place (core.events.incident_cues.banned)."""
    assert events("وتحظر السلطات المظاهرات في المغرب.") == []
    assert events("خرجت مظاهرات في المغرب احتجاجا على الأسعار.") == [("PROTEST", ["unnamed-protesters-mar", "MAR"])]


def test_clashes_of_words_or_politics_are_no_attack():
    assert events("وخاض الحزب مواجهات سياسية عديدة مع خصومه في لبنان أسفرت عن قتلى.") == []


def test_a_clash_with_unnamed_gunmen_is_the_named_soldiers_states():
    assert ("ASSAULT", ["TUR", "unnamed-unidentified-armed-group-irq"]) in events(
        "قتل جندي تركي في اشتباك مع مسلحين في شمال العراق.")


def test_shots_of_a_states_security_forces_named_by_no_name_are_that_states_attack():
    """"برصاص قوات الأمن": the state the sentence is set in fired, on the protesters named, else on unnamed targets."""
    assert ("ASSAULT", ["IRQ", "unnamed-protesters-irq"]) in events(
        "قتل ثلاثة متظاهرين برصاص قوات الأمن خلال احتجاجات في مدينة البصرة.")
    assert events("قتل شاب برصاص الشرطة في مدينة البصرة العراقية.") == [("ASSAULT", ["IRQ", "unnamed-targets-irq"])]
    assert events("قتل شاب برصاص الجيش الإسرائيلي في مدينة الخليل.") == [("ASSAULT", ["ISR", "hebron"])]


def test_an_attack_verbs_subject_a_states_armed_body_named_by_no_name_is_that_states_or_unnamed_aircrafts():
    """"اقتحمت قوات الأمن": the state the sentence is set in; "قصفت الطائرات الحربية": whose aircraft is not said."""
    assert events("اقتحمت قوات الأمن مقر حزب الوفد في القاهرة.") == [("ASSAULT", ["EGY", "wafd"])]
    assert events("قصفت الطائرات الحربية مواقع في ريف إدلب.") == [
        ("ASSAULT", ["unnamed-attackers-syr", "unnamed-targets-syr"])]
    assert events("قصفت الطائرات الروسية مواقع في ريف إدلب.") == [("ASSAULT", ["RUS", "idlib-province"])]


def test_a_targeting_verbs_armed_body_is_as_often_the_one_hit_and_is_no_author():
    assert events("وقالت الوزارة إن هجمات استهدفت قوات الأمن في مدينة العريش المصرية.") == [
        ("ASSAULT", ["unnamed-attackers-egy", "arish"])]


def test_an_armed_body_whose_owner_a_noun_names_or_that_is_a_verbs_object_is_no_states():
    """"قوات التحالف": the coalition's; "يقاتلون القوات": the subject is in the verb, the forces are fought."""
    assert events("ويدعي المسلحون أنهم يقاتلون القوات الأجنبية في أفغانستان.") == []
    assert not any(a[:1] == ["YEM"] for _, a in events(
        "قالت جماعة الحوثي إن أحد عناصرها قتل في قصف نفذته قوات التحالف على مديرية في محافظة تعز."))


def test_a_clashs_side_is_no_patron_named_after_it():
    """"ميليشيات الحوثي المدعومة من إيران": the Houthis clashed, not Iran."""
    assert events("سقط عشرة مسلحين من ميليشيات الحوثي المدعومة من إيران في اشتباكات مع المقاومة الوطنية قرب مدينة المخا.") == [
        ("SUPPORT", ["IRN", "houthis"]), ("ASSAULT", ["houthis", "yemen-joint-resistance"])]


def test_protests_staged_against_a_curfew_are_no_banned_protest():
    """"حظر التجول": the curfew is the ban's object, the protests after it were staged."""
    assert events("وخرق سكان الخرطوم حظر التجول بمظاهرات ليلية ضد الحكومة.") == [
        ("PROTEST", ["unnamed-protesters-sdn", "SDN"])]


def test_the_speaker_before_that_is_no_side_of_a_clash():
    assert events("وقال مسؤول أمريكي إن اشتباكات مع مسلحين أسفرت عن مقتل ثلاثة أشخاص في الأنبار.") == [
        ("ASSAULT", ["unnamed-unidentified-armed-group-irq", "anbar"])]


def test_a_victims_nationality_is_no_side_of_a_clash_nor_the_gunmens_country():
    assert events("قتل صحفي فرنسي في اشتباكات مع مسلحين في شمال النيجر.") == [
        ("ASSAULT", ["unnamed-unidentified-armed-group-ner", "NER"])]


def test_an_army_named_by_no_name_in_an_occupied_territory_is_no_state_of_the_place():
    """"برصاص الجيش في الخليل": no army of the place's own (incident_cues.tsv, occupied)."""
    assert events("وقتل مدنيان برصاص الجيش في مدينة الخليل.") == []
    assert events("نشر الجيش الإسرائيلي تعزيزات في المدينة صباح الأحد. وفي حادث منفصل، قتل مدنيان برصاص الجيش في "
                  "مدينة الخليل.") == [("ASSAULT", ["ISR", "hebron"])]  # the army the article named
    assert events("قتل شاب برصاص الجيش في مدينة حلب.") == [("ASSAULT", ["SYR", "unnamed-targets-syr"])]


def test_a_demonstration_of_support_is_no_protest():
    assert events("تظاهر الطلاب تأييدا للرئيس في القاهرة.") == []
    assert events("تظاهر الطلاب في القاهرة احتجاجا على الرسوم.") == [("PROTEST", ["unnamed-protesters-egy", "EGY"])]


def test_clashes_a_city_witnessed_during_a_states_named_attack_are_that_attack_only():
    assert events("وشهدت مدينة الحديدة اشتباكات عنيفة بعد أن شنت القوات اليمنية هجوما واسعا.") == [
        ("ASSAULT", ["YEM", "unnamed-targets-yem"])]


def test_rules_of_engagement_are_no_clash_while_the_clash_the_sentence_tells_stays():
    assert events("وطالبت المنظمة الجيش بتعديل قواعد الاشتباك على الحدود مع لبنان.") == []
    assert events("واندلعت اشتباكات عنيفة على الحدود مع لبنان أسفرت عن مقتل ثلاثة.") == \
        [("ASSAULT", ["unnamed-unidentified-armed-group-lbn", "LBN"])]


def test_migrants_named_by_their_nationality_after_with_are_no_state_side_of_a_clash():
    assert events("أصيب ثلاثة برازيليين بجروح إثر مواجهات مع مهاجرين فنزويليين في شمال البرازيل.") == \
        [("ASSAULT", ["BRA", "unnamed-unidentified-armed-group-bra"])]


def test_the_author_of_a_strike_joined_to_the_clash_is_no_side_against_its_allies():
    got = events("قتل 20 مسلحا من ميليشيات الحوثي في غارات جديدة للتحالف العربي ومواجهات مع المقاومة "
                 "المشتركة في محافظة الحديدة.")
    assert got == [("ASSAULT", ["saudi-led-coalition", "houthis"]), ("ASSAULT", ["houthis", "org-al-mqawmh-al-mshtrkh"])]


def test_joint_or_international_forces_named_by_no_name_are_no_states_attack():
    assert events("وقالت مصادر محلية إن قياديا في جماعة الحوثي قتل برصاص القوات المشتركة في مديرية حيس.") == []
    assert events("وقالت مصادر محلية إن قياديا في جماعة الحوثي قتل برصاص قوات الأمن في مديرية حيس.") == \
        [("ASSAULT", ["YEM", "unnamed-targets-yem"])]
