"""What a demand or a charge is about names no one who demands or charges
(core.events.demand_content; data/lexicons/demand_content.tsv); sentences written for the tests."""
from core import analyze


def events(text, published="2018-05-10"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_state_punished_in_a_call_does_not_call():
    """"ودعت فيه إلى معاقبة X على تمويلها Y": X is to be punished, it calls on no one."""
    got = events("وأصدرت الخارجية البحرينية بيانا أمس، ودعت فيه إلى معاقبة قطر على تمويلها جماعة الإخوان.")
    assert not [e for e in got if e[0] == "REQUEST" and e[1][0] == "QAT"]


def test_a_state_whose_failure_is_condemned_does_not_condemn():
    """"ونددت فيه بتقاعس X عن ...": X failed, it condemns no one."""
    got = events("وكانت الحكومة قد أصدرت بيانا، ونددت فيه بتقاعس إيران عن منع وصول أسلحتها إلى الحوثيين.")
    assert not [e for e in got if e[0] == "ACCUSE" and e[1][0] == "IRN"]


def test_a_state_to_be_held_to_account_makes_no_demand():
    """"يطالب فيها بمساءلة X عن دعمها Y": the letter's writer demands, not X."""
    got = events("وكتب الوزير رسالة إلى نظيره، يطالب فيها بمساءلة تركيا عن دعمها جبهة النصرة.")
    assert not [e for e in got if e[0] == "REQUEST" and e[1][0] == "TUR"]


def test_a_title_with_b_is_no_content():
    """"القائم بأعمال السفير X"، "الناطق بلسان الجيش X": a title, the subject's; what the
    subject asks or charges comes after it."""
    assert ("REQUEST", ["USA", "TUR"]) in events("ودعا القائم بأعمال السفير الأمريكي في أنقرة تركيا إلى الإفراج عن القس.")
    assert ("ACCUSE", ["ISR", "hamas"]) in events("واتهم الناطق بلسان الجيش الإسرائيلي حركة حماس بإطلاق الصواريخ.")


def test_a_subject_written_with_b_is_no_content():
    """"دعت بعثة X"، "طالب برلمانيون Xيون": the subject, not what is demanded (a noun after
    the preposition ب would not end in ون)."""
    assert ("REQUEST", ["un", "LBY"]) in events("دعت بعثة الأمم المتحدة في ليبيا حكومة الوفاق إلى ضبط النفس.")
    assert ("REQUEST", ["GBR", "SAU"]) in events("طالب برلمانيون بريطانيون الحكومة بوقف بيع الأسلحة إلى السعودية.")


def test_an_adverb_before_the_subject_opens_no_content():
    """"وأدانت بأشد العبارات X"، "ودعا على الفور X": the adverb ends nothing; X is the subject."""
    assert ("ACCUSE", ["ARE", "houthis"]) in events(
        "وأدانت بأشد العبارات وزارة الخارجية الإماراتية الهجوم الذي شنه الحوثيون على السعودية.")
    assert ("REQUEST", ["USA", "ISR"]) in events("ودعا على الفور وزير الخارجية الأمريكي إسرائيل إلى وقف الغارات.")


def test_a_passive_agent_after_the_charge_still_charges():
    """"اتهمت X بارتكاب جرائم من قبل منظمة Y": Y charges X."""
    assert ("ACCUSE", ["amnesty", "ISR"]) in events("اتهمت إسرائيل بارتكاب جرائم حرب من قبل منظمة العفو الدولية.")


def test_the_given_name_ali_is_no_preposition():
    """"واتهم علي X، نائب الرئيس، إيران بتسليح الحوثيين": علي is the subject's name; the
    arming is what is charged, no event of its own with the Houthis arming Iran."""
    got = events("واتهم علي محسن الأحمر، نائب الرئيس اليمني، إيران بتسليح الحوثيين.")
    assert not [e for e in got if e[0] == "AID"]


def test_a_source_named_before_the_content_stays():
    """"دعت X إلى معاقبة Y": X calls; only Y, inside the content, calls on no one."""
    assert ("REQUEST", ["EGY", "QAT"]) in events("ودعت مصر إلى معاقبة قطر على تمويلها الإرهاب.")


def test_a_received_request_keeps_its_author_after_the_content():
    """"تلقت X طلبا بإجلاء ... من Y وZ": Y and Z asked X; the من after the content names them."""
    got = events("وقالت الحكومة الإسرائيلية إنها تلقت طلبا بإجلاء المسعفين من الولايات المتحدة وبريطانيا إلى الأردن.")
    assert ("REQUEST", ["USA", "ISR"]) in got
