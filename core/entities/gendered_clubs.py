"""Clubs read by their gender: a city followed by the masculine adjective of its own
country is the club named after it ("بورتو البرتغالي"), a city takes the feminine
("ميلانو الإيطالية"); a club of another country spelt as a city ("أتلانتا الإيطالي").
Moved out of ``second`` (which runs it) as it grew."""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import _Span
from core.lexicon import per_lexicon
from core.text import clitic_variants, normalize_for_match


def _release(ctx: _Context, sp: _Span, i: int, j: int) -> None:
    ctx.release(sp, i, j)


def _clubs_by_gender(ctx: _Context) -> None:
    """"ميلان الإيطالي"، "بورتو البرتغالي": a city of the lexicon followed by the masculine
    nationality adjective of its own country is a club named after it, not the city: a
    city takes the feminine ("ميلانو الإيطالية"), a club (نادٍ، فريق) the masculine. The
    adjective describes the club and stays out of its name, and a city after a place
    head ("ميناء إيلات الإسرائيلي") leaves the adjective to the head. A country followed
    by the masculine adjective of one of its cities ("المغرب الفاسي"، "المغرب التطواني")
    is a club too, named by both words, and one followed by its own ("الكويت الكويتي") is
    the club named after it: no country is described by a city ("جوبر
    الدمشقي" is a district of Damascus, so a place stays a place there)."""
    toks, n = ctx.toks, len(ctx.toks)
    nisbas = _city_nisbas(ctx.lex)
    for sp in ctx.spans():
        j, e = sp.j, sp.entry
        if sp.kind != "lexicon" or j >= n or sp.j - sp.i != 1 or e is None or e.type not in ("PLACE", "COUNTRY") \
                or ctx.owner[j] is not None or ctx.punct_between(sp.i, j):
            continue
        w = toks[j].norm
        if w[:2] != "ال" or w[-1:] != "ي":
            continue
        country = e.id if e.type == "COUNTRY" else e.country
        if e.type == "COUNTRY" and nisbas.get(w) == country:
            end, name_end = j + 1, toks[j].end
        elif (e.type == "COUNTRY" or e.type == "PLACE" and e.kind in _CLUB_CITY_KINDS and not _after_place_head(ctx, sp.i)) \
                and country and ctx.adjective(j) == country:
            # a region takes the masculine too ("البقاع اللبناني"); no country is described by
            # its own adjective, a club named after it is ("الكويت الكويتي"، "قطر القطري")
            end, name_end = j, sp.end
        elif e.type == "PLACE" and (club := _foreign_club(ctx, sp, ctx.adjective(j))) is not None:
            _release(ctx, sp, sp.i, j)  # "أتلانتا الإيطالي": Atalanta, not Atlanta
            ctx.claim(_Span(sp.i, j, sp.start, sp.end, "lexicon", entry=club, country=club.country))
            continue
        else:
            continue
        _release(ctx, sp, sp.i, j)
        name = normalize_for_match(ctx.nt.original[sp.start:name_end])
        ctx.claim(_Span(sp.i, end, sp.start, name_end, "org", name_norm=name, country=country,
                        org_kind="league" if end == j else None))  # named as its city: "Porto"
    _ambiguous_cities_by_gender(ctx)


_CLUB_CITY_KINDS = ("city", "capital")


def _foreign_club(ctx: _Context, sp: _Span, iso: str | None):
    """The lexicon's club of another country written as this city ("أتلانتا الإيطالي":
    Atalanta of Bergamo, spelt as Atlanta), the adjective's country, or None."""
    if iso is None or iso == sp.entry.country:
        return None
    from core.entities.club_cues import _club_entry

    return _club_entry(ctx, normalize_for_match(ctx.nt.original[sp.start:sp.end]), iso)


def _after_place_head(ctx: _Context, i: int) -> bool:
    """Whether the word before token i is a place head ("ميناء"، "مدينة")."""
    return i > 0 and any(stem in ctx.f.place_heads.by_first_second() for stem, _ in clitic_variants(ctx.norms[i - 1]))


@per_lexicon
def _city_nisbas(lex) -> dict[str, str]:
    """The masculine definite adjective of each one-word city of the lexicon (فاس →
    الفاسي، وجدة → الوجدي، الجديدة → الجديدي) -> the city's country; adjectives that name a
    nationality are left out (الكويتي is Kuwait's). Built once per lexicon."""
    out: dict[str, str] = {}
    for e in lex.entries:
        if e.type != "PLACE" or e.kind not in ("city", "capital") or not e.country:
            continue
        for v in e.variants:
            stem = normalize_for_match(v)
            if " " in stem or len(stem) < 3:
                continue
            stem = stem[2:] if stem[:2] == "ال" else stem
            stem = stem[:-1] if stem[-1:] in ("ه", "ا") else stem
            nisba = "ال" + stem + "ي"
            if len(stem) >= 3 and not lex.adjective_of(nisba):
                out.setdefault(nisba, e.country)
    return out


def _ambiguous_cities_by_gender(ctx: _Context) -> None:
    """"برشلونة الإسباني"، "ليفربول الإنجليزي": a city the lexicon leaves unread alone (its
    name is also a club's or a common word) followed by the masculine
    adjective of its own country is the lexicon's club of that name, as a claimed city
    is (_clubs_by_gender): an indefinite common word takes no definite adjective, and a
    city takes the feminine. Only where the lexicon knows a club of that name: "كسب
    السوري" is a verb and its subject. Before this the words were no entity at all."""
    from core.entities.club_cues import _club_entry

    cities = _ambiguous_cities(ctx.lex)
    toks, n = ctx.toks, len(ctx.toks)
    for k in ctx.positions(ctx.words_in(cities)):
        j, w = k + 1, ctx.norms[k]
        if j >= n or ctx.owner[k] is not None or ctx.owner[j] is not None or ctx.punct_between(k, j) \
                or ctx.norms[j][-1:] != "ي" or _after_place_head(ctx, k) or ctx.adjective(j) != cities[w]:
            continue
        if _club_entry(ctx, w, cities[w]) is not None:  # named as its city, as its bare mentions are
            ctx.claim(_Span(k, j, toks[k].start, toks[k].end, "org", name_norm=w, country=cities[w], org_kind="league"))


@per_lexicon
def _ambiguous_cities(lex) -> dict[str, str]:
    """The one-word ambiguous variants of the lexicon's cities that are no definite
    word -> the city's country (ليفربول → GBR, برشلونة → ESP), built once per lexicon."""
    out: dict[str, str] = {}
    for e in lex.entries:
        if e.type == "PLACE" and e.kind in _CLUB_CITY_KINDS and e.country:
            for v in map(normalize_for_match, e.ambiguous):
                if " " not in v and not v.startswith("ال"):
                    out.setdefault(v, e.country)
    return out
