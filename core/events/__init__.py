"""Events: PLOVER-typed actions between actors, found from Arabic trigger lexicons.

For each trigger (a verb in one of its conjugations, a verbal noun, or a phrase such
as "قطعت … علاقات") the actors come from the trigger's sentence by the word order of
news Arabic:

- a subject written just before the trigger ("الجزائر التي قطعت"، "موسكو طلبت") or,
  as usual in verb-first sentences, the first actor after it ("اتفق المغرب وإسرائيل");
  coordinated actors ("المغرب وإسرائيل"، "الولايات المتحدة وبريطانيا وفرنسا") form a group;
- the target is the next actor after the trigger and the subject;
- "بين X وY" names both sides of a joint event; "مع X" the partner;
- a trigger with no subject of its own (pro-drop: "فيما طلبت منها") inherits the
  roles of the previous event of the sentence.

Capitals, ministries, armies and officials stand for their state (Entity.actor);
nationality adjectives ("السفير الروسي") are actors too. Negation, plans, hypotheses
and denials are read from cue words before the trigger and reported as modality.
The date is the nearest date expression of the trigger's clause, else of its sentence,
else the publication date (news reports what just happened), except in a past frame
("وكان ... قد") where it stays undated.

The rules propose; the learned role model (core.events.learned) decides which ordered
pairs of actors near each trigger are events, reading the rules' roles as features. The
role rules are one function each (ROLE_RULES), applied rung by rung.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path

from core.lexicon import Lexicon, load_lexicon, read_tsv
from core.model import Entity, Event, Mention, TimeExpr, Trigger
from core.text import NormText, Token, clitic_variants, normalize_for_match, split_clauses, token_norms, WordCache
from core.events import learned

DATA = Path(__file__).resolve().parents[2] / "data" / "lexicons"
GAP = "…"
MAX_GAP = 4
# Attached pronouns stripped from the end of a trigger word; not ي ("الاجتماعي" is an
# adjective, not "my meeting").
PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه", "ك")
RELATIVE = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"}
PASSIVE_AUX = {"تم", "يتم", "جري", "يجري", "ستتم", "سيتم"}  # "تم استهداف X": X is the target
SUBJECT_SKIP = {"التي", "الذي", "اللذين", "اللتين", "الذين", "اللذان", "اللتان", "قد", "كان", "كانت", "كانا", "كانوا",
                "ان", "انه", "انها", "لقد", "فقد", "وقد", "بدورها", "بدوره", "امس", "اليوم", "ايضا"}
ENVOY_WORDS = ("سفير", "السفير", "سفيرة", "السفيرة", "سفراء", "السفراء", "القائم بالأعمال", "قائم بالأعمال")
# Modalities under which the text does not assert that the event happened.
UNASSERTED = ("negated", "hypothetical", "denied")
# Events whose ب/ل complement is an alleged, demanded, refused or accompanying act, not
# an event of its own: "اتهمت لندن روسيا بعرقلة وصول البعثة" reports an accusation, not an
# obstruction. Welcoming or praising (SUPPORT) takes a real event: "رحب باعتراف السويد".
CONTENT_TYPES = {"AGREE", "CONSULT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                 "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
WINDOW_AFTER = 14
NOUN_REACH = 6  # a verbal noun's actors follow it within this many tokens  # tokens after the trigger searched for actors
WINDOW_BEFORE = 4  # tokens before the trigger searched for a preposed subject


@dataclass(frozen=True)
class TriggerForm:
    type: str
    cameo: str
    tokens: tuple[str, ...]  # normalised; GAP allows up to MAX_GAP words
    pos: str
    joint: bool
    verbal: bool = False  # a verb, or a phrase that starts with one
    inverse: bool = False  # the grammatical subject is the target ("مدعومة من"، "تلقت دعوة من")
    envoy: bool = False  # acts on an envoy ("استدعت سفير لندن"): the envoy's state is the target


@dataclass(frozen=True)
class Cameo:
    code: str
    label: str
    goldstein: float


@dataclass(frozen=True)
class Triggers:
    by_first: dict[str, tuple[TriggerForm, ...]]
    cameo: dict[str, Cameo]
    cues: dict[str, str]  # normalised cue (possibly multiword) -> kind
    # words written with a final teh marbuta → first_keys (the others: _word_readings)
    _marbuta: WordCache = field(default_factory=lambda: WordCache(100_000), compare=False, repr=False)
    _plans: dict = field(default_factory=dict, compare=False, repr=False)  # first key → _Plan

    def plan(self, key: str) -> "_Plan":
        """The forms of one first key, indexed by what must follow (built on first use)."""
        got = self._plans.get(key)
        if got is None:
            got = self._plans[key] = _Plan.of(self.by_first[key])
        return got

    def first_keys(self, word: str, teh_marbuta: bool) -> tuple[tuple[str, int], ...]:
        """The (key, proclitic chars) of ``word_keys`` that begin some trigger form: empty
        for most words, so the trigger scan skips them."""
        by_first = self.by_first
        return tuple((k, d) for k, d in word_keys(word, teh_marbuta).items() if k in by_first)


def _rows(path: Path, *columns: str) -> list[dict[str, str]]:
    """The rows of one of the event TSVs, through the lexicon loader's checks."""
    return [r for _, r in read_tsv(path, columns, required=columns[:1])]


@lru_cache(maxsize=1)
def load_triggers(data_dir: str | None = None) -> Triggers:
    d = Path(data_dir) if data_dir else DATA
    cameo = {}
    for r in _rows(d / "cameo.tsv", "code", "label", "goldstein"):
        cameo[r["code"].strip()] = Cameo(r["code"].strip(), r["label"], float(r["goldstein"]))
    by_first: dict[str, list[TriggerForm]] = {}
    rows = _rows(d / "triggers.tsv", "form", "type", "cameo", "pos", "joint", "note")
    lemma_path = d / "trigger_lemmas.tsv"
    if lemma_path.exists():
        for r in _rows(lemma_path, "type", "cameo", "past", "present", "participle", "nouns", "complement", "joint", "note"):
            rows += expand_lemma(r)
    for r in rows:
        toks = tuple(GAP if t == GAP else normalize_for_match(t) for t in r["form"].split())
        if not toks or toks[0] == GAP:
            continue
        tf = TriggerForm(r["type"].strip(), r["cameo"].strip(), toks, r["pos"].strip(), r["joint"].strip() == "1",
                         inverse="[inverse]" in (r.get("note") or ""))
        by_first.setdefault(toks[0], []).append(tf)
        fem = _feminine_dual(toks[0]) if tf.pos in ("verb_past", "phrase") else None
        if fem:
            # two states are grammatically feminine: "وقعتا" beside the listed "وقعا"
            by_first.setdefault(fem, []).append(TriggerForm(tf.type, tf.cameo, (fem,) + toks[1:], tf.pos, tf.joint,
                                                            inverse=tf.inverse))
    verb_words = {t.tokens[0] for lst in by_first.values() for t in lst if t.pos.startswith("verb")}
    noun_words = {t.tokens[0] for lst in by_first.values() for t in lst if t.pos == "noun"} - verb_words
    envoys = {normalize_for_match(w) for w in ENVOY_WORDS}
    for k in by_first:
        by_first[k] = [TriggerForm(t.type, t.cameo, t.tokens, t.pos, t.joint,
                                   verbal=t.pos.startswith("verb") or (t.pos == "phrase" and _verb_like(t.tokens[0], verb_words, noun_words)),
                                   inverse=t.inverse,
                                   envoy=any(x in envoys for x in t.tokens[1:]))
                       for t in by_first[k]]
        by_first[k].sort(key=lambda t: -len(t.tokens))
    cues = {}
    cue_path = d / "event_cues.tsv"
    if cue_path.exists():
        for r in _rows(cue_path, "cue", "kind"):
            cues[normalize_for_match(r["cue"])] = r["kind"].strip()
    return Triggers({k: tuple(v) for k, v in by_first.items()}, cameo, cues)


