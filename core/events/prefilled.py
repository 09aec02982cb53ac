"""The event stage's per-word caches filled for the news vocabulary, kept in the prepared
image (``core.prepared``) as the entity finder's are (``entities.finder._default_finder``).

Why: a fresh process works out the trigger keys and actor reading (``actors``) and the
unnamed-actor forms (``unnamed``) of every word the first time it meets it, some 50 new
words an article over its first few hundred articles; the answers depend only on the
word and the default tables, so a batch worker or a benchmark can start with them. The
same holds of the words' proclitic readings (``text.clitic_variants``), their trigger
keys (``triggers.word_keys``, with and without a written teh marbuta), the readings of
the numbers (``times.view``) and the trigger scan's plans of each first key: made once
into the image, they are put into their caches by :func:`install` (``pipeline.prepare``).
"""
from __future__ import annotations

from itertools import islice

from core import prepared, text
from core.lexicon import Lexicon, load_lexicon
from core.text import WordCache, clitic_variants
from core.events import triggers
from core.events.triggers import Triggers, load_triggers
from core.times import view


def _vocabulary():
    from core.crf_features import news_vocabulary

    return dict.fromkeys(news_vocabulary())


@prepared.table()
def word_readings() -> tuple[Triggers, Lexicon, WordCache]:
    """``actors.word_records``' cache of the default triggers and lexicon (kept with
    them, so that the caller can tell it still belongs to the tables it reads)."""
    from core.entities.finder import _finder
    from core.events.actors import _actor_word, _body_refs, _pair_refs, _self_refs
    from core.events.unnamed import load_unnamed

    from core.times.patterns import word_plan

    trig, lex, table = load_triggers(), load_lexicon(), load_unnamed()
    cache, refs, start_mask = WordCache(), (_pair_refs(), _self_refs(), _body_refs()), _finder(lex).start_mask
    for w in _vocabulary():
        if len(cache) >= cache.limit // 2:
            break
        cache.put(w, (trig.first_keys(w, False), _actor_word(lex, w, refs), unnamed_reading(w, table), start_mask(w),
                      word_plan(w)))
    marbuta = trig._marbuta  # first_keys of the words that may be written with a final teh marbuta
    for w in islice((w for w in _vocabulary() if w.endswith("ه")), marbuta.limit // 2):
        marbuta.put(w, trig.first_keys(w, True))
    for key in trig.by_first:  # the scan's plan of every first key (3,400, some 1,300 of them met in 600 articles)
        trig.plan(key)
    return trig, lex, cache


KEYS_WORDS = 25_000  # words of word_keys' caches the image fills (a third of their bound)


@prepared.table()
def word_answers() -> dict[str, object]:
    """The answers of the per-word caches outside the tables, for the news vocabulary:
    ``clitic_variants`` (of the words that begin with a proclitic's letter), ``word_keys``
    (the KEYS_WORDS most frequent words without a teh marbuta, and as many ending in ه
    with one) and the numbers' digit readings. Each is a function of the word alone."""
    words = list(_vocabulary())
    # not the words that begin with no proclitic letter (three in five): their one
    # reading is made at once, and kept they would cost 8 MB of memory
    variants = {w: text._clitic_variants(w) for w in words if w[:1] in text.PROCLITIC_LETTERS}
    keys = ({w: triggers._word_keys(w, False) for w in words[:KEYS_WORDS]},
            {w: triggers._word_keys(w, True) for w in islice((w for w in words if w.endswith("ه")), KEYS_WORDS)})
    digits = {w: view.read_digits(w) for w in words if w[-1:].isdigit()}
    return {"variants": variants, "keys": keys, "digits": digits}


def install() -> None:
    """Put :func:`word_answers` into the caches they answer for (equal answers to those
    they may already hold): the first articles of a process then find most words known."""
    got = word_answers()
    for cache, answers in ((text._VARIANTS, got["variants"]), (triggers._KEYS[0], got["keys"][0]),
                           (triggers._KEYS[1], got["keys"][1]), (view._DIGIT_READINGS, got["digits"])):
        if len(cache) + len(answers) <= getattr(cache, "limit", text.VARIANTS_LIMIT):
            cache.update(answers)


def unnamed_reading(w: str, table: dict) -> tuple:
    """(the unnamed-actor forms a word begins, proclitic chars), or () when it begins none."""
    for stem, d in clitic_variants(w):
        if stem in table:
            return table[stem], d
    return ()
