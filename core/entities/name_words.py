"""People no title announces: words news writes mostly inside people's names.

Why: the title and given-name rules need a cue beside the name ("الرئيس"، "قال محمد"),
and the tagger reads a name from its context; a surname that stands bare in a list of
results or in a second sentence ("وأضاف بوين"، "تغلب كافلنيكوف") has neither, and was
missed even when the news corpus knows the word as a name. ``name_words.tsv`` holds the
words that the tagger, over 18,000 news articles, found inside people's names at least
half the times news writes them (scripts/build_person_words.py); a free word of that
table, where no rule and no tagger span claimed it, is taken as a person here.

The name is then grown over its own words, as a name is written: a given name or a
particle (عبد، أبو) just before it; after it, more words of the table, a particle and the
word it joins, the second half of a compound name ("الحمد الله"), or a word too rare in news to be a common word (a foreign surname), up to
MAX_WORDS words; a person span found already right beside it joins it ("الفارو" before
the tagger's "ميخيا"). A conjunction ends the name ("وإدغار" is a second person). A
given name alone is no person (a first name names nobody in particular), so given
names are never in the table.
"""
from __future__ import annotations

from itertools import compress, repeat

from core import prepared
from core.entities.clause_words import _clause_word
from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets
from core.entities.noun_adjectives import adjective_after_noun
from core.entities.person_names import _name_tokens, _rare_affixed, _second_half
from core.entities.second import COMMON_WORD_MIN, NAME_CANDIDATE_MAX, _given_name_proclitic, _pronoun_cut, _readings
from core.entities.tables import _god_name, _name_particles, _read_column, _surface_stopword_keys
from core.text import CLOSE_QUOTES, OPEN_QUOTES, clitic_variants, normalize_for_match, proclitic_forms

# The most words of a name this rule takes (the bare word and what grows around it).
MAX_WORDS = 4
# A word that follows the name's word and is rarer than this in news (under its written
# form) is the name's next part ("بوين" after "إستوارت").
RARE_PART_MAX = 3
# The fewest letters of a table word read under a proclitic: a short one is more often
# the end of another word ("لايف" is no ل + "ايف").
MIN_STEM_CUT = 4
# A free word rarer than this in news beside a one-word person's repeat may be the
# next part of a full name: no repeat there (_name_beside).
LONE_NAME_MAX = 10


@prepared.table()
def _name_word_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(the words of name_words.tsv, every form they take with a proclitic written on).
    In the prepared image: 31,000 forms, 0.03 CPU-s to build at every start-up."""
    words = frozenset(normalize_for_match(w) for (w,) in _read_column("name_words.tsv", "word"))
    return words, frozenset(f for w in words for f in proclitic_forms(w))


def _name_word(ctx: _Context, k: int, words: frozenset[str]) -> int | None:
    """Letters of proclitic to cut when token k is a word of the table (0: as written),
    else None. A reading with a proclitic cut counts only when news writes the bare word
    more often than the word as written ("وبوين" → بوين, but no "ولد" → لد), and the bare
    word has MIN_STEM_CUT letters or more."""
    w = ctx.norms[k]
    if ctx.function_word(k) or ctx.stop(w) or w.isdigit() or _clause_word(ctx, k):
        return None  # "كميناً": an accusative with fathatan, or a verb, is no name's word
    for stem, dropped in clitic_variants(w):
        if stem in words and stem not in ctx.lex.given_names and (dropped == 0 or len(stem) >= MIN_STEM_CUT and (
                stem not in ctx.counts or ctx.counts.get(w, 0) < ctx.counts[stem])):
            return dropped
    return None


def _name_word_spans(ctx: _Context) -> None:
    """Claim each free word of name_words.tsv, with the name it is part of, as a person;
    the unknown names right after a verb of saying (``_said_names``) or a nationality
    adjective standing for a man (``_nationality_names``); then the bare repeats
    of the article's one-word people (``_lone_name_repeats``) and of its well-known
    people's surnames (``_known_surname_repeats``)."""
    _table_name_spans(ctx)
    _said_names(ctx)
    _nationality_names(ctx)
    _lone_name_repeats(ctx)
    _known_surname_repeats(ctx)


