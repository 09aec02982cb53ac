"""The cheaper ways the time stage, the trigger scan and the actor mentions read an
article give the answers of the ways they replace (made-up sentences and names)."""
from __future__ import annotations

import random
import re

from core.events import prefilled
from core.events.actors import _head_anaphora, _mention_tokens, time_starts
from core.events.descriptions import _head_ends, _head_forms, _kinds_of, kind_heads
from core.lexicon import load_lexicon
from core.text import clitic_variants, normalize_with_offsets, tokenize
from core.times import find_times
from core.times.patterns import _plan, word_plan
from core.times.view import _break_offsets
from core.model import Entity, Mention

TEXT = ("أعلنت وزارة الخارجية يوم الثلاثاء 17 يناير 2023 أن الوزير سيزور العاصمة خلال الأسبوع المقبل، "
        "بعد عامين من زيارته الأخيرة في صيف 2021. وقال المتحدث: إن الاجتماع عقد قبل ثلاثة أيام.")


def test_the_time_patterns_read_with_the_word_records_give_the_same_times():
    nt = normalize_with_offsets(TEXT)
    toks = tokenize(nt)
    starts = time_starts(toks, load_lexicon())
    with_records = find_times(TEXT, "2023-01-17", nt, toks, starts=starts)
    alone = find_times(TEXT, "2023-01-17", nt, toks)
    assert with_records == alone
    assert with_records[0] and with_records[1].value == "2023-01-17"
    words = [t.norm for t in toks]
    plan = _plan(words)
    assert [plan.get(w) for w in words] == starts  # the records' answers are _plan's, word by word


def test_the_imaged_word_records_hold_each_words_time_patterns():
    cache = prefilled.word_readings()[2]
    words = random.Random(3).sample(list(cache), 300) + ["2023", "1444ه", "العام", "الثلاثاء"]
    for w in words:
        record = cache.get(w)
        if record is not None:
            assert record[4] == word_plan(w), w


def test_the_sentence_breaks_are_the_regex_matches():
    norm = normalize_with_offsets("قال الوزير: انتهى الأمر. هل يعود؟ نعم! ربما\nغدا... أو لا?").norm
    assert _break_offsets(norm) == [m.start() for m in re.finditer(r"[.!?؟\n]", norm)]
    assert _break_offsets("بلا نهاية") == []


def test_the_nouns_of_a_kind_are_found_by_their_written_forms():
    heads = kind_heads()
    for head in list(heads)[:40]:
        for w in ("و" + head, "ب" + head, head, "لل" + head[2:] if head.startswith("ال") else head):
            found = _kinds_of(w, heads)[0] is not None
            assert found == (w in _head_forms()) or not w.endswith(_head_ends()), w


def test_a_head_noun_after_its_name_takes_the_name_up():
    text = "وصلت بعثة منظمة الصحة العالمية إلى المدينة، وقالت المنظمة إن الوضع صعب."
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    start = text.index("منظمة")
    name = "منظمة الصحة العالمية"
    e = Entity(id="WHO", type="ORG", name=name, name_ar=name, actor="WHO",
               mentions=[Mention(name, start, start + len(name))])
    spans = _mention_tokens(toks, [e])
    got = _head_anaphora(toks, spans, {k for _, _, i, j in spans for k in range(i, j)})
    assert [(a.actor, toks[a.i].norm) for a in got] == [("WHO", "المنظمه")]
    assert clitic_variants("والمنظمه")[1][0] == "المنظمه"
