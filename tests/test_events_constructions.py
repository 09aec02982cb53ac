"""Constructions that change who did an act or whether it was told (core.events.doers,
questions, sales, departures; data/lexicons/construction_cues.tsv and trigger_senses.tsv);
sentences written for the tests."""
from types import SimpleNamespace

from core import analyze
from core.events import departures
from core.text import normalize_for_match
from test_events_types import sensed


def events(text, published="2026-03-01"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_the_subject_of_a_light_verb_does_the_act_of_its_verbal_noun():
    got = events("قام وفد روسي بتهنئة الرئيس التركي بفوزه في الانتخابات.")
    assert ("SUPPORT", ["RUS", "TUR"], "تهنئة") in got and not [e for e in got if e[1] == ["TUR", "RUS"]]


def test_the_subject_of_a_verb_of_deciding_expels_the_diplomats_named_after_the_noun():
    got = events("باريس، فرنسا (CNN)-- قررت الحكومة الفرنسية، الخميس، طرد ثلاثة دبلوماسيين إيرانيين من الأراضي الفرنسية، "
                 "إثر اتهامها للحكومة الإيرانية بالتدخل.")
    assert ("SANCTION", ["FRA", "IRN"], "طرد") in got and not [e for e in got if e[1] == ["IRN", "FRA"]]


def test_a_verb_in_a_following_clause_keeps_its_own_subject():
    got = events("قررت السعودية قطع العلاقات وهددت إيران السعودية بالرد.")
    assert ("THREATEN", ["IRN", "SAU"], "هددت") in got and ("THREATEN", ["SAU", "IRN"], "هددت") not in got
    got = events("اعتزمت تركيا زيارة الوفد وانتقد العراق تركيا.")
    assert ("ACCUSE", ["IRQ", "TUR"], "انتقد") in got and ("ACCUSE", ["TUR", "IRQ"], "انتقد") not in got
    assert ("SANCTION", ["FRA", "IRN"], "طرد") in events("قررت الحكومة الفرنسية طرد ثلاثة دبلوماسيين إيرانيين.")


def test_what_a_question_asks_about_is_not_told():
    assert not events("متى تلتقي المستشارة الألمانية الرئيس الفرنسي في باريس؟")
    assert not events("بعد اشتباكات الحدود: هل اندلعت الحرب بين الهند والصين؟")


def test_a_question_of_why_takes_its_act_as_told():
    assert [e for e in events("لماذا طردت بريطانيا الدبلوماسيين الروس؟") if e[0] == "SANCTION"]


def test_a_question_of_what_next_takes_its_act_as_told():
    assert [e for e in events("ماذا بعد انسحاب الولايات المتحدة من الاتفاق النووي مع إيران؟") if e[2] == "انسحاب"]
    assert not events("متى تنسحب الولايات المتحدة من الاتفاق النووي مع إيران؟")


def test_an_approval_of_an_arms_sale_is_no_agreement_with_the_buyer():
    assert not [e for e in events("وافقت الخارجية الأمريكية على بيع صواريخ لتايوان بقيمة 300 مليون دولار.") if e[0] == "AGREE"]


def test_an_approval_of_a_deal_with_someone_is_an_agreement_with_them():
    assert ("AGREE", ["RUS", "TUR"], "وافقت") in events("وافقت روسيا على صفقة مع تركيا لتبادل السجناء.")
    assert [e for e in events("وافقت حماس على صفقة التهدئة مع إسرائيل.") if e[0] == "AGREE"]
    assert not [e for e in events("وافقت الخارجية الأمريكية على صفقة لبيع طائرات للمغرب.") if e[0] == "AGREE"]


def test_leaving_a_consulate_is_no_retreat_from_its_state():
    words = normalize_for_match("غادر الوفد التركي القنصلية السعودية مساء الثلاثاء").split()
    doc = SimpleNamespace(norms=words)
    st = SimpleNamespace(tj=len(words), actors=[SimpleNamespace(i=2, actor="TUR"), SimpleNamespace(i=4, actor="SAU")])
    h = SimpleNamespace(form=SimpleNamespace(type="RETREAT"), i=0, j=1)
    assert departures.no_building_owners(doc, st, h, [(["TUR", "SAU"], True)]) == []
    withdrawn = SimpleNamespace(norms=normalize_for_match("انسحبت القوات التركية من الأراضي السورية").split())
    assert departures.no_building_owners(withdrawn, st, h, [(["TUR", "SAU"], True)]) == [(["TUR", "SAU"], True)]


def test_a_dateline_country_is_not_the_state_that_arrests():
    got = events("دبي، الإمارات العربية المتحدة (CNN)-- اعتقلت السلطات في سوريا المشتبه به بقتل العاملة الفلبينية "
                 "ماريا سانتوس في الأردن، أحمد خالد العلي، وهو لبناني الجنسية.")
    assert [e for e in got if e[0] == "COERCE" and e[1][0] == "SYR"] and not [e for e in got if "ARE" in e[1]]


def test_a_peace_offensive_attacks_no_one():
    assert not [t for t in sensed("ويأتي هجوم السلام التركي تجاه اليونان بعد سنوات من الخلاف.") if t[0] == "ASSAULT"]
    assert ("ASSAULT", "هجوم") in sensed("ويأتي هجوم الجيش التركي على اليونان بعد سنوات من الخلاف.")
    assert ("ASSAULT", ["TUR", "GRC"], "شن") in events("وشن الجيش التركي هجوما على مواقع في اليونان.")


def test_sociologists_hold_no_meeting():
    assert not [t for t in sensed("واستضافت جامعة القاهرة علماء اجتماع من فرنسا وألمانيا.") if t[0] == "CONSULT"]
    assert ("CONSULT", ["FRA", "EGY"], "اجتماع") in events("وعقد اجتماع بين وزيري خارجية فرنسا ومصر في القاهرة.")


def test_governments_in_succession_punish_no_one():
    assert not [t for t in sensed("ويشكل تعاقب الحكومات في لبنان عائقا أمام المستثمرين الفرنسيين.") if t[0] == "SANCTION"]
    assert ("SANCTION", ["USA", "IRN"], "تعاقب") in events("وقالت الولايات المتحدة إنها تعاقب إيران على برنامجها النووي.")


def test_the_subject_of_a_verb_of_receiving_is_backed_by_the_side_after_min():
    got = events("وقال مسؤول إن الرئيس اليمني كان يعلم أنه سيتلقى الدعم من السعودية.")
    assert ("SUPPORT", ["SAU", "YEM"], "الدعم") in got and not [e for e in got if e[1] == ["YEM", "SAU"]]


def test_the_receiver_is_named_in_the_clause_of_the_verb_of_receiving():
    import re

    from core.events import doers

    text = "رحبت مصر بالقرار، وتلقت الحكومة اليمنية دعما من السعودية"
    toks = [SimpleNamespace(start=m.start(), end=m.end()) for m in re.finditer(r"[^\s،]+", text)]
    doc = SimpleNamespace(norms=[normalize_for_match(text[t.start:t.end]) for t in toks], toks=toks,
                          nt=SimpleNamespace(original=text))
    st = SimpleNamespace(ti=0, tj=len(toks), actors=[SimpleNamespace(i=i, actor=x) for i, x in
                                                     ((1, "EGY"), (4, "YEM"), (8, "SAU"))])
    h = SimpleNamespace(i=6, j=7, start=toks[6].start, verbal=False)
    assert doers._received(doc, st, h, [(["YEM", "SAU"], True)]) == [(["SAU", "YEM"], True)]
    assert doers._received(doc, st, h, [(["EGY", "SAU"], True)]) == [(["EGY", "SAU"], True)]
    assert ("SUPPORT", ["SAU", "YEM"], "الدعم") in events("وأكد الرئيس اليمني أنه سيتلقى الدعم من السعودية.")


def test_a_cabinet_meeting_meets_no_party():
    got = events("وقال وزير المالية الإسرائيلي للصحافيين قبل اجتماع الحكومة الأسبوعي إن حزبه أعد خطة جديدة.")
    assert not [e for e in got if e[0] == "CONSULT"]
    assert ("CONSULT", ["IRQ", "TUR"], "اجتماع") in events("وعقد اجتماع الحكومة العراقية مع وفد تركي في بغداد.")


def test_a_meeting_of_the_government_and_a_side_joined_by_wa_is_a_meeting():
    got = events("انتهى اجتماع الحكومة اليمنية والحوثيين في السويد دون اتفاق.")
    assert ("CONSULT", ["YEM", "houthis"], "اجتماع") in got
    got = events("وقال وزير الخارجية الإيراني قبل اجتماع الحكومة الأحد إن إيران لن تلتقي الولايات المتحدة.")
    assert not [e for e in got if e[0] == "CONSULT"]


def _outlet_sentence(text, actors):
    from core.events import no_side_mentions

    doc = SimpleNamespace(norms=normalize_for_match(text).split(), trig=SimpleNamespace(cues={}))
    st = SimpleNamespace(actors=[SimpleNamespace(i=i, j=j, actor=x, adjective=adj, kind=kind)
                                 for i, j, x, adj, kind in actors])
    return lambda pairs: no_side_mentions.no_cited_sources(doc, st, pairs)


def test_a_news_channel_and_its_nationality_accuse_no_one():
    kept = _outlet_sentence("واتهمت قناة العالم الإيرانية السلطات البحرينية بقمع المحتجين",
                            [(2, 3, "al-alam", False, "ORG:media"), (3, 4, "IRN", True, "ADJ"), (4, 6, "BHR", False, "STATE>")])
    assert kept([(["IRN", "BHR"], True)]) == []


def test_a_newspaper_a_source_speaks_to_is_no_side():
    kept = _outlet_sentence("كشف مصدر فرنسي لصحيفة الحياة أن زيارة وزير الخارجية الفرنسي طهران",
                            [(2, 3, "FRA", True, "ADJ"), (4, 5, "al-hayat", False, "ORG"), (10, 11, "IRN", False, "COUNTRY")])
    assert kept([(["al-hayat", "IRN"], True), (["FRA", "IRN"], True)]) == [(["FRA", "IRN"], True)]


def test_the_governments_talks_with_a_union_are_still_talks():
    from core.events import meetings

    norms = normalize_for_match("وتعثرت مفاوضات الحكومة الكندية مع الاتحاد الأوروبي").split()
    assert not meetings.one_sided(norms, SimpleNamespace(verbal=False, i=1, j=2))
    assert meetings.one_sided(normalize_for_match("قبيل اجتماع الحكومة الأسبوعي").split(), SimpleNamespace(verbal=False, i=1, j=2))


def test_an_agency_of_state_or_a_site_of_fighters_is_no_outlet():
    kept = _outlet_sentence("يتعاون بشكل مباشر مع وكالة الأمن القومي الأمريكي",
                            [(5, 7, "nsa", False, "ORG"), (7, 8, "USA", True, "ADJ")])
    assert kept([(["AUS", "nsa"], False)]) == [(["AUS", "nsa"], False)]


def test_an_obligation_on_the_speakers_demands_nothing_of_anyone():
    got = events('وقال وزير الخارجية التونسي في مؤتمر صحفي مع نظيره الجزائري في تونس: "يجب علينا اغتنام '
                 'هذه الفرصة وتعزيز التعاون".')
    assert not [e for e in got if e[0] == "REQUEST"]
    assert [e for e in events("وقال وزير الخارجية التونسي إنه يجب على ليبيا وقف تدخلها في شؤون المنطقة.") if e[0] == "REQUEST"]


def test_a_demand_closed_by_an_is_told_once_by_its_speaker():
    got = events("وأكد رئيس الوزراء الكندي أنه بعد القصف على ليبيا، يجب على تونس أن تفتح حدودها أمام الفارين.")
    assert [e for e in got if e[0] == "REQUEST"] == [("REQUEST", ["CAN", "TUN"], "على تونس أن")]
    got = events("وقال الوزير الهولندي إنه يجب على تركيا التفاهم مع الحكومة العراقية.")
    assert ("REQUEST", ["NLD", "TUR"], "يجب على") in got  # no "أن": the phrase tells the demand


def test_a_noun_whose_doer_min_names_is_governed_by_no_light_verb():
    from core.events.doers import _governing_verb
    norms = normalize_for_match("تقوم القوات بإسناد من الحلفاء").split()
    assert _governing_verb(norms, SimpleNamespace(i=2, j=3, verbal=False), 0) is None
    assert _governing_verb(norms[:3] + ["الجنود"], SimpleNamespace(i=2, j=3, verbal=False), 0) == 0