def _table_name_spans(ctx: _Context) -> None:
    words, forms = _name_word_forms()
    found = ctx.words_in(forms)
    if not found:
        return
    for k in ctx.positions(found):
        if ctx.owner[k] is not None:
            continue
        dropped = _name_word(ctx, k, words)
        if dropped is None:
            continue
        i, j, dropped = _grown_name(ctx, k, dropped, words)
        if j - i == 1 and (ctx.norms[i] in _name_particles()[0] or _described_noun(ctx, i)
                           or ctx.adjective(i) or adjective_after_noun(ctx, i)):
            continue  # "جنود هنود": a people's nisba; "فيديو رمزي": an adjective, no name
        country = acts_for = None
        for side in (ctx.owner[j] if j < len(ctx.toks) else None, ctx.owner[i - 1] if i > 0 else None):
            if _joins(ctx, side, i, j):
                ctx.release(side, side.i, side.j)
                country, acts_for = country or side.country, acts_for or side.acts_for
                if side.i < i:
                    dropped = max(0, len(ctx.norms[side.i]) - len(side.name_norm.split()[0]))
                i, j = min(i, side.i), max(j, side.j)
        s, t = _span_offsets(ctx.nt, ctx.toks, i, j, dropped)
        name_norm = " ".join([ctx.norms[i][dropped:]] + ctx.norms[i + 1:j])
        ctx.claim(_Span(i, j, s, t, "person", name_norm=name_norm, country=country, acts_for=acts_for))


@prepared.table()
def _speech_verb_forms() -> frozenset[str]:
    """The reporting verbs of event_cues.tsv (kind speech: "قال"، "أضاف"، "أوضح") in the
    past, third person masculine singular, normalised, bare and with و or ف written on.
    A feminine verb's subject is as often a city or a state ("وأوضحت منسك"), a plural
    verb's a pronoun; an imperfect is as often inside a clause with its object ("أن
    يعتبر فارا"), a verb of judgement takes one ("وصف تفصيلي"), and a participle
    ("مضيفا") is followed by what was said."""
    rows = _read_column("event_cues.tsv", "cue", "kind", "note")
    verbs = {normalize_for_match(cue) for cue, kind, note in rows
             if kind == "speech" and " " not in cue and "judgement" not in note}
    verbs = {v for v in verbs if not v.endswith(("ت", "ا", "ه")) and v[0] != "ي"
             and not (v[0] == "ت" and "ي" + v[1:] in verbs)}
    return frozenset(f for v in verbs for f in (v, "و" + v, "ف" + v))


def _said_names(ctx: _Context) -> None:
    """"وقال سيرغي ماتفيينكو إن ..."، "وأوضح كاستيلانوس": a word news does not know right
    after a verb of saying is its speaker's name (on ANERcorp's train part, the word
    after "قال"، "وقال"، "وأضاف"، "وأشار" that news writes fewer than NAME_CANDIDATE_MAX
    times starts a person 36 times in 41), where neither a title, the tagger nor a table
    found it. The name runs on as a titled name does (``_name_tokens``); not a word
    between quotes (a title: 'قال "..."'), nor a plural ("وقال متعاملون")."""
    forms = ctx.words_in(_speech_verb_forms())
    if not forms:
        return
    n_toks = len(ctx.toks)
    for v in ctx.positions(forms):
        k = v + 1
        if k >= n_toks or ctx.owner[k] is not None or ctx.punct_between(v, k) or not _unknown_word(ctx, k) \
                or _term_or_place(ctx, k):
            continue
        _claim_name(ctx, k)


