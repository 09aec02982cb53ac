"""Organisations whose name is also a common word or another name ("العربية" the channel
and the language, "سبأ" the agency and the kingdom, "أبل" the company): the lexicon keeps
such a variant (its ``ambiguous`` column) as a short form, valid only after an
unambiguous name of the same entry. Standing alone between quotes, as news writes an
outlet or a company it cites (قال لـ"العربية"، وكالة "وفا"، تطرح "أبل"), it is the
organisation, and so is an outlet between brackets ("(الجزيرة)"); a quoted place that
is an outlet's name without its head is the outlet ("«الشرق الأوسط»" the newspaper, not
the region). (The tagger's reading was no help here: it reads "الريال" of Iran's
currency, "أودى بحياة" and the island "الجزيرة" as organisations as often as not.)"""
from __future__ import annotations

from functools import lru_cache

from core.entities.club_cues import _PLACE_WORDS
from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets
from core.entities.rules import _CLOSE_QUOTES, _OPEN_QUOTES
from core.lexicon import match_key, per_lexicon
from core.text import clitic_variants, normalize_for_match


def _quoted_ambiguous_orgs(ctx: _Context) -> None:
    """A free ambiguous organisation variant with a quote right before and right after
    it (through its proclitics: لـ"العربية"), or an outlet's right after its correspondent
    ("مراسل العربية"), is that lexicon entry."""
    text, toks = ctx.nt.original, ctx.toks
    for i, m in ctx.matches(ctx.f.aliases):
        if m is None or m[0].type != "ORG" or not m[0].ambiguous or m[0].kind == "sports_club":
            continue  # a club's common-word name between quotes is as often a list's ("النصر")
        e, j, dropped = m
        if not ctx.free(i, j):
            continue
        phrase = " ".join([toks[i].norm[dropped:]] + [t.norm for t in toks[i + 1:j]])
        if phrase not in _normalised(e.ambiguous):
            continue
        s, t = _span_offsets(ctx.nt, toks, i, j, dropped)
        if _between_quotes(text, s, t, e.kind == "media") \
                or e.kind == "media" and not dropped and (_after_correspondent(ctx, i) or _in_dateline(ctx, i, s, t)):
            ctx.claim(_Span(i, j, s, t, "lexicon", entry=e, country=e.country, acts_for=e.acts_for))


def _between_quotes(text: str, s: int, t: int, brackets: bool) -> bool:
    """Whether text[s:t] stands alone between quotes (a space inside them allowed: "«
    الراية »"), or, for an outlet, between brackets where news credits or cites it: at
    a sentence's end or after a pause ("... (الجزيرة)."), or after ل، مع، عن ("ل (
    الراية )"); "اللغة الرسمية (العربية) في" is a gloss."""
    before, after = text[max(0, s - 2):s].rstrip(" "), text[t:t + 2].lstrip(" ")
    if not before or not after:
        return False
    if before[-1] in _OPEN_QUOTES and after[0] in _CLOSE_QUOTES:
        return True
    if not (brackets and before[-1] == "(" and after[0] == ")"):
        return False
    rest = text[t:].lstrip(" )")
    prior = text[:s].rstrip(" (")
    return not rest or rest[0] in _PAUSES or not prior or prior[-1] in _PAUSES \
        or prior.split()[-1] in _CITING


_PAUSES = frozenset(".،,:;\n")


def _in_dateline(ctx: _Context, i: int, s: int, t: int) -> bool:
    """Whether the outlet at text[s:t] (token i) is credited in a dateline, between a
    dash after the place it reports from (any reading of the word: "عمان" is Amman and
    Oman) and a colon or another dash ("الدوحة - الراية :"، "عمان - الرأي -"): a flag
    or an opinion stands in no dateline."""
    text = ctx.nt.original
    before, after = text[max(0, s - 3):s].rstrip(" "), text[t:t + 3].lstrip(" ")
    if not before or not after or before[-1] not in _DASHES or after[0] not in _DASHES and after[0] != ":":
        return False
    return i > 0 and any(e.type in ("PLACE", "COUNTRY") for e in ctx.lex.lookup(ctx.norms[i - 1]))


_DASHES = frozenset("-–—ـ")
_CITING = frozenset(("ل", "لـ", "مع", "عن"))


def _quoted_outlets_over_places(ctx: _Context) -> None:
    """A lexicon place alone between quotes (or credited between brackets) whose words
    are an outlet's name without its head ("صحيفة الشرق الأوسط") is the outlet:
    لـ"الشرق الأوسط" is the newspaper; a region is quoted only inside a longer title, or
    after a preposition of place ('حروب في "الشرق الأوسط"'), where it stays the region."""
    outlets = _headless_outlets(ctx.lex)
    text = ctx.nt.original
    for sp in ctx.spans():
        if sp.kind != "lexicon" or sp.entry is None or sp.entry.type != "PLACE":
            continue
        e = outlets.get(" ".join(ctx.norms[sp.i:sp.j])[sp.start - ctx.toks[sp.i].start:])
        if e is None or sp.i > 0 and ctx.norms[sp.i - 1] in _PLACE_WORDS \
                or not _between_quotes(text, sp.start, sp.end, True):
            continue
        ctx.release(sp, sp.i, sp.j)
        ctx.claim(_Span(sp.i, sp.j, sp.start, sp.end, "lexicon", entry=e, country=e.country, acts_for=e.acts_for))


