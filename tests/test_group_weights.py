"""An actor group's weights summed from its features' weights kept by their values
(core.events.group_weights): the same names as role_features spells, the same sums as
the model's score() of them, and a new group that shares its features with groups met
before spells none of those again."""
import random

from core.events import group_weights, learned
from core.events.role_features import _actor_groups, _group_feats

# made-up actor keys (side, distance, rank, introducer, kind, rule role, broken, type,
# class, head, form, bound, said) of every shape the model's groups take
KEYS = [
    ("B", "0", 0, "-", "COUNTRY", "s", False, "ACCUSE", "v", "", "اتهمت", "-", "y"),
    ("A", "4-5", 2, "+ب", "STATE>:military", "t", True, "ASSAULT", "n", "", "غارة_علي", "ofORG", "n"),
    ("I", "0", 1, "adj", "ADJ", "0", False, "SANCTION", "n", "القوات", "عقوبات", "-", "Y"),
    ("P", "0", 0, "مع", "ORG:armed_group", "j", True, "CONSULT", "v", "", "التقي", "-", "c"),
    ("B", "10+", 3, "من", "UNNAMED", "0", False, "REQUEST", "v", "", "دعت", "-", "-"),
]


def _model() -> learned.RoleModel:
    """A model with a weight on some of the keys' features as source and as target."""
    rnd = random.Random(7)
    names = sorted({f for key in KEYS for g in _actor_groups(key) for f in _group_feats(g)})
    weights = {}
    for f in names[::2]:
        weights["s:" + f] = rnd.uniform(-2, 2)
    for f in names[1::3]:
        weights["t:" + f] = rnd.uniform(-2, 2)
    return learned.RoleModel(weights)


def test_the_names_are_role_features_names():
    for key in KEYS:
        for g in _actor_groups(key):
            assert group_weights.names(g) == _group_feats(g)
    assert group_weights.names(("A8", "n", "B", "ACCUSE")) == _group_feats(("A8", "n", "B", "ACCUSE")) == []


def test_the_sums_are_score_of_the_spelt_names():
    model = _model()
    table = {}
    for key in KEYS:
        for g in _actor_groups(key):
            feats = _group_feats(g)
            want = (model.score(["s:" + f for f in feats]), model.score(["t:" + f for f in feats]))
            assert group_weights.group_parts(model.role_weights(), table, g) == want
            assert learned._group_parts(model, {}, g) == want


def test_a_new_group_spells_only_its_new_features():
    model = _model()
    table = {}
    group_weights.group_parts(model.role_weights(), table, ("A2", "من", "B", "v", "ACCUSE", "اتهمت"))
    assert len(table) == 5
    # another form: only the feature that reads the form is new
    group_weights.group_parts(model.role_weights(), table, ("A2", "من", "B", "v", "ACCUSE", "اتهم"))
    assert len(table) == 6


# made-up trigger values (type, form, part of speech, class, joint, reason, actors near, ...)
TVS = [("ACCUSE", "اتهمت", "verb", "v", False, "ok", 3, False, False, "روسيا", "و", "اتهمت", 0),
       ("ASSAULT", "غارة_علي", "noun", "n", True, "noactor", 5, True, False, "مواقع", "شن", "غارة", 2)]


def test_a_triggers_sums_are_score_of_its_spelt_names():
    from core.events.role_features import head_feats, modal_feats, tail_feats

    names = [f for tv in TVS for m in ("asserted", "planned") for f in head_feats(tv) + modal_feats(tv, m) + tail_feats(tv)]
    rnd = random.Random(3)
    model = learned.RoleModel({f: rnd.uniform(-2, 2) for f in names[::2]} | {"re=True": 0.25, "re=False": -0.5})
    for tv in TVS:
        for modality in ("asserted", "planned", "denied"):
            for restated in (True, False):
                want = model.score(head_feats(tv) + modal_feats(tv, modality) + tail_feats(tv) + [f"re={restated}"])
                assert group_weights.keyed_sum(model, group_weights.sum_keys(tv, modality, restated)) == want
        assert group_weights.keyed_sum(model, group_weights.head_keys(tv)) == model.score(head_feats(tv))
        assert group_weights.keyed_sum(model, group_weights.tail_keys(tv)) == model.score(tail_feats(tv))
