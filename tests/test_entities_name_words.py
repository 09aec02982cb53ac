"""core/entities/name_words.py: a bare word that news writes mostly inside people's
names is a person where no title stands beside it (made-up sentences; the surnames
are words of data/lexicons/name_words.tsv)."""
from core.lexicon import read_table
from core.text import normalize_for_match
from test_entities_unseen import people


def names(text, tagged=None):
    return [t for t, _ in people(text, tagged)]


def test_a_bare_word_of_the_table_is_a_person():
    assert names("ورد كامبيو على الأسئلة بعد المباراة") == ["كامبيو"]


def test_the_name_grows_over_a_rare_next_part():
    assert names("وقال ماكغولدريك ستيفورين إن الاجتماع تأجل") == ["ماكغولدريك ستيفورين"]


def test_a_particle_before_the_word_is_part_of_the_name():
    assert names("وقال بن كامبيو إن الاجتماع تأجل") == ["بن كامبيو"]


def test_a_compound_given_name_before_the_word_is_part_of_the_name():
    assert names("وقال عبد الحميد غول إن الاجتماع تأجل") == ["عبد الحميد غول"]


def test_a_conjunction_ends_the_name():
    assert names("وتحدث ماكغولدريك وكيربي عن الخطة") == ["ماكغولدريك", "كيربي"]


def test_a_person_found_beside_the_word_joins_its_name():
    assert names("وقال ماكغولدريك ستيفورين إن الاجتماع تأجل", [("ستيفورين", "PER")]) == ["ماكغولدريك ستيفورين"]


def test_a_given_name_alone_stays_no_person():
    assert names("وقال محمد إن القرار صدر") == []


def test_the_table_holds_single_normalised_words_and_no_given_names():
    from core.lexicon import load_lexicon

    given = load_lexicon().given_names
    rows = [r for _, r in read_table("name_words.tsv")]
    assert rows and all(" " not in r["word"] and normalize_for_match(r["word"]) == r["word"] for r in rows)
    assert all(int(r["in_names"]) <= int(r["corpus"]) for r in rows)
    assert not any(r["word"] in given for r in rows)


def test_a_common_word_that_reads_as_a_given_name_with_a_proclitic_stays_out():
    assert names("وصوت البرلمان لصالح كامبيو أمس") == ["كامبيو"]


def test_a_word_an_indefinite_nationality_adjective_describes_is_a_common_noun():
    assert names("ورد كامبيو فرنسي على الأسئلة") == []


def test_a_people_in_the_plural_is_no_name_word():
    """"المسيحيين" was learnt as a name word because the tagger took it for a name: a
    relative adjective's plural after ال names a people or a group, never a family."""
    from core import analyze

    assert not [e for e in analyze("وقال إن المسيحيين في المدينة يحتفلون بالعيد.").entities if e.type == "PERSON"]


def test_the_conjunction_fa_inna_is_no_particle_van():
    assert names("وبعد رحيل ميسي فإن المدرب سيبحث عن بديل") == ["ميسي"]


# The tagger of these tests reads "جوزيه" as a person once, before "إن" (its span is
# trimmed to the name); the rule must find the other, bare mentions.
JOSE = [("جوزيه ان", "PER")]
SAID = "وقال جوزيه إن الفريق جاهز. "


def test_a_person_named_by_one_word_is_its_bare_repeats_too():
    assert names(SAID + "ويعتمد جوزيه على الدفاع", JOSE) == ["جوزيه"] * 2


def test_a_lone_repeat_beside_another_name_is_part_of_that_name():
    assert names(SAID + "ويعتمد جوزيه ماكرون على الدفاع", JOSE) == ["جوزيه", "ماكرون"]


def test_a_lone_repeat_after_a_verb_rare_only_with_its_conjunction_is_the_person():
    """"ويختتم" is rare as written, but news writes "يختتم" often: the clause's verb, no
    first name of a longer name."""
    assert names(SAID + "ويختتم جوزيه المؤتمر بالشكر", JOSE) == ["جوزيه"] * 2


def test_a_lone_repeat_between_quotes_is_a_term():
    assert names(SAID + 'ويعرف الطبق باسم "جوزيه" في البلاد', JOSE) == ["جوزيه"]


def test_a_lone_repeat_after_fi_is_a_place():
    assert names(SAID + "وولد في جوزيه قبل الحرب", JOSE) == ["جوزيه"]


def test_a_lone_repeat_under_a_conjunction_is_the_person():
    assert names(SAID + "فجوزيه لا يخشى أحدا", JOSE) == ["جوزيه"] * 2


def test_a_lone_repeat_under_a_preposition_is_left_alone():
    assert names(SAID + "وكان لجوزيه رأي آخر", JOSE) == ["جوزيه"]


def test_a_lone_repeat_whose_shorter_cut_is_a_frequent_word_is_that_word():
    assert names("وقالت دينا إن الفيلم جاهز. ولدينا الجرأة لعرضه", [("دينا ان", "PER")]) == ["دينا"]


def test_a_lone_word_the_tagger_alone_read_marks_its_repeats():
    """A rare word the tagger alone read as a person marks its bare repeats too, once no
    verb's or pronoun's form says it was misread (core.entities.named_again)."""
    text = "وجاء زوريتشكوف مبتسما. ويعتمد زوريتشكوف على الدفاع"
    assert names(text, [("زوريتشكوف مبتسما", "PER")]) == ["زوريتشكوف"] * 2


