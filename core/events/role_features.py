"""The features of the learned role model (core.events.learned): what an actor mention is
to a trigger (side, distance, rank, the preposition or proclitic that introduces it, its
kind, the rules' role for it, a clause boundary between), what a pair of actors is
(the rules' choice, order, coordination), and how these keys are spelt out as feature
names in groups whose summed weights the model caches by key.

Apart from the model so that scoring and deciding (core.events.learned) read without the
feature catalogue; both the extraction and the training (core.events.role_training) use it.
"""
from __future__ import annotations

# words that introduce an actor and say much of its role
PREPOSITIONS = frozenset({"من", "مع", "علي", "الي", "عن", "ضد", "بين", "لدي", "في", "قبل", "يد", "تجاه", "حول",
                          "عبر", "امام", "بحق", "نحو", "لصالح", "بعد", "و", "او"})


# Features come in groups that share a few values; a group's summed weight is cached by
# those values, so that most lookups hit however many distinct actors and pairs there are.
def _actor_groups(key: tuple) -> tuple[tuple, ...]:
    if len(key) == 13:  # every key _actor_key makes (unpacked without a list for the rest)
        side, d, rank, intro, kind, rule_role, broken, typ, v, head, form, bound, said = key
    else:
        side, d, rank, intro, kind, rule_role, broken, typ, v, head, form, *rest = key
        bound = rest[0] if rest else "-"  # a key made without it (eleven fields): bound to nothing
        said = rest[1] if len(rest) > 1 else "-"  # ... or without the statement (core.events.governing)
    groups = (("A1", side, d, rank, v, typ), ("A2", intro, side, v, typ, form), ("A3", kind, side, typ),
              ("A4", rule_role, typ, v, form), ("A5", broken, side, rule_role), ("A6", head), ("A7", bound, typ))
    # the statement's group names features of its speaker only (_group_feats): the other
    # actors, most of them, have none, and their sums need not look it up
    return groups + (("A8", said, side, typ),) if said in _SPEAKER_MARKS else groups


_SPEAKER_MARKS = ("y", "Y", "c")  # what the statement's group (A8) has features for

# The prefixes of the features conjoined with the trigger's type, built here (_group_feats,
# modal_feats, tail_feats): the type-specific weights a heavier penalty scales in training
# (core.events.role_training.TYPE_SCALE). Every prefix that changes with the type is in
# TYPED or in TYPED_UNSCALED (tests/test_role_typed_penalty.py): "T" is the type alone, and
# "ag" (an earlier trigger of the sentence, by type and class) was outside the setting measured.
TYPED = frozenset({"sT", "inT", "kcT", "kT", "rT", "bT", "skT", "prT", "oT", "MT", "RT"})
TYPED_UNSCALED = frozenset({"T", "ag"})


def _group_feats(g: tuple) -> list[str]:
    tag = g[0]
    if tag == "A1":
        _, side, d, rank, v, typ = g
        return [f"sd={side}{d}", f"sdv={side}{d}{v}", f"sr={side}{rank}", f"srv={side}{rank}{v}", f"sT={side}{rank}{typ}"]
    if tag == "A2":
        _, intro, side, v, typ, form = g
        return [f"in={intro}", f"ins={intro}{side}", f"insv={intro}{side}{v}", f"inT={intro}{typ}",
                f"inF={intro}{side}{form}"]
    if tag == "A3":
        _, kind, side, typ = g
        coarse = kind.split(":")[0]
        return [f"kc={coarse}", f"kcs={coarse}{side}", f"kcT={coarse}{typ}", f"k={kind}", f"ks={kind}{side}",
                f"kT={kind}{typ}"]
    if tag == "A4":
        _, rule_role, typ, v, form = g
        return [f"r={rule_role}", f"rT={rule_role}{typ}", f"rv={rule_role}{v}", f"rF={rule_role}{form}"]
    if tag == "A5":
        # the rules' role by side: a subject they carried from the previous sentence (P)
        return [f"br={g[1]}{g[2]}", f"rs={g[3]}{g[2]}"]
    if tag == "A6":
        return [f"h={g[1]}"]
    if tag == "A7":
        return [f"b={g[1]}", f"bT={g[1]}{g[2]}"]
    if tag == "A8":  # only the speaker is marked: the other actors of a statement are as any other
        return [f"sk={g[1]}{g[2]}", f"skT={g[1]}{g[3]}"] if g[1] in _SPEAKER_MARKS else []
    if tag == "P1":
        return [f"pr={g[1]}", f"prT={g[1]}{g[2]}"]
    if tag == "P2":
        return [f"o={g[1]}{g[3]}", f"oT={g[1]}{g[2]}"]
    if tag == "P3":
        return [f"sp={g[1]}", f"dp={g[2]}"]
    if tag == "P5":
        return [f"co={g[1]}"]
    return [f"kk={g[1]}>{g[2]}"]  # P4


def _pair_groups(key: tuple) -> tuple[tuple, ...]:
    pr, order, sp, dp, skind, tkind, typ, v, co = key
    return (("P1", pr, typ), ("P2", order, typ, v), ("P3", sp, dp), ("P4", skind.split(":")[0], tkind.split(":")[0]),
            ("P5", co))


