"""Sides of attacks the role model does not weigh (core.events.violence): who acts named
by an agent phrase, a claim or an adjective; who is hit named by "على"/"ضد"/"استهدف", as
a person, a people or a place. Sentences written for the tests."""
import pytest

from core import analyze
from core.events import learned, violence


def events(text, published="2024-01-01"):
    return [(v.type, v.actors, v.directed) for v in analyze(text, published).events]


def assaults(text):
    return [e[1] for e in events(text) if e[0] == "ASSAULT"]


@pytest.fixture
def no_model_pairs():
    """A role model that keeps no pair: only the constructions of core.events.violence
    make attacks (so that each test shows its own rule)."""
    learned.set_model(learned.RoleModel({}, bias=-100.0))
    yield
    learned.set_model(None)


def test_person_killed_by_the_bullets_of_an_army(no_model_pairs):
    """"قُتل الشاب X برصاص الجيش Y": the army's state acts on the person named before."""
    assert ["ISR", "per-mhmwd-salm"] in assaults("وقتل الشاب محمود سالم برصاص الجيش الإسرائيلي قرب مدينة نابلس.")


def test_agent_after_min_qibal(no_model_pairs):
    """"لإطلاق نار من قبل الشرطة X": the police's state fired on the person named."""
    assert ["VEN", "per-krym-hdad"] in assaults("وتعرض الناشط كريم حداد لإطلاق نار من قبل الشرطة الفنزويلية أثناء المسيرة.")


def test_claim_of_responsibility_names_the_attacker(no_model_pairs):
    """"أعلنت X مسؤوليتها عن الهجوم الذي استهدف Y": X attacked Y."""
    assert ["al-shabaab", "KEN"] in assaults("وأعلنت حركة الشباب مسؤوليتها عن الهجوم الذي استهدف قاعدة للجيش الكيني.")


def test_one_held_responsible_for_an_assassination(no_model_pairs):
    """"X هي المسؤولة عن اغتيال العالم Y": X acts on the person, who stays a PERSON side
    although his title makes him his state's."""
    got = assaults("وقالت الحكومة السورية إن إسرائيل هي المسؤولة عن اغتيال المهندس سامر يوسف قرب دمشق.")
    assert ["ISR", "per-samr-ywsf"] in got


def test_adjective_of_an_attack_noun_is_the_attacker(no_model_pairs):
    """"الهجوم الصاروخي X على قواعد Y": the adjective after the noun attacks the actor after على."""
    assert ["IRN", "ISR"] in assaults("وألحق الهجوم الصاروخي الإيراني على قواعد إسرائيلية شمال البلاد أضرارا كبيرة.")


def test_place_is_the_target_when_no_group_is_named(no_model_pairs):
    """"غارات روسية على ريف إدلب": the place after على is hit when no actor is named as target."""
    assert ["RUS", "idlib-province"] in assaults("وقتل خمسة مدنيين في غارات روسية على ريف إدلب.")


def test_relative_verb_names_the_attacker(no_model_pairs):
    """"هجوم شنه X على Y": the subject of the relative verb attacks."""
    got = assaults("وقتل ثلاثة جنود في هجوم شنه مسلحون على حاجز للجيش المصري في سيناء.")
    assert [a for a in got if a[0].startswith("unnamed-") and a[1] == "EGY"]


def test_adjective_after_a_killing_noun_is_the_victim(no_model_pairs):
    """"مقتل أمريكي": the adjective after a killing noun says who died, not who killed."""
    assert not assaults("وأكدت الشرطة مقتل أمريكي في انفجار قرب الفندق.")


def test_adjective_of_a_war_is_no_attacker(no_model_pairs):
    """"الحرب السورية على ...": a war named by its country is not that country's attack."""
    assert not [a for a in assaults("وتحدث عن أثر الحرب السورية على لبنان واقتصاده.") if a[0] == "SYR"]


def test_attribution_is_not_the_target(no_model_pairs):
    """"غارات روسية استهدفت وفق المرصد ...": the monitor that tells of it is not hit."""
    got = assaults("وقتل مدنيون في غارات روسية استهدفت وفق المرصد السوري لحقوق الإنسان بلدات الريف.")
    assert not [a for a in got if a == ["RUS", "sohr"]]


def test_no_target_no_event(no_model_pairs):
    """An attacker named by an agent phrase with no one named as hit makes no event."""
    assert not assaults("ووقعت اشتباكات عنيفة من قبل الجيش التركي في المنطقة.")


