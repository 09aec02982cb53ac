"""Verb-first statements whose subject is longer than a trigger gap allows.

News Arabic puts a speaker's whole description between the verb and what the verb
governs: "أعرب السفير الروسي لدى الولايات المتحدة، أناتولي أنتونوف، عن قلق بلاده"،
"وحمّل الرئيس الفلسطيني، محمود عباس، الحكومة الإسرائيلية المسؤولية". The trigger
lexicon lets at most MAX_GAP words stand in a gap, which most verbs need (a wider gap
would join a verb to a noun of the next clause); for the verbs of expressing
("أعرب/عبّر/أبدى ... عن قلقه"، "حمّل ... المسؤولية") the complement is so particular that
a subject of up to LONG_GAP words, set off by commas at most, still belongs to it.

Which complements reach that far is data: event_cues.tsv, kind "long_reach" (the
first word after the gap, normalised, as the lexicon writes it).
"""
from __future__ import annotations

from itertools import compress
from operator import itemgetter

from core.text import NormText, Token
from core.events.triggers import GAP, MAX_GAP, Triggers, TriggerForm, _Hit, word_keys

_FIRST = itemgetter(0)  # a word reading's trigger keys
LONG_GAP = 10  # words a speaker's description may take between the verb and its complement
SPEECH_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})
PREPOSITIONS = frozenset({"عن", "من", "علي", "الي"})  # normalised; the complement opens with one
REACH_AFTER_COMPLEMENT = 8  # words after the complement where the target of the concern is named
PASSABLE = frozenset("،,\"«»“”'#_()-–")  # punctuation a subject may carry: commas, quotes, an aside


_TABLES: dict[int, tuple[Triggers, dict]] = {}  # id of a loaded lexicon → (it, its table)


def _reaching(trig: Triggers) -> dict[str, tuple[TriggerForm, ...]]:
    """First word → its verbal gapped forms of a speech act whose complement reaches far
    (built once per loaded lexicon)."""
    got = _TABLES.get(id(trig))
    if got is not None and got[0] is trig:
        return got[1]
    heads = {cue for cue, kind in trig.cues.items() if kind == "long_reach"}
    out: dict[str, list[TriggerForm]] = {}
    for key, forms in trig.by_first.items():
        for f in forms:
            if (f.verbal and f.type in SPEECH_TYPES and len(f.tokens) >= 3 and f.tokens[1] == GAP
                    and f.tokens[2] in heads and (len(f.tokens) >= 4 or len(f.tokens[2]) > 3)):
                # a bare preposition ("دافع ... عن") is no complement particular enough
                out.setdefault(key, []).append(f)
    table = {k: tuple(sorted(v, key=lambda f: -len(f.tokens))) for k, v in out.items()}
    _TABLES[id(trig)] = (trig, table)
    return table


def _passable(nt: NormText, toks: list[Token], a: int, b: int) -> bool:
    """Only words, commas, quotes and brackets between tokens a and b (no full stop, colon
    or other clause break: the complement must belong to the same statement)."""
    for k in range(a + 1, b + 1):
        gap = nt.norm[toks[k - 1].nend:toks[k].nstart]
        if any(not c.isspace() and c not in PASSABLE for c in gap):
            return False
    return True


def _match(form: TriggerForm, i: int, toks: list[Token], norms: list[str], nt: NormText) -> int | None:
    """Token after the form's last word when its complement follows the verb at token i
    beyond the ordinary gap but within LONG_GAP words; None otherwise."""
    rest = form.tokens[2:]
    n = len(toks)
    inner = rest[0][1:-1]  # a reading keeps its word's letters but the first and last: most words lack them
    for m in range(i + 2 + MAX_GAP, min(i + 2 + LONG_GAP, n)):
        if inner not in norms[m] or rest[0] not in word_keys(norms[m], False):
            continue
        if not _passable(nt, toks, i, m):
            return None
        k = m + 1
        for t in rest[1:]:
            if k >= n or t not in word_keys(norms[k], False):
                break
            k += 1
        else:
            return k
        return None
    return None


def long_reach(hits: list[_Hit], nt: NormText, toks: list[Token], norms: list[str], trig: Triggers,
               readings: list[tuple]) -> list[_Hit]:
    """The hits with those of verbs of expressing whose complement stands beyond the
    ordinary gap ("أعرب السفير الروسي لدى الولايات المتحدة، أناتولي أنتونوف، عن قلق"); a
    word inside such a subject starts no hit of its own."""
    table = _reaching(trig)
    if not table:
        return hits
    taken = {h.i for h in hits}
    added: list[_Hit] = []
    for i in compress(range(len(readings)), map(_FIRST, readings)):  # words that begin some trigger
        firsts = readings[i][0]
        if i in taken or (added and i < added[-1].j) or table.keys().isdisjoint(map(_FIRST, firsts)):
            continue  # no key of the word's in the table (tested in C: a generator per word cost more)
        for key, dropped in firsts:
            best = None
            for form in table.get(key, ()):
                j = _match(form, i, toks, norms, nt)
                if j is not None and (best is None or len(form.tokens) > len(best[0].tokens)):
                    best = (form, j)
            if best is not None:
                form, j = best
                word = norms[i]
                definite = word[dropped:].startswith("ال") or word.startswith("لل")
                added.append(_Hit(form, i, j, nt.offsets[toks[i].nstart + dropped], toks[i].end,
                                  verbal=not definite))
                break
    if not added:
        return hits
    spans = [(h.i, h.j) for h in added]
    kept = [h for h in hits if not any(a < h.i < b for a, b in spans)]
    return sorted(kept + added, key=lambda h: h.i)


def _complement_start(h: _Hit) -> int:
    """Token where a gapped form's complement starts (its words after the gap end at h.j)."""
    return h.j - (len(h.form.tokens) - h.form.tokens.index(GAP) - 1)


def _addressed(a, toks: list[Token]) -> bool:
    """An actor the statement is addressed to ("عبّرت للدبلوماسي الهولندي عن إدانتها"،
    "لهولندا"): after the proclitic ل, or a nationality adjective of a noun carrying it."""
    t = toks[a.i]
    if a.start > t.start and t.norm[:1] == "ل":
        return True
    return a.adjective and a.i > 0 and toks[a.i - 1].norm[:1] == "ل" and not toks[a.i - 1].norm.startswith("لدي")


def rule_subject_in_gap(c):
    """"أعرب السفير الكيني لدى الأمم المتحدة عن قلقه إزاء X": in a verb-first statement
    the words between the verb and its complement describe the speaker; an actor among
    them ("لدى الأمم المتحدة"، "في باريس") is where the speaker serves, and the target
    is named after the complement, unless the statement is addressed to it ("لـ").
    A role rule (core.events.roles.ROLE_RULES)."""
    h = c.h
    if not (h.verbal and h.form.type in SPEECH_TYPES and GAP in h.form.tokens and c.src and c.tgt
            and h.form.tokens[h.form.tokens.index(GAP) + 1] in PREPOSITIONS):
        return None  # "حمّل X الحكومة المسؤولية": a complement with no preposition has its object in the gap
    comp = _complement_start(h)
    inside = {a.actor for a in c.seq if h.i < a.i < comp and not _addressed(a, c.toks)}
    if not set(c.tgt) <= inside:
        return None
    after = [a.actor for a in c.seq if a.i >= comp and a.actor not in c.src and a.i - h.j <= REACH_AFTER_COMPLEMENT]
    return c.src, after[:1], c.joint
