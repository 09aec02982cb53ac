"""Unnamed actors: the side of an event a report does not name ("قتل مسلحون ثلاثة جنود"،
"تظاهر آلاف المحتجين").

Most incident reports name one side only. Such actors are reported as ACLED does,
an entity of type UNNAMED per kind and country ("Unidentified armed group (Afghanistan)",
"Protesters (Iraq)") whose mentions are the words used; the country is the one the
sentence places them in, else the country the article names most. Some groups are
whose a nationality adjective after them says ("وسائل إعلام إسرائيلية"، "فصائل
فلسطينية"), and are no actor without it ("وسائل الإعلام" reports, it does not act); groups
of states have no country ("الدول الغربية"). The words, one or several, are data
(data/lexicons/unnamed_actors.tsv, with each form's scope). The gold format never scores these as entities; an
event with such a side counts when it matches and is never a false alarm.
"""
from __future__ import annotations

import bisect
import re
from itertools import compress
from operator import attrgetter, itemgetter, ne
from pathlib import Path

from core import prepared
from core.lexicon import DATA_DIR, Lexicon, read_tsv
from core.model import UNNAMED, Entity, Mention
from core.text import NormText, Token, clitic_variants, normalize_for_match, token_norms, without_conjunction
from core.events import prefilled
from core.events.implied import country_named
from core.events.actors import word_records
from core.events.triggers import load_triggers

DATA = DATA_DIR  # the one data directory (core.lexicon)


SCOPES = ("place", "nationality", "adjective", "none", "crowd", "counted")  # how a kind gets its country (unnamed_actors.tsv)
# kinds of organisation that act at home (a court, a ministry, the police): where the group is,
# when the sentence names no country; not the media that report it ("وكالة رويترز") nor armies
# and embassies abroad
HOME_BODIES = frozenset({"judiciary", "government_body", "government", "ministry", "parliament", "security",
                         "public_body"})
CROWD_REACH = 3  # words after a "crowd" form within which its count of people must stand


@prepared.table()
def load_unnamed(path: Path = DATA / "unnamed_actors.tsv") -> dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]:
    """Normalised first word → (the words after it, English label of the kind of actor
    the words name, scope) for each form it begins, the longest first."""
    table: dict[str, list] = {}
    for _, r in read_tsv(path, ("form", "label", "scope", "note"), required=("form", "label", "scope")):
        words = normalize_for_match(r["form"]).split()
        if r["scope"] not in SCOPES:
            raise ValueError(f"{path.name}: scope {r['scope']!r} of {r['form']!r} is none of {SCOPES}")
        table.setdefault(words[0], []).append((tuple(words[1:]), r["label"].strip(), r["scope"]))
    return {w: tuple(sorted(v, key=lambda x: -len(x[0]))) for w, v in table.items()}


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def _country_of(start: int, sentences: list[tuple[int, int]], entities: list[Entity], text: str = "",
                adjective=None) -> str | None:
    """The country the sentence at ``start`` names (a country, or a place's country), else
    the one a nationality adjective in it (``adjective(lo, hi, start)``) or a body of a
    country names ("قضت محكمة مصرية بسجن 12 متهما"، "محكمة جنايات القاهرة" are no news of
    the country the article names most), else the country the article names most. A country after "ضد" is the one acted against, not where the
    actors are ("الاحتجاجات ضد إسرائيل")."""
    k = bisect.bisect_right([s for s, _ in sentences], start) - 1
    lo, hi = sentences[k] if k >= 0 else (0, 0)
    best: tuple[int, str] | None = None
    for e in entities:
        iso = country_named(e)
        if not iso:
            continue
        for m in e.mentions:
            if lo <= m.start < hi and not text[max(m.start - 4, 0):m.start].rstrip().endswith("ضد"):
                d = abs(m.start - start)
                if best is None or d < best[0]:
                    best = (d, iso)
    if best:
        return best[1]
    counts = {e.id: len(e.mentions) for e in entities if e.type == "COUNTRY"}
    near = adjective(lo, hi, start) if adjective is not None else []
    near += [(abs(m.start - start), e.country) for e in entities if e.kind in HOME_BODIES and e.country
             for m in e.mentions if lo <= m.start < hi]  # "محكمة جنايات القاهرة" is Egypt's
    if near:  # of several, the one the article names most ("الطائرات الروسية" in Syria's war is no Russian)
        return min(near, key=lambda d_iso: (-counts.get(d_iso[1], 0), d_iso[0]))[1]
    return max(sorted(counts), key=lambda c: counts[c]) if counts else None


