"""A verb joined by و/ثم to an earlier one takes that verb's subject, not its object
(core.events.joined_verbs). Sentences written for the tests."""
from core import analyze
from core.events.joined_verbs import gender


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_joined_call_is_the_first_subject_s():
    """"انتقدت فرنسا روسيا ودعت إيران": France calls on Iran, not Russia."""
    got = events("وانتقدت فرنسا روسيا ودعت إيران إلى ضبط النفس.")
    assert ("REQUEST", ["FRA", "IRN"]) in got and ("REQUEST", ["RUS", "IRN"]) not in got


def test_a_joined_call_on_no_one_is_none():
    """"رفضت X اتهامات Y ودعت إلى ...": X calls on no one named; Y asks nothing of X."""
    got = events("ورفضت أنقرة اتهامات أثينا ودعت إلى الالتزام بالقانون الدولي.")
    assert ("REQUEST", ["GRC", "TUR"]) not in got
    assert ("REJECT", ["TUR", "GRC"]) in got


def test_a_verb_in_a_reported_clause_keeps_its_own_subject():
    """"طالبت مصر إسرائيل بأن توقف ... وتنسحب": the second verb is Israel's, within the demand."""
    got = events("وطالبت مصر إسرائيل بأن توقف عملياتها وتنسحب من القطاع.")
    assert ("REQUEST", ["EGY", "ISR"]) in got


def test_the_verb_s_form_shows_its_gender():
    assert gender("ودعت") == "f" and gender("ويدعو") == "m" and gender("وبحث") is None


def test_a_subject_named_after_a_verb_with_its_object_pronoun_stands():
    """"وتصفها أنقرة": the verb carries its object, Ankara after it is its subject."""
    got = events("وهاجمت تركيا مواقع في شمال سوريا، وتصفها أنقرة بأنها تهديد لأمنها.")
    assert not any(a[0] == "SYR" and a[1] == "TUR" for _, a in got)


def test_the_subject_of_a_joined_verb_with_a_pronoun_object_is_no_side_of_the_first():
    """"انتقدت X سياسة Z وأيدتها Y": Y approves of the policy; X's act on Z stands, X
    criticises no Y, and no act has Y, the joined verb's subject, for its target."""
    for text, found, x, y in (("وانتقدت مصر سياسة إسرائيل وأيدتها تركيا.", ("ACCUSE", ["EGY", "ISR"]), "EGY", "TUR"),
                              ("وأيدت السويد خطة ألمانيا وعارضتها النرويج.", ("SUPPORT", ["SWE", "DEU"]), "SWE", "NOR"),
                              ("ورحبت البرازيل بمبادرة فرنسا ورفضتها الأرجنتين.", ("SUPPORT", ["BRA", "FRA"]), "BRA", "ARG"),
                              ("ورحبت كينيا باتفاق إثيوبيا وانتقدته أوغندا بشدة.", ("SUPPORT", ["KEN", "ETH"]), "KEN", "UGA")):
        got = events(text)
        assert found in got, (text, got)
        assert not [a for _, a in got if set(a) == {x, y} or a[-1] == y], (text, got)
