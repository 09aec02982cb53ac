"""A state acting on a private person, its verb's object (core.events.person_sides)."""
from core import analyze


def _events(text):
    return [(e["type"], e["actors"]) for e in analyze(text).to_dict()["events"]]


def _on_persons(text):
    return [ev for ev in _events(text) if ev[1] and ev[1][-1].startswith("per-")]


def test_a_state_accuses_the_activist_after_its_verb():
    got = _events("واتهمت السلطات الإيرانية الناشط سامي الخطيب بالتجسس لصالح جهات أجنبية.")
    assert ("ACCUSE", ["IRN", "per-samy-al-khtyb"]) in got


def test_a_state_named_before_its_verb():
    got = _events("وكانت تركيا قد هددت المعارض نادر الجمال بالملاحقة القضائية.")
    assert ("THREATEN", ["TUR", "per-nadr-al-jmal"]) in got


def test_a_nationality_adjective_describes_a_private_accuser():
    assert not _on_persons("واتهمت امرأة سويسرية الكاتب نادر الجمال بالتحرش.")


def test_a_subject_before_another_verb_is_not_this_ones():
    """"غضب X عندما رفض Y": Y refuses, X is the subject of the verb before."""
    assert not _on_persons("وغضبت الحكومة المصرية عندما رفض نادر الجمال المشاركة في الحوار.")


def test_words_other_than_a_description_part_the_verb_from_the_name():
    assert not _on_persons("ونفت مصر أنها منعت سفر نادر الجمال إلى الخارج.")


def test_a_dateline_is_no_subject():
    assert not _on_persons("القاهرة، مصر -- دعا الناشط نادر الجمال إلى الحوار.")
