"""Which PLOVER type a trigger tells, and when its words tell none: phrases whose words
belong together, senses of a head word that another word decides; sentences written for
the tests."""
from core import analyze
from core.events import _find_triggers, _word_readings, load_triggers
from core.lexicon import load_lexicon
from core.text import normalize_with_offsets, token_norms, tokenize


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def triggers(text):
    trig = load_triggers()
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    norms = token_norms(toks)
    return [(h.form.type, text[h.start:h.end]) for h in _find_triggers(nt, toks, norms, trig,
                                                                        _word_readings(norms, trig, load_lexicon()))]


def test_a_gapped_phrase_does_not_reach_into_the_next_sentence():
    got = triggers("وقال المتحدث إن الوفد المصري التقى قادة حركة فتح. وتتواصل مساعي تحقيق المصالحة.")
    assert ("ACCUSE", "فتح") not in got
    assert ("ACCUSE", "فتحت") in triggers("وفتحت الشرطة المصرية أمس تحقيقا في الحادث.")
