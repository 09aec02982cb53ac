"""Views without Streamlit: Plotly figure builders and the highlighted-article HTML.

Every builder takes DataFrames shaped by ``core.store`` (``events_frame``/``Store.events``,
``pairs_frame``/``Store.pairs``, ``Store.country_counts``) and returns a
``plotly.graph_objects.Figure`` or an HTML string, so all of it is testable without a
browser. Clickable points carry ids in ``customdata`` (first item says what was
clicked: an event uid, a pair, a node).
"""
from __future__ import annotations

import html
import math
from functools import lru_cache
from typing import Any, Iterable

import pandas as pd
import plotly.graph_objects as go

from core.model import EVENT_TYPES
from core.store import describe_timex

FONT = "Noto Sans Arabic, Noto Naskh Arabic, Segoe UI, Tahoma, sans-serif"
ENTITY_COLORS = {"COUNTRY": "#2563eb", "PERSON": "#c026d3", "ORG": "#059669", "PLACE": "#d97706"}
ENTITY_TINTS = {"COUNTRY": "#dbeafe", "PERSON": "#fae8ff", "ORG": "#d1fae5", "PLACE": "#fef3c7"}
TIME_COLOR, TIME_TINT = "#0f766e", "#ccfbf1"
TRIGGER_COLOR = "#dc2626"
AGREEMENT_COLOR = "#b45309"
# Cooperation (green) ... neutral ... conflict (red), PLOVER order kept
EVENT_COLORS = {
    "AGREE": "#15803d", "CONSULT": "#0ea5e9", "SUPPORT": "#22c55e", "CONCEDE": "#84cc16",
    "COOPERATE": "#16a34a", "AID": "#10b981", "RETREAT": "#a3a3a3", "REQUEST": "#6366f1",
    "ACCUSE": "#f97316", "REJECT": "#fb923c", "THREATEN": "#ef4444", "PROTEST": "#f59e0b",
    "SANCTION": "#dc2626", "MOBILIZE": "#e11d48", "COERCE": "#b91c1c", "ASSAULT": "#7f1d1d",
}
GOLDSTEIN_SCALE = [[0.0, "#b91c1c"], [0.35, "#f87171"], [0.5, "#a8a29e"], [0.65, "#4ade80"], [1.0, "#15803d"]]
PRECISION_SYMBOL = {"day": "circle", "range": "circle", "week": "circle", "month": "diamond",
                    "season": "square", "quarter": "square", "half": "square", "year": "square",
                    "decade": "square"}
# the timeline's legend: marker shape -> the date precision it stands for (English, Arabic)
PRECISION_LEGEND = (("circle", "exact day", "يوم محدد"), ("diamond", "month", "شهر"),
                    ("square", "season or year", "فصل أو سنة"))
FLAG_BASE = 0x1F1E6
MAX_STAR_LABELS = 8
RANGE_SLIDER_MIN = 20  # events; a single article's timeline does not need one
FOCUS_MIN_EVENTS = 8  # fewer events fit any axis
FOCUS_SHARE = 0.85  # of the events the opening view holds at least
FOCUS_SPAN = 0.25  # of the whole span that view may take at most, or the chart opens on all

