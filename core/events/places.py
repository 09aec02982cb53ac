"""Places as the target of an attack, siege, deployment, withdrawal or aid that names no other target.

"تفرض X حصارا على قطاع غزة"، "شنت قوات X غارات على ريف إدلب"، "بدأت X تسيير دوريات في
منبج": the annotation conventions (SCHEMA.md) make the place itself the target of an attack
on a named place when the text names no group or state as target (a blockade or siege of
a territory, an air campaign on a district, patrols in a town). Places are no actors of
the role model (most places a sentence names say where something happened, not what was
hit), so this reads one construction only, for a trigger of these types that made no event
of its own: a place right after "على"/"ضد" (for a deployment also "في"/"بين") within a few
words after the trigger (for a withdrawal "من": "انسحبت القوات X من مدينة Y"، and "على" when
it halts an attack: "تعليق الهجوم على Y"; for aid "إلى": "مساعدات إلى Y", the place standing for
its people), with no actor between but the act's agent, and a source the sentence names as the
trigger's subject (the word-order rules' source, or the agent of an attack's constructions,
core.events.violence).
"""
from __future__ import annotations

from core.events import violence
from core.text import OBJECT_SUFFIXES

TYPES = frozenset({"ASSAULT", "SANCTION", "MOBILIZE", "RETREAT", "AID"})
# the cameo codes whose act falls on a place: attacks, sieges, bombardments (19x, 20x);
# blockades and embargoes (16x: "فرض حصارا على"); deployments and patrols (15x)
# (not exercises, 150: "تدريبات في غرب المحيط" are held there, aimed at no one)
# a withdrawal of forces from a place (087: "انسحبت القوات من مدينة X"); aid sent to a place
# (07x: "مساعدات إلى قطاع X"), where the place is its people
CAMEO_PREFIXES = {"ASSAULT": ("18", "19", "20"), "SANCTION": ("163",), "MOBILIZE": ("151", "152", "153", "154", "155"),
                  "RETREAT": ("087",), "AID": ("070", "071", "073")}
AGAINST = frozenset({"علي", "ضد"})  # "غارات على X"، "حصار على X"
WITHIN = frozenset({"في", "بين", "داخل"})  # "دوريات في X"، "بين X ومناطق محاذية": where forces are sent
PREPOSITIONS = {"MOBILIZE": AGAINST | WITHIN, "RETREAT": frozenset({"من"}), "AID": frozenset({"الي"})}
# the words of aid a place receives for its people (normalised): relief, not arms or money
# sent to whoever holds the place ("أرسل أسلحة إلى X"، "قدم قرضا")
AID_WORDS = frozenset({"مساعدات", "مساعده", "معونات", "معونه", "اعانات", "اغاثه"})
# the types whose agent the words right after the trigger may name ("انسحبت القوات X من Y"،
# "انسحاب قوات X من Y"، "مساعدات X إلى Y"): passed over on the way to the place
AGENT_AFTER = frozenset({"RETREAT", "AID"})
# the last words of a withdrawal phrase that halts an attack ("تعليق هجوم"، "تعلق غارات")
HALTED = frozenset({"هجوم", "هجمات", "غارات", "ضربات", "قصف", "عمليات"})
AGENT_REACH = 2  # words after the trigger the agent may start at ("القوات الإماراتية")
LEAD_GAP = 5  # words between the trigger and the preposition ("حصارا مشددا بريا وبحريا وجويا على")
PLACE_GAP = 2  # words between the preposition and the place ("على مواقع في ريف إدلب"، "على مدينة X")
# words after "على" that say where an act took place, not what it fell on ("مواجهات على
# الحدود بين غزة وإسرائيل"، "على طول الشريط الحدودي")
WHERE = frozenset({"الحدود", "حدود", "طول", "امتداد", "مقربه", "بعد"})
PAUSES = violence.PAUSES


