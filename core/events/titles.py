"""Officials taken up by their title alone: "وصل وزير الخارجية الإيراني إلى أنقرة. واتهم
الوزير واشنطن بدعم الإرهاب" (the minister: Iran's).

News Arabic names an official once by his title and his state ("وزير الخارجية الإيراني"،
"الملك الأردني"، "السفير الأمريكي") and goes on with the title alone. Where the official was
named by his name the entity finder reads the bare title as a mention of him; an official
named by his state alone is no person of the finder, only his state's adjective, and the
bare title stood for nobody: its sentence's act had no source, or the rules took its
object for its subject ("وطالب الملك الولايات المتحدة بالضغط على إسرائيل").

A definite title of ``title_refs.tsv`` stands for a state where one state alone has an
official of that title named within TITLE_REACH words before it: the title written at most
``gap`` words before the state's name or adjective ("وزير الخارجية الإيراني"; "رئيس" right
before it, so that "رئيس الوزراء الإسرائيلي" is no president), or a named person of the
title's kind. With two states' ministers named ("التقى وزير الخارجية المصري نظيره الأردني")
"الوزير" is either, and no guess is made. The title is no reference where it is described
right after it ("الرئيس السابق"، "الرئيس التنفيذي"، "الوزير الأول") or named ("الرئيس ترامب"،
"الوزير الإيراني": the name or adjective says who he is).
"""
from __future__ import annotations

from functools import lru_cache

from core.text import Token, clitic_variants, normalize_for_match
from core.events.actors import _ActorMention
from core.events.triggers import DATA, _rows

TITLE_REACH = 120  # words back to the official a bare title takes up
NISBA_ENDINGS = ("ي", "يه", "يين", "يون")  # "الرئيس التنفيذي"، "الوزير المفوض": another one
OTHER_ADJECTIVES = frozenset({"السابق", "السابقه", "الاسبق", "الاول", "الاولي", "الحالي", "الحاليه", "الجديد",
                              "الجديده", "المقبل", "المقبله", "المنتخب", "المنتخبه", "الراحل", "الراحله", "المؤقت"})
ANTECEDENT_KINDS = ("ADJ", "COUNTRY:", "STATE>:")  # a state's adjective or name, a person standing for his state


@lru_cache(maxsize=1)
def title_refs() -> dict[str, tuple[str, int, str]]:
    """Normalised definite titles → (the title's stem as written before a state, the words
    allowed between them, the person kind read) (title_refs.tsv)."""
    return {normalize_for_match(r["form"]): (normalize_for_match(r["title"]), int(r["gap"]), r["kind"])
            for r in _rows(DATA / "title_refs.tsv", "form", "title", "gap", "kind")}


@lru_cache(maxsize=1)
def _ends() -> tuple[str, ...]:
    """The titles' last letters: most words end otherwise and are passed by with one test."""
    return tuple({w[-3:] for w in title_refs()})


def _stems(norm: str) -> set[str]:
    """A written word without its proclitics and article ("والوزير" → "وزير")."""
    return {s[2:] if s.startswith("ال") else s for s, _ in clitic_variants(norm)}


def _title_at(norm: str) -> tuple[tuple[str, int, str], int] | None:
    """(what a written word stands for as a bare title, the letters of its proclitics), or None."""
    refs = title_refs()
    for stem, dropped in clitic_variants(norm):
        if stem in refs:
            return refs[stem], dropped
    return None


def _described(toks: list[Token], k: int, at: dict[int, list[_ActorMention]], persons: set[int]) -> bool:
    """The title is named or described right after it: a person's name or a state's
    adjective ("الرئيس ترامب"، "الوزير الإيراني"), a definite nisba or other adjective
    ("الرئيس التنفيذي"، "الرئيس السابق"). A state's name after it is mostly the object of
    the verb before it ("واتهم الوزير الولايات المتحدة")."""
    if k + 1 >= len(toks):
        return False
    if k + 1 in persons or any(a.kind == "ADJ" for a in at.get(k + 1, ())):
        return True
    nxt = toks[k + 1].norm
    return k + 1 not in at and nxt.startswith("ال") and (nxt.endswith(NISBA_ENDINGS) or nxt in OTHER_ADJECTIVES)


def _official(a: _ActorMention, toks: list[Token], title: str, gap: int, kind: str) -> bool:
    """The mention ``a`` names a state's official of the title: the title at most ``gap``
    words before it, or a person of the title's kind standing for his state."""
    if a.kind == f"STATE>:{kind}":
        return True
    if not a.kind.startswith(ANTECEDENT_KINDS):
        return False
    return any(title in _stems(toks[m].norm) for m in range(max(a.i - gap - 1, 0), a.i))


def title_mentions(actors: list[_ActorMention], toks: list[Token], spans: list,
                   covered: set[int]) -> list[_ActorMention]:
    """The actor mentions with one for each bare title that takes up the one state whose
    official of that title was named before it (module docstring), sorted by token.
    ``spans``: (entity, mention, first token, token after) of every name; ``covered``:
    tokens inside a name."""
    if not actors:
        return actors
    ends = _ends()
    found = [k for k, t in enumerate(toks) if t.norm.endswith(ends) and k not in covered]
    if not found:
        return actors
    persons = {i for e, _, i, _ in spans if e.type == "PERSON"}
    at: dict[int, list[_ActorMention]] = {}
    for a in actors:
        at.setdefault(a.i, []).append(a)
    added = []
    for k in found:
        got = _title_at(toks[k].norm)
        if got is None or k in at or _described(toks, k, at, persons):
            continue
        (title, gap, kind), dropped = got
        sides = {a.actor: a for a in actors if a.j <= k and k - a.j <= TITLE_REACH and _official(a, toks, title, gap, kind)}
        if len(sides) == 1:
            t = toks[k]
            added.append(_ActorMention(next(iter(sides)), k, k + 1, t.start + dropped, t.end, kind=f"STATE>:{kind}"))
    return sorted(actors + added, key=lambda a: a.i) if added else actors
