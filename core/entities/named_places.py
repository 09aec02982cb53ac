"""Places whose one-word name is also a person's ("ليون" Lyon and Leon, "فيكتوريا"،
"عمران" Amran and Imran, "أوستن"): the lexicon leaves such a form to the context (its
``ambiguous`` column), so alone it was read by no rule, or as a person, or with its
first letter taken for a proclitic ("ليون" → ل + "يون").

Context that makes it the place: a preposition of place or a place head right before it
("في ليون"، "مدينة ليون"; ``club_cues._in_place``), or its own country's feminine
nationality adjective right after it ("ليون الفرنسية": a city takes the feminine, a man
the masculine), while the masculine adjective makes it the club named after it ("ليون
الفرنسي"، as ``gendered_clubs._clubs_by_gender`` reads the lexicon's cities). A name-like word
after it makes it a person's first name ("إلى عمران خان"), and the club cues, which run
first, keep their clubs ("مدرب ليون"). Any other place the lexicon leaves to the context
is the place right after the head of a settlement or a region ("مدينة صور"، "محافظة
البيضاء"), unless the words after it name another country.
"""
from __future__ import annotations

from core.entities.club_cues import _in_place
from core.entities.context import _Context
from core.entities.finder import _match_at, _Span, _span_offsets
from core.lexicon import LexEntry, Lexicon, per_lexicon
from core.names import known_parts
from core.text import normalize_for_match

@per_lexicon
def _name_like_places(lex: Lexicon) -> dict[str, LexEntry]:
    """One-word ambiguous forms of places that are given names or name parts → the place
    (forms two places share are left out), built once per lexicon."""
    parts = known_parts()
    return {w: e for w, e in _ambiguous_places(lex).items() if w in lex.given_names or (w,) in parts}


@per_lexicon
def _ambiguous_places(lex: Lexicon) -> dict[str, LexEntry]:
    """Every one-word ambiguous form of a place → the place, forms two places share left
    out ("طرابلس"), built once per lexicon."""
    out: dict[str, LexEntry] = {}
    shared: set[str] = set()
    for e in lex.entries:
        if e.type != "PLACE":
            continue
        for form in e.ambiguous:
            w = normalize_for_match(form)
            if " " in w:
                continue
            if w in out and out[w].id != e.id:
                shared.add(w)
            out.setdefault(w, e)
    for w in shared:
        del out[w]
    return out


_SETTLED_BY_HEAD = frozenset(("city", "town", "village", "region", "district", "front"))
_SIDE = "ناحيه"  # a district head that is also "side": "من ناحية الغرب"


def _places_after_kind_heads(ctx: _Context) -> None:
    """A place whose name is also a common word ("صور" pictures, "مأرب" purposes, "مشهد"
    a scene) right after the head that says what kind of place it is ("مدينة صور"،
    "بمحافظة مأرب"): the head settles the reading that the lexicon leaves to the context,
    where the place rule stops at a common word. Only a head of a settlement, a region, a
    district or a battle front (``_SETTLED_BY_HEAD``: "جبهة حرض" is Haradh's front): "مطار
    X" names the airport, and "حي" and "ناحية" may be "alive" and "side" ("من ناحية الغرب")."""
    table = _ambiguous_places(ctx.lex)
    found = ctx.words_in(table)
    if not found:
        return
    for k in ctx.positions(found):
        if k == 0 or ctx.owner[k] is not None or ctx.owner[k - 1] is not None or ctx.punct_between(k - 1, k):
            continue
        m = _match_at(ctx.nt, ctx.toks, k - 1, ctx.f.place_heads)
        if m is None or m[1] != k or m[0].kind not in _SETTLED_BY_HEAD or ctx.norms[k - 1].endswith(_SIDE):
            continue
        e = table[ctx.norms[k]]
        if any(x.type == "COUNTRY" for x in ctx.lex.lookup(ctx.norms[k])) or _other_country_after(ctx, k, e.country):
            continue  # "جزيرة عمان" is Oman's, not Amman; "مدينة طرابلس بشمال لبنان" no Tripoli of Libya
        ctx.claim(_Span(k, k + 1, ctx.toks[k].start, ctx.toks[k].end, "lexicon", entry=e, country=e.country,
                        acts_for=e.acts_for))


