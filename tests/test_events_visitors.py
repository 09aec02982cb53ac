"""A visit noun's genitive visitor goes to the host named before it (core.events.visitors).
Sentences written for the tests."""
import pytest

from core import analyze


def consults(text, published="2024-01-01"):
    return [v.actors for v in analyze(text, published).events if v.type == "CONSULT"]


@pytest.mark.parametrize("text, pair", [
    ("رحبت إثيوبيا بزيارة الرئيس الإريتري.", ["ERI", "ETH"]),
    ("احتشد الآلاف في شوارع العاصمة الإثيوبية للاحتفال بزيارة الرئيس الإريتري.", ["ERI", "ETH"]),
    ("ورحبت بريطانيا بزيارة ولي العهد السعودي إلى لندن.", ["SAU", "GBR"]),
    ("وأشاد البرلمان المصري بزيارة ولي عهد المملكة العربية السعودية.", ["SAU", "EGY"]),
])
def test_the_genitive_of_a_visit_is_the_visitor(text, pair):
    assert consults(text) == [pair]


def test_a_place_after_a_visit_is_where_it_goes():
    # "زيارة مصر": Egypt is visited, the noun's genitive is no visitor
    assert consults("قام الرئيس الفرنسي بزيارة مصر.") == [["FRA", "EGY"]]


def test_an_object_after_a_proclitic_is_no_visitor():
    # "زيارة لبريطانيا": Britain is where the visit goes
    assert ["SAU", "GBR"] in consults("بدأ ولي العهد السعودي زيارة لبريطانيا تستغرق ثلاثة أيام.")


@pytest.mark.parametrize("text, pair", [
    ("قرر الرئيس الفرنسي زيارة الرئيس اللبناني في بيروت.", ["FRA", "LBN"]),
    ("وقام ولي العهد السعودي بزيارة العاهل الأردني في المستشفى.", ["SAU", "JOR"]),
    ("طلب السفير الأمريكي زيارة وزير الدفاع العراقي في مكتبه.", ["USA", "IRQ"]),
])
def test_after_a_verb_that_governs_the_visit_its_genitive_is_the_one_visited(text, pair):
    assert consults(text) == [pair]
