"""What a side fears has not happened (core.events.feared); sentences written for the tests."""
from core import analyze


def events(text, published="2018-05-10"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_fears_of_a_withdrawal_tell_of_none():
    assert not [e for e in events("وارتفعت أسعار النفط وسط مخاوف من انسحاب واشنطن من الاتفاق النووي مع إيران.")
                if e[0] == "SANCTION"]
    assert not [e for e in events("وتتصاعد المخاوف في بغداد من سحب القوات الأمريكية من العراق.")
                if e[0] == "RETREAT"]


def test_a_state_that_fears_an_act_past_its_subject_tells_of_none():
    assert not [e for e in events("وتخشى الحكومة اللبنانية من إغلاق سوريا معبر المصنع.") if e[0] == "SANCTION"]
    assert not [e for e in events("ويخشى الأكراد من أن يهاجمهم الجيش التركي في منبج.") if e[0] == "ASSAULT"]


def test_fears_with_a_pronoun_or_an_adjective_before_their_object():
    assert not [e for e in events("وأبدت باريس مخاوفها الجدية من فرض واشنطن عقوبات على الشركات الأوروبية.")
                if e[0] == "SANCTION"]


def test_an_act_named_as_the_subject_of_what_is_feared_stays():
    # "من أن العقوبات ... ستقيد": the sanctions are told as in force, their effect is feared
    assert [e for e in events("وزادت المخاوف من أن العقوبات الأمريكية على إيران ستقيد صادرات النفط.")
            if e[0] == "SANCTION"]


def test_an_act_that_raised_fears_is_still_done():
    assert [e for e in events("وأثار انسحاب الولايات المتحدة من الاتفاق النووي مع إيران مخاوف أوروبية.")
            if e[0] == "SANCTION"]


def test_an_act_dated_after_a_fear_by_a_time_phrase_is_done():
    # "بعد ساعات من الهجوم": the من ends a time phrase, not what is feared
    got = events("أبدت موسكو قلقها ومخاوفها بعد أسبوع من الغارات الإسرائيلية على دمشق.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1] == ["ISR", "SYR"]]
    got = events("أثارت الضربة مخاوف واسعة بعد يوم من اغتيال الولايات المتحدة لسليماني.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1][0] == "USA"]


def test_an_act_going_on_or_causing_the_fears_is_done():
    # "القصف الروسي المستمر": going on; "المخاوف الناجمة من الهجوم": the من names the fears' cause
    got = events("وتصاعدت مخاوف السكان من القصف الروسي المستمر على إدلب منذ أسابيع.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1][0] == "RUS"]
    got = events("تصاعدت المخاوف الناجمة من الهجوم الإيراني على منشآت أرامكو.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1][0] == "IRN"]


def test_the_fear_with_the_article_governs_what_is_feared():
    got = events("وتتزايد الخشية في أنقرة من فرض واشنطن عقوبات على تركيا.")
    assert not [e for e in got if e[0] == "SANCTION"]


def test_a_feared_act_dated_this_month_is_still_feared():
    # "الشهر الجاري" dates the feared act; it tells no act going on
    assert not [e for e in events("وتتزايد المخاوف من هجوم تركي الشهر الجاري على منبج.") if e[0] == "ASSAULT"]
