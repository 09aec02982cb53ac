"""Acts in a press review's or a columnist's view are no events; a newspaper reporting an
act is (core.events.opinions); sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_a_columnists_view_tells_no_event():
    assert events("الكاتب يربط بين العقوبات الأمريكية على إيران ودعوة ترامب للتفاوض مع الإيرانيين.") == []


def test_what_a_columnist_sees_in_threats_is_no_threat():
    assert events("ويرى الكاتب أن تهديدات واشنطن لطهران ستعزز موقف المتشددين.") == []


def test_a_newspaper_reporting_an_act_keeps_it():
    got = events("وذكرت صحيفة هآرتس أن الطائرات الإسرائيلية قصفت مواقع للجيش السوري قرب دمشق.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1] == ["ISR", "SYR"]]


def test_the_opinion_words_as_sets_are_those_their_kinds_read():
    """opinion_forms holds every written word _kind reads as a verb of opinion or as a
    writer: a cue, bare or after و/ف, and no other word."""
    from core.events.filters import _kind
    from core.events.opinions import opinion_cues, opinion_forms

    cues = opinion_cues()
    opine, writer = opinion_forms()
    words = ["", "و", "في", "الحكومه", "قال", "وقال"] + [p + c for c in cues for p in ("", "و", "ف", "ب", "وو", "فو")]
    words += [c[1:] for c in cues]
    for w in words:
        assert (w in opine) == (_kind(w, cues) == "opine"), w
        assert (w in writer) == (_kind(w, cues) == "writer"), w
    assert opine and writer
