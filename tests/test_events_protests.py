"""Protests told without a named target (core.events.protests): the protest noun implies
its unnamed protesters, who protest against the state the protest is held in."""
from core import analyze


def events(text: str) -> list[tuple[str, list[str]]]:
    return [(v.type, v.actors) for v in analyze(text, "2018-05-01").events]


def test_protest_noun_names_its_protesters():
    """"الاحتجاجات" with no protester named implies them, as ACLED's "Protesters (Country)"."""
    a = analyze("وشهدت بوليفيا موجة من الاحتجاجات المناهضة للحكومة.", "2018-05-01")
    assert any(e.type == "UNNAMED" and e.id == "unnamed-protesters-bol" for e in a.entities)


def test_protest_without_target_is_against_the_state_it_is_held_in():
    """A protest whose sentence names only the country it is held in is against that state."""
    assert ("PROTEST", ["unnamed-protesters-bol", "BOL"]) in events("وشهدت بوليفيا موجة من الاحتجاجات المناهضة للحكومة.")


def test_protest_with_another_country_named_is_left_to_the_rules():
    """A second country in the sentence may be the target or the speaker: no state is assumed."""
    assert not any(t == "PROTEST" and "unnamed-protesters-per" in a
                   for t, a in events("وندد الرئيس البوليفي بالاحتجاجات في بيرو."))


def test_country_protested_against_is_not_the_protesters_own():
    """"الاحتجاجات ضد كولومبيا في فنزويلا": the protesters are placed in Venezuela, not Colombia."""
    a = analyze("وتتواصل الاحتجاجات ضد كولومبيا في فنزويلا.", "2018-05-01")
    assert [e.id for e in a.entities if e.type == "UNNAMED"] == ["unnamed-protesters-ven"]


def test_some_of_the_protesters_are_whom_an_act_befell():
    """"مقتل 250 من المحتجين" tells of deaths, not of a protest against the state."""
    assert not any(t == "PROTEST" for t, _ in events("وأدى ذلك إلى مقتل 250 من المحتجين المدنيين في بوليفيا."))


def test_a_protest_verb_with_a_count_of_people_implies_its_protesters():
    """"تظاهر آلاف في ..." (issue 8's example): the count is the unnamed protesters, placed
    where the sentence is, protesting against that state; words may stand between."""
    assert ("PROTEST", ["unnamed-protesters-irq", "IRQ"]) in events("تظاهر آلاف في بغداد احتجاجا على انقطاع الكهرباء.")
    assert ("PROTEST", ["unnamed-protesters-fra", "FRA"]) in events("تظاهر، السبت، عشرات الآلاف في وسط باريس.")
    assert ("PROTEST", ["unnamed-protesters-sdn", "SDN"]) in events("اعتصم 300 عامل أمام مقر الشركة في الخرطوم.")
    # the count is the mention; the Arabic name is the kind's ("متظاهرون"), not "آلاف"
    (crowd,) = [e for e in analyze("تظاهر آلاف في بغداد.", "2018-05-01").entities if e.type == "UNNAMED"]
    assert [m.text for m in crowd.mentions] == ["آلاف"] and crowd.name_ar == "متظاهرون"


def test_a_protest_verb_without_a_count_implies_no_one():
    """A named subject is the side ("تظاهر أنصار الحزب"), a people after the count is that
    people ("آلاف الفلسطينيين"), and "يتظاهرون بـ" (pretend) is no protest."""
    a = analyze("ويتظاهرون بقبول المحادثات في أفغانستان.", "2018-05-01")
    assert not any(e.type == "UNNAMED" for e in a.entities)
    assert ("PROTEST", ["PSE", "ISR"]) in events("وتظاهر آلاف الفلسطينيين قرب السياج الحدودي مع إسرائيل.")
    assert ("PROTEST", ["PSE", "ISR"]) in events("وتظاهر مئات الآلاف من الفلسطينيين قرب السياج الحدودي مع إسرائيل.")


def test_a_protest_against_a_deed_of_a_state_is_against_that_state():
    """"تظاهرات احتجاجا على قرار الحكومة X": the protest's stated target is the other side."""
    assert ("PROTEST", ["unnamed-protesters-deu", "FRA"]) in events(
        "وخرجت تظاهرات في برلين احتجاجا على قرار الحكومة الفرنسية إغلاق الحدود.")


def test_ala_khalfiyya_after_a_protest_is_its_cause_not_its_target():
    """"احتجاجات على خلفية دور X": the state named is why, not whom the protest is against."""
    assert not any(t == "PROTEST" and a[1] == "FRA" for t, a in events(
        "وشهدت برلين احتجاجات على خلفية دور فرنسا في مالي."))


def test_a_counted_people_protesting_before_one_other_state_protest_against_it():
    """"آلاف الفلسطينيين ... في مسيرة احتجاجية" at a border with one state: the people
    protest against it."""
    assert ("PROTEST", ["PSE", "ISR"]) in events(
        "وتوافد آلاف الفلسطينيين صباح الجمعة إلى المناطق القريبة من الحدود مع إسرائيل في مسيرة احتجاجية.")
    assert ("PROTEST", ["TUR", "USA"]) in events("شارك المئات من الأتراك في تظاهرة أمام سفارة الولايات المتحدة.")


def test_a_people_named_without_a_count_or_beside_two_states_makes_no_protest_pair():
    """An adjective is no crowd ("الحكومة الفلسطينية"); two other states: whom it is against is
    unsaid; a person named may be speaking of it, and the city she names no side."""
    assert not any(t == "PROTEST" for t, _ in events(
        "ودعت الحكومة الفلسطينية إلى مسيرة احتجاجية قرب الحدود مع إسرائيل."))
    assert not any(t == "PROTEST" for t, _ in events(
        "وتوافد آلاف الفلسطينيين إلى الحدود في مسيرة احتجاجية بعد نقل الولايات المتحدة سفارتها إلى إسرائيل."))
    assert not any(t == "PROTEST" for t, _ in events(
        "وتعليقا على مقتل 20 فلسطينيا خلال الاحتجاجات قالت المدعية فاتو بنسودا إن العنف قد يشكل جرائم بموجب اتفاقية روما."))
