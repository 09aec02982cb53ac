"""References to sides named earlier: the words that stand for them where an event is told.

News Arabic names its sides once and then goes on without their names: "اتصال هاتفي بين
الرئيسين" (the two presidents named before), "ووقعت الحركتان اتفاقا" (the two movements).
An event whose side is written so has that side only far away or in another sentence,
where the role model reads it badly or not at all.

This step enriches the article's actor mentions (as each stage of a spaCy pipeline enriches
one Doc) before any trigger reads them: each such word becomes a mention of the sides it
stands for, at its own place, so that the word-order rules and the role model read it as
they read a name written there. It runs after the mentions of names, adjectives, "البلدين"
(core.events.actors) and "الأخيرة" (core.events.latter).

- Dual nouns of offices, movements and capitals (``dual_refs.tsv``): two distinct actors
  named before by a person of that office (the only two, or the two that more sentences
  name together than any other two), a movement or a capital (the two named last).
- The two parties ("الطرفين"، "الجانبان"): the two sides of the last "بين X وY" before
  them ("اشتباكات بين عناصر من X وعناصر من Y ... اشتباكات بين الطرفين"), which may be
  groups; without one, the two countries named last (core.events.actors, as "البلدين").
"""
from __future__ import annotations

import bisect
from itertools import combinations, compress, count

from core import prepared
from core.text import NormText, Token, clitic_variants, normalize_for_match, proclitic_forms
from core.events.actors import _ActorMention
from core.events.triggers import DATA, _rows

PARTY_REACH = 120  # words back to the "بين X وY" whose sides "الطرفين" takes up
PARTY_WORDS = frozenset({"الطرفين", "الطرفان", "الجانبين", "الجانبان"})  # parties, not only states (pair_refs.tsv)
MEMBER_WORDS = frozenset({"عناصر", "مقاتلي", "مقاتلين", "مسلحي", "قوات"})  # "بين عناصر من X"
NAME_HEADS = frozenset({"حركه", "تنظيم", "جماعه", "حزب", "جبهه", "فصيل"})  # "بين حركة X"
DUAL_REACH = 150  # words back to the persons, organisations or capitals a dual noun takes up
SENTENCE_ENDS = ".!?؟\n"
OFFICES = {  # what a dual noun's referents are named by (dual_refs.tsv, column "of")
    "head": ("PERSON", frozenset({"head_of_state", "head_of_government", "party_leader", "militant_leader", None})),
    "minister": ("PERSON", frozenset({"minister", None})),
    "movement": ("ORG", frozenset({"movement", "party", "armed_group", None})),
    "capital": ("PLACE", frozenset({"capital"})),
}


@prepared.table()
def dual_words() -> dict[str, str]:
    """Normalised dual nouns (without proclitics) → what they take up (dual_refs.tsv)."""
    return {normalize_for_match(r["form"]): r["of"] for r in _rows(DATA / "dual_refs.tsv", "form", "of")}


def resolve(actors: list[_ActorMention], toks: list[Token], norms: list[str], nt: NormText, spans: list,
            covered: set[int]) -> list[_ActorMention]:
    """The actor mentions with those of the references this module reads (module docstring),
    sorted by token as the mentions are. ``spans``: (entity, mention, first token, token
    after) of every mention; ``covered``: tokens inside a name."""
    if not actors:
        return actors
    named = {i: (e.type, e.kind) for e, _, i, _ in spans if e.actor}  # first token → (type, kind)
    added = _duals(actors, toks, norms, nt, named, covered)
    actors = _parties(actors, toks, norms, covered)
    return sorted(actors + added, key=lambda a: a.i) if added else actors


def _parties(actors: list[_ActorMention], toks: list[Token], norms: list[str], covered: set[int]) -> list[_ActorMention]:
    """The mentions with "الطرفين" read as the two sides of the last "بين X وY" within
    PARTY_REACH words before it, where there is one (module docstring)."""
    out = actors
    at = {a.i: a for a in actors}
    if not _PARTY_FORMS:  # the written forms that read as a party word (proclitics on it), made once
        _PARTY_FORMS.append(frozenset(w for p in PARTY_WORDS for w in proclitic_forms(p) if w.endswith(("ين", "ان"))
                                      and any(stem in PARTY_WORDS for stem, _ in clitic_variants(w))))
    # their positions picked in C: most articles have none, and most of their words end in ين or ان
    for k in compress(count(), map(_PARTY_FORMS[0].__contains__, norms)):
        if k in covered:
            continue
        sides = _last_between(at, norms, k)
        if sides is None:
            continue
        t = toks[k]
        out = [a for a in out if not (a.i == k and a.kind == "PAIR")]
        out += [_ActorMention(x, k, k + 1, t.start, t.end, kind="PAIR") for x in sides]
    return sorted(out, key=lambda a: a.i) if out is not actors else actors


_PARTY_FORMS: list[frozenset] = []  # the written words that read as one of PARTY_WORDS
_DUAL_FORMS: list = [None, frozenset()]  # (dual_words, the written words that read as one of them)


