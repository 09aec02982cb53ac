"""The whole entity stage on ANERcorp's held-out test part (the usual Arabic NER benchmark).

    python bench/bench_ner_anercorp.py --data NER_DATA [--ner rules|rules+crf] [--chunk 20]
    AKHBAR_CRF_MODEL=DEV_MODEL python bench/bench_ner_anercorp.py --data NER_DATA --dev [TENTH]

The test part (the sentences after the first ~125,100 tokens, never trained on) is
joined back into text, ``--chunk`` sentences at a time (so that a surname can follow
its full name, as in an article), and analysed by ``core.analyze``. Each entity
mention marks the corpus tokens it overlaps with its type (PERSON → PERS, ORG → ORG,
COUNTRY and PLACE → LOC; an organisation without the media, company or club head and
the nationality adjective ANERcorp leaves outside its names, ``aner_org_span``);
entities are then compared with the corpus's own, exactly
(same first and last token, same type; conlleval's rule; MISC is not scored). Prints
precision, recall and F1 per type and the macro F1 over PERS, LOC and ORG. Asserts
nothing.

``--errors`` also counts the errors by cause, per type: a gold entity missed (nothing
predicted over it), found with other boundaries, or found with another type; a
predicted entity over no gold entity (spurious), with other boundaries or another type,
each with the rule that found it (lexicon, pattern, title, alias ...). ``--examples N``
prints N of each (test sentences are for reading aggregate causes, never for lexicons).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TYPE_OF = {"PERSON": "PERS", "ORG": "ORG", "COUNTRY": "LOC", "PLACE": "LOC"}
TYPES = ("PERS", "LOC", "ORG")
# ANERcorp leaves the descriptive head of a newspaper, channel, agency, company, club
# or team out of its name ("صحيفة [هآرتس]"، "نادي [أرسنال]"; on tenths 1-8 of its train
# part these heads are O before the name 89 times and inside it 9), where the gold
# keeps the mention whole ("شبكة أوربيت"); the bench scores ANERcorp's span (NER.md).
ANER_OUTSIDE_HEADS = frozenset("صحيفة جريدة مجلة قناة شبكة وكالة شركة نادي فريق".split())
NATIONAL_TEAM_HEADS = frozenset(("منتخب", "المنتخب"))
# ANERcorp also leaves a place's head or direction out of its name ("مدينة [غزة]"، "جنوب
# [لبنان]"، "دولة [قطر]"; on tenths 1, 2, 4, 5, 7-10 of its train part these words are O
# before a LOC 352 times and inside it 11), where the gold keeps a fixed name whole
# ("قطاع غزة"، "شمال سيناء"); the bench scores ANERcorp's span (NER.md).
ANER_OUTSIDE_PLACE_HEADS = frozenset(
    "مدينة جنوب منطقة شمال شرق قطاع غرب وسط دولة إقليم جمهورية جزيرة بلدة ولاية العاصمة بلاد "
    "محافظة مخيم مملكة إمارة قرية ضاحية".split())
# ... and the epithet after a place ("مكة [المكرمة]"، "الصين [الشعبية]": on the same
# tenths O after the place 25 times, never inside it), where the gold names it whole.
ANER_OUTSIDE_PLACE_EPITHETS = frozenset(("المكرمة", "الشعبية"))
# ANERcorp marks no ministry, armed force, government, group, centre or court named by
# its head and what it does or whose it is ("وزارة الدفاع"، "القوات الأجنبية"، "الجيش
# العراقي"، "مجموعة العشرين"، "المحكمة العليا"): on tenths 1-8 of its train part these
# heads start or fall inside an entity never, and are O 432 times (وزارة 35, قوات 46,
# القوات 29, الجيش 65, مجموعة 29, المجموعة 37, السلطات 24, الحكومة 80, النظام 19,
# المركز 14, المحكمة 13, الشركة 13, المؤسسة 13, شركات 21; a name after قوات or
# الحكومة 11 times, its own entity), where the gold names each such body; the bench
# does not score an organisation the tool names from one of them (NER.md).
ANER_UNMARKED_HEADS = frozenset(
    "وزارة قوات القوات الجيش مجموعة المجموعة السلطات الحكومة النظام المركز المحكمة الشركة المؤسسة شركات".split())
PROCLITIC = re.compile(r"^(?:و|ف)?(?:ب|ل)?(?=..)")
# "للجيش" is ل + الجيش: the article's alif is written away after ل (read as ال by ``bare``; on
# tenths 1-7 the unmarked heads after لل are O 21 times, never an entity)
DEFINITE_AFTER_L = re.compile(r"^(?:و|ف)?لل(?=..)")


def bare(word: str) -> str:
    """A word without its proclitics و ف ب ل, its article restored after ل ("وللجيش" → الجيش)."""
    return DEFINITE_AFTER_L.sub("ال", word) if DEFINITE_AFTER_L.match(word) else PROCLITIC.sub("", word)


def test_sentences(path: Path, dev: int = 0, others: bool = False) -> list[list[tuple[str, str]]]:
    """ANERcorp's test sentences as (token, raw tag) pairs, split as core.ner_train does;
    with ``dev`` = K the K-th tenth of the train part instead (10, the last, is the
    slice ``--tune`` of scripts/train_crf.py holds out; choices are made there, with a
    model trained without it, ``scripts/train_crf.py --dev K``, and checked on another)."""
    from core.ner_train import ANER_TRAIN_TOKENS

    sentences: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        tok, _, tag = line.rpartition(" ")
        if not tok.strip():
            continue
        items = [(".", "O"), (tok[3:], tag)] if tok.startswith(". O") and len(tok) > 3 else [(tok, tag)]
        for t, g in items:
            if cur and cur[-1][0] == "." and t != ".":
                sentences.append(cur)
                cur = []
            cur.append((t, g))
    if cur:
        sentences.append(cur)
    count, train, test = 0, [], []
    for s in sentences:
        (test if count >= ANER_TRAIN_TOKENS else train).append(s)
        count += len(s)
    if not dev:
        return test
    a, b = int(len(train) * (dev - 1) / 10), int(len(train) * dev / 10)
    return train[:a] + train[b:] if others else train[a:b]


def names_of(sentences: list[list[tuple[str, str]]]) -> set[tuple[str, ...]]:
    """The word sequences the sentences mark as an entity of any type."""
    out = set()
    for s in sentences:
        for first, last, _ in spans_of([g for _, g in s]):
            out.add(tuple(t for t, _ in s[first:last]))
    return out




def spans_of(tags: list[str]) -> set[tuple[int, int, str]]:
    """(first, last + 1, type) of PERS/LOC/ORG entities; a stray I- opens an entity."""
    out, start, typ = set(), -1, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, t = tag.partition("-")
        if typ is not None and (prefix != "I" or t != typ):
            out.add((start, i, typ))
            typ = None
        if prefix == "B" or (prefix == "I" and typ is None):
            start, typ = i, t
    return {s for s in out if s[2] in TYPES}


def predicted(tokens: list[str], ner: str) -> dict[tuple[int, int, str], str]:
    """Entity spans over the corpus tokens from analysing them as one text, each with
    the source of its mention (the rule that found it)."""
    from core import analyze

    offsets, text = [], ""
    for t in tokens:
        offsets.append((len(text), len(text) + len(t)))
        text += t + " "
    out = {}
    for e in analyze(text, ner=ner).entities:
        typ = TYPE_OF.get(e.type)
        if typ is None:
            continue
        for m in e.mentions:
            toks = [k for k, (a, b) in enumerate(offsets) if a < m.end and m.start < b]
            if toks:
                first, last = toks[0], toks[-1] + 1
                if typ == "ORG":
                    # ANERcorp marks no agency spelled letter by letter in a dateline ("( أ ف ب )"،
                    # "د ب أ": on tenths 1-7 runs of two or more one-letter words are O 15 times,
                    # never an entity), where the gold names the agency: not scored
                    if last - first > 1 and all(len(t) == 1 for t in tokens[first:last]):
                        continue
                    if e.kind != "sports_club" and aner_unmarked(tokens[first]):
                        continue  # "وزارة الدفاع": ANERcorp marks no such body (a club "الجيش الملكي" it does)
                    first, last, typ = aner_org_span(tokens, first, last)
                    if typ is None:
                        continue
                    if last - first == 1 and typ == "ORG" and bare(tokens[first]) in aner_kind_words():
                        continue  # "الجيش [الأميركي]": a state's body by its kind, no name
                elif typ == "LOC":
                    first, last = aner_loc_span(tokens, first, last)
                out[(first, last, typ)] = m.source
    return out


def aner_unmarked(word: str) -> bool:
    """Whether an organisation's first word (read through و ب ل ف) is a head ANERcorp
    never marks (``ANER_UNMARKED_HEADS``)."""
    return word in ANER_UNMARKED_HEADS or bare(word) in ANER_UNMARKED_HEADS


def aner_org_span(tokens: list[str], first: int, last: int) -> tuple[int, int, str | None]:
    """An organisation's tokens and type as ANERcorp marks them: without a leading
    media, company or club head (``ANER_OUTSIDE_HEADS``, read through و ب ل ف) and
    without a trailing nationality adjective ("حزب الله [اللبناني]": outside the name 57
    times on tenths 1-8, inside 14), when a name word remains; a national team is its
    country ("منتخب [مصر]" LOC: 14 times on tenths 1-8, ORG once; the gold's ORG, NER.md), and
    one named without a country is no entity (type None: "المنتخب الوطني"، "منتخب الشباب"; on
    tenths 1-7 منتخب and المنتخب, read through و ف ب ل, are never inside an entity, and stand
    before a word that is no entity 23 times, before a place 8, before an organisation never)."""
    from core.lexicon import load_lexicon

    lex = load_lexicon()
    # the head as written, else without a proclitic: "فريق" and "وكالة" start with one
    head = tokens[first] if tokens[first] in ANER_OUTSIDE_HEADS | NATIONAL_TEAM_HEADS \
        else bare(tokens[first])
    if head in NATIONAL_TEAM_HEADS:
        for end in range(min(last, first + 4), first + 1, -1):
            if any(e.type == "COUNTRY" for e in lex.lookup(" ".join(tokens[first + 1:end]))):
                return first + 1, end, "LOC"
        return first, last, None  # "المنتخب الوطني"، "منتخب الناشئين": ANERcorp names no team
    if last - first > 1 and head in ANER_OUTSIDE_HEADS:
        first += 1
    if last - first > 1 and lex.adjective_country(tokens[last - 1]):
        last -= 1
    return first, last, "ORG"


@lru_cache(maxsize=1)
def aner_kind_words() -> frozenset[str]:
    """The one-word definite heads of bodies and the ministries' portfolios ("الجيش"،
    "القوات"، "الحزب"، "الخارجية") that name no organisation of the lexicon: ANERcorp
    marks such a word alone as no entity, nor before a nationality adjective ("الجيش
    الأميركي" O O: on tenths 1-8 of its train part a definite word and a nationality
    adjective are O O 880 times, an entity 53; "الجيش" 43 times O, "الخارجية" 41,
    "القوات" 16), where the gold names the body or the tool an anaphor ("الحزب"). On the
    same tenths these words are an entity alone twice (the lexicon's "الكونغرس", left
    out here, 4 more). Once the adjective is left outside (``aner_org_span``), such a
    mention is not scored."""
    from core.entities.tables import _read_column
    from core.lexicon import load_lexicon

    lex = load_lexicon()
    heads = {r[0] for r in _read_column("org_heads.tsv", "form")}
    portfolios = {r[0] for r in _read_column("ministry_portfolios.tsv", "form")}
    return frozenset(w for w in heads | portfolios if " " not in w and w.startswith("ال")
                     and not any(e.type == "ORG" for e in lex.lookup(w)))


def aner_loc_span(tokens: list[str], first: int, last: int) -> tuple[int, int]:
    """A place's tokens as ANERcorp marks them: after the heads and directions before it
    (``ANER_OUTSIDE_PLACE_HEADS``, read through و ب ل ف) while the rest is a country or
    place of the lexicon, and that same place ("جنوب أفريقيا" is a country of its own);
    without a trailing epithet it never marks (``ANER_OUTSIDE_PLACE_EPITHETS``)."""
    from core.lexicon import load_lexicon

    lex = load_lexicon()

    def places(words: list[str], types: tuple[str, ...] = ("COUNTRY", "PLACE")) -> set[str]:
        return {e.id for e in lex.lookup(" ".join(words)) if e.type in types}

    if last - first > 1 and tokens[last - 1] in ANER_OUTSIDE_PLACE_EPITHETS:
        last -= 1
    while last - first > 1:
        head = tokens[first] if tokens[first] in ANER_OUTSIDE_PLACE_HEADS else PROCLITIC.sub("", tokens[first])
        rest = places(tokens[first + 1:last]) if head in ANER_OUTSIDE_PLACE_HEADS else set()
        if not rest or places([head] + tokens[first + 1:last], ("COUNTRY",)) - rest:
            break
        first += 1
    return first, last


def error_causes(gold: set, pred: dict, words: list[str], causes: Counter, examples: dict) -> None:
    """Count (and keep examples of) the errors of one chunk by cause (see --errors)."""
    def over(s, spans):
        return [x for x in spans if x[0] < s[1] and s[0] < x[1]]

    for g in gold - pred.keys():
        ov = over(g, pred)
        cause = "boundary" if any(p[2] == g[2] for p in ov) else "type" if ov else "missed"
        key = (g[2], "FN " + cause)
        causes[key] += 1
        examples.setdefault(key, []).append(" ".join(words[g[0]:g[1]]))
    for p in pred.keys() - gold:
        ov = over(p, gold)
        cause = "boundary" if any(g[2] == p[2] for g in ov) else "type" if ov else "spurious"
        key = (p[2], f"FP {cause} ({pred[p]})")
        causes[key] += 1
        examples.setdefault(key, []).append(" ".join(words[p[0]:p[1]]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", help="folder of the open NER corpora (else $AKHBAR_NER_DATA)")
    ap.add_argument("--ner", default="rules+crf", choices=["rules", "rules+crf"])
    ap.add_argument("--chunk", type=int, default=20, help="sentences analysed together")
    ap.add_argument("--errors", action="store_true", help="count the errors by cause")
    ap.add_argument("--dev", type=int, nargs="?", const=10, default=0, metavar="TENTH",
                    help="score a tenth of the train part instead, the last unless told (with a model trained "
                         "without it: scripts/train_crf.py --dev TENTH, AKHBAR_CRF_MODEL=...)")
    ap.add_argument("--unseen", action="store_true",
                    help="with --dev: also the recall on entities no other tenth names, as the test part's mostly are")
    ap.add_argument("--examples", type=int, default=0, help="with --errors: print this many of each")
    a = ap.parse_args(argv)
    from core.ner_train import data_dir

    sentences = test_sentences(data_dir(a.data) / "anercorp" / "ANERCorp.txt", a.dev)
    seen = names_of(test_sentences(data_dir(a.data) / "anercorp" / "ANERCorp.txt", a.dev, True)) \
        if a.unseen and a.dev else None
    new_gold, new_tp = Counter(), Counter()
    tp, npred, ngold = Counter(), Counter(), Counter()
    causes: Counter = Counter()
    examples: dict = {}
    for k in range(0, len(sentences), a.chunk):
        pairs = [p for s in sentences[k:k + a.chunk] for p in s]
        gold = spans_of([g for _, g in pairs])
        pred = predicted([t for t, _ in pairs], a.ner)
        if a.errors:
            error_causes(gold, pred, [t for t, _ in pairs], causes, examples)
        for s in gold:
            ngold[s[2]] += 1
        for s in pred:
            npred[s[2]] += 1
        for s in gold & pred.keys():
            tp[s[2]] += 1
        if seen is not None:
            words = [t for t, _ in pairs]
            for s in gold:
                if tuple(words[s[0]:s[1]]) not in seen:
                    new_gold[s[2]] += 1
                    new_tp[s[2]] += s in pred
    print(f"ANERcorp {f'train part, tenth {a.dev}' if a.dev else 'test'}: {len(sentences)} sentences, --ner {a.ner}")
    print("type  P     R     F1    gold  predicted")
    f1s = []
    for t in TYPES:
        p = tp[t] / npred[t] if npred[t] else 0.0
        r = tp[t] / ngold[t] if ngold[t] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f)
        print(f"{t:<5} {p:5.3f} {r:5.3f} {f:5.3f} {ngold[t]:5d} {npred[t]:5d}")
    print(f"macro F1 {sum(f1s) / len(f1s):.3f}")
    if seen is not None:
        print("recall on entities no other tenth names: " + ", ".join(
            f"{t} {new_tp[t] / new_gold[t] if new_gold[t] else 0:.3f} ({new_tp[t]}/{new_gold[t]})" for t in TYPES))
    if a.errors:
        print("errors by cause (type, cause, count)")
        for (t, cause), n in sorted(causes.items(), key=lambda x: -x[1]):
            print(f"{t:<5} {cause:<28} {n:5d}")
            for ex in examples[(t, cause)][:a.examples]:
                print(f"        {ex}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
