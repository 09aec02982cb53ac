"""The learned role model: which (source, target) pairs of a trigger's sentence are events.

Word-order rules (core.events) find triggers and propose roles; they fit a handful of
articles and miss the many ways news Arabic places its actors. This model looks at every
ordered pair of actors near a trigger and says whether the text asserts that event
between them, in that direction. Its features describe each actor against the trigger
(side, distance, the preposition or proclitic that introduces it, what kind of mention
it is, whether a clause boundary lies between, the role the rules gave it), the pair
(the rules' own choice, coordination) and the trigger (its form, type, modality).

It is a logistic regression trained by ``scripts/train_event_roles.py`` on the
annotated articles (data/gold/train and data/gold), shipped as a table of feature
weights (``data/models/event_roles.json``) and scored here in plain Python: no
scikit-learn or numpy on the extraction path, and the same figures on every machine.
The score of a pair is a sum, so each actor's part is computed once per trigger.

Two functions give it the shape every learned component has (core.crossval):
``train_on_gold(paths) -> model`` and ``set_model(model | None)`` (None = the shipped one).
The training itself (labelling, fitting, its tuned constants) is in core.events.role_training.
"""
from __future__ import annotations

import json
import os
from contextlib import contextmanager
from itertools import repeat
from operator import attrgetter, itemgetter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from core import prepared
from core.events import governing, role_warm
from core.events.role_warm import group_parts as _group_parts  # one actor feature group's sums, made and kept
from core.events.role_actors import (  # noqa: F401  (DESCRIBING: its name before the split)
    CARRIED, DESCRIBING, MAX_ACTORS, REACH_AFTER, REACH_BEFORE, SentenceActors, actor_ranks, far_speaker, near_actors,
    prior_actors, sentence_actors, worth_reading)
from core.events.role_features import (_SPEAKER_MARKS, _actor_groups, _coordinated_rest,
                                        _group_feats, _pair_groups, _pair_names,
                                        _source_feats, _target_feats, form_key, head_feats, last_feats, last_tables,
                                        modal_feats, tail_feats, trigger_keys)

MODEL_PATH = Path(__file__).resolve().parents[2] / "data" / "models" / "event_roles.json"
# a model file read instead of the shipped one by every extraction of the process (to compare
# two models' output on the same articles: scripts/compare_output.py dump with it set)
MODEL_ENV = "AKHBAR_ROLE_MODEL"
RELAX = 0.15  # log-odds below the threshold within which a sentence's first event is still kept (5-fold CV)