def _nationality_names(ctx: _Context) -> None:
    """"وتغلب الروسي كافلنيكوف على ..."، "أن الأميركي كوبر ...": a word news does not know
    right after a nationality adjective that stands for a man (definite, masculine,
    singular) is his name, where no title came before the adjective (on ANERcorp's train
    part such a word is a person 42 times in 66, and the others are verbs, plurals and
    words with a pronoun or a conjunction on them, which ``_unknown_word`` refuses). The
    name runs on as a titled name does (``_name_tokens``)."""
    n_toks, norms = len(ctx.toks), ctx.norms
    # the words after one ending in ي, picked in C (most words follow none): one Python
    # step for about one word in seven instead of every word
    for k in compress(range(1, n_toks), map(str.endswith, norms, repeat("ي"))):
        if ctx.owner[k] is not None or not _foreign_form(norms[k]) \
                or ctx.punct_between(k - 1, k) or not _man_of(ctx, k - 1) or not _unknown_word(ctx, k) \
                or _preposition_on_noun(ctx, ctx.norms[k]) or _term_or_place(ctx, k):
            continue
        _claim_name(ctx, k, ctx.lex.adjective_of(norms[k - 1]))


def _claim_name(ctx: _Context, k: int, country: str | None = None) -> None:
    """A person's name starting at the unknown word k, run on as a titled name is
    (``_name_tokens``), claimed when all its words are free; a person found right after
    it (a table's surname, not a repeat) is the rest of the same name."""
    end = _name_tokens(ctx, k)
    if end > k and all(ctx.owner[j] is None for j in range(k, end)):
        side = ctx.owner[end] if end < len(ctx.toks) else None
        if _joins(ctx, side, k, end) and not getattr(side, "alias", False):
            ctx.release(side, side.i, side.j)  # "الياباني تاكيرو" + the table's "ماتسوموتو"
            end, country = side.j, country or side.country
        s, t = _span_offsets(ctx.nt, ctx.toks, k, end, 0)
        ctx.claim(_Span(k, end, s, t, "person", name_norm=" ".join(ctx.norms[k:end]), country=country))


def _man_of(ctx: _Context, k: int) -> bool:
    """A definite masculine singular nationality adjective ("الروسي"، "والأميركي"), alone
    ("فاز الروسي") or after a noun for a man ("النجم البرازيلي"); not one written without
    the article ("ألماني": an indefinite noun's adjective), nor one inside the name of a
    body ("الجيش السوري"، "المنتخب الكرواتي"), whose verb or adverb follows it."""
    w, sp = ctx.norms[k], ctx.owner[k]
    return w.endswith("ي") and ctx.surface(k).startswith(("ال", "وال")) and ctx.lex.adjective_of(w) is not None \
        and (sp is None or sp.kind == "person") and not ctx.listed_adjective(k)


def _foreign_form(w: str) -> bool:
    """A word written as news transliterates a foreign name: two long vowels or more
    between its first and last letters ("دافيدينكو"، "مالودا"، "كوجان"), where an Arabic
    verb or noun of the same length has one or none ("استكمل"، "احتسبها"، "يتهيأ"); not a
    past verb's plural ("اشتكوا")."""
    mid = w[1:-1]  # the long vowels counted in C, not one generator step per letter
    return mid.count("ا") + mid.count("و") + mid.count("ي") >= 2 and not w.endswith("وا")


def _preposition_on_noun(ctx: _Context, w: str) -> bool:
    """ب or ك on a common noun, bare or with its pronoun ("بمجلسيه"، "بقطاعيه"), or on any
    word whose next letter is no long vowel ("بطريقتين"): a foreign name in ب is written
    with one after it ("بيسيرو"، "باولوص")."""
    if w[0] not in "بك":
        return False
    if w[1] not in "اوي":
        return True
    stem = w[1:]
    bare = [stem] + [stem[:-len(p)] for p in _PRONOUNS if stem.endswith(p) and len(stem) - len(p) > 2]
    return any(ctx.common_noun(b) or ctx.counts.get(b, 0) >= COMMON_WORD_MIN for b in bare)


# Pronouns written on a noun after a preposition, with a dual's or a plural's ending before
# them ("بقطاعيه"، "بمجلسيه": in its two sectors, its two chambers).
_PRONOUNS = ("يه", "يها", "يهم", "ه", "ها", "هم")


