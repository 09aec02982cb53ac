"""An act its sentence does not date took place on the day the article's lead names
("مساء الاثنين" in Tuesday's paper), within the lead's story (core.events.dating.story_day);
sentences written for the tests, published on Tuesday 2023-01-17."""
from core import analyze

ACT = "واتهمت فرنسا إيران بتهريب الأسلحة إلى لبنان."


def dates(text, typ="ACCUSE", published="2023-01-17"):
    return [v.date for v in analyze(text, published).events if v.type == typ]


def test_an_undated_act_takes_the_day_of_the_lead():
    assert dates("عقد وزراء الخارجية العرب، مساء الاثنين، اجتماعا طارئا في القاهرة.\n" + ACT) == ["2023-01-16"]


def test_a_lead_in_the_present_tense_names_a_day_to_come():
    assert dates("يعقد وزراء الخارجية العرب، الاثنين، اجتماعا طارئا في القاهرة.\n" + ACT) == ["2023-01-17"]


def test_a_day_in_a_reported_clause_is_not_the_lead_s():
    assert dates("أعلنت الجامعة العربية أن الوزراء اجتمعوا، الاثنين، في القاهرة.\n" + ACT) == ["2023-01-17"]


def test_a_paragraph_opening_with_a_bare_verb_is_another_story():
    lead = "عقد وزراء الخارجية العرب، مساء الاثنين، اجتماعا طارئا في القاهرة.\n"
    assert dates(lead + "اتهمت فرنسا إيران بتهريب الأسلحة إلى لبنان.") == ["2023-01-17"]
    assert dates(lead + "قال مسؤول فرنسي أمس إن بلاده ترفض الحوار.\n" + ACT) == ["2023-01-17"]


def test_a_lead_day_a_week_back_is_left_to_the_publication_day():
    assert dates("عقد وزراء الخارجية العرب، مساء الأربعاء، اجتماعا طارئا في القاهرة.\n" + ACT) == ["2023-01-17"]


def test_a_lead_without_a_date_leaves_it_to_the_next_sentence():
    text = "عقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة.\nوقال الوزراء في بيان، الاثنين، إنهم قلقون.\n" + ACT
    assert dates(text) == ["2023-01-16"]
