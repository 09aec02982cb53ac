"""Events told through reported speech (speech_triggers.tsv): an evaluation or a promised
response inside a frame of saying is an event of the speaker on the evaluated actor
(sentences written for the tests, with the rules' own reading)."""
import pytest

from core import analyze
from core.events import load_triggers


def events(text):
    return [(v.type, v.actors) for v in analyze(text, "2023-01-17").events]


def test_a_negative_evaluation_in_reported_speech_is_an_accusation(rules_only):
    assert ("ACCUSE", ["SWE", "NOR"]) in events("وقال وزير الخارجية السويدي إن النرويج تزعزع استقرار الشمال.")


def test_an_evaluation_after_describe_targets_the_object_of_the_verb(rules_only):
    assert ("ACCUSE", ["CHL", "PER"]) in events("ووصفت تشيلي المناورات البيروفية بأنها استفزازية.")


def test_a_promised_response_in_reported_speech_is_a_threat(rules_only):
    assert ("THREATEN", ["KEN", "ETH"]) in events("وأكدت كينيا أنها سترد على إثيوبيا بحزم.")


def test_an_evaluation_outside_a_speech_frame_makes_no_event(rules_only):
    assert not [e for e in events("وتسعى تشيلي إلى تقويض بيرو.") if e[0] == "ACCUSE"]


def test_speech_forms_are_flagged_and_ordinary_forms_are_not():
    trig = load_triggers()
    flags = {f.tokens[0]: f.speech for forms in trig.by_first.values() for f in forms}
    assert flags["استفزازيه"] and not flags["اتهم"]



def test_a_terrorist_epithet_in_reported_speech_accuses_no_one():
    """"الإرهابية" is how news names some attacks and groups, not what the speaker
    charges a country with."""
    assert not [e for e in events("وقالت ألمانيا إن ضحايا الهجمات الإرهابية في فرنسا لن ينسوا.")
                if e[0] == "ACCUSE"]


def test_an_adverbial_participle_acts_for_the_subject_of_its_clause(rules_only):
    """"انتقد X Y، متهما Z": the participle tells what X did, not what Y did."""
    got = events("وكان رئيس الوزراء الكندي قد انتقد الحكومة المكسيكية في كلمة، متهما البرازيل بالتدخل.")
    assert ("ACCUSE", ["CAN", "BRA"]) in got and ("ACCUSE", ["MEX", "BRA"]) not in got


def test_an_adverbial_participle_with_iyya_targets_the_previous_target(rules_only):
    got = events("وقطع الرئيس الأرجنتيني المساعدات عن بوليفيا، متهما إياها بإيواء المتمردين.")
    assert ("ACCUSE", ["ARG", "BOL"]) in got


def test_an_adverbial_participle_after_another_trigger_is_an_event_of_its_own(rules_only):
    got = events("ونفت وزارة الدفاع التركية القيام بأي غارة، متهمة اليونان بالوقوف وراء الهجوم.")
    assert ("REJECT", ["TUR", "GRC"]) in got and ("ACCUSE", ["TUR", "GRC"]) in got


def test_the_passive_reading_of_accused_accuses_no_one():
    """"رجلا متهما بالتجسس": the man is accused; no actor named accuses anyone."""
    got = events("واعتقلت الشرطة الإيطالية رجلا متهما بالتجسس لصالح روسيا.")
    assert not [e for e in got if e[0] == "ACCUSE"]


@pytest.mark.parametrize("text, expected", [
    ("وتتهم اليونان تركيا بانتهاك مجالها الجوي، وهو ما تنفيه أنقرة.", ["TUR", "GRC"]),
    ("واقترحت فنلندا تمديد المهلة، وهو ما رفضته إستونيا.", ["EST", "FIN"]),
    ("وقال مصدر سويدي إن الطائرة دخلت الأجواء، وهو الأمر الذي تنفيه السلطات الروسية.", ["RUS", "SWE"]),
])
def test_a_denied_claim_rejects_the_claimant(rules_only, text, expected):
    """"وهو ما تنفيه X"، "الأمر الذي نفته X": the actor after the verb rejects what the
    sentence's subject claimed before."""
    assert ("REJECT", expected) in events(text)


