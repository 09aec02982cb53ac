"""The event stage's short cuts give what the plain computations give: the trigger keys of
a word (first_keys's test in C, word_keys's suffixes by last letter), a trigger plan's
test of the next word and its need of one, the cue kinds of a word from one
table, the verbs of saying as one set, and the role model's actor parts (both roles summed in one pass, from the weights by
unprefixed name)."""
from __future__ import annotations

from core.events import learned, load_triggers
from core.events.role_features import head_feats, last_feats, tail_feats
from core.events.governing import cue_forms
from core.cue_words import read_cue_kinds
from core.events.triggers import GAP, PRONOUN_SUFFIXES, word_keys
from core.text import clitic_variants, future_imperfect


def _plain_word_keys(norm: str, teh_marbuta: bool) -> dict[str, int]:
    """word_keys as first written: every suffix tried on every candidate."""
    keys: dict[str, int] = {}
    for stem, dropped in clitic_variants(norm):
        cands = [stem]
        if stem.startswith("ال") and len(stem) > 3:
            cands.append(stem[2:])
        if (imperfect := future_imperfect(stem, min_len=4, after_conjunction=False)):
            cands.append(imperfect)
        for c in list(cands):
            if not c.endswith(PRONOUN_SUFFIXES):
                continue
            for suf in PRONOUN_SUFFIXES:
                if suf == "ه" and teh_marbuta:
                    continue
                if c.endswith(suf) and len(c) - len(suf) >= 3:
                    base = c[: -len(suf)]
                    cands.append(base)
                    if base.endswith("ت"):
                        cands.append(base[:-1] + "ه")
                    elif base.endswith(("ائ", "اؤ")):
                        cands.append(base[:-1] + "ء")
        for c in cands:
            keys.setdefault(c, dropped)
    return keys


def _words() -> list[str]:
    """Trigger keys written with proclitics, the article, the future mark and pronouns,
    and words that begin no trigger."""
    trig = load_triggers()
    out = ["في", "من", "الحكومه", "قال", "و", "ب", "سلام", "سيارات"]
    for key in sorted(trig.by_first)[::7]:
        for w in (key, "و" + key, "بال" + key, "لل" + key, "س" + key, key + "ها", key[:-1] + "تهما", "وس" + key + "هم"):
            out.append(w)
    return out


def test_word_keys_and_first_keys_match_the_plain_reading():
    trig = load_triggers()
    for w in _words():
        for tm in (False, True):
            plain = _plain_word_keys(w, tm)
            got = word_keys(w, tm)
            assert list(got.items()) == list(plain.items()), w
            assert trig.first_keys(w, tm) == tuple((k, d) for k, d in plain.items() if k in trig.by_first), w


def test_a_plan_tests_the_next_word_as_its_letters_do():
    """continues() is the plain test of each second word's inner letters (one test for one);
    a plan needs a next word exactly when all its forms have one after no gap, and then
    reaches no form without that word's readings, whatever the words after it."""
    trig = load_triggers()
    words = _words() + ["", "ا", "مع", "الاتفاق"]
    for key in sorted(trig.by_first)[::3]:
        plan = trig.plan(key)
        seconds = [f.tokens[1] for f in plan.forms if len(f.tokens) > 1 and f.tokens[1] != GAP]
        for w in words + seconds + ["و" + w for w in seconds]:
            assert plan.continues(w) == any(inner in w for inner in plan.second_inner), (key, w)
        assert plan.needs_next == all(len(f.tokens) > 1 and f.tokens[1] != GAP for f in plan.forms), key
        if plan.needs_next:
            norms = ["قالت", "الحكومة", "إنها", "سترد", "على", "الهجوم"]
            assert plan.reachable(None, " ".join(norms), lambda m: word_keys(norms[m]), 0, len(norms), norms) == []


def test_the_cue_table_reads_every_word_as_its_proclitics_do():
    """A word outside the table made with the trigger tables reads as no cue: the table
    holds every written form of every cue, with the kinds a cut of its proclitics gives."""
    trig = load_triggers()
    single = [c for c in trig.cues if " " not in c]
    words = _words() + single + ["", "ا"] + [
        p + c for c in single[::5] for p in ("و", "ف", "ب", "ل", "ك", "وب", "فل", "لل", "وبال", "وللل")]
    words += [c[2:] for c in single if c.startswith("ال")] + [c + "ها" for c in single[::9]]
    kinds = 0
    for w in words:
        assert trig.cue_kinds(w) == read_cue_kinds(w, trig.cues), w
        kinds += bool(trig.cue_kinds(w))
    assert kinds > len(single)


