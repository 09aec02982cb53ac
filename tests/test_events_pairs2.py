"""Which actors pair up for an event: unnamed members tied to their side, a clash whose
"بين" comes after a few adverbial words, what a nationality adjective describes (a
feature of the role model). Sentences written for the tests."""
from core import analyze
from core.events.actors import _ActorMention
from core.events.members import members_of_sides
from core.events.role_features import bound_to


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_snipers_of_an_army_act_for_its_state():
    """"قناصة في الجيش الإسرائيلي": the snipers are Israel's, not an unnamed group."""
    got = events("ويتهم الطبيب محمد علي قناصة في الجيش الإسرائيلي باستخدام رصاص متفجر.")
    assert ("ACCUSE", ["per-mhmd-ly", "ISR"]) in got


def test_gunmen_of_a_named_group_are_the_group():
    """"مسلحين من حركة حماس": the head "حركة" between, the gunmen are Hamas."""
    assert ("COERCE", ["ISR", "hamas"]) in events("اعتقلت الشرطة الإسرائيلية مسلحين من حركة حماس في الخليل.")


def test_members_from_a_country_stay_unnamed():
    """"مسلحين من سوريا" says where gunmen come from, not whose they are."""
    gunmen = _ActorMention("unnamed-gunmen", 0, 1, 0, 6, kind="UNNAMED:gunmen")
    syria = _ActorMention("SYR", 2, 3, 10, 15, kind="COUNTRY:member")
    assert members_of_sides([gunmen, syria], ["مسلحين", "من", "سوريا"])[0].actor == "unnamed-gunmen"


def test_clash_sides_after_adverbials():
    """"اشتباكات لليوم الثالث على التوالي بين عناصر من X وعناصر من Y": the sides follow "بين"
    after the words that say when."""
    got = events("أفاد المرصد باندلاع اشتباكات لليوم الثالث على التوالي بين عناصر من حركة حماس، "
                 "وعناصر من حركة فتح قرب المعبر.")
    assert ("ASSAULT", ["hamas", "fatah"]) in got


def test_adjective_after_an_organisation_describes_it():
    """"منظمة X الإيرانية": the adjective is bound to the organisation's name (a role feature)."""
    org = _ActorMention("mek", 0, 3, 0, 20, kind="ORG:party")
    adj = _ActorMention("IRN", 3, 4, 21, 30, adjective=True, kind="ADJ")
    alone = _ActorMention("IRN", 7, 8, 40, 48, adjective=True, kind="ADJ")
    assert bound_to([org, adj, alone]) == {1: "ofORG"}


def test_each_of_after_a_verb_names_its_subjects(rules_only):
    """"أدانت كل من X وY": X and Y condemn (من is no preposition there)."""
    assert ("ACCUSE", ["JOR", "ISR"]) in events("وأدانت كل من مصر والأردن الهجوم الإسرائيلي على غزة.")


def test_coordinated_subjects_before_a_verbal_noun_all_act():
    """"أعلنت الكويت والبحرين مقاطعة ..." names two states that boycott, not only the last."""
    got = events("أعلنت الكويت والبحرين مقاطعة إيران.")
    assert ("SANCTION", ["KWT", "IRN"]) in got and ("SANCTION", ["BHR", "IRN"]) in got


def test_coordinated_subjects_before_an_expulsion_all_act():
    """"قررت الكويت والبحرين طرد السفير ...": both expel the envoy's state."""
    got = events("قررت الكويت والبحرين طرد السفير الإيراني.")
    assert ("SANCTION", ["KWT", "IRN"]) in got and ("SANCTION", ["BHR", "IRN"]) in got


def test_coordinated_subjects_far_from_the_noun_lend_only_the_last():
    """Subjects set off from the noun by a comma and other words stay the last one's alone."""
    got = events("ولم تسمح لها روما وفاليتا بدخول مرافئهما، وقد استأنفت عمليات الإغاثة قبالة سواحل ليبيا.")
    assert not any(a[:1] == ["ITA"] and t == "AID" for t, a in got)


def test_his_country_is_the_named_officials_not_a_country_named_between():
    """"بلاده" after an official and a country named in his words is the official's state."""
    got = events("وقال وزير الخارجية الأمريكي مايك بومبيو إن الاتفاق مع إيران ضعيف، مؤكدا أن بلاده تدعم السعودية.")
    assert ("SUPPORT", ["USA", "SAU"]) in got and ("SUPPORT", ["IRN", "SAU"]) not in got


def test_his_country_after_a_private_man_is_not_an_earlier_officials():
    """A private man named last before "بلاده" has a country of his own, not the official's."""
    from types import SimpleNamespace

    from core.events.actors import _his_state

    toks = [SimpleNamespace(norm=w) for w in "قال بومبيو ان الصحفي خاشقجي زار قنصليه بلاده".split()]
    pompeo = _ActorMention("USA", 1, 2, 4, 10, kind="STATE>:-")
    assert _his_state([pompeo], 7, {1: True}, toks) is pompeo
    assert _his_state([pompeo], 7, {1: True, 4: False}, toks) is None