def expand_lemma(r: dict[str, str]) -> list[dict[str, str]]:
    """Trigger rows of one lemma row: the past (3ms 3fs dual fem. dual plural 1pl), the
    present (3ms 3fs duals plural jussive plural 1pl), the adverbial participle (ms, fs,
    accusative) and the verbal nouns (with the accusative spelling), each followed by the
    complement with room for a subject in between ("أعربت فرنسا عن قلقها")."""
    past, present, part = r["past"].strip(), r["present"].strip(), (r.get("participle") or "").strip()
    verbs, nouns = [], []
    if past:
        verbs += [past + x for x in ("", "ت", "ا", "تا", "وا", "نا")]
    if present:
        stem = present[1:]
        verbs += [present, "ت" + stem, present + "ان", "ت" + stem + "ان", present + "ون", present + "وا", "ن" + stem]
    if part:
        verbs += [part + "ا", part + "ة"]
    for n in filter(None, (x.strip() for x in (r.get("nouns") or "").split("|"))):
        nouns += [n] + ([n + "ا"] if " " not in n and not n.endswith(("ة", "ا")) else [])
    comp = (r.get("complement") or "").strip()
    out = []
    for w, pos in [(v, "phrase" if comp else "verb_past") for v in verbs] + [(n, "phrase" if comp else "noun") for n in nouns]:
        form = f"{w} {GAP} {comp}" if comp and pos == "phrase" and w in verbs else f"{w} {comp}".strip()
        out.append({"form": form, "type": r["type"], "cameo": r["cameo"], "pos": pos, "joint": r.get("joint") or "0",
                    "note": r.get("note") or ""})
    return out


def _feminine_dual(w: str) -> str | None:
    """The feminine dual of a masculine dual past verb (اتفقا → اتفقتا)."""
    if len(w) >= 4 and w.endswith("ا") and not w.endswith(("تا", "وا", "نا")) and not w.startswith("ال"):
        return w[:-1] + "تا"
    return None


def _verb_like(w: str, verb_words: set[str], noun_words: set[str]) -> bool:
    """Whether a phrase's first word is a verb: listed as one, or at least not a noun
    by the lexicon, the article, or the shape of a verbal noun (اتفاق، استئناف، توقيع:
    a long vowel before the last letter)."""
    if w in verb_words:
        return True
    if w in noun_words or w.startswith("ال"):
        return False
    if w.endswith(("ه", "ات")) and not w.startswith("م"):
        return False  # a teh marbuta or a feminine plural make a noun; participles (مستعدة) predicate like verbs
    return not (len(w) >= 4 and w[-2] in "اي" and not w.endswith("ا") and not w.startswith("ي"))


@lru_cache(maxsize=200_000)
def word_keys(norm: str, teh_marbuta: bool = False) -> dict[str, int]:
    """Lexicon keys a written word can stand for → characters of proclitic dropped.

    Sees through proclitics (و ف ب ل ك and combinations), the article, attached
    pronouns (تعاونهما → تعاون، علاقاتها → علاقات، زيارته → زياره) and the future
    prefix سـ (سيتفق → يتفق)."""
    keys: dict[str, int] = {}
    for stem, dropped in clitic_variants(norm):
        cands = [stem]
        if stem.startswith("ال") and len(stem) > 3:
            cands.append(stem[2:])
        if stem[:2] in ("سي", "ست", "سن") and len(stem) > 4:
            cands.append(stem[1:])
        for c in list(cands):
            if not c.endswith(PRONOUN_SUFFIXES):
                continue  # most words: no pronoun to cut
            for suf in PRONOUN_SUFFIXES:
                if suf == "ه" and teh_marbuta:
                    continue
                if c.endswith(suf) and len(c) - len(suf) >= 3:
                    base = c[: -len(suf)]
                    cands.append(base)
                    if base.endswith("ت"):
                        cands.append(base[:-1] + "ه")
        for c in cands:
            keys.setdefault(c, dropped)
    return keys


@dataclass(frozen=True)
class _Plan:
    """The forms that begin with one key (longest first), indexed by the word that must
    come next, or come within the gap: most start words fail on the words after them,
    which a few lookups rule out instead of a look at every form."""
    forms: tuple[TriggerForm, ...]
    single: tuple[int, ...]  # indexes of one-word forms
    by_second: dict[str, tuple[int, ...]]  # the next word's reading → the forms it continues
    after_gap: tuple[tuple[str, str, tuple[int, ...]], ...]  # (word after the gap, its inner letters, forms)

    @classmethod
    def of(cls, forms: tuple[TriggerForm, ...]) -> "_Plan":
        single, by_second, by_after = [], {}, {}
        for k, f in enumerate(forms):
            if len(f.tokens) == 1:
                single.append(k)
            elif f.tokens[1] == GAP:
                by_after.setdefault(f.tokens[2], []).append(k)
            else:
                by_second.setdefault(f.tokens[1], []).append(k)
        return cls(forms, tuple(single), {w: tuple(v) for w, v in by_second.items()},
                   tuple((w, w[1:-1], tuple(v)) for w, v in by_after.items()))

    def reachable(self, next_keys, window: str, keys, first: int, last: int, norms: list[str]) -> list[int]:
        """Indexes, in the forms' order, of the forms whose next word is among the readings
        ``next_keys`` of the next word, or whose word after the gap some word of the
        ``window`` (words first..last-1, joined) reads as."""
        out = list(self.single)
        if next_keys and self.by_second:
            by_second = self.by_second
            for w in next_keys:
                got = by_second.get(w)
                if got:
                    out += got
        for after, inner, got in self.after_gap:
            # a reading keeps the word's letters but its first and last (ال for لل, ه for
            # ت): most words after a gap fail this test without any word being cut
            if inner in window and any(after in keys(m) for m in range(first, last) if inner in norms[m]):
                out += got
        if len(out) > 1:
            out.sort()
        return out


@dataclass
class _Hit:
    form: TriggerForm
    i: int  # first token
    j: int  # last token + 1
    start: int
    end: int
    verbal: bool = False  # the form is a verb and the written word is not a definite noun


_END = itemgetter(4)  # Token.end
_FIRST = itemgetter(0)  # a word reading's trigger keys
_TEH_MARBUTA = re.compile("ة")