_UNNAMED = itemgetter(2)  # a word record's unnamed-actor reading (actors.word_records)


def find_unnamed(nt: NormText, toks: list[Token], sentences: list[tuple[int, int]], entities: list[Entity],
                 lex: Lexicon) -> list[Entity]:
    """UNNAMED entities, one per kind and country, for the words of the table outside named
    entities."""
    covered = [(m.start, m.end) for e in entities for m in e.mentions]
    groups = [(m.start, m.end) for e in entities if e.type == "ORG" for m in e.mentions]
    found: dict[str, Entity] = {}
    # what each word says of unnamed actors, read with the event rules' other readings of
    # it (the records are kept for the event stage, which asks next)
    norms = token_norms(toks)
    readings = list(map(_UNNAMED, word_records(norms, load_triggers(), lex, toks)))
    for k in compress(range(len(toks)), readings):
        if k and without_conjunction(norms[k - 1], 2) == NOT_WORD:
            continue  # "بشر غير مسلحين"، "مدنيين وغير مسلحين": unarmed people, no armed group
        forms, dropped = readings[k]
        start = nt.offsets[toks[k].nstart + dropped]
        if _inside(covered, start):
            continue
        got = _words_at(nt, toks, k, forms, lex, covered)
        if got is None or (got[0] == k + 1 and _describes(nt, toks, k, dropped, lex)):
            continue
        j, label, scope, iso = got
        if scope == "crowd":
            c = _crowd_after(nt, toks, j, lex)
            if c is None:
                continue
            start, j, scope = toks[c].start, c + 1, "place"
        elif scope == "counted":
            c = _count_before(nt, toks, k, start)
            if c is None:
                continue
            start, scope = toks[c].start, "place"
        elif scope == "adjective" and iso:
            c = _count_before(nt, toks, k, start)  # "ثلاث شركات بلجيكية": the count is part of the group's name
            start = start if c is None else toks[c].start
        if _of_a_name(nt, toks, j, covered, groups):
            continue
        end = toks[j - 1].end
        name_ar = _kind_names().get(label, "") if got[2] == "crowd" else nt.original[start:end]
        if scope == "none":
            iso = None
        elif iso is None:
            iso = _country_of(start, sentences, entities, nt.original,
                              lambda lo, hi, at: _adjective_near(nt, toks, lex, lo, hi, at, covered))
        country = lex.by_id[iso].name if iso and iso in lex.by_id else iso
        eid = f"unnamed-{_slug(label)}" + (f"-{iso.lower()}" if iso else "")
        ent = found.get(eid)
        if ent is None:
            ent = found[eid] = Entity(eid, UNNAMED, f"{label} ({country})" if country else label,
                                      name_ar or nt.original[start:end], country=iso, kind=_slug(label), actor=eid)
        ent.mentions.append(Mention(nt.original[start:end], start, end, source="unnamed"))
    return list(found.values())


NOT_WORD = "غير"  # "غير مسلحين"، "غير المسلحين": not what the word after says
IMPLIED_ATTACKERS = "Attackers"  # the kind of the unnamed side an attack with no author implies (unnamed_actors.tsv)


