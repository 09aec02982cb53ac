"""The parties of a deal a stance is taken on are no sides of that stance.

"انتقد ترامب الصفقة التي وقعتها الولايات المتحدة وروسيا والصين مع إيران": Trump
criticises the deal; the states its relative clause names signed it years before and are
not what he criticises (Iran, the other side after "مع", may be; the word-order rules and the role model read the first actors
after the trigger as its targets). The relative clause of signing or concluding opens on
the trigger's object within SIGNED_REACH words, its verb is a cue (data/lexicons/
topic_cues.tsv, kind "signed"); its actors, up to the clause's end, leave the trigger's
pairs unless the sentence names them outside that clause too ("انتقدت واشنطن الاتفاق
الذي وقعته إيران": Iran is named only there and is dropped; the critic's own state, named
before, stays the source).
"""
from __future__ import annotations

from core.events.filters import _kind, topic_cues
from core.text import RELATIVE_PRONOUNS, normalize_for_match

STANCE_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})  # a stance taken on a thing, whose target a signer is not
SIGNED_REACH = 4  # words from the trigger's end to the relative pronoun ("انتقد ترامب مرارا الاتفاق، الذي")
CLAUSE_ENDS = frozenset(".:؛;\n")  # marks that end the relative clause's list of parties (a comma may not)
PARTNER_WORDS = frozenset({"مع", "بين"})  # normalised: the deal's other side follows, a side of the stance may be
_RELATIVES = frozenset(normalize_for_match(w) for w in RELATIVE_PRONOUNS)


def no_signers(doc, st, h, pairs: list) -> list:
    """The pairs less those with a side named only as a party of a deal in a relative
    clause of signing after the trigger."""
    if h.form.type not in STANCE_TYPES:
        return pairs
    return _no_signers(doc, st, h, pairs)


def _no_signers(doc, st, h, pairs: list) -> list:
    """no_signers past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    span = _signing_clause(doc, st, h)
    if span is None:
        return pairs
    a, b = span
    inside = {m.actor for m in st.actors if a <= m.i < b}
    outside = {m.actor for m in st.actors if not a <= m.i < b}
    signers = inside - outside
    return [(p, d) for p, d in pairs if signers.isdisjoint(p)] if signers else pairs


def _signing_clause(doc, st, h) -> tuple[int, int] | None:
    """The tokens [first, after last) of a relative clause of signing opened within
    SIGNED_REACH words after the trigger on a word that is no actor's, or None."""
    norms, cues, toks, text = doc.norms, topic_cues(), doc.toks, doc.nt.original
    named = {k for m in st.actors for k in range(m.i, m.j)}
    for k in range(h.j, min(h.j + SIGNED_REACH + 1, st.tj - 1)):
        if norms[k] in _RELATIVES:
            if k - 1 in named or _kind(norms[k + 1], cues) != "signed":
                return None  # "X التي وقعت": an actor's own clause, for core.events.relatives
            end = k + 2
            while end < st.tj and not CLAUSE_ENDS.intersection(text[toks[end - 1].end:toks[end].start]):
                gap = text[toks[end - 1].end:toks[end].start]
                if "," in gap or "،" in gap or norms[end] in PARTNER_WORDS:
                    break  # "، باعتباره ..."، "مع إيران": the signers' list ends; the partner is the deal's other side
                end += 1
            return k + 2, end
    return None