def _find_triggers(nt: NormText, toks: list[Token], norms: list[str], trig: Triggers,
                   readings: list[tuple]) -> list[_Hit]:
    original = nt.original
    # a written teh marbuta is part of the word, not the pronoun ه ("السيطرة" is no "سيطر")
    ends = list(map(_END, toks))
    marbuta = set()
    for m in _TEH_MARBUTA.finditer(original):  # a few dozen per article: cheaper than a look at every word
        k = bisect.bisect_left(ends, m.end())
        if k < len(ends) and ends[k] == m.end():
            marbuta.add(k)
    # the trigger keys each word begins with (most words have none)
    firsts = list(map(_FIRST, readings))
    known = trig._marbuta
    for i in marbuta:
        f = known.get(norms[i])
        firsts[i] = f if f is not None else known.put(norms[i], trig.first_keys(norms[i], True))
    keys_at: dict[int, dict[str, int]] = {}

    def keys(m: int) -> dict[str, int]:
        hit = keys_at.get(m)
        if hit is None:
            hit = keys_at[m] = word_keys(norms[m], m in marbuta)
        return hit

    hits: list[_Hit] = []
    n = len(toks)
    pos = 0
    for i in compress(range(n), firsts):
        if i < pos:
            continue
        word = norms[i]
        best: _Hit | None = None
        last = min(i + 2 + MAX_GAP, n)
        window = " ".join(norms[i + 1:last]) if i + 1 < n else ""
        for key, dropped in firsts[i]:
            plan = trig.plan(key)
            forms = plan.forms
            for idx in plan.reachable(keys(i + 1) if i + 1 < n and plan.by_second else None, window, keys, i + 1, last,
                                      norms):
                form = forms[idx]  # longest first
                if best is not None and len(form.tokens) <= len(best.form.tokens):
                    break
                j = _match_rest(n, keys, i + 1, form.tokens[1:])
                if j is None:
                    continue
                s = nt.offsets[toks[i].nstart + dropped]
                # a definite word, or one carrying a possessive ("تعاونهما"), is a noun
                definite = (word[dropped:].startswith("ال") or word.startswith("لل")
                            or (word.endswith(("هما", "هم", "ها")) and not form.tokens[0].endswith(("هما", "هم", "ها"))))
                # the trigger span is the words before any gap: "قطعت … علاقاتها" marks
                # "قطعت", not the subject written in between
                head = form.tokens.index(GAP) if GAP in form.tokens else len(form.tokens)
                best = _Hit(form, i, j, s, toks[i + head - 1].end, verbal=form.verbal and not definite)
        if best:
            hits.append(best)
            pos = best.j if best.form.pos == "phrase" or len(best.form.tokens) > 1 else i + 1
        else:
            pos = i + 1
    return hits


def _match_rest(n: int, keys, k: int, rest: tuple[str, ...]) -> int | None:
    """End of the words ``rest`` matched from token k on (``keys(m)``: the readings of
    word m), a GAP letting up to MAX_GAP words pass; None when they do not follow."""
    gap = False
    for t in rest:
        if t == GAP:
            gap = True
            continue
        limit = k + (MAX_GAP + 1 if gap else 1)
        found = None
        for m in range(k, min(limit, n)):
            if t in keys(m):
                found = m
                break
        if found is None:
            return None
        k = found + 1
        gap = False
    return k


# --- actors --------------------------------------------------------------------------
@dataclass
class _ActorMention:
    actor: str
    i: int  # token range
    j: int
    start: int
    end: int
    adjective: bool = False  # a nationality adjective ("الإسرائيلية"), not a name
    kind: str = ""  # what the words are: an entity type, STATE> (an entity standing for its state), ADJ, PAIR


def _mention_tokens(toks: list[Token], entities: list[Entity]) -> list[tuple[Entity, Mention, int, int]]:
    """Every mention with the token range [i, j) it covers (i holds its first letter)."""
    starts = [t.start for t in toks]
    out = []
    for e in entities:
        for m in e.mentions:
            i = max(bisect.bisect_right(starts, m.start) - 1, 0)
            out.append((e, m, i, max(bisect.bisect_left(starts, m.end), i + 1)))
    return out


def _actor_mentions(toks: list[Token], spans: list[tuple[Entity, Mention, int, int]],
                    readings: list[tuple]) -> list[_ActorMention]:
    out: list[_ActorMention] = []
    covered = set()
    for e, m, i, j in spans:
        covered.update(range(i, j))
        if e.actor:
            kind = e.type if e.actor == e.id else "STATE>"
            out.append(_ActorMention(e.actor, i, j, m.start, m.end, kind=f"{kind}:{e.kind or '-'}"))
    pending_pairs = []
    actor_words = [r[1] for r in readings]
    for k in [k for k, r in enumerate(actor_words) if r and k not in covered]:
        r = actor_words[k]
        t = toks[k]
        if r == _PAIR:
            pending_pairs.append(k)
        else:
            out.append(_ActorMention(r, k, k + 1, t.start, t.end, adjective=True, kind="ADJ"))
    for k in pending_pairs:
        top = _pair_referents(out, k)
        if len(top) == 2:
            t = toks[k]
            for iso in top:
                out.append(_ActorMention(iso, k, k + 1, t.start, t.end, kind="PAIR"))
    out.sort(key=lambda a: a.i)
    return out


def _pair_referents(actors: list[_ActorMention], k: int) -> list[str]:
    """The two countries "البلدين" at token k stands for: the two last named before it.
    A text turns from one pair of states to the next, and "the two" points back to the
    pair it has just named, not to the pair it named most often."""
    before = sorted((a for a in actors if a.i < k and len(a.actor) == 3 and a.actor.isupper()), key=lambda a: a.i)
    recent: list[str] = []
    for a in reversed(before):
        if a.actor not in recent:
            recent.append(a.actor)
            if len(recent) == 2:
                break
    return recent if len(recent) == 2 else []


_PAIR = "pair"
# per (triggers, lexicon): written word → (trigger first keys, actor reading)
_READINGS: dict[tuple[int, int], tuple[Triggers, Lexicon, WordCache]] = {}


def _word_readings(norms: list[str], trig: Triggers, lex: Lexicon) -> list[tuple]:
    """What the event rules read in each word of an article: (the keys it begins a trigger
    with, its actor reading). One lookup per word for both, kept per distinct word, since
    articles share most of their words (a word is analysed the first time it is met)."""
    hit = _READINGS.get((id(trig), id(lex)))
    if hit is None or hit[0] is not trig or hit[1] is not lex:
        hit = _READINGS[(id(trig), id(lex))] = (trig, lex, WordCache())
    cache = hit[2]
    got = list(map(cache.get, norms))
    if None in got:
        for k, r in enumerate(got):
            if r is None:
                w = norms[k]
                r = cache.get(w)
                got[k] = r if r is not None else cache.put(w, (trig.first_keys(w, False), _actor_word(lex, w)))
    return got


def _actor_word(lex: Lexicon, norm: str) -> str:
    """What a word outside any entity says of actors, read through its proclitics: the
    ISO3 of a nationality adjective ("الروسية"), _PAIR for "البلدين", or ""."""
    pair_words = _pair_refs()
    r = ""
    for stem, _ in clitic_variants(norm):
        iso = lex.adjectives.get(stem)
        if iso:
            r = iso
            break
        if stem in pair_words:
            r = _PAIR
            break
    return r


@lru_cache(maxsize=1)
def _pair_refs() -> frozenset[str]:
    return frozenset(normalize_for_match(r["form"]) for r in _rows(DATA / "pair_refs.tsv", "form"))


def _entity_tokens(spans: list[tuple[Entity, Mention, int, int]]) -> set[int]:
    """Indexes of the words of a mention after its first: the first word may be a
    trigger ("حركة ...") but nothing inside a name is."""
    return {k for _, _, i, j in spans for k in range(i + 1, j)}


