"""The side named right after the verb of a clause opened by "أن" or a word of time is its
subject, never its target (core.events.opened_clauses). Sentences written for the tests."""
from event_pairs import events


def test_the_subject_after_the_verb_of_a_clause_opened_by_an_is_not_its_target():
    """"بعد أن طالبت X بإغلاق السفارة": X asks; "بعد أن انتقدت X العملية": X criticises."""
    got = events("وسحبت قطر سفيرها من تشاد بعد أن طالبت نجامينا بإغلاق السفارة.")
    assert not [a for t, a in got if t == "REQUEST" and a[-1] == "TCD"], got
    got = events("وهددت تركيا اليونان بعد أن انتقدت فرنسا العملية العسكرية.")
    assert not [a for t, a in got if t == "ACCUSE" and a[-1] == "FRA"], got


def test_the_clause_s_act_keeps_the_target_after_its_subject():
    """"بعد أن اتهمت روما القاهرة": Rome, the subject, accuses Cairo, named after it."""
    got = events("واستدعت مصر السفير الإيطالي بعد أن اتهمت روما القاهرة بالتقصير.")
    assert ("ACCUSE", ["ITA", "EGY"]) in got
