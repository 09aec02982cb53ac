"""Wrong events seen on unseen news: backers, passive charges, denied deals, platforms.
Sentences written for the tests."""
from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_backer_named_after_a_backing_verb_attacks_nothing():
    """"قوات تدعمها إيران هاجمت": the forces attack; Iran backs them, and backs no target."""
    got = events("وقالت الشرطة العراقية إن قوات تدعمها إيران هاجمت مواقع للجيش الأمريكي قرب بغداد.")
    assert not any(t == "ASSAULT" and "IRN" in a for t, a in got)
    assert ("SUPPORT", ["IRN", "USA"]) not in got


def test_a_backer_after_a_participle_is_no_target():
    """"هاجمت الميليشيا المدعومة من إيران ناقلة": Iran is not hit, only named as the backer."""
    got = events("وفي الأسبوع الماضي هاجمت ميليشيا الحوثي المدعومة من إيران ناقلة نفط سعودية في البحر الأحمر.")
    assert not any(t == "ASSAULT" and "IRN" in a for t, a in got)
    assert ("SUPPORT", ["IRN", "houthis"]) in got


def test_a_backer_keeps_its_own_backing():
    """"الحوثيون المدعومون من إيران": Iran backs the Houthis."""
    got = events("ويسيطر الحوثيون المدعومون من إيران على العاصمة صنعاء منذ سنوات.")
    assert ("SUPPORT", ["IRN", "houthis"]) in got


def test_a_backer_acting_elsewhere_in_the_sentence_stays_a_side():
    """Iran named twice, once as the backer and once as the accused: the accusation stands."""
    from core.events import backers
    from core.events.actors import _ActorMention
    norms = ["واتهمت", "السعوديه", "ايران", "بتسليح", "الحوثيين", "المدعومين", "من", "ايران"]
    actors = [_ActorMention("SAU", 1, 2, 0, 0), _ActorMention("IRN", 2, 3, 0, 0), _ActorMention("houthis", 4, 5, 0, 0),
              _ActorMention("IRN", 7, 8, 0, 0)]
    assert backers.backer_words(norms, actors) == {}
    assert backers.backer_words(norms, actors[2:]) == {"IRN": [5]}


def test_a_passive_charge_names_no_accuser():
    """"أشخاص اتهموا بالتجسس لصالح إيران": the persons are accused, nobody of the sentence accuses."""
    got = events("واعتقلت السلطات التركية خمسة أشخاص اتهموا بالتجسس لصالح إيران.")
    assert not any(t == "ACCUSE" for t, _ in got)


def test_an_active_charge_keeps_its_accuser():
    got = events("واتهمت بريطانيا روسيا بالتجسس على منشآت عسكرية.")
    assert ("ACCUSE", ["GBR", "RUS"]) in got


def test_a_denied_deal_is_no_agreement():
    """"نفت X توقيع اتفاقية مع Y": denied, not signed."""
    got = events("ونفت وزارة الخارجية المصرية توقيع اتفاقية مع إثيوبيا حول تقاسم مياه النيل.")
    assert not any(t in ("SUPPORT", "AGREE") for t, _ in got)
    got = events("ووقعت وزارة الخارجية المصرية اتفاقية مع إثيوبيا حول تقاسم مياه النيل.")
    assert any(t == "SUPPORT" for t, _ in got)


def test_a_platform_where_something_was_said_is_no_side():
    """"قال على صفحته في تويتر"، "عبر حسابه على فيسبوك": the medium, not a side."""
    for text in ("وهاجم ترامب في تغريدة على تويتر الصين بسبب الوباء.",
                 "وقال الوزير عبر حسابه على فيسبوك إن بلاده تطالب إسرائيل بالانسحاب."):
        assert not any({"twitter", "facebook"} & set(a) for _, a in events(text))


def test_a_platform_acted_on_stays_a_side():
    from core.events import platforms
    assert platforms.medium(["وكتب", "علي", "حسابه", "في", "تويتر"], 4)
    assert not platforms.medium(["واتهم", "محققون", "موقع", "فيسبوك"], 3)


def test_a_noun_of_conviction_with_its_charge_names_no_accuser():
    """"بعد إدانته بالتجسس"، "بعد اتهامها بتسليح": the pronoun is the accused; the sentence's
    states neither accuse each other there."""
    got = events("وقطعت الرباط علاقاتها مع طهران بعد اتهامها بتسليح جبهة البوليساريو.")
    assert not any(t == "ACCUSE" for t, _ in got)
    got = events("وجدد المغرب اتهامه لإيران بتسليح جبهة البوليساريو.")
    assert ("ACCUSE", ["MAR", "IRN"]) in got


def test_the_name_after_a_verb_with_an_object_pronoun_is_its_subject():
    """"في حين تتهمها الولايات المتحدة": the United States accuses, it is not accused."""
    got = events("وتؤكد طهران أن برنامجها النووي سلمي في حين تتهمها الولايات المتحدة بالسعي إلى امتلاك سلاح نووي.")
    assert ("ACCUSE", ["IRN", "USA"]) not in got
    assert ("ACCUSE", ["USA", "IRN"]) in got


def test_the_antecedent_of_a_passive_relative_clause_is_hit():
    """"X التي تم استهدافها في غارة إسرائيلية": X is hit, Israel attacks."""
    got = events("ونشرت القناة صورا قالت إنها لقاعدة التيفور السورية التي تم استهدافها في غارة يعتقد أنها إسرائيلية.")
    assert ("ASSAULT", ["SYR", "ISR"]) not in got


def test_a_nationality_adjective_after_an_act_noun_is_its_author():
    """"يحملون العقوبات الأمريكية مسؤولية": the United States sanctions, it is not sanctioned."""
    got = events("فالكوبيون يحملون العقوبات الأمريكية المفروضة منذ عقود مسؤولية الركود الاقتصادي.")
    assert ("SANCTION", ["CUB", "USA"]) not in got and ("SANCTION", ["USA", "CUB"]) in got


def test_an_envoys_nationality_stays_the_target():
    """"استدعاء السفير الروسي": Russia's envoy is summoned; Britain acts."""
    got = events("وأعلنت لندن استدعاء السفير الروسي على خلفية الحادثة.")
    assert ("SANCTION", ["GBR", "RUS"]) in got


def test_whom_a_spy_served_is_not_arrested():
    """"اعتقلت X وزيرا بتهمة التجسس لصالح إيران": Iran is neither arrested nor spied on."""
    got = events("واعتقلت السلطات الإسرائيلية وزيرا سابقا بتهمة التجسس لصالح إيران.")
    assert not any("IRN" in a for _, a in got)


def test_the_charge_is_alleged_not_told():
    from core.events import passives
    doc = type("Doc", (), {"norms": ["سجن", "بتهمه", "التجسس"]})()
    assert passives.charge_content(doc, type("H", (), {"verbal": False, "i": 2})())
    assert not passives.charge_content(doc, type("H", (), {"verbal": False, "i": 1})())


def test_a_backer_described_by_its_own_act_keeps_that_act():
    """"بدعم من التحالف الذي يقصف مواقع داعش": the backer is no side of the act it backs,
    but the relative clause after its name tells an act of its own."""
    got = events("وتتقدم القوات الكردية نحو البلدة بدعم من التحالف الدولي الذي يقصف مواقع تنظيم داعش منذ أيام.")
    assert ("ASSAULT", ["global-coalition", "isis"]) in got