# The fewest letters of an unknown word read as a speaker's name ("زير" is a slip for وزير).
SAID_NAME_MIN = 4


def _unknown_word(ctx: _Context, k: int) -> bool:
    """A word news writes fewer than NAME_CANDIDATE_MAX times under every reading (its
    proclitics, a future prefix, an accusative ending cut), without the article, no
    common word with its affixes ("لاشتباهه"، "جلالته"), a plural ("مساعدو") or a word of
    an Arabic pattern (``_arabic_pattern``), and with no و or ف on it (a second verb:
    "قال وأقتبس") nor ل (whom he spoke to: "وقال لحفيدته")."""
    w = ctx.norms[k]
    if len(w) < SAID_NAME_MIN or not w.isalpha() or w.startswith("ال") or ctx.function_word(k) or ctx.stop(w):
        return False
    if w[0] in "وفل" or _sound_plural(w) or _arabic_pattern(ctx, k):
        return False
    return max(_reading_count(ctx, w, r) for r in _readings(w)) < NAME_CANDIDATE_MAX \
        and not _rare_affixed(ctx, w) and not ctx.verb_form(w) and not _noun_with_pronoun(ctx, w)


def _reading_count(ctx: _Context, w: str, r: str) -> int:
    """How often news writes the reading r of w; a reading under ب or ك counts only when
    its word is common (COMMON_WORD_MIN): after a verb of saying a preposition comes
    before a common word ("وقال بحزم"), while a foreign name whose first letter is ب
    ("وقال بوين") leaves a rare word once cut ("وين")."""
    n = ctx.counts.get(r, 0)
    return n if r == w or w[0] not in "بك" or len(w) - len(r) != 1 or n >= COMMON_WORD_MIN else 0


def _sound_plural(w: str) -> bool:
    """A masculine plural: in ون ("متعاملون"، "مؤرخون"), or a participle's in و before its
    complement ("مساعدو ترامب"، "مقدمو البرنامج"). A name in ون that news writes after
    such a verb is no unknown word ("ماكرون")."""
    return w.endswith("ون") or w[0] == "م" and w.endswith("و")


def _arabic_pattern(ctx: _Context, k: int) -> bool:
    """A word of an Arabic pattern no foreign name has: a participle, م with no long vowel
    after it ("مسعف"، "ممرض"، "منطوق"، "مستفيضا"; "موراغ"، "ميركل" have one); a feminine
    noun in ة ("باكورة"), which a masculine verb's subject is not; the plural of a nisba
    before its complement ("دبلوماسيو")."""
    w = ctx.norms[k]
    return w[0] == "م" and w[1] not in "اوي" or ctx.surface(k).endswith("ة") \
        or w.endswith("و") and ctx.common_noun(w[:-1]) or _participle_accusative(w)


def _participle_accusative(w: str) -> bool:
    """How the speaker spoke, a participle in the accusative ("وأضاف ضاحكا"، "ساخرا"):
    فاعلا, no long vowel inside its root ("ماريا" is a name)."""
    return len(w) == 5 and w[1] == "ا" and w[-1] == "ا" and not set(w[2:4]) & set("اوي")


def _noun_with_pronoun(ctx: _Context, w: str) -> bool:
    """A common noun or a title, bare ("حاخام") or with a pronoun on it ("انتباهي" my
    attention, "جلالته" His Majesty, "نجلاه" his two sons): news writes the noun often,
    or with the article."""
    bare = _pronoun_cut(w) + ([w[:-1]] if w.endswith("ي") and len(w) > 4 else [])
    bare += [b[:-1] for b in bare if b.endswith("ا") and len(b) > 3]  # a dual's: "نجلاه"
    titles = ctx.f.titles.by_first
    return any((ctx.common_noun(b) or ctx.counts.get(b, 0) >= COMMON_WORD_MIN or b in titles or "ال" + b in titles)
               and b not in ctx.lex.given_names for b in bare + [w])


