"""A rare name right after the verb that opens its clause is the verb's subject, a person
(``core.entities.verb_subjects``); made-up sentences."""
from core import analyze


def people(text):
    return sorted(m.text for e in analyze(text).entities if e.type == "PERSON" for m in e.mentions)


def test_a_surname_after_a_clause_opening_verb_is_a_person():
    assert people("تأجلت المباراة. ويخشى ديلابوري على لاعبيه من الإرهاق.") == ["ديلابوري"]
    assert people("ويعتمد مورافيتو في خطته على الهجوم السريع.") == ["مورافيتو"]


def test_a_frequent_noun_after_the_verb_is_no_person():
    assert people("وأعلنت الحكومة أمس عن خطة جديدة. ورفض البرلمان الخطة.") == []


def test_a_verb_inside_the_clause_opens_nothing():
    assert "بريتوفا" not in people("قالت المصادر إن الوفد زار بريتوفا أمس.")

