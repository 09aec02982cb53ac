"""The post-model filters a sentence's words or actors rule out are skipped
(core.events.filter_gates), and every trigger keeps the pairs the ungated filters leave:
made-up sentences on which each gated filter changes the pairs, and the annotated articles,
read with the gates and with every gate passing."""
from __future__ import annotations

from pathlib import Path

import pytest

from core import analyze
from core.events import after_model, bystanders, condemned, doers, filter_gates, venues, when_clauses

GATES = ("cue_named", "directed_target_after", "body_named")  # every gate of filter_gates

# a made-up sentence on which each gated filter changes the pairs it is given
FIRING = [
    (when_clauses, "no_when_clause_targets", "اعتقلت الشرطة الألمانية رجلا عندما كان يتظاهر أمام سفارة إيران."),
    (when_clauses, "no_sides_before_contrast", "ورفضت فرنسا الاتفاق بينما أيدته ألمانيا."),
    (bystanders, "no_topic_sides", "التقى وزير الخارجية المغربي نظيره الإسباني وناقشا ملفات حول ليبيا."),
    (doers, "doer_first", "قام وفد ياباني بتهنئة الرئيس البرازيلي بفوزه في الانتخابات."),
    (venues, "no_venue_bodies", "التقى الرئيس التونسي بالأمين العام على هامش قمة الاتحاد الأفريقي."),
    (condemned, "victims_not_accused", "البرازيل أدانت اغتيال الكيني جون."),  # the noun right after the verb, the victim right after it
]


def _ungated(monkeypatch):
    for name in GATES:
        monkeypatch.setattr(filter_gates, name, lambda *a: True)


def _kept(monkeypatch, texts: list[str]) -> list:
    """Each trigger's pairs after the filters, and the events, of each text."""
    seen: list = []
    kept_pairs = after_model.kept_pairs

    def spy(doc, st, h, pairs):
        out = kept_pairs(doc, st, h, pairs)
        seen.append((h.i, h.form.type, [(tuple(p), d) for p, d in out]))
        return out

    with monkeypatch.context() as m:
        m.setattr(after_model, "kept_pairs", spy)
        events = [[(e.type, e.actors, e.directed, e.modality, e.trigger.start) for e in analyze(t, "2024-03-05").events]
                  for t in texts]
    return [seen, events]


def _frozen(pairs) -> list:
    return [(tuple(p), d) for p, d in pairs]


def _filter_reads(monkeypatch, module, name: str, text: str) -> tuple[list, list]:
    """What one filter was given and gave back at each call, and the text's kept pairs and events."""
    calls: list = []
    real = getattr(module, name)

    def spy(*args):
        out = real(*args)
        calls.append((_frozen(args[-1]), _frozen(out)))
        return out

    with monkeypatch.context() as m:
        m.setattr(module, name, spy)
        kept = _kept(m, [text])
    return calls, kept


@pytest.mark.parametrize("module,name,text", FIRING, ids=[f[1] for f in FIRING])
def test_gated_filter_changes_pairs_on_its_sentence_as_ungated(monkeypatch, module, name, text):
    """The filter's own answers are compared, not only the pairs left at the end: a later
    filter may drop what a skipped one should have."""
    gated = _filter_reads(monkeypatch, module, name, text)
    _ungated(monkeypatch)
    ungated = _filter_reads(monkeypatch, module, name, text)
    assert any(given != out for given, out in ungated[0])  # the filter changes some trigger's pairs here
    assert gated == ungated


def test_gated_filters_leave_the_pairs_of_the_annotated_articles(monkeypatch):
    """A gate that asked more than its filter would drop a change silently: the 103
    annotated articles (some 800 triggers reaching the filters) keep, trigger by trigger,
    the pairs the ungated filters leave."""
    gold = Path(__file__).resolve().parent.parent / "data" / "gold"
    texts = [p.read_text(encoding="utf-8") for p in sorted(gold.glob("*.txt")) + sorted(gold.glob("train/*.txt"))]
    assert len(texts) >= 100

    def read() -> tuple[list, list]:
        calls: list = []
        with monkeypatch.context() as m:
            for module, name, _ in FIRING:  # each gated filter's own answers, and the pairs left at the end
                m.setattr(module, name, _spy(getattr(module, name), name, calls))
            return calls, _kept(m, texts)

    gated = read()
    _ungated(monkeypatch)
    assert read() == gated
    assert len(gated[1][0]) > 500 and sum(1 for _, _, p in gated[1][0] if p) > 300  # compared on many pairs


def _spy(real, name: str, calls: list):
    def spy(*args):
        out = real(*args)
        calls.append((name, _frozen(args[-1]), _frozen(out)))
        return out

    return spy


def test_cue_forms_read_a_cue_with_a_conjunction_on_it():
    table = {"حول": "about", "بشأن": "about", "قام": "light"}
    forms = filter_gates.cue_forms(table, ("about",))
    assert {"حول", "وحول", "فحول", "بشأن", "وبشأن"} <= forms and "قام" not in forms
