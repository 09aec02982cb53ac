"""Trigger words: the lexicons (triggers.tsv, verbs by lemma, CAMEO codes, cue words) and
the scan that finds their forms in an article.

Kept apart from actors and roles because it is the one part that reads only the words:
what a trigger is does not depend on who stands near it, so the lexicon is loaded and
indexed once and every article is scanned the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path

from core import prepared
from core.cue_words import cue_table
from core.events.imminent import DUE, GATHERING, scoped_words
from core.lexicon import DATA_DIR, read_tsv
from core.text import NormText, Token, WordCache, clitic_variants, future_imperfect, normalize_for_match
from core.events.gap_words import MAX_GAP, _gap_end, date_ends, name_ends  # noqa: F401 (the gap's words; MAX_GAP re-exported)
from core.times.words import month_words  # noqa: F401 (the date words date_ends reads, asked here by callers)


DATA = DATA_DIR  # the one data directory (core.lexicon)
GAP = "…"
# how a definite word begins, with the proclitics written before its article
DEFINITE = ("ال", "لل", "وال", "بال", "فال", "كال", "وبال", "ولل")
# Attached pronouns stripped from the end of a trigger word; not ي ("الاجتماعي" is an
# adjective, not "my meeting").
PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه", "ك")
ENVOY_WORDS = ("سفير", "السفير", "سفيرة", "السفيرة", "سفراء", "السفراء", "القائم بالأعمال", "قائم بالأعمال")


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
    speech: bool = False  # an event only as what a speaker says of another (speech_triggers.tsv)


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
    # written word → its cue kinds, for every word that has some (cue_table): made with the tables
    _kinds: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        if not self._kinds:
            self._kinds.update(cue_table(self.cues))

    def plan(self, key: str) -> "_Plan":
        """The forms of one first key, indexed by what must follow (built on first use)."""
        got = self._plans.get(key)
        if got is None:
            got = self._plans[key] = _Plan.of(self.by_first[key])
        return got

    def cue_kinds(self, word: str) -> tuple[str, ...]:
        """The kinds of cue a normalised word reads as through its proclitics ("وكان" →
        past_aux): one look-up (the rules ask it some 70 times an article, of words most
        of which are no cue)."""
        return self._kinds.get(word, ())

    def first_keys(self, word: str, teh_marbuta: bool) -> tuple[tuple[str, int], ...]:
        """The (key, proclitic chars) of ``word_keys`` that begin some trigger form: empty
        for most words, so the trigger scan skips them."""
        keys = word_keys(word, teh_marbuta)
        by_first = self.by_first
        if keys.keys().isdisjoint(by_first.keys()):
            return ()  # most words: one test in C, no tuple built
        out = []  # a loop: a comprehension reading by_first made it a cell of every call
        for k, d in keys.items():
            if k in by_first:
                out.append((k, d))
        return tuple(out)


_DROPPED = itemgetter(1)  # a key's count of proclitic characters


def _rows(path: Path, *columns: str) -> list[dict[str, str]]:
    """The rows of one of the event TSVs, through the lexicon loader's checks."""
    return [r for _, r in read_tsv(path, columns, required=columns[:1])]


