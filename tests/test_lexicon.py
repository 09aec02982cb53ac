"""Validation of every lexicon data file and table tests of lexicon lookups."""
from __future__ import annotations

import re
import shutil
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.lexicon import (
    DEFAULT_DATA_DIR,
    LexiconError,
    build_lexicon,
    country_record,
    inflect_nisba,
    load_lexicon,
    match_key,
    read_tsv,
)
from core.text import normalize_for_match

LEX = load_lexicon()
ARABIC = re.compile(r"^[\u0621-\u0652\u0660-\u0669\u0670-\u06d3 \-.+0-9]+$")
LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9 &.+-]*$")  # CNN, BBC: organisations only
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
USER_ASSIGNED_ISO3 = {"XKX"}  # Kosovo: not in ISO 3166-1
PLACE_KINDS = {"capital", "city", "region", "territory", "landmark", "sphere"}  # sphere: a community of countries, no entity
ORG_KINDS = {"intl_org", "regional_org", "un_body", "armed_group", "party", "movement", "government_body",
             "military", "security", "media", "company", "ngo", "sports_club"}
TITLE_KINDS = {"head_of_state", "head_of_government", "minister", "diplomat", "military", "official",
               "spokesperson", "honorific", "religious", "party_leader"}
COUNTRY_STATUS = {"member", "observer", "partial", "territory"}

FILES = {
    "countries.tsv": ("iso3", "name", "name_ar", "variants", "monarchy", "status", "ambiguous", "source"),
    "nationalities.tsv": ("iso3", "stems", "irregular", "exclude"),
    "places.tsv": ("id", "name", "name_ar", "variants", "aliases", "country", "kind", "acts_for", "ambiguous"),
    "organisations.tsv": ("id", "name", "name_ar", "variants", "aliases", "country", "kind", "acts_for", "ambiguous"),
    "titles.tsv": ("form", "kind", "represents_state"),
    "org_heads.tsv": ("form", "kind", "acts_for_country", "optional", "generic_alone"),
    "generic_refs.tsv": ("form", "resolve", "monarchy"),
    "given_names.tsv": ("name", "source"),
    "stopwords.tsv": ("word", "kind"),
}


def entries(type_: str):
    return [e for e in LEX.entries if e.type == type_]


def is_iso3(code: str) -> bool:
    return code in USER_ASSIGNED_ISO3 or pycountry.countries.get(alpha_3=code) is not None


# --- files -----------------------------------------------------------------------
@pytest.mark.parametrize("name,columns", sorted(FILES.items()))
def test_file_has_columns_and_rows(name, columns):
    rows = read_tsv(DEFAULT_DATA_DIR / name, columns)
    assert rows, name


@pytest.mark.parametrize("name", ["titles.tsv", "org_heads.tsv", "generic_refs.tsv", "given_names.tsv",
                                  "stopwords.tsv", "nationalities.tsv"])
def test_no_duplicate_keys(name):
    rows = read_tsv(DEFAULT_DATA_DIR / name, ())
    key = next(iter(rows[0][1]))
    seen: dict[str, int] = {}
    for line, r in rows:
        k = normalize_for_match(r[key])
        assert k not in seen, f"{name}:{line} duplicates line {seen[k]}: {r[key]}"
        seen[k] = line


def test_entry_ids_unique_and_well_formed():
    ids = [e.id for e in LEX.entries]
    assert len(ids) == len(set(ids))
    for e in LEX.entries:
        if e.type == "COUNTRY":
            assert re.fullmatch(r"[A-Z]{3}", e.id)
        else:
            assert SLUG.match(e.id), e.id


def test_country_codes_valid():
    for e in LEX.entries:
        for code in (e.country, e.acts_for):
            if code:
                # a person may act for an organisation the lexicon lists (the UN for its secretary-general),
                # and a seat for the body news names by it (Brussels for the European Union)
                org = code == e.acts_for and e.type in ("PERSON", "PLACE") and code in LEX.by_id \
                    and LEX.by_id[code].type == "ORG"
                assert is_iso3(code) or org, (e.id, code)
                assert code in LEX.by_id, (e.id, code)


