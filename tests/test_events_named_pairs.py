"""A dual made of a country's name stands for both states (core.events.named_pairs). Sentences written for the tests."""
from core import analyze
from core.events.named_pairs import named_pairs


def _events(text, typ):
    return [sorted(v.actors) for v in analyze(text, "2024-03-02").events if v.type == typ]


def test_a_summit_between_the_two_koreas_has_both_as_sides():
    """"قمة بين الكوريتين" with neither Korea named anywhere else."""
    assert ["KOR", "PRK"] in _events("وعقدت قمة جديدة بين الكوريتين في المنطقة المنزوعة السلاح.", "CONSULT")


def test_the_nominative_dual_as_subject():
    assert ["KOR", "PRK"] in _events("وأجرت الكوريتان محادثات عسكرية في قرية حدودية.", "CONSULT")


def test_the_table_reads_the_dual_through_its_proclitics():
    assert named_pairs()["وللكوريتين"] == ("KOR", "PRK")
    assert "الكوريين" not in named_pairs()  # "the Koreans" is no dual of states


def test_a_place_between_the_two_koreas_names_no_side():
    """"محادثات في المنطقة المنزوعة السلاح بين الكوريتين": where the talks were held."""
    got = _events("وأجرى وفد أمريكي محادثات مع كوريا الشمالية في المنطقة المنزوعة السلاح بين الكوريتين.", "CONSULT")
    assert ["KOR", "PRK"] not in got


def test_relations_between_the_two_koreas_name_no_side_of_what_harms_them():
    """"قد يقوض العلاقات بين الكوريتين": the dual is the relations' pair, not whom a verb hits."""
    got = [sorted(v.actors) for v in analyze("وقالت الصحيفة إن الخلاف قد يقوض العلاقات بين الكوريتين.",
                                             "2024-03-02").events]
    assert ["KOR", "PRK"] not in got


def test_talks_between_the_two_koreas_past_an_adjective_keep_both_sides():
    """The dual after "المحادثات رفيعة المستوى بين" is the talks' pair."""
    assert ["KOR", "PRK"] in _events("وانطلقت أمس المحادثات رفيعة المستوى بين الكوريتين في قرية حدودية.", "CONSULT")
