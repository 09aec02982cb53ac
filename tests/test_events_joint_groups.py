"""Each two sides of a joint act a coordinated list does (core.events.joint_groups).
Sentences written for the tests."""
import pytest

from core import analyze
from core.events import learned


@pytest.fixture
def no_model_pairs():
    """A role model that keeps no pair: the rules' own reading of the list shows."""
    learned.set_model(learned.RoleModel({}, bias=-100.0))
    yield
    learned.set_model(None)


def _events(text: str, kind: str) -> list[set[str]]:
    return [set(v.actors) for v in analyze(text, "2024-01-01").events if v.type == kind]


def test_three_states_that_agree_make_three_pairs():
    """"اتفقت تركيا وروسيا وإيران على ...": each two of them agree."""
    got = _events("واتفقت تركيا وروسيا وإيران على إقامة مناطق آمنة.", "AGREE")
    assert all(p in got for p in ({"TUR", "RUS"}, {"TUR", "IRN"}, {"RUS", "IRN"}))


def test_a_nationality_after_its_noun_is_no_third_side():
    """"اشتباكات بين المتظاهرين الفلسطينيين والقوات الإسرائيلية": the protesters are
    Palestinian; no clash between them and Palestine."""
    got = _events("وتجددت الاشتباكات أمس بين المتظاهرين الفلسطينيين والقوات الإسرائيلية قرب السياج.", "ASSAULT")
    assert {"unnamed-protesters-pse", "PSE"} not in got


def test_a_list_of_nationality_adjectives_acts_together(no_model_pairs):
    """"قوات أمريكية وبريطانية وفرنسية": the three struck Syria; none struck another
    (actors._coordinated reads the و an adjective's mention keeps; the rules alone, as the
    shipped role model scores the later two under its threshold in this sentence)."""
    got = analyze("وشنت قوات أمريكية وبريطانية وفرنسية ضربات جوية على مواقع في سوريا فجر السبت.", "2024-01-01").events
    pairs = [tuple(v.actors) for v in got if v.type == "ASSAULT"]
    assert ("GBR", "SYR") in pairs and ("FRA", "SYR") in pairs
    assert not [p for p in pairs if p[1] in ("USA", "GBR", "FRA")]


def test_two_armies_named_by_adjectives_both_accuse():
    """"اتهم الجيشان الروسي والسوري إسرائيل": both accuse Israel, neither the other."""
    got = analyze("واتهم الجيشان الروسي والسوري طائرات إسرائيلية بقصف مطار عسكري قرب حمص.", "2024-01-01").events
    pairs = {tuple(v.actors) for v in got if v.type == "ACCUSE"}
    assert {("RUS", "ISR"), ("SYR", "ISR")} <= pairs and ("RUS", "SYR") not in pairs


def test_three_ministers_named_by_adjectives_agree_in_three_pairs():
    """"وزراء الخارجية المصري والأردني والعراقي": one list (joint_groups._lists reads it
    through actors._coordinated, the و an adjective's mention keeps included)."""
    got = analyze("واتفق وزراء الخارجية المصري والأردني والعراقي على تعزيز التعاون الاقتصادي.", "2024-01-01").events
    sides = [set(v.actors) for v in got if v.type == "AGREE"]
    assert all(p in sides for p in ({"EGY", "JOR"}, {"EGY", "IRQ"}, {"JOR", "IRQ"}))