def test_countries_cover_un_members():
    countries = entries("COUNTRY")
    assert sum(e.kind == "member" for e in countries) == 193
    assert {e.kind for e in countries} <= COUNTRY_STATUS
    for code in ("PSE", "VAT", "XKX", "TWN", "HKG"):
        assert code in LEX.by_id
    assert "ESH" not in LEX.by_id  # Western Sahara is a place
    assert LEX.by_id["western-sahara"].type == "PLACE"


def test_variants_non_empty_and_arabic():
    for e in LEX.entries:
        assert e.variants and e.name and e.name_ar, e.id
        assert e.name_ar == e.variants[0]
        for v in e.variants + e.aliases + e.ambiguous:
            assert v.strip() == v and v, (e.id, v)
            assert ARABIC.match(v) or (e.type == "ORG" and LATIN_NAME.match(v)), (e.id, v)


def test_ambiguous_forms_are_variants():
    for e in LEX.entries:
        keys = {normalize_for_match(v) for v in e.variants + e.aliases}
        for a in e.ambiguous:
            assert normalize_for_match(a) in keys, (e.id, a)


def test_no_variant_maps_to_two_countries():
    owner: dict[str, str] = {}
    for e in entries("COUNTRY"):
        for v in e.variants:
            k = normalize_for_match(v)
            assert owner.setdefault(k, e.id) == e.id, (v, owner[k], e.id)


def test_shared_variants_only_when_ambiguous():
    """A surface form naming two entries must be flagged ambiguous by both."""
    holders = defaultdict(list)
    for e in LEX.entries:
        for v in e.variants:
            if e not in holders[normalize_for_match(v)]:
                holders[normalize_for_match(v)].append(e)
    for k, es in holders.items():
        if len(es) > 1:
            for e in es:
                assert k in {normalize_for_match(a) for a in e.ambiguous}, (k, [x.id for x in es])


# Country names that are also the feminine adjective; the extractor tells them apart by
# context ("قوات سورية" is an adjective, "في سورية" the country).
COUNTRY_NAMES_THAT_ARE_ADJECTIVES = {"السعودية", "سورية"}


def test_country_variants_are_not_adjective_forms():
    """A variant spelled like a nationality adjective ("روسيه" = "روسية", Russian) must be
    flagged ambiguous, unless the country's name is its own nisba (تشيلي, هايتي)."""
    for e in entries("COUNTRY") + entries("PLACE"):
        for v in e.variants:
            k = match_key(v)
            if k in LEX.adjectives and v not in e.ambiguous:
                assert k.endswith("ي") or v in COUNTRY_NAMES_THAT_ARE_ADJECTIVES, (e.id, v)


def test_kinds():
    assert {e.kind for e in entries("PLACE")} <= PLACE_KINDS
    assert {e.kind for e in entries("ORG")} <= ORG_KINDS
    assert {t.kind for t in LEX.titles} <= TITLE_KINDS


# Seats of government that news uses for their state without being its capital in
# every reading ("بين الرباط وتل أبيب").
SEATS_OF_GOVERNMENT = {"tel-aviv", "ramallah", "la-paz", "abidjan"}
# Buildings that stand for a government: PLACE mentions (the gold convention) whose
# events go to their state.
GOVERNMENT_BUILDINGS = {"kremlin", "white-house", "downing-street", "elysee", "oval-office"}


# Capitals news names for the body seated there rather than for their state.
SEATS_OF_BODIES = {"brussels": "eu"}


