"""Attacks whose author the text names and whose target it does not: "وتشن قوات النظام منذ
أسابيع حملة جوية عنيفة"، "أصيب متظاهر برصاص قوات الأمن"، "الهجوم الكيماوي للنظام".

The violence rules (core.events.violence) find the author of such an attack in one of
their constructions (an agent phrase, a nationality adjective on the attack noun, the
subject of a verb of force, "شنته X") and then look for the one hit; when the sentence
names none, they made no event, and an attack report told with its author vanished. Most
incident news tells the victims by what they were ("مئات الجرحى"، "ابنها") or not at all.
Following the way unnamed sides are reported (SCHEMA.md, core.events.unnamed), the
target is an UNNAMED side, "Targets (X)", of the country the attack took place in
(core.events.struck). An event with such a side counts when it matches a gold event and is never a
false alarm; on the timeline it keeps the attack. Two more authors are read here: the
one accused of the attack ("تتهم لندن موسكو باستخدام غاز ...") and a state in construct
inside a phrase trigger ("استخدام روسيا الذخيرة الحية").

Only physical attacks qualify: not a war, a blockade, an occupation or a broken truce
(whose "target" is no one struck); not a killing, an abduction or a massacre (whose
noun's complement is the victim, not the author: "مقتل الأمريكيين"، "إبادة الأرمن"); not
aggression or liberation told as a charge or an aim ("العدوان التركي على سيادة X"); not
a verb of one word, whose object, when it is no side, is as often figurative or no
attack ("تونس تستهدف زيادة صادراتها"، "أسقطت صاروخا"، "هاجم الوزير الصحافة"; a verb with its
attack noun stays: "تشن قوات النظام حملة"); and not a person's act (a person "launching
an attack" is mostly one of words). What the violence rules rule out stays out: denied
reports, any attack, authors sought, actors named only as the source of the news or as
owners of what was hit.
"""
from __future__ import annotations

from core import prepared
from core.events import affiliates, attack_sides, filters, leaders, struck, triggers, unclaimed, unnamed, violence
from core.lexicon import load_lexicon

# the kind of the unnamed side an attack with a named author hits (no word names it: the attack's words are its mention)
TARGETS = "Targets"
PHYSICAL = ("18", "19", "204")  # assault, fight, weapons of mass destruction (not a massacre: "إبادة الأرمن" names its victims)
ACCUSE = ("ACCUSE", "112")  # the trigger type and CAMEO code of an accusation (not a criticism, a complaint)
REPORT = "report_noun"  # violence_cues.tsv: a report of an attack ("تقارير"، "اتهامات")
ACCUSE_REACH = 4  # words between a word of accusing and the accused before the attack ("تتهم لندن موسكو بـ")
# an abduction, a killing or an assassination, whose noun's complement is the victim
# ("اغتيال X"، "مقتل الأمريكيين"); a blockade, an occupation, a broken truce: no one struck
NOT_STRUCK = frozenset({"181", "182", "185", "186", "191", "192", "196"})
PREPOSITION_LETTERS = "بل"  # proclitic prepositions that make a verb's form its verbal noun
# violence_cues.tsv kinds: a death, a charge, a driving out ("طرد X": X is driven out, not its author)
NOT_ATTACKS = frozenset({"victim", "victim_noun", "toll", "pretext", "driven_out"})
MILITARY_REACH = 3  # words after a campaign noun where the word making it military stands ("حملة جوية"، "حملة قصف")
FEARED_REACH = 3  # words before an attack where a word of fear stands ("مخاوف من شن هجمات")


def _with_preposition(h, norms: list[str]) -> bool:
    """The trigger's word is written with ب or ل before a verb's form ("لقصف"), or is a form
    the lexicon lists with it ("بقصف X"، "برصاص X"): a noun, not a verb."""
    w, form = violence._bare(norms[h.i]), h.form.tokens[0]
    return w[:1] in PREPOSITION_LETTERS and (w[1:] == form or form[:1] in PREPOSITION_LETTERS)


def _civil_campaign(h, norms: list[str]) -> bool:
    """The trigger's campaign noun has no military word in reach: "حملة تطهير"، "حملتها ضد
    أنصار X"، "حملة تحريض" are a purge, a crackdown, words; "حملة جوية"، "حملة قصف" strike."""
    k = next((k for k in range(h.i, min(h.j + 1, len(norms))) if violence.cue_kind(norms[k]) == "campaign"), None)
    return k is not None and not any(violence.cue_kind(w) == "military" for w in norms[k + 1:k + 1 + MILITARY_REACH])


def _physical(h, norms: list[str]) -> bool:
    """Whether the trigger names one physical attack (module docstring); not a campaign of
    no arms (_civil_campaign), not a cyber attack ("هجوم إلكتروني": no one struck in body or place)."""
    cameo = h.form.cameo
    first = h.form.tokens[0]
    return (cameo.startswith(PHYSICAL) and cameo not in NOT_STRUCK and first not in violence.WAR_WORDS
            and violence.load_cues().get(violence._bare(first)) not in NOT_ATTACKS
            and not (len(h.form.tokens) == 1 and unclaimed.verbal(h, norms) and not _with_preposition(h, norms))
            and not _civil_campaign(h, norms) and not any(violence.cue_kind(w) == "cyber" for w in norms[h.j:h.j + 2]))


