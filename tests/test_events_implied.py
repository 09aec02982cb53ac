"""Implied sides (core.events.implied): the state behind the arrest of a named person."""
from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors, v.directed) for v in analyze(text, published).events]


def test_arrest_by_a_state_body_acts_on_the_person_named_after_it():
    """The police of a state arrest a person: the state (not the police) acts on him."""
    got = events("واعتقلت الشرطة المصرية الناشط محمد عادل في القاهرة أمس.")
    assert ("COERCE", ["EGY", "per-mhmd-adl"], True) in got


def test_state_named_inside_a_gapped_phrase_is_the_source():
    """"ألقت فرنسا القبض على X": the state written inside the phrase acts."""
    got = events("ألقت فرنسا القبض على المعارض سمير حداد في باريس.")
    assert [e for e in got if e[0] == "COERCE" and e[1][0] == "FRA"]


def test_relative_clause_points_back_to_the_person():
    """"X الذي اعتقلته السلطات في الرياض": the person before the relative pronoun, by the
    state of the place the sentence names."""
    got = events("وكان المدون سامي كمال الذي اعتقلته السلطات في الرياض قد انتقد الحكومة.")
    assert ("COERCE", ["SAU", "per-samy-kmal"], True) in got


def test_object_pronoun_refers_back_not_to_the_next_name():
    """"اعتقاله" points to someone told of before, not to the speaker named around it."""
    got = events("وقال المحامي كريم سعيد إن اعتقاله جاء بعد نشر المقال في تونس.")
    assert not [e for e in got if e[0] == "COERCE"]


def test_nationality_adjective_of_the_person_is_not_the_source():
    """"احتجاز القس الأمريكي X من قبل السلطات التركية": Turkey acts, the adjective says
    where the person is from."""
    from core.events.implied import implied_source
    from core.events.actors import _ActorMention
    from core.events.triggers import _Hit, TriggerForm

    h = _Hit(TriggerForm("COERCE", "173", ("احتجاز",), "noun", False), 0, 1, 0, 6)
    norms = ["احتجاز", "القس", "الامريكي", "اندرو", "برونسون", "من", "قبل", "السلطات", "التركيه"]
    actors = [_ActorMention("USA", 2, 3, 0, 0, adjective=True, kind="ADJ"),
              _ActorMention("TUR", 8, 9, 0, 0, adjective=True, kind="ADJ")]
    assert implied_source(h, (3, 5, "per-x"), actors, None, norms) == "TUR"


def test_his_country_stands_for_the_state_of_the_official_before_it():
    """"الرئيس التركي ... قوات بلاده": بلاده is Turkey, an actor the role model can weigh."""
    from core.events.actors import _ActorMention, _self_referent

    named = [_ActorMention("TUR", 2, 3, 0, 0, adjective=True, kind="ADJ"),
             _ActorMention("SYR", 12, 13, 0, 0, kind="COUNTRY:member")]
    assert _self_referent(named, 6).actor == "TUR"
    assert _self_referent(named, 40) is None  # too far back: another sentence's speaker


def test_self_reference_words_are_read_as_actors():
    from core.events.actors import _SELF, _actor_word
    from core.lexicon import load_lexicon

    assert _actor_word(load_lexicon(), "وبلاده") == _SELF


def test_agreement_named_by_a_place_is_a_treaty_not_an_event():
    """"تعديل اتفاقية دبلن": the Dublin Regulation, no agreement between Ireland and Italy."""
    got = events("أكد القادة الأوروبيون ضرورة تعديل اتفاقية دبلن بشأن اللاجئين مع إيطاليا.")
    assert not [e for e in got if e[0] == "AGREE"]


def test_release_by_a_named_state_acts_on_the_person():
    """"أفرجت السلطات X عن الصحفي Y": the state whose authorities release him acts on him
    (RETREAT), the adjective of the authorities not being the person's own."""
    got = events("وأفرجت السلطات الإيرانية عن الصحفي جيسون رضائيان بعد عامين من السجن.")
    assert ("RETREAT", ["IRN", "per-jyswn-rda-yan"], True) in got


