"""Affiliation: whom a person acts for, read from the role words around the name.

"المتحدث باسم الجيش الوطني الليبي أحمد المسماري"، "سفير روسيا لدى واشنطن ..."،
"حسن نصرالله، الأمين العام لحزب الله": a person described by a role (role_words.tsv)
OF a named organisation or country acts for it: an organisation as itself, a state body
(ministry, army, embassy) as its country, a country or nationality adjective as that
state. The role stands right before the name (across a comma) or, set off by a comma
or as an indefinite noun in construct, right after it.

Runs once every rule has claimed its spans, so that names the tagger or the lexicon
found get the same reading as names found from their title.
"""
from __future__ import annotations

import bisect

from core import prepared
from core.entities.context import _Context
from core.entities.finder import _Span
from core.entities.home import home_country
from core.entities.tables import _lexicon_actor, _pattern_actor, _read_column
from core.entities.vessel_anaphora import _vessel_anaphora
from core.text import clitic_variants, normalize_for_match, proclitic_forms, without_lam

ROLE_REACH = 12  # words back from a name to the role that describes it


@prepared.table()  # read from the prepared image
def _roles() -> dict[str, tuple[tuple[tuple[str, ...], bool, bool, bool], ...]]:
    """First word of a role -> (its words, nationality names the state, indefinite, a
    state office), longest first."""
    out: dict[str, list] = {}
    for form, kind, by_nat in _read_column("role_words.tsv", "form", "kind", "by_nationality"):
        if kind in _NOT_ROLES:
            continue
        words = tuple(normalize_for_match(form).split())
        out.setdefault(words[0], []).append((words, by_nat == "1", not words[0].startswith("ال"),
                                             kind in STATE_OFFICES))
    return {k: tuple(sorted(v, key=lambda r: -len(r[0]))) for k, v in out.items()}


KIN = "kin"
PREDICATE = "predicate"
_NOT_ROLES = (KIN, "link", "former")  # rows of role_words.tsv that begin no role
# kinds of role_words.tsv only a state has: held with no country named, the home country's
STATE_OFFICES = ("minister", "military")


@prepared.table()  # read from the prepared image
def _predicates() -> frozenset[tuple[str, ...]]:
    """Rows that begin like a role and name no office ("مسؤول عن الهجوم"), as words."""
    return frozenset(tuple(normalize_for_match(f).split()) for f, k in _read_column("role_words.tsv", "form", "kind")
                     if k == PREDICATE)


@prepared.table()  # read from the prepared image
def _role_forms() -> frozenset[str]:
    """Every written form of a role's first word, with the proclitics it may carry."""
    return frozenset(f for w in _roles() for f in proclitic_forms(w))


@prepared.table()  # read from the prepared image
def _kin_words() -> frozenset[str]:
    """Words that make a role someone else's ("ابنة الرئيس"), normalised."""
    return frozenset(normalize_for_match(f) for f, k in _read_column("role_words.tsv", "form", "kind") if k == KIN)


def _role_at(ctx: _Context, p: int) -> tuple[int, bool, bool, bool] | None:
    """(end token, by nationality, indefinite, a state office) of the longest role
    starting at token p, whose words no rule claimed."""
    roles = _roles()
    norms, owner = ctx.norms, ctx.owner
    for stem, _ in clitic_variants(norms[p]):
        for words, by_nat, indefinite, state in roles.get(stem, ()):
            j = p + len(words)  # the words after the first compared as slices, in C
            if j <= len(norms) and tuple(norms[p + 1:j]) == words[1:] and not any(owner[p:j]):
                return None if words in _predicates() else (j, by_nat, indefinite, state)
    return None


def _span_actor(o: _Span, by_nat: bool) -> str | None:
    """What a span inside a role's complement stands for as an actor."""
    if o.kind == "lexicon" and o.entry is not None:
        e = o.entry
        if e.type == "COUNTRY":
            return e.id if by_nat else None
        return _lexicon_actor(e) if e.type == "ORG" else None
    if o.kind == "org":
        return _pattern_actor(o)  # the actor find_entities gives the organisation
    return None


def _qualifies_object(ctx: _Context, x: int, j: int) -> bool:
    """Whether the word at x follows a noun with "ب" inside the complement that begins at
    j, so that a nationality there says whose file or inquiry it is, not whose official
    ("المكلف بالملف السوري"، "الخاص بالتحقيق في التدخل الروسي")."""
    return x > j and ctx.toks[x - 1].norm.startswith("بال")


