"""What a demand or a charge is about names no one who demands or charges
(core.events.demand_content; data/lexicons/demand_content.tsv); sentences written for the tests."""
from core import analyze


def events(text, published="2018-05-10"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_state_punished_in_a_call_does_not_call():
    """"ودعت فيه إلى معاقبة X على تمويلها Y": X is to be punished, it calls on no one."""
    got = events("وأصدرت الخارجية البحرينية بيانا أمس، ودعت فيه إلى معاقبة قطر على تمويلها جماعة الإخوان.")
    assert not [e for e in got if e[0] == "REQUEST" and e[1][0] == "QAT"]


def test_a_state_whose_failure_is_condemned_does_not_condemn():
    """"ونددت فيه بتقاعس X عن ...": X failed, it condemns no one."""
    got = events("وكانت الحكومة قد أصدرت بيانا، ونددت فيه بتقاعس إيران عن منع وصول أسلحتها إلى الحوثيين.")
    assert not [e for e in got if e[0] == "ACCUSE" and e[1][0] == "IRN"]


def test_a_state_to_be_held_to_account_makes_no_demand():
    """"يطالب فيها بمساءلة X عن دعمها Y": the letter's writer demands, not X."""
    got = events("وكتب الوزير رسالة إلى نظيره، يطالب فيها بمساءلة تركيا عن دعمها جبهة النصرة.")
    assert not [e for e in got if e[0] == "REQUEST" and e[1][0] == "TUR"]
