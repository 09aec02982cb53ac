"""Chart builders and article markup, checked without a browser."""
from __future__ import annotations

import math

import pandas as pd

from core.article_html import highlight_html
from core.charts import flag, map_figure, matrix_figure, network_figure, opening_window, timeline_figure
from core.model import Analysis
from core.store import events_frame, pairs_frame
from test_store import reference_analysis


def test_timeline_is_a_date_axis_with_agreement_years():
    fig = timeline_figure(events_frame(reference_analysis(), article_id="a1"))
    assert fig.layout.xaxis.type == "date"
    stars = [t for t in fig.data if t.marker and t.marker.symbol == "star"]
    assert len(stars) == 1
    assert sorted({pd.Timestamp(x).year for x in stars[0].x}) == [2020, 2021, 2023]
    assert all(cd[1] == "a1" for cd in stars[0].customdata)


def test_timeline_draws_year_and_season_as_spans_not_january_first():
    fig = timeline_figure(events_frame(reference_analysis()))
    spans = [t for t in fig.data if t.mode == "lines"]
    xs = [pd.Timestamp(x) for t in spans for x in t.x if x is not None]
    assert pd.Timestamp("2020-09-01") in xs  # late 2020 starts in September
    assert pd.Timestamp("2021-06-01") in xs  # summer 2021
    points = [pd.Timestamp(x) for t in fig.data if t.mode and "markers" in t.mode and t.x is not None
              for x in t.x]
    assert pd.Timestamp("2020-01-01") not in points


def test_timeline_hover_escapes_evidence():
    a = reference_analysis()
    a.events[0].sentence = "<img src=x onerror=alert(1)>"
    fig = timeline_figure(events_frame(a))
    hovers = " ".join(h for t in fig.data if t.hovertext is not None for h in t.hovertext)
    assert "<img" not in hovers and "&lt;img" in hovers


def test_empty_inputs_give_a_message_figure():
    assert timeline_figure(events_frame(Analysis(text="نص"))).layout.annotations
    assert network_figure(pd.DataFrame()).layout.annotations


def test_network_edges_coloured_by_goldstein_and_clickable():
    p = pairs_frame(reference_analysis())
    fig = network_figure(p, sizes={"MAR": 5, "ISR": 2}, types={"MAR": "COUNTRY"})
    mids = next(t for t in fig.data if t.name == "pairs")
    pairs = {(c[1], c[2]): col for c, col in zip(mids.customdata, mids.marker.color)}
    green, red = pairs[("ISR", "MAR")], pairs[("DZA", "MAR")]
    assert green != red
    nodes = next(t for t in fig.data if t.name == "actors")
    assert any("Morocco" in s for s in nodes.text)


def test_matrix_is_symmetric_squares():
    fig = matrix_figure(pairs_frame(reference_analysis()))
    tr = fig.data[0]
    assert tr.marker.symbol == "square" and len(tr.x) == 2 * len(pairs_frame(reference_analysis()))


def test_map_uses_iso3():
    df = pd.DataFrame({"iso3": ["MAR", "ISR"], "name": ["Morocco", "Israel"], "name_ar": ["المغرب", "إسرائيل"],
                       "n_articles": [3, 1], "n_mentions": [5, 1]})
    fig = map_figure(df)
    assert fig.data[0].locationmode == "ISO-3" and list(fig.data[0].locations) == ["MAR", "ISR"]


def test_highlight_escapes_user_text_and_marks_spans():
    a = reference_analysis("<script>alert('x')</script> اتفق المغرب وإسرائيل <img src=x onerror=alert(1)>")
    out = highlight_html(a)
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "&lt;img src=x onerror=alert(1)&gt;" in out
    assert 'class="ent ent-COUNTRY"' in out and "Morocco" in out and 'dir="rtl"' in out


def test_highlight_marks_times_with_normalised_value():
    out = highlight_html(reference_analysis())
    assert 'class="timex" title="DATE: 2020 END → late 2020"' in out
    assert 'class="trig"' in out


def test_flag():
    assert flag("MAR") == "🇲🇦" and flag("XXX") == "" and flag(None) == ""


def test_the_highlighted_article_holds_exactly_the_articles_characters():
    """Copying highlighted text gives the article: no joiners or other invisible marks."""
    import re
    from html import unescape

    from core.model import Entity, Mention

    text = "وصل بالرباط وفد <b>"
    i = text.index("الرباط")
    a = Analysis(text=text, entities=[Entity("rabat", "PLACE", "Rabat", "الرباط", "MAR", [Mention("الرباط", i, i + 6)])])
    out = highlight_html(a)
    assert '<span class="ent ent-PLACE"' in out
    assert unescape(re.sub(r"<[^>]+>", "", out.split("<style>")[-1])) == text
    assert unescape(re.sub(r"<[^>]+>", "", highlight_html(reference_analysis()))) == reference_analysis().text


