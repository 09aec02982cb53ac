"""A side named only as whom a hostile act is done alongside is not hit by it, and one named
only as what an act is likened to or excepted from is no side of it
(core.events.alongside); a stand backs the side named right after it. Sentences and names
made up for the tests."""
from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_the_state_an_expulsion_is_made_in_solidarity_with_is_not_expelled_from():
    assert ("SANCTION", ["DEU", "GBR"]) not in events("وطردت ألمانيا دبلوماسيين روسا تضامنا مع بريطانيا.")


def test_the_solidarity_itself_stays():
    assert ("SUPPORT", ["DEU", "GBR"]) in events("وطردت ألمانيا دبلوماسيين روسا تضامنا مع بريطانيا.")


def test_a_state_fought_alongside_is_no_opponent():
    assert events("وهاجمت القوات العراقية مواقع التنظيم جنبا إلى جنب مع القوات الأمريكية.") == []


def test_a_state_an_act_follows_the_example_of_is_no_side():
    assert events("وقررت هندوراس نقل سفارتها إلى القدس أسوة بالولايات المتحدة.") == []


def test_a_state_likened_to_is_no_side_of_the_welcome():
    assert ("SUPPORT", ["GTM", "USA"]) not in events(
        "ورحبت إسرائيل بقرار غواتيمالا نقل سفارتها إلى القدس على غرار الولايات المتحدة.")


def test_a_state_named_also_as_a_side_stays_one():
    assert ("SANCTION", ["GBR", "RUS"]) in events(
        "وطردت ألمانيا دبلوماسيين روسا تضامنا مع بريطانيا التي طردت بدورها دبلوماسيين من روسيا.")


def test_a_promise_is_no_exception():
    # "وعدا" is the noun of promising, not "و" + "عدا"
    got = [(e.type, e.actors) for e in analyze("وقدم الرئيس الأمريكي وعدا لإسرائيل بحمايتها من أي هجوم.", "2024-01-01").events]
    assert ("AGREE", ["USA", "ISR"]) in got


def test_every_side_listed_after_the_stand_is_stood_by():
    # "إلى جانب Y وZ": both are backed; the first alone was kept, the second's pair dropped
    got = events("وأكد الرئيس البرازيلي وقوف بلاده إلى جانب تشيلي والأرجنتين في مواجهة أي تهديد.")
    assert ("SUPPORT", ["BRA", "CHL"]) in got and ("SUPPORT", ["BRA", "ARG"]) in got


def test_a_stand_by_a_state_stays():
    assert ("SUPPORT", ["PER", "ECU"]) in events("وجددت البيرو تأكيد وقوفها إلى جانب الإكوادور، بينما نفى متحدث باسم المعارضة تلك المزاعم.")


def test_a_side_after_a_comma_or_before_its_own_verb_is_not_stood_by():
    assert ("SUPPORT", ["RUS", "IRN"]) not in events("وقالت إن روسيا تقف إلى جانب سوريا، وإيران تدعم المعارضة في اليمن.")
    assert ("SUPPORT", ["QAT", "RUS"]) not in events("وأعلنت قطر وقوفها إلى جانب تركيا وروسيا تراقب الوضع.")
