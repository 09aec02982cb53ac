"""The doer of a praised thing is praised (core.events.praised). Words written for the
tests; the function is given the pairs a reading might make, to show its own turn."""
from types import SimpleNamespace as NS

from core.events import praised

WORDS = ["وقال", "الوفد", "الاردني", "مشيدا", "بالجهود", "التي", "تبذلها", "قطر", "من", "خلال", "عضويتها", "في",
         "مجلس", "الامن"]
ACTORS = [NS(actor="JOR", i=2, j=3), NS(actor="QAT", i=7, j=8), NS(actor="unsc", i=12, j=14)]


def _praised(pairs, words=WORDS, actors=ACTORS, trigger=3, kind="SUPPORT"):
    h = NS(form=NS(type=kind, inverse=False), i=trigger, j=trigger + 1, verbal=False)
    return praised.praised_sides(NS(norms=words), NS(actors=actors), h, pairs)


def test_the_doer_of_the_praised_efforts_is_the_target():
    """"مشيدا بالجهود التي تبذلها قطر" after "الوفد الأردني": Jordan praises Qatar."""
    assert _praised([(["QAT", "JOR"], True)]) == [(["JOR", "QAT"], True)]
    assert _praised([(["JOR", "QAT"], True)]) == [(["JOR", "QAT"], True)]


def test_a_pair_of_the_doer_and_a_side_named_after_it_is_dropped():
    """"التي تبذلها قطر من خلال عضويتها في مجلس الأمن": the council praises no one."""
    assert _praised([(["QAT", "unsc"], True)]) == []


def test_the_role_taken_up_by_bih_and_other_acts():
    """"بالدور الذي تقوم به قطر" reads the same; an act other than backing is left alone."""
    words = ["وقال", "الوفد", "الاردني", "مشيدا", "بالدور", "الذي", "تقوم", "به", "قطر"]
    actors = [NS(actor="JOR", i=2, j=3), NS(actor="QAT", i=8, j=9)]
    assert _praised([(["QAT", "JOR"], True)], words, actors) == [(["JOR", "QAT"], True)]
    assert _praised([(["QAT", "JOR"], True)], kind="ACCUSE") == [(["QAT", "JOR"], True)]


def test_the_doer_of_a_backing_noun_backs():
    """"الدعم الذي تقدمه إيران": the clause is on the backing itself, whose doer backs."""
    words = ["وانتقد", "الوزير", "الاردني", "الدعم", "الذي", "تقدمه", "ايران", "للحوثيين"]
    actors = [NS(actor="JOR", i=2, j=3), NS(actor="IRN", i=6, j=7), NS(actor="houthis", i=7, j=8)]
    h = NS(form=NS(type="SUPPORT", inverse=False), i=3, j=4, verbal=False)
    pairs = [(["IRN", "houthis"], True)]
    assert praised.praised_sides(NS(norms=words), NS(actors=actors), h, pairs) == pairs