def test_long_articles_are_cut_into_windows_at_line_breaks():
    from core.article_html import article_windows

    text = "\n".join(f"سطر رقم {i} في المقال الطويل" for i in range(5000))
    parts = article_windows(text, size=2000)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))  # contiguous, nothing lost
    assert all(0 < e - s <= 2000 for s, e in parts)
    assert all(text[e - 1] == "\n" for _, e in parts[:-1])  # no line is split
    assert article_windows("قصير", size=2000) == [(0, 4)] and article_windows("") == [(0, 0)]


def test_a_window_marks_only_its_own_part_of_the_article():
    a = reference_analysis()
    whole = highlight_html(a)
    cut = a.text.index("الجزائر")
    first = highlight_html(a, window=(0, cut))
    second = highlight_html(a, window=(cut, len(a.text)))
    assert "Algeria" not in first and "Algeria" in second
    assert len(first) + len(second) < len(whole) + 2000
    assert highlight_html(a, window=(0, len(a.text))) == whole


def test_the_timeline_opens_on_every_event_it_draws():
    """41 events from 1990 to 2023: the first view holds the oldest and the newest."""
    base = events_frame(reference_analysis(), article_id="a1")
    rows = []
    for year in list(range(1990, 2024)) + [2023] * 7:
        r = base.iloc[0].copy()
        r["date_start"], r["date_end"], r["precision"] = pd.Timestamp(f"{year}-03-01"), pd.Timestamp(f"{year}-03-01"), "day"
        r["uid"] = f"a1:{len(rows)}"
        rows.append(r)
    fig = timeline_figure(pd.DataFrame(rows))
    lo, hi = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert lo <= pd.Timestamp("1990-03-01") and hi >= pd.Timestamp("2023-03-01")


def _dated_rows(dates: list[str]) -> pd.DataFrame:
    base = events_frame(reference_analysis(), article_id="a1")
    rows = []
    for d in dates:
        r = base.iloc[0].copy()
        r["date_start"], r["date_end"], r["precision"] = pd.Timestamp(d), pd.Timestamp(d), "day"
        r["uid"] = f"a1:{len(rows)}"
        rows.append(r)
    return pd.DataFrame(rows)


def test_a_timeline_with_old_background_opens_on_the_recent_events_and_counts_the_rest():
    """Three events of 1924-1953 beside thirty of 2018-2023: the view opens on the recent
    ones (their years readable), the slider still spans 1924, the caption's count is 3."""
    df = _dated_rows(["1924-05-01", "1950-01-01", "1953-07-01"]
                     + [f"{2018 + k % 6}-{1 + k % 12:02d}-15" for k in range(30)])
    assert opening_window(df)[1] == 3
    fig = timeline_figure(df, focus=True)
    lo, hi = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert pd.Timestamp("2015-01-01") < lo <= pd.Timestamp("2018-01-15") and hi >= pd.Timestamp("2023-12-15")
    slider_lo = pd.Timestamp(fig.layout.xaxis.rangeslider.range[0])
    assert slider_lo <= pd.Timestamp("1924-05-01") and fig.layout.xaxis.rangeslider.visible
    # without focus (the Analyse page's own timeline) the view holds every event
    assert pd.Timestamp(timeline_figure(df).layout.xaxis.range[0]) <= pd.Timestamp("1924-05-01")


def test_a_timeline_spread_evenly_or_short_opens_on_all_its_events():
    spread = _dated_rows([f"{y}-03-01" for y in range(1990, 2024)])
    assert opening_window(spread) == (None, 0)
    few = _dated_rows(["1953-01-01", "2023-01-01", "2023-02-01"])
    assert opening_window(few) == (None, 0)
    near = _dated_rows(["2022-06-01"] + [f"2023-{m:02d}-01" for m in range(1, 13)])
    assert opening_window(near) == (None, 0)  # an older event this near does not squeeze the axis


def test_the_arabic_timeline_has_arabic_lanes_and_date_labels_and_numeric_axis_dates():
    fig = timeline_figure(events_frame(reference_analysis(), article_id="a1"), "ar")
    assert "اتفاق" in fig.layout.yaxis.ticktext and "AGREE" not in fig.layout.yaxis.ticktext
    hovers = " ".join(h for t in fig.data if t.hovertext is not None for h in t.hovertext)
    assert "أواخر 2020" in hovers and "late 2020" not in hovers
    assert all("%b" not in s.value for s in fig.layout.xaxis.tickformatstops)


