"""analyze(): the stages in order, each enriching the same Analysis.

text → normalised copy with offsets → tokens, sentences → entities → times and the
document date → events (which need both) → relations → actor display records.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from core.entities import find_entities
from core.errors import BadDateError, EmptyTextError, TextTooLongError
from core.events import find_events
from core.events.actors import start_masks, time_starts
from core.events.unnamed import find_unnamed
from core.lexicon import load_lexicon
from core.model import Actor, Analysis
from core.notices import notice
from core.relations import summarize_relations
from core.text import normalize_with_offsets, split_sentences, tokenize
from core.times import find_times

NER_MODES = ("rules", "rules+crf")
MAX_CHARS = 2_000_000  # about 400 long articles: larger inputs belong to the batch command
_ARABIC = re.compile("[\u0600-\u06ff]")


def parse_published(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise BadDateError(value) from None


def analyze(text: str, published: dt.date | str | None = None, meta: dict[str, Any] | None = None,
            *, ner: str = "rules+crf") -> Analysis:
    """Entities, times, events and relations of one article.

    ``ner="rules+crf"`` (the default) lets a CRF tagger trained on the open Arabic NER
    corpora and annotated news propose people, organisations and places; the lexicons
    and rules win every conflict (see NER.md). ``ner="rules"`` leaves it out. A tagger
    that cannot load is reported in ``Analysis.warnings``, never skipped silently.

    Raises EmptyTextError for empty input, TextTooLongError above MAX_CHARS and
    BadDateError for a malformed publication date; anything else yields an Analysis
    (possibly empty, with warnings)."""
    if ner not in NER_MODES:
        raise ValueError(f"ner must be one of {', '.join(NER_MODES)}, not {ner!r}")
    if not isinstance(text, str):
        raise TypeError(f"analyze() needs text as str, not {type(text).__name__}")
    if not text.strip():
        raise EmptyTextError()
    if len(text) > MAX_CHARS:
        raise TextTooLongError(len(text), MAX_CHARS)
    pub = parse_published(published)
    lex = load_lexicon()
    a = Analysis(text=text, meta=dict(meta or {}))
    if pub:
        a.meta["published"] = pub.isoformat()
    if not _ARABIC.search(text):
        a.warnings.append(notice("no_arabic"))
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    a.sentences = split_sentences(text)
    # each word's records (trigger keys, actor readings, entity start mask, time patterns)
    # looked up once, here, for the time, entity and event stages
    a.times, a.document_date = find_times(text, pub, nt, toks, starts=time_starts(toks, lex))
    unresolved = [t.text for t in a.times if a.document_date.value is None and "XX" in str(t.value or "")]
    if unresolved:  # "الثلاثاء" is a day of the week only until the article's own date places it
        a.warnings.append(notice("relative_dates", n=len(unresolved), example=unresolved[0]))
    a.entities = find_entities(nt, toks, lex, blocked=[(t.start, t.end) for t in a.times],
                               tagged=_crf_spans(toks, a.warnings) if ner == "rules+crf" else None,
                               masks=start_masks(toks, lex))  # each word looked up once for three stages
    a.entities += find_unnamed(nt, toks, a.sentences, a.entities, lex)  # gunmen, protesters: actors left unnamed
    a.events = find_events(nt, toks, a.sentences, a.entities, a.times, lex, document_date=_day(a.document_date.value))
    a.relations = summarize_relations(a.events)
    a.actors = _actors(a, lex)
    return a


YOUNG_GC = 20_000  # objects allocated (net) between two young-generation collections in a prepared process


def prepare() -> None:
    """Make this process ready to analyse many articles: load every table the stages use
    (by analysing a short text that reaches them), then move all that long-lived data out
    of the garbage collector's way with ``gc.freeze``. The lexicons, indexes and word
    caches are hundreds of thousands of objects that every full collection would walk
    again: about 4% of a batch worker's time, and its longest pauses (200 ms and more).
    Frozen objects are never collected, so call it once, after start-up, in a process
    whose other long-lived data may stay for its lifetime (a batch worker, a benchmark).
    It also lets the young generation grow to YOUNG_GC objects before a collection: at
    the default 700 one ran every two or three articles (900 per 2,000 articles) and each
    walked the new entries of the word caches again; at 20,000 the collector's share of
    2,000 corpus articles fell from 0.21 to 0.09 s of CPU.

    The tables come from the prepared image (``core.prepared``) when there is one for
    this code and data, and the image is written when they had to be built. The
    collector is paused while they load: they are millions of new objects and no
    garbage, which its passes only walked (0.06 s of a 0.6 s start-up)."""
    import gc

    from core import prepared

    from core.events import prefilled

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        prefilled.install()  # the per-word caches' answers for the news vocabulary
        analyze("🇲🇦 اتفق المغرب وإسرائيل يوم الثلاثاء 17 يناير 2023 على تعزيز التعاون العسكري، "
                "وقال وزير الخارجية إن البلدين سيوقعان اتفاقية أمنية.", "2023-01-17")
        prepared.load_rest()  # the imaged tables the warm-up text did not reach
    finally:
        if was_enabled:
            gc.enable()
    built = prepared.built()
    prepared.save()
    if built:  # tables built from the data files leave their transient objects behind
        gc.collect()
    # read from the image they leave a few dozen objects of garbage, which a full
    # collection (a walk of the hundred thousand objects just loaded: 0.05 s of a 0.6 s
    # start-up, paid by every batch run) would free: frozen with the rest instead
    gc.freeze()
    gc.set_threshold(YOUNG_GC, *gc.get_threshold()[1:])


def _day(value: str | None) -> str | None:
    """The document date when it is a day (reported events take days, not placeholders)."""
    return value if value and len(value) == 10 and value[:4].isdigit() and value[4] == "-" else None


def _crf_spans(toks, warnings: list[str]):
    """The tagger find_entities calls on the stretches of text its rules leave open, or
    None (with a warning) when it cannot load."""
    ner_crf = _NER_CRF[0] if _NER_CRF else _load_ner_crf()
    problem = ner_crf.unavailable_reason()
    if problem:
        warnings.append(notice("tagger_off", problem=problem))
        return None
    return ner_crf.tag_token_windows


_NER_CRF: list = []  # core.ner_crf once imported (an import statement per article costs a lock and a look-up)


def _load_ner_crf():
    from core import ner_crf  # imported when first needed: it brings numpy

    _NER_CRF.append(ner_crf)
    return ner_crf


def _actors(a: Analysis, lex) -> dict[str, Actor]:
    out: dict[str, Actor] = {}
    by_id = {e.id: e for e in a.entities}
    ids = {x for e in a.events for x in e.actors} | {e.actor for e in a.entities if e.actor}
    for i in sorted(ids):
        if i in by_id:
            e = by_id[i]
            out[i] = Actor(i, e.name, e.name_ar, e.type, e.country)
        elif i in lex.by_id:
            r = lex.by_id[i]
            out[i] = Actor(i, r.name, r.name_ar, r.type, r.id if r.type == "COUNTRY" else r.country)
        else:
            out[i] = Actor(i, i, i, "ORG", None)
    return out
