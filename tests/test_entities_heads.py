"""Entities after organisation and place heads: what completes a name and what does not."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def ents(text):
    nt = normalize_with_offsets(text)
    return find_entities(nt, tokenize(nt))


def mentions(text, etype):
    return [m.text for e in ents(text) if e.type == etype for m in e.mentions]


def test_a_verb_after_a_head_names_no_organisation():
    assert not any("ترضي" in m for m in mentions("طالب المتظاهرون بحكومة ترضي الشارع كله", "ORG"))


def test_a_head_followed_only_by_a_title_is_a_persons_office():
    assert mentions("اجتمع الوفد في مكتب النائب أمس", "ORG") == []


def test_a_head_followed_only_by_a_given_name_is_no_organisation():
    assert mentions("في ظل رئاسة محمد للحزب", "ORG") == []


def test_a_district_head_before_a_name_is_a_place_not_a_directorate():
    assert mentions("سقطت قذائف على مديرية منبه الحدودية", "ORG") == []
    assert "منبه" in mentions("سقطت قذائف على مديرية منبه الحدودية", "PLACE")


def test_a_committees_field_after_li_is_part_of_its_name():
    assert "اللجنة الوطنية لحقوق الإنسان" in mentions("أصدرت اللجنة الوطنية لحقوق الإنسان تقريرا", "ORG")


def test_whom_a_ministry_spoke_to_is_not_part_of_its_name():
    assert "وزارة الخارجية" in mentions("قالت وزارة الخارجية لوسائل الإعلام إن", "ORG")


def test_a_second_field_joined_by_wa_is_part_of_the_name():
    assert "شركة الأفق للتجارة والمقاولات" in mentions("وقعت شركة الأفق للتجارة والمقاولات عقدا", "ORG")


def test_rivers_and_spelling_variants_of_known_places_are_places():
    assert "نهر الراين" in mentions("ارتفع منسوب نهر الراين أمس", "PLACE")
    assert "أستانة" in mentions("عقدت الجولة في أستانة", "PLACE")


def test_a_two_word_head_before_a_title_stays_an_organisation():
    assert "الحرس الوطني" in mentions("قال الحرس الوطني العقيد سالم إن", "ORG")


def test_the_office_of_a_head_of_government_is_an_organisation():
    assert "مكتب رئيس الوزراء" in mentions("قال مكتب رئيس الوزراء في بيان", "ORG")


def test_a_presidency_followed_by_a_full_name_is_the_persons_chairmanship():
    assert mentions("عقد الاجتماع برئاسة محمد جندلي", "ORG") == []


def test_a_faction_named_after_a_person_keeps_the_name_past_a_particle():
    assert not any(e.type == "PERSON" for e in ents("سيطر فصيل خالد بن الوليد على البلدة"))


def test_a_head_generic_alone_names_no_organisation_without_a_country():
    assert mentions("أعلنت القوات المسلحة عن مناورات جديدة", "ORG") == []
    assert mentions("قالت الأجهزة الأمنية إنها اعتقلت ثلاثة", "ORG") == []
    assert mentions("نقلت وكالة الأنباء الرسمية عن الوزير قوله", "ORG") == []


def test_a_head_generic_alone_with_a_country_is_a_named_body():
    assert mentions("أعلنت القوات المسلحة الإيرانية عن مناورات", "ORG") == ["القوات المسلحة الإيرانية"]
    assert mentions("نقلت وكالة الأنباء السعودية عن الوزير قوله", "ORG") == ["وكالة الأنباء السعودية"]


def test_a_community_of_countries_is_no_place():
    assert mentions("تحدث الوزير عن العالم العربي والعالم الإسلامي", "PLACE") == []


def test_a_verb_with_a_proclitic_is_not_a_place_spelled_like_it():
    assert mentions("نزح الآلاف ولجأوا إلى المخيمات", "PLACE") == []
    assert mentions("طالبوا بالاحتجاجات السلمية", "PLACE") == []


def test_a_definite_head_takes_no_definite_noun_in_construct():
    assert mentions("أعد المجلس التقارير الخاصة بالانتخابات", "ORG") == []
    assert mentions("أعلن مجلس النواب اللبناني موعد الجلسة", "ORG") == ["مجلس النواب اللبناني"]


def test_club_heads_take_the_city_after_them():
    assert mentions("فاز أولمبيك خريبكة على مولودية وهران", "ORG") == ["أولمبيك خريبكة", "مولودية وهران"]


def test_an_adjective_without_a_nisba_ending_still_describes_a_definite_head():
    assert mentions("انتشر الحرس الملكي المسلح في القصر", "ORG") == ["الحرس الملكي المسلح"]


def test_the_company_or_the_institution_with_adjectives_only_names_no_organisation():
    assert mentions("وقالت الشركة الأميركية إنها ستغلق المصنع", "ORG") == []
    assert mentions("وتحدثت المؤسسة الدينية عن الفتوى", "ORG") == []
    assert mentions("وقالت شركة أرامكو إنها ستغلق المصنع", "ORG") != []


def test_a_field_after_a_bodys_nationality_adjective_is_part_of_its_name():
    assert mentions("وقالت الجمعية المصرية لحقوق الإنسان إن", "ORG") == ["الجمعية المصرية لحقوق الإنسان"]
    assert mentions("أعلنت الشركة السعودية للكهرباء أن", "ORG") == ["الشركة السعودية للكهرباء"]
    assert mentions("تجمعوا أمام السفارة الأمريكية للاحتجاج على القرار", "ORG") == ["السفارة الأمريكية"]
    assert mentions("قالت الشركة الروسية للمرة الثانية إنها", "ORG") == []


def test_a_place_followed_by_a_masthead_word_is_a_newspaper():
    assert mentions("ذكرت صحيفة طهران تايمز أن", "ORG") == ["طهران تايمز"]
    assert mentions("ذكرت صحيفة طهران تايمز أن", "PLACE") == []


def test_a_title_before_a_persons_name_ends_the_body_before_it():
    assert "شرطة مدينة العين" in mentions("قال قائد شرطة مدينة العين الفريق سالم الكعبي إن الطرق مفتوحة", "ORG")
    assert not any("الفريق" in m for m in mentions("قال قائد شرطة مدينة العين الفريق سالم الكعبي إن الطرق مفتوحة", "ORG"))


def test_an_adjective_written_mostly_feminine_names_no_body_after_a_head():
    assert mentions("ونظم المحتجون تجمع حاشد أمام السفارة", "ORG") == []


def test_a_person_after_the_bare_head_of_a_company_is_the_company():
    text = "وأعلنت شركة بيكر هيوز أرباحا جديدة هذا العام"
    assert (mentions(text, "ORG"), mentions(text, "PERSON")) == (["شركة بيكر هيوز"], [])
