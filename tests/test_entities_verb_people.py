"""An imperfect verb that news writes mostly in another person ("نعلم" beside "يعلم"، "تعلم")
is no one-word person, whoever read it so; a foreign name with no such forms stays."""
from core.entities.context import _Context
from core.entities.verb_people import imperfect_verb
from tests.tagged_entities import found_entities


def people(text, tagged):
    return sorted(m.text for e in found_entities(text, tagged) if e.type == "PERSON" for m in e.mentions)


def test_a_first_person_verb_in_a_quote_is_no_person():
    found = people('وقال مدرب الفريق كواسي يوسف "نعلم أن المنافس قوي" قبل المباراة.', [("نعلم", "PER")])
    assert "نعلم" not in found


def test_a_verb_with_a_pronoun_after_a_name_is_no_person():
    found = people("وجاء الأمير الأول ثم تليه الأميرة الصغيرة في الترتيب.", [("تليه", "PER")])
    assert "تليه" not in found


def test_a_foreign_name_that_starts_like_an_imperfect_stays():
    found = people("وقال رئيس الوزراء نوفارينو إن الحكومة ستجتمع غدا.", [("نوفارينو", "PER")])
    assert "نوفارينو" in found


def test_the_verb_test_reads_the_other_persons():
    class Ctx:  # the word counts and tables the test reads, made up
        counts = {"نعلم": 80, "يعلم": 150, "تعلم": 120, "نيكولا": 90}

        class lex:
            given_names = frozenset()

        @staticmethod
        def whole_name(w):
            return False

        persons = _Context.persons

    assert imperfect_verb(Ctx(), "نعلم")
    assert not imperfect_verb(Ctx(), "نيكولا")


def test_a_noun_with_a_pronoun_after_a_conjunction_is_no_person():
    found = people("وكان المتهم يعيش مع ابنته وحفيدته في المدينة.", [("وحفيدته", "PER")])
    assert found == []


def test_a_foreign_name_ending_on_a_written_he_stays():
    found = people("وسجل المهاجم ديديه هدفا في المباراة.", [("ديديه", "PER")])
    assert found == ["ديديه"]