@dataclass
class RoleModel:
    """Feature weights of a logistic regression and the score above which a pair is kept."""
    weights: dict[str, float]
    bias: float = 0.0
    threshold: float = 0.0
    meta: dict[str, Any] = field(default_factory=dict)
    # summed weights of a part (an actor in a role, a pair) by its key: parts repeat across
    # triggers and articles, so most are summed once per process
    _parts: dict = field(default_factory=dict, compare=False, repr=False)
    # the summed weights of one feature group (_actor_groups, _pair_groups) per role prefix
    # ("s:", "t:", "" for a pair), by the group: a dict per prefix, so that the hundreds of
    # thousands of group look-ups of a run build no prefixed key
    _groups: dict = field(default_factory=dict, compare=False, repr=False)

    def score(self, feats: list[str]) -> float:
        return sum(map(self.weights.get, feats, _ZEROS))

    def trigger_score(self, feats: list[str]) -> float:
        """The summed weight of a trigger's features, cached by the features."""
        key = tuple(feats)
        got = self._parts.get(key)
        if got is None:
            got = self._remember(key, self.score(feats))
        return got

    def trigger_parts(self, tv: tuple) -> tuple[float, float, float]:
        """score() of the trigger's features before its modality (head_feats), after it
        (tail_feats) and after the restatement flag (last_feats), without their names spelt: the
        first two cached by the values they are spelt from (``Setup.tv``), the last
        added up in their order (``_last_sum``)."""
        key = ("hd",) + tv[:7]
        got = self._parts.get(key)
        if got is None:
            got = self._remember(key, (self.score(head_feats(tv)), self.score(tail_feats(tv))))
        return got[0], got[1], self._last_sum(tv, None)

    def trigger_sum(self, tv: tuple, modality: str, restated: bool) -> float:
        """score() of Setup.trigger_feats(modality, restated): the features before the
        last ones cached by their values, the last added in their order."""
        key = ("pre", modality, restated) + tv[:7]
        got = self._parts.get(key)
        if got is None:
            got = self._remember(key, self.score(head_feats(tv) + modal_feats(tv, modality) + tail_feats(tv) + [f"re={restated}"]))
        return self._last_sum(tv, got)

    def _last_sum(self, tv: tuple, start: float | None) -> float:
        """score() of last_feats(tv) (``start`` None), or ``start`` with those weights added
        one by one in their order: the same sums, with no name spelt (the words around
        the trigger make most of these lists new, so a cache of them seldom hit)."""
        inv, env, ags, nx, bw, ww = self.last_tables()
        if start is None:  # score() begins at 0: its first weight is itself
            total = inv.get(tv[7], 0.0) + env.get(tv[8], 0.0)
        else:
            total = start + inv.get(tv[7], 0.0) + env.get(tv[8], 0.0)
        ag = ags.get((tv[12], tv[0], tv[3]))
        if ag is None:
            ag = ags[(tv[12], tv[0], tv[3])] = self.weights.get(f"ag={tv[12]}{tv[0]}{tv[3]}", 0.0)
        return total + nx.get(tv[9], 0.0) + bw.get(tv[10], 0.0) + ww.get(tv[11], 0.0) + ag

    def last_tables(self) -> tuple[dict, ...]:
        """role_features.last_tables of this model's weights, made once (as role_weights)."""
        got = self._groups.get(("last",))
        if got is None:
            got = self._groups[("last",)] = last_tables(self.weights)
        return got

    def actor_part(self, key: tuple) -> float:
        """The summed weight of an actor in a role (a key starting "s" or "t") or of a pair
        (a key starting "p"); a pair's cached by the key, an actor's summed from its cached
        groups (five in six actor keys of a corpus run are new: a cache of them would cost
        more than it saves)."""
        if key[0] != "p":  # most actor keys are met once: their groups are what repeats
            return _part_score(self, key[0] + ":", _actor_groups(key[1:]))
        got = self._parts.get(key)
        if got is None:
            got = self._remember(key, _part_score(self, "", _pair_groups(key[1:])))
        return got

    def pair_bound(self, typ: str, v: str, pr: str = "none") -> float:
        """The most a pair's part can weigh for a trigger of type ``typ`` (class ``v``) the
        rules gave no pair: the best of each of its feature groups, unseen values at 0."""
        key = ("bound", typ, v, pr)
        got = self._parts.get(key)
        if got is None:
            w = self.weights.get
            by_prefix = self.prefix_bounds()
            # each order and each value of co written out: a generator's names would be cells of every call
            order = max(w(f"o=st{v}", 0.0) + w(f"oT=st{typ}", 0.0), w(f"o=ts{v}", 0.0) + w(f"oT=ts{typ}", 0.0))
            co = max(w("co=True", 0.0), w("co=False", 0.0))
            got = self._remember(key, w(f"pr={pr}", 0.0) + w(f"prT={pr}{typ}", 0.0) + order + co
                                 + sum(by_prefix.values()))
        return got

    def pair_ceiling(self, typ: str, v: str, open_: bool, ruled: bool) -> float:
        """pair_bound for a trigger's pairs: under the rules' choice for it when they paired
        no actors, else the most over the choices a pair may have ("dir", "rev", ...)."""
        if not ruled:
            return self.pair_bound(typ, v, "open" if open_ else "none")
        key = ("ceiling", typ, v)
        got = self._parts.get(key)
        if got is None:
            got = self._remember(key, max(map(self.pair_bound, repeat(typ), repeat(v), ("dir", "rev", "und", "open", "none"))))
        return got

    def prefix_bounds(self) -> dict[str, float]:
        """The best weight of each pair group whose values are open ("sp", "dp", "kk"),
        the same for every type: a pass over all the weights, made once per model (and
        kept with the shipped model in the prepared image)."""
        by_prefix = self._parts.get(("bound",))
        if by_prefix is None:
            by_prefix = {}
            for f, x in self.weights.items():
                head = f.split("=", 1)[0]
                if head in ("sp", "dp", "kk"):
                    by_prefix[head] = max(by_prefix.get(head, 0.0), x)
            self._remember(("bound",), by_prefix)
        return by_prefix

    def role_weights(self) -> tuple[dict[str, float], dict[str, float]]:
        """The weights of the source ("s:") and target ("t:") features by their names
        without the prefix, made once per model: a new feature group is then summed
        without its prefixed names being spelt (the same weights, so the same sums as
        score())."""
        got = self._groups.get(("roles",))
        if got is None:
            got = self._groups[("roles",)] = ({f[2:]: x for f, x in self.weights.items() if f.startswith("s:")},
                                              {f[2:]: x for f, x in self.weights.items() if f.startswith("t:")})
        return got

    def _remember(self, key: tuple, value: float) -> float:
        if len(self._parts) > 200_000:
            self._parts.clear()
        self._parts[key] = value
        return value

    def to_json(self) -> str:
        return json.dumps({"bias": self.bias, "threshold": self.threshold, "meta": self.meta,
                           "weights": dict(sorted(self.weights.items()))}, ensure_ascii=False, indent=0)

    @classmethod
    def from_json(cls, s: str) -> "RoleModel":
        d = json.loads(s)
        return cls({k: float(v) for k, v in d["weights"].items()}, float(d.get("bias", 0.0)),
                   float(d.get("threshold", 0.0)), dict(d.get("meta", {})))