@prepared.table(imaged=lambda data_dir=None: data_dir is None)  # the default data: imaged
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
    speech_path = d / "speech_triggers.tsv"
    if speech_path.exists():
        rows += [dict(r, speech="1") for r in _rows(speech_path, "form", "type", "cameo", "pos", "joint", "note")]
    for r in rows:
        toks = tuple(GAP if t == GAP else normalize_for_match(t) for t in r["form"].split())
        if not toks or toks[0] == GAP:
            continue
        tf = TriggerForm(r["type"].strip(), r["cameo"].strip(), toks, r["pos"].strip(), r["joint"].strip() == "1",
                         inverse="[inverse]" in (r.get("note") or ""), speech=r.get("speech") == "1")
        by_first.setdefault(toks[0], []).append(tf)
        fem = _feminine_dual(toks[0]) if tf.pos in ("verb_past", "phrase") else None
        if fem:
            # two states are grammatically feminine: "وقعتا" beside the listed "وقعا"
            by_first.setdefault(fem, []).append(TriggerForm(tf.type, tf.cameo, (fem,) + toks[1:], tf.pos, tf.joint,
                                                            inverse=tf.inverse, speech=tf.speech))
    verb_words = {t.tokens[0] for lst in by_first.values() for t in lst if t.pos.startswith("verb")}
    noun_words = {t.tokens[0] for lst in by_first.values() for t in lst if t.pos == "noun"} - verb_words
    envoys = {normalize_for_match(w) for w in ENVOY_WORDS}
    for k in by_first:
        by_first[k] = [TriggerForm(t.type, t.cameo, t.tokens, t.pos, t.joint,
                                   verbal=t.pos.startswith("verb") or (t.pos == "phrase" and _verb_like(t.tokens[0], verb_words, noun_words)),
                                   inverse=t.inverse,
                                   envoy=any(x in envoys for x in t.tokens[1:]), speech=t.speech)
                       for t in by_first[k]]
        by_first[k].sort(key=lambda t: -len(t.tokens))
    cues = {}
    cue_path = d / "event_cues.tsv"
    if cue_path.exists():
        for r in _rows(cue_path, "cue", "kind"):
            cues[normalize_for_match(r["cue"])] = r["kind"].strip()
    if (d / "imminent_words.tsv").exists():  # the words that tell a gathering is still to come
        cues.update(dict.fromkeys(scoped_words(GATHERING, d), DUE))
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
    if w in noun_words or w.startswith("ال") and not (len(w) <= 4 or w.endswith(("وا", "يا"))):
        return False  # "ال" of four letters or before a plural or dual ending is the verb's own (ألقت، ألغوا)
    if w.endswith(("ه", "ات")) and not w.startswith("م"):
        return False  # a teh marbuta or a feminine plural make a noun; participles (مستعدة) predicate like verbs
    return not (len(w) >= 4 and w[-2] in "اي" and not w.endswith("ا") and not w.startswith("ي"))


# PRONOUN_SUFFIXES by their last letter, in their order: a word is tried only against the
# suffixes it can end with (word_keys meets every new word of an article)
_SUFFIXES_BY_LAST = {c: tuple(s for s in PRONOUN_SUFFIXES if s[-1] == c) for c in {s[-1] for s in PRONOUN_SUFFIXES}}


def word_keys(norm: str, teh_marbuta: bool = False) -> dict[str, int]:
    """Lexicon keys a written word can stand for → characters of proclitic dropped.

    Sees through proclitics (و ف ب ل ك and combinations), the article, attached
    pronouns (تعاونهما → تعاون، علاقاتها → علاقات، زيارته → زياره) and the future
    prefix سـ (سيتفق → يتفق; also on a verb of three letters, ستشن → تشن). Each word is
    cut once per process (the rules ask it of the same words over and over: a speech
    verb's far complement, a phrase's gap): the dict is shared, not to be changed. One
    cache (no lru_cache over it, which kept each word again, under two keys when asked
    with and without the flag): the prepared image fills it for the news vocabulary."""
    cache = _KEYS[teh_marbuta]
    got = cache.get(norm)
    return got if got is not None else cache.put(norm, _word_keys(norm, teh_marbuta))


# word_keys without and with a written teh marbuta: room for 50,000 words besides the
# 25,000 the prepared image fills each with (core.events.prefilled)
_KEYS = (WordCache(75_000), WordCache(75_000))


