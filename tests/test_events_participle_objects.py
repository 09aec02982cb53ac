"""An adverbial participle of a speech act and the actor written right after it
(core.events.participle_objects): the grammar names both sides, the role model does not weigh them."""
from core import analyze
from core.events import learned


def _events(text):
    return [(e.type, e.actors, e.trigger.text) for e in analyze(text, "2024-01-01").events]


def test_the_object_right_after_an_accusing_participle_stands_without_the_model(monkeypatch):
    monkeypatch.setattr(learned, "decide", lambda model, cands, relax=0.0: [])  # a model that keeps no pair
    text = ("وقالت حركة حماس في بيان نشرته على موقعها إن القصف أدى إلى مقتل ثلاثة أطفال، "
            "متهمة الجيش الإسرائيلي بارتكاب جريمة حرب.")
    assert _events(text) == [("ACCUSE", ["hamas", "ISR"], "متهمة")]


def test_a_participle_after_the_subject_of_a_reported_clause_is_still_weighed(monkeypatch):
    monkeypatch.setattr(learned, "decide", lambda model, cands, relax=0.0: [])
    text = "وأعلنت في بيان أن على الحكومة المصرية حماية المتظاهرين، داعية إسرائيل إلى ضبط النفس."
    assert _events(text) == []


def test_a_participle_after_a_clause_with_its_own_subject_is_still_weighed():
    text = "وزار وزير الدفاع الأمريكي إسرائيل، حيث انتقد رئيس وزرائها تركيا، متهما أنقرة بدعم الإرهاب."
    accusations = [e[1] for e in _events(text) if e[0] == "ACCUSE"]
    assert ["ISR", "TUR"] in accusations
