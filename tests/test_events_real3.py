"""Wrong events of unseen news, by cause (issue 8): a clause of its own after a comma,
attacks condemned or mourned, students, bills and a negated "قام بـ". Sentences written
for the tests."""
from core import analyze
from core.events.clauses import finite_verb


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_the_subject_of_a_verb_after_a_comma_is_no_target_of_the_attack_before():
    """"بعد إسقاط الطائرة الروسية، أرسلت إسرائيل": Israel sends, it was not attacked."""
    got = events("بعد إسقاط الطائرة الروسية، أرسلت إسرائيل وفدا عسكريا إلى موسكو.")
    assert ("ASSAULT", ["RUS", "ISR"]) not in got


def test_a_feminine_plural_after_a_comma_opens_no_clause():
    """"، وميليشيات الحوثي": a noun whose ت ends a plural, no verb."""
    assert finite_verb("ارسلت") and not finite_verb("وميليشيات") and not finite_verb("من")
    got = events("تواصلت المعارك العنيفة، الاثنين، بين قوات الجيش اليمني، وميليشيات الحوثي في محافظة مأرب.")
    assert ("ASSAULT", ["YEM", "houthis"]) in got


def test_who_condoles_over_a_killing_made_no_attack():
    """"قدمت مصر تعازيها في مقتل ...": Egypt mourns."""
    got = events("قدمت مصر تعازيها في مقتل عشرات المدنيين في السودان.")
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_who_regrets_a_killing_made_no_attack():
    """"أبدت إسرائيل أسفها على مقتل 15 عسكريا روسيا": Israel regrets."""
    got = events("أبدت إسرائيل أسفها على مقتل 15 عسكريا روسيا في سوريا.")
    assert ("ASSAULT", ["ISR", "RUS"]) not in got


def test_the_victims_of_a_condemned_killing_are_not_accused():
    """"أدانت تركيا مقتل جنود باكستانيين": Pakistan is not accused."""
    assert ("ACCUSE", ["TUR", "PAK"]) not in events("أدانت تركيا مقتل جنود باكستانيين في هجوم إرهابي.")


def test_the_state_hit_by_condemned_missiles_is_not_accused_their_author_is():
    """"أدانت قطر إطلاق جماعة الحوثي صواريخ صوب السعودية": the Houthis, not Saudi Arabia."""
    got = events("أدانت قطر إطلاق جماعة الحوثي صواريخ باليستية صوب السعودية.")
    assert ("ACCUSE", ["QAT", "SAU"]) not in got and ("ACCUSE", ["QAT", "houthis"]) in got


def test_the_author_of_a_condemned_attack_named_by_its_adjective_stays_accused():
    """"أدانت مصر الهجوم الإسرائيلي على غزة": Israel is accused."""
    assert ("ACCUSE", ["EGY", "ISR"]) in events("أدانت مصر بشدة الهجوم الإسرائيلي على قطاع غزة.")


def test_a_count_of_students_is_no_demand():
    """"50 طالبا": students after a number."""
    got = events("اعتقلت الشرطة الإيرانية 50 طالبا من جامعة طهران بعد مظاهرات ضد الحكومة العراقية.")
    assert not [e for e in got if e[0] == "REQUEST"]


def test_a_student_after_a_pronoun_is_no_demand():
    """"وهو طالب في جامعة القاهرة": a student."""
    got = events("وقال محمد وهو طالب في جامعة القاهرة إن السلطات المصرية اعتقلت شقيقه.")
    assert not [e for e in got if e[0] == "REQUEST"]


def test_a_student_after_kana_is_no_demand():
    """"عندما كان طالبا": a student in the accusative."""
    got = events("عندما كان طالبا في الجامعة الأمريكية في القاهرة اعتقلته السلطات المصرية.")
    assert not [e for e in got if e[0] == "REQUEST"]


def test_a_source_asking_not_to_be_named_demands_nothing():
    """"قال مسؤول طالبا عدم ذكر اسمه": no demand of anyone."""
    got = events("وقال مسؤول أردني طالبا عدم ذكر اسمه إن عمان تنتظر مساعدات السعودية.")
    assert not [e for e in got if e[0] == "REQUEST"]


def test_a_demand_after_the_pluperfect_stays():
    """"كان قد طالب": the verb."""
    assert ("REQUEST", ["eu", "TUR"]) in events("وكان الاتحاد الأوروبي قد طالب تركيا بالإفراج عن الصحفيين.")


def test_what_a_bill_would_impose_is_not_imposed():
    """"مشروع قانون يفرض عقوبات": proposed, no sanction."""
    assert not events("قدم نواب أمريكيون مشروع قانون يفرض عقوبات على روسيا.")


def test_what_an_adopted_draft_demands_is_demanded():
    """"صادق مجلس الأمن على مشروع قرار يطالب": adopted, a demand."""
    assert ("REQUEST", ["unsc", "ISR"]) in events("صادق مجلس الأمن على مشروع قرار يطالب إسرائيل بوقف الاستيطان.")


def test_a_negated_light_verb_negates_its_act():
    """"لم تقم الحكومة حتى الآن بطرد السفير": no expulsion."""
    assert not events("لم تقم الحكومة الفرنسية حتى الآن بطرد السفير الروسي.")
    assert ("SANCTION", ["FRA", "RUS"]) in events("قامت الحكومة الفرنسية بطرد السفير الروسي.")


def test_cooperation_one_looks_forward_to_is_an_intent():
    """"تتطلع للعمل مع فرنسا": an intent to cooperate (AGREE), no cooperation done."""
    got = events("وقالت السعودية إنها تتطلع للعمل مع فرنسا لمواجهة الإرهاب.")
    assert ("AGREE", ["SAU", "FRA"]) in got and not [e for e in got if e[0] == "COOPERATE"]

def test_the_author_of_rejected_claims_accuses_the_one_who_rejects_them():
    """"رفضت بولندا اتهامات نتانياهو": Israel accuses Poland."""
    got = events("ورفضت بولندا اتهامات نتانياهو ودعت إلى الاعتماد على الوقائع.")
    assert ("ACCUSE", ["ISR", "POL"]) in got and ("ACCUSE", ["POL", "ISR"]) not in got


def test_an_act_avoided_is_not_done():
    """"تجنب البيت الأبيض الخميس انتقاد إسرائيل": no criticism."""
    assert not events("وتجنب البيت الأبيض الخميس انتقاد إسرائيل.")


def test_the_author_of_a_condemned_attack_named_again_later_stays_accused():
    """"نددت ميركل بهجمات إيران على ... ودعت إيران": Iran is the author, whatever follows."""
    got = events("ونددت ميركل بهجمات إيران على مواقع الجيش الإسرائيلي في الجولان ودعت إيران إلى وقف التصعيد.")
    assert ("ACCUSE", ["DEU", "IRN"]) in got


def test_a_rank_held_is_no_occupation():
    """"تحتل تركيا المرتبة 150": a rank, no land occupied."""
    assert not events("وتحتل تركيا المرتبة 150 في ترتيب حرية الصحافة الذي وضعته منظمة مراسلون بلا حدود.")
    assert ("ASSAULT", ["ISR", "east-jerusalem"]) in events("واحتلت إسرائيل القدس الشرقية في حرب 1967.")