def implied_side(entities: list[Entity], label: str, iso: str, lex: Lexicon, text: str, start: int, end: int) -> str:
    """The id of the UNNAMED side of kind ``label`` in ``iso`` that an act implies without a
    word for it ("قتلى في غارة": someone struck), added to ``entities`` with the act's own
    words (``text[start:end]``) as its mention, as the crowd a protest verb counts is."""
    eid = f"unnamed-{_slug(label)}-{iso.lower()}"
    ent = next((e for e in entities if e.id == eid), None)
    if ent is None:
        country = lex.by_id[iso].name if iso in lex.by_id else iso
        ent = Entity(eid, UNNAMED, f"{label} ({country})", _kind_names().get(label, text[start:end]), country=iso,
                     kind=_slug(label), actor=eid)
        entities.append(ent)
    if not any(m.start == start for m in ent.mentions):
        ent.mentions.append(Mention(text[start:end], start, end, source="unnamed"))
    return eid


@prepared.table()
def _adjective_forms(path: Path = DATA / "unnamed_actors.tsv") -> frozenset[str]:
    """The forms the table marks as adjectives too ("النزاع المسلح")."""
    return frozenset(normalize_for_match(r["form"]) for _, r in read_tsv(path, ("form", "adjective"))
                     if r["adjective"] == "yes")


def _describes(nt: NormText, toks: list[Token], k: int, dropped: int, lex: Lexicon) -> bool:
    """Whether the one-word form at k is an adjective of the definite noun right before it
    ("النزاع المسلح"، "العمل المسلح"، "اليهود المتشددين"): such forms are marked in the table;
    after a verb, a function word ("إليها"، "التي") or a nationality adjective they name the
    group ("فر المسلح"، "من المسلح"، "الشرطة الفرنسية المسلح" is read as the object)."""
    if k == 0 or toks[k].norm[dropped:] not in _adjective_forms() or dropped:
        return False
    prev = toks[k - 1].norm
    if nt.norm[toks[k - 1].nend:toks[k].nstart] != " " or lex.adjective_of(prev):
        return False
    return any(stem.startswith("ال") and stem not in lex.stopwords for stem, _ in clitic_variants(prev))


def _of_a_name(nt: NormText, toks: list[Token], j: int, covered: list[tuple[int, int]],
               groups: list[tuple[int, int]]) -> bool:
    """Whether the words before token j name members of a group named right after them:
    in construct ("مسلحو طالبان"، "مسلحو تنظيم الدولة") or after "من", a word between
    ("مسلحين معروفين من حماس"). The named group is the actor, not an unnamed group of it; a
    place after "من" is where they come from ("مسلحين من درعا")."""
    if j >= len(toks):
        return False
    if toks[j - 1].norm.endswith("و"):
        return any(s <= t.start < e for t in toks[j:j + 2] for s, e in covered)
    for k in (j, j + 1):
        if k > j and not toks[j].norm.endswith(("ين", "ون")):
            break  # only an adjective of theirs between ("معروفين"), not a verb ("فروا من")
        if k + 1 < len(toks) and toks[k].norm == "من" and " " == nt.norm[toks[k - 1].nend:toks[k].nstart]:
            return any(s <= t.start < e for t in toks[k + 1:k + 3] for s, e in groups)
    return False


