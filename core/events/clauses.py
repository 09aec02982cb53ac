"""Where a sentence opens a clause of its own after a comma: a finite verb written right
after the comma ("بعد إسقاط الطائرة الروسية، أرسلت إسرائيل وفدا").

A comma alone is no boundary when the next side is near (it mostly sets off an aside:
"اعتذر الرئيس الفلبيني، رودريغو دوتيرتي، الأحد، للكويت"), but a verb after it starts a
new statement, whose subject and objects are none of the earlier trigger's sides: the
state named after "أرسلت" sends, it downed no plane.
"""
from __future__ import annotations


from core import prepared
from core.text import COMMAS
from core.events.listed_states import opens_member_list
from core.events.triggers import GAP, load_triggers

VERB_CUES = frozenset({"speech", "reported", "denied", "refusal"})  # "قالت"، "أفادت"، "نفت"، "رفضت"
FEMININE_PAST = "ت"  # "أرسلت"، "أعلنت": the verb of a state's sentence, which is feminine
FEMININE_PLURAL = "ات"  # "ميليشيات"، "قوات": nouns, whatever their final ت
MIN_PAST = 4  # letters of a feminine past verb ("قالت"); shorter words ending in ت are nouns ("وقت")


@prepared.table()
def verb_words() -> frozenset[str]:
    """The first words of the trigger forms that are verbs ("هاجمت"، "يطالب") or a verb's
    conjugation with room for its subject ("يلقي ... باللوم"); not the first word of every
    phrase the trigger scan reads as verbal ("من أجدر")."""
    trig = load_triggers()
    return frozenset(t.tokens[0] for forms in trig.by_first.values() for t in forms
                     if t.pos.startswith("verb") or t.verbal and t.tokens[1:2] == (GAP,))


def finite_verb(word: str) -> bool:
    """Whether a normalised word reads as a finite verb: a trigger verb, a verb of saying
    or reporting, or the shape of a feminine past verb (no article, a final ت that ends
    no feminine plural)."""
    bare = word[1:] if word[:1] in "وف" and len(word) > MIN_PAST else word
    if bare in verb_words() or word in verb_words():
        return True
    if not VERB_CUES.isdisjoint(load_triggers().cue_kinds(word)):
        return True
    return feminine_past(bare)


def feminine_past(bare: str) -> bool:
    """The shape of a feminine past verb (a word without its conjunction): no article, a
    final ت that ends no feminine plural ("أرسلت"، "وقعت"; not "ميليشيات")."""
    return (len(bare) >= MIN_PAST and bare.endswith(FEMININE_PAST) and not bare.endswith(FEMININE_PLURAL)
            and not bare.startswith("ال"))


def verb_after_comma(toks, nt, k: int) -> bool:
    """A comma right before token k and a finite verb at k."""
    if k <= 0 or k >= len(toks):
        return False
    return comma_before(toks, nt, k) and finite_verb(toks[k].norm)


def comma_before(toks, nt, k: int) -> bool:
    """A comma between token k-1 and token k (k > 0): where a clause may open."""
    gap = nt.norm[toks[k - 1].nend:toks[k].nstart]
    return any(map(gap.__contains__, COMMAS))  # no generator: gap no cell


def subject_at(a, k: int, norms: list[str]) -> bool:
    """Mention a is the subject right after the verb at k: a name ("، أرسلت إسرائيل"), or a
    nationality adjective after a definite noun ("، وتغلق السلطات المصرية")."""
    return a.i == k + 1 or a.i == k + 2 and a.kind == "ADJ" and norms[k + 1].startswith("ال")


def named_only_after(actors, k: int) -> set[str]:
    """The sides a clause opened at token k names for the first time: named after k and
    not at or before it. The opener counts as before the clause: a comma's verb may be a
    name's word as well, and a side named there is no side the clause brings in; the words
    that open a clause of time ("عندما"، "بعد") name no side at all."""
    after = {a.actor for a in actors if a.i > k}
    return after - {a.actor for a in actors if a.i <= k} if after else after


def clause_break(toks, nt, a: int, b: int) -> bool:
    """A clause boundary between tokens a and b. Commas that set off a short aside
    ("اعتذر الرئيس الفلبيني، رودريغو دوتيرتي، الأحد، للكويت") do not count when the
    target is near; any other punctuation does."""
    commas = 0
    for k in range(a + 1, b + 1):
        if k >= len(toks):
            break
        gap = nt.norm[toks[k - 1].nend:toks[k].nstart].strip()
        if not gap or all(c in "_\"«»“”'#" for c in gap) or opens_member_list(toks, gap, k):
            continue  # "دول الحصار (السعودية والإمارات)": the bracket lists the group's states
        if gap in ("،", ",") or gap.rstrip("\"«»“”").strip() in ("،", ","):
            commas += 1
            continue
        return True
    return commas > 0 and b - a > 8


def punct_gap(toks, nt, a: int, b: int) -> bool:
    """Punctuation (a hashtag's _ aside) between any two neighbouring tokens from a-1 to
    b: the words across it belong to different phrases, so no rule reads them as one."""
    for k in range(a, b + 1):
        if k <= 0 or k >= len(toks):
            continue
        gap = nt.norm[toks[k - 1].nend:toks[k].nstart].strip()
        if gap and gap not in ("_",):
            return True
    return False
