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


def test_the_side_stood_by_backs_no_one():
    # the side named right after "إلى جانب" is the one backed, not a backer of the next state named
    got = events("وكانت القاهرة هي من تقف إلى جانب ليبيا كلما صعدت تركيا ضغوطها عليها.")
    assert not any(t == "SUPPORT" and a[0] == "LBY" for t, a in got)


def test_a_stand_by_a_state_stays():
    assert ("SUPPORT", ["DZA", "TUN"]) in events("وكانت الجزائر أكدت كذلك وقوفها إلى جانب تونس، فيما رفض مسؤول في حركة النهضة الاتهامات.")
