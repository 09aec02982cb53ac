"""Clubs in a line of match results: a city with its country in brackets, a dash or a
score beside it, is the club; a city glossed with its country elsewhere stays the city."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def typed(text):
    nt = normalize_with_offsets(text)
    return {(m.text, e.type) for e in find_entities(nt, tokenize(nt)) for m in e.mentions}


def test_cities_as_sides_of_a_result_are_clubs():
    found = typed("نتائج الجولة: هامبورغ ( ألمانيا ) - بورتو ( البرتغال ) 2 - 1 .")
    assert ("هامبورغ", "ORG") in found and ("بورتو", "ORG") in found
    assert ("البرتغال", "COUNTRY") in found


def test_a_city_glossed_with_its_country_stays_a_city():
    found = typed("ويقام المعرض في بورتو (البرتغال) خلال الشهر المقبل.")
    assert ("بورتو", "PLACE") in found


def test_a_club_after_a_groups_ordinal_is_no_part_of_the_group():
    found = typed("المجموعة الخامسة بنفيكا ( البرتغال ) - سلتيك ( اسكتلندا ) 3 - صفر .")
    assert ("بنفيكا", "ORG") in found
    assert not any(t.startswith("المجموعة") for t, _ in found)


def test_fixtures_without_scores_and_a_dash_in_a_sentence():
    found = typed("مباريات الليلة : تشلسي ( إنجلترا ) - برشلونة ( إسبانيا ) فالنسيا ( إسبانيا ) - روما ( إيطاليا )")
    assert ("برشلونة", "ORG") in found and ("روما", "ORG") in found
    assert ("بورتو", "PLACE") in typed("ويقام المعرض في بورتو (البرتغال) - وهي مدينة ساحلية.")


def test_a_side_named_by_a_word_and_its_city_is_one_club():
    found = typed("الجولة الأولى : ليفسكي صوفيا ( بلغاريا ) - تشلسي ( إنجلترا ) 1 - 3")
    assert ("ليفسكي صوفيا", "ORG") in found
    assert ("صوفيا", "PLACE") not in found


def test_the_words_before_brackets_are_those_a_look_at_every_gap_finds():
    """The sides are looked for only before the text's brackets (a search, not a walk
    over every word's gap): the same words, a bracket before the first word or after the
    last one, two brackets in one gap and one inside no gap included."""
    from core.entities.results_lines import _before_brackets

    for text in ("(أ) هامبورغ ( ألمانيا ) - بورتو (( البرتغال ) 2 - 1 (", "هامبورغ(ألمانيا)-بورتو(البرتغال)",
                 "لا أقواس في هذه الجملة", "(", "كلمة ( ( كلمة )"):
        toks = tokenize(normalize_with_offsets(text))
        gaps = [k for k in range(len(toks) - 1) if "(" in text[toks[k].end:toks[k + 1].start]]
        assert _before_brackets(text, toks) == gaps
    assert _before_brackets("هامبورغ ( ألمانيا ) - بورتو ( البرتغال )", tokenize(normalize_with_offsets(
        "هامبورغ ( ألمانيا ) - بورتو ( البرتغال )"))) == [0, 2]  # the dash is no word
