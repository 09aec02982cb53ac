"""Ships by name (core.entities.vessels) and what a state does to them; sentences written
for the tests."""
from core import analyze


def vessels(text):
    return {e.name_ar: len(e.mentions) for e in analyze(text, "2023-01-17").entities if e.kind == "vessel"}


def test_a_quoted_name_after_a_ship_word_is_a_ship_named_again_later():
    got = vessels('وصلت سفينة الإنقاذ "نجمة البحر" إلى المتوسط. ورفضت السلطات طلب نجمة البحر.')
    assert got == {"نجمة البحر": 2}


def test_a_bare_name_after_the_ship_counts_when_the_article_writes_it_again():
    assert vessels("وأبحرت السفينة زيفيروس أمس، وتقل زيفيروس مئة مهاجر.") == {"زيفيروس": 2}
    assert vessels("وقالت الشركة إن السفينة غرقت أمس قرب الساحل.") == {}


def test_a_quote_after_conveying_is_no_ship():
    assert vessels('ونقلت الوكالة عن مسؤول، ناقلة عنه قوله "سنرد".') == {}


def test_a_state_that_receives_a_ship_lets_it_dock():
    got = [(v.type, v.actors) for v in analyze('واستقبلت إسبانيا السفينة "نجمة البحر" في ميناء فالنسيا.', "2023-01-17").events]
    assert ("RETREAT", ["ESP", "org-njmh-al-bhr"]) in got
    assert not any(t == "CONSULT" for t, _ in got)
