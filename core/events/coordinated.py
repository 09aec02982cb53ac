"""Acts a sentence states through one governing verb: its announced or decided acts and
the acts joined to them by و.

- An announced or decided act ("أعلنت النرويج طرد ..."، "قررت الحكومة المصرية غلق المعبر
  أمام ..."): a verbal noun that an announcing or deciding verb governs, with that verb's
  subject named between them, has that subject as its agent; the grammar states it, so
  the rules' pairs stand and the role model does not weigh them (core.events.stated); an actor
  after the noun is then its object, not its agent ("قررت الحكومة التركية ترحيل
  اللاجئين السوريين").
- A joined act ("طرد ثلاثة دبلوماسيين إيرانيين وتجميد الحوار"): a verbal noun written
  with و a few words after the sentence's previous event's trigger, nothing but its
  object between, is a second act of the same sides under the same governing verb. It
  takes those sides when it names none of its own, and it is no restatement of the first
  act (the filters that keep one event per pair and sentence let it through), since it is
  another act told with another word.

The announcing and deciding verbs are data (data/lexicons/violence_cues.tsv, kind announce).
"""
from __future__ import annotations

from core.events import constructions, violence
from core.events.roles import _punct_gap
from core.events.stated import Stated

JOIN_GAP = 5  # words between the previous trigger and the joined act ("طرد ثلاثة دبلوماسيين إيرانيين وتجميد")


class Joined(Stated):
    """The sides of an act joined by و to the sentence's previous act."""


def joined_act(doc, st, h) -> tuple[list[str], list[str], list[str]] | None:
    """The previous event's (source, target) for a verbal noun joined to its trigger by و,
    or None: the previous event is directed and of this sentence, its trigger ends at most
    JOIN_GAP words before, with no punctuation between, and is another word; the previous
    event is asserted (the second act shares its sides only when the text tells the first)."""
    events = doc.events
    if not events or h.verbal or not doc.norms[h.i].startswith("و") or st.prev is None:
        return None
    last = events[-1]
    if last.sentence_start != st.start or not last.directed or not (last.trigger.end <= h.start):
        return None
    if last.modality != "asserted":
        return None  # a charge's or a plan's content ("بتهمة التجسس ... وتقديم معلومات"): no act to share
    if doc.nt.original[h.start:h.end].lstrip("و") == last.trigger.text.lstrip("و"):
        return None  # the same word again ("واستدعاء ... واستدعاء") is a repeat, not a second act
    end = _last_word_before(doc.toks, h.i, st.ti, last.trigger.end)
    if end is None or h.i - end - 1 > JOIN_GAP or _punct_gap(doc.toks, doc.nt, end + 1, h.i):
        return None
    tgt = last.actors[1:]
    return ([last.actors[0]], tgt, []) if tgt else None


def _last_word_before(toks, i: int, ti: int, end: int) -> int | None:
    """The last token before token i, from token ti on, that starts before offset ``end``: a
    loop, as a generator's names would be cells of joined_act's every call."""
    for k in range(i - 1, ti - 1, -1):
        if toks[k].start < end:
            return k
    return None


def decided_roles(doc, st, h, roles):
    """The roles of an announced or decided verbal noun whose rules took the one actor after
    it for its agent ("قررت الحكومة التركية ترحيل اللاجئين السوريين"): the announcer acts,
    on that actor."""
    if not roles or h.form.joint or roles[1] or roles[2] or len(roles[0]) != 1:
        return roles
    if h.verbal and not _deciding_before(doc.norms, h, st.ti):
        return roles  # a verb's own subject; a verbal noun written as a verb after "قررت" is the noun
    a = _announcer(h, doc, st.actors, st.ti)
    if a is None or a.actor == roles[0][0]:
        return roles
    return ([a.actor], roles[0], []) if _named_after(st.actors, roles[0][0], h.j) else roles


