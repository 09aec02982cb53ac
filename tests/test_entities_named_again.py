"""core/entities/named_again.py and named_before_roles.py: a person's name read again
where the article writes it alone, and a name between a verb of saying and its role
(made-up sentences and names)."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize
from test_entities_unseen import people


def people_tagged_once(text: str, phrase: str) -> list[str]:
    """The people found when the tagger reads ``phrase`` at its first place only, as it
    reads each sentence on its own."""
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    words, p = [t.norm for t in toks], phrase.split()
    i = next(i for i in range(len(words)) if words[i:i + len(p)] == p)
    return [m.text for e in find_entities(nt, toks, tagged=[(i, i + len(p), "PER")]) if e.type == "PERSON"
            for m in e.mentions]


def test_a_one_word_name_is_read_again_in_a_later_sentence():
    text = "أعلن بارتوسيك عن مبادرة جديدة للسلام. وفي المساء غادر بارتوسيك العاصمة."
    assert people_tagged_once(text, "بارتوسيك") == ["بارتوسيك", "بارتوسيك"]


def test_a_foreign_first_name_alone_stands_for_the_full_name():
    text = "وصلت سيغولينا بارتوسيك إلى المطار. وفي المساء غادرت سيغولينا العاصمة."
    assert people_tagged_once(text, "سيغولينا بارتوسيك") == ["سيغولينا بارتوسيك", "سيغولينا"]


def test_a_common_given_name_alone_is_anyone_of_that_name():
    text = "وصل محمد بارتوسيك إلى المطار. وفي المساء غادر محمد العاصمة."
    assert people_tagged_once(text, "محمد بارتوسيك") == ["محمد بارتوسيك"]


def test_a_quoted_word_is_no_person_read_again():
    text = "أعلن بارتوسيك عن مبادرة جديدة للسلام. وزار الوفد مجمع «بارتوسيك» للرياضة."
    assert people_tagged_once(text, "بارتوسيك") == ["بارتوسيك"]


def test_a_word_beside_another_name_word_is_part_of_a_longer_name():
    text = "أعلن بارتوسيك عن مبادرة جديدة للسلام. وحضر بارتوسيك مانتيلو الحفل."
    assert people_tagged_once(text, "بارتوسيك") == ["بارتوسيك"]


def test_a_verb_the_tagger_read_as_a_name_is_not_read_again():
    text = "وقال الشهود إن المحتجين ساروا نحو الساحة. ثم ساروا إلى مبنى البلدية."
    assert people_tagged_once(text, "ساروا") == ["ساروا"]


def test_a_rare_name_between_a_verb_of_saying_and_its_role_is_a_person():
    assert [t for t, _ in people("وقال الزغبي مدير المكتب إن العمل يسير كما خطط له.", [])] == ["الزغبي"]


def test_a_word_before_a_role_after_another_verb_is_no_name():
    assert people("وقلل الزغبي مدير المكتب من أهمية الخبر.", []) == []


def test_a_family_name_with_the_article_a_role_announced_is_read_again():
    text = "وقال الزغبي مدير المكتب إن العمل يسير كما خطط له. وواصل الزغبي حديثه عن الخطة."
    assert [t for t, _ in people(text, [])] == ["الزغبي", "الزغبي"]


def test_a_word_with_the_article_the_tagger_alone_read_is_not_read_again():
    text = "أشاد الزوكاني بالحفل. ثم عاد الزوكاني إلى المدينة."
    assert people_tagged_once(text, "الزوكاني") == ["الزوكاني"]


def test_a_full_name_written_again_whole_is_the_person_whole():
    """Its first word no table holds and no rule reads: the surname's alias takes it in
    (core.entities.aliases)."""
    text = "وصلت تيموريا زوريتشكوفا إلى المطار. وقالت تيموريا زوريتشكوفا إن الزيارة ناجحة."
    assert people_tagged_once(text, "تيموريا زوريتشكوفا") == ["تيموريا زوريتشكوفا"] * 2


def test_a_preposition_written_like_the_first_name_is_no_part_of_the_repeat():
    text = "وصل علي زوريتشكوف إلى المطار. وأطلق مسلحون النار على زوريتشكوف أمس."
    assert people_tagged_once(text, "علي زوريتشكوف") == ["علي زوريتشكوف", "زوريتشكوف"]
