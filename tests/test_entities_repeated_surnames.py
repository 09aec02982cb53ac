"""A family name that is also a common word, kept after a given name the article writes
it with twice (core.entities.repeated_surnames)."""
from core import analyze


def persons(text: str) -> list[str]:
    return [m.text for e in analyze(text, "2018-05-01").entities if e.type == "PERSON" for m in e.mentions]


def test_a_common_word_written_twice_after_the_same_given_name_is_his_family_name():
    """"صديق" (friend) after "محمد": the tagger read the given name alone the first time."""
    found = persons("وتأثر الفريق بغياب محمد صديق للإيقاف. وعاد محمد صديق إلى التدريبات أمس.")
    assert found == ["محمد صديق", "محمد صديق"]


def test_a_given_name_of_the_table_starts_a_name_whose_family_name_is_a_common_word():
    assert persons("وسجل عنتر هلال هدفا. وقال عنتر هلال إن الفوز مستحق.") == ["عنتر هلال", "عنتر هلال"]


def test_a_past_verb_written_twice_after_a_given_name_is_no_family_name():
    found = persons("وأكد المتحدث أن كيم زار المصنع صباحا. وكان كيم زار المدينة من قبل.")
    assert found and not any("زار" in p for p in found)


def test_a_word_with_a_pronoun_written_twice_after_a_given_name_is_no_family_name():
    found = persons("ونقلت الوكالة عن سامر قوله إن الحوار مستمر. ونقلت عن سامر قوله أيضا إن الوفد وصل.")
    assert found and not any("قوله" in p for p in found)


def test_a_noun_heading_a_construct_twice_after_a_given_name_is_no_family_name():
    found = persons("وتولى ميشيل تدريب الفريق عام 2010. وترك ميشيل تدريب الفريق بعد عامين.")
    assert not any("تدريب" in p for p in found)
