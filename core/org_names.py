"""English names of organisations no lexicon holds, composed from the words of their
Arabic names.

An organisation's name translates; it does not transliterate ("مكتب الشؤون السياسية
العسكرية" is an office of political and military affairs, and "Mktb al-Sh'wn" tells an
English reader nothing). Most such names are made of a few dozen institution words, so a
name whose every word is known (``data/lexicons/org_name_words.tsv``, the lexicon's
places and countries, its nationality adjectives) is composed the way English says it:

- Arabic writes a noun before its adjectives and English after them, so each noun's
  adjectives go before it, in mirror order ("الحزب الديمقراطي الكردستاني" → "Kurdistan
  Democratic Party");
- each later noun is the complement of the one before ("وزارة الدفاع" → "Ministry of
  Defense"), except a proper name, which English puts first, with the head's adjectives
  written after it ("مؤتمر ميونيخ الأمني" → "Munich Security Conference");
- nouns joined by و are one complement ("حزب العدالة والتنمية" → "Party of Justice and
  Development");
- a trailing nationality adjective is the country the body belongs to, written as the
  lexicon writes such bodies ("وزارة الزراعة العراقية" → "Ministry of Agriculture (Iraq)").

A name is composed only when its first word is the head of a body (ministry, party, court,
...): a one-word paper or club named by a common word ("الخبر") keeps its Arabic name.
Any word unknown: None, and the caller shows the Arabic.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from core import prepared
from core.lexicon import DATA_DIR, load_lexicon, read_tsv
from core.text import normalize_for_match

HEAD, NOUN, ADJ, SCOPE, PROPER, COUNTRY = "head", "noun", "adj", "scope", "proper", "country"
LONGEST = 3  # words of the longest form of the table (and of a place's name read as one)


def _bare(word: str) -> str:
    """A normalised word without its definite article: the table holds one form for both."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _key(form: str) -> tuple[str, ...]:
    return tuple(_bare(w) for w in normalize_for_match(form).split())


@prepared.table()  # read from the prepared image
def name_words() -> dict[tuple[str, ...], dict[str, str]]:
    """Bare word tuples → {part of the name: English}: a word may head a name and
    describe in one ("البحرية الإيرانية": the Navy; "القوات البحرية": naval)."""
    out: dict[tuple[str, ...], dict[str, str]] = {}
    for _, r in read_tsv(DATA_DIR / "org_name_words.tsv", ("form", "latin", "part"), required=("form", "latin", "part")):
        out.setdefault(_key(r["form"]), {}).setdefault(r["part"], r["latin"])
    return out


@prepared.table()  # read from the prepared image
def proper_names() -> dict[tuple[str, ...], str]:
    """The lexicon's places and countries by their bare words → English name: the proper
    names an organisation is named after ("مؤتمر ميونيخ"، "حزب مصر القوية")."""
    out: dict[tuple[str, ...], str] = {}
    for e in load_lexicon().entries:
        if e.type in ("PLACE", "COUNTRY"):
            for form in (e.name_ar, *e.variants):
                k = tuple(normalize_for_match(form).split())  # as written: "الديلي" is no "ديلي"
                if 0 < len(k) <= LONGEST:
                    out.setdefault(k, e.name)
    return out


@dataclass
class _Word:
    """One word (or several read as one) of the name: its English, its part, the
    connective written on it ("و": and, "ل"/"لل": of), and how an adjective agrees with
    it: feminine ("ـة"، a plural of things, a place) or not."""
    latin: str
    part: str
    joined: str = ""
    definite: bool = False
    feminine: bool = False


@dataclass
class _Noun:
    """A noun with the adjectives that agree with it, in the order written."""
    word: _Word
    adjectives: list[_Word] = field(default_factory=list)

    def english(self) -> str:
        """Adjectives of scope first ("Central Criminal Court"), the others as Arabic
        orders them ("Christian Democratic Union"), then the noun."""
        adjs = [a for a in self.adjectives if a.part == SCOPE] + [a for a in self.adjectives if a.part == ADJ]
        return " ".join([*(a.latin for a in adjs), self.word.latin])


@dataclass
class _Group:
    """A noun, or nouns joined by "و", each with its own adjectives."""
    nouns: list[_Noun]
    proper: bool = False

    def english(self) -> str:
        return " and ".join(n.english() for n in self.nouns)


