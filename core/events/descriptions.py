"""Organisations taken up by the noun of their kind: "الإخوان المسلمين ... وقالت الجماعة".

News Arabic names a party or an armed group once and then writes "الحزب"، "الجماعة"،
"التنظيم" for it. Where the name begins with that noun ("حزب العمال الكردستاني ... الحزب")
``core.events.actors._head_anaphora`` reads it, and the lexicon's short forms ("الحركة" for
Hamas) are claimed by the entity finder; this module reads the rest: a name that does not
begin with the noun of its kind ("الجماعة" after "الإخوان"، "التنظيم" after "القاعدة"), found by
its kind (``kind_heads.tsv``), and a people's plural for its one armed group or party
("الأكراد" after "وحدات حماية الشعب الكردية"), found by the letters of its name.

A definite noun of a kind stands for an organisation only where one alone of that kind has
been named within KIND_REACH words before it: with two groups named ("جيش الإسلام"
and "فيلق الرحمن") "الجماعة" is either, and no guess is made. Where an adjective follows
the noun it mostly makes another body of the kind ("الحزب الحاكم"، "الحركة الوطنية"), which is
not the one named, unless it only says what the named one is (DESCRIBERS: "والحركة المسلحة
التي تهيمن على القطاع"). Plurals of kinds ("المنظمات الدولية") are generic and not in the
table. "المنظمة" and "الشركة" are left out: "المنظمة" is as often a participle ("الجهة
المنظمة للندوة") or an organ's body ("مندوب روسيا في المنظمة"), and a company's noun
mostly names it where it acts on no state.
"""
from __future__ import annotations

from itertools import compress

from core import prepared
from core.text import Token, clitic_variants, normalize_for_match, proclitic_forms, without_conjunction
from core.events.actors import _NORM, _ActorMention, _bare_lam_head
from core.events.triggers import DATA, _rows

KIND_REACH = 200  # words back to the organisation a noun of its kind takes up
NISBA_ENDINGS = ("ي", "يه", "يين", "يون")  # "الوطنية"، "الإسلامي": an adjective of origin or kind
OTHER_ADJECTIVES = frozenset({"الحاكم", "الحاكمه", "الام", "الاكبر", "الكبري", "الجديد", "الجديده"})
OBJECTS = frozenset({"المسؤوليه"})  # "تبنت الجماعة المسؤولية": no adjective, though it ends as one
# adjectives that say what the named one is, not which other body of the kind
DESCRIBERS = frozenset({"المسلحه", "المتشدده", "المتطرفه", "الارهابيه", "المعارضه", "المحظوره"})
# words that make a people's plural the people, not its group: its share of a population
# ("يشكل الأكراد غالبية سكانها"، "غالبية السكان من الأكراد"), its self-rule ("حكم ذاتي للأكراد")
PEOPLE_WORDS = frozenset({"سكان", "السكان", "سكانها", "سكانه", "غالبيه", "الغالبيه", "اغلبيه", "الاغلبيه",
                          "اقليه", "الاقليه", "ذاتي", "استقلال", "حقوق"})
PEOPLE_REACH = 2  # words either side of the plural


@prepared.table()
def kind_heads() -> dict[str, tuple[frozenset[str], str]]:
    """Normalised definite nouns of a kind → (the organisation kinds they stand for, the
    letters the organisation's name must hold, or "") (kind_heads.tsv)."""
    return {normalize_for_match(r["form"]): (frozenset(r["kinds"].split()), normalize_for_match(r["in_name"]))
            for r in _rows(DATA / "kind_heads.tsv", "form", "kinds", "in_name")}