def test_a_lone_name_written_like_a_function_word_marks_no_repeats():
    assert names("وقال علي إن الفريق جاهز. وحصل علي جائزة", [("علي ان", "PER")]) == ["علي"]


def _person_mentions(text, tagged=None):
    from tagged_entities import found_entities

    return [(m.text, e.id) for e in found_entities(text, tagged) if e.type == "PERSON" for m in e.mentions]


def test_a_known_persons_bare_surname_after_his_full_name_is_him():
    """"بري" alone is a common word too, so the lexicon keeps no short form; after the
    full name in the same article it is the same man."""
    found = _person_mentions("واستقبل نبيه بري الوفد في مكتبه. وقال بري إن الحوار مستمر")
    assert found == [("نبيه بري", "nabih-berri"), ("بري", "nabih-berri")]


def test_a_surname_after_an_indefinite_noun_may_be_its_adjective():
    found = _person_mentions("واستقبل نبيه بري الوفد وتحدث عن هجوم بري محتمل")
    assert found == [("نبيه بري", "nabih-berri")]


def test_an_unknown_word_after_a_verb_of_saying_is_the_speaker():
    assert names("وأوضح كاستيلانوفو أن الفريق جاهز للمباراة") == ["كاستيلانوفو"]


def test_the_speakers_name_runs_on_over_its_rare_words():
    assert names("وقال يوشيكانو تاماهيرو إن المصنع أغلق") == ["يوشيكانو تاماهيرو"]


def test_a_plural_after_a_verb_of_saying_is_no_speaker():
    assert names("وقال متعاملون إن الأسعار ارتفعت") == []
    assert names("وقال مصدرو النفط إن الأسعار ارتفعت") == []


def test_a_feminine_verbs_subject_may_be_a_city():
    assert names("وأوضحت كاستيلانوفو أن المحادثات ستتناول الطاقة") == []


def test_a_quoted_word_after_a_verb_of_saying_is_a_title():
    assert names('وغنى المطرب أغنية "قال كاستيلانوفو" في الحفل') == []


def test_a_word_of_arabic_pattern_after_a_verb_of_saying_is_no_speaker():
    """A participle ("ممرض"), a feminine noun, a nisba's plural: common nouns news does
    not happen to know, no foreign names."""
    assert names("وقال ممرض إن عدد الجرحى ارتفع") == []
    assert names("وكتب باكورة قصصية عن الحرب") == []
    assert names("وأعلن دبلوماسيو البلدين أن الاجتماع تأجل") == []


def test_a_known_persons_ordinal_is_no_surname():
    found = _person_mentions("واستقبل الملك عبد الله الثاني الوفد، وهو اللقاء الثاني بينهما")
    assert [t for t, _ in found] == ["عبد الله الثاني"]


def test_how_or_to_whom_he_spoke_is_no_speaker():
    assert names("وأضاف ضاحكا إن الأمر لا يعنيه") == []
    assert names("وقال لحفيدته إن الرحلة طويلة") == []
    assert names("وقال نجلاه إن والدهما بخير") == []


def test_a_speakers_name_under_b_is_no_preposition_on_a_rare_word():
    """"بوين" is no ب + "وين": a word news hardly writes once cut is no common word."""
    assert names("وقال بوين إن التقرير سينشر الأسبوع المقبل") == ["بوين"]
    assert names("وقال بحزم إن التقرير سينشر الأسبوع المقبل") == []


def test_a_cued_rare_one_word_name_repeats_alone():
    """The title finds "فيرهاخن" once; its bare mention before the title is his too."""
    text = "وأوضح أن فيرهاخن سيزور المنطقة قريبا. وقال المدرب فيرهاخن إن فريقه جاهز"
    assert names(text) == ["فيرهاخن", "فيرهاخن"]


def test_a_cued_word_of_arabic_form_does_not_repeat():
    """A title before a verb ("المدرب تختصر") may take the verb; its other occurrences stay
    free (one long vowel or none: no foreign name's form)."""
    text = "وقالت إن الجلسة تختصر الوقت. وقال المدرب تختصر إن فريقه جاهز"
    assert names(text).count("تختصر") <= 1


def test_an_unknown_foreign_word_after_a_nationality_adjective_is_a_man():
    """After a noun too ("بخدمات البرتغالي"، "المؤلف الهندي"), where the adjective might
    describe the noun: a word of a foreign name's form no news knows is his name."""
    assert names("وسعى النادي للظفر بخدمات البرتغالي كوريسيلو هذا الصيف") == ["كوريسيلو"]


def test_an_arabic_word_after_a_nationality_adjective_is_no_name():
    """A verb (one long vowel: "يتهيأ"), a plural verb ("اشتكوا"), a preposition on a
    noun with its pronoun ("بمجلسيه") follow the adjective as often."""
    assert names("وقال إن المنتخب الكويتي يتهيأ للبطولة") == []
    assert names("وكان الجانب التركي اشتكوا من التأخير") == []
    assert names("وصوت البرلمان الروسي بمجلسيه على القانون") == []


def test_the_adjective_of_a_body_or_an_indefinite_noun_names_no_man():
    """"الجيش التركي" is a body: its verb follows; "ألماني" without the article describes
    the noun before it."""
    assert names("وقال مصدر إن الجيش التركي عاودت مدفعيته القصف") == []
    assert names("وهو أكثر لاعب ألماني موهوب في جيله") == []


def test_b_before_no_long_vowel_after_a_nationality_adjective_is_a_preposition():
    assert names("وقال إن الاقتصاد الإسرائيلي بطريقتين سينمو") == []
