"""The attack and protest sentence figure labels sentences from gold evidence and output events."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from bench_incident_sentences import sentence_labels  # noqa: E402


def test_a_sentence_is_labelled_by_gold_evidence_and_by_the_events_found_in_it():
    text = "قصفت الطائرات مواقع في المدينة. وتظاهر آلاف في العاصمة. وقال الوزير إن الوضع هادئ."
    gold = {"events": [{"type": ["ASSAULT", "COERCE"], "evidence": "قصفت الطائرات مواقع في المدينة"},
                       {"type": "PROTEST", "evidence": "وتظاهر آلاف في العاصمة"}]}
    second = text.index("وتظاهر")
    out = {"events": [{"type": "ASSAULT", "sentence_start": second}, {"type": "CONSULT", "sentence_start": 0}]}
    assert sentence_labels(text, gold, out) == [({"ASSAULT"}, set()), ({"PROTEST"}, {"ASSAULT"}), (set(), set())]