_ZEROS = repeat(0.0)  # the default of every weight lookup (map stops at the shorter input)
_SHIPPED: list[RoleModel | None] = []  # loaded once, on first use
_OVERRIDE: list[RoleModel] = []  # set_model(): a model trained in this process (cross-validation)
_COLLECT: list[list] = []  # collecting(): where find_events leaves its candidates for training


def load_model(path: Path = MODEL_PATH) -> RoleModel | None:
    """The shipped model, or None when its file is absent (the rules then decide alone)."""
    if not path.exists():
        return None
    return RoleModel.from_json(path.read_text(encoding="utf-8"))


def current_model() -> RoleModel | None:
    """The model find_events uses; None while collecting training candidates, which are
    read with the rules' decisions alone (as the features were defined)."""
    if _COLLECT:
        return None
    if _OVERRIDE:
        return None if _OVERRIDE[-1] is RULES_ONLY else _OVERRIDE[-1]
    if not _SHIPPED:
        other = os.environ.get(MODEL_ENV)
        # a missing file named there is an error, not the rules alone
        _SHIPPED.append(_ready(RoleModel.from_json(Path(other).read_text(encoding="utf-8")))
                        if other else _shipped_model())
    return _SHIPPED[0]


@prepared.table()  # read from the prepared image: read from JSON, 20 ms of every start-up
def _shipped_model() -> RoleModel | None:
    """The shipped model with the tables every process derives from its weights (the
    role weights by unprefixed name, the pair groups' bounds) already made: the JSON
    parse and those passes over its 16,000 weights were 20 ms of each process's first
    article; unpickled with the image, 7 ms."""
    return role_warm.warmed(_ready(load_model()))  # its groups of few values summed too


def _ready(model: RoleModel | None) -> RoleModel | None:
    """The model with the tables derived from its weights made."""
    if model is not None:
        model.role_weights()
        model.last_tables()
        model.prefix_bounds()
    return model


RULES_ONLY = RoleModel({}, meta={"rules only": True})  # set_model(RULES_ONLY): the word-order rules decide alone


def set_model(model: RoleModel | None) -> None:
    """Use ``model`` for every extraction of this process; None goes back to the shipped
    one, RULES_ONLY to the rules without a model (to compare, or to test a rule)."""
    _OVERRIDE.clear()
    if model is not None:
        _OVERRIDE.append(model)


def collector() -> list | None:
    return _COLLECT[-1] if _COLLECT else None


@contextmanager
def collecting() -> Iterator[list]:
    """Within the block, find_events appends (sentence start, end, type, candidates) per trigger."""
    bag: list = []
    _COLLECT.append(bag)
    try:
        yield bag
    finally:
        _COLLECT.pop()


