"""Actors named only as a side's backer: in "قوات تدعمها إيران هاجمت مواقع أمريكية" or
"إطلاق صاروخ من قبل الميليشيا الحوثية المدعومة من إيران" Iran describes the forces or
the militia that act; it is the source of the backing the words state and of nothing else
the sentence tells (neither the attacker nor the attacked). A verb of backing that takes
the noun before it up by a pronoun ("قوات تدعمها إيران"، "الذي تدعمه روسيا") backs that
noun, never an actor named after its subject ("يدعمها التحالف الدولي بقيادة واشنطن").
"""
from __future__ import annotations

import re

BACKING_VERB = re.compile(r"^[وف]?(?:[تي](?:دعم|ساند|مول|سلح)|(?:دعم|ساند|مول|سلح)ت)(?:ها|هما|هم|ه)$")  # "تدعمها"، "دعمته"
BACKING_PARTICIPLE = re.compile(r"^[وف]?(?:ال)?(?:مدعوم|مسنود)(?:ه|ين|ون|تان|تين)?$")  # "المدعومة"، "مدعومين"
BACKING_NOUN = re.compile(r"^[وف]?ب(?:دعم|اسناد|مسانده|مساعده|غطاء)$")  # "بدعم من"، "بإسناد من" (normalised)
GIVER = ("من", "قبل")
# normalised words of an armed body between "مسنودة ب" and its owner ("بطيران التحالف")
# (not "بغارات التحالف": the raids are the backer's own attacks, whose author it is)
FORCES = frozenset({"طيران", "قوات", "طائرات", "مقاتلات", "الطيران", "القوات", "الطائرات", "المقاتلات"})
OPPOSED = frozenset({"ضد", "وضد"})  # "حرب ضد X": X is the act's adversary  # "المدعومة من (قبل) إيران"
AUTHOR_REACH = 2  # words from "من" to the backer's name ("المدعومة من القوات الإماراتية")
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
CLAUSE_REACH = 2  # words from the relative pronoun to the act it opens ("الذي يستهدف")


def _backing_word(norms: list[str], a) -> int | None:
    """The word of backing whose author mention ``a`` is: the verb right before it, or the
    participle before "من (قبل)" a word or two before it."""
    k = a.i - 1
    if k >= 0 and BACKING_VERB.match(norms[k]):
        return k
    if (b := _backed_with(norms, a)) is not None:
        return b
    for k in range(a.i - 1, max(a.i - 1 - AUTHOR_REACH, -1), -1):
        if norms[k] == GIVER[0]:
            return _backing_before(norms, k)
        if norms[k] == GIVER[1] and k >= 2 and norms[k - 1] == GIVER[0]:
            return k - 2 if BACKING_PARTICIPLE.match(norms[k - 2]) else None
    return None


def _backed_with(norms: list[str], a) -> int | None:
    """The participle of backing whose ب names mention ``a`` as the backer, past a force word
    ("مسنودة بطيران التحالف"، "المدعومة بقوات المقاومة"، "مسنودا بالتحالف"): the backed
    side acts with it, and the backer is no target of that side's attack."""
    k = a.i - 1
    if k >= 1 and norms[k][:1] == "ب" and norms[k][1:] in FORCES:
        k -= 1  # "بطيران"، "بقوات": the force word carries the ب
    elif not norms[a.i].startswith("ب"):
        return None
    return k if k >= 0 and BACKING_PARTICIPLE.match(norms[k]) else None


def _backing_before(norms: list[str], k: int) -> int | None:
    """The word of backing right before the "من" at k: a participle ("المدعومة من") or a
    noun of backing after ب that tells how the clause's subject acted ("سيطر الجيش على
    المدينة بدعم من X"، "بغطاء جوي من X"): X backs the subject and is no side of its act."""
    if k >= 1 and (BACKING_PARTICIPLE.match(norms[k - 1]) or BACKING_NOUN.match(norms[k - 1])):
        return k - 1
    if k >= 2 and norms[k - 1] == "جوي" and BACKING_NOUN.match(norms[k - 2]):
        return k - 2
    return None