def test_cues_are_read_from_the_lexicon():
    """The agent, claim and target words come from data/lexicons/violence_cues.tsv."""
    cues = violence.load_cues()
    assert cues["برصاص"] == "agent" and cues["مسؤوليتها"] == "claim" and cues["ضد"] == "against"


def test_coordinated_attackers_each_attack_the_state_they_struck_in(no_model_pairs):
    """"الغارات التي شنتها X وY وZ في العراق": each of the coordinated states attacked Iraq."""
    got = assaults("وأشار التقرير إلى الغارات التي شنتها فرنسا وبلجيكا وهولندا العام الماضي في العراق.")
    assert ["FRA", "IRQ"] in got and ["BEL", "IRQ"] in got and ["NLD", "IRQ"] in got


def test_armed_group_attacking_in_a_country_does_not_attack_the_country(no_model_pairs):
    """"هجوم شنه تنظيم X في نيجيريا": a group's attack in a country names no state as hit
    (the one hit is unnamed targets there: core.events.authored)."""
    got = assaults("وقتل عشرون شخصا في هجوم شنه تنظيم الدولة الإسلامية في نيجيريا.")
    assert all(tgt.startswith("unnamed-targets") for _, tgt in got), got


def test_announcer_of_an_attack_noun_carried_it_out(no_model_pairs):
    """"أعلن الجيش X الأحد قصف مواقع لحركة Y": the announcer struck, the object's actor was hit."""
    assert ["ISR", "hamas"] in assaults("وأعلن الجيش الإسرائيلي الأحد قصف مواقع لحركة حماس في غزة.")


def test_announced_strike_on_an_unnamed_group(no_model_pairs):
    """"إعلان X إطلاق صواريخ على مسلحين": X fired on the gunmen (an UNNAMED side)."""
    got = assaults("ومع إعلان الحرس الثوري الإيراني إطلاق قذائف على مسلحين قرب الحدود الشرقية تصاعد التوتر.")
    assert [a for a in got if a[0] == "IRN" and a[1].startswith("unnamed-")]


def test_place_of_an_attack_is_not_its_object(no_model_pairs):
    """"أعلنت X قصف ... في Y": the country after في is where, not whom (a state in another
    state is the other rule's, "الضربات التي شنتها X في Y")."""
    got = assaults("وأعلنت الحكومة العراقية قصف مخابئ في سوريا.")
    assert not [a for a in got if a[0] == "IRQ" and a[1] != "SYR"]


def test_second_attacker_is_not_the_object(no_model_pairs):
    """"غارات روسية وأخرى سورية": the second adjective names other strikes, not whom the first hit."""
    got = assaults("وقتل مدنيون جراء غارات روسية وأخرى سورية على بلدات الريف الشرقي.")
    assert ["RUS", "SYR"] not in got


def test_source_of_the_news_is_no_side_of_the_attack():
    """Whatever the role model reads, "وفق المرصد" names who tells of the strikes, not whom they hit."""
    got = assaults("وقتل مدنيون في غارات سورية استهدفت وفق المرصد السوري لحقوق الإنسان بلدات الريف.")
    assert not [a for a in got if "sohr" in a]


def test_who_is_responsible_unknown_names_no_attacker(no_model_pairs):
    """"لا تستطيع X تحديد المسؤول عن الهجمات": who is responsible is asked, X is no attacker."""
    got = assaults("ولا تستطيع منظمة الصحة العالمية تحديد المسؤول عن الهجمات على المستشفيات في سوريا.")
    assert not [a for a in got if a[0] == "who"]


def test_person_before_the_act_needs_a_word_of_being_hit(no_model_pairs):
    """"قال X إن الهجوم التركي على عفرين ...": the person before the act speaks of it; the place is hit."""
    got = assaults("وقال سامي خليل إن الهجوم التركي على عفرين مستمر منذ أسابيع.")
    assert ["TUR", "afrin"] in got and not [a for a in got if a[1].startswith("per-")]


def test_person_killed_before_an_air_strike(no_model_pairs):
    """"X قد قتل في غارة جوية أمريكية": the person before the act was hit, a word says so."""
    got = assaults("وكان القيادي رامي ناصر قد قتل في غارة جوية أمريكية قرب الحدود.")
    assert [a for a in got if a[0] == "USA" and a[1].startswith("per-")]


def test_striker_is_no_attack_by_his_country(no_model_pairs):
    """"مهاجمه الكونغولي X": a football striker, not an attack by Congo."""
    assert not assaults("وسدد مهاجمه الكونغولي ماركو سيلفا كرة قوية فوق العارضة.")


