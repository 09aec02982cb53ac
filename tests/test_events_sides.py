"""Sides and directions on unseen news: a person's origin owns no body, a host is no side
of the meeting it hosts, criticism "من X" is X's, an aside between commas keeps its act
to itself. Sentences written for the tests."""
from types import SimpleNamespace

from core import analyze
from core.events import asides, voiced
from core.events.actors import _ActorMention


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_persons_origin_owns_no_body():
    """"البلجيكي من أصل جزائري ... تقتله الشرطة": Belgium's police, not Algeria's."""
    got = events("وقتل المهاجم، وهو بلجيكي من أصل جزائري، ثلاثة أشخاص قبل أن تقتله الشرطة.", "2019-03-01")
    assert not any("DZA" in a for _, a in got)
    assert any(t == "ASSAULT" and a[0] == "BEL" for t, a in got)


def test_a_persons_origin_is_no_side():
    """"الألماني من أصل تركي": Turkey is neither shot at nor shooting."""
    got = events("وأطلق المسلح، الألماني من أصل تركي، النار على المارة قبل أن تقتله الشرطة.", "2019-03-01")
    assert not any("TUR" in a for _, a in got)


def test_the_country_that_hosts_a_summit_is_no_side_of_it():
    got = events("وانتهت القمة التي شهدتها فيتنام بين رئيس الولايات المتحدة وزعيم كوريا الشمالية دون اتفاق.")
    assert not any("VNM" in a for _, a in got)


def test_the_country_talks_were_held_in_is_no_side_of_them():
    got = events("وقالت الخارجية النرويجية إن محادثات سرية عقدت في النرويج بين وفود من كولومبيا وفنزويلا.")
    assert not any("NOR" in a for t, a in got if t == "CONSULT")


def test_a_hosting_verb_without_sides_after_it_keeps_its_country():
    from core.events.screen import HOSTING_VERB
    assert HOSTING_VERB.match("شهدتها") and HOSTING_VERB.match("وتستضيف") and HOSTING_VERB.match("احتضنت")
    assert not HOSTING_VERB.match("شهداء")


def _hit(i, j, etype="ACCUSE", verbal=False, inverse=False):
    return SimpleNamespace(i=i, j=j, verbal=verbal, form=SimpleNamespace(type=etype, inverse=inverse))


def test_criticism_from_an_actor_is_that_actors():
    """"وسط انتقادات من جانب الاتحاد الأوروبي": the Union criticises Italy, not the reverse."""
    norms = ["واجرت", "الحكومه", "الايطاليه", "التعديل", "وسط", "انتقادات", "من", "جانب", "الاتحاد"]
    actors = [_ActorMention("ITA", 1, 3, 0, 0), _ActorMention("eu", 8, 9, 0, 0)]
    doc, st = SimpleNamespace(norms=norms), SimpleNamespace(actors=actors, tj=len(norms))
    assert voiced.author_from(doc, st, _hit(5, 6), [(["ITA", "eu"], True)]) == [(["eu", "ITA"], True)]


def test_a_hostile_act_by_an_actor_is_no_criticism_of_it():
    """"العمل العدائي من قبل X": X's act, the accusation stays the speaker's."""
    norms = ["واتهمت", "السعوديه", "العمل", "العدائي", "من", "قبل", "الحوثيين"]
    actors = [_ActorMention("SAU", 1, 2, 0, 0), _ActorMention("houthis", 6, 7, 0, 0)]
    doc, st = SimpleNamespace(norms=norms), SimpleNamespace(actors=actors, tj=len(norms))
    assert voiced.author_from(doc, st, _hit(3, 4), [(["SAU", "houthis"], True)]) == [(["SAU", "houthis"], True)]


def test_an_act_inside_an_aside_reaches_no_one_after_it():
    """"وتحذر الأردن، التي استقبلت آلاف اللاجئين، من هجوم إسرائيلي": no meeting with Israel."""
    got = events("وتحذر الأردن، التي استقبلت مئات الآلاف من اللاجئين، من أي هجوم إسرائيلي على غزة.")
    assert not any(t == "CONSULT" for t, _ in got)


def test_the_subject_before_an_aside_is_the_source():
    """"وتحذر تركيا، التي ...، من هجوم روسي": Turkey warns Russia, whatever the model read."""
    from core.text import normalize_with_offsets, tokenize
    nt = normalize_with_offsets("وتحذر تركيا، التي تستضيف ملايين اللاجئين، من هجوم روسي.")
    toks = tokenize(nt)
    norms = [t.norm for t in toks]
    actors = [_ActorMention("TUR", 1, 2, 0, 0), _ActorMention("RUS", 8, 9, 0, 0)]
    doc = SimpleNamespace(norms=norms, toks=toks, nt=nt)
    st = SimpleNamespace(actors=actors, tj=len(toks))
    got = asides.aside_sides(doc, st, _hit(0, 1, "THREATEN", verbal=True), [(["RUS", "TUR"], True)])
    assert got == [(["TUR", "RUS"], True)]