def place_target(h, norms: list[str], toks, text: str, actors: list, places: list[tuple[int, int, str]],
                 tj: int) -> str | None:
    """The place an act falls on: the first one named after "على"/"ضد" (or "في"/"بين" for a
    deployment) within reach after the trigger, with no actor named between the trigger
    and it (an actor there is what the act falls on, or whose the place is) and no pause
    (a comma ends the act's phrase: "قبل وصول قوات X، وتركت ... في Y")."""
    if not h.form.cameo.startswith(CAMEO_PREFIXES.get(h.form.type, ("-",))):
        return None
    if h.form.type == "AID" and not AID_WORDS.intersection(h.form.tokens):
        return None  # "أرسل أسلحة إلى X": arms sent to a place go to some group there
    preps = _prepositions(h)
    starts = {i: pid for i, _, pid in places}
    named = {a.i for a in actors}  # a capital is its state's actor: the role model weighs it
    passed = _agent_positions(h, actors)
    hi = min(h.j + LEAD_GAP + 1, tj)
    # "سيطرت X على مدينة Y": a phrase that ends in its preposition reads the place right after it
    first = h.j - 1 if h.j - h.i > 1 and violence._bare(norms[h.j - 1]) in preps else h.j
    for k in range(first, hi):
        gap = text[toks[k - 1].end:toks[k].start] if k > first else " "
        paused = gap != " " and any(c in gap for c in PAUSES)  # most words: one space, no pause
        if k in named and k not in passed or paused:
            return None
        if violence._bare(norms[k]) not in preps:
            continue
        for m in range(k + 1, min(k + 2 + PLACE_GAP, tj)):
            if norms[m] in WHERE:
                return None
            if m in starts:
                return None if m in named else starts[m]
            if m in named:
                return None
        return None
    return None


def _prepositions(h) -> frozenset[str]:
    """The prepositions after which an act of the trigger's type names what it falls on."""
    preps = PREPOSITIONS.get(h.form.type, AGAINST)
    if h.form.type == "RETREAT" and h.form.tokens[-1] in HALTED:
        preps = preps | AGAINST  # "تعليق الهجوم على مدينة X": the attack halted fell on X
    return preps


def _agent_positions(h, actors: list) -> set[int]:
    """The words of the one actor mention right after a withdrawal or an aid trigger, its
    agent by word order ("انسحبت القوات X من"، "انسحاب X من"), not what the act falls on."""
    if h.form.type not in AGENT_AFTER:
        return set()
    a = next((a for a in actors if h.j <= a.i <= h.j + AGENT_REACH - 1 and not a.kind.startswith("PAIR")), None)
    return {k for k in range(a.i, a.j)} if a is not None else set()


SOURCE_REACH = 8  # words between the subject before the trigger and the trigger


def place_source(h, roles, norms: list[str], toks, actors: list, ti: int, tj: int) -> str | None:
    """The act's source: the rules' source when they named one and no target (an actor
    target is what the act falls on), else an attack's agent by its constructions; named
    in the sentence as the subject, before the trigger or inside its phrase ("تفرض X
    حصارا"): an actor after the act mostly describes the place ("مدينة دومة السورية") or
    tells the news ("بحسب المرصد"), and one carried from an earlier sentence is a guess."""
    src, tgt, _ = roles or ([], [], [])
    if h.form.type in WITH_PARTNERS:
        tgt = [t for t in tgt if not _partner_only(t, norms, actors, ti)]
    if h.form.type in AGENT_AFTER:
        tgt = [t for t in tgt if not _past_the_object(h, t, norms, actors, ti)]
    if h.form.type in AGENT_AFTER and not h.verbal and _wished(h, norms, ti):
        return None  # "تصريحات الرئيس نيته الانسحاب من X": an intention, no withdrawal made
    if tgt or h.verbal and _object_pronoun(h, norms):
        return None  # "صاروخا أطلقه X على Y": the verb of a relative clause, its subject after it
    if (h.i > ti and norms[h.i - 1][:1] == "ل" and len(norms[h.i - 1]) > 3
            or norms[h.i][:1] == "ل" and h.form.tokens[0][:1] != "ل"):
        return None  # "لتفادي هجوم"، "لتحرير مدينة": an act aimed at or warded off, not made
    if len(src) == 1:
        return src[0] if any(a.actor == src[0] and _subject_at(h, a, norms, ti) for a in actors) else None
    if not src:  # "بدأت X تسيير دوريات": the one who begins the act (violence.announcer)
        a = (violence.source_of(h, norms, actors, toks, ti, tj) if h.form.type == "ASSAULT"
             else violence.announcer(h, norms, actors, ti, True))
        return a.actor if a is not None and _subject_at(h, a, norms, ti) else None
    return None


