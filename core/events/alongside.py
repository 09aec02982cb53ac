"""Sides named only as whom an act is done alongside, or as what it is likened to.

In "طردت دول عدة دبلوماسيين تضامنا مع X" or "تخوض القوات الحرب جنبا إلى جنب مع X" the
doers stand with X: X is no target of the expulsion or the war (and two sides fighting
side by side are no opponents). In "نقلت X سفارتها إلى القدس على غرار Y"، "أسوة بـY"،
"باستثناء Y" the act is likened to Y's or leaves Y out: Y is no side of it at all. The
words are data (construction_cues.tsv, kinds solidarity and likened); a side named another
way in the sentence as well stays one.

A stand ("وقوف X إلى جانب Y"، "تقف X بجانب Y") names whom it backs right after its last
word (construction_cues.tsv, kind stand_by): Y is its target, and backs no one by it. The
role model, reading the words around, pairs Y with a side named before or after as often
("أكدت X وقوفها إلى جانب Y، فيما رفض Z": Y backing Z): a pair whose target is another side
is dropped, and one from Y to a side named before the stand is turned (that side stands).
"""
from __future__ import annotations

from core.events import constructions
from core.events.filters import HOSTILE_CONTENT
from core.events.named_only import named_only, without_sides
from core.events.sentence_sides import unsided

SOLIDARITY, LIKENED, STAND_BY = "solidarity", "likened", "stand_by"  # construction_cues.tsv kinds
STOOD_BY_REACH = 2  # words after a stand to the side it names ("إلى جانب القضية الفلسطينية": past a noun)
WITH = "مع"  # "تضامنا مع X"، "جنبا إلى جنب مع X": the solidarity words reach the side through it
UNNAMED = "UNNAMED"  # mention kinds of nameless sides, which an act's own words may name ("تظاهرات")
ADJECTIVE = "ADJ"  # mention kind of a nationality adjective ("مع الحكومة البريطانية": the noun before it)
NOT_CUES = frozenset({"وعدا"})  # "قدم وعدا لـX": a promise (the noun), not "و" + "عدا" (except)


def _after_cue(norms: list[str], a, ti: int, cue_kind: str, through_with: bool) -> bool:
    """Named mention ``a`` follows a word of ``cue_kind`` (through "مع" when ``through_with``),
    or follows it with the noun a nationality adjective qualifies in between ("تضامنا مع
    الحكومة البريطانية"، "على غرار الإدارة الأمريكية")."""
    if a.kind.startswith(UNNAMED):
        return False  # "على غرار تظاهرات 1968": the act likened to, not a side
    cues = constructions.written(cue_kind)
    k = a.i - 1
    if a.kind == ADJECTIVE and k > ti and norms[k] != WITH and norms[k] not in cues:
        k -= 1
    if through_with:
        if k <= ti or norms[k] != WITH:
            return False
        k -= 1
    return k >= ti and norms[k] in cues and norms[k] not in NOT_CUES


def _solidarity_sides(doc, st) -> set[str]:
    """The actors the sentence names only after a word of solidarity and "مع" (read once per
    sentence: core.events.sentence_sides)."""
    return named_only(st.actors, lambda a: _after_cue(doc.norms, a, st.ti, SOLIDARITY, True))


def _likened_sides(doc, st) -> set[str]:
    """The actors the sentence names only as what an act is likened to or excepted from."""
    return named_only(st.actors, lambda a: _after_cue(doc.norms, a, st.ti, LIKENED, False))


def no_alongside_sides(doc, st, h, pairs: list) -> list:
    """The pairs less a side named only as what the act is likened to or excepted from, and,
    for a hostile act, less a side named only as whom it is done alongside as its target
    (directed) or opponent (undirected); as the act's source it stays ("قاتلت X جنبا إلى
    جنب مع Y ضد Z": Y fights too)."""
    if not pairs:
        return pairs
    return _no_alongside_sides(doc, st, h, pairs)


def _no_alongside_sides(doc, st, h, pairs: list) -> list:
    """no_alongside_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    pairs = without_sides(pairs, unsided(doc, st, _likened_sides))
    if not pairs or h.form.type not in HOSTILE_CONTENT:
        return pairs
    beside = unsided(doc, st, _solidarity_sides)
    if not beside:
        return pairs
    return [(p, d) for p, d in pairs if not (d and p[-1] in beside or not d and beside.intersection(p))]


def stood_by_sides(doc, st, h, pairs: list) -> list:
    """The directed pairs of a stand whose target is the side it names right after its last
    word (module docstring): others dropped, those from that side to one named before the
    stand turned."""
    if not pairs or h.form.type != "SUPPORT" or h.form.tokens[-1] not in constructions.written(STAND_BY):
        return pairs
    return _stood_by_sides(doc, st, h, pairs)


def _stood_by_sides(doc, st, h, pairs: list) -> list:
    """stood_by_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    first = next((a for a in st.actors if h.j <= a.i <= h.j + STOOD_BY_REACH), None)
    if first is None:
        return pairs  # "إلى جانب الشعب": no side named, the model's reading stands
    stood = _listed_from(doc, st, first)  # "إلى جانب السعودية والإمارات": both are stood by
    before = {a.actor for a in st.actors if a.i < h.j and a.actor not in stood}
    out = []
    for p, d in pairs:
        if d and p[0] in stood and p[-1] in before:
            p = [p[-1], p[0]]  # "وقوف المملكة إلى جانب Y" read from Y
        elif d and p[-1] not in stood:
            continue
        if (p, d) not in out:
            out.append((p, d))
    return out


def _listed_from(doc, st, first) -> set[str]:
    """The side named right after the stand and those joined to it by و, one after another,
    within the clause: not past a comma ("إلى جانب سوريا، وإيران تدعم ..."), nor a side a
    verb follows, the subject of a clause of its own ("إلى جانب تركيا وروسيا تراقب ...")."""
    out, end, toks, text = {first.actor}, first.j, doc.toks, doc.nt.original
    for a in st.actors:
        if a.i != end or a.actor in out or a.start <= toks[a.i].start or toks[a.i].norm[:1] != "و" \
                or any(c in text[toks[a.i - 1].end:toks[a.i].start] for c in ",،;؛:.") \
                or a.j < len(toks) and toks[a.j].norm[:1] in "يت" and len(toks[a.j].norm) > 3:
            continue
        out.add(a.actor)
        end = a.j
    return out
