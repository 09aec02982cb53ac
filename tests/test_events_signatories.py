"""The signatories a definite participle describes signed nothing the sentence tells
(core.events.signatories). Sentences written for the tests."""
from event_pairs import events


def test_the_parties_signatory_to_an_agreement_are_no_signing():
    """"الدول الأخرى الموقعة على المعاهدة، اليونان وإيطاليا": no SUPPORT between the parties
    listed; the rejection before them stays."""
    got = events("ورفضت البرتغال القرار الإسباني الذي لا يرضي الدول الأخرى الموقعة على المعاهدة، اليونان وإيطاليا ومالطا.")
    assert got == [("REJECT", ["PRT", "ESP"])]


def test_an_agreement_signed_between_two_states_is_still_their_signing():
    """"ووقعت مصر والسعودية اتفاقية": the verb tells the signing, the participle rule leaves it."""
    got = events("ووقعت مصر والسعودية اتفاقية لتعيين الحدود البحرية، وأشاد بها الأطراف الموقعة على الاتفاق.")
    assert ("SUPPORT", ["EGY", "SAU"]) in got and len(got) == 1