def test_the_verbs_of_saying_as_one_set_are_those_cue_kinds_reads():
    trig = load_triggers()
    saying = cue_forms(trig, "speech")
    speech = [c for c, k in trig.cues.items() if k == "speech" and " " not in c]
    assert speech
    for w in _words() + speech + [p + c for c in speech for p in ("و", "ف", "ل", "وب", "فل", "لل")]:
        assert (w in saying) == ("speech" in trig.cue_kinds(w)), w


def test_actor_parts_match_actor_part():
    model = learned.load_model()
    if model is None:
        return
    s_w, t_w = model.role_weights()
    for name, x in model.weights.items():
        if name.startswith("s:"):
            assert s_w[name[2:]] == x
        elif name.startswith("t:"):
            assert t_w[name[2:]] == x
    # an actor key of each side, kind and rule role: both parts as actor_part sums them
    for side in ("B", "A", "I", "P"):
        for kind in ("COUNTRY:-", "ADJ", "ORG:-"):
            for role in ("s", "t", "j", "0"):
                key = (side, "1", 0, "-", kind, role, False, "ACCUSE", "v", "", "اتهم")

                class _St:  # the two fields _actor_parts reads
                    parts = None
                    as_source = {"X": ("s",) + key}
                    as_target = {"X": ("t",) + key}

                s_part, t_part = learned._actor_parts(model, _St)
                fresh = learned.RoleModel(model.weights, model.bias, model.threshold)
                assert s_part["X"] == fresh.actor_part(("s",) + key)
                assert t_part["X"] == fresh.actor_part(("t",) + key)


def test_trigger_sums_match_the_spelt_features():
    """The trigger's parts summed from its values (no name spelt) are score() of its
    spelt features, to the last bit: words the model weighs and words it does not."""
    model = learned.load_model()
    if model is None:
        return
    words = sorted({f[3:] for f in model.weights if f.startswith("nx=")})[:3] + ["كلمةغريبة"]
    for typ in ("ACCUSE", "CONSULT"):
        for k, word in enumerate(words):
            tv = (typ, "اتهم", "verb_past", "v" if k % 2 else "n", k % 2 == 0, "ok" if k else "noactor", k + 1,
                  k == 1, False, word, words[-1 - k], word, k % 3)
            st = learned.Setup(None, [], {}, {}, set(), set(), tv)
            fresh = learned.RoleModel(model.weights, model.bias, model.threshold)
            assert fresh.trigger_parts(tv) == (model.score(head_feats(tv)), model.score(tail_feats(tv)),
                                               model.score(last_feats(tv)))
            for modality in learned.ASSERTING:
                for restated in (True, False):
                    assert fresh.trigger_sum(tv, modality, restated) == model.score(st.trigger_feats(modality, restated))


def test_named_only_read_of_the_pairs_sides_leaves_the_same_pairs():
    """Reading only the mentions of the pairs' sides leaves the pairs that reading every
    mention of the sentence leaves: with a side named only so, one named so and otherwise,
    and actors of no pair named only so."""
    from types import SimpleNamespace

    from core.events.named_only import named_only, without_named_only, without_sides

    def mention(actor, i, flagged):
        return SimpleNamespace(actor=actor, i=i, flagged=flagged)

    actors = [mention("EGY", 0, False), mention("QAT", 2, True), mention("TUR", 4, True), mention("TUR", 7, False),
              mention("IRN", 9, True), mention("SYR", 11, True)]
    test = lambda a: a.flagged  # noqa: E731
    for pairs in ([], [(["EGY", "QAT"], True)], [(["EGY", "TUR"], True)], [(["TUR", "EGY"], False)],
                  [(["EGY", "TUR"], True), (["QAT", "TUR"], True)], [(["EGY", "TUR"], True), (["EGY", "SYR"], True)]):
        assert without_named_only(pairs, actors, test) == without_sides(pairs, named_only(actors, test))
    assert without_named_only([(["EGY", "QAT"], True), (["EGY", "TUR"], True)], actors, test) == [(["EGY", "TUR"], True)]
