"""ل and a verbal noun after an organisation's name: the purpose of a verb or a time,
no part of the body's name, unless the body is one with an officer."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def ents(text):
    nt = normalize_with_offsets(text)
    return [(e.type, e.name_ar, [m.text for m in e.mentions]) for e in find_entities(nt, tokenize(nt))]


def test_a_verbal_noun_governing_a_preposition_is_why_the_body_was_reached():
    assert ents("واقتيد الموقوفون إلى النيابة العامة للتحقيق في الحادث") == [
        ("ORG", "النيابة العامة", ["النيابة العامة"])]


def test_a_verbal_noun_after_a_nationality_adjective_is_a_purpose_too():
    assert ents("وأرسل البيان إلى وكالة الأنباء الزامبية للإعلان عن الاتفاق") == [
        ("ORG", "وكالة الأنباء الزامبية", ["وكالة الأنباء الزامبية"])]


def test_for_the_second_time_is_a_time_not_a_field():
    assert ents("وقالت وزارة الخارجية للمرة الثانية إن الحدود مغلقة") == [
        ("ORG", "وزارة الخارجية", ["وزارة الخارجية"])]


def test_a_field_standing_alone_and_a_body_with_an_officer_keep_their_names():
    assert ents("وأعلنت الهيئة العامة للاستثمار نتائجها") == [
        ("ORG", "الهيئة العامة للاستثمار", ["الهيئة العامة للاستثمار"])]
    assert ents("وقال رئيس اللجنة الوطنية للتحقيق في الانتهاكات إن العمل مستمر") == [
        ("ORG", "اللجنة الوطنية للتحقيق", ["اللجنة الوطنية للتحقيق"])]


def test_a_plural_or_a_place_after_the_preposition_leaves_the_field_in_the_name():
    assert ents("وقالت المفوضية العليا للانتخابات في العراق إن الفرز انتهى") == [
        ("ORG", "المفوضية العليا للانتخابات", ["المفوضية العليا للانتخابات"]), ("COUNTRY", "العراق", ["العراق"])]
    assert ents("ونقلت وكالة الطلبة للأنباء عن مسؤول قوله") == [
        ("ORG", "وكالة الطلبة للأنباء", ["وكالة الطلبة للأنباء"])]


def test_a_masculine_plural_or_a_place_after_a_places_head_leaves_the_field_in_the_name():
    assert ents("ورفض الاتحاد التركي للمعلنين من القطاع الخاص التعليق") == [
        ("ORG", "الاتحاد التركي للمعلنين", ["الاتحاد التركي للمعلنين"])]
    assert ents("ووقع الهجوم في جامعة فرجينيا للتكنولوجيا في ولاية فرجينيا") == [
        ("ORG", "جامعة فرجينيا للتكنولوجيا", ["جامعة فرجينيا للتكنولوجيا"]), ("PLACE", "فرجينيا", ["فرجينيا"])]
