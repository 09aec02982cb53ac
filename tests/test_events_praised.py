"""The doer of a praised thing is praised (core.events.praised). Sentences written for the
tests; the function is given the pairs a reading might make, to show its own turn."""
from types import SimpleNamespace as NS

from core.events import praised
from core.text import normalize_with_offsets, token_norms, tokenize


def _praised(text: str, trigger: str, actors: dict[str, str], pairs, kind="SUPPORT", verbal=False):
    """praised_sides on ``text``: ``actors`` maps a word to the side it names; the
    trigger is the first word equal to ``trigger``."""
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    words = [text[t.start:t.end] for t in toks]
    at = words.index(trigger)
    mentions = [NS(actor=side, i=k, j=k + 1) for k, w in enumerate(words) for word, side in actors.items() if w == word]
    h = NS(form=NS(type=kind, inverse=False, tokens=(trigger,)), i=at, j=at + 1, verbal=verbal,
           start=toks[at].start, end=toks[at].end)
    doc = NS(norms=token_norms(toks), toks=toks, nt=nt)
    return praised.praised_sides(doc, NS(actors=mentions), h, pairs)


SENTENCE = "وقال الوفد الأردني إن الاجتماع كان مثمرا، مشيدا بالجهود التي تبذلها قطر من خلال عضويتها في مجلس_الأمن."
SIDES = {"الأردني": "JOR", "قطر": "QAT", "مجلس_الأمن": "unsc"}


def test_the_doer_of_the_praised_efforts_is_the_target():
    """"مشيدا بالجهود التي تبذلها قطر" after "الوفد الأردني": Jordan praises Qatar."""
    assert _praised(SENTENCE, "مشيدا", SIDES, [(["QAT", "JOR"], True)]) == [(["JOR", "QAT"], True)]
    assert _praised(SENTENCE, "مشيدا", SIDES, [(["JOR", "QAT"], True)]) == [(["JOR", "QAT"], True)]


def test_a_pair_of_the_doer_and_a_side_named_after_it_is_dropped():
    """"التي تبذلها قطر من خلال عضويتها في مجلس الأمن": the council praises no one."""
    assert _praised(SENTENCE, "مشيدا", SIDES, [(["QAT", "unsc"], True)]) == []


def test_the_role_taken_up_by_bih_and_other_acts():
    """"أشاد ... بالدور الذي تقوم به قطر" reads the same; an act other than backing is left alone."""
    text = "وأشاد الوزير الأردني بالدور الذي تقوم به قطر."
    sides = {"الأردني": "JOR", "قطر": "QAT"}
    assert _praised(text, "وأشاد", sides, [(["QAT", "JOR"], True)], verbal=True) == [(["JOR", "QAT"], True)]
    assert _praised(text, "وأشاد", sides, [(["QAT", "JOR"], True)], kind="ACCUSE", verbal=True) == [(["QAT", "JOR"], True)]


def test_the_doer_of_a_backing_noun_backs():
    """"الدعم العسكري الذي تقدمه إيران": the clause is on the backing itself, whose doer backs."""
    text = "وانتقد الوزير الأردني الدعم العسكري الذي تقدمه إيران للحوثيين."
    pairs = [(["IRN", "houthis"], True)]
    assert _praised(text, "الدعم", {"الأردني": "JOR", "إيران": "IRN", "للحوثيين": "houthis"}, pairs) == pairs
