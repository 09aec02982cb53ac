"""The subject of a verb after a relative clause: in "X التي تدعمها Y قد شنت هجوما" the
clause "التي تدعمها Y" describes X, and the verb after it is X's act; Y, the nearest
actor before the verb, is named only as X's backer, and acts in nothing the sentence
tells after the clause.

An act's object told by a relative clause on a thing ("انتقدت روسيا الضربات التي شنتها
الولايات المتحدة على سوريا"): the clause's subject did the thing, and the act may regard
it; the one the clause's own act falls on (Syria) is named only inside the clause, and is
no side of the act outside it (inner_sides).
"""
from __future__ import annotations

from core.events.filters import RELATIVES, RESUMPTIVE
from core.events.named_only import named_only, without_sides
from core.events.turned import turned_round, turned_to_source

OBJECT_PRONOUNS = ("ها", "هما")  # a verb ending in them takes the antecedent up; "هم" and "ه" may end a stem ("تتهم")
GIVER_MARKS = frozenset({"من", "قبل"})
OWN_REACH = 3  # words from an act noun to a relative on it ("العقوبات الاقتصادية والسياسية التي")
CLAUSE_REACH = 8  # words from a relative clause's subject to the end of what the clause names
PAUSES = "،,.:؛()\"«»"  # a comma or a quotation ends the clause  # "تلقت دعوة من دمشق": the side after من gives to the antecedent


def antecedent(norms: list[str], actors: list, ti: int, a):
    """The antecedent of a relative clause whose verb's subject is mention ``a`` ("X
    التي تدعمها Y": X), when its verb takes the antecedent up by a pronoun."""
    if a.i - 2 < ti or norms[a.i - 2] not in RELATIVES:
        return None
    verb = norms[a.i - 1]
    if len(verb) < 4 or not verb.endswith(RESUMPTIVE):
        return None
    return next((b for b in actors if b.j == a.i - 2), None)


def head_for(doc, st, h, src: str) -> str:
    """The actor acting where ``src`` is named before the trigger only as the subject of
    relative clauses on another actor: the clause's antecedent; else ``src``."""
    head = None  # a loop: comprehensions reading the arguments made them cells of every call
    for a in st.actors:
        if a.actor != src:
            continue
        head = antecedent(doc.norms, st.actors, st.ti, a) if a.j <= h.i else None
        if head is None:
            return src  # a mention after the trigger, or one that is no relative clause's subject
    return head.actor if head is not None else src


def clause_subjects(doc, st, h, pairs: list) -> list:
    """Directed pairs whose source is named before the trigger only as the subject of a
    relative clause on another actor, with the antecedent as their source instead."""
    out = []
    for p, d in pairs:
        head = head_for(doc, st, h, p[0]) if d and len(p) == 2 else p[0]
        if head == p[0]:
            out.append((p, d))
        elif head != p[1] and (type(p)([head, p[1]]), d) not in out:
            out.append((type(p)([head, p[1]]), d))  # "X التي تدعمها Y شنت": X's attack
    return out


def _taken_up(doc, j: int, a) -> bool:
    """A pronoun that takes the antecedent up stands right before or right after the
    subject named after the verb ("التي دعا إليها ناشطون"، "الذي تعترف الأمم المتحدة
    بحكومته"): the verb has a subject of its own and the antecedent is its object."""
    ks = [*range(j, a.i), *([a.j] if a.j < len(doc.toks) else [])]
    words = [doc.nt.original[doc.toks[k].start:doc.toks[k].end] for k in ks]  # "ة" is no pronoun: the written word
    return any(len(w) >= 4 and w.endswith(RESUMPTIVE) for w in words)


AGREEING = {"الذي": "ه", "التي": "ها", "الذين": "هم"}  # the pronoun that takes each relative's noun up


def _object_after(doc, st, h) -> bool:
    """The first word after the names that follow the verb ends in the pronoun agreeing with
    the relative ("الذي تتهم لندن موسكو بتسميمه"): the antecedent is the object, taken up
    there; "التي تتهم موسكو بتسميمه" is about a third one."""
    k = h.j
    while (m := next((a for a in st.actors if a.i == k), None)) is not None:
        k = m.j
    if k == h.j or k >= len(doc.toks):
        return False
    w = doc.nt.original[doc.toks[k].start:doc.toks[k].end]  # "ة" is no pronoun: the written word
    pronoun = AGREEING.get(doc.norms[h.i - 1], "")
    return bool(pronoun) and len(w) >= 5 and w.startswith("ب") and w.endswith(pronoun) and not (
        pronoun == "ه" and w.endswith(("هه", "ها", "هم", "هما")))


def _feminine_after_masculine(doc, h) -> bool:
    """"الذي" before a feminine verb ("الذي تتهم"، "الذي اتهمت"): the verb agrees with a
    subject of its own, not with the antecedent."""
    word, form = doc.norms[h.i], h.form.tokens[0]  # "تتهم"، "اتهمت"; "تعاون" may be his
    feminine = (word.startswith("تت") or word.startswith("ت") and not form.startswith("ت")
                or len(word) >= 4 and word.endswith("ت") and not word.endswith("ات"))
    return doc.norms[h.i - 1] == "الذي" and feminine


