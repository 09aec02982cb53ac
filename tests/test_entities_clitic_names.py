"""A one-word lexicon name read under a proclitic (core.entities.clitic_names): the reading
holds for a name written after و، ب، ل، ك، ف, not for a word of its own that merely
begins with a proclitic's letter. Made-up sentences."""
from core.entities.clitic_names import proclitic_name_holds
from core.lexicon import load_lexicon
from core.text import normalize_for_match
from tagged_entities import found_entities


def ids(text):
    return [e.id for e in found_entities(text, [])]


def holds(word, stem):
    w, s = normalize_for_match(word), normalize_for_match(stem)
    return proclitic_name_holds(load_lexicon().given_names, w, s, len(w) - len(s))


def test_a_common_word_under_a_rare_proclitic_is_no_name():
    # "كنيس" a synagogue (no ك + نيس), "كسرت" broke (no ك + سرت)
    assert "nice" not in ids("وزار الوفد كنيس المدينة القديمة قبل أن يغادر")
    assert "sirte" not in ids("وقالت الشرطة إن المحتجين كسرت واجهات المحال")
    assert not holds("كنيس", "نيس") and not holds("وكسرت", "سرت")


def test_a_given_name_under_a_proclitics_letter_is_the_person():
    assert "atmeh" not in ids("وتحدثت فاطمة عن معاناة الأسر في المخيم")


def test_a_word_news_writes_more_often_than_the_name_after_b_is_no_name():
    assert "accra" not in ids("ووصل الوفد باكرا إلى المطار")


def test_a_name_under_a_proclitic_stays_a_name():
    assert "IRN" in ids("فإيران تبقى الداعم الأول للجماعة")
    assert "IRN" in ids("ورحب الوزير بإيران شريكا في المحادثات")
    assert "SYR" in ids("وتعهد المانحون بدعم لبنان وسوريا")
    assert holds("كداعش", "داعش") and holds("وإسرائيل", "إسرائيل")


def test_a_rare_name_under_k_or_f_is_a_word_of_its_own():
    # "كسبته" earned it (no ك + سبتة); news writes Ceuta seldom
    assert "ceuta" not in ids("ولم يتوقع أحد ما كسبته الأسرة من تجارتها")
    assert "IRN" in ids("وتسعى الحكومة إلى دور إقليمي كإيران")


def test_a_definite_name_under_k_or_f_stays_a_name():
    assert "fallujah" in ids("فالفلوجة ما زالت تعاني من آثار المعارك")