def _coordinated(toks: list[Token], nt: NormText, a: _ActorMention, b: _ActorMention) -> bool:
    """b follows a as "X وY" or "X، Y", or both are the two parties of one word ("البلدين")."""
    if b.i == a.i:
        return True
    if b.i != a.j:
        return False
    gap = nt.norm[toks[a.j - 1].nend:toks[b.i].nstart].strip()
    # the و must be written before the name, not be its first letter ("موسكو واشنطن")
    conj = nt.original[toks[b.i].start:b.start]
    return (gap == "" and "و" in conj) or gap in ("،", ",")


def _group_forward(seq: list[_ActorMention], k: int, toks, nt) -> list[_ActorMention]:
    g = [seq[k]]
    while k + 1 < len(seq) and _coordinated(toks, nt, seq[k], seq[k + 1]):
        k += 1
        g.append(seq[k])
    return g


def _group_backward(seq: list[_ActorMention], k: int, toks, nt) -> list[_ActorMention]:
    g = [seq[k]]
    while k - 1 >= 0 and _coordinated(toks, nt, seq[k - 1], seq[k]):
        k -= 1
        g.insert(0, seq[k])
    return g


def _uniq(ids):
    out = []
    for x in ids:
        if x not in out:
            out.append(x)
    return out


# --- the stage -----------------------------------------------------------------------
def find_events(
    nt: NormText,
    toks: list[Token],
    sentences: list[tuple[int, int]],
    entities: list[Entity],
    times: list[TimeExpr],
    lex: Lexicon | None = None,
    document_date: str | None = None,
) -> list[Event]:
    lex = lex or load_lexicon()
    trig = load_triggers()
    text = nt.original
    spans = _mention_tokens(toks, entities)
    norms = token_norms(toks)
    readings = _word_readings(norms, trig, lex)
    actors = _actor_mentions(toks, spans, readings)
    hits = _retype(_find_triggers(nt, toks, norms, trig, readings), toks, nt)
    events: list[Event] = []
    seen: set[tuple] = set()
    tok_starts = [t.start for t in toks]
    hit_at = [h.i for h in hits]  # both in text order: a sentence's share is one slice
    actor_at = [a.i for a in actors]
    prev_sentence_actors: list[_ActorMention] = []
    doc_pairs: set = set()
    in_entity = _entity_tokens(spans)
    model = learned.current_model()
    collect = learned.collector()

    for s_start, s_end in sentences:
        ti = bisect.bisect_left(tok_starts, s_start)
        tj = bisect.bisect_left(tok_starts, s_end)
        s_hits = hits[bisect.bisect_left(hit_at, ti):bisect.bisect_left(hit_at, tj)]
        s_actors = actors[bisect.bisect_left(actor_at, ti):bisect.bisect_left(actor_at, tj)]
        clauses = None  # cut when an event needs its clause
        prev: tuple[list[str], list[str]] | None = None
        last_hit_tok = -99
        last_hit_type = ""
        sentence_pairs: set[frozenset] = set()
        frame_events, content_from = _frames(toks, nt, ti, tj, s_actors, prev_sentence_actors, trig)
        for fe in frame_events:
            ftype, fcameo, factors, fi, fj = fe
            cam = trig.cameo.get(fcameo)
            date, date_source = _date_for(toks[fi].start, times, (s_start, s_end), (s_start, s_end))
            events.append(Event(type=ftype, actors=factors, directed=True,
                                trigger=Trigger(text[toks[fi].start:toks[fj - 1].end], toks[fi].start, toks[fj - 1].end),
                                sentence=text[s_start:s_end], sentence_start=s_start, date=date, modality="asserted",
                                cameo=fcameo, goldstein=cam.goldstein if cam else 0.0, date_source=date_source))
            sentence_pairs.add(tuple(factors))
        last_subject = next((e.actors[:1] for e in reversed(events) if e.directed and e.sentence_start < s_start
                             and e.sentence_start == events[-1].sentence_start), [])
        carried = prev_sentence_actors  # the previous sentence's actors: a dropped subject may be one
        if s_actors:
            prev_sentence_actors = s_actors
        for h in s_hits:
            if h.i in in_entity:
                continue  # "منظمة حظر الأسلحة الكيميائية" names a body, it reports no ban
            reason = ""
            if content_from is not None and h.i >= content_from:
                reason = "content"  # the content of a demand ("أن تتعاونا"), not an event of its own
            nested = (not h.verbal and toks[h.i].norm[:1] in "بل" and h.i - last_hit_tok <= 6
                      and last_hit_type in CONTENT_TYPES)
            adjacent = h.i == last_hit_tok  # "اتفاقية تعاون": a word of the previous trigger's phrase
            last_hit_tok, last_hit_type = h.j, h.form.type
            if not h.verbal and _names_a_field(h, toks, nt, trig, ti):
                continue  # "ليشمل الاستعلام والدفاع الجوي والحرب الإلكترونية": a field, not an attack
            if not reason and (nested or adjacent):
                if model is None and collect is None:
                    continue  # "اتهمت لندن روسيا بعرقلة ...": another event's content; "اتفاقية تعاون": one phrase
                reason = "nested" if nested else "adjacent"  # the model weighs it
            if not reason and not h.verbal and not any(h.i <= a.i <= h.j + NOUN_REACH or 0 <= h.i - a.j <= 1
                                                       for a in s_actors):
                reason = "noactor"  # a verbal noun with no actor at hand ("كل العقوبات ستدخل التنفيذ")
            roles = None if reason else _rule_roles(h, s_actors, toks, nt, prev, last_subject)
            src, tgt, joint_group = roles or ([], [], [])
            pairs = _pairs(h.form, src, tgt, joint_group) if roles and len(src) * len(tgt) <= 6 else []
            if not h.verbal:
                # a verbal noun restating the sentence's event between the same actors
                # ("الاجتماع الأول للجنة تتبع التعاون المغربي الإسرائيلي") adds nothing
                pairs = [p for p in pairs if _pair_key(p) not in sentence_pairs]
            if model is None and collect is None and not pairs:
                continue
            carried_here = carried if carried is not s_actors else []
            if (model is not None or collect is not None) and not pairs and not learned.worth_reading(
                    h, s_actors, carried_here):
                continue
            setup = None
            if model is not None and not pairs:
                # no rules' pair to stand: a trigger whose pairs the model rejects under any
                # modality makes no event, and needs no modality or date
                setup = learned.prepare(h, s_actors, toks, nt, roles, pairs, reason, carried_here)
                if setup is None or learned.hopeless(model, setup, sentence_pairs, doc_pairs):
                    continue
            if clauses is None:
                clauses = split_clauses(text, s_start, s_end)
            clause = next(((a, b) for a, b in clauses if a <= h.start < b), (s_start, s_end))
            modality = _modality(h, toks, trig, ti, bisect.bisect_left(tok_starts, clause[0]))
            date, date_source = _date_for(h.start, times, clause, (s_start, s_end))
            if date is None and document_date and _reported_present(h, toks, trig, ti, modality):
                # "وقال الوزير إن بلاده ترفض ...": a present act reported on the day
                date, date_source = document_date, "document"
            elif date is None and document_date and not _in_past_frame(h, toks, trig, ti):
                # news reports what just happened: an act its sentence does not date took place
                # by the publication day (its year at least); a pluperfect or past frame
                # ("وكان ... قد"، "كان ... يتهم") tells of earlier times and stays undated
                date, date_source = document_date, "document"
            restated = ((not h.verbal and date is None or h.form.inverse)
                        and any(_pair_key(p) in doc_pairs for p in pairs))
            if model is not None or collect is not None:
                cands = learned.candidates(h, s_actors, toks, nt, roles, pairs, reason, modality, restated,
                                           sentence_pairs, doc_pairs, carried_here, model=model, setup=setup)
                if collect is not None:
                    collect.append((s_start, s_end, h.form.type, cands or []))
                if model is not None:
                    # modality stays a rule: what the text does not assert is no event
                    if modality in UNASSERTED:
                        pairs = []
                    elif any(len(p) > 2 for p, _ in pairs):
                        pass  # one joint event of three or more sides named by "بين": the rule's reading
                    elif cands is not None or not pairs:
                        pairs = learned.decide(model, cands or [])
                    # else: the rules' actors are not within the model's reach (a subject carried
                    # from the previous sentence): their reading stands
                    order = {a.actor: a.i for a in reversed(s_actors)}
                    # a joint event names its sides in the order the text does
                    pairs = [(p if d else sorted(p, key=lambda x: order.get(x, -1)), d) for p, d in pairs]
                if pairs:
                    sentence_pairs.update(_pair_key(p) for p in pairs)
                    prev = (src, tgt) if roles and (src or tgt) else prev
            elif pairs:
                sentence_pairs.update(_pair_key(p) for p in pairs)
                prev = (src or [], tgt or [])
                if modality in UNASSERTED or restated:
                    pairs = []  # restated: an undated noun repeating a relation ("المدعومة من الجزائر")
            if not pairs:
                continue
            doc_pairs.update(_pair_key(p) for p in pairs)
            etype, ecameo = _learned_type(h, model)
            if etype != "REQUEST" and _demanded(h, toks, trig, max(ti, bisect.bisect_left(tok_starts, clause[0]))):
                etype, ecameo = "REQUEST", "020"  # "يجب فرض حظر على ميانمار" demands a ban, imposes none
            cam = trig.cameo.get(ecameo)
            for actor_ids, directed in pairs:
                key = (etype, tuple(actor_ids if directed else sorted(actor_ids)), s_start)
                if key in seen:
                    continue
                seen.add(key)
                events.append(Event(
                    type=etype,
                    actors=list(actor_ids),
                    directed=directed,
                    trigger=Trigger(text[h.start:h.end], h.start, h.end),
                    sentence=text[s_start:s_end],
                    sentence_start=s_start,
                    date=date,
                    modality=modality,
                    cameo=ecameo,
                    goldstein=cam.goldstein if cam else 0.0,
                    date_source=date_source,
                ))
    return _dedupe(events)


