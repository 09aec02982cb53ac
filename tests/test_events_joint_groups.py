"""Each two sides of a joint act a coordinated list does (core.events.joint_groups).
Sentences written for the tests."""
from core import analyze


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
