"""Wrong readings of news events fixed where they are made: a request's asker, a refusal
to be forced, a pledge to hurt, a wave of the hand, an attack's aim, a police report of
a shooting. Sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_the_government_named_after_a_request_asks():
    got = events("وتدخلت القوات الروسية في سوريا بناء على طلب من الحكومة السورية.")
    assert ("REQUEST", ["SYR", "RUS"]) in got and ("REQUEST", ["RUS", "SYR"]) not in got


def test_a_joined_request_verb_asks_the_one_just_received():
    got = events("وقال الرئيس الإيطالي إنه استقبل رئيس الوزراء الفرنسي وطلب منه تشكيل حكومة.")
    assert ("REQUEST", ["ITA", "FRA"]) in got and ("REQUEST", ["FRA", "ITA"]) not in got


def test_a_refusal_to_be_forced_to_talks_holds_no_talks():
    got = events("وقال وزير الخارجية الإيراني إن طهران لن تجبر على الجلوس إلى طاولة المفاوضات مع الولايات المتحدة.")
    assert not [e for e in got if e[0] in ("CONSULT", "COERCE")]


def test_a_pledge_to_strangle_a_state_threatens_it():
    got = events("وتعهد الرئيس الأميركي بخنق إيران اقتصاديا.")
    assert ("THREATEN", ["USA", "IRN"]) in got and not [e for e in got if e[0] == "AGREE"]


def test_waving_to_passers_by_threatens_no_one():
    assert not events("ووقف جنود إسرائيليون يلوحون للمارة الفلسطينيين عند الحاجز.")


def test_the_group_an_attack_is_launched_to_drive_out_is_its_target():
    got = events("وأطلق الجيش السوري هجوما لطرد مسلحين من ريف حلب.")
    assert ("ASSAULT", ["SYR", "unnamed-unidentified-armed-group-syr"]) in got
    assert ("ASSAULT", ["unnamed-unidentified-armed-group-syr", "SYR"]) not in got


def test_a_police_force_reporting_a_gunman_is_not_the_attacker():
    got = events("وقالت الشرطة العراقية إن مسلحا أطلق النار على زوار إيرانيين في بغداد.")
    assert ("ASSAULT", ["IRQ", "IRN"]) not in got


def test_the_side_after_a_possessed_backing_is_backed():
    """"بدعمه للنظام السوري": the pronoun is the backer, the ل-phrase the backed."""
    assert ("SUPPORT", ["IRN", "SYR"]) in events("وقال الوزير إن النظام الإيراني مذنب بدعمه للنظام السوري.")


def test_a_pledge_to_destroy_ones_own_weapons_threatens_no_one():
    assert not [e for e in events("وأكد الرئيس الأميركي أن كوريا الشمالية تعهدت بتدمير مواقع صواريخها.") if e[0] == "THREATEN"]


def test_caution_kept_is_no_warning():
    got = events("وقالت إيران إن على كوريا الشمالية توخي الحذر في التفاوض مع الولايات المتحدة.")
    assert not [e for e in got if e[0] == "THREATEN"]


def test_a_states_nuclear_threat_is_a_danger_posed_not_a_threat_made():
    got = events("وقال ترامب إن الاتفاق ينهي التهديد النووي لكوريا الشمالية.")
    assert not [e for e in got if e[0] == "THREATEN"]
