"""English display names of people, organisations and places no lexicon holds.

A reader of the English interface needs a name he can read, not a consonant skeleton
("al-Farwq Blkhyr"). So a name is, in this order of preference:

1. a known name or composed of known parts (``data/lexicons/name_parts.tsv``, and the
   word-by-word pairs of the people lexicon: "سيرغي" → Sergei, "لافروف" → Lavrov);
2. a readable romanisation: long vowels written (و → u, ي → i, ا → a), the patterns of
   Arabic names spelt as news spells them (عبد الـ → Abdul, بن → bin, ال → al-), and
   only when every word has a vowel to read and no run of three consonants;
3. otherwise None: the caller shows the Arabic name.

Pure functions over normalised words (``core.text.normalize_for_match`` forms).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from core import prepared
from core.lexicon import DATA_DIR
from core.text import WordCache, normalize_for_match

DATA = DATA_DIR  # the one data directory (core.lexicon)
_VOWEL_LETTERS = "اوىي"
# The longest run of consonant letters a romanised word may keep and stay readable.
MAX_CONSONANT_RUN = 2


@prepared.table()  # read from the prepared image: built, 4 ms of every start-up
def known_parts() -> dict[tuple[str, ...], str]:
    """Normalised word tuples → Latin: the name-parts table, then the people lexicon's
    one-word forms (a surname: "أردوغان" → Erdogan) and its names split word by word
    where Arabic and English have as many words. A lexicon word lends its spelling only
    where the table has none (محمد stays Mohammed, not one leader's Mehmet) and where it
    can be the same word: a variant "نصر الله" beside "Hassan Nasrallah" has as many
    words but does not pair "نصر" with Hassan, so a Latin word whose first letter the
    Arabic one cannot begin is no pair (``_same_start``). A lexicon person's whole name
    is no part of another's ("إبراهيم نصر الله" is not Ibrahim Hassan Nasrallah): see
    ``known_names``."""
    from core.lexicon import load_lexicon

    out = dict(_part_table())
    for e in load_lexicon().entries:
        if e.type != "PERSON":
            continue
        latin = e.name.split()
        for form in (e.name_ar, *e.variants):
            k = _key(form)
            if len(k) == 1:
                lat = latin[-1] if len(latin) > 1 else e.name
                if _same_start(k[0], lat):
                    out.setdefault(k, lat)
            elif len(k) == len(latin):
                for w, lat in zip(k, latin):
                    if _same_start(w, lat):
                        out.setdefault((w,), lat)
    return out


@prepared.table()  # read from the prepared image (3 ms)
def _part_table() -> dict[tuple[str, ...], str]:
    """The hand-written name-parts table: normalised word tuples → Latin."""
    from core.lexicon import read_tsv

    out: dict[tuple[str, ...], str] = {}
    for _, r in read_tsv(DATA / "name_parts.tsv", ("form", "latin"), required=("form", "latin")):
        out.setdefault(_key(r["form"]), r["latin"])
    return out


@prepared.table()  # read from the prepared image (1 ms)
def known_names() -> dict[tuple[str, ...], str]:
    """The people lexicon's names of several words → its English name, for a whole name
    only (the parts of a longer name come from ``known_parts``); a name the name-parts
    table holds keeps the table's spelling."""
    from core.lexicon import load_lexicon

    parts = _part_table()
    out: dict[tuple[str, ...], str] = {}
    for e in load_lexicon().entries:
        if e.type == "PERSON":
            for form in (e.name_ar, *e.variants):
                k = _key(form)
                if len(k) > 1 and k not in parts:  # the table's "عبد الله" stays Abdullah
                    out.setdefault(k, e.name)
    return out


# The Latin letters an Arabic name's first letter may be spelt with, in the news'
# spellings of many languages (ج → Jamal, Gamal, Djamel; ق → Qasim, Gassim, Kassem).
_STARTS = {"ا": "aeiouy", "ع": "aeiouy", "ء": "aeiouy", "ى": "aeiouy", "ب": "bpv", "ت": "tcç",
           "ث": "tsc", "ج": "jgdy", "ح": "hk", "خ": "khc", "د": "d", "ذ": "dzt", "ر": "r", "ز": "zs",
           "س": "scşz", "ش": "scş", "ص": "s", "ض": "dz", "ط": "t", "ظ": "zd", "غ": "gr", "ف": "fvp",
           "ق": "qgk", "ك": "kcqg", "ل": "l", "م": "m", "ن": "n", "ه": "hae", "و": "wvou",
           "ي": "yijea"}


def _same_start(w: str, latin: str) -> bool:
    """Can the Latin word spell the Arabic one, by its first letter ("تشاووش" is not
    Mevlut, "رعد" not Al, "الثاني" not II)?"""
    lat = "".join(c for c in unicodedata.normalize("NFD", latin) if not unicodedata.combining(c)).lower()
    starts = [w[2:]] if w.startswith("ال") and len(w) > 3 else []
    for p in ("al-", "el-", "al ", "ad-", "as-"):
        if lat.startswith(p):
            lat = lat[len(p):]
            break
    return bool(lat) and any(lat[0] in _STARTS.get(x[0], "") for x in (w, *starts))


def _key(form: str) -> tuple[str, ...]:
    return tuple(normalize_for_match(form).replace("_", " ").split())


@prepared.table()  # read from the prepared image
def _letters() -> dict[str, str]:
    from core.lexicon import read_tsv

    return {r["letter"]: r["latin"] for _, r in read_tsv(DATA / "romanization.tsv", ("letter", "latin"),
                                                            required=("letter", "latin"))}


def romanize_word(w: str) -> str | None:
    """A readable Latin form of one normalised Arabic word, or None when the spelling
    leaves too little to read (kept per word: ``_romanized``)."""
    cache = _ROMANIZED[0] if _ROMANIZED else _romanized_words()
    hit = cache.get(w, _UNSEEN)
    if hit is _UNSEEN:
        hit = cache.put(w, _romanize_word(w))
    return hit


_UNSEEN = object()  # a word the cache has not met
_ROMANIZED: list = []  # the word cache once read (``_romanized_words``)


def _romanized_words() -> WordCache:
    cache = _romanized()
    _ROMANIZED.append(cache)
    return cache


@prepared.table()  # read from the prepared image
def _romanized() -> WordCache:
    """The romanised words of the news vocabulary (``crf_features.news_vocabulary``),
    worked out once into the prepared image: the names no table holds are romanised word
    by word, and of the words a fresh process romanised in its first 2,000 news articles
    three in four were in the vocabulary (each otherwise romanised letter by letter in the
    first article that names it). The answer depends on the word and the romanisation
    table only."""
    from core.crf_features import news_vocabulary

    cache = WordCache()
    for w in dict.fromkeys(news_vocabulary()):
        if len(cache) >= cache.limit // 2:
            break
        cache[w] = _romanize_word(w)
    return cache


def _romanize_word(w: str) -> str | None:
    """``romanize_word`` worked out. Long vowels are written; a short "a" is supplied where
    three consonants would meet ("الحربي" → al-Harbi, "بلخير" → Balkhir), before an
    ع or ء that follows a consonant ("نعيم" → Na'im) and between two first consonants
    no English word begins with ("منير" → Manir, not Mnir), at most once per word."""
    prefix = ""
    if w.startswith("ال") and len(w) > 3:
        prefix, w = "al-", w[2:]
    sounds = _sounds(w, prefix)
    if sounds is None:
        return None
    sounds = _final_pair(sounds, bool(prefix) or bool(_ARABIC_LETTERS & set(w)))
    sounds, supplied = _supply_vowels(sounds, arabic=bool(prefix))
    if supplied > 1 or not any(not cons for _, cons in sounds):
        return None
    s = "".join(lat for lat, _ in sounds).replace("''", "'").strip("'")
    return prefix + s[:1].upper() + s[1:] if s else None


def _sounds(w: str, prefix: str = "") -> list[tuple[str, bool | None]] | None:
    """The word's sounds: (latin, True) a consonant, (latin, False) a written vowel,
    (latin, None) a vowel the spelling implies (an initial ع's "a")."""
    letters = _letters()
    sounds: list[tuple[str, bool | None]] = []
    # A final "يو" after a consonant is the "-io" of Romance names (Mario, Antonio).
    final_io = len(w) >= 4 and w.endswith("يو") and w[-3] not in _VOWEL_LETTERS
    skip = False
    arabic = bool(prefix) or bool(_ARABIC_LETTERS & set(w))
    for k, c in enumerate(w):
        if skip:
            skip = False
            continue
        nxt = w[k + 1] if k + 1 < len(w) else ""
        # After a letter read as a vowel, و and ي are consonants ("داود" → Dawud); after
        # one read as a consonant, also a و or ي, they are long vowels ("الطويل" → al-Tawil,
        # "يوهان" → Yuhan, not al-Tawyl, Yawhan), but for a doubled ي ("بنييت" is no Banyit).
        # A foreign name's يو after a consonant ("جيورجي", "كامبيون") has no reading that
        # is its own (io, eo, yu): the old one, a consonant w, leaves it to the Arabic.
        prev_vowel = bool(sounds) and (not sounds[-1][1] and sounds[-1][0] != "'" or c == "ي" == w[k - 1]
                                       or c == "و" and k > 1 and w[k - 1] == "ي" and not arabic)
        if final_io and k >= len(w) - 2:  # "مورينيو" → Murinio, not Murinayw
            if k == len(w) - 2:
                sounds.append(("io", False))
            continue
        elif c in "وي" and k > 0 and not prev_vowel and (not nxt or nxt not in "اوي"):
            sounds.append(("u" if c == "و" else "i", False))  # a long vowel after a consonant
        elif c == "ا" and k == 0 and nxt and nxt in "وي":
            continue  # "اوماروسا": the alef only carries the vowel the next letter writes
        elif c == "ت" and nxt == "ش" and not prefix and (k == 0 or w[k - 1] in _VOWEL_LETTERS):
            # "تشارلي" → Charli, "ريتشارد" → Richard; not an Arabic word's ت ش ("مفتش")
            sounds.append(("ch", True))
            skip = True
        elif c == "غ" and k > 0 and w[k - 1] == "ن" and (not nxt or nxt not in _VOWEL_LETTERS):
            sounds[-1] = ("ng", True)  # "وانغ" → Wang, "كينغسلي" → Kingsli: one sound
        elif c == "غ" and not nxt and k > 1 and w[k - 1] == "ر" and not _ARABIC_LETTERS & set(w):
            sounds.append(("g", True))  # a foreign name's final g: "بيرغ" → Birg, "-بورغ" → -burg
        elif c in "اى" or c == "ه" and not nxt and k > 1:
            sounds.append(("a", False))
        elif c in "عء" and k == 0:
            if nxt and nxt not in _VOWEL_LETTERS and nxt not in "عء":
                sounds.append(("a", None))  # "عدنان" → Adnan, not Dnan
            continue
        else:
            lat = letters.get(c)
            if lat is None:
                return None
            sounds.append((lat, lat != "'"))
    return sounds


_SONORANTS = ("r", "l", "n", "m")
# Sounds only Arabic (and Persian, Turkish) words have, and the letters that write them.
_ARABIC_SOUNDS = {"kh", "gh", "q", "h", "dh", "'"}
_ARABIC_LETTERS = set("حخعقذظضصطءؤئ")


def _final_pair(sounds: list[tuple[str, bool | None]], arabic: bool) -> list[tuple[str, bool | None]]:
    """A vowel between a word's last two consonants after a written vowel, where no word
    ends so: in an Arabic word the i of its pattern after a long a ("راجح" → Rajih, not
    Rajh) or an a before r, l, n, m ("حيدر" → Hidar); in a foreign one an e before r, l,
    n, m ("روبن" → Ruben, "فاجنر" → Fajner, also after two consonants) or after a long a
    before a pair that ends no English word ("راشد" → Rashed, but "Richard")."""
    if len(sounds) < 3 or not sounds[-1][1] or not sounds[-2][1] or sounds[-2][0] in ("y", "w"):
        return sounds
    last, prev = sounds[-1][0], sounds[-2][0]
    vowel = None
    if sounds[-3][1] is False and sounds[-3][0] != "'":  # a pair after a written vowel
        after_a = sounds[-3][0] == "a" and len(sounds) > 3  # a long a, not an initial alef's
        if arabic:  # but a foreign "-and", "-ant" ("أوتاراخاند" → Utarakhand)
            vowel = None if prev == "n" else "i" if after_a else "a" if last in _SONORANTS else None
        elif last in _SONORANTS or after_a and not _latin_coda(prev, last):
            vowel = "e"
    elif len(sounds) > 3 and sounds[-3][1] and sounds[-4][1] is False and sounds[-4][0] != "'" \
            and last in _SONORANTS:  # three consonants: "فاجنر" → Fajner
        vowel = "a" if arabic else "e"
    return sounds if vowel is None else [*sounds[:-1], (vowel, False), sounds[-1]]


def _latin_coda(a: str, b: str) -> bool:
    """Two consonants an English word may end with ("Richard", "Hartman", "Gates")."""
    return a in _SONORANTS or a in ("s", "ng") or a + b in ("kt", "ft", "pt", "ks", "ts", "ps", "ch")


# Two consonants an English word may begin with ("Frank", "Klaus", "Stern"); any other
# pair at a word's start ("Mnir", "Hsini", "al-Qtal") lacks a vowel.
_ONSETS = {a + b for a in ("b", "d", "f", "g", "k", "p", "t", "th", "ch", "sh") for b in ("r", "l")} | {
    "s" + b for b in ("k", "t", "p", "m", "n", "l", "w", "f")} | {"tw", "sw", "kw", "ghr", "ghl"}




def _readable_triple(a: str, b: str, c: str, final: bool) -> bool:
    """Three consonants after a vowel a Latin reader reads as they stand: a sonorant or s
    closing the syllable ("Hartman", "Kingsli") or a pair beginning the next ("Lifandufski");
    not with a sound only Arabic words have ("Arkhbil"), nor ending a word but in s, z or t
    ("Richardz", not "Anjb")."""
    if _ARABIC_SOUNDS & {a, b, c} or final and c not in ("s", "z", "t"):
        return False
    return a in _SONORANTS or a in ("s", "ng") or (b + c) in _ONSETS


def _supply_vowels(sounds: list[tuple[str, bool | None]], arabic: bool = False) -> tuple[list, int]:
    """Insert "a" where consonants run to MAX_CONSONANT_RUN + 1 (unless after a vowel
    they read as Latin), meet a glottal sign, or begin the word as no English word begins
    (an Arabic word, after al-, begins with no two consonants at all)."""
    out: list[tuple[str, bool | None]] = []
    run = 0
    supplied = 0
    for k, (lat, cons) in enumerate(sounds):
        if lat == "'" and out and out[-1][1]:
            out.append(("a", False))
            supplied += 1
            run = 0
        if cons:
            run += 1
            if run == 2 and len(out) == 1 and (arabic or out[0][0] + lat not in _ONSETS):
                out.append(("a", False))
                supplied += 1
                run = 1
            elif run > MAX_CONSONANT_RUN:
                if run == 3 and len(out) > 2 and out[-3][1] is False and _readable_triple(
                        out[-2][0], out[-1][0], lat, k == len(sounds) - 1):
                    out.append((lat, cons))
                    continue
                if run > 3:  # four consonants ("Bulambrg"): more than one vowel to guess
                    return out, 2
                out.insert(len(out) - run + 2, ("a", False))
                supplied += 1
                run = 1
        else:
            run = 0
        out.append((lat, cons))
    return out, supplied


@lru_cache(maxsize=50_000)
def english_name(name_norm: str) -> str | None:
    """The display name of a normalised Arabic name, or None when it has no readable
    Latin form (the caller then shows the Arabic). Kept per name: an article names most
    of its people and places several times, and the news the same ones day after day
    (romanising a word letter by letter was 0.8% of extraction)."""
    words = tuple(name_norm.split())
    if not words:
        return None
    whole = known_names().get(words)
    if whole:
        return whole
    table = known_parts()
    out: list[str] = []
    k = 0
    while k < len(words):
        for n in (3, 2, 1):
            part = table.get(words[k:k + n]) if k + n <= len(words) else None
            if part:
                out.append(part)
                k += n
                break
        else:
            w = words[k]
            if w == "عبد" and k + 1 < len(words) and words[k + 1].startswith("ال"):
                rest = romanize_word(words[k + 1][2:])  # عبد الرحمن → Abdul Rahman
                if rest is None:
                    return None
                out.append("Abdul " + rest)
                k += 2
                continue
            if w.startswith("عبدال") and len(w) > 6:  # عبدالكريم reads as عبد الكريم
                rest = table.get(("عبد", w[3:]))
                if rest:
                    out.append(rest)
                    k += 1
                    continue
                rest = romanize_word(w[5:])  # عبدالمطلب → Abdul Matlb
                if rest is None:
                    return None
                out.append("Abdul " + rest)
                k += 1
                continue
            lat = romanize_word(w)
            if lat is None:
                return None
            out.append(lat)
            k += 1
    return " ".join(out)
