"""An attack's author named by its force after the noun, a side's backers and its joined
fellow attackers (core.events.raid_authors, core.events.backers, core.events.allied);
sentences written for the tests."""
from core import analyze


def events(text, published="2018-05-10"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_the_force_after_an_attack_noun_is_its_author():
    got = events("وأفادت مصادر عسكرية أن ميليشيات الحوثي تكبدت أكثر من 90 قتيلا بقصف من طائرات التحالف العربي.")
    assert ("ASSAULT", ["saudi-led-coalition", "houthis"], "بقصف") in got
    assert not [e for e in got if e[1] == ["houthis", "saudi-led-coalition"]]
    got = events("وقالت المصادر إن الميليشيات الحوثية تكبدت خسائر كبيرة بقصف لطائرات التحالف العربي في صعدة.")
    assert not [e for e in got if e[1] == ["houthis", "saudi-led-coalition"]]


def test_a_verb_s_from_names_no_author():
    got = events("قصفت القوات التركية من الأراضي السورية مواقع لحزب العمال الكردستاني.")
    assert not [e for e in got if e[1][:1] == ["SYR"]]


def test_the_backer_a_side_is_backed_with_is_not_its_target():
    got = events("وشهدت المديرية معارك عنيفة بين قوات الشرعية المسنودة بطيران التحالف العربي وبين الحوثيين.")
    assert not [e for e in got if set(e[1]) == {"YEM", "saudi-led-coalition"}]


def test_joined_attackers_do_not_attack_each_other():
    got = events("قصفت قوات الشرعية اليمنية ومقاتلات التحالف العربي مواقع لميليشيات الحوثي في البيضاء.")
    assert not [e for e in got if set(e[1]) == {"YEM", "saudi-led-coalition"}]
    got = events("شن الجيش اليمني وطيران التحالف العربي هجوما عنيفا على مواقع ميليشيا الحوثي.")
    assert not [e for e in got if set(e[1]) == {"YEM", "saudi-led-coalition"}]


def test_the_two_sides_of_a_clash_between_them_stay():
    got = events("واندلعت اشتباكات عنيفة بين القوات التركية والجيش السوري في عفرين.")
    assert [e for e in got if set(e[1]) == {"TUR", "SYR"}]