def test_a_relative_without_an_antecedent_is_no_denied_claim(rules_only):
    assert ("REJECT", ["CHL", "PER"]) not in events("وأكدت بيرو أن ما نفته تشيلي ثبتت صحته.")


@pytest.mark.parametrize("text", [
    "ودعت وزيرة الخارجية الكندية جميع الأطراف إلى وقف القتال في مالي.",
    "وطالبت الأرجنتين المجتمع الدولي بالضغط على تشيلي.",
])
def test_a_demand_addressed_to_no_one_named_is_no_request(text):
    """The actors after "جميع الأطراف"، "المجتمع الدولي" are what is asked, not of whom."""
    assert not [e for e in events(text) if e[0] == "REQUEST"]


def test_a_demand_on_a_named_actor_is_a_request():
    assert ("REQUEST", ["ARG", "CHL"]) in events("وطالبت الأرجنتين تشيلي بوقف التصعيد.")


def test_a_threat_verb_on_what_it_endangers_is_no_threat():
    """"تهدد استقرار المنطقة": endangers; "حذرت وحدة الأرصاد" keeps its subject."""
    assert not [e for e in events("وقالت اليونان إن تحركات تركيا تهدد استقرار المنطقة.") if e[0] == "THREATEN"]


def test_a_threat_verb_with_a_dispute_for_subject_is_a_risk_not_a_threat():
    got = events("وتهدد الخلافات المتزايدة بإفساد المفاوضات بين إيران والولايات المتحدة.")
    assert not [e for e in got if e[0] == "THREATEN"]


def test_a_threat_verb_on_an_actor_is_a_threat():
    assert ("THREATEN", ["TUR", "GRC"]) in events("وهددت تركيا اليونان بعواقب وخيمة.")


def test_a_sharp_attack_is_a_verbal_attack():
    """"شن هجوما لاذعا على فرنسا": words, not force."""
    got = events("وشن رئيس الوزراء الإيطالي هجوما لاذعا على فرنسا.")
    assert ("ACCUSE", ["ITA", "FRA"]) in got and not [e for e in got if e[0] == "ASSAULT"]


def test_a_companion_phrase_joins_a_second_actor_to_the_first(rules_only):
    """"X وإلى جانبها Y": Y stands with X, on the same side of the act."""
    got = events("وتتهم النمسا وإلى جانبها المجر بولندا بخرق الاتفاق.")
    assert ("ACCUSE", ["AUT", "POL"]) in got and ("ACCUSE", ["HUN", "POL"]) in got
    assert ("ACCUSE", ["AUT", "HUN"]) not in got


def test_a_brandished_threat_in_the_bare_past_is_a_threat(rules_only):
    assert ("THREATEN", ["USA", "CHN"]) in events("ولوح الرئيس الأميركي بفرض ضرائب إضافية على الواردات الصينية.")


def test_a_backed_participle_in_an_apposition_describes_the_actor_before_it(rules_only):
    """"X (فصائل مدعومة من Y)": Y backs X."""
    got = events("وسيطرت حركة الشباب (فصائل مسلحة مدعومة من إريتريا) على البلدة.")
    assert ("SUPPORT", ["ERI", "al-shabaab"]) in got


def test_actors_joined_by_and_are_not_both_sides_of_a_speech_act():
    """"أعربت السويد والنرويج عن أسفهما": one side; "بين باريس وروما" names two."""
    from core.events.actors import _ActorMention
    from core.events.roles import same_side
    from core.events.triggers import TriggerForm, _Hit
    from core.text import normalize_with_offsets, tokenize

    def mention(nt, toks, word, actor):
        k = next(i for i, t in enumerate(toks) if nt.original[t.start:t.end].endswith(word))
        t = toks[k]
        return _ActorMention(actor, k, k + 1, t.end - len(word), t.end)

    form = TriggerForm("ACCUSE", "111", ("اعربت",), "verb_past", False, verbal=True)
    nt = normalize_with_offsets("أعربت السويد والنرويج عن أسفهما")
    toks = tokenize(nt)
    seq = [mention(nt, toks, "السويد", "SWE"), mention(nt, toks, "النرويج", "NOR")]
    h = _Hit(form, 0, 1, toks[0].start, toks[0].end, verbal=True)
    assert same_side(h, [(["SWE", "NOR"], True)], seq, toks, nt) == []
    nt = normalize_with_offsets("أعربت الأزمة بين باريس وروما")
    toks = tokenize(nt)
    seq = [mention(nt, toks, "باريس", "FRA"), mention(nt, toks, "روما", "ITA")]
    h = _Hit(form, 0, 1, toks[0].start, toks[0].end, verbal=True)
    assert same_side(h, [(["FRA", "ITA"], True)], seq, toks, nt) == [(["FRA", "ITA"], True)]


