"""Former officials (core.entities.affiliation._former): a person described by a role he
no longer holds acts for no state (SCHEMA: a person acting privately)."""
from core import analyze


def _actors(text):
    return {e["id"]: e.get("actor") for e in analyze(text).to_dict()["entities"] if e["type"] == "PERSON"}


def test_a_former_minister_acts_for_no_state():
    assert _actors("هاجم وزير الخارجية البريطاني السابق بوريس جونسون خطة الحكومة.")["boris-johnson"] is None


def test_a_serving_minister_still_acts_for_his_state():
    assert _actors("وانتقد وزير الخارجية البريطاني بوريس جونسون روسيا.")["boris-johnson"] == "GBR"


def test_a_former_role_in_an_apposition_after_the_name():
    acts = _actors("أشاد الدكتور محمد البرادعي، نائب الرئيس المصري السابق، بالحكومة التونسية.")
    assert list(acts.values()) == [None]


def test_a_name_in_the_complement_of_a_former_role_is_not_former():
    assert _actors("وتناول التحقيق اتهامات للمدير السابق لحملة ترامب، بول مانافورت، بالتآمر.")["donald-trump"] == "USA"


def test_a_former_role_apposed_to_an_earlier_name_is_not_the_next_one():
    assert _actors("ودعا إيهود باراك رئيس الوزراء السابق، نتنياهو إلى تجميد صلاحيته.")["benjamin-netanyahu"] == "ISR"


def test_a_former_profession_that_is_no_role_changes_nothing():
    assert _actors("وتزوجت من أخصائي العيون السابق بشار الأسد.")["bashar-al-assad"] == "SYR"
