"""Material events (ASSAULT, COERCE, SANCTION, AID, RETREAT): constructions news Arabic
tells them with; sentences written for the tests."""

from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors, v.directed) for v in analyze(text, published).events]


def test_fighting_alongside_a_group_is_no_attack_on_it():
    """"سافر للقتال مع X" / "القتال إلى جانب X": fighting on X's side, not against X."""
    got = events("سافر الضابط المصري إلى سوريا للقتال مع جبهة النصرة.")
    assert not [e for e in got if e[0] == "ASSAULT"]
    got = events("وانضم الشاب الأردني إلى القتال إلى جانب تنظيم داعش في العراق.")
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_fighting_against_a_group_stays_an_attack():
    """"قاتلت X ضد Y" is still fighting Y; only a word of side after the verb is read."""
    from core.events import violence
    from core.events.triggers import TriggerForm, _Hit

    hit = _Hit(TriggerForm("ASSAULT", "190", ("قاتلت",), "verb_past", False), 0, 1, 0, 5, True)
    assert not violence.fights_alongside(hit, ["قاتلت", "القوات", "ضد", "داعش"], 4)
    assert violence.fights_alongside(hit, ["قاتلت", "الي", "جانب", "داعش"], 4)


def test_tariffs_on_goods_target_the_goods_country():
    """"بفرض رسوم تتراوح بين 5 و10% على بضائع يابانية": the goods' adjective names the target,
    the clause's subject imposes them, a range of rates between."""
    got = events("وردت سيول على القرار الياباني، بفرض رسوم تتراوح بين 5 و10% على بضائع يابانية.")
    assert ("SANCTION", ["KOR", "JPN"], True) in got


def test_tariffs_on_imports_without_origin_name_no_target():
    """"رسوما على وارداتها من الصلب": goods with no nationality adjective give the rule nothing."""
    got = events("وفرضت فرنسا رسوما جمركية على وارداتها من الصلب.")
    assert not [e for e in got if e[0] == "SANCTION"]


def test_resigning_from_the_office_of_a_body():
    """"استقال X من رئاسة ... Y": the person withdraws from the body named after the office."""
    got = events("استقالت المحامية سارة الخطيب من منصبها في منظمة العفو الدولية.")
    assert [e for e in got if e[0] == "RETREAT"] == [("RETREAT", ["per-sarh-al-khtyb", "amnesty"], True)]


def test_resigning_with_no_body_named_makes_no_event():
    """"استقال X من منصبه" without a body after the office: nothing to withdraw from."""
    got = events("استقال المحامي سمير الحداد من منصبه بعد خلاف طويل.")
    assert not [e for e in got if e[0] == "RETREAT"]


def test_backed_by_after_a_descriptive_apposition():
    """"X، المؤلفة من فصائل ... مدعومة من Y": Y backs X, the name the apposition describes."""
    got = events("وقالت حركة أحرار الشام، المؤلفة من فصائل محلية مدعومة من تركيا، إنها ستنسحب.")
    assert any(e[1] == ["TUR", "ahrar-al-sham"] and e[0] in ("SUPPORT", "AID") for e in got), got


def test_a_quoted_outlet_title_is_no_trigger():
    """صحيفة "زود ...": the quoted title after an outlet word names a newspaper; "زود" (supplied) is no aid."""
    got = events('وقال الوزير الألماني لصحيفة "زود دويتشه تسايتونغ" إن العلاقات مع أمريكا تمر بأزمة.')
    assert not [e for e in got if e[0] == "AID"]


def test_a_state_body_with_its_adjective_is_that_state():
    """"السلطات الأردنية" after another state named earlier: the authorities are Jordan's,
    not the earlier state's."""
    from core.events.actors import _actor_mentions, _mention_tokens, _word_readings
    from core.events.triggers import load_triggers
    from core.lexicon import load_lexicon
    from core.text import normalize_with_offsets, token_norms, tokenize

    text = "وتحاصر سوريا البلدة منذ عام، وتغلق السلطات الأردنية المعبر الحدودي."
    r = analyze(text, "2024-01-01")
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    spans = _mention_tokens(toks, r.entities)
    readings = _word_readings(token_norms(toks), load_triggers(), load_lexicon())
    at = {a.i: a.actor for a in _actor_mentions(toks, spans, readings)}
    body = next(k for k, t in enumerate(toks) if t.norm == "السلطات")
    assert at.get(body) != "SYR"


def test_a_clause_after_a_comma_and_wa_has_its_own_subject():
    """"X تفرض ...، وتغلق السلطات Y ...": the closing belongs to Y, not to X acting on Y."""
    got = events("وتحاصر سوريا البلدة منذ عام، وتغلق السلطات الأردنية المعبر الحدودي.")
    assert ("SANCTION", ["SYR", "JOR"], True) not in got and ("COERCE", ["SYR", "JOR"], True) not in got


def test_a_wa_verb_after_a_comma_is_not_the_earlier_subject_acting(rules_only):
    """"أعلنت X الحداد أمس، واعتقلت Y عشرات الصحفيين": Y arrests, X does not act on Y."""
    got = events("وأعلنت فرنسا الحداد أمس، واعتقلت تركيا عشرات الصحفيين.")
    assert ("COERCE", ["FRA", "TUR"], True) not in got
