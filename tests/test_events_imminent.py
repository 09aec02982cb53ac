"""Acts told as still to come by a word after their noun (core.events.imminent,
imminent_words.tsv); sentences written for the tests."""
from core import analyze
from core.events.imminent import imminent_words
from core.events.triggers import load_triggers
from core.lexicon import read_table
from core.text import normalize_for_match


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.modality) for v in analyze(text, published).events]


def test_protests_still_awaited_are_no_protest_and_the_killing_told_stays():
    got = events("وتأتي المظاهرات المرتقبة السبت بعد أيام قتل خلالها عشرة فلسطينيين برصاص الجيش الإسرائيلي.")
    assert got == [("ASSAULT", ["ISR", "PSE"], "asserted")]


def test_an_awaited_protest_written_before_a_warning_is_no_protest():
    assert events("وعشية مظاهرات أخرى مرتقبة، قال وزير الدفاع الإسرائيلي إن الرد سيكون قويا.") == []


def test_the_words_are_read_normalised():
    assert {"وشيكه", "المرتقبه", "المقبل"} <= imminent_words()


def test_one_table_gives_both_readers_their_words():
    """A word of scope both is read after any act and, as cue kind due, after a gathering;
    one of scope gathering only after a gathering; one of scope act only after any act."""
    trig = load_triggers()
    assert "المرتقبه" in imminent_words() and trig.cue_kinds("المرتقبه") == ("due",)
    assert "المقرره" not in imminent_words() and trig.cue_kinds("المقرره") == ("due",)
    assert "وشيكه" in imminent_words() and trig.cue_kinds("وشيكه") == ()


def test_the_scopes_are_known_and_no_gathering_word_is_also_an_event_cue():
    """The gathering words join the event cues as kind due: a word in both tables would
    be read as one kind only."""
    rows = [r for _, r in read_table("imminent_words.tsv")]
    assert {r["scope"] for r in rows} == {"act", "gathering", "both", "time"}
    cues = {normalize_for_match(r["cue"]) for _, r in read_table("event_cues.tsv")}
    assert not cues & {normalize_for_match(r["word"]) for r in rows if r["scope"] != "act"}