def _grown_name(ctx: _Context, k: int, dropped: int, words: frozenset[str]) -> tuple[int, int, int]:
    """[i, j) of the name around the table's word at k, and the proclitic letters to cut
    from its first word (see the module's docstring for what the name grows over)."""
    n, owner, norms = len(ctx.toks), ctx.owner, ctx.norms
    before, after = _name_particles()
    j = k + 1
    while j < n and owner[j] is None and not ctx.punct_between(j - 1, j) and _name_word(ctx, j, words) == 0:
        j += 1
    i = k
    if dropped == 0 and k > 0 and owner[k - 1] is None and not ctx.punct_between(k - 1, k) \
            and not ctx.function_word(k - 1):
        prev = norms[k - 1]
        cut = _given_name_proclitic(ctx, k - 1)
        if prev in before:
            i = k - 1  # "عبد الفتاح": the particle, and a given name before it
        elif k > 1 and norms[k - 2] in before and owner[k - 2] is None and not ctx.punct_between(k - 2, k - 1):
            i = k - 2  # "عبد الحميد غول": a compound given name
        elif prev[cut:] in ctx.lex.given_names and (cut == 0 or ctx.counts.get(prev, 0) < ctx.counts.get(prev[cut:], 0)):
            i, dropped = k - 1, cut  # "وسامي": a proclitic on a given name, but "لصالح" is a word
        if i < k - 1 or norms[i] in before:
            if i > 0 and owner[i - 1] is None and not ctx.punct_between(i - 1, i) \
                    and norms[i - 1] in ctx.lex.given_names:
                i -= 1
    while j < n and j - i < MAX_WORDS and owner[j] is None and not ctx.punct_between(j - 1, j):
        w = norms[j]
        if w[:1] == "و" and w not in words and w not in ctx.lex.given_names:
            break  # "وإدغار": a second person
        if w in before and j + 1 < n and owner[j + 1] is None and not ctx.punct_between(j, j + 1) \
                and not ctx.stop(norms[j + 1]) and not ctx.function_word(j):  # "فإن" is no "فان"
            j += 2
            continue
        if w in after and not _second_half(ctx, j):
            break  # "كريستينا الثالث والخمسين"، "رحمه الله"
        if _name_word(ctx, j, words) == 0 or w in after or _rare_part(ctx, w):
            j += 1
            continue
        break
    return i, j, dropped


def _described_noun(ctx: _Context, k: int) -> bool:
    """A lone word followed by an indefinite nationality adjective is a common noun it
    describes ("أديب بريطاني" a British writer); a name takes the definite one
    ("ماكرون الفرنسي")."""
    n = k + 1
    return n < len(ctx.toks) and not ctx.punct_between(k, n) and not ctx.norms[n].startswith("ال") \
        and ctx.adjective(n) is not None


def _rare_part(ctx: _Context, w: str) -> bool:
    """A word too rare in news to be a common word, with no proclitic or accusative
    ending on it: the next part of a foreign name."""
    return ctx.counts.get(w, 0) < RARE_PART_MAX and not w.endswith("ا") and w[:1] not in "وفبل" \
        and not ctx.stop(w)


def _joins(ctx: _Context, side, i: int, j: int) -> bool:
    """Whether a person span right beside [i, j) is the same name (no pause, no
    conjunction at the seam, MAX_WORDS words together)."""
    if side is None or side.kind != "person":
        return False
    if side.i == j:
        return ctx.norms[j][:1] != "و" and not ctx.punct_between(j - 1, j) and side.j - i <= MAX_WORDS
    if side.j == i:
        return ctx.norms[i][:1] != "و" and not ctx.punct_between(i - 1, i) and j - side.i <= MAX_WORDS
    return False


