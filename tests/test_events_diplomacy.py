"""Diplomatic events (AGREE, CONSULT, SANCTION, AID, COOPERATE): agreements told again,
meetings that are another act's content; sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_an_agreement_named_again_is_no_new_agreement():
    text = ("اتفق المغرب وإسرائيل على التعاون الأمني في مجال الدفاع. وقال وزير الخارجية المغربي إن الاتفاق "
            "سيعزز العلاقات مع إسرائيل. وانتقدت الجزائر الاتفاق بين المغرب وإسرائيل.")
    agree = [e for e in events(text) if e[0] == "AGREE"]
    assert [sorted(e[1]) for e in agree] == [["ISR", "MAR"]]
    assert agree[0][2] == "اتفق"


def test_a_definite_agreement_noun_after_one_told_is_that_agreement():
    text = ("وقع الأردن ومصر اتفاقية للتعاون في مجال الطاقة. وقالت الحكومة الأردنية إن الاتفاقية مع مصر "
            "ستوفر الكهرباء. وأشاد الوزير المصري بالاتفاقية مع الأردن.")
    assert len([e for e in events(text) if e[0] == "AGREE"]) <= 1


def test_talks_named_as_the_content_of_a_call_are_no_meeting():
    for text in ("وتجاهلت طهران دعوة ترامب للتفاوض المباشر مع واشنطن.", "وجدد ترامب دعوة إيران للتفاوض."):
        assert not [e for e in events(text) if e[0] == "CONSULT"]


def test_told_again_keeps_a_new_pair_of_an_indefinite_noun():
    from types import SimpleNamespace

    from core.events import _told_again
    from core.events.triggers import TriggerForm, _Hit

    noun = TriggerForm("AGREE", "030", ("اتفاق",), "noun", True)
    doc = SimpleNamespace(told=set(), norms=["اتفاق", "الاتفاق"])
    first = _Hit(noun, 0, 1, 0, 5)
    assert _told_again(doc, first, [(["MAR", "ISR"], False)]) == [(["MAR", "ISR"], False)]
    assert _told_again(doc, first, [(["ISR", "MAR"], False)]) == []  # the same pair again
    assert _told_again(doc, first, [(["EGY", "JOR"], False)]) == [(["EGY", "JOR"], False)]  # a new one
    definite = _Hit(noun, 1, 2, 6, 12)
    assert _told_again(doc, definite, [(["EGY", "QAT"], False)]) == []  # "الاتفاق": the one told


def test_a_verb_form_after_ب_is_a_verbal_noun_and_a_threatened_ban_no_ban():
    from core.events import load_triggers
    from core.events.triggers import _find_triggers
    from core.events.actors import _word_readings
    from core.lexicon import load_lexicon
    from core.text import normalize_with_offsets, token_norms, tokenize

    text = "وهددت فرنسا بفرض عقوبات على روسيا."
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    trig = load_triggers()
    norms = token_norms(toks)
    hits = _find_triggers(nt, toks, norms, trig, _word_readings(norms, trig, load_lexicon()))
    ban = next(h for h in hits if h.form.type == "SANCTION")
    assert text[ban.start:ban.end] == "فرض" and not ban.verbal
    got = events(text)
    assert ("THREATEN", ["FRA", "RUS"], "هددت") in got
    assert not [e for e in got if e[0] == "SANCTION"]
    assert ("SANCTION", ["FRA", "RUS"], "فرضت") in events("وفرضت فرنسا عقوبات على روسيا.")


def test_backed_by_describes_the_name_its_apposition_follows():
    for text in ("وسيطرت قوات سوريا الديمقراطية (فصائل كردية وعربية مدعومة من واشنطن) على المدينة.",
                 "وتسيطر قوات سوريا الديمقراطية، وهي فصائل كردية وعربية مدعومة من واشنطن، على المدينة."):
        got = events(text)
        assert [(e[0], e[1]) for e in got if e[2] == "مدعومة من"] == [("SUPPORT", ["USA", "sdf"])]


def test_with_the_backing_of_aids_the_clause_subject():
    assert ("AID", ["saudi-led-coalition", "YEM"], "بدعم من") in events(
        "وسيطر الجيش اليمني على المدينة بدعم من التحالف العربي.")
    assert ("AID", ["saudi-led-coalition", "YEM"], "بإسناد من") in events(
        "ويحقق الجيش اليمني بإسناد من التحالف العربي تقدما في المحافظة.")
    # "بمساعدة" as well: the helper follows, the helped stands before
    assert ("AID", ["RUS", "SYR"], "بمساعدة") in events(
        "وتقدمت القوات الحكومية السورية في المحافظة بمساعدة غارات جوية روسية.")


def test_talks_a_source_is_familiar_with_are_no_event_unless_their_sides_follow():
    got = events("وقال مصدر على دراية بالمحادثات إن روسيا أبلغت تركيا بموقفها.")
    assert not [e for e in got if e[2] == "المحادثات"]
    got = events("وقال مصدر مطلع على المحادثات بين روسيا وتركيا إن الجانبين اتفقا على التهدئة.")
    assert [sorted(e[1]) for e in got if e[2] == "المحادثات"] in ([], [["RUS", "TUR"]])


def test_known_of_reads_the_words_before_the_noun():
    from core.events import _known_of

    assert _known_of(["مصدر", "مطلعه", "علي", "المحادثات", "ان"], 3, 0)
    assert _known_of(["مصدر", "علي", "درايه", "بالمحادثات"], 3, 0)
    assert _known_of(["مصادر", "مقربه", "من", "المفاوضات"], 3, 0)
    assert not _known_of(["مصدر", "مطلع", "علي", "المحادثات", "بين", "روسيا"], 3, 0)
    assert not _known_of(["اطلع", "الوزير", "علي", "المحادثات"], 3, 0)


def test_the_dateline_place_is_no_side():
    for text in ("دبي، الإمارات العربية المتحدة (CNN)-- استقبلت الملكة إليزابيث الثانية، الأربعاء، في قصر باكنغهام، "
                 "ولي العهد، وذلك في بداية زيارته إلى بريطانيا.",
                 "دبي، الإمارات العربية المتحدة (CNN)-- أعلنت وزارة الخارجية فرض عقوبات على إيران."):
        assert not [e for e in events(text) if "ARE" in e[1]]
    assert [e for e in events("أعلنت الإمارات العربية المتحدة فرض عقوبات على إيران.") if "ARE" in e[1]]


def test_the_place_naming_a_treaty_is_no_side():
    got = events("وانتقدت ألمانيا انسحاب الولايات المتحدة من اتفاقية باريس للمناخ.")
    assert not [e for e in got if "FRA" in e[1]]
    got = events("وأكد القادة الأوروبيون خلال اجتماعاتهم ضرورة تعديل اتفاقية دبلن كما عرضت منظمة الهجرة الدولية "
                 "استعدادها للتعاون.")
    assert not [e for e in got if "IRL" in e[1]]
    assert [e for e in events("ووقع اتفاق الرباط وتل أبيب في ديسمبر.") if sorted(e[1]) == ["ISR", "MAR"]]


def test_international_cooperation_is_a_field_not_two_sides():
    got = events("وأكد وزير الخارجية والتعاون الدولي الإماراتي وقوف بلاده مع السعودية.")
    assert not [e for e in got if e[0] == "COOPERATE"]


def test_where_a_promise_or_meeting_is_made_is_no_side():
    assert not [e for e in events("وتعهد وزير الخارجية الفرنسي خلال مؤتمر صحفي في مصر بمواصلة الجهود.")
                if "EGY" in e[1]]
    assert ("CONSULT", ["RUS", "TUR"], "اجتمع") in events("واجتمع وزير الخارجية الروسي مع نظيره التركي في إيران.")


def test_the_country_naming_a_summit_is_where_it_was_held_not_a_side():
    got = events("وقال الوزير إن كوريا الشمالية لم تتخذ أي خطوة منذ قمة سنغافورة مع الولايات المتحدة في يونيو.")
    assert not [e for e in got if "SGP" in e[1]]
    got = events("وأكد وزير الخارجية أن مون أنقذ قمة سنغافورة التي ألغاها ترامب.")
    assert not [e for e in got if "SGP" in e[1]]
    # an agreement named by a country has it as a side ("اتفاق إيران")
    got = events("وانتقد الرئيس الإيراني انسحاب الولايات المتحدة من اتفاق إيران مع القوى الكبرى.")
    assert [e for e in got if "IRN" in e[1]]
