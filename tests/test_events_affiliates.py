"""Actors named only as whom a side is close to are no side (core.events.affiliates).
Sentences written for the tests."""
from core import analyze
from event_pairs import events as _pairs


def test_whom_the_accused_is_close_to_is_not_accused():
    """"اتهمت X حزب Y المقرب من إيران": Iran is not accused."""
    got = [v.actors for v in analyze("واتهمت حركة التغيير حزب الاتحاد الوطني المقرب من إيران بتزوير الانتخابات.",
                                     "2024-01-01").events]
    assert not [a for a in got if "IRN" in a]


def test_an_ally_named_in_apposition_is_no_side():
    """"رفضت واشنطن حليفة إسرائيل مشروع القرار": Israel describes Washington, nothing is
    rejected of it; "دعت موسكو، حليفة النظام السوري، مجلس الأمن": the council is asked,
    not Syria; the ally's qualities may stand between ("الحليف الرئيسي للحكومة السورية")."""
    assert not [a for _, a in _pairs("ورفضت واشنطن حليفة إسرائيل مشروع القرار الذي قدمته الكويت.") if "ISR" in a]
    got = _pairs("ودعت موسكو، حليفة النظام السوري، مجلس الأمن إلى عقد جلسة طارئة.")
    assert ("REQUEST", ["RUS", "unsc"]) in got and not [a for _, a in got if "SYR" in a]
    got = _pairs("وأعلنت موسكو، الحليف الأبرز للحكومة السورية، أنها ترفض العقوبات الأمريكية الجديدة.")
    assert ("REJECT", ["RUS", "USA"]) in got and not [a for _, a in got if "SYR" in a]


def test_an_ally_also_named_elsewhere_stays_a_side():
    """The filter bars only sides named nowhere else in the sentence: "حليفة دمشق ... على
    دمشق" still names Damascus as whom the demand is made of."""
    got = _pairs("وطالبت موسكو حليفة دمشق الأمم المتحدة بالضغط على المعارضة، ودعت دمشق إلى ضبط النفس.")
    assert any("SYR" in a for _, a in got)


def test_whom_a_group_is_linked_to_is_no_side_of_its_acts():
    """"جماعة X المرتبطة بتنظيم داعش"، "الفصائل المرتبطة بإيران": the patron, "بـ" written
    on its name or on its group's head noun, is neither accused nor asked with the group."""
    assert _pairs("وهاجمت حركة الشباب المرتبطة بتنظيم القاعدة معسكرا للجيش في الصومال.") == []
    assert _pairs("واتهمت الحكومة النيجيرية جماعة أنصار الوادي المرتبطة بتنظيم داعش بخطف عشرين طالبا.") == []
    assert _pairs("ودعا الرئيس العراقي الفصائل المرتبطة بإيران إلى وقف الهجمات.") == []
    assert _pairs("وطالبت واشنطن الجماعات الموالية لتنظيم داعش بإطلاق سراح الرهائن.") == []
    assert _pairs("واتهمت واشنطن الفصائل المسلحة والمرتبطة بإيران بمهاجمة قواتها.") == []  # a second adjective


def test_whom_attackers_are_linked_to_makes_no_attack():
    """"شنت الفصائل المرتبطة بإيران هجمات على X"، "نفذ حلفاء لتنظيم داعش هجمات": the
    attackers are the factions or the allies, not their patron, with a target named or not;
    a patron that attacks in its own name still does."""
    assert _pairs("وشنت الفصائل المرتبطة بإيران هجمات على القوات الأمريكية.") == []
    assert _pairs("وشنت الفصائل الموالية لتنظيم داعش هجمات على الجيش النيجري.") == []
    assert _pairs("ونفذ حلفاء لتنظيم داعش هجمات مماثلة ردا على مشاركة النيجر في الحملة.") == []
    assert _pairs("وشنت إيران هجمات على القوات الأمريكية في العراق.") == [("ASSAULT", ["IRN", "USA"])]


def test_a_linked_group_stays_a_side_and_its_patron_named_again_too():
    """The group itself is still accused or struck ("حركة الشباب المرتبطة بتنظيم القاعدة"),
    and the patron, accused in a clause of its own, stays accused."""
    assert _pairs("واتهمت الحكومة الصومالية حركة الشباب المرتبطة بتنظيم القاعدة بتنفيذ التفجير.") == [
        ("ACCUSE", ["SOM", "al-shabaab"])]
    assert _pairs("وقصفت القوات الأمريكية مواقع حركة الشباب المرتبطة بتنظيم القاعدة جنوب البلاد.") == [
        ("ASSAULT", ["USA", "al-shabaab"])]
    got = _pairs("واتهمت كينيا حركة الشباب المرتبطة بتنظيم القاعدة بتدبير الهجوم، كما اتهمت تنظيم القاعدة بتمويله.")
    assert ("ACCUSE", ["KEN", "al-shabaab"]) in got and ("ACCUSE", ["KEN", "al-qaeda"]) in got


def test_a_linked_group_supported_by_a_state_stays_supported():
    """"تحالف X المرتبط بفصائل Y المدعومة من إيران": Y, named only as whom X is linked to,
    is still the side Iran supports (the participle of support describes it)."""
    assert _pairs("وفاز تحالف النهضة المرتبط بفصائل الحشد الشعبي المدعومة من إيران بعشرين مقعدا.") == [
        ("SUPPORT", ["IRN", "pmf"])]


def test_whom_a_side_is_said_to_have_links_with_is_no_side():
    """"على صلة بـ"، "لهم صلات بـ": the side named after it is what the noun before it is
    linked to; the attack is on that noun, not on the patron."""
    assert _pairs("وقصف الجيش التركي مواقع لمقاتلين أكراد يقول إنهم على صلة بحزب العمال الكردستاني.") == []
    assert not [a for _, a in _pairs("واعتقلت الشرطة الفرنسية امرأة على صلة بحركة الشباب.") if "al-shabaab" in a]


def test_a_patron_whose_own_clause_tells_the_act_is_its_side():
    """"... مرتبطة بحزب X، الذي يقاتل القوات Y": the relative clause tells of the patron
    itself, which is then the act's side."""
    got = _pairs("وتقول أنقرة إن المقاتلين على صلة بحزب العمال الكردستاني، الذي يقاتل القوات التركية منذ عقود.")
    assert ("ASSAULT", ["pkk", "TUR"]) in got
    got = _pairs("واعتقلت السلطات الأشخاص المقربين من جماعة الإخوان التي تصنفها القاهرة جماعة إرهابية.")
    assert ("ACCUSE", ["EGY", "muslim-brotherhood"]) in got
