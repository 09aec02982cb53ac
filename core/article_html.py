"""The article as HTML with its entities, times and event triggers marked: what the
Analyse page shows of a text, escaped piece by piece (user text never reaches the page
as markup)."""
from __future__ import annotations

import html

from core.charts import ENTITY_COLORS, ENTITY_TINTS, TIME_COLOR, TIME_TINT, TRIGGER_COLOR, flag
from core.model import Analysis
from core.store import describe_timex


def _spans(analysis: Analysis, lang: str) -> list[tuple[int, int, str, str]]:
    """(start, end, css class, hover title) for entities, times and event triggers."""
    out = []
    for e in analysis.entities:
        name = f"{e.name} · {e.name_ar}" if e.name_ar and e.name_ar != e.name else e.name
        flag_ = flag(e.country) if e.type == "COUNTRY" else ""
        for m in e.mentions:
            out.append((m.start, m.end, f"ent ent-{e.type}", f"{flag_} {name} ({e.type})".strip()))
    for t in analysis.times:
        label = describe_timex(t.value, t.mod) if t.type in ("DATE", "DURATION") else t.value
        out.append((t.start, t.end, "timex", f"{t.type}: {t.value}{' ' + t.mod if t.mod else ''} → {label}"))
    for ev in analysis.events:
        actors = " · ".join(analysis.actor_name(a, lang) for a in ev.actors)
        out.append((ev.trigger.start, ev.trigger.end, "trig",
                    f"{ev.type}: {actors}{' — ' + describe_timex(ev.date) if ev.date else ''}"))
    n = len(analysis.text)
    return [(max(0, s), min(n, e), c, t) for s, e, c, t in out if 0 <= s < e <= n]


ARTICLE_WINDOW = 20_000  # characters of a long article highlighted at once


def article_windows(text: str, size: int = ARTICLE_WINDOW) -> list[tuple[int, int]]:
    """(start, end) parts of a long text, each about ``size`` characters, cut at a line
    break (else a space) so that no word and, where possible, no paragraph is split.

    Why: the highlighted article is rebuilt on every rerun of the page; a whole 2 MB
    article is megabytes of HTML that the browser never finishes laying out."""
    out, start, n = [], 0, len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind("\n", start + size // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + size // 2, end)
            end = cut + 1 if cut >= 0 else end
        out.append((start, end))
        start = end
    return out or [(0, 0)]


def highlight_html(analysis: Analysis, lang: str = "en", window: tuple[int, int] | None = None,
                   focus: tuple[int, int] | None = None) -> str:
    """The article (or the ``window`` of it) as HTML, right to left, with entities,
    times and triggers marked, and the ``focus`` span (an event's sentence the reader
    chose) marked ``al-focus`` for the page to scroll to.

    Every piece of user text goes through ``html.escape``; titles carry the canonical
    name or the normalised date for hover. Overlapping marks are split into segments
    that carry all the classes and titles that cover them; the marks covering each
    segment are kept by a sweep over the cut points, so the work grows with the marks
    in the window, not with marks times segments.
    """
    text = analysis.text
    lo, hi = window or (0, len(text))
    marks = _spans(analysis, lang) + ([(focus[0], focus[1], "al-focus", "")] if focus else [])
    spans = [(max(s, lo), min(e, hi), c, t) for s, e, c, t in marks if s < hi and e > lo]
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for k, (s, e, _, _) in enumerate(spans):
        starts.setdefault(s, []).append(k)
        ends.setdefault(e, []).append(k)
    cuts = sorted({lo, hi, *starts, *ends})
    active: set[int] = set()
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        # no joiner characters at a mark's edge inside a word ("ب|الرباط"): browsers shape
        # Arabic across inline elements that share a font, and a joiner would be copied
        # with the text
        seg = html.escape(text[a:b])
        if not active:
            parts.append(seg)
            continue
        cover = [spans[k][2:] for k in sorted(active)]
        classes = " ".join(dict.fromkeys(" ".join(c for c, _ in cover).split()))
        title = html.escape(" | ".join(dict.fromkeys(t for _, t in cover if t)), quote=True)
        parts.append(f'<span class="{classes}" title="{title}">{seg}</span>' if title
                     else f'<span class="{classes}">{seg}</span>')
    return f'<div class="al-article" dir="rtl" lang="ar">{"".join(parts)}</div>'


def legend_html(lang: str = "en") -> str:
    names = {"en": {"COUNTRY": "Country", "PERSON": "Person", "ORG": "Organisation", "PLACE": "Place",
                    "timex": "Time expression", "trig": "Event trigger"},
             "ar": {"COUNTRY": "دولة", "PERSON": "شخص", "ORG": "منظمة", "PLACE": "مكان",
                    "timex": "تعبير زمني", "trig": "مؤشر حدث"}}[lang if lang == "ar" else "en"]
    chips = [f'<span class="ent ent-{t}">{names[t]}</span>' for t in ENTITY_COLORS]
    chips += [f'<span class="timex">{names["timex"]}</span>', f'<span class="trig">{names["trig"]}</span>']
    return f'<div class="al-legend">{" ".join(chips)}</div>'


def article_css() -> str:
    """CSS for the highlighted article and its legend."""
    rules = [
        ".al-article{white-space:pre-wrap;unicode-bidi:plaintext;text-align:start;font-family:'Noto Naskh Arabic',"
        "'Noto Sans Arabic',serif;font-size:1.2rem;line-height:2.25;padding:1rem 1.25rem;border:1px solid #e5e7eb;"
        "border-radius:.6rem;background:#fff;max-height:34rem;overflow-y:auto}",
        ".al-article span[title]{cursor:help}",
        ".ent{border-bottom:2px solid}",
        f".timex{{background:{TIME_TINT};border-bottom:2px dashed {TIME_COLOR};border-radius:.2rem}}",
        f".trig{{color:{TRIGGER_COLOR};border-bottom:3px double {TRIGGER_COLOR}}}",
        ".al-legend{display:flex;flex-wrap:wrap;gap:.5rem;margin:.25rem 0 .6rem 0;font-size:.9rem}",
        ".al-legend span{padding:.1rem .5rem;border-radius:.3rem}",
    ]
    rules += [f".ent-{t}{{background:{ENTITY_TINTS[t]};border-color:{c}}}" for t, c in ENTITY_COLORS.items()]
    # the sentence of the event the reader chose: tinted where nothing else is, underlined everywhere
    rules += [".al-focus{box-shadow:0 3px 0 #f59e0b}", ".al-focus:not(.ent):not(.timex){background:#fef3c7}"]
    return "<style>" + "".join(rules) + "</style>"