def _learned_type(h: _Hit, model) -> tuple[str, str]:
    """The trigger's (type, CAMEO code): the lexicon's, unless the model learned that this
    form's events have another type (then that type's root CAMEO code)."""
    t = model.types.get(learned.form_key(h)) if model is not None and model.types else None
    if not t or t == h.form.type:
        return h.form.type, h.form.cameo
    return t, _type_cameo().get(t, h.form.cameo)


@lru_cache(maxsize=1)
def _type_cameo() -> dict[str, str]:
    """PLOVER type → its first CAMEO code in cameo.tsv (the root code of the type)."""
    out: dict[str, str] = {}
    for r in _rows(DATA / "cameo.tsv", "code", "label", "goldstein", "plover"):
        t = (r.get("plover") or "").strip()
        if t and t not in out:
            out[t] = r["code"].strip()
    return out


@lru_cache(maxsize=1)
def _context_table() -> dict[tuple[str, ...], tuple[str, str, frozenset[str]]]:
    """Trigger form → (type, cameo, context words) for types that depend on the article."""
    out = {}
    for r in _rows(DATA / "trigger_context.tsv", "form", "type", "cameo", "context"):
        ctx = frozenset(normalize_for_match(w) for w in r["context"].split("|") if w.strip())
        out[tuple(normalize_for_match(r["form"]).split())] = (r["type"].strip(), r["cameo"].strip(), ctx)
    return out


def _reads_any(nt: NormText, toks: list[Token], keys: frozenset[str] | set[str]) -> bool:
    """Whether a word of the article reads as one of ``keys`` (through clitics and
    pronouns, as word_keys does). A reading keeps the inner letters of its word, so a
    key whose inner letters are nowhere in the text is ruled out without cutting words."""
    present = [k for k in keys if k[1:-1] in nt.norm]
    if not present:
        return False
    words = {t.norm for t in toks}
    return any(k in word_keys(w, False) for k in present for w in words if k[1:-1] in w)


def _retype(hits: list[_Hit], toks: list[Token], nt: NormText) -> list[_Hit]:
    """Give context-dependent triggers the type the article's subject calls for
    ("تم استهداف بنك البلاد" in an article about sanctions is a sanction, not an attack)."""
    table = _context_table()
    if not table or not hits:
        return hits
    out = []
    for h in hits:
        rule = table.get(h.form.tokens)
        if rule is not None:
            if _reads_any(nt, toks, rule[2]):
                from dataclasses import replace

                h = _Hit(replace(h.form, type=rule[0], cameo=rule[1]), h.i, h.j, h.start, h.end, h.verbal)
        out.append(h)
    return out


@lru_cache(maxsize=1)
def _frame_table() -> tuple[tuple[str, str, str, str], ...]:
    # the link is compared as written: "أن" (that, must) is not "إن" (indeed) after "قال"
    return tuple((normalize_for_match(r["lead"]), _dediac(r["link"].strip()), r["type"].strip(), r["cameo"].strip())
                 for r in _rows(DATA / "event_frames.tsv", "lead", "link", "type", "cameo"))


def _dediac(s: str) -> str:
    from camel_tools.utils.dediac import dediac_ar

    return dediac_ar(s)


def _frames(toks, nt, ti: int, tj: int, s_actors, prev_actors, trig):
    """Events stated by a construction (LEAD actors LINK): "على روسيا وسوريا أن تتعاونا"
    is a demand of the speaker (the sentence's first other actor, else the previous
    sentence's) on each named actor. Returns the events and where their content starts."""
    out = []
    content_from = None
    table = _frame_table()
    for k, a in enumerate(s_actors):
        if a.i == 0 or a.i - 1 < ti:
            continue
        lead_tok = toks[a.i - 1]
        if nt.original[lead_tok.start:lead_tok.end] not in ("على", "علی"):
            continue
        group = _group_forward(s_actors, k, toks, nt)
        if k > 0 and s_actors[k - 1].i == a.i:
            continue
        end = group[-1].j
        if end >= tj:
            continue
        link = _dediac(nt.original[toks[end].start:toks[end].end])
        for lead, link_form, etype, cameo in table:
            if lead != lead_tok.norm or link != link_form:
                continue
            members = _uniq([g.actor for g in group])
            speakers = [x.actor for x in s_actors if x.i < a.i - 1 and x.actor not in members] or \
                       [x.actor for x in prev_actors if x.actor not in members]
            if not speakers:
                continue
            for m in members:
                out.append((etype, cameo, [speakers[0], m], a.i - 1, end + 1))
            content_from = end + 1
            break
    return out, content_from


@dataclass
class _RoleContext:
    """What every role rule reads: the trigger, its sentence's actors, the roles so far."""
    h: _Hit
    seq: list[_ActorMention]
    toks: list[Token]
    nt: NormText
    prev: tuple[list[str], list[str]] | None  # roles of the sentence's previous event
    earlier: list[_ActorMention]  # actors before the trigger without a preposition
    src: list[str]
    tgt: list[str]
    joint: list[str]
    carried_subject: list[str] = field(default_factory=list)  # source of the previous sentence's last event


