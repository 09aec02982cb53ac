"""Attacks a report tells as having struck, with no one named who struck: "استهدفت غارة
جوية سوقا في مدينة X"، "هجوم انتحاري استهدف مقر Y في Z"، "انفجرت عبوة ناسفة في X".

Newswire tells most bombings and air strikes this way before anyone claims them: the
attack noun is the subject of a verb of striking ("استهدف"، "ضرب"، "طال") or of
exploding ("انفجرت"), so the attack took place, and whoever carried it out is not known
or not said. Such a trigger finds no second actor, so it made no event (a toll near it
made one: core.events.unclaimed.toll_pair). Following the annotation conventions, the
target is the body, person or place the verb names as hit, else the one place of one
country the sentence names; the attacker is the unnamed side the attack implies
("Attackers (X)", core.events.unnamed.implied_side).

A side named anywhere it may be the author is left to the other rules: on the attack noun
("غارة إسرائيلية")، after it ("وتبنى تنظيم X الهجوم")، or before it unless a reporting
"أن" stands between ("أعلنت مصادر X أن هجوما استهدف").
"""
from __future__ import annotations

from core.model import Entity

# what may strike as the subject of a verb of striking: bombings, assassinations, strikes and
# shelling, chemical attacks (cameo 183, 186, 195, 204), and the attack nouns of 190 that name
# one act (not a war, a campaign, an invasion or a siege, whose sides are at war)
STRIKE_CAMEOS = ("183", "186", "195", "204")
ATTACK_HEADS = frozenset({"هجوم", "هجوما", "هجمات", "اعتداء", "اعتداءات", "قنص", "اطلاق"})
STRIKE = "strike"  # violence_cues.tsv: "ضرب"، "طال"، "هز"; also its "against" verbs of targeting ("استهدف")
TARGETED = "ستهدف"  # the stem of those verbs ("استهدفت"، "يستهدف"), not the prepositions ("على"، "ضد")
BLAST = "blast"  # violence_cues.tsv: "انفجرت"، "دوى": a device that went off
VERB_GAP = 2  # words between the attack noun and its verb ("هجوما انتحاريا استهدف"، "الهجوم الذي ضرب")
OBJECT_REACH = 6  # words after the verb within which what it hit is named ("استهدف مقر المفوضية العليا")
REPORTED = frozenset({"ان", "بان", "وان"})  # "أعلنت X أن هجوما ...": X reports, did not strike
# what in the sentence may tell who struck, or that it was no attack: a claim, its authors, an
# agent ("برصاص"، "على يد")، an accident, a foiled plot, a denial
BARS = frozenset({"claim", "author", "accident", "averted", "denial", "seeking"})
PAUSES = frozenset("،,.؛;:()")


def agent_named(norms: list[str], ti: int, tj: int) -> bool:
    """Whether the sentence names who struck, resolved to a side or not: after an agent
    word ("بنيران قوات ..."، "برصاص"، "على يد عناصر ..."، "من قبل") or a state's armed body,
    definite, right after a verb ("داهمت القوات ..."). An attack such a sentence tells has
    an author the text names; the unnamed attackers an attack implies would be a guess
    against it."""
    from core.events.incidents import load_words
    from core.events.violence import _bare, load_cues

    cues, words = load_cues(), load_words()
    for k in range(ti, tj):
        kind = cues.get(_bare(norms[k]))
        before = _bare(norms[k - 1]) if k > ti else ""
        if kind == "agent" or kind == "agent_after_من" and before == "من" or kind == "agent_after_علي" and before == "علي":
            return True
        if (norms[k].startswith("ال") and words.get(norms[k]) == "state_arms" and before.endswith("ت")
                and not before.endswith("ات") and not before.startswith("ال") and before not in words):
            return True
    return False


def _strikes(h) -> bool:
    """Whether the trigger names one act that strikes (a bombing, a strike, an attack)."""
    form = h.form
    return not form.joint and (form.cameo.startswith(STRIKE_CAMEOS)
                               or form.cameo.startswith("190") and form.tokens[0] in ATTACK_HEADS)