def _first_actor(ctx: _Context, j: int, k: int, by_nat: bool) -> str | None:
    """The first organisation, country or (by_nat) nationality adjective in [j, k)."""
    x = j
    while x < k:
        o = ctx.owner[x]
        if o is not None:
            if o.kind == "person":
                return None
            a = _span_actor(o, by_nat and not _qualifies_object(ctx, x, j))
            if a:
                return a
            x = max(o.j, x + 1)
            continue
        if by_nat:
            iso = ctx.adjective(x)
            if iso and not _qualifies_object(ctx, x, j):
                return iso
        x += 1
    return None


def _comma_gap(ctx: _Context, x: int) -> bool:
    """Whether what stands between token x-1 and token x is a comma alone."""
    return ctx.nt.norm[ctx.toks[x - 1].nend:ctx.toks[x].nstart].strip() in ("،", ",")




@prepared.table()  # read from the prepared image
def _link_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words that may join a role to what it is a role of, the "former" ones among them),
    normalised: "المتحدث باسم"، "سفير ... لدى"، "رئيس البرلمان المنتهية ولايته"; "وزير
    الخارجية البريطاني السابق" is a role he no longer holds."""
    rows = _read_column("role_words.tsv", "form", "kind")
    former = frozenset(normalize_for_match(f) for f, k in rows if k == "former")
    return frozenset(normalize_for_match(f) for f, k in rows if k == "link") | former, former
COMPLEMENT_MAX = 8  # words between a role and the name it describes


def _complement_stop(ctx: _Context, x: int) -> bool:
    """Whether the words of a role's complement end before token x: a person, a pause
    other than a comma, or a function word that is no link ("إن"، "قال")."""
    o = ctx.owner[x]
    if o is not None:
        return o.kind == "person" or o.kind == "lexicon" and o.entry is not None and o.entry.type == "PERSON"
    if x > 0 and ctx.punct_between(x - 1, x) and not _comma_gap(ctx, x):
        return True
    w = ctx.toks[x].norm
    if w in _link_words()[0] or ctx.adjective(x):
        return False
    if w.startswith("وال") and ctx.common_noun(w[1:]) and not ctx.punct_between(x - 1, x) \
            and w[1:] not in _one_word_titles() and w[1:] not in _roles():
        return False  # a coordinated noun of the complement ("وزير الخارجية والتعاون الدولي"), not a second person's title
    if ctx.stop(w) or ctx.function_word(x):
        return True
    if w.startswith(("ال", "لل")):
        return not ctx.common_noun(without_lam(w))
    if w[:1] in "بل" and len(w) > 3 and ctx.common_noun(w[1:]):
        return False
    # an indefinite noun in construct with what follows ("مدير مكتب التحقيقات"، "حركة حماس")
    nxt = x + 1 < len(ctx.toks) and (ctx.owner[x + 1] or ctx.toks[x + 1].norm.startswith("ال"))
    return not (ctx.common_noun(w) and nxt and getattr(ctx.owner[x + 1], "kind", "") != "person")


def _complement(ctx: _Context, j: int, limit: int) -> int:
    """End of the complement of a role that ends at token j (at most ``limit``)."""
    k = j
    while k < limit and k - j < COMPLEMENT_MAX:
        if k > j and ctx.punct_between(k - 1, k) and ctx.owner[k] is None and ctx.owner[k - 1] is None \
                and _comma_gap(ctx, k):
            break  # a comma between two plain words ends it
        if _complement_stop(ctx, k):
            break
        o = ctx.owner[k]
        k = o.j if o is not None and o.j > k else k + 1
    return min(k, limit)


def _role_before(ctx: _Context, sp: _Span, starts: list[int]) -> tuple[str, int] | None:
    """(the actor named by the nearest role whose complement ends at the name, the role's
    first token) (``starts``: the positions of words that may begin a role)."""
    lo, hi = bisect.bisect_left(starts, sp.i - ROLE_REACH), bisect.bisect_left(starts, sp.i)
    for p in reversed(starts[lo:hi]):
        m = _role_at(ctx, p)
        if m is None or m[0] > sp.i:
            continue
        j, by_nat, _, state = m
        if p > 0 and any(w in _kin_words() for w, _ in clitic_variants(ctx.toks[p - 1].norm)):
            return None  # "ابنة الرئيس الأمريكي إيفانكا": the role is a relative's
        if j == sp.i or _complement(ctx, j, sp.i) == sp.i:
            actor = _first_actor(ctx, j, sp.i, by_nat) if j < sp.i else None  # "الرئيس ترامب" names nothing
            if actor is None and state:
                actor = home_country(ctx)  # "وزير الداخلية X": the home country's minister
            return (actor, p) if actor else None
        return None
    return None