_Roles = tuple[list[str], list[str], list[str]]
_NO_EVENT = ([], [], [])  # a rule's answer that the trigger has no actors of its own


def _rule_inverse_participle(c: _RoleContext) -> _Roles | None:
    """"فصائل مدعومة من واشنطن": the actor after the participle acts on the noun it
    describes (whatever governs that noun)."""
    if not c.h.form.inverse:
        return None
    agent = [a.actor for a in c.seq if c.h.j <= a.i <= c.h.j + 3]
    patient = [a.actor for a in c.seq if a.j <= c.h.i and c.h.i - a.j <= 2][-1:]
    if agent and patient and agent[0] != patient[0]:
        return agent[:1], patient, []
    return _NO_EVENT


def _rule_passive(c: _RoleContext) -> _Roles | None:
    """"تم استهداف بنك البلاد": what follows the passive is the target; the agent is the
    actor "من (قبل)" introduces, else whoever speaks earlier in the sentence."""
    h, toks = c.h, c.toks
    if not (h.i > 0 and toks[h.i - 1].norm in PASSIVE_AUX and not c.joint):
        return None
    after = c.src + c.tgt
    agent = [a.actor for a in c.seq if a.i > h.j and toks[a.i - 1].norm in ("من", "قبل")]
    tgt = [x for x in after if x not in agent][:1]
    return agent[:1] or ([c.earlier[-1].actor] if c.earlier else []), tgt, c.joint


AGENT_MARKS = {"قبل": "من", "يد": "علي", "ايدي": "علي", "بايدي": "", "يدي": "علي"}  # من قبل X، على يد X، بأيدي X


def _agent_phrase(c: _RoleContext) -> _ActorMention | None:
    """The actor an agent phrase introduces after the trigger ("من قبل X"، "على يد X")."""
    h, toks = c.h, c.toks
    for a in c.seq:
        if a.i < h.j or a.i - h.j > WINDOW_AFTER or a.i < 1:
            continue
        mark = toks[a.i - 1].norm
        lead = AGENT_MARKS.get(mark)
        if lead is None:
            continue
        if not lead or (a.i >= 2 and toks[a.i - 2].norm in (lead, "و" + lead)):
            return a
    return None


def _rule_agent_phrase(c: _RoleContext) -> _Roles | None:
    """"تعرّضت ميانمار لعقوبات من قبل الاتحاد الأوروبي": the actor "من قبل" or "على يد"
    introduces acts, on the sentence's other actor (the grammatical subject)."""
    agent = _agent_phrase(c)
    if agent is None:
        return None
    others = [x for x in c.src + c.tgt + c.joint if x != agent.actor]
    others += [a.actor for a in c.earlier if a.actor != agent.actor and a.actor not in others]
    return ([agent.actor], others[:1], []) if others else None


def _rule_first_person_plural(c: _RoleContext) -> _Roles | None:
    """"لقد استهدفنا الحوثيين" in a quote: the speaker named before acts."""
    h, toks = c.h, c.toks
    if not (h.verbal and toks[h.i].norm.endswith("نا") and len(toks[h.i].norm) > 4):
        return None
    if not c.earlier:
        return c.src, c.tgt, c.joint
    speaker = c.earlier[-1].actor
    return [speaker], _uniq([x for x in c.src + c.tgt if x != speaker]), c.joint


def _rule_object_after_verb(c: _RoleContext) -> _Roles | None:
    """"أعرب الرئيس الفلبيني عن أمله في أن يزور الكويت": with the sentence's subject named
    before, the one actor after the verb is its object."""
    h = c.h
    if not (h.verbal and not h.form.joint and len(c.src) == 1 and not c.tgt and c.earlier
            and c.earlier[0].actor not in c.src and c.earlier[-1].j < h.i - 1
            and seq_first_after(c.seq, h) == c.src[0]):
        return None
    return [c.earlier[0].actor], c.src, c.joint


def _rule_possessive_agent(c: _RoleContext) -> _Roles | None:
    """"أعلنت قطر استئناف علاقاتها مع مصر": a verbal noun whose possessive points back has
    the clause's subject as its agent."""
    h = c.h
    if not (not h.verbal and not c.src and c.tgt and c.earlier and c.earlier[-1].actor not in c.tgt
            and any(c.toks[k].norm.endswith(("ها", "هم", "هما", "ه")) for k in range(h.i, h.j))):
        return None
    return [c.earlier[-1].actor], c.tgt, c.joint


def _rule_noun_object(c: _RoleContext) -> _Roles | None:
    """"انتقدت باريس اتهام لندن": a verbal noun with one actor after it and one before takes
    the one after as its object (agents after a noun are rare without a second actor)."""
    h = c.h
    if not (not h.verbal and not h.form.joint and c.src and not c.tgt and c.earlier
            and c.earlier[-1].actor not in c.src
            and not any(a.adjective and a.i - h.j <= 1 and a.actor in c.src for a in c.seq if a.i >= h.j)):
        return None
    return [c.earlier[-1].actor], c.src, c.joint


def _rule_inherited_subject(c: _RoleContext) -> _Roles | None:
    """"فيما طلبت منها": a verb without a subject of its own takes the roles of the
    sentence's previous event."""
    if not (c.h.verbal and not c.src and c.prev is not None and not c.joint):
        return None
    return c.prev[0], c.tgt or c.prev[1], c.joint


def _rule_dropped_subject(c: _RoleContext) -> _Roles | None:
    """"قال دوتيرتي: أود أن أشكر الحكومة الكويتية": a verb with a target but no subject
    takes the first actor named before it in the sentence."""
    if not (c.h.verbal and not c.src and not c.joint and c.tgt):
        return None
    cands = [a for a in c.earlier if a.actor not in c.tgt]
    return ([cands[0].actor], c.tgt, c.joint) if cands else None


def _rule_previous_sentence_subject(c: _RoleContext) -> _Roles | None:
    """"انتقد الرئيس الفرنسي لندن. لكنه عاد وأشاد بالشرطة البريطانية": a verb with a target
    but no subject anywhere in its sentence acts for the subject of the previous sentence's
    last event."""
    if not (c.h.verbal and not c.src and not c.joint and c.tgt and not c.earlier and c.carried_subject):
        return None
    src = [x for x in c.carried_subject if x not in c.tgt]
    return (src, c.tgt, c.joint) if src else None


def _rule_object_pronoun(c: _RoleContext) -> _Roles | None:
    """"واستدعتها": a verb whose object is an attached pronoun targets the previous event's
    target (else its source)."""
    if not (c.src and not c.tgt and c.prev is not None and c.h.verbal and _has_object_pronoun(c.toks, c.h)):
        return None
    return c.src, [t for t in c.prev[1] if t not in c.src] or [t for t in c.prev[0] if t not in c.src], c.joint


# The role ladder: the first rule of a rung that applies decides; rungs apply in order.
ROLE_RULES = (
    (_rule_inverse_participle, _rule_agent_phrase, _rule_passive, _rule_first_person_plural, _rule_object_after_verb,
     _rule_possessive_agent, _rule_noun_object),
    (_rule_inherited_subject, _rule_dropped_subject, _rule_previous_sentence_subject),
    (_rule_object_pronoun,),
)


