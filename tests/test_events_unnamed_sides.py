"""Sides of an event that no name stands for: unnamed groups of several words, groups a
nationality adjective places, groups of states, and a country named inside a state body."""
from core import analyze


def _unnamed(text):
    a = analyze(text, "2023-01-17")
    return {(e.id, tuple(m.text for m in e.mentions)) for e in a.entities if e.type == "UNNAMED"}


def test_a_group_named_by_two_words_is_one_unnamed_side():
    got = _unnamed("ورفعت عائلات الضحايا دعوى قضائية ضد شركة الطيران في كندا.")
    assert ("unnamed-victims-families-can", ("عائلات الضحايا",)) in got


def test_a_nationality_adjective_after_the_group_gives_its_country_and_joins_its_mention():
    got = _unnamed("وقالت حركة فتح إن وسائل إعلام تركية نشرت تقارير كاذبة.")
    assert got == {("unnamed-media-tur", ("وسائل إعلام تركية",))}


def test_a_group_that_needs_a_nationality_is_no_side_without_one():
    assert _unnamed("ونقلت وسائل الإعلام عن مصدر في الوزارة قوله إن المحادثات مستمرة.") == set()


def test_a_group_of_states_has_no_country():
    got = _unnamed("وانتقد وزير الخارجية الإيراني الدول الأوروبية بسبب العقوبات.")
    assert got == {("unnamed-european-states", ("الدول الأوروبية",))}


def test_the_opposition_alone_is_no_side_but_a_nationality_makes_it_one():
    assert _unnamed("وسيطرت القوات على البلدة الخاضعة لسيطرة المعارضة أمس.") == set()
    assert _unnamed("وطالبت المعارضة الفنزويلية بإجراء انتخابات جديدة.") == {
        ("unnamed-opposition-ven", ("المعارضة الفنزويلية",))}


def test_the_unnamed_side_of_an_accusation_is_an_actor():
    a = analyze("واتهمت وسائل إعلام إيرانية الولايات المتحدة بالتجسس على سفارتها.", "2023-01-17")
    assert ("ACCUSE", ["unnamed-media-irn", "USA"]) in [(v.type, v.actors) for v in a.events]


def test_a_country_named_inside_a_state_body_stays_a_mention():
    a = analyze("أشاد الزوار بالخدمات التي تقدمها حكومة المملكة الأردنية الهاشمية في المطار.", "2023-01-17")
    assert [m.text for e in a.entities if e.id == "JOR" for m in e.mentions] == ["المملكة الأردنية الهاشمية"]


def test_a_country_word_that_is_an_adjective_after_a_body_is_no_mention():
    a = analyze("وهاجمت قوات سورية مواقع في الشمال أمس.", "2023-01-17")
    assert not [e for e in a.entities if e.id == "SYR"]


def test_a_company_is_named_without_the_word_company():
    a = analyze("وهددت شركة توتال بالانسحاب من مشروع الغاز في إيران.", "2023-01-17")
    assert [m.text for e in a.entities if e.id == "total" for m in e.mentions] == ["توتال"]


def test_the_inter_american_court_is_no_court_of_the_united_states():
    a = analyze("ودعت المحكمة الأمريكية لحقوق الإنسان الحكومة إلى وقف العنف.", "2023-01-17")
    assert [(e.id, e.actor) for e in a.entities if e.type == "ORG"] == [("iacthr", "iacthr")]


def test_a_quoted_name_an_organisation_goes_by_is_an_organisation():
    a = analyze("وأعلنت جماعة تطلق على نفسها \"سرايا الفجر\" مسؤوليتها عن الهجوم.", "2023-01-17")
    assert [(e.type, [m.text for m in e.mentions]) for e in a.entities] == [("ORG", ["سرايا الفجر"])]


def test_a_name_a_verb_gives_to_what_is_no_head_is_no_organisation():
    a = analyze("وعرضت قناة محلية برنامجا يسمى \"الحقيقة\" عن الفساد.", "2023-01-17")
    assert not [e for e in a.entities if e.type == "ORG" and e.mentions[0].text == "الحقيقة"]


def test_a_word_that_is_a_group_only_after_a_number_takes_the_number_into_its_mention():
    got = _unnamed("وقضت محكمة في القاهرة بسجن 12 متهما في قضية الشغب.")
    assert got == {("unnamed-defendants-egy", ("12 متهما",))}
    assert _unnamed("وخرج الوزير من القاعة متهما إياهم بالكذب في القاهرة.") == set()


def test_a_nationality_adjective_after_a_group_of_people_gives_its_country():
    got = _unnamed("وقال ناشطون أردنيون إن الشرطة فرقت الاعتصام في بيروت.")
    assert got == {("unnamed-activists-jor", ("ناشطون أردنيون",))}


def test_a_sentence_naming_no_country_places_the_group_by_its_nationality_adjective():
    got = _unnamed("وزار وزير الخارجية الأمريكي باريس أمس. وقضت محكمة تونسية بسجن 12 متهما في قضية الإرهاب.")
    assert ("unnamed-defendants-tun", ("12 متهما",)) in got


def test_gunmen_in_construct_with_a_name_are_the_named_group():
    assert _unnamed("وهاجم مسلحو حركة طالبان نقطة تفتيش في ولاية غزني.") == set()


def test_a_word_marked_as_an_adjective_is_no_side_after_a_definite_noun():
    assert _unnamed("وتضرر الاقتصاد بسبب النزاع المسلح في السودان.") == set()
    assert _unnamed("وقالت الشرطة إن المسلح فر من المكان في تكساس.") == {
        ("unnamed-unidentified-armed-group-usa", ("المسلح",))}


def test_gunmen_from_a_named_group_are_the_group_and_gunmen_from_a_town_a_side():
    assert _unnamed("وقال الجيش إنه استهدف مسلحين معروفين من حركة حماس قرب السياج.") == set()
    assert _unnamed("وهاجم مسلحون من درعا حاجزا للجيش السوري.") == {
        ("unnamed-unidentified-armed-group-syr", ("مسلحون",))}


def test_a_sentence_naming_no_country_places_the_group_by_a_body_of_a_country():
    got = _unnamed("وتحدث وزير الخارجية الأمريكي عن إيران أمس. وقضت محكمة جنايات القاهرة بسجن 12 متهما في القضية.")
    assert ("unnamed-defendants-egy", ("12 متهما",)) in got


def test_a_count_joins_a_group_that_needs_a_nationality():
    got = _unnamed("وأعلنت خمس فصائل عراقية انسحابها من المدينة أمس.")
    assert got == {("unnamed-factions-irq", ("خمس فصائل عراقية",))}