# --- candidates ----------------------------------------------------------------------
@dataclass(slots=True)
class Candidate:
    """One ordered pair of actors for one trigger, described by keys: the trigger's
    features, the pair's key and each actor's key. Feature names are spelt out only for
    training (``feats``); scoring sums cached weights by key."""
    source: str
    target: str
    trigger_feats: list[str]
    pair_key: tuple
    source_key: tuple
    target_key: tuple
    directed: bool
    score: float = 0.0
    scored: bool = False  # score holds the model's sum (the candidate was built with it)

    @property
    def feats(self) -> list[str]:
        return (self.trigger_feats + _pair_names(self.pair_key) + _source_feats(self.source_key)
                + _target_feats(self.target_key))


@dataclass(slots=True)
class Setup:
    """What the candidates of one trigger share before its modality is read: the actors
    within reach with their keys, the rules' pairs and the trigger's own features."""
    h: Any
    chosen: list  # (distance, actor mention), nearest first, then the carried ones
    source_keys: dict[str, tuple] | None  # actor id → its key as a source (None: made from ``keys`` when read)
    target_keys: dict[str, tuple] | None
    rule_dir: set
    rule_any: set
    # what the trigger's features are spelt from (type, form, part of speech, class, joint,
    # the rules' reason, actors near, inverse, envoy, next word, word before, the word,
    # earlier triggers; role_features.head_feats ...): spelt only for a candidate the model keeps
    tv: tuple
    side_of: dict[str, int] = field(default_factory=dict)  # actor id → its coordination ("X وY") group
    parts: tuple | None = None  # each actor's part as source and as target, once a model summed them
    open: bool = False  # the rules read roles for the trigger but paired no actors
    keys: dict | None = None  # actor id → its key without the role (as_source's less its "s"), when prepare made them

    @property
    def as_source(self) -> dict[str, tuple]:
        """Actor id → its key as a source: made when a candidate is (most triggers make none)."""
        if self.source_keys is None:
            self.source_keys = {k: ("s",) + x for k, x in self.keys.items()}
        return self.source_keys

    @property
    def as_target(self) -> dict[str, tuple]:
        if self.target_keys is None:
            self.target_keys = {k: ("t",) + x for k, x in self.keys.items()}
        return self.target_keys

    def trigger_feats(self, modality: str, restated: bool) -> list[str]:
        tv = self.tv
        return head_feats(tv) + modal_feats(tv, modality) + tail_feats(tv) + [f"re={restated}"] + last_feats(tv)


def prepare(h, s_actors, toks, nt, roles, rule_pairs, reason: str, carried: list = (),
            sentence: SentenceActors | None = None) -> Setup | None:
    """The actors near the trigger (the nearest MAX_ACTORS of its sentence, and the first
    of the previous one, ``carried``, for a subject this one drops, or for both sides of a
    sentence that names none) with their keys; None when fewer than two. ``sentence``: the
    record of the sentence's actors its earlier triggers made (role_actors.sentence_actors
    of ``s_actors`` and ``carried``), else made here."""
    sa = sentence or sentence_actors(s_actors, carried)
    bound, where = sa.bound, sa.where
    collecting = bool(_COLLECT)
    hi, hj, form = h.i, h.j, h.form
    near = near_actors(h, s_actors, toks, bound, collecting)
    chosen = sorted(near.values(), key=_FIRST)[:MAX_ACTORS]
    chosen += _coordinated_rest(h, s_actors, chosen, toks, nt, sa.links)
    src, tgt, joint = roles or ([], [], [])
    prior = prior_actors(carried, near, src, collecting, sa.carried_bound) if carried else []
    if len(chosen) + len(prior) < (1 if form.type in governing.STATEMENT_TYPES else 2):
        return None  # fewer than two even with a statement's speaker, the one actor that may yet join: none read
    speaker, how = governing.speaker_marks(h, s_actors, toks, nt)
    if speaker is not None and form.type in governing.STATEMENT_TYPES and speaker not in [a.actor for _, a in chosen]:
        chosen.append(far_speaker(s_actors, speaker, hi))  # the speaker, however far
        how = "F"  # ... marked as beyond the reach
    if len(chosen) + len(prior) < 2:
        return None
    rank = actor_ranks(chosen, hi)
    typ = form.type
    fk = form_key(h)
    v = "v" if h.verbal else "n"
    nxt = toks[hj].norm if hj < len(toks) else "$"
    before_w = toks[hi - 1].norm if hi > 0 else "^"
    tv = (typ, fk, form.pos, v, form.joint, reason or "ok", min(len(near), 5),
          form.inverse, form.envoy, nxt, before_w, toks[hi].norm, min(h.again, 2))
    per = trigger_keys(h, chosen, prior, rank, roles, toks, nt, sa.marks, bound, where, speaker, how, fk)
    if prior:
        chosen = chosen + [(99, a) for a in prior]
    rule_dir = {tuple(p) for p, d in rule_pairs if d} if rule_pairs else set()
    rule_any = {frozenset(p) for p, _ in rule_pairs} if rule_pairs else set()
    return Setup(h, chosen, None, None, rule_dir, rule_any, tv, sa.groups(toks, nt),
                 open=roles is not None and not rule_pairs, keys=per)