def backer_words(norms: list[str], actors: list) -> dict[str, list[int]]:
    """The actors of a sentence every mention of which names a backer, with their words of
    backing; a name joined to a backer by "و" backs too ("المدعوم من إيران وروسيا")."""
    words: dict[str, list[int]] = {}
    only: dict[str, bool] = {}
    last = None  # the last backer mention and its word
    for a in actors:
        k = _backing_word(norms, a)
        if k is None and last is not None and a.i == last[0].j and norms[a.i].startswith("و"):
            k = last[1]
        last = (a, k) if k is not None else None
        only[a.actor] = only.get(a.actor, True) and k is not None
        if k is not None:
            words.setdefault(a.actor, []).append(k)
    return {actor: ks for actor, ks in words.items() if only[actor]}


def sentence_backers(doc, st) -> dict[str, list[int]]:
    """backer_words of the sentence's actors, made once per sentence (each of its attacks
    reads them) and kept on it."""
    if st.backed is None:
        st.backed = backer_words(doc.norms, st.actors)
    return st.backed


def no_backers(doc, st, h, pairs: list) -> list:
    """The pairs less those with a side named only as a backer, but for the backing its
    own word states, whose target is then named before that word (the noun backed)."""
    if pairs and BACKING_NOUN.match(doc.norms[h.i]):  # "حرب ضد داعش بدعم من واشنطن": backs the war, not its enemy
        pairs = _not_opposed(doc, st, pairs)
    barred = sentence_backers(doc, st)
    if not barred or not pairs:
        return pairs
    return _backers_out(doc, st, h, pairs, barred)


def _not_opposed(doc, st, pairs: list) -> list:
    """The pairs less those whose target is named only after "ضد" (no_backers' first step,
    apart so that its comprehension's cells are made only when a backing noun is the trigger)."""
    return [(p, d) for p, d in pairs if not (d and len(p) == 2 and _only_opposed(doc.norms, st.actors, p[1]))]


def _backers_out(doc, st, h, pairs: list, barred) -> list:
    """no_backers past its gates, apart so that a sentence with no backer returns before
    the closure cells the comprehensions here need are made."""
    first = {a.actor: a.i for a in reversed(st.actors)}
    clause = _clause_subjects(doc.norms, st.actors, h.i)
    out = []
    for p, d in pairs:
        if d and p[0] in clause and not any(x in barred for x in p[1:]) and _named_after(st.actors, p[1:], h.i):
            out.append((p, d))  # "بدعم من التحالف الذي يستهدف مواقع التنظيم": the backer's own act
            continue
        own = [x for x in p if x in barred and h.i in barred[x]]
        if any(x in barred and x not in own for x in p):
            continue
        if own and d and len(p) == 2 and (p[0] not in own or first.get(p[1], -1) > h.i):
            continue  # "يدعمها التحالف بقيادة واشنطن": the backed noun stands before the verb
        out.append((p, d))
    return out


def _only_opposed(norms: list[str], actors: list, actor: str) -> bool:
    """Whether the sentence names ``actor`` only after "ضد" (a word such as "تنظيم" may
    come between): the side an act is against, which a backing of that act never backs."""
    at = [a.i for a in actors if a.actor == actor]
    return bool(at) and all(any(norms[m] in OPPOSED for m in range(max(k - 2, 0), k)) for k in at)


def _clause_subjects(norms: list[str], actors: list, i: int) -> set[str]:
    """The actors whose relative clause opens with the trigger at word i: a backer named
    and then described ("بدعم من التحالف الذي يستهدف مواقع التنظيم") is the subject of
    that clause's act, which is its own and no backing."""
    return {a.actor for a in actors if a.j < len(norms) and norms[a.j] in RELATIVES and 0 < i - a.j <= CLAUSE_REACH}


def _named_after(actors: list, sides, i: int) -> bool:
    """Whether every one of ``sides`` is named after word i: the clause's own object, not a
    side of the main clause before it."""
    return all(any(a.actor == x and a.i > i for a in actors) for x in sides)
