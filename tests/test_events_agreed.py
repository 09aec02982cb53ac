"""What sides agree on is no side of their agreement (core.events.agreed). Sentences
written for the tests."""
from core import analyze


def _agreements(text: str) -> list[list[str]]:
    return [v.actors for v in analyze(text, "2024-01-01").events if v.type == "AGREE"]


def test_a_side_named_in_what_is_agreed_on_agrees_with_no_one():
    """"اتفقت فرنسا وألمانيا على أن المفاوضات مع روسيا يجب أن تستمر": France and Germany
    agree; Russia is what they agree on."""
    got = _agreements("واتفقت فرنسا وألمانيا على أن المفاوضات مع روسيا يجب أن تستمر.")
    assert ["FRA", "DEU"] in got and not [a for a in got if "RUS" in a]


def test_unanimous_agreement_on_a_clause():
    """"اتفقت X وY على رفض ..." agrees; "أجمعوا على أن الحوار مع المغرب":
    Morocco is what the leaders named right before the verb agree on."""
    assert ["EGY", "JOR"] in _agreements("واتفقت مصر والأردن على رفض القرار.")
    got = _agreements("وقال المتحدث إن زعماء إسبانيا وإيطاليا والبرتغال أجمعوا على أن الحوار مع المغرب هو الحل.")
    assert not [a for a in got if "MAR" in a] and all(
        p in got for p in (["ESP", "ITA"], ["ESP", "PRT"], ["ITA", "PRT"]))


def test_the_whole_world_agrees_on_nothing():
    """"في العالم أجمع، وهو إجراء ينطبق على ...": أجمع is "entire" there, no agreement."""
    assert _agreements("ومنعت السفن من الرسو في أي مرفأ في العالم أجمع، وهو إجراء ينطبق على سفن الصين واليابان.") == []


def test_a_side_unanimous_against_another_does_not_agree_with_it():
    """"قادة الأحزاب التركية أجمعوا على انتقاد قرار الرئيس الأمريكي": one side,
    unanimous; the United States agrees on nothing with Turkey."""
    got = _agreements("وقال مراسلنا إن قادة الأحزاب التركية أجمعوا على انتقاد قرار الرئيس الأمريكي.")
    assert not [a for a in got if "USA" in a]
