"""Where a person's name ends: the run of name-like words after a title or a given name.

Apart from the rules that find names (core.entities.rules), since every rule that reads a
person (titled people, given names, the tagger's spans) asks it the same question.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import _match_at
from core.entities.name_edges import role_of_noun
from core.entities.repeated_surnames import repeated_surname
from core.entities.second import _pronoun_cut
from core.entities.tables import MAX_NAME_TOKENS, _god_name, _god_unit, _name_particles, _particles_of_kind
from core.text import clitic_variants, future_imperfect, normalize_for_match


def _name_tokens(ctx: _Context, k: int) -> int:
    """End of the run of name-like tokens starting at k (k itself when none).

    A name is up to MAX_NAME_TOKENS words, not counting the particles that join its
    parts (عبد، أبو، بن) and the second halves of compound names (نصر الله). A name of
    God is part of a name only as the second half of one ("عبد الله"، "حسب الله"):
    after any other word ("أطال الله") the name ends before that word."""
    toks = ctx.toks
    before, after = _name_particles()
    n = k
    words = 0
    while n < len(toks) and words < MAX_NAME_TOKENS:
        if n > k and ctx.punct_between(n - 1, n):
            break
        w = toks[n].norm
        if _god_name(w) and not (n > k and _second_half(ctx, n)):
            n = max(k, n - 1)  # "أطال الله"، "رحمه الله": the word before it is no name part either
            break
        if n > k and w in after:
            if not _second_half(ctx, n):
                break
            n += 1
            continue
        if _plural_people(ctx, w) or n == k and _dual_form(ctx, w):
            break  # "ملكة جمال المراهقات"، "الناشطين البيئيين": people of a kind; "دبلوماسيان" starts no name
        if ctx.compound_given(n) and ctx.owner[n + 1] is None:
            n += 2  # "عز الدين"، "فتح الله": a given name of two words, its first a common noun
            words += 1
            continue
        if w in before and n + 1 < len(toks) and not ctx.punct_between(n, n + 1) and not ctx.function_word(n):
            n += 1
            continue
        if n > k and toks[n - 1].norm in before and ctx.owner[n] is None and not ctx.function_word(n) \
                and not (ctx.stop(w) and toks[n - 1].norm != _FAMILY):
            n += 1  # "آل ثاني"، "آل خليفة"، "بن جبر": after a particle comes a name part, common word or not
            words += 1
            continue
        if not ctx.name_like(n, first=n == k) and not (n > k and (_family_name(ctx, n) or repeated_surname(ctx, k, n))) \
                and not (n == k + 1 and _indefinite_nisba(ctx, n)):
            break
        if n == k and _rare_affixed(ctx, w):
            break  # "الناطق سنعطي جوابنا": a name starts with no common word's inflection
        if n > k and w.startswith("ال") and w not in ctx.lex.given_names and toks[n - 1].norm not in before \
                and not _surname_like(ctx, n):
            break
        if n > k and w[:1] in "وف" and w not in ctx.lex.given_names:
            break  # "نصر الله وأمثاله": a conjunction ends the name
        if _particle_on_word(ctx, w, "وف" if n == k else "لب"):
            break  # "والرئيس وإدارته"، "باشنيان لتولي": a conjunction or preposition on a word
        if words >= 2 and w not in ctx.lex.given_names and ctx.counts.get(w, 0) >= 20:
            break  # a third word must be a name part, not "مخاطبا"
        if n > k and _role_after_name(ctx, k, n):
            break  # "حسان الذوادي أمين عام"، "برونو موتان أمين المتحف": a role after the name
        if n > k and _pronoun_suffixed(ctx, w):
            break  # "منيف بكعبه", "شوذري صلاتها": a noun or verb with a pronoun on it
        if ctx.verb_form(w, later=n > k) or n > k and (ctx.circumstantial(w) or ctx.accusative(w) or _imperfect(ctx, w)):
            break  # "محمد صلاح سيسجل"، "مدير المطعم هيو هددنا": a verb ends the name; so does "قائدا"
        n += 1
        words += 1
    while n > k and toks[n - 1].norm in before:
        n -= 1
    if n == k + 2 and toks[k].norm in _KUNYA and n < len(toks) and ctx.owner[n] is None \
            and not ctx.punct_between(n - 1, n) and toks[n].norm.startswith("ال") and ctx.adjective(n):
        n += 1  # "أبو أيوب المصري": a kunya takes the nisba of its bearer's origin
    return n


def _indefinite_nisba(ctx: _Context, n: int) -> bool:
    """An indefinite nisba right after a known first name is its family name ("المدون رائف
    بدوي"): a name is definite, so an adjective of it would take the article ("رائف
    البدوي"). Not a nationality (the person's origin may be told so), not the first word
    of a construct ("مصري الجنسية"، "عسكري الطابع")."""
    toks = ctx.toks
    w, first = toks[n].norm, toks[n - 1].norm
    if w.startswith(("ال", "لل")) or w[:1] in "وفبلك" and w[1:3] == "ال" or not w.endswith("ي") or len(w) < 4:
        return False  # "للدوري"، "بالعربي": a preposition and the article on a common word
    if ctx.owner[n] is not None or not (first in ctx.lex.given_names or first in _name_word_set()):
        return False  # "يقتضي عملي": the word before must be a known first name
    if n >= 2 and toks[n - 2].norm in _THAT:
        return False  # "اعتبر أن علي كافي لقيادة الفريق": after أن the nisba may be the predicate
    if ctx.adjective(n) or ctx.stop(w) or ctx.function_word(n):
        return False
    return n + 1 >= len(toks) or ctx.punct_between(n, n + 1) or toks[n + 1].norm not in NISBA_COMPLEMENTS


_THAT = frozenset({"ان", "وان", "لان", "بان", "فان"})  # أن/إن, with a particle on them (normalised)
# The nouns a nisba governs as the first word of a construct ("مصري الجنسية"، "عسكري
# الطابع"): after them the nisba describes, it does not name (normalised).
NISBA_COMPLEMENTS = frozenset({"الجنسيه", "الاصل", "المولد", "الطابع", "النشاه", "الهوي", "الانتماء", "التوجه",
                               "الصنع", "المنشا", "الهويه", "المذهب", "الديانه"})


def _role_after_name(ctx: _Context, k: int, n: int) -> bool:
    """A given name that also begins a role ("أمين عام"، "أمين سر"، "أمين المتحف") after
    a name is that role in apposition, not the name's last part: when a title of two
    words or more starts there, or when, after two name words, a definite common noun
    follows ("محمد أمين الحسيني" goes on: a family name follows), or an indefinite one the
    role governs (``role_of_noun``)."""
    if n not in ctx.starts(ctx.f.titles):
        return False
    m = _match_at(ctx.nt, ctx.toks, n, ctx.f.titles)
    if m and m[1] - n >= 2:
        return True
    if n - k < 2 or n + 1 >= len(ctx.toks) or ctx.punct_between(n, n + 1):
        return False
    nxt = ctx.toks[n + 1].norm
    if not nxt.startswith("ال"):
        return role_of_noun(ctx, n + 1)  # "جيرار لوبان أمين متاحف بلجيكا"
    return nxt not in ctx.lex.given_names and not _surname_like(ctx, n + 1)


def _imperfect(ctx: _Context, w: str) -> bool:
    """An imperfect verb after a name's first word ("كاترين يجلس"): news writes its other
    persons too, and it is no name part a table knows."""
    return w[:1] in _IMPERFECT and ctx.verb_like(w) and not ctx.whole_name(w) and w not in _name_word_set()


def _second_half(ctx: _Context, n: int) -> bool:
    """Whether the second half of a compound name at n (الله، الدين، الثاني) belongs to
    the word before it: a name of God only after the word that makes one name with it
    ("نصر الله", not "أطال الله"), an ordinal only when it counts no number
    ("الثالث والخمسين")."""
    w = ctx.norms[n]
    if _god_name(w):
        return n > 0 and _god_unit(ctx.norms[n - 1], w, ctx.lex.given_names, ctx.surface(n - 1))
    return not _ordinal_number(ctx, n)


def _plural_people(ctx: _Context, w: str) -> bool:
    """A sound plural, people of a kind and never a person's name: a definite relative
    adjective ("البيئيين"، "المسيحيون"، "والحوثيين"); an indefinite word in ون whose
    singular, feminine and other case news writes too, as an adjective's ("نائمون":
    نائم، نائمة، نائمين; "جونسون"، "ليفون"، "حمدون"، "ماكرون" have no such forms); a
    definite feminine plural whose singular news writes with the article ("المراهقات":
    المراهقة). Kept per word by the finder (the answer depends on the word, the
    lexicon and the news counts only): names are walked word by word in every article."""
    hit = ctx.f.plural_people.get(w)
    if hit is None:
        hit = ctx.f.plural_people.put(w, _plural_form(ctx, w))
    return hit


def _plural_form(ctx: _Context, w: str) -> bool:
    for stem, _ in clitic_variants(w):
        if stem.startswith("ال") and len(stem) >= 7 and stem.endswith(("يين", "يون")):
            return True
    if len(w) < 5 or w in ctx.lex.given_names or ctx.whole_name(w):
        return False
    if w.endswith("ون") and not w.startswith("ال"):
        one = w[:-2]
        return all(ctx.counts.get(form, 0) >= PLURAL_FORMS_MIN for form in (one, one + "ين", one + "ه"))
    if w.startswith("ال") and w.endswith("ات") and len(w) >= 7:
        return ctx.counts.get(w[:-2] + "ه", 0) >= PLURAL_FORMS_MIN
    return False


def _dual_form(ctx: _Context, w: str) -> bool:
    """A dual (or plural in ين) of a definite word or of a relative adjective that news
    writes far more often in the singular: "دبلوماسيان"، "السيناتوران"، "الرئيسين". A name
    in ان or ين has no such singular ("سلمان" beside "سلم": 14 to 1; "عدنان"، "زيدان":
    neither a nisba nor definite). Asked of a name's first word only: a family name may
    look so ("طارق السويدان")."""
    if len(w) < 6 or not w.endswith(("ان", "ين")):
        return False
    one = w[:-2]
    if not (one.startswith("ال") or one.endswith("ي")):
        return False
    n = ctx.counts.get(one, 0)
    return n >= DUAL_SINGULAR_MIN and ctx.counts.get(w, 0) * DUAL_RATIO < n


PLURAL_FORMS_MIN = 5  # how often news must write the singular and the other case of a plural
DUAL_SINGULAR_MIN = 50  # how often news must write the singular of a dual ...
DUAL_RATIO = 10  # ... and how many times more often than the dual


def _ordinal_number(ctx: _Context, n: int) -> bool:
    """An ordinal followed by the tens written with و ("الثالث والخمسين") counts a
    number, no regnal number of a name ("فيليب السادس")."""
    nxt = ctx.norms[n + 1] if n + 1 < len(ctx.norms) else ""
    return ctx.norms[n].startswith("ال") and not _god_name(ctx.norms[n]) and nxt.startswith("وال") \
        and nxt.endswith(("ين", "ون")) and not ctx.punct_between(n, n + 1)


# A word news writes this often ends a name when a conjunction or a preposition is
# written on it (below).
PARTICLE_STEM_MIN = 20


def _particle_on_word(ctx: _Context, w: str, letters: str) -> bool:
    """A conjunction (first word after a title: "والرئيس وإدارته") or a preposition
    (a later word: "باشنيان لتولي المنصب") written on a frequent word of news, which it
    is far more often than the written form: "وليد"، "بلير"، "لافروف" are names, and
    a given name keeps its conjunction for the rules that cut it ("وسيف محمد")."""
    if w[:1] not in letters or len(w) < 4 or w in ctx.lex.given_names or ctx.whole_name(w) \
            or w[1:] in ctx.lex.given_names:  # "والمدير العام وسيف محمد"
        return False
    if _conjoined_definite(ctx, w) or _conjoined_verb(w):
        return True
    n = ctx.counts.get(w[1:], 0)
    return n >= PARTICLE_STEM_MIN and n > 2 * ctx.counts.get(w, 0)


# Letters a definite word keeps after و/ف and its article for the pair to be read as the
# conjunction on that word: shorter, it may be a foreign name ("والاس"، "والش").
CONJOINED_STEM_MIN = 3
# Letters of the verb after the conjunction: "وتد" (a peg), "وقت" (time) are shorter.
VERB_STEM_MIN = 4


def _conjoined_verb(w: str) -> bool:
    """A conjunction on a verb by its form: a past in ت or وا, an imperfect in ت ("وشبهت"،
    "وقللوا"، "وتخرق"): the clause goes on after the title, no name starts. A foreign
    name written with و for W ("وورين"، "ويلسون"، "وايت") is left alone by its second letter;
    ف is left alone, as foreign names start with it ("فرنسوا")."""
    stem = w[1:]
    return w[:1] == "و" and w[1:2] not in "اوي" and len(stem) >= VERB_STEM_MIN \
        and (stem.endswith(("ت", "وا")) or stem.startswith("ت"))


def _conjoined_definite(ctx: _Context, w: str) -> bool:
    """A conjunction on a definite word ("والمتلقي"، "والملهم"، "فالرئيس"), however rare
    the word is in news: a second noun joined to the title, no name. The word must read
    as Arabic: a participle in م, or a definite word or stem news writes at all; a foreign
    name written so ("والستروم"، "فالديز"، "فالنتين") is neither. A name that looks so
    ("والتر") is a whole name, which the caller leaves alone; a preposition on a
    definite word may be a foreign name ("بالدوين")."""
    if not (w[:1] in "وف" and w[1:3] == "ال" and len(w) - 3 >= CONJOINED_STEM_MIN):
        return False
    return w[3:4] == "م" or ctx.counts.get(w[1:], 0) > 0 or ctx.counts.get(w[3:], 0) > 0


# A word this rare that reads as a word this frequent once its pronoun is cut is that
# word with a pronoun, not a name.
SUFFIXED_RARE_MAX, SUFFIXED_STEM_MIN = 20, 50


def _pronoun_suffixed(ctx: _Context, w: str) -> bool:
    if w in ctx.lex.given_names or ctx.counts.get(w, 0) >= SUFFIXED_RARE_MAX:
        return False
    return any(ctx.counts.get(stem, 0) >= SUFFIXED_STEM_MIN
               for bare in _pronoun_cut(w) for stem, _ in clitic_variants(bare))


_FAMILY = normalize_for_match("آل")
# Particles of a kunya ("أبو أيوب"), normalised: أبو، أبي، أم (name_particles.tsv).
_KUNYA = _particles_of_kind("kunya")
# How often news may write a family name without its article ("هذلول" for "الهذلول").
FAMILY_BARE_MAX = 2
# A word rarer than this in news may start a name no table holds.
NAME_RARE = 10


def _surname_like(ctx: _Context, n: int) -> bool:
    """A definite word after a first name is a family name ("حيدر العبادي") when the
    bare word is rare in news: common nouns ("الخارجية") and adjectives are not."""
    w = ctx.toks[n].norm
    return (len(w) > 4 and ctx.counts.get(w[2:], 0) < 30 and not ctx.adjective(n)
            and not ctx.stop(w) and not ctx.function_word(n))


def _confirmed_single(ctx: _Context, k: int) -> bool:
    """A one-word name after a title ("الرئيس ترامب") is trusted when the word is rare
    in news (a foreign name, but no common word with its affixes) or the article
    repeats it."""
    w = ctx.toks[k].norm
    if ctx.counts.get(w, 0) < RARE_WORD_MAX and len(w) >= 4:
        return not _affixed_common(ctx, w)
    return ctx.word_count(w) >= 2


# A word news writes fewer times than this may be a foreign name.
RARE_WORD_MAX = 5


def _rare_affixed(ctx: _Context, w: str) -> bool:
    """A word rare as written but common once its affixes are cut: no one-word name,
    whichever rule or tagger read it so ("الوزير مرتاحا"، "نرجح بشكل كبير")."""
    return ctx.counts.get(w, 0) < RARE_WORD_MAX and _affixed_common(ctx, w)


# A rare word that reads as a word news writes this often once its affixes are cut is
# that word with its affixes.
AFFIXED_STEM_MIN = 30


def _affixed_common(ctx: _Context, w: str) -> bool:
    """A word rare as written that news writes often once a proclitic, an attached
    pronoun, the ت of a past verb or a future prefix is cut off, or
    with another person's prefix of the same imperfect, is that common word and no
    foreign name: "لاشتباهه" (اشتباه), "يوظفه" (يوظف), "قيلت" (قيل),
    "ستستقيل" (يستقيل), "تعمق" (يعمق). A foreign name has no such reading ("بيولي"،
    "لامبارد": ل + امبارد is no word of news); a known name part is kept whatever it
    reads as."""
    if w in ctx.lex.given_names or ctx.whole_name(w) or w in _name_word_set():
        return False
    if ctx.circumstantial(w):
        return True  # "مقتبسا"، "مرتاحا": a participle in the accusative (no ا cut: "سيلفيا")
    bases = [stem for stem, _ in clitic_variants(w) if len(stem) >= 3 and not ctx.stop(stem)]
    bases += [verb for verb in map(future_imperfect, bases) if verb]  # "سيقوده" → يقوده
    stems: set[str] = set(bases)
    if len(w) > 3 and w[-1] in "ته" and not w.startswith("ال"):
        stems.add(w[:-1])  # "قيلت"، "شركسيه" as written: no past verb takes the article
        # or a preposition ("ألبرت"، "لبريت")
    for stem in bases:
        stems.update(_pronoun_cut(stem))
    verbs = {p + s[1:] for s in stems if s[0] in _IMPERFECT and len(s) > 3 for p in _IMPERFECT} - {w}
    stems.discard(w)
    counts = ctx.counts
    return any(counts.get(v, 0) >= AFFIXED_STEM_MIN and not ctx.whole_name(v) for v in verbs) \
        or any(counts.get(s, 0) >= AFFIXED_STEM_MIN and not ctx.stop(s) and not ctx.whole_name(s)
               and s not in _name_word_set() and _word_of_news(ctx, s) for s in stems)


def _word_of_news(ctx: _Context, s: str) -> bool:
    """A frequent stem that is a common word, no name: news writes it with و/ب/ال too,
    or with the article, or in another person of a verb ("لبريت" is ل + the name
    "بريت", "لكلينتون" ل + a name)."""
    return ctx.common_word(s) or ctx.common_noun(s) or ctx.verb_like(s)


_IMPERFECT = "يتن"  # prefixes of the imperfect's persons (أ is the first letter of too many names)


def _name_word_set() -> frozenset[str]:
    from core.entities.name_words import _name_word_forms  # a late import: name_words imports this module
    return _name_word_forms()[0]


def _family_name(ctx: _Context, n: int) -> bool:
    """A definite word after a first name that news never writes without its article nor
    with a second one is a family name ("لجين الهذلول"), though written often enough to
    pass for a common noun: nouns also stand bare ("الخارجية"، "خارجية"), and a word whose
    ال is its own letters ("الغاء" for إلغاء) takes the article again ("الالغاء").
    Plurals and duals ("المشاركون") are no family names."""
    w = ctx.toks[n].norm
    if ctx.owner[n] is not None or not w.startswith("ال") or len(w) <= 4 or w.endswith(("ون", "ين", "ان")):
        return False
    if ctx.counts.get(w[2:], 0) >= FAMILY_BARE_MAX or ctx.counts.get("ال" + w, 0):
        return False
    if n + 1 < len(ctx.toks) and ctx.toks[n + 1].norm.startswith("ال") and ctx.toks[n + 1].norm.endswith(("ي", "يه")):
        return False  # "مركز سعيد المسحال الثقافي": an adjective after it makes the name a building's
    return not (ctx.stop(w) or ctx.function_word(n) or ctx.adjective(n) or ctx.common_word(w))


_HAMZA_ALIFS = frozenset("أإآ")


def _hamza_against(ctx: _Context, i: int, form: str) -> bool:
    """The word at i writes a hamza the title's own word does not ("أمام" in front of,
    no "إمام"): matching sees through hamzas, since news often leaves them out, but one
    written the other way is another word."""
    hamzas = _OWN_HAMZAS.get(form)
    if hamzas is None:
        own = form.split()[0]
        hamzas = _OWN_HAMZAS[form] = tuple((k, b) for k, b in enumerate(reversed(own)) if b in _HAMZA_ALIFS)
    if not hamzas:  # most titles ("الرئيس"، "وزير"): no letter of theirs to write otherwise
        return False
    word = ctx.surface(i)
    for k, b in hamzas:  # a loop, not a generator: no closure cell
        if k < len(word) and word[-1 - k] != b and word[-1 - k] in _HAMZA_ALIFS:
            return True
    return False


# A title's form -> the hamzas on alif of its first word: (place counted from its end, letter)
_OWN_HAMZAS: dict[str, tuple[tuple[int, str], ...]] = {}

