"""The sides of attacks told beside another act, by a coalition with its leader, or by a
craft shot down (core.events.other_acts, core.events.leaders, core.events.struck,
core.events.attack_sides.craft_owners): made-up sentences."""
from core import analyze


def events(text: str) -> list[tuple[str, list[str]]]:
    return [(v.type, v.actors) for v in analyze(text, "2018-05-01").events]


def test_the_aim_of_rockets_answered_is_not_where_the_raids_struck():
    got = events("وشنت الطائرات الإسرائيلية غارات على مواقع ردا على إطلاق قذائف من بيت حانون باتجاه إسرائيل.")
    assert ("ASSAULT", ["ISR", "unnamed-targets-isr"]) not in got and ("ASSAULT", ["ISR", "unnamed-targets-pse"]) in got, got


def test_the_aim_of_rockets_fired_by_the_author_is_still_where_they_struck():
    got = events("وأطلقت حركة حماس قذائف من بيت حانون باتجاه إسرائيل بعد ظهر اليوم.")
    assert any(a[0] == "hamas" and a[1] in ("ISR", "unnamed-targets-isr") for _, a in got), got


def test_sirens_at_the_author_s_home_are_not_where_its_raids_struck():
    got = events("تتواصل المعارك في قطاع غزة منذ أيام. وشنت إسرائيل غارات جديدة فيما دوت صفارات الإنذار في إسرائيل.")
    assert got == [("ASSAULT", ["ISR", "unnamed-targets-pse"])], got


def test_a_raid_told_with_sirens_abroad_still_strikes_where_it_is_told():
    got = events("وشنت إسرائيل غارات جديدة على قطاع غزة فيما دوت صفارات الإنذار في إسرائيل.")
    assert any(a[0] == "ISR" and a[1] in ("gaza-strip", "PSE", "unnamed-targets-pse") for _, a in got), got


def test_a_state_s_raid_is_not_on_its_own_country_the_sentence_names_as_the_other_side_s():
    got = events("تتواصل المعارك في قطاع غزة منذ أيام. وشنت الطائرات الإسرائيلية غارات جديدة ردا على إطلاق قذائف باتجاه إسرائيل.")
    assert got == [("ASSAULT", ["ISR", "unnamed-targets-pse"])], got


def test_a_regime_s_campaign_in_an_article_naming_no_other_country_is_still_at_home():
    assert ("ASSAULT", ["SYR", "unnamed-targets-syr"]) in events("وتشن قوات النظام السوري حملة جوية عنيفة منذ أسابيع.")


def test_a_group_s_missile_on_a_kingdom_s_land_crossed_from_its_home():
    got = events("تسيطر الميليشيات على صنعاء في اليمن منذ سنوات، وتقود السعودية تحالفا ضدها. "
                 "وشنت ميليشيات الحوثي هجوما صاروخيا على أراضي المملكة.")
    assert got == [("ASSAULT", ["houthis", "SAU"])], got


def test_land_held_by_a_side_is_no_border_crossed():
    got = events("وشن الجيش السوري هجمات جديدة على الأراضي الواقعة تحت سيطرة الفصائل.")
    assert got == [("ASSAULT", ["SYR", "unnamed-targets-syr"])], got


def test_land_told_by_a_relative_clause_is_no_border_crossed():
    got = events("وشنت القوات العراقية هجوما واسعا على الأراضي التي تتحصن فيها خلايا التنظيم.")
    assert got == [("ASSAULT", ["IRQ", "unnamed-targets-irq"])], got


def test_a_group_s_attack_with_no_land_aimed_at_stays_at_home():
    got = events("تسيطر الميليشيات على صنعاء في اليمن منذ سنوات، وتقود السعودية تحالفا ضدها. "
                 "وشنت ميليشيات الحوثي هجوما صاروخيا.")
    assert got == [("ASSAULT", ["houthis", "unnamed-targets-yem"])], got


def test_a_coalition_named_with_its_leader_before_the_verb_is_the_author():
    got = events("تدور الحرب في اليمن منذ سنوات. وقال السكان إن التحالف العربي بقيادة السعودية شن غارات جوية ليلة الأحد.")
    assert got == [("ASSAULT", ["saudi-led-coalition", "unnamed-targets-yem"])], got


def test_the_leader_after_the_coalition_is_not_the_target_of_its_raids():
    got = events("تدور الحرب في اليمن منذ سنوات. وشن التحالف العربي بقيادة السعودية غارات جوية ليلة الأحد.")
    assert ("ASSAULT", ["saudi-led-coalition", "SAU"]) not in got and (
        "ASSAULT", ["saudi-led-coalition", "unnamed-targets-yem"]) in got, got


def test_a_coalition_s_raid_on_a_named_side_keeps_its_target():
    assert ("ASSAULT", ["saudi-led-coalition", "houthis"]) in events(
        "وشن التحالف العربي بقيادة السعودية غارات جوية على مواقع الحوثيين.")


def test_the_nationality_of_a_fighter_shot_down_is_not_the_author():
    got = events("وتوترت العلاقات بين موسكو وأنقرة إثر إسقاط مقاتلة روسية قرب الحدود السورية.")
    assert got == [], got  # no one named who shot it down: no attack, and never one by Russia