def test_capitals_act_for_their_country():
    for e in entries("PLACE"):
        if e.kind == "capital":
            assert e.country and e.acts_for == SEATS_OF_BODIES.get(e.id, e.country), e.id
        elif e.id in SEATS_OF_GOVERNMENT or e.id in GOVERNMENT_BUILDINGS:
            assert e.acts_for == e.country, e.id
        else:
            assert e.acts_for is None, e.id
    capitals = {e.country for e in entries("PLACE") if e.kind == "capital"}
    members = {e.id for e in entries("COUNTRY") if e.kind == "member"}
    assert members - capitals == {"ISR"}, sorted(members - capitals)  # Jerusalem: no country


def test_independent_actors_do_not_act_for_states():
    for e in entries("ORG"):
        if e.kind in {"intl_org", "regional_org", "un_body", "armed_group", "party", "media", "ngo", "sports_club"}:
            assert e.acts_for is None, e.id


def test_normalisation_round_trip():
    keys = list(LEX.by_form) + list(LEX.adjectives) + list(LEX.given_names) + list(LEX.stopwords)
    keys += list(LEX.title_index) + list(LEX.org_head_index) + list(LEX.generic_refs)
    for k in keys:
        assert normalize_for_match(k) == k


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("أإآٱاءؤئبةتىيـًٌٍَُِّْ \t\n\u200fABCdef٣۴ﻻ"), max_size=30) | st.text(max_size=30))
def test_match_key_equals_normalize_for_match(s):
    assert match_key(s) == normalize_for_match(s)


def test_match_key_on_every_data_string():
    for name in FILES:
        for _, row in read_tsv(DEFAULT_DATA_DIR / name, ()):
            for cell in row.values():
                for part in cell.split("|"):
                    assert match_key(part) == normalize_for_match(part), (name, part)


def test_titles_and_heads_flags():
    assert all(isinstance(t.represents_state, bool) for t in LEX.titles)
    assert LEX.title("وزير الخارجية").represents_state
    assert not LEX.title("السيد").represents_state
    heads = LEX.org_head_index
    assert heads[normalize_for_match("وزارة")].acts_for_country
    assert not heads[normalize_for_match("حزب")].acts_for_country
    assert heads[normalize_for_match("الحكومة")].optional


def test_titles_carry_no_country():
    """The country of a titled person comes from the adjective after the title
    ("وزير الخارجية الروسي"), so no title form may swallow an adjective or a country."""
    countries = {k for k, ids in LEX.by_form.items() if any(LEX.by_id[i].type == "COUNTRY" for i in ids)}
    for t in LEX.titles:
        toks = normalize_for_match(t.form).split()
        assert not any(w in LEX.adjectives for w in toks), t.form
        assert not any(" ".join(toks[i:j]) in countries for i in range(len(toks)) for j in range(i + 1, len(toks) + 1)), t.form


def test_generic_refs_resolve_to_known_monarchy_kinds():
    kinds = {e.monarchy_kind for e in entries("COUNTRY")}
    assert set(LEX.generic_refs.values()) <= {"monarchy", "any", "pair"}
    for form, kind in LEX.generic_refs.items():
        if kind == "monarchy":
            assert LEX.generic_monarchy[form] in kinds
    assert LEX.generic_refs[normalize_for_match("المملكة")] == "monarchy"


def test_stopwords_are_not_names():
    assert not (LEX.stopwords & LEX.given_names)
    assert len(LEX.stopwords) >= 300
    for w in ("قال", "أضاف", "أكد", "أعلن", "في", "الذي"):
        assert normalize_for_match(w) in LEX.stopwords


def test_given_names():
    assert len(LEX.given_names) >= 500
    for n in ("محمد", "أحمد", "عبد الله", "سيرغي", "ديمتري", "دونالد", "تيريزا", "إيمانويل", "رودريغو"):
        assert normalize_for_match(n) in LEX.given_names, n
    for w in ("الله", "مجلس", "وزير"):
        assert normalize_for_match(w) not in LEX.given_names