def antecedent_acts(doc, st, h, pairs: list) -> list:
    """Directed pairs of a verb opening a relative clause with no pronoun of its own
    ("أنقرة التي تتهم واشنطن"): the antecedent is the verb's subject, so a pair that
    makes it the target is read the other way round."""
    norms = doc.norms
    if not h.verbal or h.i - 1 <= st.ti or norms[h.i - 1] not in RELATIVES:
        return pairs
    word, form = norms[h.i], h.form.tokens[0]
    if word.endswith(OBJECT_PRONOUNS) or (word[len(form):] in RESUMPTIVE if word.startswith(form) and word != form
                                          else word.endswith("ه") and len(word) > 4):
        return pairs  # "التي تتهمها واشنطن": the antecedent is the object (bystanders.relative_target)
    return _antecedent_subject(doc, st, h, pairs)


def _antecedent_subject(doc, st, h, pairs: list) -> list:
    """antecedent_acts of a verb right after a relative pronoun (apart from its gates:
    the names its generators read are closure cells, made on each call of the function that holds them)."""
    norms = doc.norms
    head = next((a.actor for a in st.actors if a.j == h.i - 1), None)
    if head is None or _feminine_after_masculine(doc, h) or _object_after(doc, st, h):
        return pairs
    givers = {a.actor for a in st.actors if a.i > h.i and norms[a.i - 1] in GIVER_MARKS}  # "تلقت دعوة من دمشق"
    givers |= {a.actor for a in st.actors if a.i - h.j <= 1 and _taken_up(doc, h.j, a)}  # "الذي تعترف X بحكومته"
    return turned_round(pairs, lambda s, t: t == head and s not in givers)


def gapped_object_antecedent(doc, st, h, pairs: list) -> list:
    """Directed pairs of a phrase trigger opened by a relative verb that takes its
    antecedent up by a pronoun ("X التي تصنفها القاهرة منظمة إرهابية"): the side named right
    after the verb is its subject and acts on X, so a pair making it the target is read the
    other way round. A one-word trigger has that subject right after it and is read by
    taken_up.subject_not_target; a phrase names it inside its gap."""
    norms = doc.norms
    if len(h.form.tokens) < 2 or h.i - 1 <= st.ti or norms[h.i - 1] not in RELATIVES:
        return pairs
    return _gapped_object_antecedent(doc, st, h, pairs, norms)


def _gapped_object_antecedent(doc, st, h, pairs: list, norms) -> list:
    """gapped_object_antecedent past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    word, form = norms[h.i], h.form.tokens[0]
    if not word.startswith(form) or word[len(form):] not in RESUMPTIVE:
        return pairs
    subject = next((a.actor for a in st.actors if a.i == h.i + 1), None)
    return pairs if subject is None else turned_to_source(pairs, subject)


def _clause_span(doc, st, h) -> tuple[int, int] | None:
    """(first, last + 1) tokens named after the subject of the first relative clause after
    the trigger on a noun that is no actor ("الضربات التي شنتها الولايات المتحدة على ..."),
    its verb taking the noun up by a pronoun; up to a pause or CLAUSE_REACH words."""
    norms, toks, text = doc.norms, doc.toks, doc.nt.original
    for r in range(h.j, st.tj - 2):
        if norms[r] not in RELATIVES:
            continue
        verb = text[toks[r + 1].start:toks[r + 1].end]  # "ة" is no pronoun: the written word
        subject = ends_at = None  # loops, not generators: their names would be cells of every call
        for a in st.actors:
            if subject is None and a.i == r + 2:
                subject = a
            if ends_at is None and a.j == r:
                ends_at = a
        if (not h.verbal and r - h.j <= OWN_REACH or ends_at is not None or len(verb) < 4
                or not verb.endswith(RESUMPTIVE) or subject is None):
            return None  # the trigger's own clause ("الضربات الجوية التي شنتها X على Y"), an actor's, or no subject
        end = _group_end(doc, st, subject.j)
        while end < min(st.tj, subject.j + CLAUSE_REACH) and not any(
                map(text[toks[end - 1].end:toks[end].start].__contains__, PAUSES)):
            end += 1
        return _group_end(doc, st, subject.j), end
    return None


def _group_end(doc, st, k: int) -> int:
    """The token after the subject's coordinated sides or partners after مع that start at
    token k ("شنتها الولايات المتحدة وفرنسا مع بريطانيا"): all the clause's subject."""
    while True:
        at = 1 if doc.norms[k:k + 1] == ["مع"] else 0
        nxt = next((a for a in st.actors if a.i == k + at and (at or doc.norms[a.i].startswith("و"))), None)
        if nxt is None:
            return k
        k = nxt.j


def inner_sides(doc, st, h, pairs: list) -> list:
    """The pairs of an act none of whose sides the sentence names only after the subject
    of a relative clause on the act's object ("الضربات التي شنتها واشنطن على سوريا")."""
    if not pairs or (span := _clause_span(doc, st, h)) is None:
        return pairs
    return _without_inner(st, pairs, span[0], span[1])


def _without_inner(st, pairs: list, first: int, end: int) -> list:
    """inner_sides past its gates (the lambda apart: its names would be cells of every call)."""
    return without_sides(pairs, named_only(st.actors, lambda a: first <= a.i < end))
