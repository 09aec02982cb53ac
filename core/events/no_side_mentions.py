"""Mentions that name no side of an event: a private person's nationality ("الشاب المغربي"
is no Morocco) and the source a report is credited to ("وفقا لوكالة الأنباء"). Applied to
the role model's pairs (core.events.after_model)."""
from __future__ import annotations

from bisect import bisect_left

from core import prepared
from core.events.named_nationals import before_private_name
from core.events.named_only import without_sides
from core.events.sentence_sides import unsided
from core.text import clitic_variants, normalize_for_match, without_conjunction
from core.topics import topic_cues

# heads that name nothing but an outlet ("وكالة الأمن القومي"، "موقع لكتائب"، "شبكة" name other things too)
PRESS = frozenset({"صحيفه", "قناه", "مجله", "اذاعه"})
OUTLET_PROCLITICS = ("", "ل", "و")  # what may be written on an outlet's head ("كشف مصدر لصحيفة")
CITED_AGAIN = 4  # words from a cited source to its name again ("(سونا)")
_bare = without_conjunction


def _private_national(doc, a, own_ends: set[int]) -> bool:
    """A nationality adjective describing a private person ("الجهادية الفرنسية"، "المتشدد
    المصري"، "مواطنا عراقيا"), a body that is not the state ("مستشفى مصري"), a company or
    group named just before it ("شركة توتال الفرنسية") or a group an opposition or arms
    word marks off from the state ("قوات سورية معارضة"): where it comes from, not a state
    that acts."""
    if a.kind != "ADJ" or a.i == 0:
        return False
    cues, norms = topic_cues(), doc.norms
    if a.i in own_ends or cues.get(_bare(norms[a.i - 1])) == "private" or before_private_name(doc, a):
        return True  # "الشاب المغربي"، "اختفاء الصيني X": a private person's nationality
    if cues.get(norms[a.i - 1]) == "to_person" and not norms[a.i].startswith("ال"):
        return True  # "تم توجيه الاتهام إلى بلغاري": a Bulgarian, no Bulgaria
    # "قوات سورية معارضة"، "فصائل معارضة سورية": an opposition or an armed group of that nationality
    return cues.get(norms[a.i - 1]) == "dissident" or a.j < len(norms) and cues.get(norms[a.j]) == "dissident"


PRIVATE_BODIES = frozenset({"sports_club", "company", "media"})  # no state acts through them ("صحيفة X الأميركية")


def _private_body_ends(doc, st) -> set[int]:
    """The word right after each name of a club, company or outlet in the sentence, its
    nationality: past a closing quote ("لوموند" الفرنسية), not an opening one (لفرانس برس "الروس)."""
    out, starts, text = set(), doc.tok_starts, doc.nt.original
    for e in doc.entities:  # loops, not generators: no closure cells
        if e.kind not in PRIVATE_BODIES:
            continue
        for m in e.mentions:
            if st.start <= m.start < st.end:
                k = bisect_left(starts, m.end)
                if k < len(starts) and not text[m.end:starts[k]].lstrip('"»').strip():
                    out.add(k)
    return out


def no_private_nationals(doc, st, pairs: list) -> list:
    """The pairs none of whose sides the sentence names only by a private person's
    nationality: "اعتقلت الشرطة الفرنسية الشاب المغربي" arrests a man, not Morocco."""
    return without_sides(pairs, unsided(doc, st, private_nationals))


def private_nationals(doc, st) -> set[str]:
    """The actors the sentence names only by a private person's nationality (read once per
    sentence: core.events.sentence_sides)."""
    # the ends of names of organisations that act as themselves ("توتال")
    own_ends = {a.j for a in st.actors if a.kind.startswith("ORG:")}
    if any(a.kind == "ADJ" for a in st.actors):
        own_ends |= _private_body_ends(doc, st)  # "نادي برشلونة الإسباني": the club's country
    private = {a.actor for a in st.actors if _private_national(doc, a, own_ends)}
    if not private:
        return private
    return private - {a.actor for a in st.actors if not _private_national(doc, a, own_ends)}


def _outlet_head(cues, word: str) -> str | None:
    """The head noun of an outlet a word reads as, bare or with a ل or و written on it
    ("لصحيفة"، "وقناة"), or None."""
    for v, n in clitic_variants(word):  # a loop, not next() over a generator: its names were closure cells
        if cues.get(v) == "outlet" and word[:n] in OUTLET_PROCLITICS:
            return v
    return None


@prepared.table()
def group_heads() -> frozenset[str]:
    """The normalised head nouns of movements and armed groups (org_heads.tsv, kind
    movement: "جماعة"، "حركة"، "تنظيم"), written before a group's name and not always in it."""
    from core.lexicon import load_lexicon

    return frozenset(normalize_for_match(h.form) for h in load_lexicon().org_heads if h.kind == "movement")


def _cited(doc, a) -> bool:
    """The mention is what a report is credited to ("وفق المرصد"، "نقلا عن وكالة"، "أفادت
    وكالة الأنباء"; for an outlet also "قالت صحيفة"): an outlet or a monitor tells of the
    event, it is no side of it; nor is an envoy's remit ("المبعوث الخاص بسوريا")."""
    if a.i < 1:
        return False
    norms, cues = doc.norms, topic_cues()
    k = a.i - 1
    if cues.get(_bare(norms[k])) == "remit":
        return True  # "مبعوث الولايات المتحدة الخاص بسوريا": Syria is the envoy's remit, no side
    media = a.kind.endswith(":media")
    head = _outlet_head(cues, norms[k])
    if head is not None and (head in PRESS or media):
        return True  # "كشف مصدر لصحيفة الحياة"، "اتهمت قناة X": an outlet tells or is told, it is no side
    if cues.get(norms[k]) == "outlet" and k > 0:
        k, media = k - 1, True  # "نقلته صحيفة ليزيكو": an outlet whatever its entity says
    elif norms[k] in group_heads() and k > 0:
        k -= 1  # "بحسب جماعة X": the group's head noun, outside its name, stands before the name
    if norms[k] == "عن" and k > 0:
        k -= 1  # "نقلا عن"
    word = _bare(norms[k])
    kinds = {cues.get(word), cues.get(word[:-1]), cues.get(word[:-2])}  # "ذكرته" (spelt out: no cell of cues)
    if "cite" in kinds:
        return True
    # "ذكرت وكالة"، "قالت صحيفة": a reporting or speech verb cites an outlet, not an official
    return media and ("outlet_cite" in kinds or doc.trig.cues.get(word) == "speech")


def no_cited_sources(doc, st, pairs: list) -> list:
    """The pairs none of whose sides the sentence names only as the source it cites (or
    again just after it: "وكالة الأنباء السودانية (سونا)")."""
    return without_sides(pairs, unsided(doc, st, cited_sources))


def cited_sources(doc, st) -> set[str]:
    """The actors the sentence names only as the source it cites (read once per sentence:
    core.events.sentence_sides)."""
    cited, named = set(), set()
    last_cited: dict[str, int] = {}
    cited_ends: set[int] = set()
    for a in st.actors:
        # "قالت قناة الجزيرة القطرية": the outlet's nationality is cited with it
        if (_cited(doc, a) or a.i - last_cited.get(a.actor, -99) <= CITED_AGAIN
                or a.adjective and a.i in cited_ends):
            cited_ends.add(a.j)
            cited.add(a.actor)
            last_cited[a.actor] = a.j
        else:
            named.add(a.actor)
    return cited - named
