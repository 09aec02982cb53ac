"""A nationality noun that takes up a private person introduced by it (core.events.nationality_nouns)."""
from core import analyze

INTRO = "بدأت في العراق محاكمة جديدة للفرنسية سارة دوبون بتهمة الإرهاب. "


def _events(text):
    return [(e["type"], e["actors"]) for e in analyze(text).to_dict()["events"]]


def test_the_nationality_noun_is_the_woman_it_introduced():
    """"وكانت الفرنسية التي اعتقلت": she is the one arrested, by the state she is held in."""
    got = _events(INTRO + "وكانت الفرنسية التي اعتقلت في مدينة الموصل العام الماضي قد نفت التهم.")
    assert got == [("COERCE", ["IRQ", "per-sarh-dwbwn"])]


def test_the_nationality_noun_is_no_state():
    """"طلب محام للفرنسية": her lawyer asks, not France."""
    got = _events(INTRO + "وقررت المحكمة عقد جلسة ثانية بناء على طلب محام جديد للفرنسية، وهو عراقي اختارته العائلة.")
    assert got == []


def test_an_adjective_describing_a_noun_stays_its_state():
    got = _events(INTRO + "وطالبت الحكومة الفرنسية العراق بترحيلها.")
    assert got == [("REQUEST", ["FRA", "IRQ"])]