def test_owing_allegiance_condemns_no_one():
    got = events("وقال مسؤولون إن مقاتلين يدينون بالولاء لتنظيم القاعدة يتركزون في الصحراء الليبية.")
    assert not [e for e in got if e[0] == "ACCUSE"]


def test_an_actor_before_whom_a_complaint_is_made_is_not_its_target(rules_only):
    got = events("تقدمت البرازيل بشكوى أمام منظمة التجارة العالمية بحق كل من الأرجنتين وتشيلي.")
    assert ("ACCUSE", ["BRA", "ARG"]) in got
    assert {tuple(e[1]) for e in got if e[0] == "ACCUSE"} <= {("BRA", "ARG"), ("BRA", "CHL")}


def test_the_parties_of_a_demanded_joint_act_demand_nothing_of_each_other(rules_only):
    got = events("وأكدت بيرو أن وضع الحدود يجب أن يكون موضع مفاوضات بين تشيلي وبوليفيا.")
    assert not [e for e in got if e[0] == "REQUEST" and set(e[1]) == {"CHL", "BOL"}]


def test_the_speaker_of_a_must_frame_is_a_subject_not_a_source_named_with_a_preposition(rules_only):
    got = events("وفي بيان صدر عن مكتب رئيس الوزراء قال مسؤول دبلوماسي يوناني إن على تركيا أن تبرهن على التزامها بالهدنة.")
    assert ("REQUEST", ["GRC", "TUR"]) in got


@pytest.mark.parametrize("text, pair", [
    ("وتنفي سوريا وحليفتها روسيا أي مسؤولية عن الهجوم.", {"SYR", "RUS"}),
    ("وأعربت اليونان عن رفضها المطلق لتوغل قوات تركية وألبانية في المنطقة.", {"TUR", "ALB"}),
])
def test_a_companion_or_a_coordinated_adjective_is_on_the_same_side(text, pair):
    assert not [e for e in events(text) if set(e[1]) == pair]


@pytest.mark.parametrize("text", [
    "وقطعت السعودية والبحرين إضافة إلى مصر علاقاتها مع قطر.",
    "وقطعت السعودية والبحرين، بالإضافة إلى مصر، علاقاتها مع قطر.",
])
def test_a_side_added_by_in_addition_to_acts_with_the_others(text):
    # "X وY إضافة إلى Z": Z is one more subject, not the target of the others
    got = {tuple(a) for t, a, *_ in events(text) if t == "SANCTION"}
    assert got == {("SAU", "QAT"), ("BHR", "QAT"), ("EGY", "QAT")}


def test_a_counterpart_after_and_is_on_the_side_of_the_one_he_is_counterpart_to(rules_only):
    got = events("واتهم وزير الخارجية الأمريكي ونظيره البريطاني إيران بزعزعة استقرار المنطقة.")
    assert ("ACCUSE", ["GBR", "IRN"]) in got and ("ACCUSE", ["USA", "GBR"]) not in got


def test_a_side_added_with_as_well_is_on_the_same_side(rules_only):
    got = events("ورفضت مصر، وكذلك الأردن، الاتهامات الإسرائيلية.")
    assert ("REJECT", ["JOR", "ISR"]) in got and ("REJECT", ["EGY", "JOR"]) not in got


def test_a_name_starting_with_b_after_accusing_is_the_accused(rules_only):
    got = events("وأصدرت روسيا بيانا قالت فيه إنها لا علاقة لها بالهجوم، متهمة بريطانيا باتخاذ قرارات منحازة.")
    assert ("ACCUSE", ["RUS", "GBR"]) in got


