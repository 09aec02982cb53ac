"""Organisations whose name is also a common word: alone between quotes they are the
organisation; unquoted, before any full name, they stay common words."""

from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize
from script_modules import load


def ids(text):
    nt = normalize_with_offsets(text)
    return {e.id for e in find_entities(nt, tokenize(nt)) if e.type == "ORG"}


def test_a_quoted_ambiguous_outlet_is_the_outlet():
    assert "alarabiya" in ids('وقال وزير الصحة لـ"العربية" إن المستشفيات جاهزة.')
    assert "wafa" in ids('ونقلت وكالة أنباء "وفا" عن الرئيس قوله إن الحوار مستمر.')


def test_an_unquoted_ambiguous_name_stays_a_common_word():
    assert "alarabiya" not in ids("وتحدث الوزير باللغة العربية أمام الحضور.")
    assert "real-madrid" not in ids("وهبط الريال الإيراني إلى مستوى قياسي.")


def test_a_carmaker_after_its_full_name_stands_alone():
    assert "nissan" in ids("أعلنت شركة نيسان عن طراز جديد، وقالت نيسان إن المبيعات ارتفعت.")
    assert "nissan" not in ids("زار الوزير القاهرة في نيسان الماضي.")


def test_a_workshop_after_its_preposition_is_no_carmaker():
    """"بورشة" is ب + ورشة (in a workshop) as often as the car maker's name: the lexicon
    holds the maker under its company head or in Latin script only."""
    assert "porsche" not in ids("وشاركت الطالبة بورشة تدريبية في العاصمة.")
    assert "porsche" in ids("وأعلنت شركة بورشه الألمانية عن سيارة جديدة.")


def _bench():
    return load("bench/bench_ner_anercorp.py")


def test_the_anercorp_bench_scores_an_organisation_on_anercorps_span():
    aner_org_span = _bench().aner_org_span
    toks = "ذكرت صحيفة هآرتس الإسرائيلية أن".split()
    assert aner_org_span(toks, 1, 4) == (2, 3, "ORG")  # no head, no nationality adjective
    toks = "قال مسؤول في لنادي أرسنال".split()
    assert aner_org_span(toks, 3, 5) == (4, 5, "ORG")  # the head under its proclitic
    toks = "أعلنت منظمة العفو الدولية".split()
    assert aner_org_span(toks, 1, 4) == (1, 4, "ORG")  # ANERcorp keeps منظمة
    toks = "فاز منتخب ساحل العاج لكرة القدم".split()
    assert aner_org_span(toks, 1, 6) == (2, 4, "LOC")  # a national team is its country


def test_the_anercorp_bench_drops_a_head_whose_first_letter_looks_like_a_proclitic():
    aner_org_span = _bench().aner_org_span
    assert aner_org_span("وخسر فريق ريال مدريد".split(), 1, 4) == (2, 4, "ORG")  # فريق, not ف + ريق
    assert aner_org_span("ونقلت وكالة رويترز".split(), 1, 3) == (2, 3, "ORG")  # وكالة, not و + كالة


def test_the_anercorp_bench_knows_the_names_other_tenths_hold():
    sentence = [("قال", "O"), ("جون", "B-PERS"), ("سميث", "I-PERS"), ("في", "O"), ("لندن", "B-LOC")]
    assert _bench().names_of([sentence]) == {("جون", "سميث"), ("لندن",)}


def test_an_ambiguous_outlet_after_its_correspondent_is_the_outlet():
    assert "alarabiya" in ids("وأفاد مراسل العربية بأن الاشتباكات توقفت عند الفجر.")
    assert "aljazeera" in ids("وقالت مراسلة الجزيرة إن المعبر أغلق.")


def test_the_language_after_other_words_of_news_people_stays_a_language():
    assert "alarabiya" not in ids("ويتقن مراسلو الوكالة اللغة العربية، وتعلم المراسل العربية في القاهرة.")


def test_a_quoted_newspaper_named_like_a_region_is_the_newspaper():
    text = 'وقال الوزير لـ«الشرق الأوسط» إن الأزمة تهدد الاستقرار في الشرق الأوسط.'
    nt = normalize_with_offsets(text)
    ents = find_entities(nt, tokenize(nt))
    assert "asharq-al-awsat" in {e.id for e in ents if e.type == "ORG"}
    assert "middle-east" in {e.id for e in ents if e.type == "PLACE"}  # the unquoted region stays
    assert "asharq-al-awsat" not in ids('ويخشى المحللون حربا جديدة في "الشرق الأوسط" هذا العام.')


def test_a_club_named_by_a_common_word_is_the_club_after_a_match_or_its_fans():
    assert "al-ahly" in ids("وتوافدت جماهير الأهلي على الملعب منذ الصباح.")
    assert "al-jazira-club" in ids("وأكد المدرب أن فريق الجزيرة يملك هجوما قويا.")
    assert "al-jazira-club" not in ids("وقالت قناة الجزيرة إن القصف استمر حتى المساء.")