def test_group_said_to_be_responsible_in_a_relative_clause(no_model_pairs):
    """"X، التي كانت مسؤولة عن التفجيرات ضد Y": X attacked Y."""
    got = assaults("وتعد حركة الشباب، التي كانت مسؤولة عن التفجيرات ضد إثيوبيا، أخطر جماعة في المنطقة.")
    assert ["al-shabaab", "ETH"] in got


def test_passive_killing_verb_is_itself_the_word_of_being_hit(no_model_pairs):
    """"الطفلة X، ذات العامين، قُتلت على يد Y": the killing verb says the person before it was hit."""
    got = assaults("وذكرت مصادر أن الطفلة سلمى ناصر، ذات الأعوام الثلاثة، قُتلت على يد مسلحين قرب المدرسة.")
    assert [a for a in got if a[0].startswith("unnamed-") and a[1].startswith("per-")]


def test_agent_phrase_actor_is_never_the_one_acted_on():
    """"احتجاز القس X من قبل السلطات التركية" after sentences on American sanctions on
    Turkey: Turkey detains the pastor; Turkey is not detained by the United States."""
    text = ("وفرضت الولايات المتحدة عقوبات على وزيرين تركيين. وجاءت العقوبات الأمريكية على خلفية احتجاز القس "
            "الأمريكي سام بيترز من قبل السلطات التركية منذ عامين.")
    got = [e[1] for e in events(text) if e[0] == "COERCE"]
    assert ["USA", "TUR"] not in got


def test_authorities_named_by_their_adjective():
    """"من قبل السلطات التركية": the adjective after the unnamed body says which state acts."""
    from core.events.actors import _ActorMention

    class H:
        i, j = 0, 1
    norms = ["احتجاز", "القس", "من", "قبل", "السلطات", "التركيه"]
    actors = [_ActorMention("USA", 4, 5, 0, 0, kind="BODY"), _ActorMention("TUR", 5, 6, 0, 0, kind="ADJ")]
    assert violence.agent_after(H, norms, actors, len(norms)).actor == "TUR"


def test_place_right_after_the_attacker_is_where_it_struck(no_model_pairs):
    """"المجزرة الإسرائيلية بغزة"، "قصف روسي في إدلب": the place after the adjective is hit."""
    assert ["ISR", "gaza-strip"] in assaults("وأسفرت المجزرة الإسرائيلية بغزة عن عشرات القتلى.")
    assert ["RUS", "idlib"] in assaults("وقتل عشرة مدنيين في قصف روسي في إدلب أمس.")


def test_subject_in_the_gap_of_a_verb_first_attack_phrase(no_model_pairs):
    """"شنت X وY غارات على مواقع لـZ": the states between the verb and its noun attack."""
    got = assaults("وشنت الولايات المتحدة وبريطانيا غارات على مواقع لحركة طالبان في ولاية قندهار أمس.")
    assert ["USA", "taliban"] in got and ["GBR", "taliban"] in got


def test_source_of_the_news_between_the_attack_and_its_target(no_model_pairs):
    """"استهدفت بحسب المرصد X": the observatory tells, the actor after it is hit."""
    got = assaults("وقتل أربعة مدنيين في غارات روسية استهدفت بحسب المرصد السوري لحقوق الإنسان جبهة النصرة في ريف حماة.")
    assert ["RUS", "nusra-front"] in got


def test_the_latter_after_an_attack_is_the_person_named_before(no_model_pairs):
    """"لحظة استهداف الأخير من قبل الجيش X": the person named last before is hit."""
    got = assaults("ونشر الناشط خالد العمري مقطعا مصورا يوثق لحظة استهداف الأخير من قبل الجيش الإسرائيلي قرب الحدود.")
    assert ["ISR", "per-khald-al-mry"] in got


def test_qama_bi_names_the_attacker(no_model_pairs):
    """"قامت X بقصف مواقع لـY": the subject of قام carried out the attack."""
    got = assaults("وقامت القوات التركية بقصف مواقع لحزب العمال الكردستاني شمال العراق.")
    assert ["TUR", "pkk"] in got


def test_at_the_hands_plural_names_the_attacker(no_model_pairs):
    """"اغتيال الصحفي X على أيدي Y": Y acts on the person named before."""
    got = assaults("وجرى اغتيال الصحفي سامي الخطيب على أيدي حركة الشباب جنوب الصومال.")
    assert ["al-shabaab", "per-samy-al-khtyb"] in got


