"""The side named right after the verb of a clause a word of time opens is its subject,
never its target; after a bare "أن" the verb's subject may be the main clause's, carried on
(core.events.opened_clauses). Sentences written for the tests."""
from event_pairs import events


def test_the_subject_after_the_verb_of_a_clause_of_time_is_not_its_target():
    """"عندما هاجم انتحاريون مواقع": the attackers attack, the state named before is hit."""
    got = events("وشهدت بلجيكا أسوأ اعتداء في تاريخها عندما هاجم انتحاريون مواقع عدة في العاصمة.")
    assert not [a for t, a in got if t == "ASSAULT" and a[-1].startswith("unnamed-attackers")], got


def test_after_an_the_main_clause_s_subject_may_go_on():
    """"بعد أن اتهمت فرنسا بالتدخل": Algeria accuses France; "بعد أن زار الصين": he visits China."""
    got = events("واستدعت الجزائر سفيرها في باريس بعد أن اتهمت فرنسا بالتدخل في شؤونها.")
    assert ("ACCUSE", ["DZA", "FRA"]) in got, got
    got = events("وعاد وزير الخارجية الأمريكي إلى واشنطن بعد أن زار الصين.")
    assert ("CONSULT", ["USA", "CHN"]) in got, got


def test_the_clause_s_act_keeps_the_target_after_its_subject():
    """"بعد أن اتهمت روما القاهرة": Rome, the subject, accuses Cairo, named after it."""
    got = events("واستدعت مصر السفير الإيطالي بعد أن اتهمت روما القاهرة بالتقصير.")
    assert ("ACCUSE", ["ITA", "EGY"]) in got
