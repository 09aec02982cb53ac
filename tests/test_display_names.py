"""English names of organisations (core.org_names) and headed places no lexicon holds, made-up names."""
import pytest

from core import analyze
from core.org_names import english_org_name
from core.text import normalize_for_match


def _en(name: str) -> str | None:
    return english_org_name(normalize_for_match(name))


@pytest.mark.parametrize("name, english", [
    ("مكتب الشؤون السياسية العسكرية", "Office of Political-Military Affairs"),  # the bureau: fields as one
    ("المجلس الاقتصادي والاجتماعي", "Economic and Social Council"),  # adjectives joined by و, in their order
    ("وزارة الزراعة العراقية", "Ministry of Agriculture (Iraq)"),  # a trailing nationality: the body's country
    ("المجلس الأعلى للقضاء", "Supreme Council of Judiciary"),  # ل + ال: a complement
    ("حزب العدالة والتنمية", "Party of Justice and Development"),  # nouns joined by و: one complement
    ("الحزب الديمقراطي الاشتراكي", "Socialist Democratic Party"),  # a creed's adjective next to the noun
    ("الحزب الوطني الديمقراطي", "National Democratic Party"),
    ("المحكمة الجنائية المركزية", "Central Criminal Court"),  # adjectives in mirror order
    ("جمعية قطر الخيرية", "Qatar Charitable Association"),  # a place takes no adjective of the name
    ("هيئة البحوث العلمية", "Authority of Scientific Research"),  # a plural of things: feminine
    ("وزارة الخارجية", "Ministry of Foreign Affairs"),  # a definite word completes an indefinite one
    ("لجنة العلاقات الخارجية", "Committee of Foreign Relations"),  # and describes a definite one
    ("وزارة الأوقاف والشؤون الإسلامية", "Ministry of Endowments and Islamic Affairs"),  # per noun
    ("مجلس محافظة البصرة", "Council of Basra Governorate"),  # a place completes the noun before it
    ("مؤتمر ميونيخ الأمني", "Munich Security Conference"),  # a place first, the head's adjective after it
    ("شرطة دبي", "Dubai Police"),
    ("مجلس الشيوخ", "Senate"),  # a form of several words read as one
    ("والشرطة السويسرية", None),  # a name never starts with a conjunction
])
def test_composed_names(name, english):
    assert _en(name) == english


@pytest.mark.parametrize("name", [
    "الخبر",  # a paper named by a common word: no head of a body
    "شركة زنبركو للتجارة",  # an unknown word: the Arabic is shown
    "الاتحاد المصري للكرة",  # a nationality inside the name is not the body's country
    "الوطنية",  # an adjective alone
    "مركز الدراسات الإيرانية",  # the nationality agrees with the studies, not the centre
])
def test_unknown_or_unheaded_names_stay_arabic(name):
    assert _en(name) is None


def test_a_proper_name_is_read_as_written():
    """"الـ" + a place's bare name is not the place: the place table is read as written."""
    assert _en("صحيفة الديلي") is None


def test_extracted_organisation_gets_the_composed_name():
    text = "وقالت وزارة الزراعة العراقية في بيان إن المحصول تضاعف هذا العام."
    orgs = [e for e in analyze(text, "2021-05-01").entities if e.type == "ORG"]
    assert [e.name for e in orgs] == ["Ministry of Agriculture (Iraq)"]
    assert orgs[0].name_ar == "وزارة الزراعة العراقية"


def test_a_place_whose_head_is_part_of_its_name_keeps_the_head_in_english():
    text = "ونقل المتهم من سجن الواحة إلى مطار كوريدوفو ثم إلى جبل محسن، لا إلى مدينة قرمبالية."
    names = {e.name_ar: e.name for e in analyze(text, "2021-05-01").entities if e.type == "PLACE"}
    assert names["سجن الواحة"] == "al-Waha Prison"
    assert names["مطار كوريدوفو"] == "Kuridufu Airport"
    assert names["جبل محسن"] == "Mount Mohsen"
    assert names["قرمبالية"] == "Qarmbalia"  # a city's head is no part of its name