# ISO alpha-3 → alpha-2 for flag emoji (countries that appear in Arabic news)
_ISO3_TO_2 = dict(x.split(":") for x in (
    "AFG:AF ALB:AL DZA:DZ AGO:AO ARG:AR ARM:AM AUS:AU AUT:AT AZE:AZ BHR:BH BGD:BD BLR:BY BEL:BE "
    "BRA:BR BGR:BG CAN:CA TCD:TD CHL:CL CHN:CN COL:CO COM:KM COD:CD CUB:CU CYP:CY CZE:CZ DNK:DK "
    "DJI:DJ EGY:EG ERI:ER EST:EE ETH:ET FIN:FI FRA:FR GEO:GE DEU:DE GHA:GH GRC:GR HUN:HU IND:IN "
    "IDN:ID IRN:IR IRQ:IQ IRL:IE ISR:IL ITA:IT JPN:JP JOR:JO KAZ:KZ KEN:KE PRK:KP KOR:KR KWT:KW "
    "LBN:LB LBY:LY LTU:LT LVA:LV MYS:MY MLI:ML MRT:MR MEX:MX MAR:MA NLD:NL NZL:NZ NER:NE NGA:NG "
    "NOR:NO OMN:OM PAK:PK PSE:PS PHL:PH POL:PL PRT:PT QAT:QA ROU:RO RUS:RU SAU:SA SEN:SN SRB:RS "
    "SGP:SG SOM:SO ZAF:ZA SSD:SS ESP:ES LKA:LK SDN:SD SWE:SE CHE:CH SYR:SY TWN:TW TJK:TJ TZA:TZ "
    "THA:TH TUN:TN TUR:TR TKM:TM UGA:UG UKR:UA ARE:AE GBR:GB USA:US UZB:UZ VEN:VE VNM:VN YEM:YE "
    "ZMB:ZM ZWE:ZW ESH:EH MMR:MM KHM:KH BIH:BA HRV:HR SVN:SI SVK:SK MKD:MK MNE:ME MDA:MD LUX:LU "
    "MLT:MT ISL:IS BOL:BO ECU:EC PER:PE PRY:PY URY:UY PAN:PA CRI:CR NIC:NI HND:HN GTM:GT SLV:SV "
    "HTI:HT DOM:DO JAM:JM CMR:CM CIV:CI BFA:BF GIN:GN RWA:RW BDI:BI MOZ:MZ MDG:MG NAM:NA BWA:BW "
    "KGZ:KG MNG:MN NPL:NP VAT:VA"
).split())


@lru_cache(maxsize=1)
def _type_labels() -> dict[str, dict[str, str]]:
    from core.lexicon import read_table

    rows = read_table("type_labels.tsv")
    return {r["code"]: r for _, r in rows}


def type_label(code: str | None, lang: str = "en") -> str:
    """An entity type, event type or modality as a reader of ``lang`` says it (the
    English interface keeps the PLOVER codes analysts know); unknown codes as they are."""
    if not isinstance(code, str) or not code:
        return "—"
    if lang != "ar":
        return code
    return _type_labels().get(code, {}).get("ar") or code


def flag(iso3: str | None) -> str:
    """Flag emoji of an ISO alpha-3 code ('' when unknown)."""
    a2 = _ISO3_TO_2.get(iso3.upper()) if isinstance(iso3, str) else None
    if not a2:
        return ""
    return "".join(chr(FLAG_BASE + ord(c) - ord("A")) for c in a2)


def _wrap(text: str, width: int = 70) -> str:
    """Escape for Plotly hover HTML and break long evidence into lines."""
    words, lines, cur = str(text or "").split(), [], ""
    for w in words:
        if cur and len(cur) + len(w) + 1 > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    if cur:
        lines.append(cur)
    return "<br>".join(html.escape(x) for x in lines)


def _base_layout(fig: go.Figure, height: int, rtl: bool = False) -> go.Figure:
    # the legend goes under the plot: above it, the chart's toolbar covers it on a phone
    fig.update_layout(height=height, margin=dict(l=10, r=10, t=30, b=10), font=dict(family=FONT),
                      hoverlabel=dict(font=dict(family=FONT, size=13), align="right" if rtl else "left"),
                      legend=dict(orientation="h", yanchor="top", y=-0.12,
                                  xanchor="right" if rtl else "left", x=1 if rtl else 0))
    return fig


def empty_figure(message: str, height: int = 260) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=html.escape(message), showarrow=False, font=dict(size=15, color="#6b7280"),
                       xref="paper", yref="paper", x=0.5, y=0.5)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _base_layout(fig, height)