def test_the_network_labels_every_actor_outside_its_ring_and_has_an_ego_view():
    from core.charts import top_actors

    p = pairs_frame(reference_analysis())
    fig = network_figure(p)
    nodes = next(t for t in fig.data if t.name == "actors")
    assert all(nodes.text) and len(nodes.text) == len(top_actors(p, 100)[0])  # every node labelled
    for x, y, where in zip(nodes.x, nodes.y, nodes.textposition):
        assert abs(math.hypot(x, y) - 1) < 1e-9  # on the ring
        assert ("right" in where) == (x > 0.2) and ("left" in where) == (x < -0.2)  # pointing outwards
    ego = network_figure(p, focus="MAR")
    nodes = next(t for t in ego.data if t.name == "actors")
    ids = [cd[1] for cd in nodes.customdata]
    assert ids[0] == "MAR" and (nodes.x[0], nodes.y[0]) == (0.0, 0.0)
    assert set(ids) == {"MAR", "ISR", "DZA", "USA"}  # Morocco's partners only: no Algeria-Polisario
    sizes = dict(zip(ids, nodes.marker.size))
    assert sizes["ISR"] > sizes["USA"]  # sized by events with Morocco
    pairs = next(t for t in ego.data if t.name == "pairs")
    assert all("MAR" in cd for cd in pairs.customdata)


def test_top_actors_counts_every_actor_and_keeps_the_busiest():
    from core.charts import among, top_actors

    p = pairs_frame(reference_analysis())
    order, total = top_actors(p, 2)
    assert order == ["MAR", "ISR"] and total == 5
    assert set(among(p, order)[["a", "b"]].itertuples(index=False, name=None)) == {("ISR", "MAR")}


def test_relation_charts_speak_arabic_to_an_arabic_reader():
    p = pairs_frame(reference_analysis())
    for fig in (network_figure(p, lang="ar"), matrix_figure(p, lang="ar")):
        bars = [t.marker.colorbar.title.text for t in fig.data if t.marker and t.marker.showscale]
        hovers = " ".join(h for t in fig.data if t.hovertext is not None for h in t.hovertext)
        assert bars == ["غولدشتاين"]
        assert "Goldstein" not in hovers and "events" not in hovers and "غولدشتاين" in hovers


def test_long_ring_labels_take_short_lines_and_stay_escaped():
    from core.charts import RING_LABEL_WRAP, _ring_label, _ring_reach

    assert _ring_label("United States") == "United<br>States"  # beside a node at the ring's edge
    assert _ring_label("Morocco") == "Morocco"
    assert "<b>" not in _ring_label("Front <b>de</b> libération")  # a name is text, not markup
    unnamed = _ring_label("Unidentified armed group (Iraq)")  # ran off a half-width chart on one line
    assert all(len(line) <= RING_LABEL_WRAP for line in unnamed.split("<br>"))
    # the axes make room for the longest line: wider for long lines, never below the ring
    assert _ring_reach([unnamed])[0] > _ring_reach(["Iraq"])[0] > 1.15


def test_a_timeline_of_undated_events_says_they_exist():
    """A pasted text with no publication date dates "الثلاثاء" nowhere: the events are in the
    table, and the empty chart says so rather than that there are none."""
    df = pd.DataFrame({"date_start": [None, None], "date_end": [None, None], "type": ["ASSAULT", "PROTEST"]})
    assert "2 without a date" in timeline_figure(df).layout.annotations[0].text
    assert "بلا تاريخ" in timeline_figure(df, "ar").layout.annotations[0].text


def test_the_timeline_legend_says_what_shapes_mean_and_sits_under_the_range_slider():
    """Thirty-three events of many types: the lanes name the types, so the legend explains
    the shapes (day, month, season or year, agreement) and fits in one row below the slider
    (a legend of thirteen types wrapped into rows the slider covered)."""
    df = _dated_rows([f"{2018 + k % 6}-{1 + k % 12:02d}-15" for k in range(33)])
    df = df.reset_index(drop=True)
    df["agreement"] = [k % 10 == 0 for k in range(33)]
    df.loc[df.index[1:5], "precision"] = "year"
    fig = timeline_figure(df, focus=True)
    shown = [t.name for t in fig.data if t.showlegend is not False and t.mode and "markers" in t.mode]
    assert shown == ["exact day", "season or year", "Agreement ★"]
    assert fig.layout.xaxis.rangeslider.visible and fig.layout.legend.yref == "container"
    ar = timeline_figure(df, lang="ar")
    assert [t.name for t in ar.data if t.showlegend is not False and t.mode and "markers" in t.mode][0] == "يوم محدد"
    assert ar.layout.legend.xanchor == "right"
    days = _dated_rows(["2023-01-02", "2023-01-05"])  # stars and day points: the stars alone
    assert [t.name for t in timeline_figure(days).data if t.showlegend is not False
            and t.mode and "markers" in t.mode] == ["Agreement ★"]
