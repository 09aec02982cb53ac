"""Scoring extraction against gold annotations in the SCHEMA format.

For analysts who annotate their own articles: a folder of NAME.txt + NAME.json pairs
is extracted and scored with the matching rules of the gold format (entities match by
a shared mention after normalisation and proclitic removal, or by ISO code for
countries; times by overlapping span, then by value; events by acceptable type and
equal actor sets). Figures are precision, recall and F1 per type and overall.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from core.text import normalize_for_match, without_lam


def _strip_clitics(s: str) -> str:
    for _ in range(3):
        if s.startswith("لل") and len(s) > 4:
            s = without_lam(s)
        elif len(s) > 4 and ((s[0] in "وفبكل" and s[1:].startswith("ال")) or (s[0] in "وف" and s[1] in "بكل")):
            s = s[1:]
        else:
            break
    return s


def mention_keys(s: str) -> set[str]:
    n = normalize_for_match(s.replace("_", " "))
    out = {n, _strip_clitics(n)}
    if n.startswith("ل") and not n.startswith("ال"):
        out.add("ا" + n)
    return out


UNNAMED = "UNNAMED"  # actors the text does not name (gunmen, protesters): never scored as entities


def _as_list(x: Any) -> list:
    return x if isinstance(x, list) else [x]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, o: "Counts") -> None:
        self.tp += o.tp
        self.fp += o.fp
        self.fn += o.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    entities: dict[str, Counts] = field(default_factory=dict)
    times: Counts = field(default_factory=Counts)
    time_values: int = 0
    events: dict[str, Counts] = field(default_factory=dict)
    event_dates: list[int] = field(default_factory=lambda: [0, 0, 0])  # dated, year ok, exact ok
    event_direction: list[int] = field(default_factory=lambda: [0, 0])  # matched directed, order ok
    articles: list[dict[str, Any]] = field(default_factory=list)

    @staticmethod
    def total(d: dict[str, Counts]) -> Counts:
        c = Counts()
        for v in d.values():
            c.add(v)
        return c

    @property
    def time_accuracy(self) -> float:
        return self.time_values / self.times.tp if self.times.tp else 0.0


def score_article(gold: dict[str, Any], out: dict[str, Any], text: str, score: Score) -> dict[str, float]:
    """Add one article's counts to ``score``; its own figures as a row of the report."""
    ent = _score_entities(gold, out, score)
    tim = _score_times(gold, out, text, score)
    evc = _score_events(gold, out, score)
    row = {"article": gold.get("id"), "entity_f1": ent.f1, "time_f1": tim.f1, "event_f1": evc.f1,
           "entities": (ent.tp, ent.fp, ent.fn), "events": (evc.tp, evc.fp, evc.fn)}
    score.articles.append(row)
    return row


def _score_entities(gold: dict[str, Any], out: dict[str, Any], score: Score) -> Counts:
    """Each gold entity takes the first unused tool entity of its type that shares a
    mention (required ones first, so that an optional one never takes a required match)."""
    ent = Counts()
    sys_ents = [e for e in out.get("entities", []) if e.get("type") != UNNAMED]
    used: set[int] = set()
    for g in sorted(gold["entities"], key=lambda g: bool(g.get("optional"))):
        gm = set().union(*(mention_keys(m) for m in g["mentions"])) if g["mentions"] else set()
        hit = None
        for i, s in enumerate(sys_ents):
            if i in used or s.get("type") != g["type"]:
                continue
            sm = set().union(set(), *(mention_keys(m["text"]) for m in s.get("mentions", [])))
            if gm & sm or (g["type"] == "COUNTRY" and s.get("id") == g["id"]):
                hit = i
                break
        c = score.entities.setdefault(g["type"], Counts())
        if hit is not None:
            used.add(hit)
            if not g.get("optional"):
                c.tp += 1
                ent.tp += 1
        elif not g.get("optional"):
            c.fn += 1
            ent.fn += 1
    for i, s in enumerate(sys_ents):
        if i not in used:
            score.entities.setdefault(s.get("type", "?"), Counts()).fp += 1
            ent.fp += 1
    return ent


def _score_times(gold: dict[str, Any], out: dict[str, Any], text: str, score: Score) -> Counts:
    """A tool expression takes the first unused gold one its span overlaps; its value
    counts when equal to an acceptable gold value."""
    tim = Counts()
    gts = []
    for g in gold.get("times", []):
        st = g.get("start", text.find(g["text"]))
        gts.append((st, st + len(g["text"]), g))
    tused: set[int] = set()
    for t in out.get("times", []):
        hit = next((j for j, (gs, ge, _) in enumerate(gts) if j not in tused and t["start"] < ge and gs < t["end"]), None)
        if hit is None:
            tim.fp += 1
            continue
        tused.add(hit)
        g = gts[hit][2]
        if g.get("optional"):
            continue
        tim.tp += 1
        if str(t.get("value")) in map(str, _as_list(g["value"])):
            score.time_values += 1
    tim.fn += sum(1 for j, (_, _, g) in enumerate(gts) if j not in tused and not g.get("optional"))
    score.times.add(tim)
    return tim


