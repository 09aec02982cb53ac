"""A nationality noun that takes up a private person introduced by it (core.events.nationality_nouns)."""
from core import analyze

INTRO = "افتتحت في العراق محاكمة الألمانية لينا كروغر بتهمة الانتماء إلى تنظيم متطرف. "


def _events(text):
    return [(e["type"], e["actors"]) for e in analyze(text).to_dict()["events"]]


def test_the_nationality_noun_is_the_woman_it_introduced():
    """"وكانت الألمانية التي اعتقلت": she is the one arrested, by the state she is held in."""
    got = _events(INTRO + "وكانت الألمانية التي اعتقلت قرب الحدود قبل عامين قد أنكرت التهم.")
    assert got == [("COERCE", ["IRQ", "per-lyna-krwghr"])]


def test_the_nationality_noun_is_no_state():
    """"طلب محامي الألمانية": her lawyer asks, not Germany."""
    got = _events(INTRO + "وقررت المحكمة تأجيل النظر في القضية بناء على طلب محامي الألمانية، وهو عراقي عينته أسرتها.")
    assert got == []


def test_an_adjective_describing_a_noun_stays_its_state():
    got = _events(INTRO + "ودعت الحكومة الألمانية العراق إلى ترحيلها.")
    assert got == [("REQUEST", ["DEU", "IRQ"])]


def test_a_retold_arrest_makes_the_critic_no_arrester():
    """"وانتقدت الولايات المتحدة احتجاز الأمريكي": Egypt held him, not his critic state."""
    got = _events("اعتقلت الشرطة المصرية الأمريكي جون سميث في القاهرة. وانتقدت الولايات المتحدة احتجاز الأمريكي.")
    assert got == [("COERCE", ["EGY", "USA"])]


def test_a_condemned_arrest_is_no_arrest_by_the_womans_state():
    got = _events("اعتقلت السلطات الإيرانية الفرنسية كلير مارتان في طهران. وأدانت فرنسا اعتقال الفرنسية.")
    assert ("COERCE", ["FRA", "per-klyr-martan"]) not in got


def test_a_plural_adjective_introduces_no_one():
    """"الأمريكيين X وY": a list of people; "الأمريكيين" later is no one of them."""
    got = _events("اعتقلت السلطات الإيرانية الأمريكيين جون سميث وبيتر جونز في طهران. ثم أفرجت إيران عن الأمريكيين.")
    assert not any("per-jwn-smyth" in actors for _, actors in got)


def test_an_adjective_after_a_possessed_noun_describes_it():
    """"بنظيره الأمريكي" after "الأمريكي X": the counterpart is American, not X."""
    got = _events("اعتقلت الشرطة المصرية الأمريكي جون سميث في القاهرة. واتصل وزير الخارجية المصري بنظيره الأمريكي.")
    assert ("CONSULT", ["EGY", "USA"]) in got


def test_another_nationality_and_a_masculine_arrest():
    got = _events("بدأت في لبنان محاكمة الكندي مارك ديفيس بتهمة التجسس. وكان الكندي الذي اعتقل قرب الحدود قد أنكر التهم.")
    assert got == [("COERCE", ["LBN", "per-mark-dyfys"])]


def test_another_arrest_verb():
    got = _events("بدأت في لبنان محاكمة الكندية ماري ديفيس بتهمة التجسس. وكانت الكندية التي احتجزت في مطار بيروت قد أنكرت التهم.")
    assert got == [("COERCE", ["LBN", "per-mary-dyfys"])]


def test_introduced_by_an_arrest_his_lawyers_demand_is_no_states():
    """The person introduced as an arrest's object, then his lawyer's demand: no request of Canada."""
    got = _events("احتجزت السلطات اللبنانية الكندي مارك ديفيس في بيروت. وطالب محامي الكندي لبنان بالإفراج عنه.")
    assert got == [("COERCE", ["LBN", "CAN"])]
