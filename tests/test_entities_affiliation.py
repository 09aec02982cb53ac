"""Affiliation: a person described by a role of a named organisation or country acts for
it (core/entities/affiliation.py, role_words.tsv). Made-up sentences, one behaviour each."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def persons(text, tagged=None):
    """{first mention of each person: its actor}; `tagged`: (first word, words) of a
    name a tagger proposes, as the rules may leave a name to the tagger."""
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    spans = None
    if tagged:
        words = [text[t.start:t.end] for t in toks]
        i = words.index(tagged[0])
        spans = [(i, i + tagged[1], "PER")]
    out = {}
    for e in find_entities(nt, toks, tagged=spans):
        if e.type == "PERSON":
            out[e.mentions[0].text] = e.actor
    return out


def test_spokesman_of_a_movement_acts_for_the_movement():
    assert persons("وقال المتحدث باسم حركة حماس سليم العطواني إن الحركة لن تقبل")["سليم العطواني"] == "hamas"


def test_role_after_the_name_between_commas():
    assert persons("وقال سليم العطواني، المتحدث باسم حركة حماس، إن الحركة لن تقبل")["سليم العطواني"] == "hamas"


def test_indefinite_role_in_construct_after_the_name():
    assert persons("واجتمع الوفد مع كريم الدهماني سفير تونس لدى الأردن أمس")["كريم الدهماني"] == "TUN"


def test_spokesman_of_a_ministry_acts_for_its_country():
    text = "وقال المتحدث باسم وزارة الخارجية الإيرانية بهروز كمالوندي إن طهران ترفض"
    assert persons(text)["بهروز كمالوندي"] == "IRN"


def test_a_name_the_tagger_found_gets_the_role_before_it():
    text = "وقال سفير روسيا لدى مصر، يوري ماس، إن موسكو مستعدة"
    assert persons(text, tagged=("يوري", 2))["يوري ماس"] == "RUS"


def test_a_known_person_without_a_state_takes_the_organisation_of_his_role():
    text = "وانتقد الأمين العام للأمم المتحدة أنطونيو غوتيريش القصف"
    assert persons(text)["أنطونيو غوتيريش"] == "un"


def test_known_movement_leader_acts_for_his_movement_alone():
    assert persons("وقال نصرالله في كلمة متلفزة إن المقاومة جاهزة")["نصرالله"] == "hezbollah"


def test_the_surname_alone_later_keeps_the_actor():
    text = "وقال المتحدث باسم حركة حماس سليم العطواني إن الحركة لن تقبل. وأضاف العطواني أن الحوار مستمر"
    nt = normalize_with_offsets(text)
    ent = next(e for e in find_entities(nt, tokenize(nt)) if e.type == "PERSON")
    assert ent.actor == "hamas" and {m.text for m in ent.mentions} == {"سليم العطواني", "العطواني"}


def test_a_nationality_after_an_actor_is_no_state():
    assert persons("وقالت الممثلة الأمريكية سارة كولينز إن الفيلم جاهز").get("سارة كولينز") is None


def test_spokesman_of_an_embassy_acts_for_its_state():
    text = "وقال خالد الرميحي، الناطق باسم السفارة القطرية في لندن، إن الزيارة تأجلت"
    assert persons(text, tagged=("خالد", 2))["خالد الرميحي"] == "QAT"


def test_a_short_form_of_the_organisation_leads_to_its_full_name():
    text = "وقالت رابطة الصيادين الوطنية في بيان إن الإضراب مستمر. وحث الأمين العام لرابطة الصيادين سليم العطواني الحكومة على الحوار"
    nt = normalize_with_offsets(text)
    out = find_entities(nt, tokenize(nt))
    org = next(e for e in out if e.type == "ORG")
    assert next(e for e in out if e.type == "PERSON").actor == org.id


def test_a_senior_member_of_a_movement_acts_for_it():
    assert persons("وقال القيادي في حركة حماس سليم العطواني إن الحركة لن تقبل")["سليم العطواني"] == "hamas"


def test_a_relative_of_an_office_holder_does_not_act_for_the_state():
    text = "ووصلت ابنة الرئيس الروسي، ماريا فولكوفا، إلى المدينة أمس"
    assert persons(text, tagged=("ماريا", 2))["ماريا فولكوفا"] is None


def test_coordinated_noun_inside_the_role_complement():
    text = "وقال سليم العطواني، وزير الخارجية والتعاون الدولي الأردني، إن بلاده ترفض"
    assert persons(text)["سليم العطواني"] == "JOR"


def test_outgoing_holder_still_acts_for_the_state():
    text = "ودعا رئيس البرلمان الأردني المنتهية ولايته سليم العطواني إلى الحوار"
    assert persons(text)["سليم العطواني"] == "JOR"


def test_prosecutor_with_nationality_acts_for_the_state():
    text = "وقال المدعي العام الأردني سليم العطواني إن المتهمين سيحاكمون"
    assert persons(text)["سليم العطواني"] == "JOR"


def test_bare_office_word_later_is_the_official_it_described():
    text = "ووصل وزير الخارجية الأردني سليم العطواني إلى المدينة أمس. وانتقد الوزير الحكومة بشدة."
    nt = normalize_with_offsets(text)
    ents = [e for e in find_entities(nt, tokenize(nt)) if e.type == "PERSON"]
    assert [(e.actor, [m.text for m in e.mentions]) for e in ents] == [("JOR", ["سليم العطواني", "الوزير"])]


def test_nationality_of_the_file_is_not_the_officials():
    assert persons("وقال سليم العطواني، المسؤول المكلف بالملف السوري، إن الحل قريب")["سليم العطواني"] is None


def test_responsible_for_is_no_office():
    text = "وقالت الصحيفة إن الأردن مسؤول عن اغتيال الباحث السوري سليم العطواني أمس"
    assert persons(text)["سليم العطواني"] is None


def test_a_minister_named_by_office_alone_acts_for_the_country_the_article_is_about():
    """News names the home country's minister without his country (core/entities/home.py)."""
    text = ("أعلنت النرويج خطة جديدة. وقالت الحكومة النرويجية إن أوسلو ستنفذها. "
            "وقال وزير الداخلية سليم العطواني إن النرويج مستعدة.")
    assert persons(text)["سليم العطواني"] == "NOR"


