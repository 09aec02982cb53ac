"""Sides named earlier and taken up by a word where the event is told (core.events.references):
sentences written for the tests, read by the rules alone."""
from core import analyze


def events(text):
    return [(v.type, sorted(v.actors), v.trigger.text) for v in analyze(text, "2023-01-17").events]


def test_the_two_presidents_are_the_states_of_the_two_presidents_named_before(rules_only):
    text = ("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون. "
            "واتفق الرئيسان على مواصلة التنسيق.")
    assert ("AGREE", ["FRA", "RUS"], "اتفق") in events(text)


def test_a_dual_after_a_definite_dual_noun_is_an_adjective_not_two_presidents(rules_only):
    text = ("التقى الرئيس الروسي فلاديمير بوتين الرئيس الفرنسي إيمانويل ماكرون. "
            "واتفق الحزبين الرئيسين على مواصلة التنسيق.")
    assert not [e for e in events(text) if e[2] == "اتفق"]


def test_the_two_movements_are_the_two_organisations_named_before(rules_only):
    text = "تصاعد الخلاف بين حركة فتح وحركة حماس منذ سنوات. ووقعت الحركتان اتفاقا للمصالحة في القاهرة."
    assert any(t == "SUPPORT" and a == ["fatah", "hamas"] for t, a, _ in events(text))



def test_the_two_parties_are_the_two_sides_of_the_last_between_phrase(rules_only):
    text = ("اندلعت مواجهات بين عناصر من حركة فتح وعناصر من حركة حماس في المدينة، بحسب مصادر مصرية وإسرائيلية. "
            "وتجددت الاشتباكات بين الطرفين صباح الأحد.")
    assert any(t == "ASSAULT" and a == ["fatah", "hamas"] and w == "الاشتباكات" for t, a, w in events(text))


def test_a_ministry_named_again_by_its_head_noun_acts_for_its_state(rules_only):
    """"وزارة" begins with و: its head noun "الوزارة" takes it up (core.events.actors._head_anaphora),
    the و not cut as a conjunction."""
    text = "أعلنت وزارة الداخلية الكينية مقتل عشرة مسلحين. واتهمت الوزارة حركة الشباب بالتخطيط لهجمات."
    assert ("ACCUSE", ["KEN", "al-shabaab"], "اتهمت") in events(text)


def test_a_group_whose_name_begins_with_fa_named_again_by_its_head_noun_acts(rules_only):
    """"فيلق" begins with ف, no conjunction either."""
    text = ("اندلعت اشتباكات بين فيلق الرحمن وجيش الإسلام في الغوطة الشرقية. "
            "واتهم الفيلق جيش الإسلام بخرق الهدنة.")
    assert ("ACCUSE", ["faylaq-al-rahman", "jaysh-al-islam"], "اتهم") in events(text)


def test_a_name_written_after_a_conjunction_keeps_its_head_noun(rules_only):
    text = "قالت كينيا ومنظمة العفو الدولية إن الوضع خطير. واتهمت المنظمة السلطات الكينية بتعذيب المعتقلين."
    assert ("ACCUSE", ["KEN", "amnesty"], "اتهمت") in events(text)


def test_a_head_noun_after_two_names_with_that_head_takes_up_neither(rules_only):
    """Two ministries named close together leave "الوزارة" ambiguous; the nearer is the one
    answered, in the genitive, and is no author of the demand."""
    text = ("رحبت وزارة الخارجية السعودية ببيان وزارة الخارجية الأمريكية. "
            "وطالبت الوزارة إيران بوقف تدخلاتها في المنطقة.")
    assert ("REQUEST", ["IRN", "USA"], "طالبت") not in events(text)


def test_a_head_noun_numbered_by_an_ordinal_is_another_unit(rules_only):
    """"الفيلق الخامس" after "فيلق الشام" is the Fifth Corps, not the Sham Legion again."""
    text = ("قصف فيلق الشام مواقع لقوات النظام في ريف حلب. "
            "وفي المقابل اتهم الفيلق الخامس المدعوم من روسيا الفصائل بخرق الهدنة.")
    assert not any("faylaq-al-sham" in a and t == "SUPPORT" for t, a, _ in events(text))
