"""A place whose name ends in ة written with ه is a word with a pronoun when the word
without it is a common noun ("لجده": his grandfather, no Jeddah)."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize

_TAIL = " وهذه الجملة مكتوبة بالتاء المربوطة في كل كلمة كاملة."


def ents(text):
    nt = normalize_with_offsets(text)
    return [(e.type, e.name_ar, [m.text for m in e.mentions]) for e in find_entities(nt, tokenize(nt))]


def test_a_grandfather_written_with_a_pronoun_is_no_jeddah():
    assert ents("قالت الأسرة إن القصر يعود لجده الذي حكم البلاد. ووصل الوفد إلى جدة." + _TAIL) == [
        ("PLACE", "جدة", ["جدة"])]


def test_a_place_written_with_h_whose_body_is_no_noun_stays():
    assert ents("التقى الرئيس في أنقره نظيره." + _TAIL) == [("PLACE", "أنقرة", ["أنقره"])]


def test_a_place_written_with_its_article_carries_no_pronoun():
    assert ents("ووصل الموفد الأممي سامر الوادي إلى الحديده مساء الأحد لبحث الهدنة." + _TAIL) == [
        ("PLACE", "الحديدة", ["الحديده"])]


def test_a_place_after_the_head_of_an_area_stays():
    assert ents("وقصفت الطائرات مواقع للمسلحين بمحافظة حجه فجرا." + _TAIL) == [("PLACE", "حجة", ["حجه"])]


def test_a_place_after_a_preposition_of_place_in_news_of_its_country_stays():
    assert ents("وقالت مصادر في اليمن إن اشتباكات اندلعت في صعده مساء الأمس." + _TAIL) == [
        ("COUNTRY", "اليمن", ["اليمن"]), ("PLACE", "صعدة", ["صعده"])]


def test_a_grandfather_after_a_preposition_stays_a_word_without_the_country():
    assert ents("وقال الكاتب سمير الحلو إنه تعلم الشعر من جده وفي بيت جده القديم." + _TAIL) == [
        ("PERSON", "سمير الحلو", ["سمير الحلو"])]
