"""A side named only as where someone came from is no side of the act (core.events.origins).
Sentences written for the tests."""
from event_pairs import events


def test_where_someone_came_from_is_no_side():
    """"طائرة قادمة من لندن": Britain is where the plane came from, no one held; a sanction
    on what comes from a state still hits it ("واردات الصلب القادمة من كندا")."""
    got = events("واحتجزت الشرطة الروسية رجلين في مطار موسكو كانا على متن طائرة قادمة من لندن.")
    assert not [a for _, a in got if "GBR" in a], got
    assert ("SANCTION", ["USA", "CAN"]) in events("وفرضت الولايات المتحدة رسوما على واردات الصلب القادمة من كندا.")


def test_a_state_s_envoys_coming_from_it_stand_for_it():
    """"وفد قادم من السعودية": the delegation is Saudi Arabia's, which holds the talks."""
    got = events("وعقد الرئيس المصري محادثات مع وفد قادم من السعودية برئاسة وزير الخارجية.")
    assert ("CONSULT", ["EGY", "SAU"]) in got, got


def test_where_refugees_fled_from_is_no_side():
    """"موجة لجوء جديدة من سوريا": Syria is where people flee from, not whom Turkey's fear
    accuses; named as the act's object it still is ("اتهمت تركيا سوريا بالتسبب في موجة لجوء")."""
    got = events("وأعربت تركيا عن خشيتها من موجة لجوء جديدة من سوريا.")
    assert not [a for _, a in got if "SYR" in a], got
    assert ("ACCUSE", ["TUR", "SYR"]) in events("واتهمت تركيا سوريا بالتسبب في موجة لجوء جديدة.")
