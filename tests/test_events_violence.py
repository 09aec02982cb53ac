"""Violent and security events (ASSAULT, COERCE, MOBILIZE, PROTEST, RETREAT): the
constructions news Arabic tells them with; sentences written for the tests."""

from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors, v.directed) for v in analyze(text, published).events]


def test_shot_by_an_army_the_army_acts_on_the_wounded(rules_only):
    """"أصيب X برصاص الجيش Y": the army after برصاص fires, the wounded before it is hit."""
    got = events("وأصيب شاب فلسطيني برصاص الجيش الإسرائيلي قرب الحدود.")
    assert ("ASSAULT", ["ISR", "PSE"], True) in got
    assert ("ASSAULT", ["PSE", "ISR"], True) not in got


def test_clash_between_members_of_two_groups():
    """"اشتباكات بين عناصر من X وعناصر من Y" (with an aside after X): X and Y clash; the
    state the aside names is no side."""
    got = events("اندلعت اشتباكات بين عناصر من حركة حماس، المدعومة من إيران، وعناصر من حركة فتح في غزة.")
    clashes = [e for e in got if e[0] == "ASSAULT"]
    assert clashes == [("ASSAULT", ["hamas", "fatah"], False)]


def test_clash_between_two_named_groups_with_their_heads():
    """"بين حركة X وحركة Y": each side written after the head of its name."""
    got = events("وتجددت المعارك بين حركة حماس وحركة فتح في غزة.")
    assert ("ASSAULT", ["hamas", "fatah"], False) in got


def test_a_war_between_two_states_is_weighed_not_stated():
    """"حرب دبلوماسية بين X وY" is a figure: its sides are not stated as a clash's are."""
    from core.events.roles import Stated, _between_sides
    from core.events.actors import _ActorMention
    from core.events.triggers import TriggerForm, _Hit
    from core.text import normalize_with_offsets, tokenize

    text = "اشتعلت حرب دبلوماسية بين روسيا وأمريكا"
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    war = _Hit(TriggerForm("ASSAULT", "190", ("حرب",), "noun", True), 1, 2, toks[1].start, toks[1].end)
    clash = _Hit(TriggerForm("ASSAULT", "193", ("مواجهات",), "noun", True), 1, 2, toks[1].start, toks[1].end)
    seq = [_ActorMention("RUS", 4, 5, toks[4].start, toks[4].end, kind="COUNTRY:-"),
           _ActorMention("USA", 5, 6, toks[5].start + 1, toks[5].end, kind="COUNTRY:-")]
    assert _between_sides(war, seq, [0, 1], toks, nt) == ["RUS", "USA"]
    assert not isinstance(_between_sides(war, seq, [0, 1], toks, nt), Stated)
    assert isinstance(_between_sides(clash, seq, [0, 1], toks, nt), Stated)


def test_nationality_adjective_after_an_attack_noun_is_read_as_its_agent():
    """"القصف التركي": the adjective right after a verbal noun is introduced as its agent
    (a feature value of its own for the role model)."""
    from core.events.actors import _ActorMention
    from core.events.role_features import _actor_key
    from core.events.triggers import TriggerForm, _Hit
    from core.text import normalize_with_offsets, tokenize

    text = "واستهدف القصف التركي القرية"
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    h = _Hit(TriggerForm("ASSAULT", "195", ("قصف",), "noun", False), 1, 2, toks[1].start, toks[1].end)
    adj = _ActorMention("TUR", 2, 3, toks[2].start, toks[2].end, adjective=True, kind="ADJ")
    assert _actor_key(h, adj, 0, toks, nt, "s", False)[3] == "adj"


def test_verbs_whose_alef_lam_is_their_own_are_verbs():
    """"ألقت … القبض"، "ألغوا": four letters after normalisation, or a plural or dual
    ending, are a verb's, not the article of a noun (إلقاء، إلغاء stay nouns)."""
    from core.events.triggers import _verb_like

    for w in ("القت", "القي", "الغت", "القوا", "الغيا"):
        assert _verb_like(w, set(), set()), w
    for w in ("القاء", "الغاء", "الاعتقال"):
        assert not _verb_like(w, set(), set()), w


