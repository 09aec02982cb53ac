"""The statement a trigger is reported in (core.events.governing): its speaker is a
candidate source of the role model however far it stands; sentences written for the tests."""
from core.events.actors import _ActorMention
from core.events.triggers import TriggerForm, _Hit
from core.text import normalize_with_offsets, tokenize


def _setup(text, trigger_word, actors):
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    k = next(i for i, t in enumerate(toks) if text[t.start:t.end] == trigger_word)
    h = _Hit(TriggerForm("ACCUSE", "111", (toks[k].norm,), "verb", False), k, k + 1, toks[k].start, toks[k].end,
             verbal=True)
    seq = []
    for word, actor, kind in actors:
        i = next(i for i, t in enumerate(toks) if text[t.start:t.end] == word)
        seq.append(_ActorMention(actor, i, i + 1, toks[i].start, toks[i].end, adjective=kind == "ADJ", kind=kind))
    return h, seq, toks, nt


def test_the_speaker_named_after_the_verb_of_saying_governs_a_far_trigger():
    """"وقال الوزير الفرنسي، ...، إن X تهاجم Y": France speaks, far from the trigger."""
    from core.events.governing import speaker_marks

    text = ("وقال الوزير الفرنسي، في مؤتمر صحفي عقده مساء أمس في العاصمة بعد لقاء طويل مع الصحفيين، إن حكومة "
            "طهران تنتقد بشدة سياسة واشنطن")
    h, seq, toks, nt = _setup(text, "تنتقد", [("الفرنسي", "FRA", "ADJ"), ("طهران", "IRN", "STATE>:capital"),
                                             ("واشنطن", "USA", "STATE>:capital")])
    assert speaker_marks(h, seq, toks, nt) == ("FRA", "f")


def test_a_verb_of_saying_without_a_subject_speaks_for_an_earlier_sentence():
    """"وأضاف أن X تنتقد Y": the statement names no speaker in its sentence."""
    from core.events.governing import speaker_marks

    text = "وأضاف أن طهران تنتقد سياسة واشنطن"
    h, seq, toks, nt = _setup(text, "تنتقد", [("طهران", "IRN", "STATE>:capital"), ("واشنطن", "USA", "STATE>:capital")])
    assert speaker_marks(h, seq, toks, nt) == (None, "d")


def test_no_statement_no_speaker():
    from core.events.governing import speaker_marks

    text = "طهران تنتقد سياسة واشنطن. وقال"
    h, seq, toks, nt = _setup(text, "تنتقد", [("طهران", "IRN", "STATE>:capital"), ("واشنطن", "USA", "STATE>:capital")])
    assert speaker_marks(h, seq, toks, nt) == (None, "-")


def test_the_far_speaker_is_a_candidate_of_the_role_model():
    """An actor beyond the model's reach before the trigger is still a candidate when it
    is the speaker of the statement the trigger is reported in."""
    from core.events import learned

    text = ("وقال الوزير الفرنسي، في مؤتمر صحفي عقده مساء أمس في العاصمة بعد لقاء طويل مع الصحفيين، إن حكومة "
            "طهران تنتقد بشدة سياسة واشنطن")
    h, seq, toks, nt = _setup(text, "تنتقد", [("الفرنسي", "FRA", "ADJ"), ("طهران", "IRN", "STATE>:capital"),
                                             ("واشنطن", "USA", "STATE>:capital")])
    assert h.i - seq[0].j > learned.REACH_BEFORE
    st = learned.prepare(h, seq, toks, nt, None, [], "")
    assert "FRA" in {a.actor for _, a in st.chosen}
    assert st.as_source["FRA"][-1] == "Y" and st.as_source["IRN"][-1] == "n"  # Y: beyond the reach



def test_the_far_speaker_of_an_attack_is_no_candidate():
    """A statement's speaker is a side of what the statement does (accuse, demand, refuse),
    not of the attacks it reports: beyond the reach it is left out of an attack's candidates."""
    from core.events import learned

    text = ("وقال الوزير الفرنسي، في مؤتمر صحفي عقده مساء أمس في العاصمة بعد لقاء طويل مع الصحفيين، إن قوات "
            "طهران تقصف بشدة مواقع واشنطن")
    h, seq, toks, nt = _setup(text, "تقصف", [("الفرنسي", "FRA", "ADJ"), ("طهران", "IRN", "STATE>:capital"),
                                            ("واشنطن", "USA", "STATE>:capital")])
    h.form = TriggerForm("ASSAULT", "195", (toks[h.i].norm,), "verb", False)
    st = learned.prepare(h, seq, toks, nt, None, [], "")
    assert "FRA" not in {a.actor for _, a in st.chosen}


def test_a_verb_of_saying_in_the_sentence_before_governs_nothing():
    """"وقال الوزير ... . وتنتقد X Y": a full stop between the verb and the trigger ends
    the statement; within one sentence the same verb governs it."""
    from core.events.governing import speech_verb

    text = "وقال الوزير الفرنسي إن الوضع صعب. وتنتقد طهران سياسة واشنطن"
    h, seq, toks, nt = _setup(text, "وتنتقد", [("طهران", "IRN", "STATE>:capital")])
    assert speech_verb(h, toks, nt) is None
    text = "وقال الوزير الفرنسي إن الوضع صعب وتنتقد طهران سياسة واشنطن"
    h, seq, toks, nt = _setup(text, "وتنتقد", [("طهران", "IRN", "STATE>:capital")])
    assert speech_verb(h, toks, nt) == 0
