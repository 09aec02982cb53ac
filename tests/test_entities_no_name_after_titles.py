"""Words after a title, a kinship noun or a nationality adjective that are no name: the
known person the title already names, a place's preposition, duals of common words, a
list of adjectives (core.entities.title_complements, person_names, name_words)."""
from core import analyze


def persons(text: str) -> list[str]:
    return [e.name_ar for e in analyze(text, "2018-05-01").entities if e.type == "PERSON"]


def test_a_known_person_after_a_title_is_the_name_and_the_noun_after_him_is_none():
    """"الرئيس ترامب تبرمه": the complement ran over the known person and took the rare
    noun with its pronoun for the name."""
    assert persons("وأبدى الرئيس ترامب تبرمه من الأسئلة.") == ["دونالد ترامب"]
    assert persons("وانتقد الوزير الروسي لافروف تخاذله في الرد.") == ["سيرغي لافروف"]


def test_a_role_of_a_known_person_still_introduces_its_own_bearer():
    assert "جون بولتون" in persons("وقال مستشار الرئيس ترامب جون بولتون إن الأمر خطير.")


def test_fi_after_a_kinship_noun_is_no_role_of_a_place():
    """"في" joins a role to its place ("السفير في القاهرة X"); after "وابنته" it ends the
    title, and the dual after it is no name."""
    assert persons("وتوجهت الشرطة إلى منزل الرجل وابنته في المكانين.") == []
    assert persons("وقال السفير في القاهرة جون سميث إن الأمر خطير.") == ["جون سميث"]


def test_the_dual_of_a_common_word_is_no_name():
    """"دبلوماسيان" (دبلوماسي, 275 times in the news counts), "السيناتوران"."""
    assert persons("وأكد دبلوماسيان أوروبيان أن الجولة انتهت دون نتيجة.") == []
    assert "السيناتوران" not in persons("ووقع السيناتوران جون سميث ومارك براون رسالة إلى البيت الأبيض.")
    assert persons("وقال الأمير سلمان إن الأمر خطير.") == ["سلمان"]  # a name in ان: "سلم" is rarer


def test_the_second_adjective_of_a_list_stands_for_no_man():
    """"الوفدين الكويتي والعماني تحاورا": "والعماني" describes the delegations, and the
    verb after it (a foreign-looking form) is no name."""
    assert persons("وأوضح أن الوفدين الكويتي والعماني تحاورا حول الملف.") == []
    assert "شتيفانو" in " ".join(persons("وتغلب الروسي كافلنيكوف على الألماني شتيفانو."))


def test_a_family_name_that_looks_like_a_dual_stays():
    """Only a name's first word is read as a dual: "السويدان" after a given name is a family name."""
    assert persons("وقال الداعية طارق السويدان إن الأمر صعب.") == ["طارق السويدان"]


def test_a_word_after_fi_that_ends_a_roles_words_is_its_place_no_name():
    """"النائب العام في كاسيلفيرا": the role's place, which no lexicon knows."""
    assert persons("وقال النائب العام في كاسيلفيرا إن التحقيق مستمر.") == []
    assert persons("وقال السفير في لبنان جون سميث إن الأمر خطير.") == ["جون سميث"]
