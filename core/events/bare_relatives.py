"""An indefinite act noun's relative clause has no "التي": "تعاني X من عقوبات صارمة فرضتها
الأمم المتحدة"، "هجمات عنيفة شنتها حركة X"، "غارات جوية شنتها طائرات روسية".

The verb right after the noun (or after one feminine adjective of it, written with ة) takes the noun up by its
pronoun, and the side named right after that verb (or after a word of an armed body:
"طائرات"، violence_cues.tsv kind force) is its subject, the act's author. The role model,
reading word order, made the side named before the noun (who undergoes it) its source
and the author its target; such a pair is read the other way round. A word that is a
preposition with a pronoun ("عليها"، "لها") is no verb, and a name after a comma opens
another clause.
"""
from __future__ import annotations

from core.events import attack_cues, constructions
from core.events.accusers import PREPOSITIONS
from core.events.actors import prepositional
from core.events.clauses import FEMININE_PAST
from core.events.filters import RESUMPTIVE
from core.events.turned import turned_to_source
from core.text import without_conjunction

DEFINITE = "ال"
MARBUTA = "ة"
FORCE = attack_cues.FORCE
NOT_VERBS = ("ل", "ب")  # a word so written is a preposition's ("لها"، "بها"), no verb
POSSESSIVES = ("ها", "هم", "هما", "ه")  # "تهديداتها"، "هجومه": a noun so written is definite
DOING = "doing_verb"  # construction_cues.tsv: "فرض"، "شن"، "أطلق"
PAUSES = ("،", ",", ".", ":", "(", '"', "«", "»")
# acts done by force or by measures, whose author the clause's subject is; an accusation's
# noun ("جريمة ارتكبها X") names the doer of what is condemned, who is its target
TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE", "AID"})


def author_after(doc, st, h, pairs: list) -> list:
    """The pairs of an act noun with the subject of its bare relative clause as their source."""
    if h.verbal or h.form.type not in TYPES or h.j - h.i != 1 or h.j + 1 >= st.tj or not any(d for _, d in pairs):
        return pairs
    if without_conjunction(doc.norms[h.i], 1).startswith(DEFINITE) or _possessed(doc, h.i):
        return pairs  # "العقوبات التي ..."، "تهديداتها": a definite noun's clause opens with its relative pronoun
    k = _verb_at(doc, h.j)
    if k is None and _verb_at(doc, h.j + 1) is not None and _adjective(doc, st, h.j):
        k = h.j + 1
    if k is None:
        return pairs
    subject = _subject(doc, st, k)
    return pairs if subject is None else turned_to_source(pairs, subject)


def _verb_at(doc, k: int) -> int | None:
    """k, when its word reads as a verb carrying an object pronoun ("فرضتها"، "وجهها"; a
    written ة ends no pronoun: "صارمة")."""
    if k >= len(doc.norms):
        return None
    w = doc.norms[k]
    if w.startswith(DEFINITE) or w.startswith(NOT_VERBS) or doc.nt.original[doc.toks[k].end - 1] == MARBUTA:
        return None
    for suffix in RESUMPTIVE:
        stem = w[:-len(suffix)]
        if w.endswith(suffix) and len(stem) >= 2 and stem not in PREPOSITIONS and _doing(stem):
            return k
    return None


def _doing(stem: str) -> bool:
    """A verb of doing or imposing (construction_cues.tsv, kind doing_verb), in its masculine
    or feminine past ("فرض"، "فرضت"): its subject does the act; a verb of reacting to it
    ("انتقدتها"، "رفضتها") or a plural noun with its pronoun ("حلفاءها") opens no such clause."""
    if constructions.kind(stem) == DOING:
        return True
    return stem.endswith(FEMININE_PAST) and constructions.kind(stem[:-1]) == DOING


def _possessed(doc, k: int) -> bool:
    """The word at k carries a possessive pronoun ("تهديداتها"، "هجومه"; not the ة of
    "مواجهة"): it is definite, and no bare clause follows it."""
    tok = doc.toks[k]
    word = doc.nt.original[tok.start:tok.end]
    return word.endswith(POSSESSIVES) and not word.endswith(MARBUTA)


def _adjective(doc, st, k: int) -> bool:
    """The word at k may be the noun's indefinite adjective ("صارمة"، "جوية"): no article, no
    preposition, no side's word."""
    w = doc.norms[k]
    if w.startswith(DEFINITE) or doc.nt.original[doc.toks[k].end - 1] != MARBUTA:
        return False  # an act noun's plural takes a feminine adjective ("عقوبات صارمة"، "هجمات عنيفة")
    for a in st.actors:
        if a.i <= k < a.j:
            return False
    return True


def _subject(doc, st, k: int) -> str | None:
    """The side named right after the verb at k (or after a word of an armed body), by a name
    or by a nationality adjective after that word, with no pause before it."""
    toks, text = doc.toks, doc.nt.original
    if any(p in text[toks[k - 1].end:toks[k].start] for p in PAUSES):
        return None  # "العقوبات، فرضها ...": no clause on the noun
    at = k + 1
    if at < st.tj and attack_cues.cue_kinds(doc.norms)[at] == FORCE:
        at += 1
    for a in st.actors:
        if a.i == at and (at > k + 1 or not a.adjective) and not prepositional(a, toks, doc.nt):
            return a.actor
        if at == k + 2 and a.i == k + 1 and not a.adjective:
            return a.actor  # "شنتها قوات X": the force word is the name's own
    return None
