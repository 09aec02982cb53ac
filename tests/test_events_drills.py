"""Partners of a drill are not its target (core.events.drills). Sentences written for the tests."""
from core import analyze


def test_a_state_watching_exercises_is_not_their_target():
    """"مناورات بحضور مراقبين من X": X watches the drill."""
    got = [v.actors for v in analyze("أجرت روسيا مناورات عسكرية بحضور مراقبين من الهند.", "2024-01-01").events
           if v.type == "MOBILIZE"]
    assert ["RUS", "IND"] not in got


def test_a_country_after_a_border_with_its_owner_pronoun_is_faced():
    """"حشدت X قوات على حدودها مع Y": Y faces the troops, it is no partner."""
    got = [v.actors for v in analyze("وحشدت روسيا قوات إضافية على حدودها مع أوكرانيا.", "2024-01-01").events
           if v.type == "MOBILIZE"]
    assert ["RUS", "UKR"] in got