_FIRST = itemgetter(0)
_MARGIN = 1e-9  # what a bound allows for the rounding of sums added in another order than its own
ASSERTING = ("asserted", "planned", "reported")  # the modalities under which a trigger can make an event


def _best_mod(w, typ: str) -> float:
    """The best modality's weight for type ``typ``: apart from hopeless, whose every call
    would make its generator's names cells."""
    return max(w(f"M={m}", 0.0) + w(f"MT={m}{typ}", 0.0) for m in ASSERTING)


def hopeless(model: RoleModel, st: Setup, sentence_pairs: set, doc_pairs: set, relax: float = 0.0) -> bool:
    """Whether no pair of a trigger the rules gave no pair can pass the model, whatever its
    modality: decided from each actor's parts and a bound on the pair's part, before the
    modality and date are read (which most triggers then need not be)."""
    typ = st.h.form.type
    w = model.weights.get
    best_mod = model._parts.get(("best_mod", typ))
    if best_mod is None:
        best_mod = model._remember(("best_mod", typ), _best_mod(w, typ))
    # the same sums as score() of the trigger's head, tail and last features, in the same order
    head, tail, last = model.trigger_parts(st.tv)
    base = model.bias + head + best_mod + tail + w("re=False", 0.0) + last - model.threshold + relax
    v = "v" if st.h.verbal else "n"
    room = base + model.pair_bound(typ, v, "open" if st.open else "none")  # the rules gave this trigger no pair
    slack = room - base
    actor_part = model.actor_part
    s_part, t_part = _actor_parts(model, st)
    for _, s in st.chosen:
        sa = s.actor
        base_s = base + s_part[sa]
        for _, t in st.chosen:
            if sa == t.actor:
                continue
            part = base_s + t_part[t.actor]
            if slack + part > -1e-6 and part + actor_part(
                    _pair_key(st, s, t, sentence_pairs, doc_pairs, typ, v)) > -1e-6:
                return False
    return True


