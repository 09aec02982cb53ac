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

HEAD, NOUN, ADJ, PROPER = "head", "noun", "adj", "proper"
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
    """One word (or several read as one) of the name: its English, its part, and the
    connective written on it ("و": and, "ل"/"لل": of)."""
    latin: str
    part: str
    joined: str = ""


@dataclass
class _Group:
    """A noun with its adjectives; nouns joined by "و" share one group."""
    nouns: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    proper: bool = False

    def english(self) -> str:
        return " ".join([*reversed(self.adjectives), " and ".join(self.nouns)])


@lru_cache(maxsize=20_000)
def english_org_name(name_norm: str) -> str | None:
    """The English name of a normalised organisation name, or None when a word of it is
    unknown or it does not start with the head of a body. Kept per name: the news names
    the same bodies day after day."""
    words = _words(name_norm.split())
    if not words or words[0].part != HEAD or words[0].joined:
        return None
    country = None
    if words[-1].part == "country" and len(words) > 1:
        country = words.pop().latin  # "وزارة الزراعة العراقية": the ministry of Iraq
    groups = _groups(words)
    if groups is None:
        return None
    out = groups[0].english()
    for g in groups[1:]:
        out = f"{g.english()} {out}" if g.proper else f"{out} of {g.english()}"
    return f"{out} ({country})" if country else out


def _words(norms: list[str]) -> list[_Word] | None:
    """The name's words read through the tables, the longest form first; None if any is unknown."""
    table, proper, lex = name_words(), proper_names(), load_lexicon()
    out: list[_Word] = []
    k = 0
    while k < len(norms):
        for n in range(min(LONGEST, len(norms) - k), 0, -1):
            got = _read(norms[k:k + n], table, proper, lex, k == 0)
            if got is not None:
                out.append(got)
                k += n
                break
        else:
            return None
    return out


def _read(norms: list[str], table: dict, proper: dict, lex, first_word: bool) -> _Word | None:
    """One form of the name: as written, else without its "و" or its "ل"/"لل"; first in
    the name, the head's reading of a word first, later its reading as an adjective."""
    first = norms[0]
    for joined, cut in (("", 0), ("and", 1), ("of", 1)):
        if cut and not first.startswith("و" if joined == "and" else "ل"):
            continue
        head = first[cut:]
        if joined == "of" and head.startswith("ل"):  # "للانتخابات": ل + ال
            head = "ال" + head[1:]
        key = (_bare(head), *map(_bare, norms[1:]))
        if key in table:
            parts = table[key]
            part = next(p for p in ((HEAD, NOUN, ADJ) if first_word else (ADJ, NOUN, HEAD)) if p in parts)
            return _Word(parts[part], part, joined)
        if len(norms) == 1 and (iso := lex.adjectives.get(head)):  # "الروسية": Russia's, before any place
            country = lex.by_id.get(iso)
            return _Word(country.name, "country", joined) if country else None
        written = (head, *norms[1:])
        if written in proper:
            return _Word(proper[written], PROPER, joined)
    return None


def _groups(words: list[_Word]) -> list[_Group] | None:
    """The name's nouns with their adjectives, in the order written; None where an
    adjective has no noun or a nationality adjective stands inside the name."""
    groups: list[_Group] = []
    for w in words:
        if w.part == "country":
            return None  # "الاتحاد الأوروبي للكرة": not the body's country; left in Arabic
        if w.part == ADJ:
            if not groups or w.joined == "of":
                return None
            # an adjective after a proper name is its head's: "مؤتمر ميونيخ الأمني" → "Munich Security Conference"
            groups[-2 if groups[-1].proper and len(groups) > 1 else -1].adjectives.append(w.latin)
        elif w.joined == "and" and groups and not groups[-1].adjectives and not groups[-1].proper and len(groups) > 1:
            groups[-1].nouns.append(w.latin)  # "العدالة والتنمية": one complement
        else:
            groups.append(_Group([w.latin], proper=w.part == PROPER))
    return groups
