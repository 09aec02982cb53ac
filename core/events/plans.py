"""Gatherings and pacts told as still to come by the words around their noun.

The modality rules (core.events.modality) read cue words before a trigger; a meeting,
summit or talks named by a noun is often told as planned by what follows it ("القمة
المرتقبة"، "الاجتماع الذي سيعقد الأحد"، "اللقاء الذي كان مقررا") or by a verb in the
future that holds it ("وسيعقد الزعيمان قمة"), or is the object of a call or of
preparations ("دعا إلى عقد اجتماع"، "الاستعدادات لعقد القمة"). News reports such
gatherings before they take place; read as held they would feed timelines with meetings
that never were. The cue words are event_cues.tsv rows of kinds to_come and to_hold,
and the words of imminent_words.tsv of scope gathering, which the trigger tables give the
cue kind due (core.events.imminent); the gold has planned acts optional at most, so such
a trigger makes no event (planned_type, below), and a pact to come
("الاتفاق المرتقب") none either.
"""
from __future__ import annotations

from core.events.clauses import punct_gap
from core.events.imminent import DUE  # the gathering words of imminent_words.tsv, as cues

# act nouns a plan may name: meetings and talks (CONSULT), signings and backing
# (SUPPORT), pacts (AGREE)
GATHERINGS = frozenset({"CONSULT", "SUPPORT", "AGREE"})
AFTER_REACH = 6  # words, a name counting as one, from the noun to what tells it is to come ("قمة الدول السبع الكبرى التي ستعقد")
AFTER_SPAN = 12  # tokens at most, names and all
BEFORE_REACH = 3  # words, a name counting as one, from a future verb of holding to its noun ("وسيعقد X وY قمة")
TO_COME, TO_HOLD, HOLDING_NOUN = "to_come", "to_hold", "holding_noun"  # event_cues.tsv kinds
TO = "الي"  # "إلى" normalised: "دعا إلى عقد"; a one-word cue, as a phrase cue "إلى" would open a phrase look-up wherever it stands
# "التي من المقرر أن"، "الذي من المتوقع أن": the planned phrases that may follow the noun
DUE_PHRASES = frozenset({"المقرر ان", "المتوقع ان"})
DUE_FIRSTS = frozenset(p.split(" ")[0] for p in DUE_PHRASES)


def still_to_come(h, doc, st) -> bool:
    """Whether the noun trigger ``h`` names a gathering or pact the sentence tells as still
    to come: a due word or a future verb of holding within AFTER_REACH words after it (a
    name counting as one word),
    across no punctuation but a comma before a relative ("قمة الناتو، التي من المقرر");
    a future verb of holding within BEFORE_REACH words before it;
    or a verbal noun of holding right before it ("لعقد"، "إلى عقد")."""
    if h.verbal or h.form.type not in GATHERINGS:
        return False
    norms, trig = doc.norms, doc.trig
    return _told_after(h, doc, st, norms, trig) or _held_later(h, doc, st, norms, trig) or _called_for(h, st, norms, trig)


def _told_after(h, doc, st, norms, trig) -> bool:
    """A due word, a future verb of holding or a planned phrase after the noun."""
    seen = 0
    for k in range(h.j, min(st.tj, h.j + AFTER_SPAN)):
        w = norms[k]
        if k not in doc.in_entity:
            seen += 1
            if seen > AFTER_REACH:
                return False
        kinds = trig.cue_kinds(w)
        if DUE in kinds or TO_COME in kinds or (
                w in DUE_FIRSTS and k + 1 < st.tj and f"{w} {norms[k + 1]}" in DUE_PHRASES):
            return _unbroken(doc, h.j, k)
        if "speech" in kinds or w == "ان":
            return False  # "قمة تاريخية وتقول إن": a clause of its own
    return False


def _unbroken(doc, a: int, b: int) -> bool:
    """No punctuation before any of the tokens a to b but a relative ("قمة الناتو، التي"):
    tested once a cue is found, as most nouns have none after them."""
    return not any(punct_gap(doc.toks, doc.nt, k, k) and doc.norms[k] not in RELATIVES for k in range(a, b + 1))


RELATIVES = frozenset({"التي", "الذي", "اللذين", "اللتين", "والتي", "والذي"})


def _held_later(h, doc, st, norms, trig) -> bool:
    """A future verb of holding a few words before the noun ("وسيعقد الاجتماع")."""
    seen = 0
    for k in range(h.i - 1, st.ti - 1, -1):
        if TO_COME in trig.cue_kinds(norms[k]):
            return not punct_gap(doc.toks, doc.nt, k + 1, h.i)
        if k not in doc.in_entity:
            seen += 1
            if seen > BEFORE_REACH:
                return False
    return False


def _called_for(h, st, norms, trig) -> bool:
    """A verbal noun of holding right before the noun, after ل، ب or إلى ("لعقد قمة")."""
    if h.i - 1 < st.ti:
        return False
    if trig.cues.get(norms[h.i - 1]) == TO_HOLD:
        return True
    return h.i - 2 >= st.ti and norms[h.i - 2] == TO and trig.cues.get(norms[h.i - 1]) == HOLDING_NOUN


# acts that a plan or a promise is itself: an intention to cooperate is an AGREE, a
# promise of harm a THREATEN, a demand that must be met a REQUEST; a sanction announced
# for later is the sanction decided, kept with its modality ("ستفرض عقوبات الأسبوع المقبل")
PLANNED_ACTS = frozenset({"AGREE", "THREATEN", "REQUEST", "SANCTION"})
PROMISED_HARM = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # "ستستهدف مواقع": a threat
PROMISED_HELP = frozenset({"AID", "COOPERATE", "RETREAT", "CONCEDE"})  # "ستقدم 50 مليون": a promise
THREAT_CAMEO, INTENT_CAMEO = "130", "030"  # cameo.tsv: threaten; express intent to cooperate


def planned_type(etype: str, cameo: str, modality: str) -> tuple[str, str] | None:
    """The (type, cameo) an event of this modality tells, None for none: an act still to
    come has not happened (the gold has planned acts optional at most), but announcing
    it is an act of its own: force to come is a threat ("ستستهدف مواقع إيرانية"), material
    help to come a promise to cooperate (AGREE: "ستقدم الإمارات 50 مليون دولار"); a
    meeting, an inquiry, a backing ("سيعزز العلاقات") or a denial to come is no event yet."""
    if modality != "planned" or etype in PLANNED_ACTS:
        return etype, cameo
    if etype in PROMISED_HARM:
        return "THREATEN", THREAT_CAMEO
    if etype in PROMISED_HELP:
        return "AGREE", INTENT_CAMEO
    return None
