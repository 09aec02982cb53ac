"""The CRF tagger's features: gazetteer flags from the project's lexicons, word
frequencies in news, word shapes, affixes, proclitic-free stems and the words around.
Training (scripts/train_crf.py, core.ner_train) sees them as strings, computed once per
word form and cached; the tagger (core.crf_scorer) looks the same features up by kind
and value without building the strings, and a test holds the two to the same rows."""
from __future__ import annotations


import csv
import re
from functools import lru_cache
from pathlib import Path
from itertools import chain
from typing import Iterator, Sequence

from core import prepared
from core.lexicon import DATA_DIR, LexiconError
from core.text import clitic_variants, normalize_for_match, normalize_with_offsets, tokenize


LEXICON_DIR = DATA_DIR  # the one data directory (core.lexicon)

_LATIN = re.compile(r"^[a-z]+$")
_DIGIT = re.compile(r"^[0-9]+$")
_ARABIC = re.compile(r"^[\u0600-\u06ff]+$")
_NISBA_SUFFIXES = ("ي", "يه", "يان", "يين", "يون", "يتان", "يتين", "يات")



# --- gazetteer -----------------------------------------------------------------------
def _split_cell(cell: str) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def _read_rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _gazetteer_from_files(d: Path) -> dict[str, set[str]]:
    """Fallback when core.lexicon cannot be loaded: read the TSV files directly."""
    g: dict[str, set[str]] = {}
    for fname, key in (("countries.tsv", "C"), ("places.tsv", "P"), ("organisations.tsv", "O")):
        for r in _read_rows(d / fname):
            for v in [r.get("name_ar", "")] + _split_cell(r.get("variants", "")) + _split_cell(r.get("aliases", "")):
                g.setdefault(key, set()).add(v)
    for r in _read_rows(d / "titles.tsv"):
        if r.get("form"):
            g.setdefault("T", set()).add(r["form"])
    for r in _read_rows(d / "nationalities.tsv"):
        for stem in _split_cell(r.get("stems", "")):
            n = normalize_for_match(stem)
            if n.endswith("ي") and " " not in n:
                for suf in _NISBA_SUFFIXES:
                    g.setdefault("A", set()).update((n[:-1] + suf, "ال" + n[:-1] + suf))
        for irr in _split_cell(r.get("irregular", "")):
            g.setdefault("A", set()).update((irr, "ال" + irr))
    for r in _read_rows(d / "given_names.tsv"):
        if r.get("name"):
            g.setdefault("N", set()).add(r["name"])
    return g


def _gazetteer_from_lexicon() -> dict[str, set[str]] | None:
    try:
        from core.lexicon import load_lexicon  # optional: training and tagging work without it

        lex = load_lexicon()
    except Exception:  # noqa: BLE001 - a missing or malformed lexicon only disables the flags
        return None
    g: dict[str, set[str]] = {}
    kinds = {"COUNTRY": "C", "PLACE": "P", "ORG": "O"}
    for e in lex.entries:
        key = kinds.get(e.type)
        if key:
            g.setdefault(key, set()).update(e.variants)
            g[key].update(e.aliases)
    g["T"] = {t.form for t in lex.titles}
    g["A"] = set(lex.adjectives)
    g["N"] = set(lex.given_names)
    return g


@prepared.table()
def gazetteer() -> dict[str, dict[str, str]]:
    """Normalised word -> flag string per class: 'C' countries, 'P' places, 'O'
    organisations, 'T' titles, 'A' nationality adjectives, 'N' given names. A word is
    flagged '=' when it is a whole single-word entry, 'b' when it begins a multi-word
    entry and 'i' when it is inside one."""
    g = _gazetteer_from_lexicon()
    if g is None:
        g = _gazetteer_from_files(LEXICON_DIR)
    out: dict[str, dict[str, str]] = {}
    for key, forms in g.items():
        for form in forms:
            toks = normalize_for_match(form).replace("_", " ").split()
            if not toks:
                continue
            if len(toks) == 1:
                out.setdefault(toks[0], {})[key + "="] = ""
            else:
                out.setdefault(toks[0], {})[key + "b"] = ""
                for t in toks[1:]:
                    out.setdefault(t, {})[key + "i"] = ""
    return {w: "".join(sorted(flags)) for w, flags in out.items()}  # type: ignore[misc]


