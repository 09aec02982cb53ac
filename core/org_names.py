"""English names of organisations no lexicon holds, composed from the words of their
Arabic names.

An organisation's name translates; it does not transliterate ("مكتب الشؤون السياسية
العسكرية" is an office of political and military affairs, and "Mktb al-Sh'wn" tells an
English reader nothing). Most such names are made of a few hundred institution words, so
a name whose every word is known (``data/lexicons/org_name_words.tsv``, the lexicon's
places and countries, its nationality adjectives) is composed the way Arabic builds it:

- a definite word after an indefinite one completes it ("وزارة الخارجية" → "Ministry of
  Foreign Affairs"), after a definite one describes it ("الشؤون الخارجية" → "Foreign
  Affairs"); each later noun is the complement of the one before ("of");
- an adjective describes the nearest noun it agrees with in gender ("شركة النفط الوطنية":
  the company is national), never a place; adjectives go before their noun in mirror
  order ("المحكمة الجنائية المركزية" → "Central Criminal Court"), a creed's next to it
  ("الحزب الوطني الديمقراطي" → "National Democratic Party");
- nouns joined by و are one complement, each with its own adjectives ("وزارة الأوقاف
  والشؤون الإسلامية" → "Ministry of Endowments and Islamic Affairs");
- a place completes the noun before it and is written first ("مجلس محافظة البصرة" →
  "Council of Basra Governorate", "مؤتمر ميونيخ الأمني" → "Munich Security Conference");
- a last nationality adjective that agrees with the head is the body's country, written
  as the lexicon writes such bodies ("وزارة الزراعة العراقية" → "Ministry of Agriculture
  (Iraq)"); one that describes a complement ("مركز الدراسات الإيرانية") would need an
  English adjective no table holds, and the name stays in Arabic.

A name is composed only when its first word is the head of a body (ministry, party,
court, ...): a one-word paper or club named by a common word ("الخبر") keeps its Arabic
name. Any word unknown: None, and the caller shows the Arabic.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from core import prepared
from core.lexicon import DATA_DIR, load_lexicon, read_tsv
from core.text import normalize_for_match

HEAD, NOUN, ADJ, FIELD, INNER, PROPER, COUNTRY = "head", "noun", "adj", "field", "inner", "proper", "country"
LONGEST = 3  # words of the longest form of the table (and of a place's name read as one)


def _bare(word: str) -> str:
    """A normalised word without its definite article: the table holds one form for both."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _key(form: str) -> tuple[str, ...]:
    return tuple(_bare(w) for w in normalize_for_match(form).split())


@prepared.table()  # read from the prepared image
def name_words() -> dict[tuple[str, ...], dict[str, tuple[str, bool]]]:
    """Bare word tuples → {part of the name: (English, feminine)}: a word may head a name
    and describe in one ("البحرية الإيرانية": the Navy; "القوات البحرية": naval); feminine
    from the table for a plural of things ("الشؤون"), else from the ending (ـة، ـات)."""
    out: dict[tuple[str, ...], dict[str, tuple[str, bool]]] = {}
    columns = ("form", "latin", "part", "gender")
    for _, r in read_tsv(DATA_DIR / "org_name_words.tsv", columns, required=columns[:3]):
        key = _key(r["form"])
        feminine = r["gender"] == "f" or key[-1].endswith(("ه", "ات"))
        out.setdefault(key, {}).setdefault(r["part"], (r["latin"], feminine))
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
        """The adjectives in mirror order (Arabic writes the nearest to the noun first:
        "المحكمة الجنائية المركزية" → "Central Criminal Court"), a creed's adjective next to
        the noun all the same ("الحزب الوطني الديمقراطي" → "National Democratic Party");
        adjectives of fields side by side are one, in the Arabic order ("الشؤون السياسية
        العسكرية" → "Political-Military Affairs"), and so are those joined by و ("Economic
        and Social")."""
        units: list[tuple[str, str]] = []  # (English, part) of each adjective or run of them
        for a in self.adjectives:
            if units and a.joined == "and":
                units[-1] = (f"{units[-1][0]} and {a.latin}", ADJ)
            elif units and a.part == FIELD and units[-1][1] == FIELD:
                units[-1] = (f"{units[-1][0]}-{a.latin}", FIELD)
            else:
                units.append((a.latin, a.part))
        units.reverse()
        adjs = [u for u, part in units if part != INNER] + [u for u, part in units if part == INNER]
        return " ".join([*adjs, self.word.latin])


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
        definite = head.startswith("ال")
        key = (_bare(head), *map(_bare, norms[1:]))
        if key in table:
            parts = table[key]
            order = ((HEAD, NOUN, ADJ, FIELD, INNER) if before is None
                     else (NOUN, HEAD, ADJ, FIELD, INNER) if definite and not before.definite and not joined
                     else (ADJ, FIELD, INNER, NOUN, HEAD))
            part = next(p for p in order if p in parts)
            return _Word(*parts[part][:1], part, joined, definite, parts[part][1])
        if len(norms) == 1 and (iso := lex.adjectives.get(head)):  # "الروسية": Russia's, before any place
            country = lex.by_id.get(iso)
            return _Word(country.name, COUNTRY, joined, definite, head.endswith("ه")) if country else None
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
        if w.part in (ADJ, FIELD, INNER, COUNTRY):
            if not groups or w.joined == "of":
                return None
            # a place takes no adjective of the name ("جمعية قطر الخيرية": the association's)
            nouns = [(gi, n) for gi, g in enumerate(groups) for n in g.nouns if not g.proper]
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
                return None  # "الاتحاد المصري للكرة"، "مركز الدراسات الإيرانية": left in Arabic
        elif w.joined == "and" and len(groups) > 1 and not groups[-1].proper:
            groups[-1].nouns.append(_Noun(w))  # "العدالة والتنمية": one complement
        else:
            groups.append(_Group([_Noun(w)], proper=w.part == PROPER))
    return groups, country
