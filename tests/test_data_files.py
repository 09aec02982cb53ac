"""The small hand-written tables that entities and events read: columns, duplicates, script."""
import re
from pathlib import Path

import pytest

from core.events import load_triggers
from core.lexicon import DATA_DIR, TABLES, read_table, read_tsv
from core.text import normalize_for_match

DATA = Path(__file__).resolve().parent.parent / "data" / "lexicons"
ARABIC = re.compile(r"^[\u0621-\u064a\u0640 ]+$")
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

SMALL_TABLES = {
    "pair_refs.tsv": ("form",),
    "dual_refs.tsv": ("form", "of"),
    "named_pairs.tsv": ("form", "states"),
    "kind_heads.tsv": ("form", "kinds"),
    "owned_objects.tsv": ("form",),
    "currency_words.tsv": ("form",),
    "masthead_words.tsv": ("form",),
    "club_cues.tsv": ("form", "note"),
    "ministry_portfolios.tsv": ("form", "note"),
    "name_particles.tsv": ("form", "position"),
    "word_endings.tsv": ("ending", "kind"),
    "surface_stopwords.tsv": ("word",),
    "name_adjectives.tsv": ("word",),
    "descriptive_adjectives.tsv": ("word",),
    "place_heads.tsv": ("form", "kind", "common_name", "with_head"),
    "trigger_context.tsv": ("form", "type", "cameo", "context"),
    "event_frames.tsv": ("lead", "link", "type", "cameo"),
    "agreement_cues.tsv": ("cue", "note"),
    "holding_verbs.tsv": ("verb", "note"),
    "role_words.tsv": ("form", "kind", "by_nationality"),
    "opinion_cues.tsv": ("cue", "kind"),
}


@pytest.mark.parametrize("name, columns", SMALL_TABLES.items())
def test_table_has_a_source_line_columns_and_no_duplicates(name, columns):
    path = DATA / name
    assert path.read_text(encoding="utf-8").startswith("#"), "first line names the source"
    rows = [r for _, r in read_tsv(path, columns, required=columns)]
    assert rows
    # tables compared with the written word keep forms that only normalisation merges (أن/ان)
    written = name in ("surface_stopwords.tsv", "event_frames.tsv", "agreement_cues.tsv")
    keys = [tuple(r[c] if written else normalize_for_match(r[c]) for c in columns[:2]) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate rows"
    for r in rows:
        assert ARABIC.match(r[columns[0]]), r


def test_name_particle_positions():
    assert {r["position"] for _, r in read_tsv(DATA / "name_particles.tsv", ("form", "position"))} == {"before", "after", "allah", "kunya"}


def test_context_and_frame_types_are_plover_with_known_cameo_codes():
    cameo = load_triggers().cameo
    for name in ("trigger_context.tsv", "event_frames.tsv"):
        for _, r in read_tsv(DATA / name, ("type", "cameo")):
            assert r["type"] in PLOVER and r["cameo"] in cameo, r


def test_romanization_covers_the_arabic_letters():
    rows = dict((r["letter"], r["latin"]) for _, r in read_tsv(DATA / "romanization.tsv", ("letter", "latin")))
    for c in "ابتثجحخدذرزسشصضطظعغفقكلمنهوي":
        assert c in rows


def test_word_stats_are_normalised_counts():
    rows = read_tsv(DATA / "word_stats.tsv", ("word", "count"))
    assert len(rows) > 10000
    for _, r in rows[:2000]:
        assert r["count"].isdigit() and normalize_for_match(r["word"]) == r["word"]


def test_word_clusters_are_normalised_words_with_nested_cluster_ids():
    rows = [r for _, r in read_table("word_clusters.tsv")]
    assert len(rows) > 20000
    parents: dict[str, tuple[str, str]] = {}
    for r in rows:
        assert normalize_for_match(r["word"]) == r["word"] and " " not in r["word"], r
        assert r["coarse"].isdigit() and r["mid"].isdigit() and r["fine"].isdigit(), r
        # a fine cluster lies inside one mid and one coarse cluster
        assert parents.setdefault(r["fine"], (r["coarse"], r["mid"])) == (r["coarse"], r["mid"]), r
    assert len({r["coarse"] for r in rows}) < len({r["mid"] for r in rows}) < len(parents)


# --- every table in the registry ------------------------------------------------------
@pytest.mark.parametrize("name", sorted(TABLES))
def test_registered_table_has_its_header_filled_columns_and_unique_keys(name):
    table = TABLES[name]
    rows = [r for _, r in read_table(name)]  # checks the header and that required cells are filled
    assert rows, "no rows"
    if table.key:
        keys = [tuple(r[c] for c in table.key) for r in rows]
        seen: set = set()
        dup = {k for k in keys if k in seen or seen.add(k)}
        assert not dup, f"duplicate {table.key}: {sorted(dup)[:3]}"


def test_every_data_table_is_registered():
    assert {p.name for p in DATA_DIR.glob("*.tsv")} == set(TABLES)


def test_time_units_name_unit_form_and_strength():
    forms = {"sg", "du", "pl", "defsg", "defdu", "defpl"}
    for _, r in read_table("time_words.tsv"):
        if r["class"] == "unit":
            unit, form, strength = r["value"].split(":")
            assert unit and form in forms and strength in ("strong", "weak"), r


def test_time_context_words_are_written_as_they_are_matched():
    """The grammar compares them with normalised tokens: "حتى" would never match "حتي"."""
    for _, r in read_table("time_context.tsv"):
        assert normalize_for_match(r["form"]) == r["form"], r


def test_the_interface_says_everything_in_every_language():
    """data/ui/<language>.tsv: the same keys in each language, and the same {fields} in
    each text, so a page never shows a raw key or fails to fill a text in one language."""
    import re
    import string

    from core.lexicon import read_tsv

    ui = Path(__file__).resolve().parents[1] / "data" / "ui"
    texts = {p.stem: {r["key"]: r["text"] for _, r in read_tsv(p, ("key", "text"), required=("key", "text"))}
             for p in sorted(ui.glob("*.tsv"))}
    assert set(texts) == {"en", "ar"}
    assert set(texts["en"]) == set(texts["ar"])

    def fields(t: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(t) if f}

    differ = [k for k in texts["en"] if fields(texts["en"][k]) != fields(texts["ar"][k])]
    assert not differ, differ


@pytest.mark.parametrize("name", ["topic_cues.tsv", "violence_cues.tsv"])
def test_a_cue_read_as_one_kind_is_listed_under_one_kind(name):
    """These tables are read into one kind per word: a word listed twice loses a kind silently."""
    kinds: dict[str, set[str]] = {}
    for _, r in read_table(name):
        kinds.setdefault(normalize_for_match(r["cue"]), set()).add(r["kind"].strip())
    assert sorted(c for c, k in kinds.items() if len(k) > 1) == []