def pair_feats(key: tuple) -> list[str]:
    return [f for g in _pair_groups(key) for f in _group_feats(g)]


def actor_feats(key: tuple) -> list[str]:
    """What one actor mention is to the trigger, as feature names (without the role prefix)."""
    return [f for g in _actor_groups(key) for f in _group_feats(g)]


def _source_feats(key: tuple) -> list[str]:
    return ["s:" + f for f in actor_feats(key[1:])]


def _target_feats(key: tuple) -> list[str]:
    return ["t:" + f for f in actor_feats(key[1:])]


def _bucket(d: int) -> str:
    return str(d) if d <= 3 else "4-5" if d <= 5 else "6-9" if d <= 9 else "10+"


def _introducer(a, toks, nt) -> str:
    """The proclitic written on the actor's word (ب، ل، و) or the word before it."""
    t = toks[a.i]
    if a.start > t.start:
        lead = nt.original[t.start:a.start]
        lead = "".join(c for c in lead if c in "وفبلك")
        if lead:
            return "+" + lead
    if a.i > 0:
        w = toks[a.i - 1].norm
        if w in PREPOSITIONS:
            return w
        if w[:1] in "وف" and w[1:] in PREPOSITIONS:
            return w[1:]
    return "-"


def _actor_key(h, a, rank: int, toks, nt, rule_role: str, broken: bool, carried: bool = False,
               bound: str = "-", said: str = "-", form: str | None = None) -> tuple:
    """What one actor mention is to the trigger: side, distance, rank, introducer, kind,
    the rules' role for it, a clause boundary between, the trigger's type and class, and
    what the mention is bound to (``bound``, see ``bound_to``) and what it is to the statement
    the trigger is reported in (``said``, see core.events.governing). ``form``: form_key(h),
    when the caller has it (it keys every actor of the trigger)."""
    if carried:
        side, dist = "P", 0  # named in the previous sentence
    elif a.j <= h.i:
        side, dist = "B", h.i - a.j
    elif a.i >= h.j:
        side, dist = "A", a.i - h.j
    else:
        side, dist = "I", 0
    # the noun a nationality adjective describes: "مواطنا عراقيا" is a person, "وزير ... العراقي" the state
    head = toks[a.i - 1].norm if a.kind == "ADJ" and a.i > 0 else ""
    intro = _introducer(a, toks, nt)
    if intro == "-" and side == "A" and dist <= 1 and a.kind == "ADJ" and not h.verbal:
        intro = "adj"  # "القصف التركي"، "الهجوم الصاروخي الإيراني": the noun's agent, said by an adjective
    return (side, _bucket(dist), rank, intro, a.kind, rule_role, broken, h.form.type,
            "v" if h.verbal else "n", head, form_key(h) if form is None else form, bound, said)


def _coarse(kind: str) -> str:
    return kind.split(":")[0]


def bound_to(s_actors) -> dict[int, str]:
    """Index in ``s_actors`` → what the mention is bound to, for the nationality adjectives
    written right after another actor's name: they describe that name ("حركة حماس
    الفلسطينية"، "منظمة مجاهدي خلق الإيرانية" is no act of Iran's; "الجيش الإسرائيلي" is
    the army's state), "of" + the name's kind (COUNTRY, STATE>, ORG, UNNAMED ...)."""
    out: dict[int, str] = {}
    for k, a in enumerate(s_actors):
        if a.kind != "ADJ":
            continue
        prev = s_actors[k - 1] if k > 0 else None
        if prev is not None and prev.j == a.i and prev.kind != "ADJ":
            out[k] = "of" + _coarse(prev.kind)
    return out


def _broken(toks, nt, a: int, b: int) -> bool:
    """Punctuation other than a comma between tokens a and b (a clause boundary)."""
    norm = nt.norm
    end = min(b + 1, len(toks))
    if a + 1 >= end:
        return False
    prev = toks[a].nend
    for t in toks[a + 1:end]:
        gap = norm[prev:t.nstart]
        prev = t.nend
        if gap == " " or not gap:  # the gap of most words: nothing to strip
            continue
        gap = gap.strip()
        if gap and gap not in _COMMAS and not all(c in _QUOTES for c in gap):
            return True
    return False


_COMMAS = ("،", ",", "_")  # what may stand alone between the words of one clause
_QUOTES = "_\"«»“”'#"  # ... and any run of these


# What core.events.learned.prepare reads of a sentence's actors whatever the trigger (bound_to, and each
# mention's index by identity), and bound_to of the previous sentence's: every trigger of
# a sentence asks them of the same lists, so the last answers are kept (the lists held,
# so that the identity test cannot meet a new list at an old address; tuples swapped
# whole, as _coordination's).
_LAST_MARKS: tuple = (None, 0, None)
_LAST_CARRIED: tuple = (None, 0, None)