# --- lookups ---------------------------------------------------------------------
@pytest.mark.parametrize("form,expected", [
    ("أمريكا", "USA"), ("أميركا", "USA"), ("امريكا", "USA"), ("الولايات المتحدة الأمريكية", "USA"),
    ("الإمارات", "ARE"), ("الامارات العربية المتحدة", "ARE"), ("روسيا", "RUS"), ("روسيه", "RUS"),
    ("سوريا", "SYR"), ("سورية", "SYR"), ("بريطانيا", "GBR"), ("المملكة المتحدة", "GBR"),
    ("المغرب", "MAR"), ("المملكة المغربية", "MAR"), ("كوريا الجنوبية", "KOR"), ("كوريا الشمالية", "PRK"),
    ("جمهورية الكونغو الديمقراطية", "COD"), ("الكونغو", "COG"), ("إسرائيل", "ISR"), ("اسرائيل", "ISR"),
    ("فلسطين", "PSE"), ("كوسوفو", "XKX"), ("تايوان", "TWN"), ("هونغ كونغ", "HKG"), ("الفلبين", "PHL"),
    ("تركيا", "TUR"), ("المجر", "HUN"), ("هنغاريا", "HUN"), ("السعودية", "SAU"), ("مصر", "EGY"),
    # diacritics, tatweel, alef maqsura and teh marbuta in the input
    ("سُورِيَا", "SYR"), ("روسـيـا", "RUS"), ("سوريه", "SYR"), ("أمْرِيكَا", "USA"),
    ("الرباط", "rabat"), ("واشنطن", "washington"), ("تل أبيب", "tel-aviv"), ("الصحراء الغربية", "western-sahara"),
    ("الصحراء المغربية", "western-sahara"), ("قطاع غزة", "gaza-strip"), ("الضفة الغربية", "west-bank"),
    ("القرم", "crimea"), ("شرق القلمون", "eastern-qalamoun"), ("إدلب", "idlib"), ("ادلب", "idlib"),
    ("الجولان", "golan"), ("دونباس", "donbas"), ("كردستان", "kurdistan"), ("موسكو", "moscow"),
    ("الأمم المتحدة", "un"), ("مجلس الأمن", "unsc"), ("اليونيسف", "unicef"),
    ("منظمة حظر الأسلحة الكيماوية", "opcw"), ("منظمة حظر الأسلحة الكيميائية", "opcw"),
    ("الاتحاد الإفريقي", "african-union"), ("الاتحاد الأفريقي", "african-union"),
    ("الجامعة العربية", "arab-league"), ("الناتو", "nato"), ("حزب الله", "hezbollah"),
    ("الحوثيين", "houthis"), ("أنصار الله", "houthis"), ("داعش", "isis"), ("قسد", "sdf"),
    ("هيئة تحرير الشام", "hts"), ("جبهة البوليساريو", "polisario-front"), ("الكرملين", "kremlin"),
    ("البنتاغون", "pentagon"), ("وكالة الأنباء السورية", "sana"), ("سانا", "sana"), ("رويترز", "reuters"),
    ("فرانس برس", "afp"), ("سكاي نيوز عربية", "sky-news-arabia"), ("وكالة المغرب العربي للأنباء", "map"),
    ("القوات المسلحة الملكية", "far"), ("وزارة الخارجية الروسية", "russian-mfa"),
])
def test_lookup(form, expected):
    assert expected in [e.id for e in LEX.lookup(form)], form


@pytest.mark.parametrize("form,expected", [
    ("الإسرائيليين", "ISR"), ("الاسرائيليين", "ISR"), ("الإسرائيلي", "ISR"), ("الإسرائيلية", "ISR"),
    ("الإسرائيليون", "ISR"), ("المغاربة", "MAR"), ("المغربي", "MAR"), ("مغربيين", "MAR"),
    ("المغربية", "MAR"), ("الأميركية", "USA"), ("الأمريكي", "USA"), ("الأميركي", "USA"),
    ("الأمريكيين", "USA"), ("الروسي", "RUS"), ("الروس", "RUS"), ("السوري", "SYR"), ("السوريين", "SYR"),
    ("البريطاني", "GBR"), ("الفلبيني", "PHL"), ("الفلبينية", "PHL"), ("الأتراك", "TUR"),
    ("الكوري الجنوبي", "KOR"), ("الكورية الشمالية", "PRK"), ("السعوديتين", "SAU"), ("الإماراتي", "ARE"),
    ("الأمـيركيّة", "USA"), ("الفرنسيات", "FRA"), ("إيرانيان", "IRN"),
])
def test_adjectives(form, expected):
    assert LEX.adjective_country(form) == expected, form


