"""An embassy moved to Jerusalem backs Israel (core.events.jerusalem). Sentences written
for the tests."""
from core import analyze


def supports(text):
    return [v.actors for v in analyze(text, "2024-01-01").events if v.type == "SUPPORT"]


def test_an_embassy_moved_to_jerusalem_backs_israel_not_palestine():
    """"نقل السفارة X إلى القدس": X backs Israel, whatever Palestinians the sentence names."""
    got = supports("وأثار قرار ترامب نقل السفارة الأمريكية إلى القدس غضب الفلسطينيين.")
    assert ["USA", "ISR"] in got and ["USA", "PSE"] not in got


def test_east_jerusalem_recognised_as_palestines_capital_still_backs_palestine():
    """"الاعتراف بالقدس الشرقية عاصمة لفلسطين والغربية عاصمة لإسرائيل": Palestine is backed."""
    got = supports("وأعلنت أستراليا اعترافها بالقدس الشرقية كعاصمة لفلسطين والقدس الغربية كعاصمة لإسرائيل.")
    assert ["AUS", "PSE"] in got
