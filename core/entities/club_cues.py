"""Clubs named after their city, read from the word of sports news before them.

"مدرب ليون"، "في مرمى بورتو"، "فاز على ضيفه هامبورغ": a club named after a city is
written as the city, and the lexicon reads the city. The word before it
(``club_cues.tsv``: a coach, a player, the goal, the visiting or home team) takes a team
as its complement, never a city, so the city there is the club. A city the lexicon
leaves to other readings alone ("ليون" is also a given name) is read so there too. A
club the lexicon knows by the city's name ("برشلونة") is that entry; another is an
organisation of that name in the city's country. Countries are left alone: a national
team is its country in ANERcorp and an organisation in the gold, and no cue tells
which team a country's name stands for.
"""
from __future__ import annotations


from core import prepared
from core.entities.context import _Context, words_reading_as
from core.entities.finder import _Span, _span_offsets
from core.entities.tables import _read_column
from core.lexicon import match_key
from core.text import WordCache, clitic_variants, normalize_for_match
from core.topics import SPORT_ARTICLE, sport_words

CITY_KINDS = ("city", "capital")


@prepared.table()
def _cues() -> frozenset[str]:
    return frozenset(normalize_for_match(r[0]) for r in _read_column("club_cues.tsv", "form"))


def _city_of(ctx: _Context, k: int, cut: int = 0):
    """The one-word city of the lexicon at token k (claimed by the lexicon, or free and
    the word's only reading there), or None; ``cut``: letters of a conjunction written
    on it ("وأتلانتا")."""
    sp = ctx.owner[k]
    if sp is not None:
        e = sp.entry
        if sp.kind != "lexicon" or (sp.i, sp.j) != (k, k + 1) or e is None or e.type != "PLACE" \
                or e.kind not in CITY_KINDS or (sp.start > ctx.toks[k].start) != bool(cut):
            return None
        return e
    return next((e for e in ctx.lex.lookup(ctx.norms[k][cut:]) if e.type == "PLACE" and e.kind in CITY_KINDS), None)


def _in_place(ctx: _Context, k: int) -> bool:
    """Whether the word before token k reads it as a place: a preposition of place or
    a place head ("في"، "إلى"، "مدينة")."""
    if k == 0 or ctx.punct_between(k - 1, k):
        return False
    before = ctx.norms[k - 1]
    return before in _PLACE_WORDS or any(stem in ctx.f.place_heads.by_first_second()
                                         for stem, _ in clitic_variants(before))


_PLACE_WORDS = frozenset(("في", "الي", "من", "نحو", "داخل", "قرب", "عاصمه", "شوارع"))


def _club_entry(ctx: _Context, word: str, country: str | None = None):
    """A club of the lexicon written as the city's word ("برشلونة"), or None; also one
    whose short form (its ``aliases``) the city's spelling is ("أتلانتا" for Atalanta,
    the city's form being Atlanta's); ``country``: a club of that country only."""
    lex = ctx.lex
    clubs = lex.lookup(word) + [lex.by_id[i] for i in lex.by_alias.get(match_key(word), ())]
    return next((e for e in clubs if e.type == "ORG" and e.kind == "sports_club"
                 and (country is None or e.country == country)), None)


def _ambiguous_club(ctx: _Context, k: int) -> None:
    """Claim a club whose short name is also a common word or another name ("الريال"
    the currency, "الرجاء" hope) at token k, right after a club cue."""
    club = _club_entry(ctx, ctx.norms[k])
    if club is None or ctx.norms[k] not in {normalize_for_match(a) for a in club.ambiguous}:
        return
    tok = ctx.toks[k]
    ctx.claim(_Span(k, k + 1, tok.start, tok.end, "lexicon", entry=club, country=club.country))


def _cue_words(ctx: _Context) -> set[str]:
    """The article's words that read as a club cue through their proclitics."""
    return words_reading_as(ctx, _cues(), _CUE_WORDS)


_CUE_WORDS = WordCache(100_000)  # word → whether a reading of it is a club cue

# Words of beating a side: the side after their على is a team as much as the winner
# before it ("تغلب على بورتو"، "بفوزه على كوبنهاغن"); a city beats no one (فازت).
_BEAT_STEMS = frozenset(normalize_for_match(w) for w in ("فاز", "تغلب", "فوز", "فوزه", "الفوز", "انتصر"))
_BEAT_WORDS = WordCache(100_000)
_ON = normalize_for_match("على")


def _cued_positions(ctx: _Context) -> list[int]:
    """The tokens a club cue points at: the word right after the cue, and the word after
    على when the cue is a word of beating ("فاز على هامبورغ")."""
    n = len(ctx.toks)
    out = [k + 1 for k in ctx.positions(_cue_words(ctx)) if k < n - 1]
    out += [k + 2 for k in ctx.positions(words_reading_as(ctx, _BEAT_STEMS, _BEAT_WORDS))
            if k < n - 2 and ctx.norms[k + 1] == _ON and not ctx.punct_between(k, k + 1)]
    return sorted(out)