# --- timeline -------------------------------------------------------------------------
def timeline_figure(events: pd.DataFrame, lang: str = "en", height: int | None = None,
                    max_labels: int = MAX_STAR_LABELS, focus: bool = False) -> go.Figure:
    """Events on a true date axis, one lane per event type.

    Day-precision dates are points; month, season and year dates are drawn as a bar
    over the whole period they cover, with a marker (diamond = month, square = season
    or year) at its middle, so "2020" is never shown as 1 January. Agreements are gold
    stars, labelled with their year while at most ``max_labels`` labels are needed (a
    phone's narrow axis takes none). ``customdata[0]`` is the event uid
    (``article_id:idx``), ``[1]`` the article id.
    """
    df = events.dropna(subset=["date_start"]).copy() if len(events) else events
    if df is None or df.empty:
        undated = len(events) if events is not None else 0
        if not undated:
            return empty_figure("No dated events" if lang == "en" else "لا أحداث مؤرخة")
        # the events are there, in the table: say why the axis is empty
        return empty_figure(f"No dated events ({undated} without a date)" if lang == "en"
                            else f"لا أحداث مؤرخة (أحداث بلا تاريخ: {undated})")
    df, lane = _timeline_rows(df, lang)
    fig = go.Figure()
    _add_spans(fig, df[df["precision"] != "day"])
    for t, g in df[~df["agreement"].astype(bool)].groupby("type", sort=False):
        fig.add_trace(go.Scatter(
            x=g["mid"], y=g["y"], mode="markers", name=type_label(t, lang), showlegend=False,
            marker=dict(size=12, color=EVENT_COLORS.get(t, "#6b7280"),
                        symbol=[PRECISION_SYMBOL.get(p, "circle") for p in g["precision"]],
                        line=dict(width=1, color="white")),
            customdata=list(zip(g["uid"], g["article_id"])), hovertext=g["hover"],
            hovertemplate="%{hovertext}<extra></extra>"))
    _add_shape_legend(fig, set(df.loc[~df["agreement"].astype(bool), "precision"]), lang)
    _add_stars(fig, df[df["agreement"].astype(bool)], lang, max_labels)
    slider = _timeline_axes(fig, df, lane, lang, focus)
    fig.update_layout(dragmode="pan", clickmode="event+select")
    _base_layout(fig, height or max(300, 130 + 46 * len(lane)), rtl=lang == "ar")
    if slider:  # under the range slider, not over it
        fig.update_layout(legend=dict(yref="container", y=0, yanchor="bottom"), margin=dict(b=40))
    return fig


def _add_shape_legend(fig: go.Figure, precisions: set[str], lang: str) -> None:
    """A legend of what the marker shapes mean, when the dates are not all days: the lanes
    already name the event types and carry their colours."""
    shapes = {PRECISION_SYMBOL.get(p, "circle") for p in precisions}
    if shapes == {"circle"}:
        return
    for symbol, en, ar in PRECISION_LEGEND:
        if symbol in shapes:
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=en if lang == "en" else ar,
                                     hoverinfo="skip", marker=dict(size=11, color="#6b7280", symbol=symbol)))


def _midpoints(events: pd.DataFrame) -> pd.Series:
    """Where each event is drawn: the middle of the period its date covers."""
    start = pd.to_datetime(events["date_start"])
    return start + (pd.to_datetime(events["date_end"]).fillna(start) - start) / 2


def _timeline_rows(df: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, dict[str, int]]:
    """The events with their drawing position (middle of their period, lane) and hover text."""
    df["date_start"] = pd.to_datetime(df["date_start"])
    df["date_end"] = pd.to_datetime(df["date_end"]).fillna(df["date_start"])
    df["mid"] = _midpoints(df)
    types = [t for t in EVENT_TYPES if t in set(df["type"])] + sorted(set(df["type"]) - set(EVENT_TYPES))
    lane = {t: i for i, t in enumerate(types)}
    df["y"] = df["type"].map(lane).astype(float)
    # spread events that share a lane and a month so they do not hide each other
    df = df.sort_values(["type", "mid"], kind="stable")
    df["y"] += df.groupby(["type", df["mid"].dt.to_period("M")]).cumcount().mod(5) * 0.12 - 0.0
    names = df["actors_ar"] if lang == "ar" and "actors_ar" in df else df["actors"]
    if lang == "ar" and "date" in df:
        df["date_label"] = [describe_timex(v, m, "ar") for v, m in zip(df["date"], df.get("mod", [None] * len(df)))]
    df["hover"] = [
        f"<b>{html.escape(type_label(t, lang))}</b>{' ★' if ag else ''} · {html.escape(str(lbl))}"
        f"{'' if p == 'day' else ' (' + p + ')'}<br>{html.escape(str(n))}<br><i>{_wrap(s)}</i>"
        + (f"<br>— {html.escape(str(ti))[:80]}" if isinstance(ti, str) and ti else "")
        for t, ag, lbl, p, n, s, ti in zip(df["type"], df["agreement"], df["date_label"], df["precision"],
                                           names, df["sentence"], df.get("title", [None] * len(df)))
    ]
    return df, lane


