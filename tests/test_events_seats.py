"""A city that news names for the body seated there acts for that body: "بروكسل" in
Brexit and trade news is the European Union, not Belgium (places.tsv acts_for).
Sentences made up for the tests."""
from core import analyze


def events(text):
    return [(v.type, v.actors) for v in analyze(text, "2019-02-01").events]


def test_brussels_as_a_side_is_the_european_union():
    assert ("CONSULT", ["GBR", "eu"]) in events("واستؤنفت المحادثات بين لندن وبروكسل بشأن الحدود الإيرلندية.")
    assert ("ACCUSE", ["eu", "USA"]) in events("وانتقدت بروكسل خطة واشنطن رفع الرسوم على السيارات الأوروبية.")


def test_brussels_as_a_place_is_still_in_belgium():
    got = analyze("وألقت الشرطة القبض على رجلين في بروكسل بعد مداهمة شقة.", "2019-02-01")
    place = [e for e in got.entities if e.id == "brussels"][0]
    assert place.country == "BEL"


def test_brussels_as_a_venue_is_no_side():
    """"قمة في بروكسل": the city where a summit meets names no side of it, neither the Union
    nor Belgium."""
    for text in ("وتعقد في العاصمة البلجيكية بروكسل الأسبوع المقبل قمة لحلف شمال الأطلسي.",
                 "ويجتمع قادة دول الحلف في عاصمة بلجيكا، بروكسل، لبحث الإنفاق العسكري.",
                 "ووصلت رئيسة الوزراء البريطانية إلى بروكسل عشية قمة الحلف."):
        assert not [e for e in events(text) if "eu" in e[1] or "BEL" in e[1]], text
