"""An actor feature group's summed source and target weights, without its names spelt.

The role model (core.events.learned) sums an actor's weights group by group
(role_features._actor_groups) and keeps each group's sums; a group met for the first
time in a process (some thirty an article in a fresh one: a new trigger form, distance or
kind makes a new group) spelt its five or six feature names, Arabic words among them,
and hashed each: some 17,000 instructions a group. A group's features each read only a
few of its values ("sd=" the side and distance, "inF=" the introducer, side and form),
and those few repeat across groups far more than the groups do: each feature's two
weights are kept here by its name's values, so a new group is summed from look-ups and
spells only the features never met.

The sums are the same as score()'s of the spelt names: the same weights added in the
same order by ``sum`` (a missing weight is 0.0, as ``map(get, feats, zeros)`` reads it).
FEATURES repeats role_features._group_feats's spelling; tests/test_group_weights.py
checks that the two spell the same names.
"""
from __future__ import annotations

from core.events.role_features import _SPEAKER_MARKS

# each actor group's features: (the name's prefix, the indices of the group's values it is
# spelt from, in order); A3's index 4 is its kind's coarse class (the part before ":")
FEATURES: dict[str, tuple[tuple[str, tuple[int, ...]], ...]] = {
    "A1": (("sd=", (1, 2)), ("sdv=", (1, 2, 4)), ("sr=", (1, 3)), ("srv=", (1, 3, 4)), ("sT=", (1, 3, 5))),
    "A2": (("in=", (1,)), ("ins=", (1, 2)), ("insv=", (1, 2, 3)), ("inT=", (1, 4)), ("inF=", (1, 2, 5))),
    "A3": (("kc=", (4,)), ("kcs=", (4, 2)), ("kcT=", (4, 3)), ("k=", (1,)), ("ks=", (1, 2)), ("kT=", (1, 3))),
    "A4": (("r=", (1,)), ("rT=", (1, 2)), ("rv=", (1, 3)), ("rF=", (1, 4))),
    "A5": (("br=", (1, 2)), ("rs=", (3, 2))),
    "A6": (("h=", (1,)),),
    "A7": (("b=", (1,)), ("bT=", (1, 2))),
    "A8": (("sk=", (1, 2)), ("skT=", (1, 3))),
}
LIMIT = 200_000  # feature entries kept per model, bounded as its other caches are


def names(g: tuple) -> list[str]:
    """The feature names of group ``g`` as FEATURES spells them (role_features._group_feats's)."""
    v = _values(g)
    if v is None:
        return []
    return [p + "".join(map(str, (v[i] for i in idx))) for p, idx in FEATURES[g[0]]]


def _values(g: tuple) -> tuple | None:
    """The values the group's names are spelt from (A3 with its kind's coarse class), None
    for a statement's group of an actor that is not its speaker (it has no features)."""
    tag = g[0]
    if tag == "A3":
        return g + (g[1].split(":")[0],)
    if tag == "A8" and g[1] not in _SPEAKER_MARKS:
        return None
    return g


def group_parts(weights: tuple[dict, dict], table: dict, g: tuple) -> tuple[float, float]:
    """The summed source and target weights of actor group ``g`` (``weights``: the model's
    role_weights(); ``table``: its feature entries, (prefix, values) → (source weight,
    target weight))."""
    v = _values(g)
    if v is None:
        return 0.0, 0.0
    s_w, t_w = weights
    ss, ts = [], []
    for p, idx in FEATURES[g[0]]:
        key = (p,) + tuple([v[i] for i in idx])
        got = table.get(key)
        if got is None:
            if len(table) > LIMIT:
                table.clear()
            name = p + "".join(map(str, key[1:]))
            got = table[key] = (s_w.get(name, 0.0), t_w.get(name, 0.0))
        ss.append(got[0])
        ts.append(got[1])
    return sum(ss), sum(ts)


# --- a trigger's own features ------------------------------------------------------------
# The trigger's features before and after its modality (role_features.head_feats,
# modal_feats, tail_feats, and "re=" the restatement flag), as (prefix, values) keys of
# the same names: a trigger's sums are cached by all its values (learned.RoleModel.
# trigger_parts, trigger_sum), a dozen new an article in a fresh process, each of which
# spelt its names (the trigger's form among them); its features' weights repeat more.
def head_keys(tv: tuple) -> tuple[tuple, ...]:
    return ("T=", tv[0]), ("F=", tv[1]), ("P=", tv[2], tv[3]), ("J=", tv[4])


def modal_keys(tv: tuple, modality: str) -> tuple[tuple, ...]:
    return ("M=", modality), ("MT=", modality, tv[0])


def tail_keys(tv: tuple) -> tuple[tuple, ...]:
    return ("R=", tv[5]), ("RT=", tv[5], tv[0]), ("N=", tv[6])


def sum_keys(tv: tuple, modality: str, restated: bool) -> tuple[tuple, ...]:
    """The keys of the trigger's features up to its last ones (learned.RoleModel.trigger_sum)."""
    return head_keys(tv) + modal_keys(tv, modality) + tail_keys(tv) + (("re=", restated),)


def keyed_sum(model, keys: tuple[tuple, ...]) -> float:
    """``model``.score() of the names ``keys`` spell (prefix, then its values): their weights
    kept on the model by the keys, added in their order by ``sum`` as score() adds them."""
    table = model._groups.get("tw") or model._groups.setdefault("tw", {})
    weights = model.weights
    got = []
    for key in keys:
        w = table.get(key)
        if w is None:
            if len(table) > LIMIT:
                table.clear()
            w = table[key] = weights.get(key[0] + "".join(map(str, key[1:])), 0.0)
        got.append(w)
    return sum(got)