def test_no_home_country_when_two_countries_share_the_article():
    text = ("أعلنت النرويج والسويد خطة. وقالت النرويج والسويد إنهما مستعدتان. "
            "وقال وزير الداخلية سليم العطواني إن النرويج والسويد ستنفذانها.")
    assert persons(text)["سليم العطواني"] is None


def test_a_head_of_anything_gets_no_home_country():
    """"رئيس" heads clubs and companies too: only state offices take the home country."""
    text = ("أعلنت النرويج خطة جديدة. وقالت الحكومة النرويجية إن أوسلو ستنفذها. "
            "وقال رئيس النادي سليم العطواني إن النرويج مستعدة.")
    assert persons(text)["سليم العطواني"] is None


def test_a_two_word_nationality_names_the_officials_state():
    """"الكوري الجنوبي": neither word names a country alone (core.lexicon.two_word_adjectives)."""
    assert persons("وقال وزير الخارجية الكوري الجنوبي سليم العطواني إن بلاده مستعدة")["سليم العطواني"] == "KOR"


def test_an_organisation_name_ends_after_a_two_word_nationality():
    from core import analyze

    ents = analyze("وذكرت وكالة الأنباء الرسمية الكورية الشمالية أن الوفد وصل.", None).entities
    org = next(e for e in ents if e.type == "ORG")
    assert org.mentions[0].text == "وكالة الأنباء الرسمية الكورية الشمالية" and org.country == "PRK"