def _word_keys(norm: str, teh_marbuta: bool) -> dict[str, int]:
    keys: dict[str, int] = {}
    for stem, dropped in clitic_variants(norm):
        cands = [stem]
        if stem.startswith("ال") and len(stem) > 3:
            cands.append(stem[2:])
        if stem[:1] == "س" and (imperfect := future_imperfect(stem, min_len=4, after_conjunction=False)):
            cands.append(imperfect)
        for c in cands[:]:
            sufs = _SUFFIXES_BY_LAST.get(c[-1:])
            if not sufs:
                continue  # most words: no pronoun to cut
            for suf in sufs:
                if suf == "ه" and teh_marbuta:
                    continue
                if c.endswith(suf) and len(c) - len(suf) >= 3:
                    base = c[: -len(suf)]
                    cands.append(base)
                    if base.endswith("ت"):
                        cands.append(base[:-1] + "ه")
                    elif base.endswith(("ائ", "اؤ")):
                        # a final hamza sits on its seat before a pronoun: لقائه، لقاؤهما → لقاء
                        cands.append(base[:-1] + "ء")
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
    second_inner: tuple[str, ...]  # the inner letters of the words of by_second (see continues)
    # every form has a second word after no gap: nothing starts here unless the next word
    # continues one (most start words of phrases), decided without the readings
    needs_next: bool = False

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
        inner = tuple(dict.fromkeys(w[1:-1] for w in by_second))
        return cls(forms, tuple(single), {w: tuple(v) for w, v in by_second.items()},
                   tuple((w, w[1:-1], tuple(v)) for w, v in by_after.items()), inner, not single and not by_after)

    def continues(self, word: str) -> bool:
        """Whether some reading of the next ``word`` may be the second word of a form: a
        reading keeps the word's letters but its first and last, so a second word whose
        inner letters the word lacks cannot be one, and the word's readings (a cut of
        every proclitic and pronoun, a few microseconds for a word met the first time)
        are not needed. Most words after a trigger's first word continue none of its forms."""
        for x in self.second_inner:  # a loop, not any() over a generator: most plans have one or none
            if x in word:
                return True
        return False

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
            # ت): most words after a gap fail this test without any word being cut, and
            # only the window's words that hold those letters are read (cutting every word
            # of the window once instead, for plans of many words after the gap, cost a
            # third of the scan: few of their words pass the letters' test)
            if inner in window:
                for m in range(first, last):  # a loop, not any() over a generator
                    if inner in norms[m] and after in keys(m):
                        out += got
                        break
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
    again: int = 0  # earlier triggers of the same type in the article (a restatement, or a known topic)


_FIRST = itemgetter(0)  # a word reading's trigger keys


def _find_triggers(nt: NormText, toks: list[Token], norms: list[str], trig: Triggers,
                   readings: list[tuple], names: dict[int, int] | None = None) -> list[_Hit]:
    """The trigger forms the article's words read as; ``names``: first token → token after
    of the names of several words, each counted as one word in a gap, as a date of several
    words is."""
    names = {**date_ends(norms), **(names or {})}
    original = nt.original
    # a written teh marbuta is part of the word, not the pronoun ه ("السيطرة" is no "سيطر"):
    # asked only of the few words a form could start or continue at, not of every word
    firsts = list(map(_FIRST, readings))  # the trigger keys each word begins with (most: none)
    known = trig._marbuta
    keys_at: dict[int, dict[str, int]] = {}
    plans = trig._plans  # first key → _Plan, as Triggers.plan (one look-up, no call, for the built ones)

    def keys(m: int) -> dict[str, int]:
        hit = keys_at.get(m)
        if hit is None:
            # word_keys' cache read here, without the call
            marbuta = original[toks[m].end - 1] == "ة"
            hit = _KEYS[marbuta].get(norms[m])
            keys_at[m] = hit = hit if hit is not None else word_keys(norms[m], marbuta)
        return hit

    n = len(toks)

    def best_at(i: int, inner: bool = False) -> _Hit | None:
        """The longest form that starts at word i; ``inner``: asked of a word within
        another form's gap, where a further gap is not looked into."""
        word = norms[i]
        if original[toks[i][4] - 1] == "ة":  # the token's end (a tuple's item: no attribute look-up)
            f = known.get(word)
            firsts[i] = f if f is not None else known.put(word, trig.first_keys(word, True))
        best: _Hit | None = None
        last = window = None  # the gap's reach and words, worked out for the forms with a gap only
        # the word as written first: "وبحث" is بحث (discussed), not ب + حث (urged)
        nxt = norms[i + 1] if i + 1 < n else None
        for key, dropped in (firsts[i] if len(firsts[i]) == 1 else sorted(firsts[i], key=_DROPPED)):
            plan = plans.get(key) or trig.plan(key)
            follows = nxt is not None and plan.continues(nxt)
            if plan.needs_next and not follows:
                continue  # reachable() would give no form: every one needs a next word that is not there
            forms = plan.forms
            if window is None and plan.after_gap:
                last = _gap_end(i + 1, n, names) + 1
                window = " ".join(norms[i + 1:last]) if i + 1 < n else ""
            # without a next word that continues a form or a gap, reachable() gives the one-word forms
            found = plan.reachable(keys(i + 1) if follows else None, window, keys, i + 1, last, norms) \
                if follows or plan.after_gap else plan.single
            for idx in found:
                form = forms[idx]  # longest first
                words = form.tokens
                if best is not None and len(words) < len(best.form.tokens):
                    break
                if len(words) == 1:  # a one-word form (most): no rest to match, no gap; one as long found first wins
                    if best is None:
                        best = _Hit(form, i, i + 1, nt.offsets[toks[i][1] + dropped], toks[i][4],
                                    verbal=form.verbal and not _definite(word, dropped, words[0]))
                    continue
                gapped = GAP in words
                if gapped and form.type in OBJECT_GAP_TYPES and _has_object(word[dropped:], words[0]):
                    continue  # "نشرته وحدة من القوات": the pronoun is the verb's object, the troops are not
                j = _match_rest(n, keys, i + 1, words[1:], names, norms)
                if j is None or gapped and _crosses_end(original, toks[i].end, toks[j - 1].start):
                    continue  # "... في حركة فتح. وتشهد مساعي تحقيق": the object is the next sentence's
                if best is not None and len(words) == len(best.form.tokens) and j >= best.j:
                    continue  # of two phrases as long, the one whose words come first: "تقدم ... بالشكر ... دعمها"
                head = words.index(GAP) if gapped else len(words)  # the span: the words before a gap ("قطعت … علاقاتها")
                if gapped and (inner or _gap_holds_trigger(i + head, j - len(words) + head + 1, firsts, best_at)
                               or _ends_on_backing(j - 1, form, firsts, best_at)):
                    continue  # "سيطرت القوات المدعومة من واشنطن على": the backing keeps its own reading
                best = _Hit(form, i, j, nt.offsets[toks[i].nstart + dropped], toks[i + head - 1].end,
                            verbal=form.verbal and not _definite(word, dropped, words[0]))
        return best

    hits = _scan(firsts, best_at)
    # best_at's closure holds best_at itself (it hands itself to _gap_holds_trigger): a
    # cycle through which the article's tokens and text were freed by the collector, not
    # at once (400 tokens an article; the collector then took 3.6 % of extraction)
    del best_at
    return hits


