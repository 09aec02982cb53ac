"""What the event stage reads once per sentence and keeps on the sentence's record
(core.events.sentence_sides, core.events.role_actors.SentenceActors): read once per
sentence, and the events the same as when every trigger reads it afresh (an article
written for the tests)."""
from collections import Counter

import core.events as events
from core import analyze
from core.events import (bystanders, channels, indices, learned, nearby, no_side_mentions, opinions, origins,
                         questions, sentence_sides, unclaimed)

TEXT = ("وقالت وكالة الأنباء الرسمية إن مصر أدانت الهجوم على السفارة الأردنية وطالبت إسرائيل بوقف "
        "العمليات في غزة واتهمتها بانتهاك الاتفاق. وأعلنت تركيا دعمها للأردن واتهمت إسرائيل بانتهاك "
        "الهدنة وهددت بقطع العلاقات معها، وفقا لوكالة الأناضول.")
READERS = (bystanders, channels, indices, nearby, no_side_mentions, opinions, origins, questions, unclaimed)


def _events(text: str) -> list[tuple]:
    return [(e.type, e.actors, e.directed, e.trigger.start, e.modality, e.date) for e in analyze(text, "2024-03-05").events]


def test_a_sentences_readings_are_made_once_and_tell_what_fresh_readings_tell(monkeypatch):
    """Several triggers of one sentence reach the readings; each is made once for it, and
    the events are those of a run in which every trigger reads the sentence again."""
    real, counted, made = sentence_sides.unsided, {}, Counter()

    def once(doc, st, reading):  # the record's reading, its executions counted by sentence
        def count(doc, st, reading=reading):
            made[(st.start, reading)] += 1
            return reading(doc, st)
        return real(doc, st, counted.setdefault(reading, count))

    for mod in READERS:
        monkeypatch.setattr(mod, "unsided", once)
    kept = _events(TEXT)
    assert kept and made and max(made.values()) == 1

    asked = Counter()

    def fresh(doc, st, reading):  # every trigger reads afresh
        asked[(st.start, reading)] += 1
        return reading(doc, st)

    for mod in READERS:
        monkeypatch.setattr(mod, "unsided", fresh)
    monkeypatch.setattr(events._Sentence, "read_actors",
                        lambda self: learned.sentence_actors(self.actors, self.carried_here()))
    assert _events(TEXT) == kept
    assert max(asked.values()) > 1  # the article has sentences whose triggers share readings
