"""Build data/lexicons/given_names.tsv from the person entities of Arabic NER corpora
plus the hand list data/lexicons/src/given_names_hand.tsv.

    python scripts/build_given_names.py NER_DIR

NER_DIR holds the three corpora as distributed: aqmar/*.txt (AQMAR, CC BY-SA 3.0),
anercorp/ANERCorp.txt (ANERcorp, CC BY-SA 4.0; its train part only: the sentences after
the first ANER_TRAIN_TOKENS tokens are the held-out test, which no lexicon may learn
from) and wojood/{train,val,test}.txt
(Wojood sample, MIT). Each is read as IOB2 (Wojood: one column per nesting level).

A candidate is the first token of a PER/PERS entity (two tokens for compound names:
عبد الله, أبو بكر). Proclitics (و ف ب ل ك) are removed only when the stripped form is
itself seen as a first token, so that وليد stays وليد while وأحمد becomes أحمد.
Candidates seen at least MIN_COUNT times are kept unless they are stopwords, titles,
country names or nationality adjectives, start with the article, or are one letter.

    python scripts/build_given_names.py NER_DIR --news CORPUS.jsonl.gz

also learns given names from unannotated news (source ``news``): the statistical tagger
(``core.ner_crf``, shipped model) reads every article but the annotated ones of
data/gold (core.ner_train.news_texts), and the first word of each name
of two words or more it finds is a candidate. A candidate is kept when it starts names
in at least NEWS_MIN_ARTICLES articles and at least NEWS_MIN_SHARE of its occurrences
in the corpus start a name (so "وزير" or "ابن" never qualify), it is written without a
proclitic, and the same filters as above pass. Foreign first names the annotated
corpora never met ("جاريد", "تييري") come from here.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from core.lexicon import read_tsv  # noqa: E402
from core.text import clitic_variants, normalize_for_match  # noqa: E402

LEX = ROOT / "data" / "lexicons"
HAND = LEX / "src" / "given_names_hand.tsv"
BLOCK = LEX / "src" / "given_names_block.tsv"  # words NER annotators tagged that are no names
OUT = LEX / "given_names.tsv"
MIN_COUNT = 2
NEWS_MIN_ARTICLES = 3
NEWS_MIN_SHARE = 0.4
PERSON_TYPES = {"PER", "PERS"}
COMPOUND_FIRST = {"عبد", "أبو", "ابو", "أبي", "ابن", "بن", "عبدال"}
PROCLITICS = ("و", "ف", "ب", "ل", "ك")


def read_iob(path: Path, multi_level: bool) -> list[list[tuple[str, list[str]]]]:
    """Sentences of (token, tags) from an IOB2 file; blank lines and runs of '.' end them."""
    sents: list[list[tuple[str, list[str]]]] = []
    cur: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        if multi_level:
            parts = line.split(" ")
            token, tags = parts[0], parts[1:]
        else:
            token, _, tag = line.rpartition(" ")
            tags = [tag]
        if not token.strip() or token == "$#$":
            continue
        cur.append((token, tags))
        if not multi_level and set(token) == {"."}:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def train_part(sents):
    """ANERcorp's train part: the sentences that start before ANER_TRAIN_TOKENS tokens
    (the split of core.ner_train; the rest is for measuring only)."""
    from core.ner_train import ANER_TRAIN_TOKENS

    out, count = [], 0
    for s in sents:
        if count >= ANER_TRAIN_TOKENS:
            break
        out.append(s)
        count += len(s)
    return out


def person_entities(sents) -> list[list[str]]:
    """Token lists of every PER/PERS entity, at every nesting level."""
    out = []
    for sent in sents:
        levels = max(len(tags) for _, tags in sent)
        for lv in range(levels):
            cur: list[str] | None = None
            for token, tags in sent + [("", ["O"])]:
                tag = tags[lv] if lv < len(tags) else "O"
                typ = tag[2:] if tag[:2] in ("B-", "I-") else None
                if typ in PERSON_TYPES and (tag.startswith("B-") or cur is None):
                    if cur:
                        out.append(cur)
                    cur = [token]
                elif typ in PERSON_TYPES:
                    cur.append(token)
                else:
                    if cur:
                        out.append(cur)
                    cur = None
    return out


def first_name(tokens: list[str]) -> str:
    if len(tokens) > 1 and tokens[0] in COMPOUND_FIRST:
        return f"{tokens[0]} {tokens[1]}"
    return tokens[0]


def collect(ner_dir: Path) -> dict[str, collections.Counter]:
    """Counts of candidate first names per corpus."""
    corpora = {
        "aqmar": [(p, False) for p in sorted((ner_dir / "aqmar").glob("*.txt"))],
        "anercorp": [(ner_dir / "anercorp" / "ANERCorp.txt", False)],
        "wojood": [(p, True) for p in sorted((ner_dir / "wojood").glob("*.txt"))],
    }
    counts = {}
    for name, files in corpora.items():
        c: collections.Counter = collections.Counter()
        for path, multi in files:
            sents = read_iob(path, multi)
            if name == "anercorp":
                sents = train_part(sents)
            for ent in person_entities(sents):
                c[first_name(ent)] += 1
        counts[name] = c
    return counts


def blocked_forms() -> set[str]:
    """Normalised words that are never given names: stopwords, titles, countries, adjectives."""
    from core.lexicon import load_lexicon

    lex = load_lexicon()
    blocked = set(lex.stopwords) | set(lex.adjectives) | set(lex.title_index)
    for e in lex.entries:
        blocked.update(normalize_for_match(v) for v in e.variants)
    return blocked


def merge_clitics(total: collections.Counter) -> dict[str, str | None]:
    """Map each candidate to its form without proclitics when that form is also a
    candidate; None when it starts with a proclitic + article (لل, وال: not a name)."""
    by_norm = {}
    for k, _ in total.most_common():
        by_norm.setdefault(normalize_for_match(k), k)
    mapping: dict[str, str | None] = {}
    for form in total:
        n = normalize_for_match(form)
        target: str | None = form
        if n.startswith(("لل", "وال", "بال", "فال", "وعبد", "وابو", "لابي")):
            target = None
        else:
            for stem, dropped in clitic_variants(n)[1:]:
                if dropped and stem in by_norm:
                    target = by_norm[stem]
                    break
        mapping[form] = target
    return mapping


def name_starts_in_news(corpus: Path) -> tuple[collections.Counter, collections.Counter]:
    """(names started, articles) per normalised word: the first words of the names of two
    words or more the tagger finds in each article of a JSON-lines corpus."""
    from core.ner_train import news_person_names

    starts: collections.Counter = collections.Counter()
    articles: collections.Counter = collections.Counter()
    for names in news_person_names(corpus):
        seen = set()
        for name in names:
            if len(name) >= 2:
                starts[name[0]] += 1
                seen.add(name[0])
        articles.update(seen)
    return starts, articles


def news_names(corpus: Path, known: set[str], blocked: set[str]) -> list[str]:
    """Given names learnt from news (see the module's docstring), normalised."""
    from core.entities.tables import _word_counts

    counts = _word_counts()
    starts, articles = name_starts_in_news(corpus)
    out = []
    for w, n in starts.items():
        if articles[w] < NEWS_MIN_ARTICLES or n < NEWS_MIN_SHARE * max(counts.get(w, 0), n):
            continue
        if w in known or w in blocked or w.startswith("ال") or len(w) < 3 or not all("\u0621" <= ch <= "\u064a" for ch in w):
            continue
        if any(dropped and (stem in known or stem in starts) for stem, dropped in clitic_variants(w)[1:]):
            continue  # "وجورج", "لمحمد": a proclitic on a name
        out.append(w)
    return sorted(out)


def build(ner_dir: Path, news: Path | None = None) -> list[tuple[str, str]]:
    counts = collect(ner_dir)
    total: collections.Counter = collections.Counter()
    for c in counts.values():
        total.update(c)
    mapping = merge_clitics(total)
    merged: collections.Counter = collections.Counter()
    sources: dict[str, set[str]] = collections.defaultdict(set)
    for corpus, c in counts.items():
        for form, n in c.items():
            target = mapping[form]
            if target is not None:
                merged[target] += n
                sources[target].add(corpus)
    blocked = blocked_forms()
    blocked |= {normalize_for_match(r["word"]) for _, r in read_tsv(BLOCK, ("word",), required=("word",))}
    rows: dict[str, tuple[str, str]] = {}
    for _, r in read_tsv(HAND, ("name", "source"), required=("name",)):
        rows[normalize_for_match(r["name"])] = (r["name"], r["source"] or "hand")
    for form, n in merged.most_common():
        key = normalize_for_match(form)
        if n < MIN_COUNT or key in rows or key in blocked or key.split()[-1] in ("عبد", "ابو", "ابي"):
            continue
        if key.startswith("ال") or len(key) < 2 or not all("\u0621" <= ch <= "\u064a" or ch == " " for ch in key):
            continue
        rows[key] = (form, "+".join(sorted(sources[form])))
    if news is not None:
        for key in news_names(news, set(rows), blocked):
            rows[key] = (key, "news")
    return sorted(rows.values(), key=lambda r: normalize_for_match(r[0]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ner_dir", type=Path)
    ap.add_argument("--news", type=Path, help="a JSON-lines news corpus (.gz or not) to learn given names from too")
    args = ap.parse_args()
    rows = build(args.ner_dir, args.news)
    with OUT.open("w", encoding="utf-8") as f:
        f.write("name\tsource\n")
        for name, source in rows:
            f.write(f"{name}\t{source}\n")
    print(f"wrote {len(rows)} names to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