_POSSESSIVES = ("هما", "هم", "ها")


def _definite(word: str, dropped: int, first: str) -> bool:
    """Whether the written word (``dropped`` letters of proclitics before the form's
    ``first`` word) reads as a noun: a definite word, or one carrying a possessive
    ("تعاونهما"), or one after ب ("بفرض": ب takes a noun, never a verb)."""
    return (word[dropped:].startswith("ال") or word.startswith("لل")
            or (word.endswith(_POSSESSIVES) and not first.endswith(_POSSESSIVES))
            or "ب" in word[:dropped])


def _scan(firsts: list, best_at) -> list[_Hit]:
    """The hits from left to right: the words of a phrase (or of a form of several words)
    start no other hit."""
    hits: list[_Hit] = []
    pos = 0
    for i in compress(range(len(firsts)), firsts):
        if i < pos:
            continue
        best = best_at(i)
        if best:
            hits.append(best)
            pos = best.j if best.form.pos == "phrase" or len(best.form.tokens) > 1 else i + 1
        else:
            pos = i + 1
    return hits


def _gap_holds_trigger(start: int, end: int, firsts: list, best_at) -> bool:
    """Whether words in a phrase's gap (words start..end-1) read as a trigger of its own:
    the gap is room for the subject, and a subject with a trigger in it ("القوات المدعومة
    من واشنطن") is a clause of its own, whose reading the phrase must not swallow."""
    for m in range(start, end):
        hit = firsts[m] and best_at(m, True)
        if hit and hit.form.inverse and hit.j <= end:  # "منحت X حق اللجوء": the phrase's own object
            return True
    return False


def _ends_on_backing(last: int, form: TriggerForm, firsts: list, best_at) -> bool:
    """Whether a gapped phrase's last word, read only through a ب its form lacks, opens a
    backing of its own ("تقدم الجيش بدعم من التحالف": the army advanced with the coalition's
    backing; it provided no support): an object after a gap takes no ب, a backing does."""
    if form.tokens[-1].startswith("ب") or not firsts[last]:
        return False
    hit = best_at(last, True)
    return bool(hit and hit.form.inverse and hit.form.tokens[0].startswith("ب"))