@lru_cache(maxsize=20_000)
def english_org_name(name_norm: str) -> str | None:
    """The English name of a normalised organisation name, or None when a word of it is
    unknown, it does not start with the head of a body, or a nationality describes a noun
    other than the head (English would need its adjective: "مركز الدراسات الإيرانية").
    Kept per name: the news names the same bodies day after day."""
    words = _words(name_norm.split())
    if not words or words[0].part != HEAD or words[0].joined:
        return None
    built = _groups(words)
    if built is None:
        return None
    groups, country = built
    segments: list[str] = []
    for g in groups:  # a proper name goes before the noun it completes: "Ministry of Jerusalem Affairs"
        if g.proper and segments:
            segments[-1] = f"{g.english()} {segments[-1]}"
        else:
            segments.append(g.english())
    out = " of ".join(segments)
    return f"{out} ({country})" if country else out


def _words(norms: list[str]) -> list[_Word] | None:
    """The name's words read through the tables, the longest form first; None if any is unknown."""
    table, proper, lex = name_words(), proper_names(), load_lexicon()
    out: list[_Word] = []
    k = 0
    while k < len(norms):
        for n in range(min(LONGEST, len(norms) - k), 0, -1):
            got = _read(norms[k:k + n], table, proper, lex, out[-1] if out else None)
            if got is not None:
                out.append(got)
                k += n
                break
        else:
            return None
    return out


def _read(norms: list[str], table: dict, proper: dict, lex, before: _Word | None) -> _Word | None:
    """One form of the name: as written, else without its "و" or its "ل"/"لل". First in
    the name a word is read as a head; after an indefinite word a definite one completes
    it ("وزارة الخارجية": foreign affairs); after a definite one it describes it
    ("الشؤون الخارجية": foreign)."""
    first = norms[0]
    for joined, cut in (("", 0), ("and", 1), ("of", 1)):
        if cut and not first.startswith("و" if joined == "and" else "ل"):
            continue
        head = first[cut:]
        if joined == "of" and head.startswith("ل"):  # "للانتخابات": ل + ال
            head = "ال" + head[1:]
        definite, last = head.startswith("ال"), norms[-1] if len(norms) > 1 else head
        feminine = last.endswith(("ه", "ات"))
        key = (_bare(head), *map(_bare, norms[1:]))
        if key in table:
            parts = table[key]
            order = ((HEAD, NOUN, ADJ, SCOPE) if before is None
                     else (NOUN, HEAD, ADJ, SCOPE) if definite and not before.definite and not joined
                     else (ADJ, SCOPE, NOUN, HEAD))
            part = next(p for p in order if p in parts)
            latin = parts[part]
            return _Word(latin, part, joined, definite, feminine or part in (HEAD, NOUN) and latin.endswith("s"))
        if len(norms) == 1 and (iso := lex.adjectives.get(head)):  # "الروسية": Russia's, before any place
            country = lex.by_id.get(iso)
            return _Word(country.name, COUNTRY, joined, definite, feminine) if country else None
        written = (head, *norms[1:])
        if written in proper:
            return _Word(proper[written], PROPER, joined, True, True)
    return None


def _groups(words: list[_Word]) -> tuple[list[_Group], str | None] | None:
    """The name's nouns with the adjectives that agree with them, and the country a last
    nationality adjective gives the head; None where an adjective has no noun or a
    nationality describes another noun than the head."""
    groups: list[_Group] = []
    country = None
    for k, w in enumerate(words):
        if w.part in (ADJ, SCOPE, COUNTRY):
            if not groups or w.joined == "of":
                return None
            nouns = [(gi, n) for gi, g in enumerate(groups) for n in g.nouns
                     if not (w.part == COUNTRY and g.proper)]  # a city is no one's nationality
            agree = [(gi, n) for gi, n in nouns if n.word.feminine == w.feminine]
            # a nationality is the body's when the head agrees with it ("وزارة الزراعة العراقية"),
            # any other adjective the nearest noun's that agrees with it ("شركة النفط الوطنية")
            gi, noun = (agree[0] if w.part == COUNTRY and agree and agree[0][0] == 0
                        else agree[-1] if agree else nouns[-1])
            if w.part != COUNTRY:
                noun.adjectives.append(w)
            elif gi == 0 and k == len(words) - 1:
                country = w.latin  # "وزارة الزراعة العراقية": the ministry of Iraq
            else:
                return None  # "الاتحاد الأوروبي للكرة"، "مركز الدراسات الإيرانية": left in Arabic
        elif w.joined == "and" and len(groups) > 1 and not groups[-1].proper:
            groups[-1].nouns.append(_Noun(w))  # "العدالة والتنمية": one complement
        else:
            groups.append(_Group([_Noun(w)], proper=w.part == PROPER))
    return groups, country