def _other_country_after(ctx: _Context, k: int, iso: str | None) -> bool:
    """Whether the words right after token k place it in another country than ``iso``
    ("طرابلس بشمال لبنان"، "طرابلس اللبنانية"): a namesake the lexicon does not hold."""
    for t in range(k + 1, min(k + 4, len(ctx.toks))):
        if ctx.punct_between(t - 1, t):
            return False
        owner = ctx.owner[t]
        found = owner.entry.id if owner is not None and owner.kind == "lexicon" and owner.entry is not None \
            and owner.entry.type == "COUNTRY" else ctx.adjective(t)
        if found:
            return found != iso
    return False


def _places_named_like_people(ctx: _Context) -> None:
    _places_after_kind_heads(ctx)
    table = _name_like_places(ctx.lex)
    found = ctx.word_set() & table.keys()
    if not found:
        return
    toks, norms, n = ctx.toks, ctx.norms, len(ctx.toks)
    for k in ctx.positions(found):
        if ctx.owner[k] is not None:
            continue
        e = table[norms[k]]
        joined = k + 1 < n and not ctx.punct_between(k, k + 1)
        if joined and ctx.owner[k + 1] is None and not ctx.adjective(k + 1) and ctx.name_like(k + 1, first=False) \
                and (norms[k + 1][:1] not in "وف" or norms[k + 1] in ctx.lex.given_names) \
                and not ctx.verb_form(norms[k + 1]):
            continue  # "عمران خان": a first name ("مدينة ليون وأبلغتها": a conjunction is none)
        iso = ctx.adjective(k + 1) if joined else None
        if iso is not None and iso != e.country:
            continue  # "ولاية فيكتوريا الأسترالية" is no Victoria of the Seychelles
        own = iso is not None and iso == e.country and norms[k + 1].startswith("ال")
        if own and norms[k + 1].endswith("ي") and not _in_place(ctx, k):
            s, t = _span_offsets(ctx.nt, toks, k, k + 1, 0)  # "ليون الفرنسي": the club, named as its city
            ctx.claim(_Span(k, k + 1, s, t, "org", name_norm=norms[k], country=e.country, org_kind="league"))
            continue
        if own and norms[k + 1].endswith("يه") or _in_place(ctx, k):
            ctx.claim(_Span(k, k + 1, toks[k].start, toks[k].end, "lexicon", entry=e, country=e.country,
                            acts_for=e.acts_for))


def _ambiguous_entry(ctx: _Context, i: int, j: int, typ: str) -> LexEntry | None:
    """The lexicon entry a tagged place or organisation is, when its words are exactly a
    form the lexicon leaves to the context ("ليون" Lyon or Leon, "طرابلس" of Libya or of
    Lebanon, "الجزيرة" the channel or the island): the tagger's type chose the reading,
    so the span is that entry ("Lyon", its country), not a name romanised from Arabic.
    A form two entries of that type share stays a name of its own, and so does a place
    that is also an organisation's name ("برشلونة"، "ليفربول": the tagger reads clubs
    as places too)."""
    m = _match_at(ctx.nt, ctx.toks, i, ctx.f.aliases)
    if m is None or m[1] != j:
        return None
    types = ("PLACE", "COUNTRY") if typ == "LOC" else ("ORG",)
    e = m[0]
    if e.type not in types:
        return None
    phrase = " ".join([ctx.norms[i][m[2]:]] + ctx.norms[i + 1:j])
    if phrase not in {normalize_for_match(a) for a in e.ambiguous}:
        return None  # a short form valid only after the full name ("المنظمة الدولية")
    if j < len(ctx.toks) and not ctx.punct_between(j - 1, j) and ctx.owner[j] is None \
            and (phrase in ctx.lex.given_names or (phrase,) in known_parts()) and ctx.name_like(j, first=False):
        return None  # "جثة فيكتوريا مارينوفا": a first name, whatever the tagger read
    readings = ctx.lex.lookup(phrase)
    if len({x.id for x in readings if x.type in types}) != 1 \
            or typ == "LOC" and any(x.type not in types for x in readings):
        return None  # "برشلونة" read as a place may be the club the tagger often reads so
    return e
