"""The first word of a club's name, or its city, written alone for the club the sports
article named in full before.

"تعادل شيفيلد يونايتد مع ويغان ... وسجل هدف شيفيلد": a report names a club in full once
and then by the word its name starts with ("شيفيلد"، "سبورتينغ"), or by its city when the
city ends the name ("فيردر بريمن" ... "بريمن"), as it writes a person's surname after
the full name. The lexicon reads the bare word as the city, or nothing reads it, and no
club cue need stand before it. In an article about sport (the `sport` cues of
`topic_cues.tsv`, as `club_cues` counts them, or one that names two clubs of the
lexicon or more: a results page has few words of matches) those bare mentions are that club, unless
a preposition of place or a place head stands before one ("في شيفيلد"), or an
organisation's head ("شرطة شيفيلد": the town's police), or two clubs the
article names share the word ("مانشستر يونايتد" and "مانشستر سيتي": the bare word tells
neither). A capital that ends a club's name is no short name of it: Moscow, Lisbon or
Athens hold many clubs ("سبارتاك موسكو" ... "في موسكو"); nor is a first word that is a
common word ("ريال" is a currency too), an organisation's head ("نادي") or a given name.
"""
from __future__ import annotations

from core.entities.club_cues import CITY_KINDS, _in_place, sport_article
from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets
from core.text import clitic_variants


def _cities_of_named_clubs(ctx: _Context) -> None:
    """Claim, as the club, each bare mention of the first word or the city of a club of
    the lexicon named in full in a sports article (module docstring); a conjunction
    written on it stays outside ("وشيفيلد")."""
    words, clubs = _short_words(ctx)
    if not words or clubs < 2 and not sport_article(ctx):
        return
    wanted = set(words) | {c + w for w in words for c in "وف"}
    for k in ctx.positions(wanted):
        w = ctx.norms[k]
        cut = 0 if w in words else 1
        club = words[w[cut:]]
        if club is None or _in_place(ctx, k) or _after_head(ctx, k) or not _bare_reading(ctx, k, cut):
            continue
        sp = ctx.owner[k]
        if sp is not None:
            ctx.release(sp, k, k + 1)
        s, t = _span_offsets(ctx.nt, ctx.toks, k, k + 1, cut)
        ctx.claim(_Span(k, k + 1, s, t, "lexicon", entry=club, country=club.country))


def _after_head(ctx: _Context, k: int) -> bool:
    """Whether an organisation's head stands right before token k ("شرطة ستوك": the
    town's police, not the club)."""
    return k > 0 and not ctx.punct_between(k - 1, k) and any(
        stem in ctx.lex.org_head_index for stem, _ in clitic_variants(ctx.norms[k - 1]))


def _bare_reading(ctx: _Context, k: int, cut: int) -> bool:
    """Whether token k is free, or only the lexicon's one-word place read over it (with
    the conjunction of ``cut`` letters outside it)."""
    sp = ctx.owner[k]
    if sp is None:
        return True
    return (sp.kind == "lexicon" and (sp.i, sp.j) == (k, k + 1) and sp.entry is not None
            and sp.entry.type == "PLACE" and (sp.start > ctx.toks[k].start) == bool(cut))


def _short_words(ctx: _Context) -> tuple[dict, int]:
    """The short names of the lexicon's clubs the article names in two words or more:
    the first word, and a city (not a capital) that ends the name → that club (None when
    two clubs share the word); and how many clubs of the lexicon the article names."""
    out: dict = {}
    clubs = set()
    for sp in ctx.spans():
        if sp.kind == "lexicon" and sp.entry is not None and sp.entry.kind == "sports_club":
            clubs.add(sp.entry.id)
        e = sp.entry
        if sp.kind != "lexicon" or e is None or e.type != "ORG" or e.kind != "sports_club" or sp.j - sp.i < 2 \
                or sp.start > ctx.toks[sp.i].start:
            continue
        first, last = ctx.norms[sp.i], ctx.norms[sp.j - 1]
        for w in (first, last):
            if w == first and _plain_name(ctx, w) or w == last and any(
                    p.type == "PLACE" and p.kind == "city" for p in ctx.lex.lookup(w)):
                out[w] = e if out.get(w, e) is e else None
    return out, len(clubs)


def _plain_name(ctx: _Context, w: str) -> bool:
    """Whether a club's first word can stand for it alone: no common word or noun, no
    organisation head, no given name, and no country's or place's name other than a city
    or a capital (CITY_KINDS)."""
    if ctx.common_word(w) or ctx.common_noun(w) or w in ctx.lex.org_head_index or w in ctx.lex.given_names:
        return False
    return all(p.type == "ORG" or p.type == "PLACE" and p.kind in CITY_KINDS for p in ctx.lex.lookup(w))
