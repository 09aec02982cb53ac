"""A sentence opened by a verb of speaking with no subject speaks for the previous
sentence's subject (core.events.opening_subjects). Sentences written for the tests."""
from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_praise_after_a_meeting_is_the_host_s():
    """"التقى X نظيره Y. وأشاد بدور Z": X praises Z, Z praises no one."""
    got = events("التقى وزير الخارجية الفرنسي نظيره المصري في القاهرة. وأشاد بدور السعودية في المنطقة.")
    assert ("SUPPORT", ["FRA", "SAU"]) in got


def test_a_country_after_a_masculine_verb_is_its_object():
    """"وانتقد تركيا": Turkey is criticised by the previous sentence's subject."""
    got = events("التقى وزير الخارجية الفرنسي نظيره المصري في القاهرة. وانتقد تركيا بسبب تدخلها في ليبيا.")
    assert ("ACCUSE", ["FRA", "TUR"]) in got and not any(a[0] == "TUR" for _, a in got)


def test_a_country_after_a_feminine_verb_may_be_its_subject():
    """"وانتقدت روسيا": Russia may criticise; the previous subject is not made its critic."""
    got = events("التقى وزير الخارجية الفرنسي نظيره المصري في القاهرة. وانتقدت روسيا الاتفاق.")
    assert ("ACCUSE", ["FRA", "RUS"]) not in got


def test_a_new_paragraph_carries_no_subject():
    """A paragraph break between the two sentences: the meeting's host is not carried."""
    got = events("التقى وزير الخارجية الفرنسي نظيره المصري في القاهرة.\nوأشاد بدور السعودية في المنطقة.")
    assert ("SUPPORT", ["FRA", "SAU"]) not in got


def test_a_subject_under_a_preposition_is_not_carried():
    """"في لقاء مع X، ...": the first actor of the previous sentence is no subject."""
    got = events("في لقاء مع الرئيس الفرنسي، وقعت مصر اتفاقا للتعاون مع إيطاليا. وأشاد بدور السعودية في المنطقة.")
    assert ("SUPPORT", ["FRA", "SAU"]) not in got


def test_a_country_after_a_present_in_t_may_be_its_subject():
    """"وتهدد الولايات المتحدة": the United States threatens; the host is not carried to it."""
    got = events("التقى وزير الخارجية الفرنسي نظيره الأمريكي. وتهدد الولايات المتحدة بالانسحاب من الاتفاق.")
    assert ("THREATEN", ["FRA", "USA"]) not in got


def test_what_a_dropped_subject_demands_is_no_addressee(monkeypatch):
    """"ودعا إلى الإفراج عن الصحفيين في X": X is where the asked act is, not of whom it is asked."""
    from core.events import opening_subjects

    read = []
    real = opening_subjects.opening_pair
    monkeypatch.setattr(opening_subjects, "opening_pair",
                        lambda h, st, doc: read.append((h.form.type, real(h, st, doc))) or read[-1][1])
    got = events("التقى وزير الخارجية الفرنسي نظيره المصري. ودعا إلى الإفراج عن الصحفيين في إيران.")
    assert ("REQUEST", None) in read and ("REQUEST", ["FRA", "IRN"]) not in got


def test_a_subject_named_after_the_verb_is_not_replaced():
    """"وندد المتحدث باسم الجيش X بالتقرير": the spokesman condemns; nothing is carried."""
    got = events("التقى وزير الخارجية الفرنسي نظيره المصري. وندد المتحدث باسم الجيش المصري بالتقرير.")
    assert ("ACCUSE", ["FRA", "EGY"]) not in got