def _flags(word: str) -> list[str]:
    """Gazetteer flags of a word, looked up with and without its proclitics."""
    return flags_of(clitic_variants(word), gazetteer())


def flags_of(variants: Sequence[tuple[str, int]], gz: dict) -> list[str]:
    """``_flags`` of the word whose ``clitic_variants`` are ``variants``: the tagger's
    scorer has both at hand for every new word, and calls this thousands of times."""
    found: set[str] | None = None
    for stem, _ in variants:
        for f in (gz.get(stem), gz.get(stem[2:]) if stem[:2] == "ال" and len(stem) > 3 else None):
            if f:
                if found is None:
                    found = set()
                for k in range(0, len(f), 2):
                    found.add(f[k:k + 2])
    return sorted(found) if found else []  # most words have none: no set, no sort


# --- word frequencies in news --------------------------------------------------------
@prepared.table()
def word_counts() -> dict[str, int]:
    """Normalised word -> count in news (data/lexicons/word_stats.tsv; {} if missing)."""
    counts: dict[str, int] = {}
    path = LEXICON_DIR / "word_stats.tsv"
    if not path.is_file():
        return counts
    with path.open(encoding="utf-8") as f:
        for line in f:
            w, _, c = line.rstrip("\n").partition("\t")
            if c.isdigit():
                counts[w] = int(c)
    return counts


CLUSTER_HEADER = "word\tcoarse\tmid\tfine"


@prepared.table()
def word_clusters() -> dict[str, tuple[str, str, str]]:
    """Normalised word -> its (coarse, mid, fine) cluster ids, learnt without labels from
    news (data/lexicons/word_clusters.tsv, scripts/build_word_clusters.py; {} if
    missing). Read as whitespace-separated cells (no word holds a space), one tuple per
    fine cluster: 93,000 rows in a few hundredths of a second."""
    path = LEXICON_DIR / "word_clusters.tsv"
    if not path.is_file():
        return {}
    _, sep, body = path.read_text(encoding="utf-8").partition("\n" + CLUSTER_HEADER + "\n")
    cells = body.split()
    if not sep or len(cells) % 4:
        raise LexiconError(path, 2, f"expected a header {CLUSTER_HEADER!r} and four cells a row")
    fine = cells[3::4]
    paths = dict(zip(fine, zip(cells[1::4], cells[2::4], fine)))
    return dict(zip(cells[0::4], map(paths.__getitem__, fine)))


def news_vocabulary() -> Iterator[str]:
    """The words a fresh process meets most, for the caches filled at load time: the
    frequency list's (most frequent first), the other words of the word clusters, and
    the numbers up to 2100 (days, counts, years), which neither list holds."""
    return chain(word_counts(), word_clusters(), map(str, range(2101)))


def word_cluster(w: str, variants: Sequence[tuple[str, int]],
                 table: dict[str, tuple[str, str, str]] | None = None) -> tuple[str, str, str] | None:
    """The (coarse, mid, fine) clusters of a word, else of its first reading without
    proclitics that has some (``variants`` is ``clitic_variants(w)``; ``table`` is
    ``word_clusters()``, passed by callers that ask for many words)."""
    if table is None:
        table = word_clusters()
    found = table.get(w)
    if found is None:
        for s, _ in variants[1:]:
            found = table.get(s)
            if found is not None:
                break
    return found


def _bucket(n: int) -> str:
    return "0" if n == 0 else str(min(len(str(n)), 5))


# --- features ------------------------------------------------------------------------
def _shape(w: str) -> str:
    if _ARABIC.match(w):
        return "A"
    if _DIGIT.match(w):
        return "D"
    if _LATIN.match(w):
        return "L"
    return "X"


