"""Words beside a trigger that tell a sense with no political event (trigger_senses.tsv:
a farewell to a tournament, readiness to win or fight, a run into the box) and a phrase
trigger opened by a relative verb whose subject acts on the antecedent
(core.events.relatives); sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_a_team_bidding_farewell_to_a_cup_calls_on_nobody():
    assert not [e for e in events("ودعت فرنسا كأس العالم بعد خسارتها أمام المغرب في ربع النهائي.") if e[0] == "REQUEST"]


def test_a_call_by_a_state_is_still_a_request():
    got = events("ودعت فرنسا إيران إلى الإفراج عن المعتقلين الأجانب فورا.")
    assert [e for e in got if e[0] == "REQUEST" and e[1] == ["FRA", "IRN"]]


def test_a_reason_for_a_feeling_asks_for_nothing():
    # "تدعو للتفاؤل": gives cause for optimism; "دعا X Y إلى الحوار" stays a request
    text = 'وقال الوزير الكويتي في تغريدة: "الزيارة التاريخية للرئيس المصري إلى الأردن الشقيقة تدعو للتفاؤل بمرحلة جديدة".'
    assert not [e for e in events(text) if e[0] == "REQUEST"]
    assert not [e for e in events("وقالت الأردن إن المواقف الأخيرة لإيران تدعو إلى القلق.") if e[0] == "REQUEST"]
    assert [e for e in events("دعا الرئيس الأمريكي روسيا إلى الحوار.") if e[0] == "REQUEST" and e[1] == ["USA", "RUS"]]


def test_readiness_to_answer_an_attack_agrees_to_nothing():
    got = events("وقال وزير الخارجية الإيراني إن طهران مستعدة للرد على أي هجوم أمريكي.")
    assert not [e for e in got if e[0] == "AGREE"]


def test_readiness_to_negotiate_with_a_state_is_still_an_offer():
    got = events("وقال وزير الخارجية الروسي إن موسكو مستعدة للتفاوض مع أوكرانيا دون شروط.")
    assert ("AGREE", ["RUS", "UKR"], "مستعدة") in got


def test_a_run_into_the_box_invades_nothing():
    assert events("وفي الدقيقة العشرين يتوغل المغرب في منطقة جزاء إسبانيا ويسدد كرة تصدى لها الحارس.") == []


def test_troops_pushing_into_a_country_still_assault_it():
    assert ("ASSAULT", ["TUR", "IRQ"], "يتوغل") in events("ويتوغل الجيش التركي في شمال العراق.")


def test_the_state_that_labels_a_group_is_the_one_that_accuses():
    got = events("واعتقلت الشرطة المصرية أعضاء في جماعة الإخوان المسلمين التي تصنفها القاهرة منظمة إرهابية.")
    accusations = [e[1] for e in got if e[0] == "ACCUSE"]
    assert accusations == [["EGY", "muslim-brotherhood"]]


def test_waving_flags_threatens_nobody():
    """"لوحوا بأعلام X": a crowd waved flags; "تلوح إيران بإغلاق": a threat still."""
    got = events("واستقبل المئات الرئيس الكوري الجنوبي ولوحوا بأعلام كوريا الشمالية أمام القصر.")
    assert not [e for e in got if e[0] == "THREATEN"]
    assert ("THREATEN", ["IRN", "USA"], "تلوح") in events("وتلوح إيران بإغلاق مضيق هرمز أمام السفن الأمريكية.")
