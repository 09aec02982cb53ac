"""Validate the event trigger lexicons: triggers.tsv, cameo.tsv and event_cues.tsv."""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from core.text import normalize_for_match

LEX = Path(__file__).resolve().parent.parent / "data" / "lexicons"
TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
POS = {"verb_past", "verb_present", "noun", "phrase"}
CUE_KINDS = {"self", "demand", "complementiser", "negation", "planned", "reported", "denied", "hypothetical", "pluperfect", "past_aux", "speech", "body",
             "field", "addressee", "people_addressee", "endangered", "long_reach", "combat", "refusal", "date_owner", "subordinate",
             "describes", "affirmative", "wish", "want", "draft", "adopt", "light", "avoid", "construct", "answer", "accept",
             "to_come", "to_hold", "holding_noun"}  # the cue kind due: imminent_words.tsv
CUE_KINDS |= {"intent", "want_object", "wish_bound", "want_link"}  # a wish's reach (core.events.wish_scope)
CUE_KINDS |= {"voicing"}
CUE_KINDS |= {"fear"}
CUE_KINDS |= {"ongoing", "caused"}  # an act a fear names that is done all the same (core.events.feared)
CUE_KINDS |= {"wrong_deed", "sovereign"}  # the side a wrong is done to (core.events.wronged)  # a word of fearing whose من governs what is feared (core.events.feared)  # who voiced an accusation a relative clause takes up (core.events.filters)
CUE_KINDS |= {"threat_noun"}  # a threat noun whose بـ governs the act threatened (core.events.threatened)
GAP = "\u2026"
# Arabic letters (with hamza forms, alef maqsura, teh marbuta) and nothing else.
ARABIC_WORD = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+$")
# A form may be listed under two types only when every such row says so.
SHARED_MARK = "shared"


def read_tsv(name: str, ncols: int) -> tuple[list[str], list[list[str]]]:
    lines = (LEX / name).read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", f"{name} must end with a newline"
    lines = lines[:-1]
    header = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        assert len(cols) == ncols, f"{name}:{n}: {len(cols)} columns, expected {ncols}: {line!r}"
        assert all(c == c.strip() for c in cols), f"{name}:{n}: stray whitespace"
        rows.append(cols)
    return header, rows


@pytest.fixture(scope="module")
def cameo():
    header, rows = read_tsv("cameo.tsv", 4)
    assert header == ["code", "label", "goldstein", "plover"]
    return {r[0]: r for r in rows}


@pytest.fixture(scope="module")
def triggers():
    header, rows = read_tsv("triggers.tsv", 6)
    assert header == ["type", "cameo", "form", "pos", "joint", "note"]
    return rows


def test_cameo_rows(cameo):
    assert len(cameo) >= 40
    for code, (_, label, goldstein, plover) in cameo.items():
        assert re.fullmatch(r"\d{2,4}", code), code
        assert label, code
        g = float(goldstein)
        assert -10.0 <= g <= 10.0, (code, g)
        assert plover == "" or plover in TYPES, (code, plover)
    # every 3-digit code has its 2-digit root
    for code in cameo:
        if len(code) == 3:
            assert code[:2] in cameo, code
    # anchor values of the standard Goldstein scale
    assert float(cameo["057"][2]) == 8.0
    assert float(cameo["040"][2]) == 1.0
    assert float(cameo["112"][2]) == -2.0
    assert float(cameo["172"][2]) == -5.0
    assert float(cameo["190"][2]) == -10.0
    assert float(cameo["195"][2]) == -10.0


def test_trigger_columns(triggers, cameo):
    for n, (typ, code, form, pos, joint, note) in enumerate(triggers, start=2):
        where = f"triggers.tsv:{n} {form}"
        assert typ in TYPES, where
        assert re.fullmatch(r"\d{3}", code), where
        assert code in cameo, where
        assert cameo[code][3] in ("", typ) or "alt=" in note or code in ("035", "083", "016"), where
        assert pos in POS, where
        assert joint in ("0", "1"), where
        assert note, where
        toks = form.split(" ")
        assert all(toks), f"{where}: double space"
        assert toks[0] != GAP and toks[-1] != GAP, f"{where}: gap at an edge"
        for a, b in zip(toks, toks[1:]):
            assert not (a == GAP and b == GAP), where
        for t in toks:
            assert t == GAP or ARABIC_WORD.match(t), f"{where}: bad token {t!r}"
        if pos != "phrase":
            pass  # single nouns/verbs may still be two words (e.g. a noun with its adjective)
        if GAP in toks:
            assert len(toks) >= 3, where


def test_no_article_on_single_forms(triggers):
    """Forms are listed without ال; the matcher adds it (radical ال excepted)."""
    radical = ("التزم", "التزام", "التقى", "التقت", "التقي", "التقو", "التقين", "التمس", "التماس", "التي", "الذي")
    for typ, _, form, *_ in triggers:
        for t in form.split(" "):
            if t.startswith("ال") and len(t) > 3:
                assert t.startswith(radical), (typ, form)


def test_no_duplicates(triggers):
    seen = set()
    for typ, _, form, *_ in triggers:
        key = (typ, normalize_for_match(form))
        assert key not in seen, f"duplicate {key}"
        seen.add(key)