def _add_spans(fig: go.Figure, spans: pd.DataFrame) -> None:
    """A bar over the whole period of every month, season or year date."""
    for t, g in spans.groupby("type", sort=False):
        xs: list[Any] = []
        ys: list[Any] = []
        for s, e, y in zip(g["date_start"], g["date_end"], g["y"]):
            xs += [s, e + pd.Timedelta(hours=23), None]
            ys += [y, y, None]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
                                 line=dict(color=EVENT_COLORS.get(t, "#6b7280"), width=9), opacity=0.35,
                                 name=f"{t} span"))


def _add_stars(fig: go.Figure, ag: pd.DataFrame, lang: str, max_labels: int) -> None:
    """Agreements as gold stars; year labels while they stay readable: one per lane and
    year (stars of the same lane and year sit on one another), and only while few."""
    if ag.empty:
        return
    keys = list(zip(ag["y"].round(), ag["mid"].dt.year))
    labelled = len(set(keys)) <= max_labels
    first = [k not in keys[:i] for i, k in enumerate(keys)]
    fig.add_trace(go.Scatter(
        x=ag["mid"], y=ag["y"], mode="markers+text" if labelled else "markers",
        name="Agreement ★" if lang == "en" else "اتفاق ★",
        text=[str(d.year) if f else "" for d, f in zip(ag["mid"], first)] if labelled else None,
        textposition="top center",
        textfont=dict(color=AGREEMENT_COLOR, size=12),
        marker=dict(size=22, color="#f59e0b", symbol="star", line=dict(width=1.5, color=AGREEMENT_COLOR)),
        customdata=list(zip(ag["uid"], ag["article_id"])), hovertext=ag["hover"],
        hovertemplate="%{hovertext}<extra></extra>"))


def opening_window(events: pd.DataFrame) -> tuple[pd.Timestamp | None, int]:
    """Where a timeline opens: the start of the latest span holding most events, and how many
    events lie before it (None, 0: open on all of them).

    An article retells background (a treaty of 1953, a war of 1967) beside this year's news;
    an axis spanning both squeezes the news into a sliver where its stars' year labels
    overlap. The chart opens on the recent cluster when the older events are few and far
    off; its range slider still spans everything, and the page's caption counts the events
    left out of the opening view, so "77 of 77" never sits above a chart that hides some.
    """
    if len(events) < FOCUS_MIN_EVENTS:
        return None, 0
    mids = sorted(_midpoints(events).dropna())
    if len(mids) < FOCUS_MIN_EVENTS:
        return None, 0
    n, hi = len(mids), mids[-1]
    first = n - math.ceil(n * FOCUS_SHARE)
    # an older event close to the cluster's edge belongs to it
    while first > 0 and mids[first] - mids[first - 1] <= (hi - mids[first]) * 0.25:
        first -= 1
    if first == 0 or (hi - mids[first]) > (hi - mids[0]) * FOCUS_SPAN:
        return None, 0
    return mids[first], first