def _side_at(at: dict[int, _ActorMention], norms: list[str], m: int, first: bool) -> _ActorMention | None:
    """The actor named as a side right after token m: "X"، "حركة X"، "عناصر من (حركة) X";
    the second side (not ``first``) only with its و ("وX"، "وحركة X"، "وعناصر من X");
    ``at``: the actor mentions by first token."""
    n = m + 1
    if n + 1 < len(norms) and norms[n].removeprefix("و") in MEMBER_WORDS and norms[n + 1] == "من":
        n += 2  # "عناصر من"
    if n < len(norms) and norms[n].removeprefix("و") in NAME_HEADS and n not in at:
        n += 1  # "حركة"
    a = at.get(n)
    return a if a is not None and (first or norms[m + 1].startswith("و")) else None


def _last_between(at: dict[int, _ActorMention], norms: list[str], k: int) -> tuple[str, str] | None:
    """The two sides of the last "بين X وY" before token k (not "بين الطرفين" itself)."""
    for b in range(k - 2, max(k - PARTY_REACH, 0) - 1, -1):
        if norms[b] != "بين":
            continue
        a = _side_at(at, norms, b, True)
        if a is None:
            continue
        second = next((x for m in range(a.j - 1, min(a.j + 6, k - 1)) if (x := _side_at(at, norms, m, False))), None)
        if second is not None and second.actor != a.actor and a.kind != "PAIR":
            return a.actor, second.actor
        return None  # the last "بين" names no two sides: no guess further back
    return None


def sentence_starts(toks: list[Token], nt: NormText) -> list[int]:
    """First tokens of the sentences, read from the punctuation between tokens."""
    text = nt.original
    return [0] + [k for k in range(1, len(toks)) if any(c in SENTENCE_ENDS for c in text[toks[k - 1].end:toks[k].start])]


def _of_word(norm: str) -> str | None:
    """What a (written) word takes up when it is a dual noun, through its proclitics."""
    words = dual_words()
    for stem, _ in clitic_variants(norm):
        if stem in words:
            return words[stem]
    return None


def _duals(actors: list[_ActorMention], toks: list[Token], norms: list[str], nt: NormText, named: dict,
           covered: set[int]) -> list[_ActorMention]:
    """Mentions of the two sides each dual noun of an office, a movement or a capital takes
    up ("الرئيسين": the states of the two presidents named last), as "البلدين" is read."""
    words = dual_words()
    if _DUAL_FORMS[0] is not words:  # the written forms of the dual nouns (proclitics on them), made once
        ends = tuple({w[-4:] for w in words})
        _DUAL_FORMS[:] = [words, frozenset(w for d in words for w in proclitic_forms(d)
                                           if w.endswith(ends) and _of_word(w) is not None)]
    forms = _DUAL_FORMS[1]
    if forms.isdisjoint(norms):
        return []  # most articles: none
    at = {a.i: a for a in actors}
    out: list[_ActorMention] = []
    starts: list[int] = []
    for k in compress(count(), map(forms.__contains__, norms)):  # a dual noun, through any proclitic
        w = norms[k]
        if k in covered or k in at or (of := _of_word(w)) is None or _adjective(norms, k):
            continue
        if k + 1 in at or k + 1 < len(norms) and norms[k + 1].startswith("ال") and norms[k + 1].endswith(("يان", "يين")):
            continue  # "الرئيسان ترامب وبوتين"، "الزعيمين الكوريين": named or described right after
        starts = starts or sentence_starts(toks, nt)
        refs = _two_named(actors, named, OFFICES[of], k, starts)
        if len(refs) == 2:
            out += [_ActorMention(r.actor, k, k + 1, toks[k].start, toks[k].end, kind="PAIR") for r in refs]
    return out


def _two_named(actors: list[_ActorMention], named: dict, office: tuple, k: int, starts: list[int]) -> list:
    """The two distinct sides a dual noun at token k takes up, among the mentions of its
    office (type and kinds) within DUAL_REACH words before it. Of persons, the only two named,
    else the two that more sentences name together than any other two, none when that is not
    clear (a summit of Kim and Moon told with Trump's: "وقالت الوكالة إن الزعيمين اتفقا");
    of movements and capitals, which articles name fewer of, the two named last."""
    typ, kinds = office
    cands = [a for a in reversed(actors) if a.j <= k and k - a.j <= DUAL_REACH
             and (got := named.get(a.i)) is not None and got[0] == typ and (kinds is None or got[1] in kinds)]
    first: dict[str, _ActorMention] = {}
    for a in cands:  # nearest first
        first.setdefault(a.actor, a)
    if len(first) <= 2 or typ != "PERSON":
        return list(first.values())[:2]  # movements and capitals: the two named last
    by_sentence: dict[int, set] = {}
    for a in cands:
        by_sentence.setdefault(bisect.bisect_right(starts, a.i), set()).add(a.actor)
    together: dict[tuple, int] = {}  # pair → how many sentences name both
    for ids in by_sentence.values():
        for pair in combinations(sorted(ids), 2):
            together[pair] = together.get(pair, 0) + 1
    ranked = sorted(together.items(), key=lambda x: -x[1])
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return []
    return [first[x] for x in ranked[0][0]]


def _adjective(norms: list[str], k: int) -> bool:
    """"الحزبين الرئيسين": after a definite dual noun the word is an adjective (main), no office."""
    prev = norms[k - 1] if k > 0 else ""
    return prev.startswith(("ال", "وال", "بال", "لل")) and prev.endswith(("ين", "ان"))