@pytest.mark.parametrize("form", ["العرب", "الأكراد", "العربية", "المالية", "الكوري", "مالي"])
def test_not_adjectives(form):
    assert LEX.adjective_country(form) is None


_DECORATIONS = ("\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u0640", "")
_ALL_VARIANTS = sorted({(v, e.id) for e in LEX.entries for v in e.variants if e.type != "ORG" or ARABIC.match(v)})


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_ALL_VARIANTS), st.lists(st.sampled_from(_DECORATIONS), min_size=40, max_size=40))
def test_diacritics_and_tatweel_never_change_a_lookup(pair, marks):
    """Any variant written with harakat, shadda or tatweel after its letters resolves."""
    variant, entry_id = pair
    decorated = "".join(c + (marks[i % len(marks)] if c != " " else "") for i, c in enumerate(variant))
    assert entry_id in [e.id for e in LEX.lookup(decorated)]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(LEX.adjectives)), st.sampled_from(["أ", "إ", "آ", "ا"]))
def test_adjective_hamza_forms(form, alef):
    """Every adjective key resolves whatever alef a writer put at its start."""
    written = alef + form[1:] if form.startswith("ا") else form
    assert LEX.adjective_country(written) == LEX.adjectives[form]


def test_inflect_nisba():
    forms = inflect_nisba("مغربي")
    for f in ("مغربي", "مغربية", "مغربيان", "مغربيين", "مغربيون", "المغربي", "المغربيات"):
        assert f in forms
    assert "الكوريين الجنوبيين" in inflect_nisba("كوري جنوبي")
    assert "الجنوب أفريقية" in inflect_nisba("جنوب أفريقي")


def test_adjective_for_every_un_member_with_a_stem():
    with_adj = set(LEX.adjectives.values())
    members = {e.id for e in entries("COUNTRY") if e.kind == "member"}
    assert len(members & with_adj) >= 150


def test_monarchies_and_country_record():
    mar = country_record("MAR")
    assert mar is not None and mar.monarchy and mar.monarchy_kind == "kingdom"
    assert country_record("FRA").monarchy is False
    assert country_record("OMN").monarchy_kind == "sultanate"
    # "المملكة" is never Qatar, Kuwait or the Emirates
    assert not any(country_record(c).monarchy for c in ("QAT", "KWT", "ARE", "OMN", "JPN"))
    assert all(country_record(c).monarchy for c in ("SAU", "JOR", "BHR", "GBR", "ESP"))
    assert country_record("rabat") is None
    assert country_record("ZZZ") is None


def test_acts_for():
    assert LEX.by_id["kremlin"].acts_for == "RUS"
    assert LEX.by_id["pentagon"].acts_for == "USA"
    assert LEX.by_id["moscow"].acts_for == "RUS"
    assert LEX.by_id["nato"].acts_for is None
    assert LEX.by_id["hezbollah"].acts_for is None and LEX.by_id["hezbollah"].country == "LBN"
    assert LEX.by_id["jerusalem"].country is None
    assert LEX.by_id["tel-aviv"].acts_for == "ISR" and LEX.by_id["tel-aviv"].kind == "city"


def test_aliases():
    assert "western-sahara" in LEX.by_alias[normalize_for_match("الصحراء")]
    assert "الصحراء" not in LEX.by_form


