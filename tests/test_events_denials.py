"""Denials (core.events.denials, core.events.modality): what is denied is no event, and
a denial answers its accuser. Sentences written for the tests."""
from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_an_act_denied_by_that_is_no_event():
    """"نفت X أن تكون طائراتها قصفت ...": the strike is what is denied."""
    got = events("ونفت أنقرة أن تكون مقاتلاتها قد قصفت قرية في شمال العراق.")
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_the_place_of_a_denied_act_is_not_the_accuser():
    """The country a denied strike is placed in does not receive the denial."""
    got = events("ونفت أنقرة أن تكون مقاتلاتها قد قصفت قرية في شمال العراق.")
    assert ("REJECT", ["TUR", "IRQ"]) not in got


def test_reports_of_a_strike_denied_give_no_attack_by_the_model():
    """"نفى الجيش X التقارير التي تحدثت عن قصف Y": no strike by anyone."""
    got = events("ونفى الجيش الأردني التقارير التي تحدثت عن قصف مصر لمواقع قرب الحدود.")
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_the_author_of_the_claims_is_the_target():
    """"نفت X اتهامات Y": Y accused X."""
    assert ("REJECT", ["TUR", "GRC"]) in events("ونفت أنقرة اتهامات أثينا بشأن انتهاك مجالها الجوي.")


def test_the_subject_after_the_denial_denies():
    """"طالبت X Y بتفسير، فيما نفت Y أي ضلوع": Y denies, X does not."""
    got = events("وطالبت هولندا روسيا بتفسير لما جرى، فيما نفت موسكو أي ضلوع في الحادث.")
    assert ("REJECT", ["NLD", "RUS"]) not in got


def test_a_side_of_what_is_denied_after_a_dated_comma_is_no_accuser():
    """"نفى X، الأحد، أن يكون ... مع Y": Y is in what is denied."""
    got = events("نفت أنقرة، الأحد، أن تكون تسعى إلى مواجهة عسكرية مع اليونان.")
    assert ("REJECT", ["TUR", "GRC"]) not in got


def test_the_side_a_denier_then_speaks_of_stays():
    """"نفت X ذلك، وقالت إن Y ...": the denial still answers Y."""
    got = events("واتهمت أثينا أنقرة بانتهاك مجالها الجوي. ونفت أنقرة ذلك، وقالت إن أثينا تختلق الأزمة.")
    assert ("REJECT", ["TUR", "GRC"]) in got