def _actor_parts(model: RoleModel, st: Setup) -> tuple[dict[str, float], dict[str, float]]:
    """Each actor's part as source and as target (kept on the setup: ``hopeless`` and
    ``candidates`` both need them). Both roles share an actor's feature groups, so each
    group is looked up once for the two sums (the same sums as actor_part's, added in
    the same order: _actor_groups' groups are looked up here one by one, unrolled, since
    the loop over a tuple of them made afresh for each actor cost a third of this)."""
    if st.parts is None or st.parts[0] is not model:
        parts = model._groups.get("st")
        if parts is None or len(parts) > 200_000:  # bounded as _parts is
            parts = model._groups["st"] = {}
        s_part, t_part = {}, {}
        get = parts.get
        keys = getattr(st, "keys", None)  # prepare's keys; a record made otherwise has the prefixed ones only
        if keys is None:
            keys = {k: x[1:] for k, x in st.as_source.items()}
        for k, x in keys.items():
            if len(x) != 13:  # a key made without the bound or the statement: the groups one by one
                s = t = 0.0
                for g in _actor_groups(x):
                    w = get(g) or _group_parts(model, parts, g)
                    s += w[0]
                    t += w[1]
                s_part[k] = s
                t_part[k] = t
                continue
            side, d, rank, intro, kind, rule_role, broken, typ, v, head, form, bound, said = x
            g = ("A1", side, d, rank, v, typ)
            w1 = get(g) or _group_parts(model, parts, g)
            g = ("A2", intro, side, v, typ, form)
            w2 = get(g) or _group_parts(model, parts, g)
            g = ("A3", kind, side, typ)
            w3 = get(g) or _group_parts(model, parts, g)
            g = ("A4", rule_role, typ, v, form)
            w4 = get(g) or _group_parts(model, parts, g)
            g = ("A5", broken, side, rule_role)
            w5 = get(g) or _group_parts(model, parts, g)
            g = ("A6", head)
            w6 = get(g) or _group_parts(model, parts, g)
            g = ("A7", bound, typ)
            w7 = get(g) or _group_parts(model, parts, g)
            s = 0.0 + w1[0] + w2[0] + w3[0] + w4[0] + w5[0] + w6[0] + w7[0]
            t = 0.0 + w1[1] + w2[1] + w3[1] + w4[1] + w5[1] + w6[1] + w7[1]
            if said in _SPEAKER_MARKS:  # the statement's group (A8), only for its speaker
                g = ("A8", said, side, typ)
                w8 = get(g) or _group_parts(model, parts, g)
                s += w8[0]
                t += w8[1]
            s_part[k] = s
            t_part[k] = t
        st.parts = (model, s_part, t_part)
    return st.parts[1], st.parts[2]


def _pair_key(st: Setup, s, t, sentence_pairs: set, doc_pairs: set, typ: str, v: str) -> tuple:
    sa, ta = s.actor, t.actor
    fk = frozenset((sa, ta))
    # "open": the rules read roles for the trigger but paired no actors ("ودعت إيطاليا شركاءها
    # في الاتحاد الأوروبي": a subject, and its object taken for a place)
    if st.rule_any:  # the rules paired some actors (rule_dir holds the directed ones among them)
        rule_dir = st.rule_dir
        pr = ("dir" if (sa, ta) in rule_dir else "rev" if (ta, sa) in rule_dir else "und" if fk in st.rule_any
              else "open" if st.open else "none")
    else:
        pr = "open" if st.open else "none"
    order = "st" if s.i < t.i or s.i == t.i and s.j < t.j else "ts"  # (s.i, s.j) < (t.i, t.j)
    side_of = st.side_of
    co = side_of.get(sa, -1) == side_of.get(ta, -2)
    # the kinds coarse, as the pair's features read them (_pair_groups): one cached part for more pairs
    return ("p", pr, order, fk in sentence_pairs, fk in doc_pairs, s.kind.partition(":")[0], t.kind.partition(":")[0],
            typ, v, co)


