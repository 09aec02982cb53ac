"""Relations fold events per unordered actor pair with Goldstein sums and date ranges."""
from core.model import Actor, Analysis, Event, Trigger
from core.relations import summarize_relations


def ev(t, actors, date, g):
    return Event(t, actors, t != "AGREE", Trigger("x", 0, 1), "x", 0, date, "asserted", "000", g)


def test_pairs_are_unordered_and_scores_summed():
    events = [ev("AGREE", ["MAR", "ISR"], "2023-01-17", 4.0), ev("SUPPORT", ["ISR", "MAR"], "2020", 8.0),
              ev("SANCTION", ["DZA", "MAR"], "2021-SU", -4.0)]
    rel = summarize_relations(events)
    top = rel[0]
    assert (top["source"], top["target"]) == ("ISR", "MAR")
    assert top["n_events"] == 2 and top["net_goldstein"] == 12.0
    assert top["first_date"] == "2020" and top["last_date"] == "2023-01-17"
    assert rel[1]["net_goldstein"] == -4.0


def test_store_pairs_agree_with_the_analysis_relations():
    """The dashboard's pair table (core.store) and the Analysis' relations fold alike."""
    from core.store import pairs_frame

    a = Analysis("x", events=[ev("SANCTION", ["DZA", "MAR"], None, -4.0), ev("AGREE", ["MAR", "ISR"], "2023-01-17", 4.0),
                              ev("SUPPORT", ["ISR", "MAR"], "2020", 8.0)],
                 actors={"DZA": Actor("DZA", "Algeria", "الجزائر", "COUNTRY"), "MAR": Actor("MAR", "Morocco", "المغرب", "COUNTRY"),
                         "ISR": Actor("ISR", "Israel", "إسرائيل", "COUNTRY")})
    rel = {(r["source"], r["target"]): r for r in summarize_relations(a.events)}
    p = pairs_frame(a)
    assert len(p) == len(rel) == 2
    for row in p.itertuples():
        r = rel[tuple(sorted((row.a, row.b)))]
        assert row.n_events == r["n_events"] and row.net_goldstein == r["net_goldstein"]
    assert set(p["a_name"]) | set(p["b_name"]) == {"Algeria", "Morocco", "Israel"}


def test_an_event_with_three_actors_counts_for_every_pair_as_in_the_store():
    """The article's relations and the store's pair rows fold events the same way (one
    function, core.relations.event_pairs_of): three countries meeting are three pairs."""
    from core.model import Event, Trigger
    from core.relations import event_pairs_of, summarize_relations

    meet = Event("CONSULT", ["IRN", "RUS", "TUR"], False, Trigger("قمة", 0, 3), "قمة", 0, goldstein=1.0)
    press = Event("ACCUSE", ["USA", "IRN", "RUS"], True, Trigger("اتهمت", 0, 5), "اتهمت", 0, goldstein=-2.0)
    pairs = {(r["source"], r["target"]) for r in summarize_relations([meet, press])}
    assert pairs == {("IRN", "RUS"), ("IRN", "TUR"), ("RUS", "TUR"), ("IRN", "USA"), ("RUS", "USA")}
    assert event_pairs_of(press) == [("USA", "IRN"), ("USA", "RUS")]  # a directed event: source to each target