def _role_after(ctx: _Context, sp: _Span, starts: set[int]) -> tuple[str, int] | None:
    """The actor of an apposition after the name: "X، وزير العدل السعودي"، "X سفير
    الإمارات لدى كندا" (an indefinite role in construct needs no comma)."""
    p = sp.j
    if p not in starts:
        return None
    comma = ctx.punct_between(p - 1, p)
    if comma and not _comma_gap(ctx, p):
        return None
    m = _role_at(ctx, p)
    if m is None or not (comma or m[2]):
        return None
    j, by_nat, _, _ = m
    k = _complement(ctx, j, len(ctx.toks))
    actor = _first_actor(ctx, j, k, by_nat) if k > j else None
    return (actor, p) if actor else None


@prepared.table()  # read from the prepared image
def _one_word_titles() -> frozenset[str]:
    """One-word titles (titles.tsv), normalised: "الرئيس الأسبق الفريق X"."""
    return frozenset(normalize_for_match(f) for (f,) in _read_column("titles.tsv", "form") if " " not in f.strip())


def _former_word_before(ctx: _Context, i: int) -> bool:
    """Whether "former" is the word right before the name at token i (past a title), so
    that it qualifies the role that ends there, not a noun of its complement ("المدير
    السابق لحملة ترامب" makes the campaign manager former, not Trump)."""
    w1 = ctx.toks[i - 1].norm if i >= 1 else ""
    w2 = ctx.toks[i - 2].norm if i >= 2 else ""
    former = _link_words()[1]
    return w1 in former or w1 in _one_word_titles() and w2 in former


def _former(ctx: _Context, sp: _Span, starts: list[int], start_set: set[int]) -> bool:
    """Whether the role that describes the name, before it or in an apposition after it,
    is one he held before ("وزير الخارجية البريطاني السابق بوريس جونسون"، "X، نائب الرئيس
    المصري السابق"): a former official acts for no state (SCHEMA: a person acting privately)."""
    lo, hi = bisect.bisect_left(starts, sp.i - ROLE_REACH), bisect.bisect_left(starts, sp.i)
    for p in reversed(starts[lo:hi]):
        m = _role_at(ctx, p)
        if m is None or m[0] > sp.i:
            continue
        if p > 0 and getattr(ctx.owner[p - 1], "kind", "") == "person":
            break  # "باراك رئيس الوزراء السابق، نتنياهو": the role is the earlier name's
        if _complement(ctx, m[0], sp.i) == sp.i:
            return _former_word_before(ctx, sp.i)
        break
    p = sp.j
    if p in start_set and ctx.punct_between(p - 1, p) and _comma_gap(ctx, p) and (m := _role_at(ctx, p)):
        k = _complement(ctx, m[0], len(ctx.toks))
        former, toks = _link_words()[1], ctx.toks
        for x in range(p, min(k + 1, len(toks))):  # a loop, not a generator: no closure cell
            if toks[x].norm in former:
                return True
    return False


def _affiliations(ctx: _Context) -> None:
    """Set ``acts_for`` on the person spans a role describes (a person the lexicon knows
    keeps the state it lists), and ``former`` on those a former role describes; then the
    bare words that take up a named ship or official (the anaphora modules)."""
    _vessel_anaphora(ctx)  # "السفينة" alone: the ship named before, once every name is claimed
    starts = ctx.positions(ctx.words_in(_role_forms()))
    if not starts:
        return
    start_set = set(starts)
    described: list[tuple[_Span, int]] = []  # (person, the role word that describes him)
    for sp in ctx.spans():
        if not (sp.kind == "person" or sp.kind == "lexicon" and sp.entry is not None and sp.entry.type == "PERSON"):
            continue
        if _former(ctx, sp, starts, start_set):
            sp.former = True
            continue
        found = _role_before(ctx, sp, starts) or _role_after(ctx, sp, start_set)
        if found:
            described.append((sp, found[1]))
            if sp.kind == "person" or not sp.entry.acts_for:  # a person the lexicon knows keeps its state
                sp.acts_for = found[0]
    if described:
        from core.entities.role_anaphora import _role_anaphora  # it reads roles with this module's helpers

        _role_anaphora(ctx, described, starts)
