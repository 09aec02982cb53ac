"""Concessions a sentence does not tell as made, and condemners who are no authors
(core.events.yielded, core.events.deplored_acts). Sentences and names written for the tests."""
from event_pairs import events as _events


def test_a_disarmament_under_a_deadline_is_no_retreat():
    """"أمهل X حماس أسبوعين لنزع السلاح": a deadline threatens; nobody has disarmed."""
    assert _events("أمهل الرئيس الأمريكي حماس أسبوعين لنزع السلاح في غزة.") == [("THREATEN", ["USA", "hamas"])]


def test_a_state_let_into_a_port_is_no_retreat():
    """"تسمح X للصين بالوصول إلى ميناء": a partner let in, no easing of a blockade."""
    assert _events("قالت الحكومة إن باكستان تسمح للصين بالوصول إلى ميناء جوادر.") == []


def test_an_agency_or_aid_let_in_is_still_a_retreat():
    """The same allowance to an agency, or to a state bringing aid, stays a concession of access."""
    assert _events("سمحت إيران للوكالة الدولية للطاقة الذرية بالوصول إلى المنشأة.") == [("RETREAT", ["IRN", "iaea"])]
    assert _events("تسمح تركيا لمصر بالوصول إلى المساعدات الإنسانية.") == [("RETREAT", ["TUR", "EGY"])]


def test_the_state_that_condemns_an_arrest_is_not_the_arrester():
    """"أدانت فرنسا اعتقال السلطات الإيرانية للصحفي X": Iran arrests, France condemns."""
    got = _events("أدانت فرنسا اعتقال السلطات الإيرانية للصحفي سمير داوود.")
    assert got == [("ACCUSE", ["FRA", "IRN"]), ("COERCE", ["IRN", "per-smyr-dawwd"])]


def test_the_author_named_after_the_condemned_detention_stays():
    """"أدانت X احتجاز تركيا للقس الأمريكي Y": Turkey detains him, not the United States."""
    got = _events("أدانت الولايات المتحدة احتجاز تركيا للقس الأمريكي جون مارك.")
    assert got == [("ACCUSE", ["USA", "TUR"]), ("COERCE", ["TUR", "per-jwn-mark"])]


def test_who_condemns_an_embassy_move_moves_nothing():
    """"دان رئيس البرلمان العربي نقل السفارة الأسترالية": no act of the parliament."""
    assert _events("دان رئيس البرلمان العربي نقل السفارة الأسترالية إلى القدس.") == []


def test_a_decision_that_drew_condemnation_condemns_no_one():
    """"قرار X ... أثار إدانة واسعة وترحيبا مكسيكيا": China, whose steel is taxed, accuses no one."""
    got = _events("وكان قرار الحكومة الكندية فرض رسوم على الصلب الصيني قد أثار إدانة واسعة وترحيبا مكسيكيا.")
    assert got == [("SANCTION", ["CAN", "CHN"])]


def test_a_reporters_outlet_is_no_side():
    """"انتقد مراسل التلفزيون الروسي ..."، "دعت X صحفيين من Y": a journalist's words or
    invitation are not his state's; a state named on its own still acts."""
    assert _events("وانتقد مراسل التلفزيون الروسي الموقف الأمريكي من الأزمة.") == []
    assert _events("دعت كوريا الشمالية صحفيين من كوريا الجنوبية لحضور الحفل.") == []
    assert _events("موسكو - مراسل الجزيرة: حذرت روسيا الولايات المتحدة من التصعيد.") == [("THREATEN", ["RUS", "USA"])]


def test_the_side_after_a_plural_act_noun_is_its_author():
    """"علق X على تهديدات الصين": China threatens; "عقوبات واشنطن": the United States
    sanctions."""
    assert _events("وعلق رئيس الوزراء الكندي على تهديدات الصين بوقف استيراد القمح قائلا إن بلاده لن تتراجع.") == [
        ("THREATEN", ["CHN", "CAN"])]
    assert _events("وطالبت ألمانيا باستثناء مصارفها من عقوبات واشنطن.") == [
        ("REQUEST", ["DEU", "USA"]), ("SANCTION", ["USA", "DEU"])]


def test_the_side_whose_decision_is_condemned_still_acts():
    """"استنكاره لقرار تشيلي نقل سفارتها": Chile moves it; the side after a word of decision
    is no condemner (the move's target is the role model's reading, not asserted here)."""
    got = _events("وجدد الرئيس الإندونيسي استنكاره لقرار تشيلي نقل سفارتها إلى القدس المحتلة.")
    assert got[0] == ("ACCUSE", ["IDN", "CHL"])
    assert [(t, sides[0]) for t, sides in got[1:]] == [("SUPPORT", "CHL")]


def test_the_side_after_plural_misdeeds_stays_accused():
    """"انتهاكات البوليساريو": the Polisario Front is accused of them, no accuser."""
    got = _events("وقال السفير المغربي إن انتهاكات البوليساريو تتواصل في المنطقة العازلة.")
    assert got == [("ACCUSE", ["MAR", "polisario-front"])]


def test_a_rejection_beside_a_condemnation_and_a_press_conference_stay():
    """"إدانتها ورفضها لتوغل قوات إيرانية": Iraq rejects it; "في مؤتمر صحفي بالقاهرة مع
    نظيره الأردني": a press conference names no reporter's side."""
    got = _events("وأعلنت الحكومة العراقية إدانتها الكاملة ورفضها القاطع لتوغل قوات إيرانية في شمال البلاد.")
    assert got == [("ACCUSE", ["IRQ", "IRN"]), ("REJECT", ["IRQ", "IRN"])]
    got = _events("وقال الوزير، في مؤتمر صحفي بالقاهرة مع نظيره الأردني، إن المحادثات كانت مثمرة.")
    assert got == [("CONSULT", ["EGY", "JOR"])]
