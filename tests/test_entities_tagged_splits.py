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