def test_a_quoted_carmaker_named_like_a_common_word_is_the_company():
    assert "geely" in ids("وتستعد شركات صينية مثل «جيلي» لدخول الأسواق الأوروبية.")
    assert "geely" not in ids("وقال إن جيلي يستحق فرصة أفضل من هذه.")


def test_a_short_name_joined_to_an_organisation_of_its_kind_is_that_organisation():
    assert "al-qaeda" in ids("وتواصل القوات ملاحقة مسلحي طالبان والقاعدة في المناطق الجبلية.")
    assert "al-ahly" in ids("وتتجه الأنظار غدا إلى قمة الزمالك والأهلي في الدوري الممتاز.")
    assert "al-qaeda" not in ids("وقال الخبير إن القاعدة والاستثناء في هذا القانون واضحان.")



def test_an_outlet_credited_between_brackets_is_the_outlet_but_not_a_gloss():
    assert "aljazeera" in ids("وقال المسؤول إن القصف استمر حتى الفجر (الجزيرة).")
    assert "al-raya" in ids("وأضاف المدرب في حديثه ل ( الراية ) أن الفريق جاهز.")
    assert "alarabiya" not in ids("وتعد اللغة الرسمية (العربية) لغة التعليم في البلاد.")


def test_a_verb_spelt_like_a_country_is_no_country():
    nt = normalize_with_offsets("وقال إن كثيرين صاموا مع أهل القرية هذا العام.")
    assert "WSM" not in {e.id for e in find_entities(nt, tokenize(nt))}
    nt = normalize_with_offsets("وزار الوزير ساموا وفيجي الأسبوع الماضي.")
    assert "WSM" in {e.id for e in find_entities(nt, tokenize(nt))}


def test_an_ambiguous_outlet_credited_in_a_dateline_is_the_outlet():
    assert "al-raya" in ids("الدوحة - الراية : افتتح وزير التعليم أمس مدرسة جديدة.")
    assert "al-rai" in ids("عمان - الرأي - أعلنت البلدية خطة لتوسيع الطرق.")


def test_an_ambiguous_outlet_between_dashes_after_no_place_is_a_common_word():
    assert "al-raya" not in ids("ورفع المحتجون الراية - وهي بيضاء - في الساحة.")


def test_the_anercorp_bench_knows_a_bodys_head_alone_is_no_name_of_anercorps():
    kind_words = _bench().aner_kind_words()
    assert {"الجيش", "القوات", "الخارجية"} <= kind_words  # "الجيش [الأميركي]": O O in ANERcorp
    assert "الكونغرس" not in kind_words  # a name of the lexicon, which ANERcorp marks
    assert "وزارة" not in kind_words  # indefinite: "وزارة الدفاع" keeps its words


def test_the_anercorp_bench_leaves_the_bodies_anercorp_never_marks_unscored():
    aner_unmarked = _bench().aner_unmarked
    assert aner_unmarked("وزارة") and aner_unmarked("بوزارة")  # "بوزارة الدفاع": O O in ANERcorp
    assert not aner_unmarked("حزب") and not aner_unmarked("منظمة")  # ANERcorp marks these bodies


def test_the_anercorp_bench_reads_the_article_after_lam():
    bench = _bench()
    assert bench.aner_unmarked("للقوات") and bench.aner_unmarked("وللجيش")  # ل + القوات، و + ل + الجيش
    assert bench.bare("للمنتخب") == "المنتخب" and bench.bare("بوزارة") == "وزارة"


def test_the_anercorp_bench_leaves_a_national_team_without_its_country_unscored():
    aner_org_span = _bench().aner_org_span
    assert aner_org_span("وفاز المنتخب الوطني أمس".split(), 1, 3)[2] is None
    assert aner_org_span("وفاز منتخب مصر أمس".split(), 1, 3) == (2, 3, "LOC")


def test_an_ambiguous_company_after_the_head_of_a_company_is_the_company():
    assert "shell" in ids("وتراجعت ثقة المستثمرين بشركة شل بعد إعلان النتائج.")
    assert "emaar" in ids("وقالت متحدثة باسم شركة إعمار إن المشروع سيكتمل العام المقبل.")
    assert "renault" not in ids("وصل الوفد إلى مدينة رينو الأمريكية مساء الأحد.")


def test_the_anercorp_bench_leaves_a_spelled_agency_unscored():
    bench = _bench()
    toks = "بيروت ( أ ف ب ) - قال رئيس البلدية إن الطريق أعيد فتحه .".split()
    assert [s for s in bench.predicted(toks, "rules") if s[2] == "ORG"] == []
    from core import analyze

    assert [e for e in analyze(" ".join(toks)).entities if e.type == "ORG"]  # the tool names the agency
