"""The event stage's per-word caches filled for the news vocabulary, kept in the prepared
image (``core.prepared``) as the entity finder's are (``entities.finder._default_finder``).

Why: a fresh process works out the trigger keys and actor reading (``actors``) and the
unnamed-actor forms (``unnamed``) of every word the first time it meets it, some 50 new
words an article over its first few hundred articles; the answers depend only on the
word and the default tables, so a batch worker or a benchmark can start with them.
"""
from __future__ import annotations

from core import prepared
from core.lexicon import Lexicon, load_lexicon
from core.text import WordCache, clitic_variants
from core.events.triggers import Triggers, load_triggers


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

    trig, lex, table = load_triggers(), load_lexicon(), load_unnamed()
    cache, refs, start_mask = WordCache(), (_pair_refs(), _self_refs(), _body_refs()), _finder(lex).start_mask
    for w in _vocabulary():
        if len(cache) >= cache.limit // 2:
            break
        cache.put(w, (trig.first_keys(w, False), _actor_word(lex, w, refs), unnamed_reading(w, table), start_mask(w)))
    return trig, lex, cache


def unnamed_reading(w: str, table: dict) -> tuple:
    """(the unnamed-actor forms a word begins, proclitic chars), or () when it begins none."""
    for stem, d in clitic_variants(w):
        if stem in table:
            return table[stem], d
    return ()
