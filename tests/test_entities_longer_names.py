"""A known organisation's short form written as the start of a longer, different name
leaves the name whole to the organisation pattern; its own longer forms and adjectives
that describe the body keep the known organisation."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def ents(text):
    nt = normalize_with_offsets(text)
    return [(e.type, e.id, [m.text for m in e.mentions]) for e in find_entities(nt, tokenize(nt))]


def _orgs(text):
    return [(i, m) for t, i, m in ents(text) if t == "ORG"]


def test_a_short_form_followed_by_an_agreeing_nisba_is_another_name():
    (org,) = _orgs("وقال خبير في صندوق النقد العربي إن القرض تأخر")
    assert org[0] != "imf" and org[1] == ["صندوق النقد العربي"]


def test_a_chain_of_adjectives_after_a_short_form_is_read_whole():
    (org,) = _orgs("اجتمعت الجبهة الديمقراطية الثورية الشعبية الإثيوبية مساء أمس")
    assert org[0] != "dflp" and org[1] == ["الجبهة الديمقراطية الثورية الشعبية الإثيوبية"]


def test_the_entrys_own_longer_form_stays_the_entry():
    assert _orgs("وقال خبير في صندوق النقد الدولي إن القرض تأخر") == [("imf", ["صندوق النقد الدولي"])]


def test_an_adjective_of_the_whole_body_keeps_the_known_organisation():
    assert _orgs("هاجمت حركة الشباب الإسلامية قاعدة نائية") == [("al-shabaab", ["حركة الشباب"])]


def test_the_entrys_own_adjective_in_the_other_gender_stays_the_entry():
    orgs = _orgs("وقالت وحدات حماية الشعب الكردي إن الهجوم صد")
    assert [i for i, _ in orgs] == ["ypg"]


def test_a_participle_after_a_short_form_describes_the_body():
    assert [i for i, _ in _orgs("وأصدر مجلس الأمن الراعي للمحادثات بيانا أمس")] == ["unsc"]


def test_an_adjective_of_the_noun_before_the_name_keeps_it():
    assert ("hezbollah", ["حزب الله"]) in _orgs("وتناولت بيانات حزب الله التحريضية قضايا المنطقة")


def test_an_adjective_no_name_is_made_of_describes_the_body():
    assert [i for i, _ in _orgs("وقالت وكالة الاستخبارات المركزية السرية إن التقرير دقيق")] == ["cia"]


def test_a_short_form_without_a_head_keeps_its_mention_before_an_adjective():
    """No pattern reads a longer name from a short form without a head ("بي بي سي"): the
    adjective after it describes the body or its reporter, and the mention stays."""
    assert any(e[1] == "bbc" for e in ents("وقال مراسل بي بي سي السياسي إن الحكومة ستسقط."))