_SENTENCE_END = re.compile(r"[.!?؟؛](?!\d)|\n")  # not the point of "12.7"


def _crosses_end(original: str, start: int, end: int) -> bool:
    """Whether the text between a gapped form's first word and its last ends a sentence:
    a phrase's words belong to one sentence, its gap never to the next."""
    return _SENTENCE_END.search(original, start, end) is not None


OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")  # not نا: "سحبنا" is "we withdrew"
OBJECT_GAP_TYPES = frozenset({"MOBILIZE", "RETREAT", "ASSAULT", "COERCE"})  # their gapped verbs take one object


def _has_object(stem: str, verb: str) -> bool:
    """The written verb carries an object pronoun ("نشرته" for "نشر")."""
    return stem != verb and stem.startswith(verb) and stem[len(verb):] in OBJECT_SUFFIXES


def _match_rest(n: int, keys, k: int, rest: tuple[str, ...], names: dict[int, int] | None = None,
                norms: list[str] | None = None) -> int | None:
    """End of the words ``rest`` matched from token k on (``keys(m)``: the readings of
    word m), a GAP letting up to MAX_GAP words pass (a name one word); None when they do not follow.
    With the words ``norms``, a word that lacks the inner letters of ``t`` is passed over
    without its readings (which keep those letters: see ``_Plan.continues``)."""
    gap = False
    for t in rest:
        if t == GAP:
            gap = True
            continue
        limit = _gap_end(k, n, names) + 1 if gap else k + 1
        found = None
        inner = t[1:-1]
        for m in range(k, min(limit, n)):
            if (norms is None or inner in norms[m]) and t in keys(m):
                found = m
                break
        if found is None:
            return None
        k = found + 1
        gap = False
    return k


@prepared.table()
def _context_table() -> dict[tuple[str, ...], tuple[str, str, frozenset[str]]]:
    """Trigger form → (type, cameo, context words) for types that depend on the article."""
    out = {}
    for r in _rows(DATA / "trigger_context.tsv", "form", "type", "cameo", "context"):
        ctx = frozenset(normalize_for_match(w) for w in r["context"].split("|") if w.strip())
        out[tuple(normalize_for_match(r["form"]).split())] = (r["type"].strip(), r["cameo"].strip(), ctx)
    return out


def _reads_any(nt: NormText, toks: list[Token], keys: frozenset[str] | set[str], words: set[str] | None = None) -> bool:
    """Whether a word of the article reads as one of ``keys`` (through clitics and
    pronouns, as word_keys does). A reading keeps the inner letters of its word, so a
    key whose inner letters are nowhere in the text is ruled out without cutting words.
    ``words``: the article's distinct words, when the caller has them."""
    present = [k for k in keys if k[1:-1] in nt.norm]
    if not present:
        return False
    if words is None:
        words = {t.norm for t in toks}
    return any(k in word_keys(w, False) for k in present for w in words if k[1:-1] in w)


def _retype(hits: list[_Hit], toks: list[Token], nt: NormText) -> list[_Hit]:
    """Give context-dependent triggers the type the article's subject calls for
    ("تم استهداف بنك البلاد" in an article about sanctions is a sanction, not an attack)."""
    table = _context_table()
    if not table or not hits:
        return hits
    out = []
    read: dict[frozenset, bool] = {}  # a context's answer holds for the whole article
    words: set[str] | None = None
    for h in hits:
        rule = table.get(h.form.tokens)
        if rule is not None:
            got = read.get(rule[2])
            if got is None:
                if words is None:
                    words = {t.norm for t in toks}
                got = read[rule[2]] = _reads_any(nt, toks, rule[2], words)
            if got:
                from dataclasses import replace

                h = _Hit(replace(h.form, type=rule[0], cameo=rule[1]), h.i, h.j, h.start, h.end, h.verbal)
        out.append(h)
    return out


def count_earlier(hits: list[_Hit]) -> None:
    """Each trigger's count of earlier triggers of its type in the article (a feature of
    the role model): a second "الاتفاق" or "العقوبات" mostly names the agreement or the
    sanctions told before, not new ones."""
    seen: dict[str, int] = {}
    for h in hits:
        typ = h.form.type
        h.again = seen.get(typ, 0)
        seen[typ] = h.again + 1