def test_acquittal_by_a_court_of_a_state():
    """"برأت محكمة X المعارض Y": the court's state clears the person (RETREAT)."""
    got = events("وبرأت محكمة بحرينية المعارض علي سلمان من تهم التخابر.")
    assert ("RETREAT", ["BHR", "per-ly-slman"], True) in got


def test_release_without_a_named_state_makes_no_event():
    """A release whose state the sentence does not name is not implied from its country."""
    got = events("وأفرج عن الناشط سمير حداد في القاهرة بعد أشهر من الاحتجاز.")
    assert not [e for e in got if e[0] == "RETREAT"]


def test_demanded_release_is_no_release():
    """"دعت إلى الإفراج عن X": a release noun is what is asked for, not a release."""
    got = events("ودعت منظمات حقوقية السلطات المصرية إلى الإفراج فورا عن الناشط محمد عادل.")
    assert not [e for e in got if e[0] == "RETREAT"]


def test_release_told_by_a_gapped_verb_phrase():
    """"أطلقت السلطات X سراح Y": the phrase's verb tells the release, by the state named inside it."""
    got = events("وأطلقت السلطات التركية سراح القس أندرو برونسون الجمعة.")
    assert ("RETREAT", ["TUR", "per-andrw-brwnswn"], True) in got


def test_house_arrest_phrase_falls_on_the_person_before_it():
    """"وضع X قيد الإقامة الجبرية": the phrase tells what befalls the person named before it."""
    got = events("ووضع المعارض محمد عادل قيد الإقامة الجبرية في مصر.")
    assert ("COERCE", ["EGY", "per-mhmd-adl"], True) in got


def test_sentence_falls_on_the_person_before_the_prison_noun():
    """"حكم على X بالسجن" with a long description of X: the person just before "بالسجن"."""
    got = events("وحكم على الناشط السياسي البارز محمد عادل بالسجن ثلاث سنوات في مصر.")
    assert ("COERCE", ["EGY", "per-mhmd-adl"], True) in got


def test_agent_phrase_of_a_later_arrest_is_not_the_house_arrests():
    """"X قيد الإقامة الجبرية في مصر، واعتقال Y من قبل السلطات الليبية": Libya arrests Y only."""
    got = events("وانتقد وضع المعارض محمد عادل قيد الإقامة الجبرية في مصر، واعتقال الناشط خالد سعيد من قبل السلطات الليبية.")
    assert ("COERCE", ["LBY", "per-mhmd-adl"], True) not in got


def test_house_arrest_is_by_the_state_it_is_held_in():
    """"X قيد الإقامة الجبرية في مصر" after another country named: the state holding him is Egypt."""
    got = events("وانتقد زعيم التيار في العراق وضع المعارض محمد عادل قيد الإقامة الجبرية في مصر.")
    assert ("COERCE", ["EGY", "per-mhmd-adl"], True) in got


def test_pronoun_on_a_later_sentence_act_points_to_the_person_arrested_before():
    """"اعتقلت الشرطة المصرية X ... . وحكم عليه بالسجن": the sentence after tells of the
    same person by a pronoun, and the state that arrested him sentences him."""
    got = events("واعتقلت الشرطة المصرية الناشط محمد عادل في القاهرة أمس. "
                 "وحكم عليه في وقت لاحق بالسجن ثلاث سنوات.")
    assert len([e for e in got if e[:2] == ("COERCE", ["EGY", "per-mhmd-adl"])]) == 2


def test_plural_pronoun_or_a_grip_points_to_no_person():
    """"اعتقالهم" tells of several people, "قبضته على السلطة" of a grip: no arrest of the
    person named before."""
    got = events("واعتقلت الشرطة المصرية الناشط محمد عادل في القاهرة أمس. "
                 "وجاء اعتقالهم بعد المظاهرة، فيما أحكم الرئيس قبضته على السلطة.")
    assert len([e for e in got if e[0] == "COERCE"]) == 1