def test_the_one_who_shot_a_fighter_down_attacks_its_country():
    assert ("ASSAULT", ["TUR", "RUS"]) in events("وتوترت العلاقات بين موسكو وأنقرة إثر إسقاط تركيا مقاتلة روسية قرب الحدود.")


def test_one_who_drives_a_car_bomb_is_no_leader():
    got = events("وقال المتحدث: اقتحمت شاحنة مفخخة يقودها مسلح ثكنة عسكرية قرب كيسمايو.")
    assert got == [("ASSAULT", ["unnamed-unidentified-armed-group-som", "kismayo"])], got


def test_the_leader_of_the_attack_itself_is_its_author():
    assert ("ASSAULT", ["SAU", "houthis"]) in events("وتواصل الحملة العسكرية التي تقودها السعودية ضد الحوثيين.")


def test_a_state_s_raid_told_after_another_clause_of_its_own_country_stays_at_home():
    got = events("وشهدت مدينة تعز مواجهات عنيفة بعد أن نفذت القوات اليمنية هجوما واسعا.")
    assert got == [("ASSAULT", ["YEM", "unnamed-targets-yem"])], got


def test_a_rocket_told_after_raids_is_the_other_side_s():
    got = events("وبعد الغارات الإسرائيلية، أشار الجيش الإسرائيلي إلى إطلاق قذيفة على شمال إسرائيل من جنوب لبنان.")
    assert got == [("ASSAULT", ["ISR", "unnamed-targets-lbn"])], got


def test_shells_falling_at_home_because_of_another_act_are_not_the_attack_s():
    got = events("ومنذ انطلاق الهجوم التركي في سوريا، أصيب خمسة مدنيين جراء سقوط قذائف على بلدات تركية قرب الحدود.")
    assert got == [("ASSAULT", ["TUR", "SYR"])], got


def test_shelling_told_after_due_to_is_still_where_it_struck():
    assert ("ASSAULT", ["TUR", "afrin"]) in events("وقتل خمسة مدنيين جراء القصف التركي على قرية قرب عفرين في سوريا.")



def test_the_defences_that_stopped_a_missile_name_where_it_was_fired():
    got = events("تسيطر الميليشيات على صنعاء في اليمن ومدن اليمن. واعترضت الدفاعات السعودية صاروخا أطلقه الحوثيون.")
    assert got == [("ASSAULT", ["houthis", "unnamed-targets-sau"])], got


def test_a_missile_with_no_interceptor_named_keeps_the_article_s_country():
    got = events("تسيطر الميليشيات على صنعاء في اليمن ومدن اليمن. واعترضت الدفاعات صاروخا أطلقه الحوثيون.")
    assert got == [("ASSAULT", ["houthis", "unnamed-targets-yem"])], got


def test_where_the_other_side_s_rocket_came_from_may_be_where_the_raids_struck():
    got = events("وعقب القصف الإسرائيلي، قال الجيش الإسرائيلي إنه رصد إطلاق صاروخين على غلاف إسرائيل من قطاع غزة.")
    assert got == [("ASSAULT", ["ISR", "unnamed-targets-pse"])], got


def test_a_regime_s_raids_answering_shelling_of_its_own_town_stay_at_home():
    got = events("وذكر التلفزيون الرسمي أن الطيران السوري نفذ غارات ردا على سقوط قذائف على حي سكني في عربين.")
    assert got == [("ASSAULT", ["SYR", "unnamed-targets-syr"])], got


def test_a_capital_that_speaks_is_no_place_an_attack_struck():
    got = events("وعزت عشائر محلية إلى التحالف الدولي بقيادة واشنطن شن غارة على مخزن لها شمال سوريا، "
                 "فيما قالت واشنطن إن الطائرات تركية.")
    assert got == [("ASSAULT", ["global-coalition", "SYR"])], got


def test_a_capital_named_as_where_a_drone_was_downed_is_where_it_struck():
    got = events("وأسقط حرس الحدود السعودي طائرة مسيرة صغيرة حلقت فوق مبنى حكومي في العاصمة السعودية الرياض.")
    assert got == [("ASSAULT", ["SAU", "unnamed-targets-sau"])], got


def test_the_word_of_leading_before_a_name_is_found_once_for_both_readers():
    from core.events import struck
    from core.text import normalize_for_match
    norms = [normalize_for_match(w) for w in "شن التحالف بقيادة فرنسا غارات جديدة".split()]
    assert struck.leading_at(norms, 3, 0) == 2 and struck.leading_at(norms, 5, 0) is None


def test_the_leader_of_what_was_hit_is_still_a_target():
    got = events("وقصفت الطائرات الروسية مقرات كتائب يقودها جيش الإسلام في الغوطة.")
    assert got == [("ASSAULT", ["RUS", "jaysh-al-islam"])], got


def test_a_state_that_objects_to_a_draft_intercepted_nothing():
    got = events("وأطلقت إيران صاروخا باليستيا جديدا، واعترضت فرنسا على البيان الروسي.")
    assert got == [("REJECT", ["FRA", "RUS"])], got  # no interception, and the objection's sides are no targets


def test_the_leader_of_where_attacks_came_from_is_no_target():
    got = events("وتعرضت البلدات التركية خلال العام لعشرات الهجمات من منطقة تل رفعت بقيادة وحدات حماية الشعب الكردية.")
    assert got == [], got  # the attacks came from the land the group leads: it is no one's target