_MEDIA_HEADS = frozenset(normalize_for_match(w) for w in (
    "صحيفة", "جريدة", "مجلة", "قناة", "تلفزيون", "إذاعة", "وكالة", "موقع", "شبكة"))


@per_lexicon
def _headless_outlets(lex) -> dict:
    """Outlets of the lexicon by the words of a variant after its media head ("الشرق
    الأوسط" → Asharq Al-Awsat), once per lexicon."""
    out: dict = {}
    for e in lex.entries:
        if e.type != "ORG" or e.kind != "media":
            continue
        for v in e.variants:
            words = normalize_for_match(v).split()
            if len(words) > 1 and words[0] in _MEDIA_HEADS:
                out.setdefault(" ".join(words[1:]), e)
    return out


@lru_cache(maxsize=1024)
def _normalised(variants: tuple[str, ...]) -> frozenset[str]:
    """An entry's ambiguous variants in the form the tokens are compared in (once per entry)."""
    return frozenset(normalize_for_match(a) for a in variants)


# The words for an outlet's correspondent or presenter: what follows them in construct is
# the outlet ("مراسل العربية"، "مراسلة الجزيرة"), never a language or an island.
_CORRESPONDENTS = frozenset(normalize_for_match(w) for w in (
    "مراسل", "مراسلة", "مراسلو", "مراسلي", "مراسلا", "مذيع", "مذيعة", "موفد", "موفدة"))


def _after_correspondent(ctx: _Context, i: int) -> bool:
    """Whether the word before token i is a correspondent's (through و ل ب: "ولمراسل")."""
    if i == 0 or ctx.punct_between(i - 1, i):
        return False
    w = ctx.norms[i - 1]
    return any(w[len(p):] in _CORRESPONDENTS for p in ("", "و", "ل", "ب", "ول", "وب") if w.startswith(p))


def _conjoined_ambiguous_orgs(ctx: _Context) -> None:
    """A free ambiguous organisation variant joined by و to a lexicon organisation of its
    own kind, before or after it, is that organisation ("طالبان والقاعدة"، "الأهلي
    والزمالك"، "نيسان وتويوتا"): a common word is no partner of a group, club or company."""
    toks = ctx.toks
    for i, m in ctx.matches(ctx.f.aliases):
        if m is None or m[0].type != "ORG" or not ctx.free(i, m[1]):
            continue
        _, j, dropped = m
        phrase = " ".join([toks[i].norm[dropped:]] + [t.norm for t in toks[i + 1:j]])
        kinds = set()
        if dropped and toks[i].norm.startswith("و"):
            kinds.add(_org_kind_at(ctx, i - 1, end=i))
        if j < len(toks) and toks[j].norm.startswith("و"):
            kinds.add(_org_kind_at(ctx, j, start=j))
        e = next((e for e in ctx.lex.lookup(phrase) if e.type == "ORG" and e.kind in kinds
                  and phrase in _normalised(e.ambiguous)), None)
        if e is not None:
            s, t = _span_offsets(ctx.nt, toks, i, j, dropped)
            ctx.claim(_Span(i, j, s, t, "lexicon", entry=e, country=e.country, acts_for=e.acts_for))


def _org_kind_at(ctx: _Context, k: int, start: int | None = None, end: int | None = None) -> str | None:
    """The kind of the lexicon organisation owning token k, when it starts at ``start`` (or
    ends at ``end``) with no punctuation between it and its partner; else None."""
    if k < 0 or k >= len(ctx.toks):
        return None
    sp = ctx.owner[k]
    if sp is None or sp.kind != "lexicon" or sp.entry is None or sp.entry.type != "ORG" \
            or start is not None and (sp.i != start or ctx.punct_between(start - 1, start)) \
            or end is not None and (sp.j != end or ctx.punct_between(end - 1, end)):
        return None
    return sp.entry.kind



def _headed_ambiguous_companies(ctx: _Context) -> None:
    """A free ambiguous company variant right after the bare head of a company, whatever
    proclitic the head carries ("بشركة شل"، "وشركة أودي"، "لشركة إعمار"), is the company,
    head and name together as the lexicon's "شركة فورد": a month or a verb follows no
    "شركة". (The head's written forms with the name are not all the lexicon's variants.)"""
    toks = ctx.toks
    for i, m in ctx.matches(ctx.f.aliases):
        if i == 0 or m is None or m[0].type != "ORG" or m[0].kind != "company" or m[2]:
            continue
        e, j, _ = m
        head = _company_head(ctx, i - 1)
        if head is None or not ctx.free(i - 1, j) or ctx.punct_between(i - 1, i) \
                or " ".join(ctx.norms[i:j]) not in _normalised(e.ambiguous):
            continue
        s, t = _span_offsets(ctx.nt, toks, i - 1, j, head)
        ctx.claim(_Span(i - 1, j, s, t, "lexicon", entry=e, country=e.country, acts_for=e.acts_for))


def _company_head(ctx: _Context, k: int) -> int | None:
    """The letters of proclitics before a one-word indefinite company head at token k
    ("بشركة" → 1), or None when the word is no such head."""
    for stem, dropped in clitic_variants(ctx.norms[k]):
        head = ctx.lex.org_head_index.get(match_key(stem))
        if head is not None and head.kind == "company" and " " not in head.form and not stem.startswith("ال"):
            return dropped
    return None
