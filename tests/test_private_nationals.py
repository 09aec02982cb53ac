"""A private person's nationality names no state: a nationality noun before a private
person's name (core.events.named_nationals) and a country name written as the accusative
nisba of a person noun (core.entities.accusative_nisbas)."""
from core import analyze


def _events(text):
    return [(e["type"], e["actors"]) for e in analyze(text).to_dict()["events"]]


def _entities(text):
    return sorted((e["type"], e["name_ar"]) for e in analyze(text).to_dict()["entities"])


def test_a_nationality_noun_before_a_private_name_is_no_state():
    """"اختفاء الصيني X": the Chinese man disappears; China is no side of the inquiry."""
    assert _events("وفتحت السلطات الفرنسية تحقيقا بعد اختفاء الصيني لي وانغ رئيس المنظمة الدولية.") == []


def test_a_nationality_after_an_office_stays_its_state():
    assert _events("وانتقد وزير الخارجية الفرنسي جان لوران إيران.") == [("ACCUSE", ["FRA", "IRN"])]


def test_an_accusative_nisba_after_a_person_noun_is_no_country():
    """"رجلا بلغاريا": a Bulgarian man, neither a Bulgaria entity nor Bulgaria arrested."""
    text = "واعتقلت الشرطة الألمانية رجلا بلغاريا بتهمة قتل الصحفية البلغارية سلمى داود."
    assert _entities(text) == [("ORG", "الشرطة الألمانية"), ("PERSON", "سلمى داود")]
    assert all("BGR" not in actors for _, actors in _events(text))


def test_a_country_after_a_verb_stays_a_country():
    text = "واتهمت ألمانيا روسيا بدعم المتمردين."
    assert _entities(text) == [("COUNTRY", "ألمانيا"), ("COUNTRY", "روسيا")]
    assert _events(text) == [("ACCUSE", ["DEU", "RUS"])]


def test_a_country_after_and_is_a_country():
    """"خسرت فرنسا 20 جنديا وبريطانيا 12 جنديا": Britain lost soldiers too."""
    assert ("COUNTRY", "بريطانيا") in _entities("وخسرت فرنسا 20 جنديا وبريطانيا 12 جنديا في الحرب.")


def test_a_soldier_of_a_state_keeps_it_a_side():
    """"قتلت القوات التركية جنديا سوريا": a soldier is his state's arm, no private person:
    the attack hits Syria."""
    from core import analyze

    events = analyze("وقتلت القوات التركية جنديا سوريا في اشتباك على الحدود.", "2024-01-01").events
    assert [(v.type, v.actors) for v in events] == [("ASSAULT", ["TUR", "SYR"])]


def test_an_association_of_a_nationality_is_no_state():
    """"جمعية مغربية": a body of Moroccans sues, not Morocco."""
    assert ("ACCUSE", ["MAR", "DZA"]) not in _events("رفعت جمعية مغربية في إسبانيا دعوى قضائية ضد وزير الداخلية الجزائري.")


def test_a_family_of_a_nationality_is_no_state():
    """"عائلة ألبانية": the men arrested are a family's, Albania is not arrested."""
    assert ("COERCE", ["GRC", "ALB"]) not in _events("واعتقلت الشرطة اليونانية ثلاثة رجال من عائلة ألبانية معروفة.")
