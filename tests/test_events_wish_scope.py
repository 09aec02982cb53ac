"""A wish or an intention reaches the acts of its own clause only (core.events.wish_scope);
a speaker's own fighters are no nameless group (core.events.reported); an act answering
another keeps the side whose act a clause of time tells (core.events.when_clauses).
Sentences and names made up for the tests."""
from core import analyze
from core.lexicon import read_table


def _events(text: str) -> list[tuple[str, list[str], str]]:
    return [(v.type, v.actors, v.modality) for v in analyze(text, "2019-03-01").events]


def test_a_wish_in_a_relative_clause_leaves_the_main_act_done():
    """"X التي تريد توسيع نفوذها ... بتقديم مساعدات": the aid was given."""
    assert _events("وقامت الصين التي تريد توسيع نفوذها في أفريقيا بتقديم مساعدات إلى كينيا.") == [
        ("AID", ["CHN", "KEN"], "asserted")]
    assert _events("وأدانت فرنسا التي ترغب في تهدئة الأوضاع الهجوم الإسرائيلي على غزة.") == [
        ("ACCUSE", ["FRA", "ISR"], "asserted"), ("ASSAULT", ["ISR", "gaza-strip"], "asserted")]


def test_a_wish_in_a_relative_clause_governs_its_own_complement():
    """"الدولة التي تريد فرض عقوبات": still only wanted."""
    assert _events("وتتفاوض الصين مع الدولة التي تريد فرض عقوبات على كوريا الشمالية.") == [
        ("CONSULT", ["CHN", "PRK"], "asserted")]


def test_a_wish_in_a_because_clause_leaves_the_main_act_done():
    """"ولأن X تريد الضغط على Y فرضت عقوبات": the sanctions were imposed."""
    assert _events("ولأن واشنطن تريد الضغط على طهران فرضت الولايات المتحدة عقوبات جديدة على إيران.") == [
        ("SANCTION", ["IRN", "USA"], "asserted")]


def test_a_wish_does_not_reach_past_but():
    """"يريد أن يلتقي نظيره ... لكن X فرضت عقوبات": the meeting wished, the sanction done."""
    assert _events("وقال مسؤول إن الرئيس يريد أن يلتقي نظيره الروسي قريبا لكن واشنطن فرضت عقوبات على روسيا.") == [
        ("SANCTION", ["USA", "RUS"], "asserted")]


def test_a_wish_does_not_reach_into_a_relative_clause_after_it():
    """"تريد الحكومة التي وقعت اتفاقا ..."; "أرادت X التي استضافت القمة أن تظهر دعمها":
    the signing and the hosting done, the support only wished."""
    assert _events("وتريد الحكومة العراقية التي وقعت اتفاقا أمنيا مع الولايات المتحدة إنهاء الوجود العسكري الأجنبي.") == [
        ("SUPPORT", ["IRQ", "USA"], "asserted")]
    assert _events("وأرادت السعودية التي استضافت القمة أن تظهر دعمها للبنان.") == [("CONSULT", ["SAU", "LBN"], "asserted")]


def test_an_aspiration_in_a_relative_clause_leaves_the_signing_done():
    """"X التي تطمح إلى دور أكبر وقعت اتفاقا للتعاون": cooperation signed, not planned."""
    assert _events("ووقعت مصر التي تطمح إلى دور إقليمي أكبر اتفاقا للتعاون العسكري مع السودان.") == [
        ("COOPERATE", ["EGY", "SDN"], "asserted")]


def test_what_is_wanted_before_the_verb_is_no_wish_on_the_act_after():
    """"يحصل على ما يريد في مفاوضاته": the talks are told (ما is a cue of the table)."""
    kinds = {r["cue"]: r["kind"] for _, r in read_table("event_cues.tsv")}
    assert kinds["ما"] == "want_object"
    assert _events("وحصلت روسيا على ما تريد في مفاوضاتها مع الصين.") == [("CONSULT", ["RUS", "CHN"], "asserted")]


def test_the_wish_cues_say_their_note_once():
    """The long note of the want and intent kinds lives in TRIGGERS.md, not on each row."""
    notes = [r["note"] for _, r in read_table("event_cues.tsv") if r["kind"] in ("want", "intent")]
    assert notes and all(len(n) <= 100 for n in notes)


def test_a_count_of_the_speakers_men_is_no_nameless_group():
    """"قال الجيش X إن مئات الجنود هاجموا مواقع Y": X's soldiers attacked."""
    assert _events("وقال الجيش الإسرائيلي إن مئات الجنود هاجموا مواقع حركة حماس في غزة.") == [
        ("ASSAULT", ["ISR", "hamas"], "asserted")]


def test_an_armed_groups_fighters_are_its_own():
    """"قال متحدث باسم حركة X إن الفصائل قصفت ...": the group's fighters shelled."""
    assert _events("وقال متحدث باسم حركة حماس إن الفصائل قصفت مستوطنات إسرائيلية بالصواريخ.") == [
        ("ASSAULT", ["hamas", "ISR"], "asserted")]


def test_a_threat_answers_the_side_whose_act_the_clause_of_time_tells():
    """"هددت X بالرد عندما أجرت Y مناورات": Y is threatened; a bombing keeps no target there."""
    assert _events("وهددت كوريا الشمالية بالرد عندما أجرت كوريا الجنوبية مناورات عسكرية مشتركة مع الولايات المتحدة.") == [
        ("THREATEN", ["PRK", "KOR"], "asserted"), ("COOPERATE", ["KOR", "USA"], "asserted")]
    assert _events("وقصفت إسرائيل مواقع في غزة بينما أطلقت حماس صواريخ على مستوطنات إسرائيلية.") == [
        ("ASSAULT", ["ISR", "gaza-strip"], "asserted"), ("ASSAULT", ["hamas", "ISR"], "asserted")]


def test_a_veto_answers_no_side_named_after_while():
    """"استخدمت X حق النقض ... بينما امتنعت Y عن التصويت": a contrast, whose subject no act answers."""
    assert _events("واستخدمت روسيا حق النقض لإحباط مشروع القرار بينما امتنعت الصين عن التصويت.") == []


def test_the_undergoing_helpers_are_public():
    """core.events.befallen reads bystanders' public names, which a rename cannot hide."""
    from core.events import bystanders
    assert callable(bystanders.befall_word) and callable(bystanders.givers)


def test_also_wants_and_going_forward_are_still_wishes():
    """"كما تريد أن ينسحب"، "تريدان المضي قدما في العمل معا": wished, nothing done."""
    assert _events("وتريد تركيا أن تسترد الأسلحة كما تريد أن ينسحب مقاتلو الوحدات من المدينة.") == []
    assert _events("وقالت فرنسا وألمانيا إنهما تريدان المضي قدما في العمل معا.") == []
