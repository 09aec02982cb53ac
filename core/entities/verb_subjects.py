"""A rare name right after the verb that opens its clause ("وواصل فلان كلامه"، "يعتمد
فلان في ..."): the verb's subject, a person.

Why: news writes verb-subject order, and names a coach, a player or an official by a
surname or a foreign first name alone after the verb. On two held-out tenths of
ANERcorp's train part (taggers trained without them, ``bench/bench_ner_pers_misses.py``)
about a third of the people the tagger reads no name over stood there; the tagger reads
them as O with confidence (a lower threshold for its people added three wrong names for
each right one). A word counts as the clause's verb when it opens the clause (after a
pause, with و or ف), news writes it often and almost never with the article (a noun
takes it: "رفض" beside "الرفض" is left out), and it is no function word, title or name;
the name's first word is written as news transliterates a foreign name
(``name_words._foreign_form``): a rare word of Arabic form after a verb is mostly another
verb or noun (on 1,500 news articles a version without it read 276 articles' verbs and
adjectives as people: "ابتذل"، "تركتني").
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets
from core.entities.name_words import _foreign_form
from core.entities.named_before_roles import NAME_WORDS_MAX, _name_word

# How often news must write the verb (as written, or without و/ف): a frequent word.
VERB_MIN = 100
# At most this share of the verb's count may be its form with the article ("ال" + bare).
DEFINITE_SHARE_MAX = 0.02
# How often news must write the third person of a first person's future for it to be a
# verb ("سأتزوج" → "يتزوج"); a name that reads so ("سامر" → "يمر") is only left to the
# other rules.
FUTURE_STEM_MIN = 10
# Endings of an adjective or a noun's feminine, dual or plural, of an accusative, or of a
# pronoun ("مستاءة"، "اتفاقيتين"، "معنويات"، "الطائرتان"، "منافيا"، "مسؤولياته"، "حياتك"):
# on news articles 0-1,499 such words after a verb were all nouns and adjectives.
_NO_NAME_ENDINGS = ("ة", "ين", "ون", "نا", "ات", "تان", "ا", "ته", "ها", "ك", "هم")


def _verb_subjects(ctx: _Context) -> None:
    """Free rare words (``named_before_roles._name_word``: a family name, no common noun,
    verb or inflected word) right after a clause-opening verb, up to a pause or a word
    that is none: a person."""
    toks, norms = ctx.toks, ctx.norms
    n = len(toks)
    for v in range(n - 1):
        if ctx.owner[v + 1] is not None or not _opens_clause(ctx, v) or ctx.punct_between(v, v + 1) \
                or not _verb(ctx, v):
            continue
        j = v + 1
        while j < n and j - v - 1 < NAME_WORDS_MAX and (j == v + 1 or not ctx.punct_between(j - 1, j)) \
                and _name_word(ctx, j) and not norms[j].endswith(_NO_NAME_ENDINGS):
            j += 1
        first = norms[v + 1]
        if j == v + 1 or first in ctx.lex.given_names or first.startswith("ال") or not _foreign_form(first) \
                or _first_person_future(ctx, first) or _inflected_form(ctx, first):
            continue  # nothing read; a given name the person rules read; a definite noun; a word of Arabic form
        if j < n and not ctx.punct_between(j - 1, j) and (ctx.owner[j] is not None or _name_word(ctx, j)):
            continue  # "سقط ايك اثينا": part of a longer name (a club's); more rare words than a name has
        s, t = _span_offsets(ctx.nt, toks, v + 1, j, 0)
        ctx.claim(_Span(v + 1, j, s, t, "person", name_norm=" ".join(norms[v + 1:j])))


def _first_person_future(ctx: _Context, w: str) -> bool:
    """"سأقوم"، "سأواصل": the future of a first person singular, whose third person news
    writes often ("يقوم"), is a verb."""
    return w.startswith("سا") and ctx.counts.get("ي" + w[2:], 0) >= FUTURE_STEM_MIN


def _inflected_form(ctx: _Context, w: str) -> bool:
    """An imperfect's dual ("يتسايران") or a noun with its pronoun whose bare form news
    writes ("أوصافه" beside "أوصاف"): no name."""
    return w[0] in "يت" and w.endswith("ان") and len(w) > 5 \
        or w.endswith("ه") and ctx.counts.get(w[:-1], 0) >= FUTURE_STEM_MIN


def _opens_clause(ctx: _Context, v: int) -> bool:
    return v == 0 or ctx.punct_between(v - 1, v)


def _verb(ctx: _Context, v: int) -> bool:
    """A frequent word that opens the clause and news almost never writes with the
    article (see the module's docstring)."""
    w = ctx.norms[v]
    if ctx.owner[v] is not None or ctx.function_word(v) or ctx.stop(w) or w in ctx.lex.given_names \
            or w.startswith("ال") or len(w) < 3:
        return False
    bare = w[1:] if w[0] in "وف" else w
    if len(bare) < 3 or ctx.stop(bare) or bare.startswith("ال") or bare in ctx.lex.given_names:
        return False
    count = ctx.counts.get(bare, 0) + (ctx.counts.get(w, 0) if bare != w else 0)
    return count >= VERB_MIN and ctx.counts.get("ال" + bare, 0) <= DEFINITE_SHARE_MAX * count
