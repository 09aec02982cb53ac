"""Build data/lexicons/person_words.tsv: words that name a person on their own in news
("كوربين", "خاشقجي", "بولتون"), learnt from an unannotated news corpus.

    python scripts/build_person_words.py CORPUS.jsonl.gz [--name-words-only]

The statistical tagger (``core.ner_crf``, shipped model) reads every article of the
corpus (title and text) but the annotated ones of data/gold (core.ner_train.news_texts). A word is kept when, over the corpus,

* at least MIN_SHARE of its occurrences lie inside a person's name the tagger found
  (so "الأسد" qualifies in political news, "سلام" or "جان" as a word do not),
* the tagger found it as a one-word name at least MIN_ALONE times (the news names
  that person by this word alone, as it does "ترامب"),
* it occurs in names in at least MIN_ARTICLES articles,

and it is no stopword, nationality adjective or lexicon entry, and is written without a
proclitic. A given name (or a surname the given-name table holds) and a word with the
article must also stand alone in MIN_ALONE_SHARE of its names: a first name alone names
nobody in particular, and "الحسين" is as often a club or a hospital. The table
holds words and counts only, no text of the corpus.

The same count also writes data/lexicons/name_words.tsv: words news writes mostly
inside people's names, alone or not ("بوين" in "إستوارت بوين"), which
core/entities/name_words.py takes as part of a person where no title stands beside
them. A word is kept when at least NAME_SHARE of its occurrences in the corpus lie
inside a name the tagger found, not counting those right after a particle (عبد العزيز
makes no name of "العزيز"), it is in names at least NAME_MIN times, it has three
letters or more, and it is no given name, name particle (عبد، أبو) or stopword, no word
news writes COMMON_BARE times or more with the article added or taken off ("الحسن"، "المعلم":
adjectives and nouns as often as names), nor a
proclitic written on one of those, on another name word or on a common word of news
(the rule reads a word's proclitics itself: "وبوين" is بوين).
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "data" / "lexicons" / "person_words.tsv"
NAME_OUT = ROOT / "data" / "lexicons" / "name_words.tsv"
PLURALS = ("يين", "يون", "ين", "ون")  # sound masculine plural endings: after ال, a people or a group
NISBA_PLURALS = ("يين", "يون")  # the plural of a relative adjective: a people or a group, never a family name
MIN_SHARE = 0.8
MIN_ALONE = 5
MIN_ARTICLES = 5
# A given name or a word with the article must stand alone in this share of its names
# ("عباس", "الأسد": yes; "محمد", "الحسين": no).
MIN_ALONE_SHARE = 0.25
# A word with the article whose bare form news uses this often is a common noun.
COMMON_BARE = 30
# name_words.tsv: the share of a word's occurrences inside names, and the fewest names.
NAME_SHARE = 0.5
NAME_MIN = 3
# A word whose stem, once a proclitic is cut, news writes this often is that common word
# with a proclitic ("لصحفيين"), whatever the tagger read.
NAME_COMMON_STEM = 20


def count_names(corpus: Path) -> tuple[collections.Counter, ...]:
    """(occurrences inside names, occurrences as a one-word name, articles, occurrences
    inside names but not right after a particle such as عبد) per word."""
    from core.entities.tables import _name_particles
    from core.ner_train import news_person_names

    particles = _name_particles()[0]
    inside: collections.Counter = collections.Counter()
    alone: collections.Counter = collections.Counter()
    articles: collections.Counter = collections.Counter()
    own: collections.Counter = collections.Counter()
    for names in news_person_names(corpus):
        seen = set()
        for name in names:
            inside.update(name)
            seen.update(name)
            own.update(w for k, w in enumerate(name) if k == 0 or name[k - 1] not in particles)
            if len(name) == 1:
                alone[name[0]] += 1
        articles.update(seen)
    return inside, alone, articles, own


def build(corpus: Path, counted: tuple | None = None) -> list[tuple[str, int, int, int]]:
    """(word, occurrences inside names, as a one-word name, articles), most frequent first
    (``counted``: what count_names gave for the corpus, when already counted)."""
    from core.entities.tables import _word_counts
    from core.lexicon import load_lexicon
    from core.text import clitic_variants

    lex = load_lexicon()
    counts = _word_counts()
    taken = {v for e in lex.entries for v in e.variants}
    inside, alone, articles = (counted or count_names(corpus))[:3]
    rows = []
    for w, n in inside.items():
        if n < MIN_SHARE * max(counts.get(w, 0), n) or alone[w] < MIN_ALONE or articles[w] < MIN_ARTICLES:
            continue
        if len(w) < 3 or w in lex.stopwords or lex.adjective_of(w) or w in taken:
            continue
        if (w in lex.given_names or w.startswith("ال")) and alone[w] < MIN_ALONE_SHARE * n:
            continue
        if w.startswith("ال") and (w.endswith(PLURALS) or counts.get(w[2:], 0) >= COMMON_BARE):
            continue  # a people or a common noun ("الديبلوماسيين", "الرومان")
        if not all("\u0621" <= ch <= "\u064a" for ch in w):
            continue
        if any(dropped and (inside[stem] or stem in lex.given_names) for stem, dropped in clitic_variants(w)[1:]):
            continue  # "وترامب": a proclitic on a name
        rows.append((w, n, alone[w], articles[w]))
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def build_name_words(inside: collections.Counter, own: collections.Counter) -> list[tuple[str, int, int]]:
    """(word, occurrences inside names, occurrences in the corpus) of name_words.tsv,
    most frequent first (see the module's docstring for what is kept)."""
    from core.entities.tables import _name_particles, _word_counts
    from core.lexicon import load_lexicon
    from core.text import clitic_variants

    lex = load_lexicon()
    counts = _word_counts()
    particles = _name_particles()[0]
    rows = []
    for w, n in inside.items():
        total = max(counts.get(w, 0), n)
        if n < NAME_MIN or own[w] < NAME_SHARE * total or len(w) < 3:
            continue  # "العزيز": in names mostly as "عبد العزيز", in news mostly an adjective
        if w in particles or w in lex.given_names or w in lex.stopwords:
            continue
        if not all("\u0621" <= ch <= "\u064a" for ch in w):
            continue
        if w.startswith("ال") and w.endswith(NISBA_PLURALS):
            continue  # a people or a group ("المسيحيين"، "الديموقراطيون"), however often the tagger took it for a
            # name ("العابدين"، "العثيمين" end in ين too, and are names)
        if counts.get(w[2:] if w.startswith("ال") else "ال" + w, 0) >= COMMON_BARE:
            continue  # "الحسن"، "المولود"، "المعلم": the word with or without the article is common
        if any(dropped and (stem in particles or stem in lex.given_names or inside[stem] or counts.get(stem, 0) >= NAME_COMMON_STEM)
               for stem, dropped in clitic_variants(w)[1:]):
            continue  # "وعبد"، "وترامب"، "لصحفيين": a proclitic on a particle, a name or a common word
        rows.append((w, n, total))
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def write_name_words(rows: list[tuple[str, int, int]]) -> None:
    with NAME_OUT.open("w", encoding="utf-8") as f:
        f.write("# words news writes mostly inside people's names, learnt by scripts/build_person_words.py from "
                "the tagger's names in an 18,000-article news corpus (words and counts only)\n")
        f.write("word\tin_names\tcorpus\n")
        for w, n, c in rows:
            f.write(f"{w}\t{n}\t{c}\n")
    print(f"wrote {len(rows)} words to {NAME_OUT.relative_to(ROOT)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--name-words-only", action="store_true", help="write name_words.tsv only")
    args = ap.parse_args()
    counted = count_names(args.corpus)
    if args.name_words_only:
        write_name_words(build_name_words(counted[0], counted[3]))
        return
    rows = build(args.corpus, counted)
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# words that name a person on their own in news, learnt by scripts/build_person_words.py from "
                "the tagger's names in an 18,000-article news corpus (words and counts only)\n")
        f.write("word\tin_names\talone\tarticles\n")
        for w, n, a, k in rows:
            f.write(f"{w}\t{n}\t{a}\t{k}\n")
    print(f"wrote {len(rows)} words to {OUT.relative_to(ROOT)}")
    write_name_words(build_name_words(counted[0], counted[3]))


if __name__ == "__main__":
    main()
