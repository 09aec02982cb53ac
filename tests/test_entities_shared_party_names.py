"""A name that parties of many states bear is the lexicon's party only in news that names
something of that party's state, and the longer lexicon name it begins where the article
has one."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def ents(text):
    nt = normalize_with_offsets(text)
    return [(e.type, e.id, [m.text for m in e.mentions]) for e in find_entities(nt, tokenize(nt))]


def test_a_shared_front_name_in_news_of_another_state_is_no_lexicon_party():
    assert ents("وقال زعيم الجبهة الشعبية إن تونس تحتاج إلى إصلاح") == [
        ("ORG", "org-al-jbhh-al-sh-byh", ["الجبهة الشعبية"]), ("COUNTRY", "TUN", ["تونس"])]


def test_the_lexicon_party_stays_where_its_state_is_named():
    assert ents("وقال المتحدث باسم الجبهة الشعبية إن الهجوم على غزة جريمة") == [
        ("ORG", "pflp", ["الجبهة الشعبية"]), ("PLACE", "gaza-strip", ["غزة"])]


def test_a_short_name_stands_for_the_longer_name_the_article_gives():
    assert ents("وتصف أنقرة الجماعة بأنها ذراع لحزب العمال، وهي تحارب حزب العمال الكردستاني منذ عقود") == [
        ("PLACE", "ankara", ["أنقرة"]), ("ORG", "pkk", ["حزب العمال", "حزب العمال الكردستاني"])]


def test_the_short_name_stays_the_lexicon_party_where_its_own_state_is_named():
    assert ents("وقال الحزب الديمقراطي الكردستاني إنه يرفض القرار، فيما انتقد الحزب الديمقراطي في "
                "الكونغرس خطة البيت الأبيض") == [
        ("ORG", "kdp", ["الحزب الديمقراطي الكردستاني"]), ("ORG", "democratic-party-us", ["الحزب الديمقراطي"]),
        ("ORG", "us-congress", ["الكونغرس"]), ("PLACE", "white-house", ["البيت الأبيض"])]



def test_the_short_name_stays_the_party_the_article_names_in_full():
    assert ents("وزار وفد من حزب العمال البريطاني شمال سوريا، وقال عضو بحزب العمال إن مقاتلي "
                "حزب العمال الكردستاني يحمون المنطقة") == [
        ("ORG", "labour-party-uk", ["حزب العمال البريطاني", "حزب العمال"]), ("COUNTRY", "SYR", ["سوريا"]),
        ("ORG", "pkk", ["حزب العمال الكردستاني"])]
