"""Which actors near a trigger the role model reads (core.events.learned.prepare): the
nearest of its sentence within reach, the first of the previous sentence, and how many
distinct actors stand between each and the trigger."""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress

from core.events.role_features import bound_to, coordination_links, link_groups

REACH_BEFORE = 14  # tokens before a trigger where its actors may stand
REACH_AFTER = 22  # tokens after it
MAX_ACTORS = 5  # nearest distinct actors considered per trigger
CARRIED = 2  # first actors of the previous sentence considered (the subject a verb may drop)
# what a nationality adjective right after a name describes rather than names a side of
# ("حركة حماس الفلسطينية"، "شركة توتال الفرنسية"، "الفصائل السورية"; role_features.bound_to):
# left out of the candidates when extracting, kept in the training ones (so the shipped
# weights stand). 5-fold CV events 326/99/340 -> 327/99/339, 13 events changed on 2,000
# corpus articles (9 right). Left out of training too: 328/95/338, but the retrained
# weights move ~200 events of those articles, about as many wrongly as rightly.
DESCRIBING = frozenset({"ofORG", "ofUNNAMED"})


@dataclass(slots=True)
class SentenceActors:
    """What the role model reads of one sentence's actors whatever the trigger: which
    mentions are bound to the name before them (role_features.bound_to) in the sentence
    and in the previous one (``carried``), and which follow the one before them as
    coordinated ("X وY"). Made at the first trigger of the sentence the model reads (kept
    on the sentence's record, core.events._Sentence) and read by its other triggers, two
    to three on average, instead of each reading the same lists again."""
    actors: list
    carried: list
    bound: dict  # index in actors → what the mention is bound to
    where: dict  # id(mention) → its index in actors (only when some mention is bound)
    carried_bound: dict  # the same as ``bound`` for the carried actors
    linked: list | None = None  # each mention: coordinated with the one before it (actors._coordinated)
    side_of: dict | None = None  # actor id → its coordination group, made once a trigger needs it
    # id(mention) → what it brings to an actor key whatever the trigger (role_features.mention_marks),
    # filled by the triggers that read it (the carried mentions' too)
    marks: dict = field(default_factory=dict)

    def links(self, toks, nt) -> list[bool]:
        """Whether each mention follows the one before it as coordinated (the first: False)."""
        if self.linked is None:
            self.linked = coordination_links(self.actors, toks, nt)
        return self.linked

    def groups(self, toks, nt) -> dict[str, int]:
        """Actor id → coordination group of the sentence's actors (role_features.coordination_links, link_groups)."""
        if self.side_of is None:
            self.side_of = link_groups(self.actors, self.links(toks, nt))
        return self.side_of


def sentence_actors(s_actors: list, carried: list = ()) -> SentenceActors:
    """The role model's record of a sentence's actors (SentenceActors)."""
    bound = bound_to(s_actors)
    return SentenceActors(s_actors, carried, bound, {id(a): k for k, a in enumerate(s_actors)} if bound else {},
                          bound_to(carried) if carried else {})


def near_actors(h, s_actors, toks, bound: dict, collecting: bool) -> dict:
    """Each actor of the sentence within reach of the trigger, by its nearest mention:
    actor -> (distance in tokens, mention)."""
    near: dict = {}
    hi, hj, form = h.i, h.j, h.form
    for k, a in enumerate(s_actors):
        if bound and not collecting and bound.get(k) in DESCRIBING:  # see DESCRIBING
            continue  # "حركة حماس الفلسطينية"، "شركة توتال الفرنسية": the adjective describes the name, no side
        if form.joint and a.i > 0 and toks[a.i - 1].norm == "في":
            continue  # "وقعت مصر اتفاقية في السعودية": where a joint act took place, not a side
        if a.j <= hi:
            dist = hi - a.j
            if dist > REACH_BEFORE:
                continue
        elif a.i >= hj:
            dist = a.i - hj
            if dist > REACH_AFTER:
                continue
        else:
            dist = 0
        best = near.get(a.actor)
        if best is None or dist < best[0]:
            near[a.actor] = (dist, a)
    return near


def prior_actors(carried: list, near: dict, src: list, collecting: bool, told: dict) -> list:
    """The first CARRIED actors of the previous sentence that are not near the trigger,
    the rules' carried subject first, leaving out the adjectives that describe a name
    (DESCRIBING; ``told``: bound_to(carried)) unless collecting training candidates."""
    # no generator or comprehension here reads a name of this function: it would be a cell
    # made at every call
    if told and not collecting:
        carried = list(compress(carried, [d not in DESCRIBING for d in map(told.get, range(len(carried)))]))
    if src:  # the rules' carried subject first, the rest in their order
        carried = _subject_first(carried, set(src))
    prior: list = []
    for a in carried:
        if len(prior) >= CARRIED:
            break
        if a.actor not in near and a.actor not in [p.actor for p in prior]:
            prior.append(a)
    return prior


def _subject_first(carried: list, src_ids: set) -> list:
    """The actors of ``carried`` among ``src_ids`` first, then the rest, each in their order."""
    first, rest = [], []
    for a in carried:
        (first if a.actor in src_ids else rest).append(a)
    return first + rest


def far_speaker(s_actors: list, speaker: str, hi: int) -> tuple:
    """(distance, mention) of the first mention of ``speaker`` in the sentence, however far
    from the trigger at ``hi``: a loop, as a generator's names would be cells of every call
    of learned.prepare."""
    for a in s_actors:
        if a.actor == speaker:
            return hi - a.j, a
    raise StopIteration


def actor_ranks(chosen: list, hi: int) -> dict[str, int]:
    """How many distinct actors stand between the trigger (its first token ``hi``) and each
    chosen one, on its side (chosen is sorted by distance, and names each actor once)."""
    rank: dict[str, int] = {}
    n_before = n_after = 0
    for _, a in chosen:
        if a.j <= hi:
            rank[a.actor] = n_before
            n_before += 1
        else:
            rank[a.actor] = n_after
            n_after += 1
    return rank


def worth_reading(h, s_actors, carried) -> bool:
    """Whether a trigger has two distinct actors within reach (else it makes no candidate):
    decided before its modality and date are read. Both may come from the previous
    sentence: "وهددت باتخاذ إجراءات حازمة" after a sentence naming both sides drops them."""
    ids = set()
    for a in s_actors:
        if h.i - REACH_BEFORE <= a.i and a.i - h.j <= REACH_AFTER:
            ids.add(a.actor)
            if len(ids) >= 2:
                return True
    return CARRIED > 0 and len(ids | {a.actor for a in carried}) >= 2