def _rule_roles(h: _Hit, s_actors: list[_ActorMention], toks: list[Token], nt: NormText,
                prev: tuple[list[str], list[str]] | None, carried_subject: list[str] | None = None):
    """(source, target, joint) actor ids the word-order rules give one trigger, or None
    when they see no event; the learned role model reads them as features."""
    roles = _roles(h, s_actors, toks, nt)
    if roles is None:
        return None
    # subjects and speakers never carry a preposition ("لسكاي نيوز عربية")
    earlier = [a for a in s_actors if a.j <= h.i and not _prepositional(a, toks, nt)]
    c = _RoleContext(h, s_actors, toks, nt, prev, earlier, *roles, carried_subject=list(carried_subject or []))
    for rung in ROLE_RULES:
        for rule in rung:
            got = rule(c)
            if got is None:
                continue
            if got is _NO_EVENT:
                return None
            c.src, c.tgt, c.joint = got
            break
    if not c.src and not c.tgt and not c.joint:
        return None
    return c.src, c.tgt, c.joint

def _prepositional(a: _ActorMention, toks: list[Token], nt: NormText) -> bool:
    t = toks[a.i]
    if a.start > t.start:
        lead = nt.original[t.start:a.start]
        return any(c in "لبك" for c in lead)
    prev = toks[a.i - 1].norm if a.i > 0 else ""
    return prev in ("الي", "من", "عن", "مع", "علي", "لدي", "ضد")  # not في: "مسؤول في وزارة الخزانة" speaks for it


def seq_first_after(seq: list[_ActorMention], h: _Hit) -> str | None:
    return next((a.actor for a in seq if a.i >= h.j), None)


def _pair_key(pair: tuple[list[str], bool]):
    actors, directed = pair
    return tuple(actors) if directed else frozenset(actors)


def _reported_present(h: _Hit, toks: list[Token], trig: Triggers, sent_first_tok: int, modality: str) -> bool:
    """A present-tense verb or participle under a verb of saying earlier in its sentence,
    not planned and not in a pluperfect ("وكان ... قد")."""
    if modality == "planned":
        return False
    w = toks[h.i].norm
    present = h.form.pos == "verb_present" or (h.verbal and w[:1] in "يتن" and h.form.pos == "phrase") or w.startswith("م")
    if not present:
        return False
    kinds = set()
    for k in range(sent_first_tok, h.i):
        for stem, _ in clitic_variants(toks[k].norm):
            kind = trig.cues.get(stem)
            if kind:
                kinds.add(kind)
    return "speech" in kinds and "pluperfect" not in kinds


def _in_past_frame(h: _Hit, toks: list[Token], trig: Triggers, sent_first_tok: int) -> bool:
    """A past auxiliary or pluperfect cue (كان، قد after كان) earlier in the trigger's sentence."""
    for k in range(sent_first_tok, h.i):
        for stem, _ in clitic_variants(toks[k].norm):
            if trig.cues.get(stem) in ("past_aux", "pluperfect"):
                return True
    return False


def _has_object_pronoun(toks: list[Token], h: _Hit) -> bool:
    w = toks[h.j - 1].norm
    nxt = toks[h.j].norm if h.j < len(toks) else ""
    return w.endswith(("ها", "هم", "هما")) or nxt in ("منها", "منه", "منهم", "لها", "له", "عليها", "عليه", "اليها", "اليه", "معها", "معه")


def _roles(h: _Hit, seq: list[_ActorMention], toks, nt):
    """(source group, target group, joint group) of actor ids for one trigger."""
    before = [k for k, a in enumerate(seq) if a.j <= h.i]
    after = [k for k, a in enumerate(seq) if a.i >= h.j and a.i - h.j <= WINDOW_AFTER]
    inside = [k for k, a in enumerate(seq) if h.i < a.i < h.j]  # "قطعت الجزائر علاقاتها": actor inside a gapped phrase

    # "بين X وY" names both sides of a joint event, or of a verbal noun right before it;
    # after "رحبت الجامعة العربية بالاتفاق بين إثيوبيا وإريتريا" it belongs to the noun
    if h.form.joint or not h.verbal:
        for k in after + inside:
            a = seq[k]
            if a.i >= 1 and toks[a.i - 1].norm == "بين" and a.i - h.j <= 8:
                ids = _uniq([x.actor for x in _group_forward(seq, k, toks, nt)])
                if len(ids) >= 2:
                    return [], [], ids

    src: list[str] = []
    tgt: list[str] = []
    rest_after = list(inside) + after
    if h.verbal and h.i >= 2 and toks[h.i - 1].norm in RELATIVE and not any(a.j == h.i - 1 for a in seq):
        # "الهجوم الذي استهدف القوات الأفغانية": the subject is the noun before الذي
        return None
    envoy_at = _envoy_position(h, toks) if h.form.envoy else None
    envoy_next = [x for x in rest_after if envoy_at is not None and 0 < seq[x].i - envoy_at <= 3]
    if envoy_next:
        # "استدعت سفير لندن"، "طلبت الكويت من السفير الفلبيني المغادرة"، "استدعاء السفير
        # الروسي لدى المملكة المتحدة": the envoy's state is the target; the subject
        # inside the phrase, the actor "لدى" names, or the preposed subject acts
        k = envoy_next[0]
        tgt = [seq[k].actor]
        inner = [x for x in inside if seq[x].i < envoy_at and seq[x].actor not in tgt]
        if inner:
            src = [seq[inner[0]].actor]
        for x in rest_after:
            if src:
                break
            if seq[x].i > seq[k].i and toks[seq[x].i - 1].norm in ("لدي",) and seq[x].actor not in tgt:
                src = [seq[x].actor]
        if not src and before and h.i - seq[before[-1]].j <= 2:
            src = [seq[before[-1]].actor]
        return src, tgt, []
    # a subject written just before the trigger (verbs only: a verbal noun's agent follows it)
    if before and h.verbal:
        k = before[-1]
        a = seq[k]
        between = [t.norm for t in toks[a.j:h.i]]
        if len(between) <= WINDOW_BEFORE and all(w in SUBJECT_SKIP or w.startswith("و") and w[1:] in SUBJECT_SKIP for w in between):
            if not _punct_gap(toks, nt, a.j, h.i) or not between:
                src = _uniq([x.actor for x in _group_backward(seq, k, toks, nt)])
    if not src and rest_after:
        k = rest_after[0]
        # an actor introduced by a preposition right after the trigger is its object, not its subject
        prep = toks[seq[k].i].norm[:1] in "بل" and seq[k].start > toks[seq[k].i].start
        prev_tok = toks[seq[k].i - 1].norm if seq[k].i > 0 else ""
        if seq[k].adjective and seq[k].i > 0:
            # a nationality adjective shares the preposition of the noun it describes
            # ("أشاد بالشرطة البريطانية": the British police are praised, they praise nobody)
            prep = prep or prev_tok.startswith(("بال", "وبال", "فبال", "لل", "ولل", "فلل"))
            prev_tok = toks[seq[k].i - 2].norm if seq[k].i > 1 and not prep else prev_tok
        if not prep and prev_tok not in ("مع", "ضد", "الي", "علي", "من", "عن", "لدي", "تجاه", "حول"):
            g = _group_forward(seq, k, toks, nt)
            src = _uniq([x.actor for x in g])
            rest_after = [x for x in rest_after if seq[x] not in g]
    for k in rest_after:
        if seq[k].actor in src:
            continue
        if _locative(seq[k], toks, nt):
            continue  # "في سنغافورة" says where, not to whom
        if _clause_break(toks, nt, h.j, seq[k].i):
            break
        if h.form.joint and len(src) >= 2 and toks[seq[k].i - 1].norm != "مع" and not toks[seq[k].i].norm.startswith("مع"):
            break  # "أبرما اتفاقا" between the two: no third party as target
        g = _group_forward(seq, k, toks, nt)
        tgt = _uniq([x.actor for x in g if x.actor not in src])
        break
    return src, tgt, []