def test_aliases_name_one_entry_and_are_no_variant():
    """A short form valid after a full form must point to a single entry and must not
    repeat one of that entry's own variants."""
    for key, ids in LEX.by_alias.items():
        assert len(ids) == 1, (key, ids)
    for e in LEX.entries:
        for a in e.aliases:
            assert match_key(a) not in {match_key(v) for v in e.variants}, (e.id, a)


def test_ambiguous_marked():
    assert "مالي" in LEX.by_id["MLI"].ambiguous
    assert "الجزيرة" in LEX.by_id["aljazeera"].ambiguous


# --- loading ---------------------------------------------------------------------
def test_load_is_cached():
    # load speed is measured by bench/bench_extract.py (start-up), not asserted here
    assert load_lexicon() is load_lexicon()
    assert build_lexicon(DEFAULT_DATA_DIR).by_id.keys() == load_lexicon().by_id.keys()


def _copy_data(tmp_path: Path) -> Path:
    d = tmp_path / "lex"
    shutil.copytree(DEFAULT_DATA_DIR, d)
    return d


def test_malformed_file_names_file_and_line(tmp_path):
    d = _copy_data(tmp_path)
    path = d / "titles.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "وزير\tminister")  # one column short, becomes line 4
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        build_lexicon(d)
    assert "titles.tsv:4" in str(err.value)
    assert err.value.line == 4


def test_bad_flag_and_conflicting_adjective(tmp_path):
    d = _copy_data(tmp_path)
    with (d / "org_heads.tsv").open("a", encoding="utf-8") as f:
        f.write("دائرة خاصة\tpublic_body\tyes\t0\n")
    with pytest.raises(LexiconError, match="org_heads.tsv"):
        build_lexicon(d)
    d2 = _copy_data(tmp_path / "b")
    with (d2 / "nationalities.tsv").open("a", encoding="utf-8") as f:
        f.write("FRA\tمغربي\t\t\n")
    with pytest.raises(LexiconError, match="already names MAR"):
        build_lexicon(d2)


def test_duplicate_id_names_file_and_line(tmp_path):
    d = _copy_data(tmp_path)
    with (d / "places.tsv").open("a", encoding="utf-8") as f:
        f.write("rabat\tRabat\tالرباط\t\t\tMAR\tcapital\tMAR\t\n")
    n_lines = len((d / "places.tsv").read_text(encoding="utf-8").splitlines())
    with pytest.raises(LexiconError, match=f"places.tsv:{n_lines}: duplicate id 'rabat'"):
        build_lexicon(d)


def test_missing_file(tmp_path):
    d = _copy_data(tmp_path)
    (d / "stopwords.tsv").unlink()
    with pytest.raises(LexiconError, match="stopwords.tsv"):
        build_lexicon(d)


# --- the table registry ---------------------------------------------------------------
def test_read_table_names_the_file_and_line_of_a_short_row(tmp_path):
    from core.lexicon import LexiconError, read_table

    shutil.copy(DEFAULT_DATA_DIR / "months.tsv", tmp_path / "months.tsv")
    with open(tmp_path / "months.tsv", "a", encoding="utf-8") as f:
        f.write("يناير\t1\n")
    with pytest.raises(LexiconError, match=r"months\.tsv:\d+: expected 4 columns, found 2"):
        read_table("months.tsv", tmp_path)


def test_read_table_refuses_a_table_without_its_header(tmp_path):
    from core.lexicon import LexiconError, read_table

    (tmp_path / "time_words.tsv").write_text("# no header\nامس\tday\t-1\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="header lacks"):
        read_table("time_words.tsv", tmp_path)


def test_a_table_per_lexicon_is_built_once_for_each_lexicon():
    from types import SimpleNamespace

    from core.lexicon import per_lexicon

    built = []

    @per_lexicon
    def names(lex):
        built.append(lex)
        return frozenset(lex.words)

    a, b = SimpleNamespace(words=("سمير",)), SimpleNamespace(words=("ليلى",))
    assert names(a) == {"سمير"} and names(a) is names(a) and names(b) == {"ليلى"}
    assert built == [a, b]