def _timeline_axes(fig: go.Figure, df: pd.DataFrame, lane: dict[str, int], lang: str, focus: bool) -> bool:
    """Sets the axes; True when the range slider shows."""
    lo, hi = df["date_start"].min(), df["date_end"].max()
    pad = max((hi - lo) * 0.04, pd.Timedelta(days=20))
    view_lo = opening_window(df)[0] if focus else None
    view = [lo - pad, hi + pad]
    if view_lo is not None:
        view_pad = max((hi - view_lo) * 0.04, pd.Timedelta(days=20))
        view = [view_lo - view_pad, hi + view_pad]
    # the slider always spans every event; it shows whenever the view leaves some out
    slider = len(df) >= RANGE_SLIDER_MIN or view_lo is not None
    fig.update_xaxes(type="date", range=view, showgrid=True, gridcolor="#eef2f7",
                     rangeslider=dict(visible=slider, thickness=0.07, range=[lo - pad, hi + pad]))
    fig.update_yaxes(tickvals=list(lane.values()), ticktext=[type_label(t, lang) for t in lane],
                     range=[-0.6, len(lane) - 0.1],
                     showgrid=True, gridcolor="#f3f4f6", zeroline=False, side="right" if lang == "ar" else "left")
    if lang == "ar":  # numbers only: plotly's month names are English, and its locales come from a CDN
        fig.update_xaxes(tickformatstops=[
            dict(dtickrange=[None, 86_400_000 * 28], value="%d/%m/%Y"),
            dict(dtickrange=[86_400_000 * 28, 86_400_000 * 360], value="%m/%Y"),
            dict(dtickrange=[86_400_000 * 360, None], value="%Y")])
    return slider


# --- relations ------------------------------------------------------------------------
def _goldstein_color(value: float, limit: float = 10.0) -> str:
    from plotly.colors import sample_colorscale

    x = (max(-limit, min(limit, float(value or 0.0))) + limit) / (2 * limit)
    return sample_colorscale(GOLDSTEIN_SCALE, [x])[0]


def top_actors(pairs: pd.DataFrame, n: int) -> tuple[list[str], int]:
    """The ``n`` actors with most events in these pairs (most first), and how many there are."""
    totals: dict[str, float] = {}
    for a, b, k in zip(pairs["a"], pairs["b"], pairs["n_events"]):
        totals[a] = totals.get(a, 0) + k
        totals[b] = totals.get(b, 0) + k
    ranked = [k for k, _ in sorted(totals.items(), key=lambda x: (-x[1], x[0]))]
    return ranked[:n], len(ranked)


def among(pairs: pd.DataFrame, actors: Iterable[str], focus: str | None = None) -> pd.DataFrame:
    """The pairs between these actors; with ``focus``, the pairs of that actor only (its
    partners, whoever they are): the ego view analysts ask for."""
    if focus:
        return pairs[(pairs["a"] == focus) | (pairs["b"] == focus)]
    keep = set(actors)
    return pairs[pairs["a"].isin(keep) & pairs["b"].isin(keep)]


def _ring_layout(order: list[str], focus: str | None) -> dict[str, tuple[float, float]]:
    """Actors on a circle in the given order (the focus, if any, in the middle).

    A ring rather than a force layout: every label can sit outside the ring, pointing
    away from the centre, so labels never overlap each other or the edges' middles."""
    ring = [n for n in order if n != focus]
    pos = {focus: (0.0, 0.0)} if focus else {}
    for k, n in enumerate(ring):
        angle = math.pi / 2 - 2 * math.pi * k / max(len(ring), 1)
        pos[n] = (math.cos(angle), math.sin(angle))
    return pos


def _label_position(x: float, y: float) -> str:
    """Where a ring node's label goes: away from the centre."""
    if abs(x) < 0.2:
        return "top center" if y >= 0 else "bottom center"
    return ("top " if y > 0.5 else "bottom " if y < -0.5 else "middle ") + ("right" if x > 0 else "left")


RING_LABEL_WRAP = 12  # characters a line of a ring label takes before the next word starts a new one
RING_CHAR_PX, RING_PLOT_PX = 7.5, 330  # a label character's width, and the narrowest plot (half a page)