def _locative(a: _ActorMention, toks: list[Token], nt: NormText) -> bool:
    """An actor written after "في" (as a separate word or a proclitic) names a place."""
    if a.i > 0 and toks[a.i - 1].norm == "في":
        return True
    return False


def _clause_break(toks, nt, a: int, b: int) -> bool:
    """A clause boundary between tokens a and b. Commas that set off a short aside
    ("اعتذر الرئيس الفلبيني، رودريغو دوتيرتي، الأحد، للكويت") do not count when the
    target is near; any other punctuation does."""
    commas = 0
    for k in range(a + 1, b + 1):
        if k >= len(toks):
            break
        gap = nt.norm[toks[k - 1].nend:toks[k].nstart].strip()
        if not gap or all(c in "_\"«»“”'#" for c in gap):
            continue
        if gap in ("،", ",") or gap.rstrip("\"«»“”").strip() in ("،", ","):
            commas += 1
            continue
        return True
    return commas > 0 and b - a > 8


@lru_cache(maxsize=1)
def _envoy_keys() -> frozenset[str]:
    return frozenset(normalize_for_match(w) for w in ENVOY_WORDS)


def _envoy_position(h: _Hit, toks: list[Token]) -> int | None:
    envoys = _envoy_keys()
    for k in range(h.i, h.j):
        if envoys & word_keys(toks[k].norm, False).keys():
            return k
    return None


def _punct_gap(toks, nt, a: int, b: int) -> bool:
    for k in range(a, b + 1):
        if k <= 0 or k >= len(toks):
            continue
        gap = nt.norm[toks[k - 1].nend:toks[k].nstart].strip()
        if gap and gap not in ("_",):
            return True
    return False


def _pairs(form: TriggerForm, src: list[str], tgt: list[str], joint: list[str]):
    """Actor lists of the events one trigger yields: [(actors, directed)]."""
    if joint:
        if len(joint) == 2:
            return [(joint, not form.joint)] if form.joint else [(joint, True)]
        if form.joint:
            return [(joint, False)]  # "قمة ثلاثية بين مصر والأردن والعراق": one event of the three
        return [([a, b], True) for x, a in enumerate(joint) for b in joint[x + 1:]]
    if src and tgt:
        out = []
        for s in src:
            for t in tgt:
                if s != t:
                    out.append(([s, t], True))
        if form.joint and len(src) == 1 and len(tgt) == 1:
            return [(out[0][0], False)] if out else []
        return out
    group = src or tgt
    if len(group) >= 2 and form.joint:
        return [([a, b], False) for x, a in enumerate(group) for b in group[x + 1:]]
    return []


NEGATION_REACH = 3  # a negation stands right before its verb ("لم تسمح")
SCOPE_REACH = 8  # a condition or plan may open the clause ("في حال كلفت بريطانيا نفسها وتنازلت")


def _modality(h: _Hit, toks: list[Token], trig: Triggers, sent_first_tok: int, clause_first_tok: int = 0) -> str:
    lo = max(sent_first_tok, clause_first_tok, h.i - SCOPE_REACH)
    window = [t.norm for t in toks[lo:h.i]]
    kinds = set()
    for pos, w in enumerate(window):
        near = len(window) - pos <= NEGATION_REACH
        for stem, _ in clitic_variants(w):
            kind = trig.cues.get(stem)
            if kind and (near or kind not in ("negation", "denied")):
                kinds.add(kind)
    for n in (2, 3):
        for pos in range(len(window) - n + 1):
            kind = trig.cues.get(" ".join(window[pos:pos + n]))
            if kind:
                kinds.add(kind)
    first = toks[h.i].norm
    written_future = any(first.startswith(p) for p in ("سي", "ست", "سن", "وسي", "وست", "وسن", "فسي", "فست"))
    if h.verbal and written_future and not h.form.tokens[0].startswith("س"):
        kinds.add("planned")
    if "negation" in kinds:
        return "negated"
    if "denied" in kinds:
        return "denied"
    if "hypothetical" in kinds:
        return "hypothetical"
    if "planned" in kinds:
        return "planned"
    if "reported" in kinds:
        return "reported"
    return "asserted"


FIELD_REACH = 8  # a list of fields of cooperation follows its cue closely


def _names_a_field(h: _Hit, toks: list[Token], nt: NormText, trig: Triggers, first_tok: int) -> bool:
    """A verbal noun in the list a field cue opens ("ليشمل"، "في مجالات") within its clause
    names a field an agreement or cooperation covers, not an act of its own."""
    for k in range(h.i - 1, max(first_tok, h.i - FIELD_REACH) - 1, -1):
        if any(trig.cues.get(stem) == "field" for stem, _ in clitic_variants(toks[k].norm)):
            return not _punct_gap(toks, nt, k + 1, h.i)
    return False


def _demanded(h: _Hit, toks: list[Token], trig: Triggers, first_tok: int) -> bool:
    """An obligation cue ("يجب"، "ينبغي"، "لا بد من") just before the trigger in its clause:
    what follows is demanded, not done."""
    window = [t.norm for t in toks[max(first_tok, h.i - 4):h.i]]
    for w in window:
        for stem, _ in clitic_variants(w):
            if trig.cues.get(stem) == "demand":
                return True
    return any(trig.cues.get(" ".join(window[k:k + 2])) == "demand" for k in range(len(window) - 1))


def _date_for(at: int, times: list[TimeExpr], clause: tuple[int, int], sentence: tuple[int, int]):
    """The nearest date of the clause, else of the sentence, to character ``at``."""
    dated = [t for t in times if t.type == "DATE" and not t.value.endswith("_REF")]
    for lo, hi, src in ((clause[0], clause[1], "clause"), (sentence[0], sentence[1], "sentence")):
        cands = [t for t in dated if lo <= t.start < hi]
        if cands:
            best = min(cands, key=lambda t: (abs(t.start - at), t.start))
            return best.value, src
    return None, None


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per (type, actors) per sentence, and one across the article when two
    sentences give it dates at most three days apart (a lead and its recap). Undated
    repeats stay: news often reports repeated acts (two accusations are two events)."""
    import datetime as dt

    def day(v: str | None):
        try:
            return dt.date.fromisoformat(v) if v and len(v) == 10 else None
        except ValueError:
            return None

    out: list[Event] = []
    for e in events:
        key = (e.type, tuple(e.actors) if e.directed else tuple(sorted(e.actors)))
        dup = False
        for o in out:
            if (o.type, tuple(o.actors) if o.directed else tuple(sorted(o.actors))) != key:
                continue
            if o.sentence_start == e.sentence_start:
                dup = True
            elif e.date and o.date and "document" not in (e.date_source, o.date_source):
                a, b = day(e.date), day(o.date)
                dup = e.date == o.date or (a is not None and b is not None and abs((a - b).days) <= 3)
            if dup:
                break
        if not dup:
            out.append(e)
    return out
