"""Where an attack with a named author and no named target struck (core.events.struck):
the country of its unnamed targets, "Targets (X)"."""
from core import analyze


def events(text: str) -> list[tuple[str, list[str]]]:
    return [(v.type, v.actors) for v in analyze(text, "2018-05-01").events]


def test_the_dateline_country_is_not_where_an_attack_struck():
    got = events("بيروت، لبنان (CNN)— قال المتحدث إن حركة طالبان شنت هجوما على نقطة تفتيش، الأربعاء.")
    assert ("ASSAULT", ["taliban", "unnamed-targets-afg"]) in got and not any(a[1] == "unnamed-targets-lbn"
                                                                            for _, a in got), got


def test_a_backer_named_after_the_author_is_not_where_it_struck():
    got = events("واعترضت الدفاعات الجوية صاروخا باليستيا أطلقته ميليشيات الحوثي المدعومة من إيران باتجاه المملكة.")
    assert ("ASSAULT", ["houthis", "unnamed-targets-yem"]) in got and not any("irn" in a[1] for _, a in got), got


def test_the_nationality_right_after_the_author_describes_it():
    assert ("ASSAULT", ["houthis", "unnamed-targets-yem"]) in events("وأصيب طفلان بنيران جماعة الحوثي الإيرانية قرب منزلهما.")


def test_states_joined_to_the_author_strike_with_it():
    got = events("ورغم الغارات التي نفذتها الولايات المتحدة وبريطانيا وفرنسا الشهر الماضي، لم يتغير شيء.")
    assert any(a[0] == "USA" for _, a in got) and not any(a[1] in ("unnamed-targets-gbr", "unnamed-targets-fra")
                                                          for _, a in got), got


def test_the_author_s_own_country_named_as_a_side_is_not_where_it_struck():
    assert ("ASSAULT", ["ISR", "unnamed-targets-pse"]) in events(
        "احتشد مئات الفلسطينيين في مدينة غزة. وأصيب شاب برصاص جندي إسرائيلي، وقال والده إنه سيرفع شكوى ضد إسرائيل.")


def test_the_nationality_of_what_was_hit_is_where_it_struck():
    assert ("ASSAULT", ["eta", "unnamed-targets-esp"]) in events(
        "وكان كثير من قتلى هجمات إيتا من رجال الشرطة الإسبانية.")


def test_where_an_attack_came_from_is_not_where_it_struck():
    got = events("وأعلن الجيش أن القوات الإيرانية أطلقت صواريخ انطلاقا من الأراضي السورية.")
    assert any(a[0] == "IRN" for _, a in got) and ("ASSAULT", ["IRN", "unnamed-targets-syr"]) not in got, got


def test_an_accuser_of_an_attack_on_itself_is_its_target():
    assert ("ASSAULT", ["IRN", "unnamed-targets-sau"]) in events("وكانت هذه أول مرة تتهم فيها السعودية إيران بقصفها منذ سنوات.")


def test_a_backer_told_by_its_nationality_is_not_where_it_struck():
    got = events("وفقد التنظيم السيطرة على المدينة في هجمات شنتها القوات السورية بدعم روسي في ريف حلب.")
    assert not any(a[1] == "unnamed-targets-rus" for _, a in got), got


def test_the_leader_of_a_coalition_is_not_the_author_of_its_raid():
    got = events("ونسبت الميليشيات إلى التحالف الدولي بقيادة واشنطن شن غارة جوية ليل الأحد.")
    assert not any(a[0] == "USA" and a[1].startswith("unnamed-targets") for _, a in got), got


def test_the_pronoun_on_an_attack_noun_with_an_object_is_its_doer():
    """"بقصفها مدارس": an object follows, so the pronoun is the accused's own doing and the
    accuser is not the one struck (the places tell where); with none after it, it is."""
    got = events("واتهمت لندن موسكو بقصفها مدارس في ريف حلب.")
    assert ("ASSAULT", ["RUS", "unnamed-targets-syr"]) in got and not any(a[1] == "unnamed-targets-gbr" for _, a in got), got
    assert ("ASSAULT", ["ISR", "unnamed-targets-lbn"]) in events("واتهمت لبنان إسرائيل بقصفها، وقالت إنها سترد.")


def test_the_dateline_is_read_once_for_every_attack_of_the_article():
    """The dateline's countries, kept on the article after the first attack, are left out
    for the second attack as for the first."""
    got = events("عمان، الأردن (CNN)— وتشن قوات النظام السوري حملة جوية عنيفة منذ أسابيع. "
                 "وأصيب متظاهر برصاص قوات الأمن السورية.")
    assert ("ASSAULT", ["SYR", "unnamed-targets-syr"]) in got and not any("unnamed-targets-jor" in a for _, a in got), got


def test_a_missile_launched_towards_a_town_struck_the_town_s_country():
    """"نحو مدينة جازان": the place after a word of direction is where the missile was aimed,
    its country the target, not the group's own nor the place it was fired from."""
    got = events("وأطلق الحوثيون من محافظة صعدة صاروخا نحو مدينة جازان مساء الخميس.")
    assert ("ASSAULT", ["houthis", "unnamed-targets-sau"]) in got and not any("unnamed-targets-yem" in a for _, a in got), got


def test_a_rocket_from_gaza_towards_an_israeli_town_struck_israel():
    got = events("وقال الجيش إن حماس أطلقت قذيفة من قطاع غزة صوب عسقلان.")
    assert ("ASSAULT", ["hamas", "unnamed-targets-isr"]) in got and not any("unnamed-targets-pse" in a for _, a in got), got


def test_a_place_named_with_no_word_of_direction_is_still_where_an_attack_struck():
    """A positive control: with no word of direction, the sentence's places tell where, as before."""
    got = events("وأصيب شاب برصاص الجيش الإسرائيلي شرق غزة.")
    assert ("ASSAULT", ["ISR", "unnamed-targets-pse"]) in got, got


def test_the_kingdom_a_missile_was_fired_towards_is_the_one_the_article_names():
    """"باتجاه المملكة": the word refers back to the one kingdom the article names, here as
    the country of a body ("الدفاعات الجوية السعودية"); with none named, as before."""
    got = events("قالت الرياض إن الدفاعات الجوية السعودية اعترضت صاروخا باليستيا أطلقته ميليشيات الحوثي باتجاه المملكة.")
    assert ("ASSAULT", ["houthis", "unnamed-targets-sau"]) in got and not any("unnamed-targets-yem" in a for _, a in got), got
