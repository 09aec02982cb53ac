"""A heavier penalty on the role model's features conjoined with the trigger's type
(core.events.role_training.TYPE_SCALE, off in the shipped trainer: 1): a setting the
measuring scripts try (configure), which must train what it says."""
import pytest

from core.events import role_features, role_training


@pytest.fixture
def halved(monkeypatch):
    monkeypatch.setattr(role_training, "TYPE_SCALE", 0.5)


def _rows() -> list[tuple[list[str], int, float]]:
    """Made-up candidates where a kind feature and its conjunction with the type always
    come together: the right pairs are states, the wrong ones persons."""
    rows = []
    for k in range(30):
        rows.append((["s:k=COUNTRY", "s:kT=COUNTRYACCUSE", f"W=word{k % 4}"], 1, 1.0))
        rows.append((["s:k=PERSON", "s:kT=PERSONACCUSE", f"W=word{k % 4}"], 0, 1.0))
    return rows


def test_the_shipped_trainer_penalises_every_feature_alike():
    # at the default scale every feature is binary in training, the typed ones too ...
    x, names = role_training._design(_rows())
    assert set(x.data) == {1.0} and x.sum() == sum(len(feats) for feats, _, _ in _rows())
    assert "s:kT=COUNTRYACCUSE" in list(names)
    # ... so two features on the same rows share the weight equally, and the model says
    # it was trained with no setting under test
    model = role_training.fit_rows(_rows(), c=1.0, threshold=0.5)
    shared, typed = model.weights["s:k=COUNTRY"], model.weights["s:kT=COUNTRYACCUSE"]
    assert shared > 0 and abs(typed / shared - 1) < 0.01
    assert "type_scale" not in model.meta


def test_only_the_conjunctions_with_the_type_are_scaled(halved):
    assert role_training.feature_scale("s:kT=COUNTRYACCUSE") == 0.5
    assert role_training.feature_scale("prT=noneSANCTION") == 0.5
    assert role_training.feature_scale("s:k=COUNTRY") == 1.0
    assert role_training.feature_scale("T=ACCUSE") == 1.0
    assert role_training.feature_scale("W=اتهم") == 1.0


def test_a_typed_feature_learns_a_quarter_of_what_its_shared_twin_learns(halved):
    # two features on the same rows split the weight in inverse proportion to their
    # penalties: the typed one, valued 0.5 in training, costs 4 times as much per unit
    model = role_training.fit_rows(_rows(), c=1.0, threshold=0.5)
    shared, typed = model.weights["s:k=COUNTRY"], model.weights["s:kT=COUNTRYACCUSE"]
    assert shared > 0 and abs(typed / shared - 0.25) < 0.01
    # the shipped table scores binary features: the state still ranks above the person
    assert model.score(["s:k=COUNTRY", "s:kT=COUNTRYACCUSE"]) > model.score(["s:k=PERSON", "s:kT=PERSONACCUSE"])
    assert model.meta["type_scale"] == 0.5


def test_the_same_rows_make_the_same_model(halved):
    assert role_training.fit_rows(_rows()).to_json() == role_training.fit_rows(_rows()).to_json()


def _candidate_feats(typ: str) -> list[str]:
    """Every feature role_features spells for a made-up candidate of the type ``typ``: its
    source and target (one a statement's speaker, one bound to a state), the pair and the
    trigger; only the type differs between two calls."""
    feats = []
    for side, said in (("s", "y"), ("t", "-")):
        # side, distance, rank, introducer, kind, the rules' role, broken, type, class,
        # head word, form, bound, said
        key = (side, "2", 1, "من", "COUNTRY:state", "src", False, typ, "v", "وزير", "f_x", "ofCOUNTRY", said)
        feats += [f"{side}:{f}" for f in role_features.actor_feats(key)]
    # the rules' choice, order, source and target places, kinds, type, class, coordinated
    feats += role_features.pair_feats(("chosen", "st", "1", "2", "COUNTRY:state", "PERSON", typ, "v", False))
    # type, form, part of speech, class, joint, reason, next, inverse, envoy, next word,
    # word before, the word, an earlier trigger
    tv = (typ, "f_x", "VERB", "v", False, "none", "n", False, False, "قال", "ثم", "زار", "CONSULT")
    feats += (role_features.head_feats(tv) + role_features.modal_feats(tv, "asserted")
              + role_features.tail_feats(tv) + role_features.last_feats(tv))
    return feats


def _prefix(feature: str) -> str:
    return feature.split("=", 1)[0].rpartition(":")[2]


def test_every_feature_tied_to_the_type_is_named_typed():
    # a prefix whose value changes with the trigger's type is a conjunction with it: it
    # must be in TYPED (scaled by TYPE_SCALE) or named as left out (TYPED_UNSCALED), so
    # that a new conjunction is not silently penalised as a shared feature
    one, other = _candidate_feats("ALPHATYPE"), _candidate_feats("BETATYPE")
    assert len(one) == len(other) and [_prefix(f) for f in one] == [_prefix(f) for f in other]
    tied = {_prefix(a) for a, b in zip(one, other) if a != b}
    assert tied - (role_features.TYPED | role_features.TYPED_UNSCALED) == set()
    # and the sets name no prefix the builders do not emit, nor one that ignores the type
    assert role_features.TYPED | role_features.TYPED_UNSCALED == tied
    assert not role_features.TYPED & role_features.TYPED_UNSCALED
    assert role_training.TYPED is role_features.TYPED
