"""How far a wish or an intention reaches: the acts of its own clause, no further.

"ويريد الرئيس فرض عقوبات على X" wants the sanction; "وقامت X التي تريد توسيع نفوذها
بتقديم مساعدات" gave the aid, the wish is the relative clause's; "ولأن X تريد الضغط على
Y فرضت عقوبات" imposed them; "يريد أن يلتقي نظيره لكن X فرضت عقوبات" imposed them too. A
verb of wanting (event_cues.tsv, kind want) or of intending (kind intent) governs the
trigger after it unless

- it stands in a relative or a لأن clause (a relative pronoun or a clause bound, kind
  wish_bound, a few words before it) and more than its link (في، إلى، على; kind want_link)
  or أن stands between it and the act: the clause's own complement is the wish's, an act
  further on is the main clause's;
- a clause bound (لكن، لأن) stands between, or a relative pronoun whose clause the act
  is in (no أن after it resumes the wish: "أرادت X التي استضافت القمة أن تظهر دعمها");
- another finite verb (a verb of saying, a feminine past) stands between, not right after
  أن (a verbal noun after أن or في is governed);
- ما stands right before it (kind want_object, with و or ف at most: "كما تريد" is "also
  wants"): "يحصل على ما يريد" wants what is named before it.

A comma ends the window the modality reads (core.text.split_clauses) before this is asked.
"""
from __future__ import annotations

from core.events.clauses import VERB_CUES, feminine_past
from core.text import RELATIVE_PRONOUNS, without_conjunction

OPENER_REACH = 3  # words from a relative pronoun or a clause bound to the wish it opens ("ولأن الحكومة الأمريكية تريد")
THAT = "complementiser"  # أن (event_cues.tsv)
BOUND, LINK, WANTED = "wish_bound", "want_link", "want_object"  # event_cues.tsv kinds


def _finite(w: str, kinds) -> bool:
    """A word that reads as a verb of its own clause: a verb of saying or reporting, or
    the shape of a feminine past verb. Not every trigger verb's form: "المضي قدما في العمل
    معا" is wanted, its "قدما" no verb."""
    return not VERB_CUES.isdisjoint(kinds) or feminine_past(without_conjunction(w, 2))


def governs(window: list[str], pos: int, trig) -> bool:
    """Whether the wish at ``window[pos]`` governs the act right after the window's last
    word (``trig``: the trigger tables, whose cues give the words' kinds)."""
    kinds_of = trig.cue_kinds
    if pos and trig.cues.get(without_conjunction(window[pos - 1], 2)) == WANTED:
        return False  # "ما يريد"، "وما يريد"; not "كما تريد أن ينسحب": also
    between = window[pos + 1:]
    before = window[max(pos - OPENER_REACH, 0):pos]
    if any(w in RELATIVE_PRONOUNS or BOUND in kinds_of(w) for w in before):
        # a relative or لأن clause: only its own complement ("التي تريد فرض"، "ترغب في أن تفرض")
        return all(LINK in (k := kinds_of(w)) or THAT in k for w in between)
    relative = False
    for n, w in enumerate(between):
        kinds = kinds_of(w)
        if BOUND in kinds:
            return False
        if w in RELATIVE_PRONOUNS:
            relative = True
        elif THAT in kinds:
            relative = False  # "أرادت X التي استضافت القمة أن تظهر": the wish's complement again
        elif not relative and _finite(w, kinds) and not (n and THAT in kinds_of(between[n - 1])):
            return False
    return not relative