def test_a_support_participle_right_after_a_noun_is_an_adjective(rules_only):
    got = events("وقالت المصادر إن ألمانيا تعتبر الإدارة الأمريكية مؤيدة لإسرائيل.")
    assert ("SUPPORT", ["DEU", "ISR"]) not in got


def test_concern_expressed_after_a_long_subject_is_an_accusation(rules_only):
    """"أعرب ... عن قلق" with the speaker's whole description in between (more words than
    the trigger gap allows)."""
    got = events("أعرب وزير الخارجية الكيني السابق لدى الأمم المتحدة، جون كاماو، عن قلق بلاده إزاء التحركات الإثيوبية.")
    assert ("ACCUSE", ["KEN", "ETH"]) in got


def test_blame_laid_after_a_long_subject_is_an_accusation(rules_only):
    got = events("وحمّل رئيس الوزراء الصومالي، حسن علي خيري، الحكومة الكينية المسؤولية الكاملة عن الأزمة.")
    assert ("ACCUSE", ["SOM", "KEN"]) in got


def test_a_complement_after_a_full_stop_is_not_reached(rules_only):
    """The long reach stops at a clause break: the complement must belong to the verb."""
    got = events("أعرب وزير الخارجية الكيني عن أمله في زيارة قريبة. وقال الرئيس الإثيوبي عن قلق الأسواق إنه عابر.")
    assert ("ACCUSE", ["KEN", "ETH"]) not in got


def test_an_actor_inside_the_speakers_description_is_not_the_target(rules_only):
    """"أعرب سفير كينيا لدى الأمم المتحدة عن قلقه إزاء X": where the speaker serves is no
    target; the one named after the complement is."""
    got = events("وأعرب سفير كينيا لدى الأمم المتحدة عن قلقه إزاء التحركات الإثيوبية.")
    assert ("ACCUSE", ["KEN", "ETH"]) in got and ("ACCUSE", ["KEN", "un"]) not in got


def test_the_latter_stands_for_the_actor_named_last(rules_only):
    """"خلاف X مع قطر، بسبب دعم الأخيرة لـ Y": the latter is Qatar."""
    got = events("وانتقد الكاتب خلاف الكويت مع قطر، بسبب دعم الأخيرة لحركة حماس.")
    assert ("SUPPORT", ["QAT", "hamas"]) in got


def test_the_latter_across_a_sentence_is_the_actor_named_last(rules_only):
    got = events("وعقد وزير الخارجية المصري لقاء مع نظيره القطري. وأشادت الأخيرة بموقف القاهرة.")
    assert ("SUPPORT", ["QAT", "EGY"]) in got


def test_last_as_an_adjective_is_no_actor():
    """"الفترة الأخيرة"، "تصريحاته الأخيرة"، "قبل الأخير": last, latest."""
    from core.events.latter import _describes
    assert _describes("الفتره", False) and _describes("تصريحاته", False) and _describes("قبل", False)
    assert _describes("عاما", False) and _describes("بوتين", True)
    assert not _describes("دعم", False) and not _describes("وكانت", False)


def test_a_denial_answers_the_accusation_just_told(rules_only):
    """"اتهمت X Y بـ... ونفت Y ذلك": the denial's target is the accuser named before."""
    got = events("واتهمت كولومبيا فنزويلا بإيواء المتمردين. ونفى وزير الخارجية الفنزويلي ذلك.")
    assert ("REJECT", ["VEN", "COL"]) in got


def test_a_denial_with_no_accusation_before_gets_no_invented_target(rules_only):
    got = events("ورحبت كولومبيا بزيارة الوفد الفنزويلي. ونفى وزير الخارجية الفنزويلي وجود خلافات.")
    assert not [e for e in got if e[0] == "REJECT"]


def test_fighting_what_an_evaluation_names_accuses_no_one(rules_only):
    """"مكافحة الجرائم": what is fought, not whom the speaker accuses."""
    got = events("وأكد الرئيس المصري أن مصر ماضية في مكافحة الجرائم الإرهابية في ليبيا.")
    assert not [e for e in got if e[0] == "ACCUSE"]