def test_in_the_ranks_of_names_the_one_hit(no_model_pairs):
    """"غارات X أوقعت قتلى في صفوف Y": the ranks named are hit."""
    got = assaults("وأسفرت غارات روسية عن قتلى في صفوف جبهة النصرة قرب إدلب.")
    assert ["RUS", "nusra-front"] in got


def test_armed_body_in_construct_after_an_attack_noun_is_the_attacker(no_model_pairs):
    """"غارات التحالف على X": the coalition in construct with the raids carries them out;
    "مهاجمة السفارة" takes its object there, not its agent."""
    assert ["saudi-led-coalition", "houthis"] in assaults("وأسفرت غارات التحالف العربي عن قتلى في صفوف جماعة الحوثي قرب الحديدة.")
    assert not assaults("وكشفت الشرطة عن مخطط لمهاجمة السفارة الأمريكية في العاصمة الكينية.")


def test_security_forces_meet_an_unnamed_side_as_its_country(no_model_pairs):
    """"اشتباكات بين المحتجين وقوات الأمن": the protesters clash with their country's
    forces; "تبادلت قوات الأمن إطلاق النار مع مسلحين": the forces' state comes first."""
    got = assaults("شهدت فنزويلا مسيرات غاضبة، وأوقعت الاشتباكات بين المحتجين وقوات الأمن عشرات الجرحى.")
    assert ["unnamed-protesters-ven", "VEN"] in got
    assert ["KEN", "unnamed-unidentified-armed-group-ken"] in assaults(
        "وفي كينيا تبادلت قوات الأمن إطلاق النار مع مسلحين مجهولين قرب الحدود.")


def test_group_said_killed_before_the_attack_is_the_one_hit(no_model_pairs):
    """"قُتل عشرات من عناصر X في غارات شنتها Y": X is hit; not a place after في, nor the
    speakers of "يقول ناشطون إن عشرات قتلوا"."""
    assert ["saudi-led-coalition", "houthis"] in assaults(
        "قتل عشرات من عناصر جماعة الحوثي في غارات شنتها طائرات التحالف العربي قرب الحديدة.")
    got = assaults("ويقول ناشطون إن عشرة مدنيين قتلوا في غارات شنتها طائرات التحالف العربي أمس.")
    assert not any(p[1].startswith("unnamed-activists") for p in got)


def test_killing_noun_before_a_group_names_it_as_hit(no_model_pairs):
    """"بمقتل سبعة من عناصر X ... بغارة أمريكية": X is hit; "أدانت X مقتل ..." does not
    make the one who deplores it a victim."""
    assert ["USA", "al-qaeda"] in assaults(
        "أفاد مسؤولون محليون بمقتل سبعة من عناصر تنظيم القاعدة في محافظة أبين، بغارة أمريكية شنتها طائرة مسيرة.")
    assert not assaults("أدانت مصر مقتل جنود في هجوم شنته حركة الشباب.")


def test_a_strike_falls_on_the_place_named_a_few_words_on(no_model_pairs):
    """"استهدف القصف X مواقع ... في Y": the place is the target when no group or state is."""
    assert assaults("واستهدفها القصف التركي أكثر من مرة في عفرين.") == [["TUR", "afrin"]]


def test_a_foiled_attack_is_not_made_by_who_foiled_it(no_model_pairs):
    """"أعلنت X إحباط هجوم على قاعدتها في Y": X did not strike Y."""
    assert not assaults("وأعلنت وزارة الدفاع الروسية إحباط هجوم جديد على قاعدتها الجوية في حميميم.")


def test_a_strike_on_a_states_site_names_no_place_as_its_target(no_model_pairs):
    """"استهدف موقعا سوريا في Y": the site is Syria's; Y is only where it stood."""
    assert ["ISR", "golan"] not in assaults("أعلن الجيش الإسرائيلي أنه استهدف موقعاً سورياً في مرتفعات الجولان.")


def test_a_counted_people_in_the_accusative_is_the_one_hit(no_model_pairs):
    """"قتل 16 فلسطينياً برصاص الجيش الإسرائيلي": the tanwin alif hid the people."""
    assert assaults("قتل 16 فلسطينياً برصاص الجيش الإسرائيلي قرب الحدود.") == [["ISR", "PSE"]]


def test_a_strike_falls_on_the_place_after_fi_and_its_administrative_head(no_model_pairs):
    """"قصف ... في مدينة Y": the head noun ("مدينة") stands between في and the place."""
    assert assaults("وقتل خمسة مدنيين في قصف روسي في مدينة إدلب أمس.") == [["RUS", "idlib"]]


