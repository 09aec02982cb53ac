"""The role model's shortcuts give what the long way gave: the actor keys a trigger's
setup makes at once (role_features.trigger_keys) are _actor_key's, the bound by which
candidates() passes over a pair is above every pair's part, and a pair's part is the
same under its actors' full and coarse kinds. Sentences and names made up for the tests."""
from core.events import governing, learned
from core.events.actors import _ActorMention
from core.events.role_actors import actor_ranks, near_actors, prior_actors
from core.events.role_features import _actor_key, _broken, _coordinated_rest, form_key
from core.events.triggers import TriggerForm, _Hit
from core.text import normalize_with_offsets, tokenize


def _setup(text, trigger_word, typ, actors, verbal=True):
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    k = next(i for i, t in enumerate(toks) if text[t.start:t.end] == trigger_word)
    h = _Hit(TriggerForm(typ, "111", (toks[k].norm,), "verb" if verbal else "noun", False), k, k + 1,
             toks[k].start, toks[k].end, verbal=verbal)
    seq = []
    for word, actor, kind in actors:
        i = next(i for i, t in enumerate(toks) if text[t.start:t.end] == word)
        seq.append(_ActorMention(actor, i, i + 1, toks[i].start, toks[i].end, adjective=kind == "ADJ", kind=kind))
    return h, seq, toks, nt


def _keys_the_long_way(h, seq, toks, nt, roles, carried):
    """Each actor's key as prepare() made it before trigger_keys: its reading of the
    actors, then one _actor_key call each."""
    sa = learned.sentence_actors(seq, carried)
    near = near_actors(h, seq, toks, sa.bound, False)
    chosen = sorted(near.values(), key=lambda x: x[0])[:learned.MAX_ACTORS]
    chosen += _coordinated_rest(h, seq, chosen, toks, nt, sa.links)
    src, tgt, joint = roles or ([], [], [])
    prior = prior_actors(carried, near, src, False, sa.carried_bound) if carried else []
    speaker, how = governing.speaker_marks(h, seq, toks, nt)
    if speaker is not None and h.form.type in governing.STATEMENT_TYPES and all(a.actor != speaker for _, a in chosen):
        chosen.append(next((h.i - a.j, a) for a in seq if a.actor == speaker))
        how = "F"
    rank = actor_ranks(chosen, h.i)
    fk = form_key(h)
    per = {}
    for r, a in enumerate(prior):
        rr = "s" if a.actor in src else "t" if a.actor in tgt else "0"
        per[a.actor] = _actor_key(h, a, r, toks, nt, rr, True, carried=True,
                                  said=governing.said(a.actor, "P", speaker, how), form=fk)
    for _, a in chosen:
        rr = "s" if a.actor in src else "t" if a.actor in tgt else "j" if a.actor in joint else "0"
        lo, up = (a.j, h.i) if a.j <= h.i else (h.j, a.i)
        per[a.actor] = _actor_key(h, a, rank[a.actor], toks, nt, rr, _broken(toks, nt, lo, up),
                                  bound=sa.bound.get(sa.where.get(id(a)), "-") if sa.bound else "-",
                                  said=governing.said(a.actor, "S", speaker, how), form=fk)
    return per


def test_a_setups_actor_keys_are_those_of_actor_key():
    cases = [
        # a statement with its speaker, an adjective bound to a name, a clause boundary
        ("وقال الوزير الزمردي إن حكومة بلادونيا تتهم جمهورية كرستال. وبحر الفيروز هادئ", "تتهم", "ACCUSE",
         [("الزمردي", "ZMR", "ADJ"), ("بلادونيا", "BLD", "STATE>:-"), ("كرستال", "KRS", "COUNTRY:state")], None, True),
        # a verbal noun with an adjective after it, actors on both sides, the rules' roles
        ("أدانت فالوريا الهجوم الكرستالي على مدينة زمردة ومنظمة النور", "الهجوم", "ASSAULT",
         [("فالوريا", "FLR", "COUNTRY:-"), ("الكرستالي", "KRS", "ADJ"), ("زمردة", "ZMR", "PLACE:-"),
          ("النور", "NUR", "ORG:-")], (["KRS"], ["ZMR"], []), False),
    ]
    carried_text = "واجتمع وفد بلادونيا مع ممثلي فالوريا"
    _, carried, _, _ = _setup(carried_text, "واجتمع", "CONSULT",
                              [("بلادونيا", "BLD", "STATE>:-"), ("فالوريا", "FLR", "COUNTRY:-")])
    for text, word, typ, actors, roles, verbal in cases:
        for with_carried in (False, True):
            h, seq, toks, nt = _setup(text, word, typ, actors, verbal)
            prev = carried if with_carried else []
            st = learned.prepare(h, seq, toks, nt, roles, [], "", prev)
            assert st is not None
            want = _keys_the_long_way(h, seq, toks, nt, roles, prev)
            assert st.keys == want and list(st.keys) == list(want)
            assert st.as_source == {k: ("s",) + x for k, x in st.keys.items()}
            assert st.as_target == {k: ("t",) + x for k, x in st.keys.items()}


def test_no_pair_part_is_above_the_bound_candidates_passes_pairs_over_by():
    model = learned.load_model()
    assert model is not None, "the shipped role model (data/models/event_roles.json) did not load"
    kinds = ("COUNTRY", "ORG", "PERSON", "ADJ", "STATE>", "UNNAMED", "PAIR", "BODY")
    for typ in ("ACCUSE", "REQUEST", "ASSAULT", "CONSULT", "SANCTION"):
        for v in ("v", "n"):
            ruled = model.pair_ceiling(typ, v, False, True)
            for pr in ("dir", "rev", "und", "open", "none"):
                alone = model.pair_ceiling(typ, v, pr == "open", False)
                for order in ("st", "ts"):
                    for sp in (True, False):
                        for dp in (True, False):
                            for co in (True, False):
                                for ks in kinds:
                                    for kt in kinds:
                                        part = model.actor_part(("p", pr, order, sp, dp, ks, kt, typ, v, co))
                                        # above only by the rounding of another order of adding
                                        assert part <= ruled + 1e-12 < ruled + learned._MARGIN
                                        if pr in ("open", "none"):
                                            assert part <= alone + 1e-12


def test_a_pairs_part_is_the_same_under_full_and_coarse_kinds():
    model = learned.load_model()
    assert model is not None, "the shipped role model (data/models/event_roles.json) did not load"
    for full, coarse in (("COUNTRY:state", "COUNTRY"), ("ORG:party", "ORG"), ("STATE>:capital", "STATE>")):
        for pr in ("dir", "none"):
            fresh = learned.RoleModel(model.weights, model.bias, model.threshold)
            a = fresh.actor_part(("p", pr, "st", False, True, full, "PERSON:-", "ACCUSE", "v", False))
            fresh = learned.RoleModel(model.weights, model.bias, model.threshold)
            b = fresh.actor_part(("p", pr, "st", False, True, coarse, "PERSON", "ACCUSE", "v", False))
            assert a == b
