"""The shipped role model's actor groups, summed once into the prepared image.

The role model (core.events.learned) sums an actor's weights by feature groups
(role_features._actor_groups) and keeps each group's two sums (as source, as target) in
``model._groups["st"]`` as they are met. A fresh process met some thirty new groups an
article over its first hundred articles, each spelling its five or six feature names and
looking them up (some 18,000 instructions a group, a little over 2 % of an article).
Summed here, by the same function and so to the same sums, when the shipped model is
read into the image (and unpickled with it; some 20,000 groups, a process's start-up
about two articles' worth of instructions more):

- the groups whose values come from small closed sets: an actor's side, distance and rank
  (A1), its kind (A3), the rules' role by side (A5), the noun a nationality adjective
  describes (A6), what it is bound to (A7), the statement's mark of its speaker (A8), each
  with the trigger's type and class;
- the groups that read the trigger's form (A2, A4), too many to sum for every form: those
  of the forms the model has an "inF=" or "rF=" weight for, and for the other forms, whose
  form feature weighs 0.0, the sums every such group shares, kept once under a key with
  no form (group_parts: a group of such a form met later spells that one name only).
"""
from __future__ import annotations

from itertools import product, repeat

from core.events.role_features import _group_feats

SIDES = ("B", "A", "I", "P")  # before, after, inside the trigger, the previous sentence (role_features._actor_key)
DISTANCES = {"B": ("0", "1", "2", "3", "4-5", "6-9", "10+"), "A": ("0", "1", "2", "3", "4-5", "6-9", "10+"),
             "I": ("0",), "P": ("0",)}  # role_features._bucket of the distances each side has
RANKS = range(6)  # actors on one side nearer the trigger (learned.MAX_ACTORS and a few beyond)
CLASSES = ("v", "n")
RULE_ROLES = ("s", "t", "j", "0")
SAID = ("y", "Y", "c")  # the statement's marks with features (role_features._SPEAKER_MARKS)


def warmed(model):
    """``model`` with its small actor groups summed into its group cache (None stays None)."""
    if model is None:
        return model
    from core.events.triggers import load_triggers

    types = sorted({f.type for forms in load_triggers().by_first.values() for f in forms})
    named: dict[str, set] = {"k": set(), "h": set()}  # the kinds and heads of the role features ("s:k=X")
    for f in model.weights:
        head, _, value = f[2:].partition("=")
        if f[1:2] == ":" and head in named:
            named[head].add(value)
    kinds = sorted(named["k"])
    coarse = sorted({k.split(":")[0] for k in kinds})
    parts = model._groups.setdefault("st", {})
    for g in _groups(types, kinds, coarse, sorted(named["h"])):
        if g not in parts:
            group_parts(model, parts, g)
    _form_groups(model, parts, types)
    return model


def _form_groups(model, parts: dict, types: list[str]) -> None:
    """The groups that read the trigger's form (A2, A4): those of each form the model has a
    weight for, under the types the trigger lexicon gives that form, and the one entry
    of each other values' groups whose form has none (group_parts), summed into ``parts``."""
    from core.events.role_features import form_key
    from core.events.triggers import load_triggers

    typed: dict[str, set] = {}  # a form's key → the types its trigger forms have
    for forms in load_triggers().by_first.values():
        for f in forms:
            typed.setdefault(form_key(_Hit(f)), set()).add(f.type)
    intros = {"-"}
    for f in model.weights:
        head, _, rest = f[2:].partition("=")
        if f[1:2] != ":":
            continue
        if head == "in":
            intros.add(rest)
        elif head == "inF":  # introducer, side (the first of SIDES: no introducer writes one), form
            k = next((k for k, c in enumerate(rest) if c in SIDES), None)
            if k is not None:
                for v, typ in product(CLASSES, sorted(typed.get(rest[k + 1:], ()))):
                    _sum(model, parts, ("A2", rest[:k], rest[k], v, typ, rest[k + 1:]))
        elif head == "rF" and rest[:1] in RULE_ROLES:  # the rules' role (one letter), form
            for v, typ in product(CLASSES, sorted(typed.get(rest[1:], ()))):
                _sum(model, parts, ("A4", rest[0], typ, v, rest[1:]))
    for v, typ in product(CLASSES, types):  # a form with no weight: NOFORM is none
        for intro, side in product(sorted(intros), SIDES):
            _sum(model, parts, ("A2", intro, side, v, typ, NOFORM), keep=False)
        for role in RULE_ROLES:
            _sum(model, parts, ("A4", role, typ, v, NOFORM), keep=False)


NOFORM = "\x00"  # a form no trigger has: its groups' sums are those of every form with no weight


class _Hit:
    """What form_key reads of a hit: its form."""
    def __init__(self, form):
        self.form = form


def _sum(model, parts: dict, g: tuple, keep: bool = True) -> None:
    """group_parts of ``g`` into ``parts`` unless there already; without ``g`` itself unless ``keep``."""
    if g not in parts:
        group_parts(model, parts, g)
        if not keep:
            del parts[g]


def group_parts(model, parts: dict, g: tuple) -> tuple[float, float]:
    """One actor feature group's summed source and target weights (role_features._group_feats
    by the model's role_weights), made and kept in ``parts`` (the model's group cache). A
    group that reads the trigger's form (A2, A4) whose form feature has no weight shares
    its sums with every such group of its other values: kept under its key with None for
    the form (no group's form is None), its feature spelt and looked up alone."""
    s_w, t_w = model.role_weights()
    tag, canon = g[0], None
    if tag == "A2" or tag == "A4":  # ("A2", intro, side, v, typ, form), ("A4", rule role, typ, v, form)
        name = f"inF={g[1]}{g[2]}{g[5]}" if tag == "A2" else f"rF={g[1]}{g[4]}"
        if name not in s_w and name not in t_w:
            canon = g[:-1] + (None,)
            w = parts.get(canon)
            if w is not None:
                parts[g] = w
                return w
    feats = _group_feats(g)
    w = parts[g] = (sum(map(s_w.get, feats, _ZEROS)), sum(map(t_w.get, feats, _ZEROS)))
    if canon is not None:
        parts[canon] = w
    return w


_ZEROS = repeat(0.0)  # the default of every weight look-up (map stops at the shorter input)


def _groups(types: list[str], kinds: list[str], coarse: list[str], heads: list[str]):
    """The actor groups of the closed value sets, the kinds and heads the model has weights for."""
    for side in SIDES:
        for d, rank, v, typ in product(DISTANCES[side], RANKS, CLASSES, types):
            yield "A1", side, d, rank, v, typ
        for kind, typ in product(kinds, types):
            yield "A3", kind, side, typ
        for broken, role in product((True, False), RULE_ROLES):
            yield "A5", broken, side, role
        for said, typ in product(SAID, types):
            yield "A8", said, side, typ
    for head in heads:
        yield ("A6", head)
    for bound, typ in product(["-"] + ["of" + c for c in coarse], types):
        yield "A7", bound, typ