def test_calling_an_act_aggression_is_an_accusation(rules_only):
    """"اعتبرت X خطوة Y عدوانا/تدخلا": an evaluation with no verb of accusing."""
    assert ("ACCUSE", ["IRN", "USA"]) in events("واعتبرت الخارجية الإيرانية الخطوة الأمريكية عدوانا سافرا.")
    assert ("ACCUSE", ["TUR", "SWE"]) in events("واعتبرت أنقرة تصريحات الوزير السويدي تدخلا في شؤونها الداخلية.")


def test_a_topic_named_after_bishan_is_not_the_speaker(rules_only):
    """"بشأن سوريا"، "حول إيران": what is spoken of, never who speaks."""
    got = events("وقال بشأن سوريا مسؤول فرنسي إن على روسيا أن تسحب قواتها.")
    assert ("REQUEST", ["FRA", "RUS"]) in got and ("REQUEST", ["SYR", "RUS"]) not in got


def test_the_platform_a_criticism_is_posted_on_is_not_its_target(rules_only):
    """"انتقد X ... على تويتر": the medium of a statement is not whom it is about."""
    got = events("وانتقد الرئيس البرازيلي الأرجنتين في تغريدة على تويتر.")
    assert ("ACCUSE", ["BRA", "twitter"]) not in got and ("ACCUSE", ["BRA", "ARG"]) in got


def test_thanks_expressed_is_support(rules_only):
    """"أعرب ... عن شكره/تقديره/ارتياحه لـ X" (listed for أعرب as well as عبّر)."""
    got = events("وأعرب وزير الخارجية السوداني عن تقدير بلاده لمواقف قطر.")
    assert ("SUPPORT", ["SDN", "QAT"]) in got


def test_disappointment_expressed_is_an_accusation(rules_only):
    got = events("وأعرب وزير الخارجية الأردني عن خيبة أمل بلاده من القرار الأمريكي.")
    assert ("ACCUSE", ["JOR", "USA"]) in got


def test_a_request_from_someone_that_they_act_is_a_request(rules_only):
    """"طلب من X أن": a demand on X (issue 8, cause 1)."""
    assert ("REQUEST", ["KWT", "PHL"]) in events("وطلبت الكويت من الفلبين أن تسحب سفيرها.")


def test_the_act_a_demand_asks_for_did_not_take_place(rules_only):
    """"طلبت X من Y أن تسحب سفيرها": the withdrawal is what is asked, not a sanction."""
    got = events("وطلبت الكويت من الفلبين أن تسحب سفيرها.")
    assert not [e for e in got if e[0] == "SANCTION"]


def test_the_one_a_condemnation_is_addressed_to_is_its_target(rules_only):
    """"عبّرت X للدبلوماسي الهولندي عن إدانتها": the addressee inside the gap is the target."""
    got = events("وعبرت السلطات التركية للدبلوماسي الهولندي عن إدانتها لهذا التصويت.")
    assert ("ACCUSE", ["TUR", "NLD"]) in got


def test_a_two_word_nationality_adjective_is_its_state(rules_only):
    """"الكوري الشمالي" reads as North Korea at its first word, as "الروسي" reads as Russia."""
    assert ("ACCUSE", ["PRK", "JPN"]) in events("وانتقد وزير الخارجية الكوري الشمالي بشدة اليابان.")
    assert ("ACCUSE", ["ZAF", "GBR"]) in events("وانتقد الرئيس الجنوب أفريقي بشدة بريطانيا.")


def test_a_nationality_after_a_currency_word_is_money_not_a_side(rules_only):
    """"بقيمة 20 مليون دولار أميركي": the United States takes no part (currency_words.tsv)."""
    for text in ("وقدمت السويد مساعدات بقيمة 20 مليون دولار أمريكي.",
                 "وطالبت الحكومة الأردنية الشركة بتسديد مبلغ 250 مليون دولار أميركي."):
        assert not [e for e in events(text) if "USA" in e[1]]


def test_the_defendants_with_the_article_are_accused_by_no_one():
    # "المتهمين" is a noun (the defendants), not the participle "accusing"
    got = analyze("وكان الرجل من أبرز المتهمين بالهجوم على السفارة الإيرانية.", "2023-01-17").events
    assert not [e for e in got if e.type == "ACCUSE"]
