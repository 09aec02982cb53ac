"""A request named by its author after the act it asked for ("بطلب من X"): X asks the
clause's subject (core.events.requested; sentences written for the tests)."""

from core import analyze


def events(text):
    return [(v.type, v.actors) for v in analyze(text, "2023-01-17").events]


def test_a_meeting_held_at_a_states_request_is_that_states_request(rules_only):
    got = events("وتعقد الجامعة العربية مساء الأربعاء اجتماعا طارئا بطلب من الأردن.")
    assert ("REQUEST", ["JOR", "arab-league"]) in got and ("REQUEST", ["arab-league", "JOR"]) not in got


def test_a_place_of_the_meeting_topic_is_not_the_one_asked(rules_only):
    """"جلسة حول الوضع في X، بطلب من Y": the body meeting is asked, not the place spoken of."""
    got = events("واجتمع مجلس الأمن الدولي لبحث الأوضاع في السودان، بطلب من النرويج.")
    assert ("REQUEST", ["NOR", "unsc"]) in got and not any(a == ["NOR", "SDN"] for _, a in got)


def test_the_verb_with_min_still_names_the_one_asked(rules_only):
    """"طلبت X من Y": no ب, a verb: X asks Y, as before."""
    got = events("وطلبت النرويج من مجلس الأمن عقد جلسة عاجلة.")
    assert ("REQUEST", ["NOR", "unsc"]) in got


def test_an_adjective_of_the_topic_is_not_the_one_asked(rules_only):
    got = events("ويلتئم مجلس الأمن الدولي الخميس لمناقشة الغارات الإثيوبية، بطلب من النرويج.")
    assert ("REQUEST", ["NOR", "unsc"]) in got and ("REQUEST", ["NOR", "ETH"]) not in got


def test_a_later_verb_of_the_clause_does_not_inherit_the_asker():
    """"بطلب من X اجتماعا لبحث ...": the meeting is the body's, X is no side of the talks."""
    got = events("وتعقد الجامعة العربية بطلب من الأردن اجتماعا الأحد لبحث تداعيات الأزمة.")
    assert ("REQUEST", ["JOR", "arab-league"]) in got
    assert not any(t == "CONSULT" and "JOR" in a for t, a in got)


def test_the_asker_is_no_side_of_the_meeting():
    got = events("ويجتمع مجلس الأمن الدولي بطلب من النرويج لبحث هجمات حركة الشباب.")
    assert ("REQUEST", ["NOR", "unsc"]) in got
    assert not any(t == "CONSULT" and "NOR" in a for t, a in got)


def test_an_asker_written_as_a_pronoun_makes_no_request():
    """"هبطت بطلب من حكومته": the asker is no actor of the sentence; no pair is guessed."""
    got = events("واتهم مادورو واشنطن بتهديد فنزويلا، ودافع عن الطائرات الروسية قائلا إنها هبطت بطلب من حكومته.")
    assert not any(t == "REQUEST" for t, a in got)


def test_the_object_of_the_clauses_verb_is_not_the_one_asked(rules_only):
    """"استضافت X ممثلي Y بطلب من Z": Z asked the host X, not the guests Y."""
    got = events("واستضافت تركيا ممثلي حماس بطلب من القاهرة.")
    assert ("REQUEST", ["EGY", "TUR"]) in got and ("REQUEST", ["EGY", "hamas"]) not in got


def test_the_place_visited_is_not_the_one_asked(rules_only):
    got = events("وزار الرئيس الفرنسي بكين بطلب من برلين.")
    assert ("REQUEST", ["DEU", "CHN"]) not in got


def test_a_state_that_only_reports_the_act_is_not_the_one_asked(rules_only):
    """"ذكرت X أن القمة ستعقد بطلب من Y": X tells; the clause after "أن" names no one asked."""
    got = events("وذكرت اليابان أن القمة ستعقد الشهر المقبل بطلب من الهند.")
    assert not any(t == "REQUEST" for t, a in got)


def test_an_asker_written_as_a_noun_and_its_adjective(rules_only):
    """"بطلب من الحكومة الأذربيجانية": the adjective names the asker."""
    got = events("وانتشرت القوات التركية على الحدود بطلب من الحكومة الأذربيجانية.")
    assert ("REQUEST", ["AZE", "TUR"]) in got


def test_a_denied_act_tells_of_no_request():
    """"نفى X أن تكون Y طردت ... بطلب من Z": the act and the request with it are denied."""
    got = events("ونفى المتحدث أن تكون بغداد قد طردت السفير بطلب من طهران.")
    assert not any(t == "REQUEST" and a[0] == "IRN" for t, a in got)


def test_every_coordinated_asker_asks(rules_only):
    got = events("وعقد مجلس الأمن جلسة مغلقة بطلب من بريطانيا وإيرلندا.")
    assert ("REQUEST", ["GBR", "unsc"]) in got and ("REQUEST", ["IRL", "unsc"]) in got