def kind_mentions(toks: list[Token], spans: list, covered: set[int], taken: set[int]) -> list[_ActorMention]:
    """Mentions of the organisations that a noun of their kind takes up (module docstring);
    ``spans``: (entity, mention, first token, token after) of every name; ``covered``: the
    tokens inside a name; ``taken``: the words already read as a name's head noun."""
    heads = kind_heads()
    named = [(j, e) for e, _, i, j in spans if e.actor and e.type == "ORG" and e.kind]
    if not named:
        return []
    out = []
    # the few words written as a noun of a kind, picked in C
    for k in compress(range(len(toks)), map(_head_forms().__contains__, map(_NORM, toks))):
        t = toks[k]
        if k in covered or k in taken:
            continue
        head, dropped = _kinds_of(t.norm, heads)
        if head is None or _describes_another(toks, k, covered) or head[1] and _the_people(toks, k):
            continue
        if "ال" not in t.norm[:4] and not _bare_lam_head(toks, k):
            continue  # "الأمين العام للمنظمة": an organ of the body (as actors._head_anaphora reads لـ)
        e = _only_one(named, head, k)
        if e is not None:
            kind = e.type if e.actor == e.id else "STATE>"
            out.append(_ActorMention(e.actor, k, k + 1, t.start + dropped, t.end, kind=f"{kind}:{e.kind}"))
    return out


@prepared.table()
def _head_ends() -> tuple[str, ...]:
    """The nouns' last letters: most words end otherwise and are passed by with one test."""
    return tuple({w[-3:] for w in kind_heads()})


@prepared.table()
def _head_forms() -> frozenset[str]:
    """Every written form of a noun of a kind (with the proclitics it may carry:
    ``proclitic_forms``, the inverse of the clitic_variants that ``_kinds_of`` reads) that
    ends as one (``_head_ends``): a set test per word of an article instead of a test of
    each ending (str.endswith through its argument parsing cost ten times as much)."""
    ends = _head_ends()
    return frozenset(w for h in kind_heads() for w in proclitic_forms(h) if w.endswith(ends))


def _kinds_of(norm: str, heads: dict) -> tuple[tuple | None, int]:
    """(what the written word stands for: kinds and letters of the name, letters of its
    proclitics) through its proclitics."""
    for stem, dropped in clitic_variants(norm):
        if stem in heads:
            return heads[stem], dropped
    return None, 0


def _describes_another(toks: list[Token], k: int, covered: set[int]) -> bool:
    """An adjective right after the noun makes it another body of the kind ("الحزب
    الحاكم"، "الحركة الوطنية"، "المنظمة الدولية"): a definite nisba or participle ("الم..."), or
    one of OTHER_ADJECTIVES, unless one of DESCRIBERS. A name or another definite word after it is
    mostly the object of the verb before it ("واتهمت الجماعة السلطات المصرية")."""
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].norm
    if k + 1 in covered or not nxt.startswith("ال") or nxt in DESCRIBERS or nxt in OBJECTS:
        return False
    return nxt.endswith(NISBA_ENDINGS) or nxt.startswith("الم") or nxt in OTHER_ADJECTIVES


def _the_people(toks: list[Token], k: int) -> bool:
    """A people's plural at k told as a people (PEOPLE_WORDS within PEOPLE_REACH words):
    "المدينة التي يشكل الأكراد غالبية سكانها" names no armed group."""
    near = range(max(0, k - PEOPLE_REACH), min(len(toks), k + PEOPLE_REACH + 1))
    return any(without_conjunction(toks[m].norm, 1) in PEOPLE_WORDS for m in near if m != k)


def _only_one(named: list, head: tuple[frozenset[str], str], k: int):
    """The one organisation of the head's kinds (and with its letters in a name of it:
    "الأكراد" for "وحدات حماية الشعب الكردية") named within KIND_REACH words before token k, or None."""
    kinds, letters = head
    found = {e.id: e for j, e in named if j <= k and k - j <= KIND_REACH and e.kind in kinds}
    if letters:
        found = {i: e for i, e in found.items() if any(letters in normalize_for_match(m.text) for m in e.mentions)}
    return next(iter(found.values())) if len(found) == 1 else None