def test_arrest_phrase_with_the_state_inside_acts_on_the_person():
    got = events("وفي عام 1931 ألقت إيطاليا القبض على المقاوم سمير حداد في ليبيا.")
    assert [e for e in got if e[0] == "COERCE" and e[1][0] == "ITA"]


def test_a_state_named_by_its_officials_does_not_demonstrate():
    """"احتجاجات ضد زيارة ولي العهد السعودي إلى بريطانيا": the crown prince's state is the
    protests' object, never their source."""
    got = events("وبدأ ولي العهد السعودي زيارة إلى بريطانيا وسط احتجاجات واسعة على سياسة بلاده.")
    assert not [e for e in got if e[0] == "PROTEST" and e[1][0] in ("SAU", "GBR")]


def test_a_people_named_by_a_plural_nationality_demonstrates():
    from core.events.protests import people_named
    from core.events.actors import _ActorMention

    norms = ["وتظاهر", "الفلسطينيون", "قرب", "السفاره", "الاسرائيليه", "في", "عمان"]
    actors = [_ActorMention("PSE", 1, 2, 0, 0, adjective=True, kind="ADJ"),
              _ActorMention("ISR", 4, 5, 0, 0, adjective=True, kind="ADJ"),
              _ActorMention("JOR", 6, 7, 0, 0, kind="STATE>:capital")]
    assert people_named(actors, "PSE", norms)
    assert not people_named(actors, "ISR", norms)  # the embassy's state
    assert not people_named(actors, "JOR", norms)
    assert people_named(actors, "hamas", norms)  # not a state mention: left to the rules and the model


def test_a_verb_with_an_object_pronoun_deploys_nothing():
    """"مقطع نشرته وحدة من القوات": نشر with its object attached publishes; the troops
    after it are its subject's words, not what it deploys."""
    got = events("وفي مقطع فيديو نشرته وحدة من القوات الخاصة التايلاندية على موقع فيسبوك يظهر الأطفال.")
    assert not [e for e in got if e[0] == "MOBILIZE"]
    got = events("ونشرت روسيا قوات إضافية على الحدود مع أوكرانيا.")
    assert ("MOBILIZE", ["RUS", "UKR"], True) in got


def test_we_withdrew_is_no_object_pronoun():
    from core.events.triggers import _has_object

    assert _has_object("نشرته", "نشرت") and _has_object("سحبتها", "سحبت")
    assert not _has_object("سحبنا", "سحب") and not _has_object("نشرت", "نشرت")


def test_a_war_named_by_its_place_is_a_name(rules_only):
    """"خلال حرب غزة عام 2014": the war's name, not an attack the sentence tells."""
    got = events("وقالت إسرائيل إن على حماس إعادة رفات جنديين قتلا خلال حرب غزة عام 2014.")
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_a_flood_sweeping_a_region_is_no_attack():
    got = events("ويأتي ذلك في وقت اجتاحت فيه الفيضانات مناطق واسعة في تونس وجنوب فرنسا.")
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_a_wave_of_attacks_is_still_attacks():
    from core.events import _natural_force

    assert _natural_force(["اجتاحت", "الفيضانات", "المدينه"], 0, 3)
    assert _natural_force(["وضربت", "العاصفه"], 0, 2)
    assert not _natural_force(["موجه", "من", "الهجمات"], 0, 3)


def test_a_besieged_place_is_described_not_attacked():
    """"الغوطة الشرقية المحاصرة": the participle describes the place before it."""
    got = events("وخرجت دفعة من الحالات الطبية من مدينة دوما في الغوطة الشرقية المحاصرة بموجب اتفاق بين "
                 "جيش الإسلام والجانب الروسي.")
    assert not [e for e in got if e[0] in ("ASSAULT", "COERCE")]


def test_a_possible_strike_has_not_happened():
    """"لضربة محتملة": an attack that may come is no attack told."""
    got = events("وقيل إن فرنسا من أقوى الداعمين لضربة محتملة على سوريا تعارضها روسيا بشدة.")
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_the_dead_of_a_crash_killed_no_one():
    """"قتلوا جراء ...": a passive, the dead are no attackers and the crash is no attack."""
    assert events("وقالت وزارة الصحة التركية إن 15 شخصا قتلوا جراء تحطم طائرة إيرانية في جنوب تركيا.") == []