def test_the_subject_after_a_past_verb_of_force_struck_the_place_it_names(no_model_pairs):
    """"قصفت القوات X بلدة Y": the armed body after the verb is its subject, the place its object."""
    assert assaults("وقصفت القوات الروسية بلدة حمورية صباح الخميس.") == [["RUS", "hamouria"]]


def test_a_present_verb_of_a_relative_clause_takes_no_subject_after_it(no_model_pairs):
    """"الأكراد الذين يقاتلون القوات X في Y": the forces are fought, not fighting."""
    assert not assaults("وحذرت أنقرة من دعم المقاتلين الذين يقاتلون القوات التركية في عفرين.")


def test_only_the_first_fi_after_a_strike_says_where_it_fell(no_model_pairs):
    """"هجوم X في الشمال مع اشتباكات في Y": Y is where the clashes were, not the attack."""
    assert not assaults("وتزامن قصف روسي في الشمال مع معارك في مدينة إدلب.")


def test_the_subject_after_a_present_verb_of_force_besieges_the_place(no_model_pairs):
    """"تحاصر القوات X مدينة Y": a present verb takes its subject after it too."""
    assert assaults("وتحاصر القوات الروسية مدينة إدلب منذ أشهر.") == [["RUS", "idlib"]]


def test_a_states_body_after_lam_is_the_agent_of_an_attack_noun(no_model_pairs):
    """"الهجوم الكيماوي للنظام X على مدينة Y": the regime of X struck Y."""
    assert assaults("وتأتي الخطوة بعد الهجوم الكيماوي للنظام السوري على مدينة حرستا.") == [["SYR", "harasta"]]


def test_lam_after_a_noun_of_doing_marks_its_object(no_model_pairs):
    """"مهاجمة X لسفينة": لـ after a noun of doing is the one hit, never the agent."""
    assert not assaults("وتذكر الصحيفة مهاجمة قوات مجهولة للجيش التركي على طريق عفرين.")


def test_a_bare_attack_word_inside_a_sentence_is_a_noun_with_its_object(no_model_pairs):
    """"ضد قصف اليمن": the bare word is the noun, the country after it the one shelled."""
    assert ["YEM", "SAU"] not in assaults("وتظاهر العشرات ضد قصف اليمن في السعودية.")


def test_lam_after_a_strike_directed_marks_its_target(no_model_pairs):
    """"توجيه ضربة عسكرية للنظام X": the regime is to be struck, it strikes no one."""
    assert not [a for a in assaults("وهدد بتوجيه ضربة عسكرية للنظام السوري في مدينة دوما.") if a[0] == "SYR"]


def test_a_states_armed_body_after_the_verb_is_that_state_acting(no_model_pairs):
    """"حاصرت القوات X"، "استهدفت الطائرات X"، "قصفت المدفعية X": the body's nationality
    adjective names the state that acts (no entity of its own for the body)."""
    assert assaults("وحاصرت القوات السورية بلدة معضمية الشام منذ أشهر.")[0][0] == "SYR"
    assert assaults("واستهدفت الطائرات الروسية مواقع للفصائل في ريف حماة.")[0][0] == "RUS"
    assert assaults("وقصفت المدفعية التركية قرى حدودية في شمال العراق.") == [["TUR", "IRQ"]]


def test_a_word_of_the_bodys_arm_may_stand_before_its_nationality(no_model_pairs):
    """"قصفت الطائرات الحربية X": the arm's word ("الحربية") between the body and its state."""
    assert assaults("وقصفت الطائرات الحربية التركية قرى حدودية في شمال العراق.") == [["TUR", "IRQ"]]


def test_a_nationality_after_the_object_is_no_armed_bodys(no_model_pairs):
    """"قصفت الطائرات مواقع X": the adjective describes what was hit, not who struck."""
    assert not any(p[0] == "SYR" for p in assaults("وقصفت الطائرات مواقع سورية قرب الحدود."))
    assert not any(p[0] == "SYR" for p in assaults("وقصفت الطائرات الحربية مواقع سورية قرب الحدود."))


def test_a_body_supported_by_the_attack_owns_nothing_hit(no_model_pairs):
    """"شنت X غارات دعما للقوات Y": the strikes were made for Y's forces, not on them."""
    assert not any(p[1] == "SYR" for p in assaults("وشنت روسيا غارات جوية دعما للقوات السورية في الشمال."))
