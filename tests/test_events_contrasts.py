"""A side named only as the subject of a clause of contrast is no side of the act before it
(core.events.contrasts); sentences written for the tests."""
from core import analyze


def events(text, published="2018-05-10"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_the_subject_of_a_contrast_after_but_is_not_asked():
    got = events("ودعت روسيا وألمانيا وفرنسا البلدين إلى ضبط النفس، لكن الولايات المتحدة قالت إن إيران تتحمل المسؤولية.")
    assert not [e for e in got if e[0] == "REQUEST" and e[1][-1] == "USA"]


def test_the_subject_of_a_contrast_after_fima_is_not_rejected():
    got = events("وامتنعت الصين وكازاخستان عن التصويت، فيما صوتت بوليفيا ضد مشروع القرار.")
    assert not [e for e in got if e[0] == "REJECT" and e[1][-1] == "BOL"]


def test_a_side_further_in_the_contrast_stays():
    got = events("وقالت الخارجية الروسية إنها وقعت اتفاقا مع الصين، لكن تنفيذه تأخر بسبب خلافات مع بكين.")
    assert not [e for e in got if "CHN" not in e[1] and e[0] == "SUPPORT"]


def test_a_denial_answers_the_accuser_a_contrast_names():
    got = events("ونفت الحكومة السورية استخدام أسلحة كيمياوية، ولكن خبراء الأمم المتحدة على ثقة أنها استخدمتها.")
    assert [e for e in got if e[0] == "REJECT" and e[1] == ["SYR", "un"]] or not [e for e in got if e[0] == "REJECT"]


def test_regarding_is_no_contrast():
    got = events("وبحث الوزيران العلاقات الثنائية، فيما يتعلق بالتعاون بين مصر والسعودية.")
    assert [e for e in got if set(e[1]) == {"EGY", "SAU"}]


def test_the_side_that_retaliates_in_a_contrast_was_hit():
    # "فيما ردت حماس": who retaliates is the target of the act before
    got = events("أطلقت إسرائيل صواريخ على مواقع في القطاع، فيما ردت حماس بإطلاق قذائف.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1] == ["ISR", "hamas"]]
    got = events("قصفت القوات التركية مواقع كردية، فيما ردت وحدات حماية الشعب بقصف مدينة تركية.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1] == ["TUR", "ypg"]]


def test_a_side_that_answers_in_words_where_the_act_named_whom_it_hit_is_not_hit():
    got = events("قصفت الطائرات الإسرائيلية مواقع في غزة، فيما ردت مصر بإدانة الهجوم.")
    assert not [e for e in got if e[0] == "ASSAULT" and e[1][-1] == "EGY"]