# the types whose "مع X" names a partner of the act, not what it falls on ("تسيير دوريات
# بين X ومناطق ... مع فصائل Y": patrols with allied factions); for an attack "مع X" is the enemy
WITH_PARTNERS = frozenset({"MOBILIZE"})
WITH = frozenset({"مع"})


def _partner_only(actor: str, norms: list[str], actors: list, ti: int) -> bool:
    """Whether every mention of the rules' target in the sentence follows "مع": a partner
    the forces act with, no target that would make the place only where they act."""
    at = [a for a in actors if a.actor == actor and a.i >= ti]
    return bool(at) and all(a.i > 0 and violence._bare(norms[a.i - 1]) in WITH for a in at)


WISH_REACH = 3  # words from a wish or plan to the act noun it governs ("نية الحكومة سحب قواتها")


def _wished(h, norms: list[str], ti: int) -> bool:
    """A wish, intention or plan (event_cues.tsv, kind wish) right before the act noun:
    the modality reads it only before hostile acts, and a withdrawal or aid wished for is
    none made."""
    from core.events.triggers import load_triggers

    cues = load_triggers()
    return any("wish" in cues.cue_kinds(w) for w in norms[max(ti, h.i - WISH_REACH):h.i])


def _past_the_object(h, actor: str, norms: list[str], actors: list, ti: int) -> bool:
    """Whether every mention of the rules' target follows the act's own prepositional
    object: "تعليق الهجوم على مدينة X لإفساح المجال أمام وساطة Y" halts the attack on
    X; Y is named for another act, further on."""
    k = next((k for k in range(h.j, min(h.j + LEAD_GAP + 1, len(norms)))
              if violence._bare(norms[k]) in _prepositions(h)), None)
    at = [a for a in actors if a.actor == actor and a.i >= ti]
    return k is not None and bool(at) and all(a.i > k + 1 for a in at)


def _object_pronoun(h, norms: list[str]) -> bool:
    """A word of the trigger's phrase carries an object pronoun its form does not
    ("صاروخا أطلقه"), at either end of the phrase."""
    for word, form in ((norms[h.i], h.form.tokens[0]), (norms[h.j - 1], h.form.tokens[-1])):
        if word.endswith(OBJECT_SUFFIXES) and not word.endswith(form) and not form.endswith(OBJECT_SUFFIXES):
            return True
    return False


# words before an actor that make it a place or a partner, not a subject ("بشمال العراق"، "مع X")
NOT_SUBJECT = frozenset({"في", "من", "الي", "علي", "عن", "مع", "بين", "شمال", "جنوب", "شرق", "غرب", "وسط",
                         "بشمال", "بجنوب", "بشرق", "بغرب", "بوسط"})


def _subject_at(h, a, norms: list[str], ti: int) -> bool:
    """Whether an actor mention stands where a subject of the trigger does: inside its
    phrase, or before it in its sentence within reach, not as a source of the news nor
    after a preposition ("يشن من معسكرات بشمال العراق هجمات"); for a withdrawal or aid
    also right after it ("انسحبت القوات X من"، "مساعدات X إلى")."""
    if a.kind.startswith("PAIR") or a.i > 0 and violence._bare(norms[a.i - 1]) in violence.ATTRIBUTION | NOT_SUBJECT:
        return False
    return (h.i < a.i < h.j or a.i >= ti and a.j <= h.i and h.i - a.j <= SOURCE_REACH
            or h.form.type in AGENT_AFTER and h.j <= a.i < h.j + AGENT_REACH)
