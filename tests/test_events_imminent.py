"""Acts told as still to come by a word after their noun (core.events.imminent,
imminent_words.tsv); sentences written for the tests."""
from core import analyze
from core.events.imminent import imminent_words


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.modality) for v in analyze(text, published).events]


def test_protests_still_awaited_are_no_protest_and_the_killing_told_stays():
    got = events("وتأتي المظاهرات المرتقبة السبت بعد أيام قتل خلالها عشرة فلسطينيين برصاص الجيش الإسرائيلي.")
    assert got == [("ASSAULT", ["ISR", "PSE"], "asserted")]


def test_an_awaited_protest_written_before_a_warning_is_no_protest():
    assert events("وعشية مظاهرات أخرى مرتقبة، قال وزير الدفاع الإسرائيلي إن الرد سيكون قويا.") == []


def test_the_words_are_read_normalised():
    assert {"وشيكه", "المرتقبه", "المقبل"} <= imminent_words()