def _ring_label(name: str) -> str:
    """A node's label, escaped, in lines of at most RING_LABEL_WRAP characters where its
    words allow ("Unidentified<br>armed group<br>(Iraq)"): a label beside a ring node in a
    half-width column ran off the chart's edge ("ited States", "tified armed group")."""
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= RING_LABEL_WRAP:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(html.escape(line) for line in lines) or html.escape(name)


def _ring_reach(ring_labels: list[str]) -> tuple[float, float]:
    """The axes' half-widths that leave room for the labels outside a unit ring on the
    narrowest plot: a label's width in axis units grows as the ring shrinks to make room,
    so the reach r solves r = 1.15 + 2 r w / W for a label w pixels wide on a plot W wide."""
    longest = max((len(line) for text in ring_labels for line in text.split("<br>")), default=10)
    share = 2 * min(longest, 16) * RING_CHAR_PX / RING_PLOT_PX
    lines = max((text.count("<br>") + 1 for text in ring_labels), default=1)
    return 1.15 / max(1 - share, 0.25), 1.15 + 0.1 * lines


def network_figure(pairs: pd.DataFrame, sizes: dict[str, int] | None = None,
                   types: dict[str, str] | None = None, lang: str = "en", height: int = 520,
                   max_nodes: int = 24, focus: str | None = None) -> go.Figure:
    """Actor network on a ring: nodes sized by mentions (in an ego view, by their events
    with the focus), edges coloured by net Goldstein (red conflict → green cooperation)
    and as wide as their number of events; every node is labelled, outside the ring.
    Edge midpoints carry ``customdata = ("pair", a, b)``; nodes ``("node", id)``."""
    if pairs is None or pairs.empty:
        return empty_figure("No actor pairs" if lang == "en" else "لا علاقات بين الفاعلين")
    sizes, types = dict(sizes or {}), types or {}
    na, nb = ("a_name_ar", "b_name_ar") if lang == "ar" else ("a_name", "b_name")
    pairs = among(pairs, [], focus) if focus else pairs
    if pairs.empty:
        return empty_figure("No actor pairs" if lang == "en" else "لا علاقات بين الفاعلين")
    order, _ = top_actors(pairs, max_nodes + (1 if focus else 0))
    if focus and focus not in order:
        order = [focus] + order[:max_nodes]
    pairs = among(pairs, order)
    if focus:  # partner size = events with the focus; the focus itself the largest
        sizes = {(r.b if r.a == focus else r.a): int(r.n_events) for r in pairs.itertuples()}
        sizes[focus] = max(sizes.values(), default=1) * 2
    label = {}
    for r in pairs.itertuples():
        label[r.a], label[r.b] = getattr(r, na), getattr(r, nb)
    pos = _ring_layout(order, focus)
    fig = go.Figure()
    mx, my, mcd, mhover, mcol = [], [], [], [], []
    for r in pairs.itertuples():
        (x0, y0), (x1, y1) = pos[r.a], pos[r.b]
        col = _goldstein_color(r.net_goldstein)
        fig.add_trace(go.Scatter(x=[x0, x1], y=[y0, y1], mode="lines", hoverinfo="skip", showlegend=False,
                                 line=dict(color=col, width=1.5 + 2.5 * math.log2(1 + r.n_events))))
        # the clickable diamond sits off the middle when the edge passes the centre, so
        # that edges crossing there keep apart
        t = 0.5 if focus else 0.42
        mx.append(x0 + (x1 - x0) * t)
        my.append(y0 + (y1 - y0) * t)
        mcd.append(("pair", r.a, r.b))
        mcol.append(col)
        mhover.append(_pair_hover(label[r.a], label[r.b], r, lang))
    fig.add_trace(go.Scatter(x=mx, y=my, mode="markers", name="pairs", showlegend=False,
                             marker=dict(size=11, color=mcol, symbol="diamond", line=dict(width=1, color="white")),
                             customdata=mcd, hovertext=mhover, hovertemplate="%{hovertext}<extra></extra>"))
    nodes = [n for n in order if n in pos and n in label]
    ring_labels = [_ring_label(str(label.get(n, n))) for n in nodes]
    vals = [sizes.get(n, 1) for n in nodes]
    top = max(vals) or 1
    fig.add_trace(go.Scatter(
        x=[pos[n][0] for n in nodes], y=[pos[n][1] for n in nodes], mode="markers+text", showlegend=False,
        text=ring_labels,
        textposition=["middle center" if n == focus else _label_position(*pos[n]) for n in nodes],
        textfont=dict(size=13),
        marker=dict(size=[10 + 22 * math.sqrt(v / top) for v in vals],
                    color=[ENTITY_COLORS.get(types.get(n, "COUNTRY"), "#64748b") for n in nodes],
                    line=dict(width=2, color="white"), opacity=0.9),
        customdata=[("node", n) for n in nodes], cliponaxis=False,
        hovertext=[f"<b>{html.escape(str(label.get(n, n)))}</b><br>"
                   + _node_count(sizes.get(n, 0), bool(focus and n != focus), lang) for n in nodes],
        hovertemplate="%{hovertext}<extra></extra>", name="actors"))
    fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", showlegend=False, hoverinfo="skip",
                             marker=dict(colorscale=GOLDSTEIN_SCALE, cmin=-10, cmax=10, color=[0], showscale=True,
                                         colorbar=dict(title=dict(text=_GOLDSTEIN[lang == "ar"]),
                                                       thickness=10, len=0.6, tickvals=[-10, 0, 10],
                                                       ticktext=["conflict", "0", "cooperation"] if lang == "en"
                                                       else ["صراع", "0", "تعاون"]))))
    reach, rise = _ring_reach(ring_labels)
    fig.update_xaxes(visible=False, range=[-reach, reach])
    fig.update_yaxes(visible=False, range=[-rise, rise])
    fig.update_layout(clickmode="event+select", dragmode="pan")
    return _base_layout(fig, height, rtl=lang == "ar")


