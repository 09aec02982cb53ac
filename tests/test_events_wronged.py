"""The side a wrong is done to is no target of the stance taken on it (core.events.wronged),
and what is warned of is no warner (core.events.threats); sentences written for the tests."""
from core import analyze


def events(text, published="2018-05-10"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_the_victims_of_crimes_are_not_accused():
    got = events("وقال المتحدث إن الاجتماع سيبحث جرائم إسرائيل ضد المتظاهرين الفلسطينيين.")
    assert not [e for e in got if e[0] == "ACCUSE" and e[1][-1].startswith("unnamed-protesters")]


def test_the_side_a_hostile_policy_is_aimed_at_is_not_accused():
    assert not events("وأكد المتحدث أن على الولايات المتحدة أن توقف سياستها العدائية تجاه كوريا الشمالية.")
    assert not [e for e in events("وقال الوزير إن تركيا تواصل ممارساتها العدائية ضد قبرص.") if e[0] == "ACCUSE"]


def test_a_deed_named_after_the_trigger_names_a_victim_too():
    got = events("ووصفت الحكومة ميليشيات الحوثي بأنها جماعة إرهابية بسبب جرائمها ضد اليمنيين.")
    assert not [e for e in got if e[0] == "ACCUSE" and e[1][-1] == "YEM"]


def test_the_state_whose_sovereignty_is_violated_is_not_condemned():
    assert not [e for e in events("وأدانت روسيا الانتهاك الصارخ لسيادة سوريا.") if e[0] == "ACCUSE"]
    got = events("وقالت الخارجية المصرية إن هذه التطورات تمثل تهديدا خطيرا لوحدة وسلامة الأراضي الليبية.")
    assert not [e for e in got if e[1][-1] == "LBY"]


def test_a_rejection_of_threats_to_a_state_s_unity_rejects_no_state():
    got = events("وأعلنت البحرين رفضها لأي محاولة تستهدف أمن واستقرار ووحدة أراضي المملكة الأردنية.")
    assert not [e for e in got if e[0] == "REJECT"]


def test_accusations_voiced_against_a_side_still_accuse_it():
    assert ("ACCUSE", ["IRN", "SAU"], "اتهاماتها") in events("وجددت إيران اتهاماتها ضد السعودية.")
    assert [e for e in events("ورفعت قطر دعوى قضائية ضد الإمارات أمام محكمة العدل الدولية.")
            if e[0] == "ACCUSE" and e[1] == ["QAT", "ARE"]]


def test_the_violator_of_a_sovereignty_is_still_condemned():
    assert ("ACCUSE", ["SYR", "ISR"], "أدانت") in events("وأدانت سوريا انتهاك إسرائيل لسيادة سوريا.")


def test_what_is_warned_of_is_no_warner():
    text = ("وأكد الرئيس الفرنسي في مقابلة أن لا خطة بديلة للاتفاق المبرم مع طهران، وحذر من تعاظم "
            "الوجود الإيراني في سوريا في حال انسحبت الولايات المتحدة منه.")
    assert not [e for e in events(text) if e[0] == "THREATEN" and e[1][0] == "IRN"]


def test_a_warner_named_before_the_warning_still_warns():
    assert ("THREATEN", ["USA", "IRN"], "حذر") in events("وحذر الرئيس الأمريكي إيران من استئناف برنامجها النووي.")


def test_a_warner_named_after_for_its_part_still_warns():
    # "من جهته" is an aside: the warner named after it is not what the warning's من governs
    got = events("وحذر من جهته الرئيس الإيراني الولايات المتحدة من أي خطوة تصعيدية.")
    assert [e for e in got if e[0] == "THREATEN" and e[1] == ["IRN", "USA"]]
    got = events("وحذرت من جانبها الخارجية الصينية الولايات المتحدة من التدخل في شؤونها.")
    assert [e for e in got if e[0] == "THREATEN" and e[1] == ["CHN", "USA"]]


def test_the_side_a_threatened_hostile_step_is_aimed_at_is_threatened():
    # the deed is the threat's own: its victim is whom the threat is made on
    assert [e for e in events("هددت روسيا باتخاذ خطوات عدائية ضد أوكرانيا.") if e[0] == "THREATEN" and e[1] == ["RUS", "UKR"]]
    got = events("هددت كوريا الشمالية باتخاذ إجراءات عدائية ضد الولايات المتحدة.")
    assert [e for e in got if e[0] == "THREATEN" and e[1] == ["PRK", "USA"]]


def test_security_elements_of_a_state_are_accused():
    # "عناصر أمن إيرانيين": a security force, not Iran's security
    assert [e for e in events("اتهمت واشنطن عناصر أمن إيرانيين بقمع المتظاهرين.") if e[0] == "ACCUSE" and e[1] == ["USA", "IRN"]]


def test_a_warning_by_a_side_after_min_qibal_is_its_own():
    # "من قبل واشنطن" names the warning's author, not what is warned of
    assert [e for e in events("وجهت تحذيرات من قبل واشنطن إلى طهران.") if e[0] == "THREATEN" and e[1] == ["USA", "IRN"]]


def test_a_rejection_of_harm_to_a_state_s_security_by_bi_rejects_no_state():
    # "المساس بأمن السودان": Sudan's security, Sudan is wronged, not rejected
    assert not [e for e in events("رفضت مصر المساس بأمن السودان.") if e[0] == "REJECT" and e[1][-1] == "SDN"]


def test_a_warning_after_for_its_part_still_protects_the_side_an_act_would_fall_on():
    # past the aside "من جهته", "من أن أي هجوم على سوريا" is what is warned of: Syria is protected
    got = events("وحذر من جهته وزير الخارجية الروسي من أن أي هجوم على سوريا ستكون له عواقب.")
    assert not [e for e in got if e[0] == "THREATEN" and e[1][-1] == "SYR"]
