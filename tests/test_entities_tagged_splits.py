"""The tagger's reading where a rule's person has no evidence of its own: a rule's name
that runs over two of the tagger's names is two people, and a name the tables know whole
stays a name before a time word it would make with a proclitic ("باول أمس")."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize
from core.times import find_times
from tests.tagged_entities import found_entities


def people(text, tagged):
    return sorted(m.text for e in found_entities(text, tagged) if e.type == "PERSON" for m in e.mentions)


def test_a_verb_between_two_tagged_names_parts_them():
    found = people("وكان اللاعب فيرناندو عانق ماتيوس بعد المباراة.", [("فيرناندو", "PER"), ("ماتيوس", "PER")])
    assert found == ["فيرناندو", "ماتيوس"]


def test_a_kinship_phrase_between_two_tagged_names_parts_them():
    found = people("وأمر القائد كمال حسن ابن عمه سامي الأحمد بالانسحاب.",
                   [("كمال حسن", "PER"), ("سامي الاحمد", "PER")])
    assert found == ["سامي الأحمد", "كمال حسن"]


def test_a_particle_between_two_tagged_pieces_keeps_one_name():
    found = people("واستقبل الشيخ حمد بن راشد الوفد.", [("حمد", "PER"), ("راشد", "PER")])
    assert found == ["حمد بن راشد"]


def test_a_known_name_before_yesterday_is_no_time():
    text = "وقال وزير الخارجية الأمريكي دانيال باول أمس إن المجلس سيجتمع."
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    blocked = [(t.start, t.end) for t in find_times(text)[0]]
    words = [t.norm for t in toks]
    k = words.index("دانيال")
    ents = find_entities(nt, toks, blocked=blocked, tagged=[(k, k + 2, "PER")])
    assert sorted((e.type, m.text) for e in ents for m in e.mentions) == [("PERSON", "دانيال باول")]


def test_a_known_name_before_yesterday_leaves_yesterday():
    times = find_times("وقال وزير الخارجية الأمريكي دانيال باول أمس إن المجلس سيجتمع.", "2026-03-10")[0]
    assert [(t.text, t.value) for t in times] == [("أمس", "2026-03-09")]


def test_a_servant_name_of_common_words_is_a_person_and_no_alias():
    found = people("وقال المحققون إن الأسباب التي دفعت عبد المنعم إلى الخلية مجهولة، وهو المتهم المنعم.",
                   [("عبد المنعم", "PER")])
    assert found == ["عبد المنعم"]


def test_two_common_words_after_a_nationality_are_a_person():
    found = people("وظهر اللاعب الغاني بشارة سلام بمستوى عادي.", [("بشاره سلام", "PER")])
    assert found == ["بشارة سلام"]


def test_a_rank_after_a_nationality_is_no_person():
    found = people("وقال رئيس الأركان الغاني الميجر جنرال، كوفي منصور، إن الجيش جاهز.",
                   [("الميجر جنرال", "PER"), ("كوفي منصور", "PER")])
    assert found == ["كوفي منصور"]


def test_a_title_after_a_servant_unit_is_no_alias():
    found = people("وحضر وزير الأشغال سليم عبد الملك الاجتماع تنفيذا لتوجيهات الملك فهد بن سعود.",
                   [("سليم عبد الملك", "PER")])
    assert found == ["سليم عبد الملك", "فهد بن سعود"]


def test_a_servant_name_before_a_free_word_is_left_to_the_family_name():
    found = people("وعين المجلس سالم عمر مديرا للمصنع بدلا من عبد الباسط الحداد وسعيد الصالح.",
                   [("عبد الباسط", "PER")])
    assert "عبد الباسط" not in found  # the cut name; the whole "عبد الباسط الحداد" would be right
    assert set(found) <= {"سالم عمر", "عبد الباسط الحداد", "سعيد الصالح"}


def test_a_kunya_lends_its_son_no_alias_but_ben_is_a_given_name():
    kunya = people("وقال الحاج أبو سامر إن ابنه غادر المنزل، وكان سامر يعمل في المدينة.", [])
    assert kunya == ["أبو سامر"]
    ben = people("وقال الممثل بن كارتر إن الفيلم جاهز، وأضاف كارتر أن العرض قريب.", [("بن كارتر", "PER")])
    assert ben == ["بن كارتر", "كارتر"]


def test_a_servant_name_after_a_given_name_is_left_to_the_whole_name():
    found = people("وكتب القصة الشقيقان الروائيان ماجد وحامد عبد الرحمن.", [("عبد الرحمن", "PER")])
    assert "عبد الرحمن" not in found  # the cut name; the two brothers whole would be right
    assert set(found) <= {"ماجد", "ماجد عبد الرحمن", "حامد عبد الرحمن"}


def test_a_two_word_given_name_lends_its_last_word_no_alias():
    found = people("ويؤدي شخصية المحامي فخر الدين في المسلسل. ويقول الدين إن الحلقة جاهزة.", [("فخر الدين", "PER")])
    assert found == ["فخر الدين"]


def test_a_longer_name_ending_on_a_two_word_given_name_lends_its_last_word_no_alias():
    found = people("وقال المهندس رياض عز الدين إن المشروع جاهز. وأضاف الدين أن العمل مستمر.", [("رياض عز الدين", "PER")])
    assert found == ["رياض عز الدين"]


def test_a_particle_under_a_proclitic_starts_the_short_name():
    found = people("وقال الوزير السابق ماهر عبد الرزاق إن التهم باطلة. وعبد الرزاق متهم بالفساد.", [])
    assert found == ["عبد الرزاق", "ماهر عبد الرزاق"]


def test_a_given_name_with_madda_is_no_kunya():
    from core import analyze
    r = analyze("وقالت المذيعة آبي كارسون في برنامجها الصباحي إن القمة تاريخية. وكارسون ابنة السفير الأمريكي السابق.")
    assert [sorted(m.text for m in e.mentions) for e in r.entities if e.type == "PERSON"] == [["آبي كارسون", "كارسون"]]
