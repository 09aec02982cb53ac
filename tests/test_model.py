"""The data model round-trips through JSON unchanged."""
from core.model import Actor, Analysis, DocumentDate, Entity, Event, Mention, TimeExpr, Trigger


def test_analysis_json_round_trip():
    a = Analysis(
        text="اتفق المغرب وإسرائيل",
        entities=[Entity("MAR", "COUNTRY", "Morocco", "المغرب", "MAR", [Mention("المغرب", 5, 11)], "country", "MAR")],
        times=[TimeExpr("2021", 0, 4, "DATE", "2021", None, "explicit")],
        events=[Event("AGREE", ["MAR", "ISR"], False, Trigger("اتفق", 0, 4), "اتفق المغرب وإسرائيل", 0,
                      "2023-01-17", "asserted", "030", 4.0, "clause")],
        relations=[{"source": "ISR", "target": "MAR", "n_events": 1, "net_goldstein": 4.0,
                    "first_date": "2023-01-17", "last_date": "2023-01-17", "counts": {"AGREE": 1}, "events": [0]}],
        actors={"MAR": Actor("MAR", "Morocco", "المغرب", "COUNTRY", "MAR")},
        document_date=DocumentDate("2023-01-17", "published"),
        sentences=[(0, 20)],
        meta={"title": "t"},
        warnings=["w"],
    )
    assert Analysis.from_json(a.to_json()) == a
    assert a.actor_name("MAR") == "Morocco"
    assert a.actor_name("ISR") == "ISR"
