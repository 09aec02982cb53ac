"""analyze() end to end: bad input, offsets, the reference article, and the gold dev set."""
import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import analyze
from core.errors import BadDateError, EmptyTextError, TextTooLongError
from core.evaluate import Score, evaluate_dir
from core.model import Analysis

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "data" / "gold"
REFERENCE = GOLD / "morocco-israel-2023.txt"


def _check_offsets(a: Analysis) -> None:
    for e in a.entities:
        for m in e.mentions:
            assert a.text[m.start:m.end] == m.text
    for t in a.times:
        assert a.text[t.start:t.end] == t.text
    for v in a.events:
        assert a.text[v.trigger.start:v.trigger.end] == v.trigger.text
        assert a.text[v.sentence_start:v.sentence_start + len(v.sentence)] == v.sentence


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text_is_a_clear_error(text):
    with pytest.raises(EmptyTextError, match="empty"):
        analyze(text)


def test_too_long_text_is_a_clear_error():
    with pytest.raises(TextTooLongError, match="limit"):
        analyze("ا" * 5_000_001)


def test_bad_published_date():
    with pytest.raises(BadDateError, match="2023-02-31"):
        analyze("اتفق المغرب وإسرائيل", "2023-02-31")


def test_text_without_arabic_gives_a_warning_not_a_crash():
    a = analyze("Nothing but English here, January 17, 2023.")
    assert a.warnings and "Arabic" in a.warnings[0]


def test_control_and_bidi_characters():
    a = analyze("\u202bاتفق\u0000 المغرب\u200f و\u2066إسرائيل\u2069 على التعاون\x07 في 17 يناير 2023")
    _check_offsets(a)
    assert {"MAR", "ISR"} <= {e.id for e in a.entities}


def test_impossible_date_does_not_crash():
    _check_offsets(analyze("وقعت الاتفاقية في 31 فبراير 2023 بين مصر والأردن"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_unicode_never_raises_and_offsets_hold(text):
    if not text.strip():
        return
    _check_offsets(analyze(text))


_SENTENCES = [s for s in REFERENCE.read_text(encoding="utf-8").replace("\n", " \n").split(".") if s.strip()] if REFERENCE.exists() else []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_shuffled_sentences_keep_offsets(rnd: random.Random):
    parts = list(_SENTENCES)
    rnd.shuffle(parts)
    text = ".".join(parts[: rnd.randint(1, len(parts))])
    if text.strip():
        _check_offsets(analyze(text, "2023-01-17"))


def test_json_round_trip_of_a_real_analysis():
    a = analyze(REFERENCE.read_text(encoding="utf-8"), "2023-01-17")
    assert Analysis.from_json(a.to_json()) == a


# --- the reference article ------------------------------------------------------------
@pytest.fixture(scope="module")
def reference():
    return analyze(REFERENCE.read_text(encoding="utf-8"), "2023-01-17")


def _events(a, etype, actors):
    return [e for e in a.events if e.type in etype and set(e.actors) == set(actors)]


def test_reference_agreements_in_2020_2021_2023(reference):
    years = {e.date[:4] for e in _events(reference, ("AGREE", "SUPPORT", "COOPERATE"), ("MAR", "ISR")) if e.date}
    assert {"2020", "2021", "2023"} <= years


def test_reference_algeria_cuts_ties_with_morocco_in_summer_2021(reference):
    ev = _events(reference, ("SANCTION",), ("DZA", "MAR"))
    assert ev and ev[0].actors == ["DZA", "MAR"] and ev[0].date == "2021-SU"


def test_reference_algeria_aids_polisario(reference):
    polisario = next(e.id for e in reference.entities if "البوليساريو" in e.mentions[0].text)
    assert _events(reference, ("AID",), ("DZA", polisario))


def test_reference_us_recognition(reference):
    ev = _events(reference, ("SUPPORT",), ("USA", "MAR"))
    assert ev and ev[0].actors == ["USA", "MAR"] and ev[0].date and ev[0].date.startswith("2020")


def test_reference_document_date_inferred_from_dated_tweet():
    a = analyze(REFERENCE.read_text(encoding="utf-8"))
    assert a.document_date.value == "2023-01-17" and a.document_date.source == "text"


# --- the dev gold set -----------------------------------------------------------------
def test_dev_gold_thresholds():
    score = evaluate_dir(GOLD)
    ent = Score.total(score.entities).f1
    tim = score.times.f1 * score.time_accuracy
    ev = Score.total(score.events).f1
    print(f"entity F1 {ent:.2f}, time F1 x acc {tim:.2f}, event F1 {ev:.2f}")
    assert ent >= 0.90
    assert tim >= 0.85
    # a guard against regressions, not a target: the event rules and role model are tuned by
    # cross-validation over the 103 annotated articles, which cost the seven dev articles
    # a little (0.71 -> 0.69) while unseen articles gained (CV 0.34 -> 0.37)
    assert ev >= 0.65


_WORDS = sorted({w for p in GOLD.glob("*.txt") for w in p.read_text(encoding="utf-8").split()})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(["", "", "", "،", ".", ":", " و", "\n"])),
                min_size=1, max_size=40))
