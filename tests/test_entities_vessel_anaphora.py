"""A bare word for a ship taking up the ship named before it (core.entities.vessel_anaphora).
Sentences written for the tests."""
from core import analyze


def _ship_mentions(text):
    a = analyze(text, "2024-01-01")
    return [m.text for e in a.entities if e.kind == "vessel" for m in e.mentions], a


def test_the_ship_alone_is_the_ship_named_before():
    """"ورفضت إيطاليا استقبال السفينة" refuses the ship the article named."""
    mentions, a = _ship_mentions('أنقذت السفينة "سي ووتش" مئة مهاجر قبالة ليبيا. ورفضت إيطاليا استقبال السفينة في موانئها.')
    assert "السفينة" in mentions
    assert any(e.type == "REJECT" and e.actors[0] == "ITA" for e in a.events)


def test_aboard_the_ship_is_no_side():
    """"على متن السفينة" says where people are, not what is acted on."""
    mentions, _ = _ship_mentions('أنقذت السفينة "سي ووتش" مئة مهاجر. وقال طبيب على متن السفينة إن الوضع صعب.')
    assert mentions.count("السفينة") == 0


def test_a_second_ship_introduced_by_name_keeps_its_head():
    """"السفينة "Y"" after a ship X introduces Y; its head word is no mention of X."""
    mentions, _ = _ship_mentions('أنقذت السفينة "سي ووتش" مئة مهاجر. ثم أنقذت السفينة "أوشن فايكنغ" خمسين آخرين.')
    assert mentions.count("السفينة") == 0