def bare_reading(w: str, variants: Sequence[tuple[str, int]]) -> tuple[str, bool]:
    """(the shortest reading of a word, most proclitics removed, without its article;
    whether some reading has the article), from ``clitic_variants(w)``."""
    core_stem = w
    definite = False
    for s, _ in variants:
        if len(s) < len(core_stem):
            core_stem = s
        if s[:2] == "ال":
            definite = True
    return (core_stem[2:] if core_stem[:2] == "ال" and len(core_stem) > 3 else core_stem), definite


def _word_features(w: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(features of the word itself, features it lends to its neighbours). The tagger
    looks the same features up by kind (``core.crf_scorer.Scorer.word_rows``): a feature
    added here is added there too, in the same place of the list."""
    variants = clitic_variants(w)
    bare, definite = bare_reading(w, variants)
    counts = word_counts()
    own = [
        "b",
        "w=" + w,
        "p1=" + w[:1], "p2=" + w[:2], "p3=" + w[:3],
        "s1=" + w[-1:], "s2=" + w[-2:], "s3=" + w[-3:],
        "sh=" + _shape(w),
        "bare=" + bare,
        "bs2=" + bare[-2:], "bs3=" + bare[-3:],
    ]
    for s, _ in variants[1:]:
        own.append("st=" + s)
    if definite:
        own.append("def")
    if len(w) <= 2:
        own.append("short")
    own.append("fq=" + _bucket(counts.get(w, 0)))
    own.append("bfq=" + _bucket(counts.get(bare, 0)))
    if bare[:2] != "ال" and counts.get("ال" + bare, 0) >= 8:
        own.append("hasdef")  # a common noun that takes the article
    cl = word_cluster(w, variants)
    if cl is not None:
        own.extend(("k1=" + cl[0], "k2=" + cl[1], "k3=" + cl[2]))
    lend = ["w=" + w, "bare=" + bare]
    for f in _flags(w):
        lend.append("g=" + f)
    own.extend(lend[2:])
    if cl is not None:
        lend.append("k3=" + cl[2])
    if definite:
        lend.append("def")
    return tuple(own), tuple(lend)


# what a word lends to its next neighbours only, not to the words two away: its bare stem
# and its fine cluster (lent two away too, the clusters cost 1.5 points of F1 on the dev
# slice of ANERcorp's train part)
_NEAR_ONLY = ("bare=", "k3=")

# training featurises the same corpora again and again; the tagger keeps numbers instead
word_features = lru_cache(maxsize=200_000)(_word_features)


@lru_cache(maxsize=200_000)
def _lent(w: str, offset: int) -> tuple[str, ...]:
    tag = f"{offset:+d}:"
    lend = word_features(w)[1]
    if abs(offset) == 2:  # far neighbours lend only the word and its gazetteer flags
        return tuple(tag + f for f in lend if not f.startswith(_NEAR_ONLY))
    return tuple(tag + f for f in lend)


def sequence_features(words: Sequence[str]) -> list[list[str]]:
    """CRF features of a sequence of normalised words."""
    n = len(words)
    out: list[list[str]] = []
    for i, w in enumerate(words):
        f = list(word_features(w)[0])
        if i > 0:
            f.extend(_lent(words[i - 1], -1))
            f.append("bg-=" + words[i - 1] + "|" + w)
            if i > 1:
                f.extend(_lent(words[i - 2], -2))
        else:
            f.append("BOS")
        if i + 1 < n:
            f.extend(_lent(words[i + 1], 1))
            f.append("bg+=" + w + "|" + words[i + 1])
            if i + 2 < n:
                f.extend(_lent(words[i + 2], 2))
        else:
            f.append("EOS")
        out.append(f)
    return out


def words_of(token_text: str) -> list[str]:
    """The project's tokens inside a corpus token (normalised; punctuation dropped)."""
    return [t.norm for t in tokenize(normalize_with_offsets(token_text))]
