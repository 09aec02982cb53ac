"""A state a stance or a call names only after "في" is where something happens or stays, no
target of it (core.events.filters.no_where_targets). Sentences and names made up for the tests."""
from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_capital_where_someone_stays_is_not_criticised():
    assert events("وانتقد الوزير اليمني بقاء الحكومة في الرياض.") == []


def test_a_state_where_the_deplored_stay_is_not_deplored():
    assert events("واستنكر الوزير الليبي بقاء المرتزقة في تشاد.") == []


def test_a_state_named_as_a_side_as_well_stays_the_target():
    assert ("ACCUSE", ["JOR", "SAU"]) in events("وانتقد الأردن السعودية بسبب بقاء المعارضين في الرياض.")


def test_officials_in_a_body_still_act_for_it():
    assert ("ACCUSE", ["un", "SYR"]) in events("واتهم مسؤولون في الأمم المتحدة الحكومة السورية بعرقلة القوافل.")


def test_a_government_named_by_its_seat_stays_the_target():
    """"النظام في دمشق": the regime that sits there, the state's own body, is accused."""
    assert ("ACCUSE", ["USA", "SYR"]) in events("واتهمت الولايات المتحدة النظام في دمشق باستخدام أسلحة محظورة.")
    assert ("ACCUSE", ["USA", "SYR"]) in events("واتهمت واشنطن النظام الحاكم في دمشق بارتكاب جرائم.")


def test_another_state_s_body_sitting_abroad_does_not_make_the_place_a_target():
    """"البعثة الأمريكية في سوريا": the mission is the United States', Syria only where it is."""
    assert events("اتهمت موسكو البعثة الأمريكية في سوريا بالتجسس.") == [("ACCUSE", ["RUS", "USA"])]