def _adjective_near(nt: NormText, toks: list[Token], lex: Lexicon, lo: int, hi: int, at: int,
                    covered: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(distance from ``at``, country) of the nationality adjectives between ``lo`` and
    ``hi`` (outside names: "حركة حماس الفلسطينية" is the movement's)."""
    k0 = bisect.bisect_left([t.start for t in toks], lo)
    out: list[tuple[int, str]] = []
    for t in toks[k0:]:
        if t.start >= hi:
            break
        iso = lex.adjective_of(t.norm)
        if iso and not any(s <= t.start < e for s, e in covered):
            out.append((abs(t.start - at), iso))
    return out


@prepared.table()
def _kind_names(path: Path = DATA / "unnamed_actors.tsv") -> dict[str, str]:
    """Label -> the first noun form the table lists for it ("Protesters" -> "متظاهرون"): the
    Arabic name of actors a verb and a count imply, whose mention ("آلاف") names no one."""
    out: dict[str, str] = {}
    for _, r in read_tsv(path, ("form", "label", "scope", "note"), required=("form", "label", "scope")):
        if r["scope"] != "crowd":
            out.setdefault(r["label"].strip(), r["form"].strip())
    return out


@prepared.table()
def count_words() -> frozenset[str]:
    """Numbers and counts of people ("آلاف"، "العشرات"، "مئات"): stopwords.tsv's kind number."""
    return frozenset(normalize_for_match(r["word"]) for _, r in read_tsv(DATA / "stopwords.tsv", ("word", "kind"))
                     if r["kind"] == "number")


def _count_before(nt: NormText, toks: list[Token], k: int, start: int) -> int | None:
    """The token of a number right before an indefinite form, with no proclitic between
    ("17 متهما"): a reader marks the group with its count. Only the forms that are no actor
    without one take it: joined to its count, "ثلاثة إرهابيين" lost its arrest on unseen news."""
    if k == 0 or start != toks[k].start or nt.original[start:start + 2] == "ال":
        return None
    w = toks[k - 1].norm
    if nt.norm[toks[k - 1].nend:toks[k].nstart] != " " or not (w.isdigit() or w in count_words()):
        return None
    return k - 1


def _crowd_after(nt: NormText, toks: list[Token], j: int, lex: Lexicon) -> int | None:
    """The token of a count of people within CROWD_REACH words after a protest verb ("تظاهر،
    السبت، الآلاف في ..."، "اعتصم 300 عامل"), or None. Only then does the verb imply
    protesters of its own: a named subject ("تظاهر أنصار الحزب"، "اعتصم فيه ناشطون") is the
    side, so is a people or a group named after the count ("آلاف الفلسطينيين"، "مئات
    الآلاف من الفلسطينيين"، "آلاف من المحتجين"), and "يتظاهرون بقبول
    المحادثات" (pretend) counts no one."""
    counts = count_words()
    for c in range(j, min(j + CROWD_REACH, len(toks))):
        if c > j and any(p in nt.norm[toks[c - 1].nend:toks[c].nstart] for p in ".:؟!?\n"):
            return None
        w = toks[c].norm
        if w in counts or w.isdigit():
            while c + 1 < len(toks) and toks[c + 1].norm in counts:
                c += 1  # "عشرات الآلاف"، "مئات الآلاف"
            after = [t.norm for t in toks[c + 1:c + 3]]
            if after[:1] == ["من"]:
                after = after[1:]  # "مئات الآلاف من الفلسطينيين"
            if after and (after[0] in lex.adjectives or prefilled.unnamed_reading(after[0], load_unnamed())):
                return None  # "آلاف من المحتجين": the noun names them
            return c
    return None


_NORM = attrgetter("norm")


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether offset ``at`` is within one of ``spans`` (a loop: no closure cells)."""
    for s, e in spans:
        if s <= at < e:
            return True
    return False


def _words_at(nt: NormText, toks: list[Token], k: int, forms: tuple, lex: Lexicon,
              covered: list[tuple[int, int]]) -> tuple | None:
    """(end token, label, scope, country of a nationality adjective or None) of the longest
    form of the table that starts at word k, or None. A nationality adjective right after
    the words says whose they are ("وسائل إعلام إسرائيلية"، "المعارضة السورية") for the
    kinds that take one; some kinds name an actor only with it ("شركات" alone is anyone's)."""
    for rest, label, scope in forms:
        j = k + 1 + len(rest)
        if j > len(toks) or any(map(ne, map(_NORM, toks[k + 1:j]), rest)):  # C calls: no closure cells
            continue
        iso = None
        if scope in ("nationality", "adjective") and j < len(toks) and nt.norm[toks[j - 1].nend:toks[j].nstart] == " ":
            iso = lex.adjectives.get(toks[j].norm)
            if iso and _inside(covered, toks[j].start):
                iso = None  # the word is a name here ("الشركات السعودية" may be read as the country)
        if iso:
            return j + 1, label, scope, iso
        if scope != "adjective":
            return j, label, scope, None
    return None
