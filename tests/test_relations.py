"""Relations fold events per unordered actor pair with Goldstein sums and date ranges."""
from core.model import Actor, Analysis, Event, Trigger
from core.relations import events_frame, relations_frame, summarize_relations


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


def test_frames_name_the_actors():
    a = Analysis("x", events=[ev("SANCTION", ["DZA", "MAR"], None, -4.0)],
                 actors={"DZA": Actor("DZA", "Algeria", "الجزائر", "COUNTRY"), "MAR": Actor("MAR", "Morocco", "المغرب", "COUNTRY")})
    a.relations = summarize_relations(a.events)
    df = relations_frame(a)
    assert df.loc[0, "source_name"] == "Algeria" and df.loc[0, "SANCTION"] == 1 and df.loc[0, "first_date"] is None
    e = events_frame(a)
    assert list(e["target_name"]) == ["Morocco"]
