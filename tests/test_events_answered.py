"""Act nouns a side answers (core.events.claims): the genitive of "دعوة X"، "طلب X"،
"تهديدات X"، "اتهامات X" is the noun's author, and the side that rejects, ignores or
answers it is whom it was addressed to. Sentences written for the tests."""
from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_an_ignored_call_is_the_callers():
    """"تجاهلت تركيا دعوة إيران": Iran calls on Turkey, Turkey rejects Iran's call."""
    got = events("تجاهلت تركيا يوم الثلاثاء دعوة إيران إلى الحوار بشأن الملف الحدودي.")
    assert ("REQUEST", ["IRN", "TUR"]) in got and ("REQUEST", ["TUR", "IRN"]) not in got
    assert ("REJECT", ["TUR", "IRN"]) in got


def test_a_rejected_request_is_the_titled_author_s():
    """"طلب وزير الخارجية التركي": the minister's title stands between the noun and Turkey."""
    got = events("ورفضت الحكومة العراقية طلب وزير الخارجية التركي بفتح قنصلية في الموصل.")
    assert ("REQUEST", ["TUR", "IRQ"]) in got and ("REQUEST", ["IRQ", "TUR"]) not in got


def test_threats_answered_are_the_threatener_s():
    """"رد X على تهديدات طهران": Iran threatens, X answers."""
    got = events("ورد الرئيس الأمريكي على تهديدات طهران بإغلاق المضيق.")
    assert ("THREATEN", ["IRN", "USA"]) in got and ("THREATEN", ["USA", "IRN"]) not in got


def test_accusations_answered_are_the_accuser_s():
    """"ردت واشنطن على اتهامات بكين لها": Beijing accuses Washington."""
    got = events("وردت واشنطن على اتهامات بكين لها بالتدخل في شؤونها الداخلية.")
    assert ("ACCUSE", ["CHN", "USA"]) in got and ("ACCUSE", ["USA", "CHN"]) not in got


def test_an_accusation_agreed_with_is_joined_not_answered():
    """"وافقت فرنسا على اتهام روسيا": France joins the accusation, Russia is accused."""
    got = events("ووافقت فرنسا على اتهام روسيا وأقرت بأنه لا تفسير آخر لما جرى.")
    assert ("ACCUSE", ["RUS", "FRA"]) not in got


def test_an_answer_made_by_a_call_is_the_answerer_s_own_call():
    """"وردت اليونان بدعوة القنصل التركي إلى المغادرة": Greece's call, made as its answer."""
    got = events("وردت اليونان بدعوة القنصل العام التركي إلى مغادرة البلاد.")
    assert ("REQUEST", ["TUR", "GRC"]) not in got