def _clubs_after_cues(ctx: _Context) -> None:
    """Each city right after a club cue (through the cue's proclitics: "لمدرب"،
    "بمرمى") becomes the club, and so do the city's other bare mentions in the article
    ("وكان إشبيلية في طريقه"), with a conjunction written on them too ("فيورينتينا
    وأتلانتا"), unless one is a common noun too ("صفوف الطبقة العاملة"); a mention after a
    preposition of place or a place head ("في إشبيلية"، "مدينة إشبيلية") stays the city,
    and when the article names the city so more often than it names the club after a cue
    ("في برشلونة ... العائد لفريق برشلونة ... قرب برشلونة"), only the cued mentions are
    the club."""
    positions = _cued_positions(ctx)
    clubs = set()
    cued = set()
    for k in positions:
        if ctx.punct_between(k - 1, k):
            continue
        if _city_of(ctx, k) is None:
            if ctx.owner[k] is None:
                _ambiguous_club(ctx, k)
        elif not ctx.common_noun(ctx.norms[k]):
            clubs.add(ctx.norms[k])
            cued.add(k)
    if not clubs:
        return
    if sum(_in_place(ctx, k) for k in ctx.positions(clubs) if k not in cued) > len(cued):
        clubs = set()  # the article names the city more often than the club: only the cued mentions are
    for k in range(len(ctx.toks)):
        w = ctx.norms[k]
        cut = 0 if w in clubs or k in cued else 1 if w[:1] in "وف" and w[1:] in clubs else -1  # "فيورينتينا وأتلانتا"
        if cut < 0 or (k not in cued and _in_place(ctx, k)):
            continue
        city = _city_of(ctx, k, cut)
        if city is not None:
            _claim_club(ctx, k, cut, city)


def _claim_club(ctx: _Context, k: int, cut: int, city) -> None:
    """Token k (without ``cut`` letters of a conjunction), read as the city ``city``, is the
    club named after it: the lexicon's club of that name, else an organisation of the
    city's country."""
    w = ctx.norms[k]
    sp = ctx.owner[k]
    if sp is not None:
        ctx.release(sp, sp.i, sp.j)
    s, t = _span_offsets(ctx.nt, ctx.toks, k, k + 1, cut)
    club = _club_entry(ctx, w[cut:])
    if club is not None:
        ctx.claim(_Span(k, k + 1, s, t, "lexicon", entry=club, country=club.country))
        return
    ctx.claim(_Span(k, k + 1, s, t, "org", name_norm=w[cut:], country=city.country, org_kind="league"))


def _clubs_in_sport_articles(ctx: _Context) -> None:
    """In an article full of words of matches and grounds (as core.events.meetings reads
    its teams), a free short name of a club that is also a common word or another name
    ("الجزيرة"، "الريان"، "للأهلي") is the club, as a reader of the sports page takes
    it: "تأهل الجزيرة"، "فرصة للجزيرة" have no cue word before them. Not after a
    preposition of place or a place head ("في الجزيرة"), nor after a definite word, whose
    adjective it then is ("المجتمع الأهلي"), or a given name, whose surname it then is,
    nor before a feminine nationality adjective (a club takes the masculine: "الجزيرة
    السعودية" is a newspaper), nor where the name is a country's."""
    from core.entities.ambiguous_orgs import _normalised
    from core.entities.finder import _match_at

    if not sport_article(ctx):
        return
    toks = ctx.toks
    for i in sorted(ctx.starts(ctx.f.aliases)):
        m = _match_at(ctx.nt, toks, i, ctx.f.aliases)
        if m is None or not ctx.free(i, m[1]):
            continue
        _, j, dropped = m
        phrase = " ".join([toks[i].norm[dropped:]] + [t.norm for t in toks[i + 1:j]])
        if phrase[:1] == "ل" and dropped:
            phrase = "ا" + phrase  # "للجزيرة": ل on ال, whose alif it drops
        entries = ctx.lex.lookup(phrase)  # "الجزيرة": the channel's and the club's
        e = next((e for e in entries if e.kind == "sports_club" and phrase in _normalised(e.ambiguous)), None)
        if e is None or _in_place(ctx, i) or any(c.type == "COUNTRY" for c in entries) \
                or i > 0 and not ctx.punct_between(i - 1, i) and _before_name_or_adjective(ctx, i - 1) \
                or j < len(toks) and ctx.norms[j][-1:] == "ه" and ctx.adjective(j):  # "الجزيرة السعودية": a paper
            continue
        s, t = _span_offsets(ctx.nt, toks, i, j, dropped)
        ctx.claim(_Span(i, j, s, t, "lexicon", entry=e, country=e.country, acts_for=e.acts_for))


_SPORT_READINGS = WordCache(100_000)


def sport_article(ctx: _Context) -> bool:
    """Whether the article is a sports report: enough words of matches and grounds that
    a club's short name is read as the club."""
    return len(ctx.positions(words_reading_as(ctx, sport_words(), _SPORT_READINGS))) >= SPORT_ARTICLE


def _before_name_or_adjective(ctx: _Context, k: int) -> bool:
    """Whether word k makes the next one an adjective (a definite word: "المجتمع
    الأهلي") or part of a person's name (a given name or عبد: "عبد النصر")."""
    w = ctx.norms[k]
    return w.startswith("ال") or w in ctx.lex.given_names or w == _ABD


_ABD = normalize_for_match("عبد")
