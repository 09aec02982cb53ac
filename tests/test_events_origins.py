"""A side named only as where someone came from is no side of the act (core.events.origins).
Sentences written for the tests."""
from event_pairs import events


def test_where_someone_came_from_is_no_side():
    """"طائرة قادمة من لندن": Britain is where the plane came from, no one held; a sanction
    on what comes from a state still hits it ("واردات الصلب القادمة من كندا")."""
    got = events("واحتجزت الشرطة الروسية رجلين في مطار موسكو كانا على متن طائرة قادمة من لندن.")
    assert not [a for _, a in got if "GBR" in a], got
    assert ("SANCTION", ["USA", "CAN"]) in events("وفرضت الولايات المتحدة رسوما على واردات الصلب القادمة من كندا.")
