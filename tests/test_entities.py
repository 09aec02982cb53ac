"""Entities: tables of Arabic input and the entities expected, one behaviour per test."""
import pytest

from core.entities import find_entities, romanize
from core.text import normalize_with_offsets, tokenize


def ents(text):
    nt = normalize_with_offsets(text)
    out = find_entities(nt, tokenize(nt))
    for e in out:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
    return out


def by_id(text):
    return {e.id: e for e in ents(text)}


@pytest.mark.parametrize("text, iso, mention", [
    ("وصل الوفد إلى المغرب أمس", "MAR", "المغرب"),
    ("اتفق المغرب وإسرائيل", "ISR", "إسرائيل"),
    ("قالت أمريكا إن", "USA", "أمريكا"),
    ("قالت أميركا إن", "USA", "أميركا"),
    ("أعلنت الولايات المتحدة الأمريكية", "USA", "الولايات المتحدة الأمريكية"),
    ("زار الرئيس الإمارات", "ARE", "الإمارات"),
    ("وصلت الطائرة إلى روسيا", "RUS", "روسيا"),
    ("مع الـمغرب", "MAR", "الـمغرب"),
    ("مع المَغْرِب", "MAR", "المَغْرِب"),
    ("وبالجزائر", "DZA", "الجزائر"),
    ("للمملكة المتحدة", "GBR", "لمملكة المتحدة"),
])
def test_countries_and_their_spellings(text, iso, mention):
    e = by_id(text)[iso]
    assert e.type == "COUNTRY" and mention in [m.text for m in e.mentions]


def test_emoji_flags_are_country_mentions():
    e = by_id("لقاء اليوم 🇲🇦🇮🇱")
    assert e["MAR"].mentions[0].source == "flag" and "ISR" in e


def test_capital_is_a_place_of_its_country():
    e = by_id("اجتماع لجنة مشتركة بالرباط")
    rabat = next(x for x in e.values() if x.type == "PLACE")
    assert rabat.country == "MAR" and rabat.mentions[0].text == "الرباط" and rabat.actor == "MAR"


def test_organisation_pattern_takes_country_from_its_adjective():
    e = [x for x in ents("مدير مكتب بوزارة الدفاع الإسرائيلية") if x.type == "ORG"]
    assert any(x.country == "ISR" and x.mentions[0].text == "وزارة الدفاع الإسرائيلية" for x in e)


def test_organisation_lexicon_entry():
    e = [x for x in ents("وتدعم الجزائر جبهة البوليساريو الانفصالية") if x.type == "ORG"]
    assert e and e[0].mentions[0].text == "جبهة البوليساريو"


def test_titled_person_with_country_from_role():
    e = [x for x in ents("وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده") if x.type == "PERSON"]
    assert len(e) == 1 and e[0].mentions[0].text == "سيرغي لافروف" and e[0].country == "RUS"


def test_surname_alone_joins_the_full_name():
    e = [x for x in ents("قال الرئيس الفلبيني رودريغو دوتيرتي إن بلاده. وأضاف دوتيرتي أن") if x.type == "PERSON"]
    assert len(e) == 1 and {m.text for m in e[0].mentions} == {"رودريغو دوتيرتي", "دوتيرتي"}


def test_hashtag_name():
    e = [x for x in ents("العميل #سيرغي_سكريبال") if x.type == "PERSON"]
    assert e and e[0].mentions[0].text == "سيرغي_سكريبال"


def test_time_words_are_not_part_of_names():
    nt = normalize_with_offsets("بيان لقيادة القوات المسلحة الملكية الثلاثاء")
    out = find_entities(nt, tokenize(nt), blocked=[(36, 43)])
    assert all("الثلاثاء" not in m.text for e in out for m in e.mentions)


def test_romanize():
    assert romanize("درور شالوم") == "Drwr Shalwm"
    assert romanize("الفاروق") == "al-Farwq"


def test_no_entities_in_plain_text():
    assert ents("ارتفعت درجات الحرارة اليوم") == []


def test_title_followed_by_a_time_expression_terminates():
    # a blocked (time) token right after a title once sent the role scanner backwards
    text = "قال الرئيس الأمريكي الثلاثاء إن بلاده"
    nt = normalize_with_offsets(text)
    find_entities(nt, tokenize(nt), blocked=[(text.index("الثلاثاء"), text.index("الثلاثاء") + 8)])