def test_random_news_word_sequences(seq):
    """Real words in random order reach rule combinations that articles rarely do
    (a title right before a weekday once looped forever)."""
    text = " ".join(w + p for w, p in seq)
    _check_offsets(analyze(text, "2023-01-17"))


def test_unknown_ner_mode_is_a_clear_error():
    with pytest.raises(ValueError, match="ner must be one of"):
        analyze("اتفق المغرب وإسرائيل", ner="bert")


def test_crf_mode_adds_people_no_rule_finds():
    from core import ner_crf

    if not ner_crf.available():
        pytest.skip("CRF model or python-crfsuite not installed")
    # a surname alone, no title, no given name, no word of name_words.tsv (which the
    # rules read without the tagger: "بوغدانوف" is one), and no reporting verb before it
    # (the rules take an unknown word after "وقال" for its speaker)
    text = "وحذر كوساتشوف من أن موسكو مستعدة للرد."
    assert "PERSON" not in {e.type for e in analyze(text, ner="rules").entities}
    crf = analyze(text, ner="rules+crf")
    _check_offsets(crf)
    assert [m.text for e in crf.entities if e.type == "PERSON" for m in e.mentions] == ["كوساتشوف"]


def test_prepare_freezes_the_loaded_tables():
    """A batch worker's long-lived tables are kept out of full collections."""
    import gc

    from core.pipeline import prepare

    try:
        prepare()
        assert gc.get_freeze_count() > 10_000  # lexicons and indexes, not a handful of objects
        assert analyze("اتفق المغرب وإسرائيل على التعاون", "2023-01-17").events
    finally:
        gc.unfreeze()


def test_relative_dates_without_a_publication_date_are_reported_not_silently_left():
    """A pasted article with no date: "الثلاثاء" cannot be placed, and the reader is told
    why its events are missing from the timeline; with the date given, nothing to say."""
    text = "قتل عشرة أشخاص الثلاثاء في هجوم انتحاري على سوق في بغداد."
    (warning,) = analyze(text).warnings
    assert "الثلاثاء" in warning and "publication date" in warning
    assert analyze(text, "2018-05-03").warnings == []


def test_a_flag_alone_names_its_state_and_breaks_nothing():
    # a flag emoji is an actor mention with no word under it
    a = analyze("🇺🇸")
    assert [e.id for e in a.entities] == ["USA"] and a.events == []


def test_articles_analysed_side_by_side_in_threads_come_out_as_alone():
    # the app and the Dask engine analyse in threads; per-article memos must not mix articles
    import sys
    from concurrent.futures import ThreadPoolExecutor

    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "data" / "gold").glob("*.txt"))]
    alone = [analyze(t, "2018-06-01").to_dict() for t in texts]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter allows
    try:
        with ThreadPoolExecutor(4) as pool:
            together = list(pool.map(lambda t: analyze(t, "2018-06-01").to_dict(), texts * 3))
    finally:
        sys.setswitchinterval(interval)
    assert together == alone * 3
