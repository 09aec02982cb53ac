"""What backing fights is not backed (core.events.fought). Sentences written for the tests."""
from core import analyze


def test_what_support_fights_is_not_supported():
    """"يدعمانها في مكافحة X": X is fought, not supported."""
    got = [v.actors for v in analyze("لكن فرنسا وبريطانيا تدعمانها في مكافحة تنظيم داعش.", "2024-01-01").events
           if v.type == "SUPPORT"]
    assert not [a for a in got if a[1] == "isis"]