def _lone_name_repeats(ctx: _Context) -> None:
    """A person the article names by one word ("ورفض جوزيه"، "قال بيللغريني") is that
    word's other bare occurrences too ("يعتمد جوزيه في ..."): news repeats the short name
    with no cue before it, where neither a title nor the tagger finds it (the aliases
    start from names of two words or more). The word must be a given name (a rare word
    read as a person alone was as often a place, a club or a term on news), no common
    noun and no function word's key ("علي" alone may be "على"); a repeat stands alone
    (``_name_beside``), not between quotes nor after في (``_term_or_place``), and is
    written bare or under a conjunction (``_lone_reading``)."""
    lone = {}
    for sp in ctx.spans():
        if sp.kind == "person" and sp.j - sp.i == 1 and " " not in sp.name_norm \
                and (_lone_name(ctx, sp.name_norm) or _cued_rare_name(ctx, sp)):
            lone.setdefault(sp.name_norm, sp)
    for k, hit in _bare_repeats(ctx, lone):
        sp = lone[hit[0]]
        s, t = _span_offsets(ctx.nt, ctx.toks, k, k + 1, hit[1])
        _claim_repeat(ctx, k, s, t, sp)


def _claim_repeat(ctx: _Context, k: int, s: int, t: int, sp: _Span) -> None:
    """The one word at token k (text s-t) as a repeat of the person ``sp``: his full name
    and state, marked as an alias so that no rule reads its repeats again."""
    alias = _Span(k, k + 1, s, t, "person", name_norm=sp.name_norm, country=sp.country, acts_for=sp.acts_for)
    alias.alias = True  # type: ignore[attr-defined]
    ctx.claim(alias)


def _known_surname_repeats(ctx: _Context) -> None:
    """A well-known person the article names in full ("نبيه بري") is his surname's bare
    mentions too ("وقال بري إن ..."), where the lexicon keeps no short form because the
    word alone is also a common word ("بري": wild, by land): the full name in the same
    article decides, as for the people no table knows (core.entities.aliases). Not a
    surname after a particle (the father's or the family's name: "محمد بن سلمان"), nor a
    name's second half ("عبد الله الثاني": "الثاني" alone is an ordinal), nor one after an
    indefinite noun it may describe ("هجوم بري"), beside another name, between quotes or
    after في."""
    before, after = _name_particles()
    known = {}
    for sp in ctx.spans():
        if sp.kind == "lexicon" and sp.entry is not None and sp.entry.type == "PERSON" and sp.j - sp.i >= 2:
            last = ctx.norms[sp.j - 1]
            if len(last) > 2 and ctx.norms[sp.j - 2] not in before and last not in after and not _god_name(last):
                known.setdefault(last, sp.entry)
    for k, hit in _bare_repeats(ctx, known, _described):
        e = known[hit[0]]
        s, t = _span_offsets(ctx.nt, ctx.toks, k, k + 1, hit[1])
        ctx.claim(_Span(k, k + 1, s, t, "lexicon", entry=e, country=e.country, acts_for=e.acts_for))


def _bare_repeats(ctx: _Context, names: dict, described=None):
    """(token, (name, proclitic letters to cut)) of each free occurrence of one of
    ``names``' words written bare or under و/ف (``_lone_reading``), standing alone
    (``_name_beside``), not between quotes nor after في (``_term_or_place``), and not
    ``described``. Lazy: each claim the caller makes is seen by the next occurrence."""
    if not names:
        return
    forms = {f for w in names for f in proclitic_forms(w)} & ctx.word_set()
    for k in ctx.positions(forms):
        if ctx.owner[k] is not None or ctx.function_word(k):
            continue
        hit = _lone_reading(ctx, ctx.norms[k], names)
        if hit is None or described is not None and described(ctx, k) or _name_beside(ctx, k) \
                or _term_or_place(ctx, k):
            continue
        yield k, hit


def _described(ctx: _Context, k: int) -> bool:
    """The word right after an indefinite common noun, in the same clause, may be its
    adjective ("هجوم بري")."""
    p = k - 1
    if p < 0 or ctx.punct_between(p, k) or ctx.function_word(p):
        return False
    w = ctx.norms[p]
    return not w.startswith("ال") and not ctx.stop(w) and ctx.common_noun(w)


