"""Events the wording of news states: negations that negate nothing, trigger forms
generated from listed ones, and phrases of the lexicons; sentences written for the tests."""
import pytest

from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.modality) for v in analyze(text, published).events]


@pytest.mark.parametrize("text, expected", [
    # "كلا" is "both", not ك + the negation لا
    ("وقال الكرملين إن كلا الرئيسين أشادا بدور مصر في الوساطة.", ("SUPPORT", "EGY")),
    # "لا تزال" is "still": the support goes on
    ("وقالت الخارجية إن فرنسا لا تزال تدعم المعارضة السورية.", ("SUPPORT", "FRA")),
])
def test_a_negation_particle_inside_an_affirmative_phrase_negates_nothing(rules_only, text, expected):
    found = events(text)
    assert any(t == expected[0] and expected[1] in a and m == "asserted" for t, a, m in found), found


def test_a_negation_before_still_and_a_negated_verb_still_negates(rules_only):
    assert events("وقالت الخارجية إن فرنسا لا تزال لم تفرض عقوبات على إيران.") == []


def phrase_hits(text, with_names=True):
    """The trigger phrases (forms of several words) the scan finds, with the article's names
    counted as one word in a gap or not."""
    from core.events import _find_triggers, _word_readings, load_triggers, name_ends
    from core.events.actors import _mention_tokens
    from core.lexicon import load_lexicon
    from core.text import normalize_with_offsets, token_norms, tokenize

    a = analyze(text, "2023-01-17")
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    norms = token_norms(toks)
    spans = _mention_tokens(toks, a.entities, [t.start for t in toks])
    trig = load_triggers()
    hits = _find_triggers(nt, toks, norms, trig, _word_readings(norms, trig, load_lexicon()),
                          name_ends(spans) if with_names else None)
    return [(text[h.start:h.end], h.form.type) for h in hits if len(h.form.tokens) > 1]


def test_a_long_subject_written_between_a_verb_and_its_object_keeps_the_phrase():
    text = "فرض وزير الخزانة الأمريكي ستيفن منوتشين يوم الخميس عقوبات على روسيا."
    assert ("فرض", "SANCTION") in phrase_hits(text)


def test_a_name_counts_as_one_word_in_the_gap():
    text = "فرضت وزارة الخزانة في الولايات المتحدة الأمريكية يوم الخميس الماضي عقوبات على روسيا."
    assert ("فرضت", "SANCTION") in phrase_hits(text)
    assert ("فرضت", "SANCTION") not in phrase_hits(text, with_names=False)


def test_a_gap_of_more_than_six_words_breaks_the_phrase():
    text = "فرضت الحكومة في العاصمة يوم الخميس الماضي بعد ظهر ذلك اليوم عقوبات على روسيا."
    assert ("فرضت", "SANCTION") not in phrase_hits(text)


def test_a_proposal_made_to_another_side_is_a_request():
    found = events("واقترحت اليابان على كوريا الشمالية عقد قمة ثنائية في طوكيو.")
    assert any(t == "REQUEST" and a == ["JPN", "PRK"] for t, a, _ in found), found


def test_a_side_that_will_not_remain_with_folded_arms_threatens():
    found = events("وقال وزير الداخلية إن المغرب لن يبقى مكتوف الأيدي أمام استفزازات جبهة البوليساريو.")
    assert any(t == "THREATEN" and a[0] == "MAR" for t, a, _ in found), found


def test_a_date_of_several_words_counts_as_one_word_in_the_gap():
    text = "وتشن القوات الحكومية وحلفاؤها المحليون منذ 12 تشرين الأول/أكتوبر 2019 هجوما على المدينة."
    assert ("تشن", "ASSAULT") in phrase_hits(text, with_names=False)


@pytest.mark.parametrize("form", ["حثا", "عاقبا", "عاقبوا", "داهما", "اقتادا", "اقتادوا"])
def test_every_person_of_a_listed_verb_is_listed(form):
    from core.events import load_triggers
    from core.text import normalize_for_match

    assert normalize_for_match(form) in load_triggers().by_first


@pytest.mark.parametrize("text", [
    "وقال الاتحاد الأوروبي إن القانون الإسرائيلي يهدد بتعقيد حل الدولتين مع الفلسطينيين.",
    "وقالت المنظمة إن الاضطراب في أرمينيا هدد بزعزعة استقرار حليفة روسيا.",
    "وقال الخبراء إن التوتر بين الهند وباكستان يهدد باندلاع حرب جديدة.",
])
def test_a_threat_verb_of_an_outcome_risked_threatens_no_one(text):
    assert not [t for t, _, _ in events(text) if t == "THREATEN"]


def test_a_threat_verb_of_an_act_still_threatens():
    assert ("THREATEN", ["IRN", "USA"]) in [(t, a) for t, a, _ in events(
        "وهددت إيران بإغلاق مضيق هرمز إذا فرضت الولايات المتحدة عقوبات على نفطها.")]


# --- the indirect wordings issue 8 names (each stated by the lexicons, none by an article) ---
@pytest.mark.parametrize("text, expected", [
    ("أعرب وزير الخارجية الفرنسي عن قلقه من التصعيد الإيراني.", ("ACCUSE", ["FRA", "IRN"])),
    ("وعبّر الرئيس التركي عن أسفه لقرار الولايات المتحدة.", ("ACCUSE", ["TUR", "USA"])),
    ("وعبرت الخارجية المصرية عن رفضها للقرار الإسرائيلي.", ("REJECT", ["EGY", "ISR"])),
    ("أعربت الحكومة الأردنية عن استيائها من تصريحات وزير الخارجية الإسرائيلي.", ("ACCUSE", ["JOR", "ISR"])),
    ("وقال وزير الخارجية الروسي في مؤتمر صحفي مشترك مع نظيره التركي إن موسكو تدعم الحل السياسي.",
     ("CONSULT", ["RUS", "TUR"])),
    ("وقررت السلطات الإيرانية غلق السفارة البريطانية في طهران.", ("SANCTION", ["IRN", "GBR"])),
    ("وقالت الخارجية الألمانية إنها استدعت السفير الروسي، وجاء استدعاؤه بعد الهجوم.", ("SANCTION", ["DEU", "RUS"])),
    ("وأعلنت روسيا طرد دبلوماسيين بريطانيين، وقالت إن طردهم جاء ردا على بريطانيا.", ("SANCTION", ["RUS", "GBR"])),
])
def test_an_indirect_wording_states_its_event(text, expected):
    assert expected in [(t, a) for t, a, _ in events(text)]


def test_an_attached_pronoun_on_an_expulsion_still_reads_it():
    from core.events import _find_triggers, _word_readings, load_triggers
    from core.lexicon import load_lexicon
    from core.text import normalize_with_offsets, token_norms, tokenize

    text = "وقالت إن طردهم جاء ردا على بريطانيا."
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    norms = token_norms(toks)
    trig = load_triggers()
    hits = _find_triggers(nt, toks, norms, trig, _word_readings(norms, trig, load_lexicon()))
    assert ("SANCTION", "طردهم") in [(h.form.type, text[h.start:h.end]) for h in hits]
