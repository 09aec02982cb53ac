"""Organisations a news report names in full that the lexicon must know: a party that
shares the first words of another's name, a body of the United Nations, a company whose
name holds a family name."""
from core import analyze


def _orgs(text):
    return {e.id: [m.text for m in e.mentions] for e in analyze(text, "2023-01-17").entities if e.type == "ORG"}


def test_the_iranian_kurdish_party_is_not_the_iraqi_one():
    got = _orgs("وقصفت المدفعية مواقع للحزب الديمقراطي الكردستاني الإيراني قرب الحدود.")
    assert "pdki" in got and "kdp" not in got


def test_the_iraqi_kurdish_party_is_still_the_iraqi_one():
    assert "kdp" in _orgs("وفاز الحزب الديمقراطي الكردستاني بأكبر عدد من المقاعد في أربيل.")


def test_a_un_working_group_is_one_organisation():
    got = _orgs("ودعا الفريق العامل المعني بالاحتجاز التعسفي إلى الإفراج عن الناشط.")
    assert got.get("un-wgad") == ["الفريق العامل المعني بالاحتجاز التعسفي"]


def test_a_jewish_council_and_a_contractor_are_organisations():
    a = analyze("وندد المجلس المركزي لليهود في ألمانيا بالهجوم.", "2023-01-17")
    assert {"central-council-of-jews-in-germany", "DEU"} <= {e.id for e in a.entities}  # the country stays named
    assert "saudi-binladin-group" in _orgs("ووقعت مجموعة بن لادن السعودية عقدا لتوسعة المطار.")
