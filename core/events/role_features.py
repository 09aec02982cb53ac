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


_BUCKETS = tuple(_bucket(d) for d in range(10))  # _bucket of the distances below 10, read by index


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


def mention_marks(a, toks, nt) -> tuple[str, str, object]:
    """What an actor mention brings to its key whatever the trigger (_actor_key): the word
    or proclitic that introduces it (_introducer) and the noun a nationality adjective
    describes; the same for each trigger of its sentence, so read once (trigger_keys). The
    mention itself last: kept with them, it keeps its id from being another's."""
    return _introducer(a, toks, nt), toks[a.i - 1].norm if a.kind == "ADJ" and a.i > 0 else "", a


def trigger_keys(h, chosen: list, prior: list, rank: dict, roles, toks, nt, marks: dict, bound: dict, where: dict,
                 speaker: str | None, how: str, form: str) -> dict[str, tuple]:
    """Actor id → its _actor_key for one trigger: the carried actors (``prior``, side "P",
    their rank their order) first, then the ``chosen`` ones (a clause boundary between,
    what each is bound to). The same keys as _actor_key's, made without its calls:
    mention_marks kept in ``marks`` (id(mention) → them, per sentence) and
    governing.said spelt out once per trigger (``speaker``, ``how``: governing.speaker_marks)."""
    src, tgt, joint = roles or ((), (), ())
    hi, hj, typ, nominal = h.i, h.j, h.form.type, not h.verbal
    v = "n" if nominal else "v"
    named = how == "f" or how == "F"  # governing.said: "y"/"Y" the speaker, "n" the others
    mark = "y" if how == "f" else "Y"
    p_said, s_said = ("c", "o") if how == "d" else ("-", "-")
    per: dict[str, tuple] = {}
    for r, a in enumerate(prior):
        actor = a.actor
        got = marks.get(id(a)) or marks.setdefault(id(a), mention_marks(a, toks, nt))
        per[actor] = ("P", "0", r, got[0], a.kind, "s" if actor in src else "t" if actor in tgt else "0", True, typ,
                      v, got[1], form, "-", (mark if actor == speaker else "n") if named else p_said)
    for _, a in chosen:
        actor = a.actor
        got = marks.get(id(a)) or marks.setdefault(id(a), mention_marks(a, toks, nt))
        intro = got[0]
        if a.j <= hi:
            side, dist, lo, up = "B", hi - a.j, a.j, hi
        elif a.i >= hj:
            side, dist, lo, up = "A", a.i - hj, hj, a.i
            if intro == "-" and dist <= 1 and a.kind == "ADJ" and nominal:
                intro = "adj"  # as _actor_key: the noun's agent, said by an adjective
        else:
            side, dist, lo, up = "I", 0, hj, a.i
        per[actor] = (side, _BUCKETS[dist] if dist < 10 else "10+", rank[actor], intro, a.kind,
                      "s" if actor in src else "t" if actor in tgt else "j" if actor in joint else "0",
                      _broken(toks, nt, lo, up), typ, v, got[1], form,
                      bound.get(where.get(id(a)), "-") if bound else "-",
                      (mark if actor == speaker else "n") if named else s_said)
    return per


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


def _coordinated_rest(h, s_actors, chosen, toks, nt, links=None) -> list:
    """The actors coordinated with a chosen one after the trigger that the nearest
    (core.events.learned.MAX_ACTORS) or the reach left out ("بحق كل من الاتحاد الأوروبي وكندا والصين والمكسيك
    وتركيا"): a list of sides is one side, all of whose members the act reaches. ``links``:
    what gives coordination_links of the sentence's actors once read (links(toks, nt)), when
    the caller keeps them."""
    last = None
    for _, a in chosen:  # a loop: a generator reading h would make it a cell of every call
        if a.i >= h.j and (last is None or a.j > last):
            last = a.j
    if last is None:  # no chosen actor after the trigger: no list to follow
        return []
    linked = coordination_links(s_actors, toks, nt) if links is None else links(toks, nt)
    ids = {a.actor for _, a in chosen}
    out = []
    for k, a in enumerate(s_actors):
        if a.i < last or a.actor in ids or k == 0:
            continue
        if not linked[k] or s_actors[k - 1].actor not in ids:
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


def coordination_links(s_actors, toks, nt) -> list[bool]:
    """Whether each mention follows the one before it as coordinated (actors._coordinated;
    the first mention: False)."""
    _coordinated = _actors()._coordinated
    out = []
    for k, a in enumerate(s_actors):  # a loop: a comprehension's names would be cells of every call
        out.append(k > 0 and _coordinated(toks, nt, s_actors[k - 1], a))
    return out


def link_groups(s_actors, linked: list[bool]) -> dict[str, int]:
    """Actor id → its coordination group, from coordination_links."""
    out: dict[str, int] = {}
    group = 0
    for a, joined in zip(s_actors, linked):
        if not joined:
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