def _score_events(gold: dict[str, Any], out: dict[str, Any], score: Score) -> Counts:
    """A tool event takes an unused gold event of an acceptable type with the same actor
    set; direction and date are counted over the required ones it matches."""
    same = actor_matcher(gold, out)

    def actors_match(sa: list[str], ga: list[str]) -> bool:
        return same_actors(same, sa, ga)

    evc = Counts()
    vused: set[int] = set()
    unnamed = {e.get("id") for e in out.get("entities", []) if e.get("type") == UNNAMED}
    gevents = gold["events"]

    def in_order(sa: list[str], ga: list[str]) -> bool:
        return len(sa) == len(ga) and all(same(a, b) for a, b in zip(sa, ga))

    for s in out.get("events", []):
        sa = s.get("actors", [])
        # as the reference scorer: prefer a required gold event, then one whose direction
        # and date also agree
        order = sorted(range(len(gevents)), key=lambda j: (
            bool(gevents[j].get("optional")), not in_order(sa, gevents[j]["actors"]),
            str(s.get("date")) not in {str(d) for d in _as_list(gevents[j].get("date"))}))
        hit = next((j for j in order if j not in vused and s.get("type") in _as_list(gevents[j]["type"])
                    and actors_match(sa, gevents[j]["actors"])), None)
        if hit is None:
            if not unnamed & set(sa):  # an unnamed side the gold does not list is no false alarm
                score.events.setdefault(s.get("type", "?"), Counts()).fp += 1
                evc.fp += 1
            continue
        vused.add(hit)
        g = gevents[hit]
        if g.get("optional"):
            continue
        score.events.setdefault(s["type"], Counts()).tp += 1
        evc.tp += 1
        if g.get("directed"):
            score.event_direction[0] += 1
            score.event_direction[1] += in_order(sa, g["actors"])
        if g.get("date") is not None:
            gd = [str(d) for d in _as_list(g["date"])]
            sd = str(s.get("date"))
            score.event_dates[0] += 1
            score.event_dates[1] += sd[:4] in {d[:4] for d in gd}
            score.event_dates[2] += sd in gd
    for j, g in enumerate(gold["events"]):
        if j not in vused and not g.get("optional"):
            score.events.setdefault(_as_list(g["type"])[0], Counts()).fn += 1
            evc.fn += 1
    return evc


def same_actors(same: Callable[[str, str], bool], sa: list[str], ga: list[str]) -> bool:
    """Whether a tool event's actors and a gold event's are the same set, one to one."""
    if len(sa) != len(ga):
        return False
    rest = list(sa)
    for g in ga:
        k = next((i for i, s in enumerate(rest) if same(s, g)), None)
        if k is None:
            return False
        rest.pop(k)
    return True


def actor_matcher(gold: dict[str, Any], out: dict[str, Any]) -> Callable[[str, str], bool]:
    """same(system_actor_id, gold_actor_id): the two name one entity when they share a
    mention (as the reference scorer matches them) or, for countries, the ISO code."""
    gkeys: dict[str, set] = {}
    for g in gold["entities"]:
        ks = {("m", k) for m in g["mentions"] for k in mention_keys(m)}
        if g["type"] == "COUNTRY":
            ks.add(("id", g["id"]))
        gkeys[g["id"]] = ks
    skeys: dict[str, set] = {}
    for e in out.get("entities", []):
        ks = {("id", e.get("id"))}
        for m in e.get("mentions", []):
            ks |= {("m", k) for k in mention_keys(m["text"])}
        skeys[e.get("id")] = ks

    def same(sa: str, ga: str) -> bool:
        return bool(skeys.get(sa, {("id", sa)}) & gkeys.get(ga, set()))

    return same


def evaluate_dir(gold_dir: str | Path, extract: Callable[[str, str | None], dict[str, Any]] | None = None) -> Score:
    """Extract every NAME.txt of gold_dir (with NAME.json beside it) and score it."""
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no gold .json files in {gold_dir}")
    return evaluate_paths(files, extract)


def evaluate_paths(files: list[Path], extract: Callable[[str, str | None], dict[str, Any]] | None = None) -> Score:
    """Extract and score the articles of these NAME.json files (NAME.txt beside each)."""
    from core import analyze

    if extract is None:
        def extract(text: str, published: str | None) -> dict[str, Any]:
            return analyze(text, published).to_dict()
    score = Score()
    for gp in files:
        txt = Path(gp).with_suffix(".txt")
        if not txt.exists():
            continue
        gold = json.loads(Path(gp).read_text(encoding="utf-8"))
        text = txt.read_text(encoding="utf-8")
        score_article(gold, extract(text, gold.get("published")), text, score)
    return score


def _type_rows(counts: dict) -> list[str]:
    """The table rows of a count per type, then of them all (the entity and the event tables)."""
    rows = [(k, counts[k]) for k in sorted(counts)] + [("ALL", Score.total(counts))]
    return [f"  {k:<10} {c.precision:5.2f} {c.recall:5.2f} {c.f1:5.2f} {c.tp:4d}{c.fp:4d}{c.fn:4d}" for k, c in rows]


def format_score(score: Score) -> str:
    lines = ["article                     entity F1  time F1  event F1"]
    for r in score.articles:
        lines.append(f"{str(r['article'])[:26]:<27} {r['entity_f1']:9.2f} {r['time_f1']:8.2f} {r['event_f1']:9.2f}")
    lines.append("")
    lines.append("entities      P     R     F1    tp  fp  fn")
    lines += _type_rows(score.entities)
    t = score.times
    lines.append(f"times         P {t.precision:.2f} R {t.recall:.2f} F1 {t.f1:.2f}  value accuracy {score.time_accuracy:.2f}"
                 f"  (F1 x accuracy {t.f1 * score.time_accuracy:.2f})")
    lines.append("events        P     R     F1    tp  fp  fn")
    lines += _type_rows(score.events)
    d = score.event_dates
    r = score.event_direction
    lines.append(f"event dates   year {d[1]}/{d[0]}  exact {d[2]}/{d[0]}   direction {r[1]}/{r[0]}")
    return "\n".join(lines)
