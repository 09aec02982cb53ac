"""Names chained by ولد are one person, and the tagger's person loses a copula before it
and a preposition's phrase after it (core/entities/descent_chains.py,
tagged_person_edges.py): made-up sentences, the tagger's proposals given, one behaviour
per test."""
from tagged_entities import found_entities


def people(text, tagged):
    return [m.text for e in found_entities(text, tagged) if e.type == "PERSON" for m in e.mentions]


def test_names_chained_by_ould_are_one_person():
    found = people("والتقى الوزير بكل من حمادي ولد سيدي ولد المختار في نواكشوط",
                   [("حمادي ولد", "PER"), ("ولد المختار", "PER")])
    assert found == ["حمادي ولد سيدي ولد المختار"]


def test_a_name_read_from_ould_on_takes_the_given_name_before_it():
    found = people("واستقبل المدير سيدي ولد التاه وفدا من المانحين", [("ولد التاه", "PER")])
    assert found == ["سيدي ولد التاه"]


def test_ould_the_verb_after_a_name_joins_nothing():
    found = people("والكاتب سامر الحلو ولد في قرية صغيرة عام 1932", [("سامر الحلو", "PER")])
    assert found == ["سامر الحلو"]


def test_a_copula_before_the_taggers_person_is_no_part_of_the_name():
    found = people("وكان الدويكر قد اعتقل في الخامس من الشهر الماضي", [("وكان الدويكر", "PER")])
    assert found == ["الدويكر"]


def test_a_word_with_the_preposition_and_article_ends_the_taggers_person():
    found = people("وحتى أمس لم يصل ساليناس للنادي كما لم يتصل بالإدارة", [("ساليناس للنادي", "PER")])
    assert found == ["ساليناس"]


def test_the_fathers_name_after_ould_keeps_its_two_words():
    found = people("والتقى الأمين العام السيد حامد ولد سيدي محمود نائب رئيس الحزب", [("حامد ولد", "PER")])
    assert found == ["حامد ولد سيدي محمود"]


def test_a_name_that_begins_like_the_preposition_and_article_stays_whole():
    found = people("وسجل اللاعب سامر فلليني هدفا في المباراة", [("سامر فلليني", "PER")])
    assert found == ["سامر فلليني"]


def test_born_to_a_father_joins_no_name():
    found = people("والطبيب سامر الحلو ولد لأب مهندس وأم معلمة", [("سامر الحلو", "PER")])
    assert found == ["سامر الحلو"]


def test_ould_the_verb_before_an_adverb_or_another_verb_joins_nothing():
    assert people("وأوضح أن الشاعر محمود درويش ولد إبان الانتداب البريطاني", [("محمود درويش", "PER")]) == ["محمود درويش"]
    assert people("وقال الأكاديمي يوسف الطيبي ولد ونشأ في نابلس", [("يوسف الطيبي", "PER")]) == ["يوسف الطيبي"]


def test_ould_the_verb_before_a_preposition_on_a_noun_joins_nothing():
    assert people("وذكرت الصحيفة أن المغني رامي الخوري ولد لأبوين من الجنوب", [("رامي الخوري", "PER")]) == ["رامي الخوري"]