_GOLDSTEIN = ("Goldstein", "غولدشتاين")


def _node_count(n: int, with_focus: bool, lang: str) -> str:
    if lang == "ar":
        return f"{'الأحداث مع الفاعل المختار' if with_focus else 'الإشارات'}: {n}"
    return f"{n} {'events with the focus' if with_focus else 'mentions'}"


def _pair_hover(a: object, b: object, r: object, lang: str) -> str:
    """The hover card of an actor pair, in the reader's language (names escaped: they
    come from user text)."""
    head = f"<b>{html.escape(str(a))} — {html.escape(str(b))}</b><br>"
    coop, hostile = int(getattr(r, "n_cooperation", 0) or 0), int(getattr(r, "n_conflict", 0) or 0)
    if lang == "ar":
        # label first, number last: a line that opens with a digit is laid out left to
        # right and its numbers change places; LRM keeps a minus sign before its number
        return (head + f"الأحداث: {r.n_events}<br>صافي غولدشتاين: \u200e{r.net_goldstein:+.1f}<br>"
                f"تعاوني: {coop} · عدائي: {hostile}")
    return head + (f"{r.n_events} events · net Goldstein {r.net_goldstein:+.1f}<br>"
                   f"{coop} cooperative · {hostile} hostile")


def matrix_figure(pairs: pd.DataFrame, lang: str = "en", max_actors: int = 16, width_px: int = 600) -> go.Figure:
    """Actor × actor matrix drawn with square markers (clickable, unlike a heatmap):
    colour = net Goldstein, size = number of events; ``customdata = ("pair", a, b)``."""
    if pairs is None or pairs.empty:
        return empty_figure("No actor pairs" if lang == "en" else "لا علاقات بين الفاعلين")
    na, nb = ("a_name_ar", "b_name_ar") if lang == "ar" else ("a_name", "b_name")
    totals: dict[str, float] = {}
    label: dict[str, str] = {}
    for r in pairs.itertuples():
        totals[r.a] = totals.get(r.a, 0) + r.n_events
        totals[r.b] = totals.get(r.b, 0) + r.n_events
        label[r.a], label[r.b] = getattr(r, na), getattr(r, nb)
    order = [k for k, _ in sorted(totals.items(), key=lambda x: -x[1])][:max_actors]
    keep = pairs[pairs["a"].isin(order) & pairs["b"].isin(order)]
    # marker px that fit one cell: the plot area is the chart minus tick labels and colour bar
    cell = max(8.0, min(30.0, 0.75 * (width_px - 230) / max(len(order), 1)))
    xs, ys, cs, ss, cd, hv = [], [], [], [], [], []
    top = max(keep["n_events"].max(), 1) if len(keep) else 1
    for r in keep.itertuples():
        for x, y in ((r.a, r.b), (r.b, r.a)):
            xs.append(label[x]); ys.append(label[y])
            cs.append(max(-10, min(10, r.net_goldstein)))
            ss.append(cell * (0.45 + 0.5 * math.sqrt(r.n_events / top)))
            cd.append(("pair", r.a, r.b))
            hv.append(_pair_hover(label[r.a], label[r.b], r, lang))
    cats = [label[k] for k in order]
    fig = go.Figure(go.Scatter(
        x=xs, y=ys, mode="markers", customdata=cd, hovertext=hv, hovertemplate="%{hovertext}<extra></extra>",
        marker=dict(symbol="square", size=ss, color=cs, colorscale=GOLDSTEIN_SCALE, cmin=-10, cmax=10,
                    showscale=True, colorbar=dict(thickness=10, len=0.6, title=dict(text=_GOLDSTEIN[lang == "ar"])),
                    line=dict(width=1, color="#e5e7eb"))))
    fig.update_xaxes(categoryorder="array", categoryarray=cats, tickangle=-55, showgrid=True, gridcolor="#f3f4f6",
                     tickmode="array", tickvals=cats,
                     autorange="reversed" if lang == "ar" else True)
    fig.update_yaxes(categoryorder="array", categoryarray=cats[::-1], showgrid=True, gridcolor="#f3f4f6",
                     tickmode="array", tickvals=cats)
    fig.update_layout(clickmode="event+select")
    return _base_layout(fig, max(360, 160 + int(cell * 1.25) * len(cats)), rtl=lang == "ar")


