"""Short names of persons a full name lends (core/entities/aliases.py): a name ending on
one unit lends no last word alone, a particle under a proclitic starts the short name."""
from core import analyze
from tests.test_entities_tagged_splits import people


def test_a_title_after_a_servant_unit_is_no_alias():
    found = people("وحضر وزير الأشغال سليم عبد الملك الاجتماع تنفيذا لتوجيهات الملك فهد بن سعود.",
                   [("سليم عبد الملك", "PER")])
    assert found == ["سليم عبد الملك", "فهد بن سعود"]


def test_a_kunya_lends_its_son_no_alias_but_ben_is_a_given_name():
    kunya = people("وقال الحاج أبو سامر إن ابنه غادر المنزل، وكان سامر يعمل في المدينة.", [])
    assert kunya == ["أبو سامر"]
    ben = people("وقال الممثل بن كارتر إن الفيلم جاهز، وأضاف كارتر أن العرض قريب.", [("بن كارتر", "PER")])
    assert ben == ["بن كارتر", "كارتر"]


def test_a_two_word_given_name_lends_its_last_word_no_alias():
    found = people("ويؤدي شخصية المحامي فخر الدين في المسلسل. ويقول الدين إن الحلقة جاهزة.", [("فخر الدين", "PER")])
    assert found == ["فخر الدين"]


def test_a_longer_name_ending_on_a_two_word_given_name_lends_its_last_word_no_alias():
    found = people("وقال المهندس رياض عز الدين إن المشروع جاهز. وأضاف الدين أن العمل مستمر.",
                   [("رياض عز الدين", "PER")])
    assert found == ["رياض عز الدين"]


def test_a_longer_name_ending_on_a_two_word_given_name_lends_that_given_name_whole():
    found = people("وقال المهندس رياض عز الدين إن المشروع جاهز. وكان عز الدين أعلن أن العمل مستمر.",
                   [("رياض عز الدين", "PER")])
    assert found == ["رياض عز الدين", "عز الدين"]


def test_a_particle_under_a_proclitic_starts_the_short_name():
    found = people("وقال الوزير السابق ماهر عبد الرزاق إن التهم باطلة. وعبد الرزاق متهم بالفساد.", [])
    assert found == ["عبد الرزاق", "ماهر عبد الرزاق"]


def test_a_given_name_with_madda_is_no_kunya():
    r = analyze("وقالت المذيعة آبي كارسون في برنامجها الصباحي إن القمة تاريخية. وكارسون ابنة السفير الأمريكي السابق.")
    assert [sorted(m.text for m in e.mentions) for e in r.entities if e.type == "PERSON"] == [["آبي كارسون", "كارسون"]]