def candidates(h, s_actors, toks, nt, roles, rule_pairs, reason: str, modality: str, restated: bool,
               sentence_pairs: set, doc_pairs: set, carried: list = (),
               model: RoleModel | None = None, setup: Setup | None = None,
               relax: float = 0.0, sentence: SentenceActors | None = None) -> list[Candidate] | None:
    """Every ordered pair of distinct actors near the trigger (see ``prepare``, or its
    ``setup`` when already made), with its features.

    With a ``model``, only the pairs it scores above its threshold (what ``decide`` keeps
    from), or None when no pair is within its reach (the rules' reading then stands)."""
    st = setup or prepare(h, s_actors, toks, nt, roles, rule_pairs, reason, carried, sentence)
    if st is None:
        return [] if model is None else None
    trig = st.trigger_feats(modality, restated) if model is None else None  # spelt once a pair passes
    as_source = as_target = None  # read once a candidate is made
    typ, v = h.form.type, "v" if h.verbal else "n"
    if model is not None:
        # scored here, part by part from the model's caches; a pair can only pass when its
        # actors' parts leave room for the best pair part the training candidates had
        # (max_pair): most pairs are ruled out before their own part is looked up
        base = model.bias + model.trigger_sum(st.tv, modality, restated) - model.threshold + relax
        room = base + model.meta.get("max_pair", 1e9)
        # ... and none whose actors leave no room for the most this trigger's pairs can weigh
        ceiling = model.pair_ceiling(typ, v, st.open, bool(st.rule_any)) + _MARGIN
        s_part, t_part = _actor_parts(model, st)
    out = []
    viable = False
    for _, s in st.chosen:
        if model is not None:  # the source's share of both sums, added first as before
            room_s, base_s = room + s_part[s.actor], base + s_part[s.actor]
        for _, t in st.chosen:
            if s.actor == t.actor:
                continue
            if model is not None:
                if room_s + t_part[t.actor] <= 0:
                    continue
                viable = True
                part = base_s + t_part[t.actor]
                if part + ceiling < 0:
                    continue  # below the threshold whatever the pair's part: decide() would not keep it
            pk = _pair_key(st, s, t, sentence_pairs, doc_pairs, typ, v)
            if model is not None:
                score = part + model.actor_part(pk)
                if score <= 0:
                    continue  # decide() keeps none below the threshold: no need to build it
                score -= relax
                if trig is None:
                    trig = st.trigger_feats(modality, restated)
            if as_source is None:
                as_source, as_target = st.as_source, st.as_target
            c = Candidate(s.actor, t.actor, trig, pk, as_source[s.actor], as_target[t.actor], not h.form.joint)
            if model is not None:
                c.score, c.scored = score, True
            out.append(c)
    return out if model is None or viable else None


def _part_score(model: RoleModel, prefix: str, groups: tuple[tuple, ...]) -> float:
    """Summed weights of the groups of one actor in a role (prefix s: or t:) or of a pair,
    each group's sum kept per prefix (most actor keys are new, most of their groups not)."""
    parts = model._groups.get(prefix)
    if parts is None or len(parts) > 200_000:  # bounded as _parts is
        parts = model._groups[prefix] = {}
    total = 0.0
    for g in groups:
        w = parts.get(g)
        if w is None:
            w = parts[g] = model.score(list(map(prefix.__add__, _group_feats(g))))  # prefix no cell
        total += w
    return total


def decide(model: RoleModel, cands: list[Candidate], relax: float = 0.0) -> list[tuple[list[str], bool]]:
    """The pairs the model keeps: above its threshold, one direction per pair of actors;
    with ``relax`` (a sentence that has told no event yet), its best pair within that much
    below the threshold when none is above."""
    if not cands:
        return []
    got = _decide(model, cands)
    if got or not relax:
        return got
    best = max(cands, key=_SCORE)
    return [([best.source, best.target], best.directed)] if best.score > -relax else []


_SCORE = attrgetter("score")


def _decide(model: RoleModel, cands: list[Candidate]) -> list[tuple[list[str], bool]]:
    base = None  # candidates() scored those it built with the model: the trigger's sum is then not needed
    kept: dict[frozenset, Candidate] = {}
    for c in cands:
        if not c.scored:
            if base is None:
                base = model.bias + model.trigger_score(cands[0].trigger_feats) - model.threshold
            c.score = (base + model.actor_part(c.source_key) + model.actor_part(c.target_key)
                       + model.actor_part(c.pair_key))
        if c.score <= 0:
            continue
        k = frozenset((c.source, c.target))
        if k not in kept or c.score > kept[k].score:
            kept[k] = c
    ranked = sorted(kept.values(), key=lambda c: -c.score)
    best = ranked[:1]
    # one act of one trigger: further pairs share the best pair's source (coordinated
    # targets) or its target (coordinated sources), never a new pair of sides
    same_act = [c for c in ranked[1:] if (c.source == best[0].source) != (c.target == best[0].target)
                and {c.source, c.target} & {best[0].source, best[0].target}]
    if best and not best[0].directed:
        same_act = []  # a joint act has its two sides
    return [([c.source, c.target], c.directed) for c in best + same_act]


def train_on_gold(gold_paths: list[Path]) -> RoleModel:
    """The role model learned from annotated articles (NAME.json with NAME.txt beside it);
    the training itself lives in core.events.role_training, imported only when training."""
    from core.events import role_training

    return role_training.train_on_gold(gold_paths)