def _sentence_marks(s_actors: list) -> tuple[dict[int, str], dict[int, int]]:
    global _LAST_MARKS
    last = _LAST_MARKS
    if last[0] is s_actors and last[1] == len(s_actors):
        return last[2]
    bound = bound_to(s_actors)
    got = (bound, {id(a): k for k, a in enumerate(s_actors)} if bound else {})
    _LAST_MARKS = (s_actors, len(s_actors), got)
    return got


def _carried_marks(carried: list) -> dict[int, str]:
    global _LAST_CARRIED
    last = _LAST_CARRIED
    if last[0] is carried and last[1] == len(carried):
        return last[2]
    got = bound_to(carried)
    _LAST_CARRIED = (carried, len(carried), got)
    return got


def _coordinated_rest(h, s_actors, chosen, toks, nt) -> list:
    """The actors coordinated with a chosen one after the trigger that the nearest
    (core.events.learned.MAX_ACTORS) or the reach left out ("بحق كل من الاتحاد الأوروبي وكندا والصين والمكسيك
    وتركيا"): a list of sides is one side, all of whose members the act reaches."""
    last = max((a.j for _, a in chosen if a.i >= h.j), default=None)
    if last is None:  # no chosen actor after the trigger: no list to follow
        return []
    _coordinated_pair = _actors()._coordinated
    ids = {a.actor for _, a in chosen}
    out = []
    for k, a in enumerate(s_actors):
        if a.i < last or a.actor in ids or k == 0:
            continue
        if not _coordinated_pair(toks, nt, s_actors[k - 1], a) or s_actors[k - 1].actor not in ids:
            if a.i > last:
                break
            continue
        out.append((a.i - h.j, a))
        ids.add(a.actor)
        last = a.j
    return out


def _actors():
    """core.events.actors, which imports this module (through triggers): imported on first
    use and kept, since an import statement per trigger costs a lock and a look-up."""
    if not _ACTORS:
        from core.events import actors

        _ACTORS.append(actors)
    return _ACTORS[0]


_ACTORS: list = []


_LAST_COORDINATION: tuple = (None, None, None)  # (actors, tokens, groups) of the last sentence asked


def _coordination(s_actors, toks, nt) -> dict[str, int]:
    """Actor id → group of the actors the sentence coordinates with it ("إيطاليا ومالطا"،
    "الولايات المتحدة وبريطانيا وفرنسا"): coordinated actors are mostly on one side of
    an act, not its source and target. Every trigger of a sentence asks it of the same
    actors, so the last sentence's answer is kept (the objects held, so that the identity
    test cannot meet a new list at an old address; a tuple swapped whole, so that two
    threads can never pair one sentence's actors with another's groups)."""
    global _LAST_COORDINATION
    last = _LAST_COORDINATION
    if last[0] is s_actors and last[1] is toks:
        return last[2]
    out = _coordination_groups(s_actors, toks, nt)
    _LAST_COORDINATION = (s_actors, toks, out)
    return out


def _coordination_groups(s_actors, toks, nt) -> dict[str, int]:
    _coordinated = _actors()._coordinated
    out: dict[str, int] = {}
    group = 0
    for k, a in enumerate(s_actors):
        if k == 0 or not _coordinated(toks, nt, s_actors[k - 1], a):
            group += 1
        out.setdefault(a.actor, group)
    return out


def form_key(h) -> str:
    """How the model names a trigger form (its first two words)."""
    return "_".join(h.form.tokens[:2])


def _pair_names(key: tuple) -> list[str]:
    return pair_feats(key[1:])


# A trigger's features, spelt from the values a Setup keeps of it (core.events.learned.prepare:
# type, form, part of speech, class, joint, the rules' reason, actors near, inverse,
# envoy, next word, word before, the word, earlier triggers), in the order the model sums them.
def head_feats(tv: tuple) -> list[str]:
    return [f"T={tv[0]}", f"F={tv[1]}", f"P={tv[2]}{tv[3]}", f"J={tv[4]}"]


def modal_feats(tv: tuple, modality: str) -> list[str]:
    return [f"M={modality}", f"MT={modality}{tv[0]}"]


def tail_feats(tv: tuple) -> list[str]:
    return [f"R={tv[5]}", f"RT={tv[5]}{tv[0]}", f"N={tv[6]}"]


def last_feats(tv: tuple) -> list[str]:
    typ, v, inverse, envoy, nxt, before_w, word, again = tv[0], tv[3], *tv[7:]
    return [f"inv={inverse}", f"env={envoy}", f"nx={nxt}", f"bw={before_w}", f"W={word}", f"ag={again}{typ}{v}"]


def last_tables(weights: dict[str, float]) -> tuple[dict, ...]:
    """The weights of last_feats by their values: "inv=", "env=" by the flag, "nx=",
    "bw=", "W=" by the word, and an empty table for "ag=" that the model fills as met."""
    w = weights
    return ({f: w.get(f"inv={f}", 0.0) for f in (True, False)}, {f: w.get(f"env={f}", 0.0) for f in (True, False)},
            {}, *({f[len(p):]: x for f, x in w.items() if f.startswith(p)} for p in ("nx=", "bw=", "W=")))
