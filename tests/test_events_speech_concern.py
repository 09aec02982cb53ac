"""Verbal events of officials and states (issue 8): an envoy named with where he is
posted, an accusation whose subject the sentence drops, a failure charged in reported speech
(sentences written for the tests, with the rules' own reading)."""

from core import analyze


def events(text):
    return [(v.type, v.actors) for v in analyze(text, "2023-01-17").events]


def test_an_envoy_speaks_for_his_state_not_for_where_he_is_posted(rules_only):
    got = events("قال مندوب الأردن في الأمم المتحدة إنه يدين الاعتداءات البرتغالية.")
    assert ("ACCUSE", ["JOR", "PRT"]) in got and not [e for e in got if e[1][0] == "un"]


def test_an_official_in_a_ministry_still_speaks_for_it(rules_only):
    assert ("ACCUSE", ["CHL", "PER"]) in events("وقال مسؤول في وزارة الخارجية التشيلية إن سانتياغو تدين الهجوم البيروفي.")


def test_calling_a_policy_a_failure_in_reported_speech_is_an_accusation(rules_only):
    assert ("ACCUSE", ["ECU", "COL"]) in events("وقال رئيس الإكوادور إن سياسة كولومبيا فاشلة.")


def test_an_accusing_verb_without_subject_targets_the_actor_its_charge_follows(rules_only):
    got = events("انتقدت كينيا إثيوبيا بشدة. واتهمت الصومال بدعم المتمردين.")
    assert ("ACCUSE", ["KEN", "SOM"]) in got


def test_an_accusing_verb_with_its_subject_named_keeps_it(rules_only):
    assert ("ACCUSE", ["KEN", "SOM"]) in events("اتهمت كينيا الصومال بدعم المتمردين.")


def test_an_envoy_with_no_state_named_borrows_none_from_earlier_in_the_sentence(rules_only):
    """Only a state written just before "في" is the envoy's: "ردا على تشيلي" names whom
    the envoy answers, not whom he speaks for."""
    got = events("وردا على تشيلي، قال السفير في الأمم المتحدة إنه يدين الاعتداءات البيروفية.")
    assert ("ACCUSE", ["CHL", "PER"]) not in got
