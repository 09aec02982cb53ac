"""Words after a title or a kinship noun that a clause holds, not a name: a conjunction
written on a definite word ("القائد والملهم"), a dual imperfect verb ("وزوجته يجمعان"),
a name-like word written with fathatan ("كميناً") (core.entities.person_names,
clause_words, name_words)."""
from core import analyze


def persons(text: str) -> list[str]:
    return [e.name_ar for e in analyze(text, "2018-05-01").entities if e.type == "PERSON"]


def test_a_conjunction_on_a_definite_word_after_a_title_starts_no_name():
    """"الشاعر والمتلقي": a second noun joined to the title, nobody's name."""
    assert persons("وتحدث عن العلاقة بين الكاتب والمتابع في زمن الشبكات.") == []
    assert persons("ووصفته الصحيفة بأنه المدرب والمربي للأجيال.") == []


def test_a_name_after_a_title_that_starts_like_a_conjunction_stays():
    assert persons("وقال الدبلوماسي الأميركي والتر ميلر إن الوضع صعب.") == ["والتر ميلر"]
    assert persons("وقال الوزير وليد الحسن إن الوضع صعب.") == ["وليد الحسن"]


def test_a_dual_imperfect_after_a_kinship_noun_is_no_name():
    assert persons("وكان الحارس وزوجته يجمعان الحطب كل صباح قرب الكوخ.") == []


def test_a_word_written_with_fathatan_is_no_name_word():
    """A word of name_words.tsv under a proclitic and with fathatan ("كميناً") is the
    accusative of a common noun."""
    assert persons("وقالت الشرطة إنها نصبت أربعين كميناً قرب الحدود الشرقية.") == []


def test_a_conjunction_on_a_verb_after_a_title_starts_no_name():
    """"الجاسوس السابق، وشبهت": the clause goes on after the title's comma."""
    assert persons("ورفضت الوزارة الاتهام الموجه إلى المهندس المعتقل، وقارنت ذلك بالحملات السابقة.") == []
    assert persons("وانتقد الخبراء تصريحات المستشار وسخروا من أرقامه.") == []


def test_a_foreign_name_written_with_waw_for_w_after_a_title_stays():
    assert persons("وقال المتحدث الأمريكي، وورين هاكمان، إن الوفد وصل.") == ["وورين هاكمان"]


def test_a_foreign_given_name_in_f_that_ends_like_a_plural_verb_stays():
    assert persons("وقال المدعي العام فرنسوا دوبريه إن التحقيق مستمر.") == ["فرنسوا دوبريه"]



def test_a_foreign_name_written_like_a_conjunction_on_a_definite_word_stays():
    """"والستروم"، "فالنتين": no Arabic word after و/ف and the article, so a name."""
    text = "وقالت الوزيرة السويدية آنا والستروم إن القرار نهائي، وأضافت الوزيرة والستروم أنه لن يتغير."
    assert "والستروم" in " ".join(persons(text))
    assert persons("وقال المدرب فالنتين بتروف إن لاعبيه جاهزون.") == ["فالنتين بتروف"]