def map_figure(countries: pd.DataFrame, lang: str = "en", height: int = 460) -> go.Figure:
    """World choropleth of how many articles mention each country (ISO-3 codes).
    Outlines come from ``world_110m.json``: pass ``config={"topojsonURL": ...}`` when showing it."""
    if countries is None or countries.empty:
        return empty_figure("No countries" if lang == "en" else "لا دول")
    names = countries["name_ar"] if lang == "ar" else countries["name"]
    fig = go.Figure(go.Choropleth(
        locations=countries["iso3"], z=countries["n_articles"], locationmode="ISO-3",
        colorscale=[[0, "#dbeafe"], [1, "#1e3a8a"]], marker_line_color="white", marker_line_width=0.5,
        text=[f"{flag(i)} {html.escape(str(n))}" for i, n in zip(countries["iso3"], names)],
        customdata=[("country", i) for i in countries["iso3"]],
        hovertemplate="%{text}<br>%{z} articles<extra></extra>",
        colorbar=dict(thickness=10, len=0.6, title=dict(text="articles" if lang == "en" else "مقالات"))))
    fig.update_geos(projection_type="natural earth", showframe=False, showcoastlines=False,
                    showcountries=True, countrycolor="#cbd5e1", showland=True, landcolor="#f1f5f9",
                    lataxis_range=[-58, 85], resolution=110)
    return _base_layout(fig, height, rtl=lang == "ar")


def type_bar_figure(counts: dict[str, int], lang: str = "en") -> go.Figure:
    """Horizontal bar of counts per entity or event type."""
    items = [(k, v) for k, v in counts.items() if v]
    fig = go.Figure(go.Bar(x=[v for _, v in items], y=[k for k, _ in items], orientation="h",
                           marker_color=[ENTITY_COLORS.get(k, EVENT_COLORS.get(k, "#64748b")) for k, _ in items]))
    return _base_layout(fig, 60 + 28 * len(items), rtl=lang == "ar")


def top_counts(values: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return dict(sorted(out.items(), key=lambda x: -x[1]))
