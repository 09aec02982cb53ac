"""An adjective after an indefinite noun is no one-word person, though it is a given
name too (core.entities.noun_adjectives), and a people's nisba after a noun is none
(core.entities.name_words)."""
from core import analyze


def persons(text: str) -> list[str]:
    return [e.name_ar for e in analyze(text, "2018-05-01").entities if e.type == "PERSON"]


def test_an_adjective_after_an_indefinite_noun_is_no_person():
    assert persons("وأقام الأمير عشاء فاخر للضيوف في القصر.") == []
    assert persons("وشاهد الجمهور فيديو رمزي عن الحرب.") == []


def test_a_name_after_an_indefinite_noun_stays_when_news_seldom_writes_its_feminine():
    """"مبارك": news writes no feminine of it beside the name."""
    assert persons("وتابعت المحكمة قضية مبارك في جلسة مغلقة.") == ["مبارك"]


def test_a_name_after_a_kinship_noun_stays():
    assert persons("وقالت والدة فريد إن ابنها لم يعد منذ أسبوع.") == ["فريد"]


def test_a_peoples_nisba_after_a_plural_noun_is_no_person():
    assert persons("وأسفرت الاشتباكات عن مقتل جنديين هنود في المنطقة.") == []


def test_a_name_after_a_company_head_stays_the_companys():
    assert [e.name_ar for e in analyze("وأعلنت شركة كريم عن توسيع خدماتها في الأردن.", "2018-05-01").entities
            if e.type == "ORG"] == ["شركة كريم"]


def test_a_definite_name_after_an_indefinite_noun_stays():
    assert persons("وعبر عن أسفه لاستنكار الهاشمي الحملة.") == ["الهاشمي"]


def test_a_word_of_a_full_name_read_before_stays_a_mention():
    """"تشويه" is no feminine of the name "تشوي"."""
    names = persons("وقالت الممثلة تشوي سون إنها ستعود. وتراجعت مسيرة تشوي بعد ذلك.")
    assert names == ["تشوي سون"]


def test_a_given_name_that_is_a_person_elsewhere_in_the_article_stays_after_a_noun():
    """"رشيد" counts as an adjective (its feminine is a woman's name too), but the article
    names the player "رشيد" after his title."""
    text = "وحسم هدف رشيد المباراة في الشوط الثاني، بعدما انطلق المهاجم رشيد من الجهة اليسرى."
    mentions = [m.text for e in analyze(text, "2018-05-01").entities if e.type == "PERSON" for m in e.mentions]
    assert mentions == ["رشيد", "رشيد"]
