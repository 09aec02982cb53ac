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