def _verb_at(h, norms: list[str], cues: dict, actor_at: set[int], tj: int) -> tuple[int, str] | None:
    """(token, kind) of the verb the attack noun is the subject of: right before it
    ("استهدفت غارة"، "انفجرت عبوة") or within VERB_GAP words after it, over adjectives
    and a relative pronoun ("هجوما انتحاريا استهدف"، "الهجوم الذي ضرب")."""
    from core.events.violence import _bare

    def kind(k: int) -> str | None:
        w = _bare(norms[k])
        found = cues.get(w)
        return STRIKE if found == STRIKE or found == "against" and TARGETED in w else found

    if h.i > 0 and kind(h.i - 1) in (STRIKE, BLAST):
        return h.i - 1, kind(h.i - 1)
    for k in range(h.j, min(h.j + VERB_GAP + 1, tj)):
        if k in actor_at:
            return None
        if kind(k) == STRIKE:
            return k, STRIKE
    return None


def _hit_after(k: int, doc, st, first_place: dict, first_person: dict) -> tuple[str, int] | None:
    """(the side or place named first within OBJECT_REACH words after token k, its token),
    no pause between: what the verb struck ("استهدف مقر المفوضية"، "طالت موكب رئيس الوزراء X")."""
    toks, text = doc.toks, doc.nt.original
    for m in range(k + 1, min(k + 1 + OBJECT_REACH, st.tj)):
        if PAUSES & set(text[toks[m - 1].end:toks[m].start]):
            return None
        if m in first_place:
            return first_place[m], m
        if m in first_person:
            return first_person[m], m
        a = next((a for a in st.actors if a.i == m), None)
        if a is not None:
            return (a.actor, m) if a.kind.startswith(("ORG", "STATE>", "COUNTRY")) else None
    return None


def _where(named: list[Entity]) -> tuple[str, str | None] | None:
    """(country, its one place or None) the sentence places the attack in: one country,
    that of its places and of the countries it names."""
    isos = {e.id if e.type == "COUNTRY" else e.country for e in named if e.type in ("COUNTRY", "PLACE")}
    if len(isos) != 1 or None in isos:
        return None
    places = {e.id for e in named if e.type == "PLACE"}
    return isos.pop(), places.pop() if len(places) == 1 else None


def struck_pair(h, doc, st) -> tuple[str, str] | None:
    """(country, target) of an attack noun told as having struck, no one named who struck:
    the subject of a verb of striking or exploding; the target what the verb names as hit,
    else where the sentence places it. None when a side stands where it may be the author
    (on or after the attack noun, or before it with no reporting "أن" between), or the
    sentence tells a claim, an agent, an accident or a foiled plot."""
    from core.events import unclaimed, violence

    norms, cues = doc.norms, violence.load_cues()
    if unclaimed.verbal(h, norms) or not _strikes(h) or any(cues.get(violence._bare(w)) in BARS for w in norms[st.ti:st.tj]):
        return None
    if any(a.actor.startswith(unclaimed.ATTACKERS) for a in st.actors):
        return None  # named attackers: core.events.unclaimed.attack_pair's
    verb = _verb_at(h, norms, cues, {a.i for a in st.actors}, st.tj)
    if verb is None:
        return None
    k, kind = verb
    first_place = {i: pid for i, _, pid in doc.named["PLACE"]}
    first_person = {i: pid for i, _, pid in doc.named["PERSON"]}
    hit = _hit_after(max(k, h.j - 1), doc, st, first_place, first_person)
    named = [e for e in doc.entities if any(st.start <= m.start < st.end for m in e.mentions)]
    where = _where(named)
    if where is None:
        return None
    target = hit[0] if hit else where[1] or where[0]
    after = hit[1] if hit else max(k, h.j - 1)
    reported = max((i for i in range(st.ti, h.i) if norms[i] in REPORTED), default=-1)
    place_ends = {m.end for e in named if e.type == "PLACE" for m in e.mentions}
    others = [a for a in st.actors if a.actor != target and not (a.i < reported)]
    if not unclaimed._only_where([a for a in others if a.i > after or a.i < h.i], norms, place_ends):
        return None
    if any(h.i <= a.i <= after and not a.kind.startswith(("PLACE", "UNNAMED")) for a in others):
        return None  # "غارة إسرائيلية استهدفت": its author
    return where[0], target
