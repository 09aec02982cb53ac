"""The signatories a definite participle describes signed nothing the sentence tells
(core.events.signatories). Sentences written for the tests."""
from core import analyze


def events(text):
    return [(v.type, v.actors) for v in analyze(text, "2024-01-01").events]


def test_the_parties_signatory_to_an_agreement_are_no_signing():
    """"للأطراف الأخرى الموقعة على الاتفاق، روسيا والصين": no SUPPORT between the parties listed."""
    got = events("ولا يروق القرار للأطراف الأخرى الموقعة على الاتفاق، روسيا والصين وفرنسا.")
    assert got == []


def test_an_agreement_signed_between_two_states_is_still_their_signing():
    """"ووقعت مصر والسعودية اتفاقية": the verb tells the signing, the participle rule leaves it."""
    got = events("ووقعت مصر والسعودية اتفاقية لتعيين الحدود البحرية، وأشاد بها الأطراف الموقعة على الاتفاق.")
    assert ("SUPPORT", ["EGY", "SAU"]) in got and len(got) == 1