def _feared(h, norms: list[str], ti: int) -> bool:
    """A word of fear stands shortly before the attack ("مخاوف من هجمات"، "خشية شن هجوم"):
    an attack feared has not happened."""
    return any(violence.cue_kind(w) == "feared" for w in norms[max(ti, h.i - FEARED_REACH):h.i])


def _inner_agent(h, actors: list):
    """The actor in construct with the first word of a phrase trigger, inside it:
    "استخدام روسيا القوة المفرطة" (the trigger's words run from استخدام to المفرطة)."""
    if h.verbal or len(h.form.tokens) < 2:
        return None
    return next((a for a in actors if a.i == h.i + 1 and a.j < h.j and not a.kind.startswith("PAIR")), None)


def _accused(h, norms: list[str], actors: list, ti: int):
    """The one accused of the attack: the actor right before the attack noun written with
    ب, after a word of accusing ("تتهم لندن موسكو باستخدام غاز ..."، "اتهمت X Y بقصف")."""
    if not violence._bare(norms[h.i]).startswith("ب"):
        return None
    a = next((a for a in actors if a.j == h.i and not a.kind.startswith("PAIR")), None)
    if a is None:
        return None
    accusing = _accusing()
    if not any(violence._bare(w) in accusing for w in norms[max(ti, a.i - ACCUSE_REACH):a.i]):
        return None
    return a


@prepared.table()
def _accusing() -> frozenset[str]:
    """The one-word forms of an accusation of the trigger lexicon (ACCUSE, CAMEO 112: اتهم،
    تتهم، اتهام، متهما، تورط ...), matched as written or after و/ف: not through
    a pronoun ("اتهمتها السلطات بـ": the pronoun is the accused, the name after it the
    accuser) nor a ل ("لاتهام X بـ": an aim). Not a report of charges (violence_cues.tsv
    report_noun: "الاتهامات الموجهة لـ X"، "مزاعم"), which a sentence rejects as often as it
    tells it. A table of the prepared image, made by ``prepare``: made on each process's
    first attack article, its walk over every trigger form cost some 140,000 bytecodes."""
    trig, cues = triggers.load_triggers(), violence.load_cues()
    return frozenset(f.tokens[0] for forms in trig.by_first.values() for f in forms
                     if f.type == ACCUSE[0] and f.cameo == ACCUSE[1] and len(f.tokens) == 1
                     and cues.get(f.tokens[0]) != REPORT)


def _source(h, doc, st):
    """The author by the violence rules' constructions (violence.source_of), one who
    announces the attack only when it follows him at once ("أعلن الجيش قصف مواقع"): "أعلن
    المجلس مقتله بغارة للتحالف" tells whose man was killed, not who struck."""
    norms, actors, toks = doc.norms, st.actors, doc.toks
    told = violence.announcer(h, norms, actors, st.ti, True)
    return (violence.agent_after(h, norms, actors, st.tj) or violence.claimant(h, norms, actors, st.ti)
            or violence.adjective_agent(h, actors, toks) or (told if told is not None and told.j == h.i else None)
            or violence.gap_subject(h, norms, actors) or violence.construct_agent(h, norms, actors)
            or violence.verb_subject(h, norms, actors, st.ti) or violence.lam_agent(h, norms, actors))


def author(h, doc, st):
    """The actor mention the violence rules read as the author of an attack they found no
    target for, or None (not a person, not one ruled out as an author)."""
    norms, actors = doc.norms, st.actors
    if not _physical(h, norms) or h.form.joint:
        return None
    if (attack_sides.denied_report(h, norms, st.ti) or attack_sides.unknown_author(h, norms, st.ti)
            or attack_sides.any_one(h, norms)):
        return None
    src = (_inner_agent(h, actors) or _accused(h, norms, actors, st.ti) or _source(h, doc, st)
           or attack_sides.subject_before(h, norms, doc.toks, doc.nt, actors, st.ti, doc.named_spans()["PERSON"]))
    if src is not None and struck.led(doc, src.i, st.ti):
        src = leaders.led_body(doc, st, src)  # "التحالف بقيادة واشنطن شن غارة": the leader named, the coalition struck
    if src is None or src.kind.startswith("PERSON") or src.actor.startswith("unnamed-"):
        return None
    if src.actor in attack_sides.not_authors(h, norms, actors) | violence.only_attributed(actors, norms):
        return None
    if src.actor in affiliates.patrons(doc, st, h):  # "الفصائل المرتبطة بإيران": Iran is no author
        return None
    return src


def authored_side(h, doc, st) -> tuple[str, str] | None:
    """(author, country it struck) of an attack whose author the text names and whose
    target it does not, or None; not an attack the sentence tells as a purpose or a topic
    (core.events.filters.unasserted_noun), unless it is what one is accused of."""
    src = author(h, doc, st)
    if src is None or violence.fights_alongside(h, doc.norms, st.tj) or _feared(h, doc.norms, st.ti):
        return None
    iso = struck.country(src, h, doc, st)
    if iso is None or _accused(h, doc.norms, st.actors, st.ti) is None and filters.unasserted_noun(doc, st, h):
        return None  # the charge an accusation states is told, not asked for
    return src.actor, iso


def authored_pair(side: tuple[str, str], h, doc) -> list[str]:
    """[author, the unnamed targets in the country it struck] (authored_side), their entity
    made or grown with the attack's words as its mention."""
    tgt = unnamed.implied_side(doc.entities, TARGETS, side[1], load_lexicon(), doc.nt.original, h.start, h.end)
    return [side[0], tgt]
