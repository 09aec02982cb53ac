"""A club's first word or city alone for the club a sports report named in full, and
clubs and companies of the organisations lexicon."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def entities(text):
    nt = normalize_with_offsets(text)
    return {(e.id, m.text) for e in find_entities(nt, tokenize(nt)) for m in e.mentions}


def test_a_clubs_first_word_alone_is_the_club_named_before_in_a_sports_report():
    text = ("واستضاف شيفيلد يونايتد فريق فولهام في مباراة قوية على الملعب، وتقدم شيفيلد بهدف مبكر "
            "قبل أن يعادل الضيوف في المباراة نفسها.")
    found = entities(text)
    assert ("sheffield-united", "شيفيلد") in found
    assert ("sheffield", "شيفيلد") not in found


def test_the_city_that_ends_a_clubs_name_is_the_club_but_not_after_a_preposition_of_place():
    text = ("وتعادل فيردر بريمن مع ضيفه شالكه في المباراة، وكان بريمن الأفضل في الشوط الأول "
            "أمام جماهيره في بريمن.")
    found = entities(text)
    assert ("werder-bremen", "بريمن") in found
    assert ("bremen", "بريمن") in found  # "في بريمن": the city


def test_a_word_two_named_clubs_share_stays_the_city():
    text = "وفاز مانشستر يونايتد على مانشستر سيتي في المباراة، وعاد مانشستر إلى صدارة الدوري."
    assert ("manchester", "مانشستر") in entities(text)


def test_a_capital_that_ends_a_clubs_name_stays_the_capital():
    text = "وتغلب سبارتاك موسكو على ضيفه زينيت في المباراة، واحتفلت موسكو بالفوز حتى الصباح."
    found = entities(text)
    assert ("moscow", "موسكو") in found
    assert ("spartak-moscow", "موسكو") not in found


def test_outside_sports_news_the_city_stays_a_city():
    text = "وزار وفد من شيفيلد يونايتد مستشفى الأطفال، ثم عاد الوفد إلى فندقه في وسط شيفيلد مساء."
    assert ("sheffield", "شيفيلد") in entities(text)


def test_clubs_and_companies_of_the_lexicon_are_found_by_name():
    found = entities("وأعلنت شركة يوكوس أن إيفرتون وأولمبياكوس وقعا عقدا مع سوني إريكسون ونستله.")
    assert {"yukos", "everton-fc", "olympiacos", "sony-ericsson", "nestle"} <= {i for i, _ in found}


def test_a_clubs_first_word_after_an_organisations_head_is_not_the_club():
    text = ("وفاز ستوك سيتي على ضيفه فولهام في المباراة على الملعب، وقالت شرطة ستوك إن الجماهير "
            "احتفلت بهدوء بعد المباراة.")
    assert ("stoke-city", "ستوك") not in entities(text)