def _named_after(actors: list, actor: str, j: int) -> bool:
    """``actor`` is named at or after token j: a loop, as a generator's names would be
    cells of decided_roles' every call."""
    for b in actors:
        if b.actor == actor and b.i >= j:
            return True
    return False


def stated(doc, st, h, roles, pairs: list, joined: bool) -> list:
    """The rules' directed pairs as stated sides when the grammar names them: a joined
    act's (Joined), or an announced or decided act's whose one source is the announcer."""
    if not pairs or not roles or h.form.joint:
        return pairs
    if joined:
        return [(Joined(p), d) if d else (p, d) for p, d in pairs]
    src = roles[0]
    if len(src) != 1 or not all(d for _, d in pairs):
        return pairs
    a = _announcer(h, doc, st.actors, st.ti)
    if a is None or a.actor != src[0]:
        return pairs
    return [(Stated(p), d) for p, d in pairs]


def _deciding_before(norms: list[str], h, ti: int) -> bool:
    """A verb of deciding right before the trigger ("قررت طرد"): its subject does the act. Not
    one of announcing: "الإذاعة التي يديرها X أعلنت مقتل ..." tells, X killed no one."""
    return h.i - 1 > ti and constructions.kind(norms[h.i - 1]) == "decide"


CLAUSE_OPENERS = frozenset({"ان", "و"})  # إن، أن and و, written apart, before a clause's subject
OPEN_REACH = 5  # words from a clause's opener to the actor in its subject ("أن خمس دول أعضاء في X")


def _opens_clause(doc, b, actors: list, ti: int) -> bool:
    """The actor ``b`` stands in the subject of its clause: within OPEN_REACH words before
    it the sentence starts, or إن، أن، و or a comma comes, or a word carries و, with no
    other actor between. Otherwise it may be an earlier verb's object: "وبعد أن دعمت X Y
    قررت طرد ..." has X, not Y, decide; "إن خمس دول أعضاء في X قررت" has X's members."""
    norms = doc.norms
    for k in range(b.i, max(ti, b.i - OPEN_REACH) - 1, -1):
        if k <= ti or norms[k - 1] in CLAUSE_OPENERS or norms[k].startswith("و") or _punct_gap(doc.toks, doc.nt, k, k):
            return True
        if any(c is not b and c.i <= k - 1 < c.j for c in actors):
            return False
    return False


def _announcer(h, doc, actors: list, ti: int):
    """The subject named between an announcing or deciding verb and the act it governs
    (violence.announcer), also when it is a nationality adjective after the noun of a
    state's body: "قررت الحكومة المصرية غلق ..."، "أعلنت الخارجية الأمريكية فرض ...", or
    the subject right before the verb ("إن اليونان قررت طرد ...")."""
    norms = doc.norms
    a = violence.announcer(h, norms, actors, ti)
    if a is not None:
        return a
    return _announcer_else(h, doc, actors, ti, norms)


def _announcer_else(h, doc, actors: list, ti: int, norms: list[str]):
    """_announcer past violence.announcer's subject, apart so that a call that finds it
    returns before the closure cells the generators here need are made."""
    # loops, not generators: the names they read would be closure cells of every call
    if _deciding_before(norms, h, ti):  # "إن اليونان قررت طرد ...": the subject written before the verb
        for b in actors:
            if b.j == h.i - 1 and b.i >= ti and not b.kind.startswith("PAIR") and _opens_clause(doc, b, actors, ti):
                return b
        return None
    adj = None
    for b in reversed(actors):
        if b.j <= h.i:
            adj = b
            break
    if adj is None or adj.kind != "ADJ" or h.i - adj.j > violence.ANNOUNCED_GAP or adj.i - 2 < ti:
        return None
    for b in actors:
        if b.i == adj.i - 1:
            return None  # the word before is an actor of its own: violence.announcer's case
    return adj if violence.load_cues().get(violence._bare(norms[adj.i - 2])) == "announce" else None