def test_cross_type_forms_are_marked(triggers):
    by_form = defaultdict(list)
    for typ, _, form, _, _, note in triggers:
        by_form[normalize_for_match(form)].append((typ, note))
    for form, rows in by_form.items():
        if len({t for t, _ in rows}) > 1:
            assert all(SHARED_MARK in note for _, note in rows), f"{form} listed under {rows}"


def test_every_type_covered(triggers):
    counts = defaultdict(int)
    for typ, *_ in triggers:
        counts[typ] += 1
    for typ in TYPES:
        assert counts[typ] >= 20, (typ, counts[typ])


def test_alt_types_are_valid(triggers):
    for typ, _, form, _, _, note in triggers:
        for m in re.finditer(r"alt=([A-Z,/]+)", note):
            for t in re.split(r"[,/]", m.group(1)):
                assert t in TYPES and t != typ, (form, note)


def test_key_forms_present(triggers):
    """A few forms every Arabic news lexicon must have, with their types."""
    have = {(typ, normalize_for_match(form)) for typ, _, form, *_ in triggers}
    expected = [
        ("AGREE", "اتفق"), ("AGREE", "تعهدت"), ("CONSULT", "اجتماع"), ("CONSULT", "زيارة"),
        ("CONSULT", "اتصال هاتفي"), ("CONSULT", "مباحثات"), ("SUPPORT", "أبرما"),
        ("SUPPORT", "توقيع"), ("SUPPORT", "اعتراف"), ("SUPPORT", "استئناف … علاقات"),
        ("COOPERATE", "تعاون عسكري"), ("AID", "دعم … مال"), ("AID", "مساعدات"),
        ("RETREAT", "وقف إطلاق نار"), ("RETREAT", "انسحاب"), ("RETREAT", "رفع … حظر"),
        ("REQUEST", "طالب"), ("REQUEST", "دعت"), ("ACCUSE", "اتهمت"), ("ACCUSE", "أدان"),
        ("REJECT", "رفضت"), ("REJECT", "نفى"), ("THREATEN", "هدد"), ("THREATEN", "مهلة"),
        ("PROTEST", "مظاهرات"), ("SANCTION", "قطعت … علاقات"), ("SANCTION", "فرض … عقوبات"),
        ("SANCTION", "استدعت … سفير"), ("SANCTION", "طرد … سفير"), ("MOBILIZE", "نشر … قوات"),
        ("COERCE", "اعتقال"), ("COERCE", "حظر تجول"), ("ASSAULT", "غارات"),
        ("ASSAULT", "اشتباكات"), ("ASSAULT", "شنت … ضربات"),
    ]
    for typ, form in expected:
        assert (typ, normalize_for_match(form)) in have, (typ, form)


def test_joint_flags(triggers):
    joint = {normalize_for_match(f): j for _, _, f, _, j, _ in triggers}
    for f in ("اتفق", "اجتماع", "مباحثات", "اشتباكات", "أبرما"):
        assert joint[normalize_for_match(f)] == "1", f
    for f in ("اتهم", "هاجم", "طالب", "هدد", "اعتقل"):
        assert joint[normalize_for_match(f)] == "0", f


def test_event_cues():
    header, rows = read_tsv("event_cues.tsv", 3)
    assert header == ["cue", "kind", "note"]
    seen = set()
    kinds = defaultdict(int)
    kind_of = {}
    for cue, kind, note in rows:
        assert kind in CUE_KINDS, (cue, kind)
        assert note
        for t in cue.split(" "):
            assert ARABIC_WORD.match(t), cue
        key = normalize_for_match(cue)
        assert key not in seen, cue
        seen.add(key)
        kind_of[key] = kind
        kinds[kind] += 1
    assert set(kinds) == CUE_KINDS
    # cues that would mislabel ordinary reported speech must not be listed: إن is only
    # the complementiser of a speech frame, never a modality (a condition)
    assert kind_of.get(normalize_for_match("إن"), "complementiser") == "complementiser"


def test_false_friends_absent(triggers):
    """Single forms that the matcher's proclitic/suffix/normalisation reading would find
    inside frequent unrelated words (وزارة→زار، قتلى→قتل، أيدي→أيد، ليبرمان→يبرمان،
    هنأ→هنا "here", تحدى→تحدي "challenge", أبعاد "dimensions", التسلح "armament")."""
    banned = {normalize_for_match(w) for w in
              ("قتل", "أيد", "يبرمان", "هنأ", "تحدى", "إبعاد", "تسلح", "قاضى", "عفو", "حوار", "مؤتمر", "ضبط")}
    for typ, _, form, *_ in triggers:
        assert normalize_for_match(form) not in banned, (typ, form)


def test_unnamed_actor_table_is_clean():
    from core.events.unnamed import SCOPES, load_unnamed
    from core.lexicon import read_tsv
    from core.text import normalize_for_match

    path = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "unnamed_actors.tsv"
    rows = [r for _, r in read_tsv(path, ("form", "label", "scope", "note"))]
    forms = [normalize_for_match(r["form"]) for r in rows]
    assert len(forms) == len(set(forms)), "duplicate forms"
    assert all(r["label"].strip() and r["form"] == r["form"].strip() and "  " not in r["form"] for r in rows)
    assert {r["scope"] for r in rows} <= set(SCOPES)
    assert sum(len(v) for v in load_unnamed().values()) == len(rows)
