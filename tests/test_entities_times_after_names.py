"""ل with the article on a noun of time after an organisation's name is a time, no part
of the name; a field after ل stays in it."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def ents(text):
    nt = normalize_with_offsets(text)
    return [(e.type, e.name_ar, [m.text for m in e.mentions]) for e in find_entities(nt, tokenize(nt))]


def test_for_the_second_time_is_a_time_not_a_field():
    assert ents("وقالت وزارة الخارجية للمرة الثانية إن الحدود مغلقة") == [
        ("ORG", "وزارة الخارجية", ["وزارة الخارجية"])]


def test_a_day_running_after_a_bodys_name_is_a_time():
    assert ents("وواصلت وزارة الداخلية لليوم الثالث حملتها") == [
        ("ORG", "وزارة الداخلية", ["وزارة الداخلية"])]


def test_a_field_after_the_name_stays_in_it():
    assert ents("وأعلنت الهيئة العامة للاستثمار نتائجها") == [
        ("ORG", "الهيئة العامة للاستثمار", ["الهيئة العامة للاستثمار"])]
