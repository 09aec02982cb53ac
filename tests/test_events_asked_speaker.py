"""The speaker a request was made of (core.events.asked_speaker). Sentences written for
the tests."""
from core import analyze


def _requests(text: str) -> list[list[str]]:
    return [v.actors for v in analyze(text, "2024-01-01").events if v.type == "REQUEST"]


def test_asked_of_him_is_the_speaker():
    """"قال رئيس الوزراء الباكستاني إن الرئيس الأمريكي طلب منه أن يتوسط لدى طالبان":
    the United States asks Pakistan, not the Taliban."""
    got = _requests("وقال رئيس الوزراء الباكستاني إن الرئيس الأمريكي طلب منه أن يتوسط لدى حركة طالبان.")
    assert got == [["USA", "PAK"]]


def test_a_pronoun_on_the_verb_and_a_verb_read_as_a_noun():
    """"قالت الحكومة الإيطالية إن مالطا طالبتها بـ": "طالبتها" (also "her student") asks Italy."""
    assert ["MLT", "ITA"] in _requests("وقالت الحكومة الإيطالية إن مالطا طالبتها باستقبال السفينة.")


def test_a_pronoun_of_the_other_gender_takes_up_another_noun():
    """"قال الرئيس الفرنسي إن ألمانيا طلبت منها": "منها" is not the (masculine) president."""
    assert ["DEU", "FRA"] not in _requests("وقال الرئيس الفرنسي إن ألمانيا طلبت منها المساعدة.")


def test_a_joined_request_verb_is_not_asked_by_the_name_before_it():
    """"قالت المنظمة إن الرسائل تحدثت عن سجون الإمارات وتدعوه": the messages invite him, the
    Emirates written right before the joined verb ask nothing."""
    got = _requests("وقالت منظمة العفو الدولية إن رسائل وصلت إليه تحدثت عن سجون الإمارات وتدعوه للنقر على رابط.")
    assert ["ARE", "amnesty"] not in got
