"""Where a person's name ends: family names written with the article that news writes often
enough to pass for common nouns, and participles after a name (core.entities.person_names,
core.entities.context)."""
from core import analyze


def persons(text: str) -> list[str]:
    return [m.text for e in analyze(text, "2018-05-01").entities if e.type == "PERSON" for m in e.mentions]


def test_a_role_noun_then_a_name_with_a_family_name_is_one_person():
    """Issue 9's example: "الناشطة لجين الهذلول" (the family name is written 20 times in the
    news counts, never without its article) was no person at all."""
    assert "لجين الهذلول" in persons("وقالت الناشطة لجين الهذلول إنها ستواصل نضالها.")


def test_a_word_whose_al_is_its_own_letters_is_no_family_name():
    """"الغاء" (إلغاء) takes the article again ("الإلغاء"): a noun after the name, not its end."""
    assert "عمرو الغاء" not in " ".join(persons("وأعلن الرئيس عمرو الغاء الاتفاق."))


def test_a_name_before_an_adjective_names_a_building_not_a_person_end():
    assert not any("الثقافي" in p for p in persons("ودمرت الطائرات مركز سعيد المسحال الثقافي في غزة."))


def test_a_participle_after_a_name_says_how_he_spoke_and_is_no_part_of_it():
    """Issue 9's example "قال لافروف مبتسما": the tagger ran the name over the participle."""
    assert persons("قال لافروف مبتسما إن موسكو لن ترد.") == ["لافروف"]
    assert "مونيكا بيلوتشي" in persons("وقالت الممثلة مونيكا بيلوتشي إنها سعيدة.")  # a name of that shape


def test_a_given_name_that_is_also_a_common_word_names_the_person_once_he_is_named_in_full():
    """Issue 9's example "أبي أحمد ... وأشاد أبي بـ": Ethiopians are called by their given
    name; "أبي" alone ("my father", "أبي بكر") names him only after his full name."""
    a = analyze("وصل رئيس الوزراء الإثيوبي أبي أحمد إلى أسمرة. وأشاد أبي بالخطوة الإريترية.", "2018-07-08")
    abiy = [e for e in a.entities if e.id == "abiy-ahmed"]
    assert abiy and {m.text for m in abiy[0].mentions} == {"أبي أحمد", "أبي"}
    b = analyze("وقال أبي إنه سعيد بعودة أخيه.", "2018-07-08")
    assert not any(e.id == "abiy-ahmed" for e in b.entities)


def test_a_given_name_that_begins_a_role_after_a_name_is_the_role():
    """"أمين" is a given name and the first word of "أمين عام"، "أمين سر": after a full
    name it is the role in apposition ("حسان الذوادي أمين" was the person)."""
    assert persons("وقال سامر القرعاوي أمين عام الرابطة إن الموسم سيبدأ.") == ["سامر القرعاوي"]
    assert persons("وأكد نادر فهمي أمين سر النادي أن العقد جدد.") == ["نادر فهمي"]
    assert persons("وقال جان مارتان أمين المكتبة إن المخطوط عاد.") == ["جان مارتان"]
    assert "محمد أمين الحسيني" in persons("وزار محمد أمين الحسيني المعرض.")  # a family name follows


def test_an_indefinite_nisba_after_a_first_name_is_its_family_name():
    """Issue 9's example "المدون رائف بدوي": a name is definite, so an adjective of it would
    take the article; the indefinite nisba is the family name, whatever follows it."""
    assert "رائف بدوي" in persons("وطالبت المنظمة بالإفراج عن المدون رائف بدوي المسجون منذ سنوات.")
    assert "رائف بدوي" in persons("وقال المدون رائف بدوي إن الحكم ظالم.")


def test_a_nisba_after_an_is_a_predicate_not_a_family_name():
    """"أن علي كافي لقيادة الفريق": after أن the name is a clause's subject and the word
    after it, a participle ending in ي ("sufficient"), its predicate, not a family name."""
    assert "علي كافي" not in persons("واعتبر المدرب أن علي كافي لقيادة الفريق في المباراة.")


def test_a_particle_is_no_part_of_a_title_s_complement():
    """Issue 9's example "قلقان": "الوزير إن البلدين قلقان" read "إن" (الآن without its
    article) as a noun of the title's complement and the adjective after it as a name."""
    assert persons("وقال المسؤول إن البلدين قلقان من التصعيد في المنطقة.") == []
