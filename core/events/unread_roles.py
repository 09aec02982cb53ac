"""A trigger the role model rejects whatever the rules would read, decided before their reading.

Most triggers the rules give no pair are then rejected by the role model's bound
(learned.hopeless): every pair of actors near them scores below the threshold. The
rules' reading those triggers first paid for is wasted on them. The rules reach the
model by a few features only: each actor's role (the A4 and A5 groups), whether they
read roles at all ("open", the pair's P1 group), and which of the previous sentence's
actors are near (their carried subject first: learned.prior_actors). Where the rules can
name one side at most, they make no pair, and those features can take only a few values:
the model's bound taken at the most of each value (``hopeless_unread``) decides the
trigger as the bound after the rules would, but before them.

Only where the rules can make no pair: a pair of theirs may stand without the model (a
clash "بين X وY", an announcer's act, a quotation's speaker, a pair the model cannot
reach: core.events._model_pairs), so a trigger they may pair is read by them as before.
"""
from __future__ import annotations

from itertools import chain
from operator import attrgetter
from types import SimpleNamespace

from core.events import learned

_ACTOR = attrgetter("actor")
CHOSEN_ROLES = ("s", "t", "j", "0")  # the roles the rules give an actor of the sentence (role_features.trigger_keys)
PRIOR_ROLES = ("s", "t", "0")  # ... and one of the previous sentence's


def one_side(st, h) -> str | None | bool:
    """The one actor id the rules' reading of trigger ``h`` can name (None: none), or False
    when they may name two sides. They read the sentence's actors, the roles its last
    pair gave (st.prev) and a subject carried from before (the last event's source, the
    last speaker: speakers.carried_subject); a quotation's speaker (quotes.quoted_roles),
    the accusation a denial answers (speech_acts.denied_accuser) and the sides of an act a
    verbal noun joins (coordinated.joined_act) come from further, and are left to them."""
    if st.quoted or h.form.type == "REJECT" and h.verbal or st.prev is not None and not h.verbal:
        return False
    prev = st.prev or ((), ())
    side = None
    for x in chain(map(_ACTOR, st.actors), prev[0], prev[1], st.last_subject, st.said_by):
        if side is None:
            side = x
        elif x != side:
            return False
    return side


def hopeless_unread(model, h, s_actors, toks, nt, reason: str, carried: list, sentence, side: str | None,
                    sentence_pairs: set, doc_pairs: set, relax: float) -> bool:
    """Whether learned.hopeless would reject the trigger after any reading the rules can give
    it that names ``side`` at most: the same bound, over each actor's best part under every
    role they may give it, and under both of the pair's "open" values."""
    setup = unread_setup(h, s_actors, toks, nt, reason, carried, sentence, side)
    if setup is None:
        return True  # fewer than two actors whatever the rules' roles: prepare() makes no setup
    setup.parts = (model,) + best_parts(model, setup.keys)
    for open_ in (False, True):
        setup.open = open_
        if not learned.hopeless(model, setup, sentence_pairs, doc_pairs, relax):
            return False
    return True


def unread_setup(h, s_actors, toks, nt, reason: str, carried: list, sentence, side: str | None):
    """learned.prepare's setup read with no roles, with the previous sentence's ``side`` too
    when the rules would have carried it in first (prior_actors): the actors near the
    trigger under any of their readings naming ``side`` at most."""
    setup = learned.prepare(h, s_actors, toks, nt, None, [], reason, carried, sentence)
    if setup is None or side is None or side in setup.keys or all(a.actor != side for a in carried):
        return setup
    with_side = learned.prepare(h, s_actors, toks, nt, ([side], [], []), [], reason, carried, sentence)
    if side in with_side.keys:
        setup.chosen.append(next(x for x in with_side.chosen if x[1].actor == side))
        setup.keys[side] = with_side.keys[side]
    return setup


def best_parts(model, keys: dict) -> tuple[dict[str, float], dict[str, float]]:
    """Each actor's most as source and as target over the roles the rules may give it (and,
    for one of the previous sentence, over the ranks it may take among those carried),
    summed by learned._actor_parts as the bound after the rules sums its actual parts."""
    variants = {}
    for actor, x in keys.items():
        prior = x[0] == "P"
        for role in PRIOR_ROLES if prior else CHOSEN_ROLES:
            for rank in range(learned.CARRIED) if prior else (x[2],):
                variants[actor, role, rank] = x[:2] + (rank,) + x[3:5] + (role,) + x[6:]
    s_part, t_part = learned._actor_parts(model, SimpleNamespace(parts=None, keys=variants))
    s_best: dict[str, float] = {}
    t_best: dict[str, float] = {}
    for k, s in s_part.items():
        actor = k[0]
        if s_best.get(actor, s) <= s:
            s_best[actor] = s
        t = t_part[k]
        if t_best.get(actor, t) <= t:
            t_best[actor] = t
    return s_best, t_best