def _lone_reading(ctx: _Context, w: str, lone: dict) -> tuple[str, int] | None:
    """(the lone name, proclitic letters to cut) of a written word, or None. Only و or ف
    may stand on a repeat, and only when news writes the word as written no more often
    than the name: a preposition makes a noun of the word more often than a name
    ("لتوفيق أوضاع"، "بعادل"), two letters a word of their own ("ولدينا")."""
    for stem, dropped in clitic_variants(w):
        if stem in lone and (dropped == 0 or dropped == 1 and w[0] in "وف"
                             and ctx.counts.get(w, 0) <= ctx.counts.get(stem, 0)):
            return stem, dropped
    return None


def _lone_name(ctx: _Context, w: str) -> bool:
    """Whether a one-word person's word may name him alone elsewhere (see
    ``_lone_name_repeats``)."""
    return w in ctx.lex.given_names and len(w) > 2 and not ctx.stop(w) and not ctx.common_noun(w) \
        and w not in _name_particles()[0] and w not in _surface_stopword_keys()


def _cued_rare_name(ctx: _Context, sp: _Span) -> bool:
    """A one-word person a cue found (a title, a verb of saying: not the tagger) whose
    word news hardly writes and is written as a foreign name ("قال المدرب فيرهاخن"): a
    foreign surname, which names him alone again ("وأكد فيرهاخن"، "تصريحات فيرهاخن").
    The form (``_foreign_form``) keeps out a verb a title ran over ("المدرب تختصر"); a
    rare word the tagger alone read as a person is as often a place or a club
    ("فرايبورغ"، "سوانزي"), and a common word has other readings."""
    w = sp.name_norm
    return not getattr(sp, "tagged", False) and len(w) > 3 and w.isalpha() and not w.startswith("ال") \
        and max(ctx.counts.get(r, 0) for r in _readings(w)) < NAME_CANDIDATE_MAX and _foreign_form(w) \
        and not ctx.stop(w) and not ctx.common_noun(w) and w not in _surface_stopword_keys()


def _name_beside(ctx: _Context, k: int) -> bool:
    """A word right before or after k, with no pause between, that is part of a name: a
    span found already ("لجورج واشنطن"، "وعادل ميسي") or a free given name or word rare in
    news ("جوزيه مورينيو"، "يوب هينكيز"): k is then part of someone's full name."""
    for n in (k - 1, k + 1):
        if n < 0 or n >= len(ctx.toks) or ctx.punct_between(min(k, n), max(k, n)):
            continue
        if ctx.owner[n] is not None:
            return True
        w = ctx.norms[n]
        if n < k and _conjoined_common(ctx, w):
            continue  # "ويكمل X حديثه": the clause's verb under و, rare only with it
        if not ctx.function_word(n) and not ctx.stop(w) and (w in ctx.lex.given_names or ctx.counts.get(w, 0) < LONE_NAME_MAX):
            return True
    return False


def _conjoined_common(ctx: _Context, w: str) -> bool:
    """A word written with و or ف whose reading without it news writes LONE_NAME_MAX times
    or more and is no given name ("ويكمل"، "ويختتم": verbs that open a clause): rare as
    written only because of the conjunction, so no part of the name after it ("وعادل
    ميسي" stays a name's first word)."""
    stem = w[1:]
    return w[:1] in "وف" and len(stem) > 2 and stem not in ctx.lex.given_names \
        and ctx.counts.get(stem, 0) >= LONE_NAME_MAX


_QUOTES = frozenset('"\'' + OPEN_QUOTES + CLOSE_QUOTES)


def _term_or_place(ctx: _Context, k: int) -> bool:
    """A repeat between quotes is a term or a nickname ('"الأتزوري"'، a dish, a language),
    and one right after في a place: no person named alone."""
    nt, tok = ctx.nt.norm, ctx.toks[k]
    before, after = nt[max(0, tok.nstart - 2):tok.nstart].strip(), nt[tok.nend:tok.nend + 2].strip()
    return before[-1:] in _QUOTES or after[:1] in _QUOTES or k > 0 and ctx.norms[k - 1] == "في"
