"""Trigger forms added to the event lexicons: each fires with its type (sentences written for the tests)."""
import pytest

from core.events import _find_triggers, _retype, _word_readings, load_triggers
from core.lexicon import load_lexicon
from core.text import normalize_with_offsets, token_norms, tokenize


def triggers(text):
    trig, lex = load_triggers(), load_lexicon()
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    norms = token_norms(toks)
    hits = _retype(_find_triggers(nt, toks, norms, trig, _word_readings(norms, trig, lex)), toks, nt)
    return [(text[h.start:h.end], h.form.type) for h in hits]


@pytest.mark.parametrize("text, expected", [
    # a noun of standing by someone, with the one who stands written in between
    ("وأكد الوزير وقوف حكومته إلى جانب الأردن.", ("وقوف", "SUPPORT")),
    ("وجدد الرئيس وقوف بلاده مع لبنان.", ("وقوف", "SUPPORT")),
    # defending a state in words
    ("ودافعت كندا عن قرار اليابان.", ("دافعت", "SUPPORT")),
    # fears and concern shown or expressed
    ("وأعربت النمسا عن مخاوفها من التصعيد.", ("أعربت", "ACCUSE")),
    ("وأبدت السويد قلقها من المناورات.", ("أبدت", "ACCUSE")),
    # offers and promises told without an agreement noun
    ("وعرضت النمسا على سلوفاكيا استضافة المحادثات.", ("عرضت", "AGREE")),
    ("وقال إن فنلندا مستعدة لمساعدة إستونيا.", ("مستعدة", "AGREE")),
    ("وأكد أن بلاده ملتزمة بالعمل مع لاتفيا.", ("ملتزمة", "AGREE")),
    ("وقال الوزير إننا نتطلع إلى شراكة أوسع مع تشيلي.", ("نتطلع إلى", "AGREE")),
    # feminine plural protest verbs
    ("وكانت العاملات يتظاهرن ضد حكومة بيرو.", ("يتظاهرن", "PROTEST")),
    # a sentence to prison or death told with the verbal noun in construct
    ("وقضت محكمة في ليما بسجن صحفيين سبع سنوات.", ("قضت", "COERCE")),
    # preparing an offensive is a move short of force
    ("وقال إن قوات بوليفيا تستعد لهجوم على المدينة.", ("تستعد", "MOBILIZE")),
    # working together
    ("وقالت الدول الثلاث إنها ستواصل العمل معا ومع كندا.", ("العمل معا", "COOPERATE")),
    # affirming one's commitment is a promise
    ("وأكدت بيرو التزامها بالاتفاق مع تشيلي.", ("أكدت", "AGREE")),
    # valuing a side's role or effort (ثمّن), with the one who values written in between
    ("وثمن وزير الخارجية النرويجي جهود الدنمارك في الوساطة.", ("ثمن", "SUPPORT")),
    ("وقالت هولندا في بيان، مثمنة جهود بلجيكا.", ("مثمنة", "SUPPORT")),
    # raising or doubling aid
    ("وقال الوزير: رفعنا حجم المساعدات لهايتي.", ("رفعنا", "AID")),
    ("وضاعفت السويد مساعداتها لكينيا.", ("ضاعفت", "AID")),
    # stances expressed with أعرب/عبر عن beyond concern, regret and rejection
    ("وأعربت النرويج عن امتعاضها من قرار البرازيل.", ("أعربت", "ACCUSE")),
    ("وعبر الوزير عن سخطه من تصريحات نظيره.", ("عبر", "ACCUSE")),
    ("وأعربت كندا عن خشيتها من انهيار الهدنة.", ("أعربت", "ACCUSE")),
    ("وأعرب الوزير عن اعتراض بلاده على خطة بيرو.", ("أعرب", "REJECT")),
    ("وعبر الرئيس عن إعجابه بتجربة سنغافورة.", ("عبر", "SUPPORT")),
    # suspecting, with بـ where the listed phrases have في
    ("وتشتبه أوروغواي بأن باراغواي سربت الوثائق.", ("تشتبه", "ACCUSE")),
    ("ويشتبهون بتورط ضباط من غواتيمالا.", ("يشتبهون بتورط", "ACCUSE")),
    # standing by a side, with the subject between the verb and إلى جانب
    ("ووقفت أرمينيا إلى جانب جورجيا في النزاع.", ("وقفت", "SUPPORT")),
    ("وقال إن ألبانيا تقف دائما إلى جانب مقدونيا.", ("تقف", "SUPPORT")),
    # an expectation or a hope addressed to another side: what it is asked to do
    ("وقالت كندا إنها تتوقع من المكسيك دعم الخطة.", ("تتوقع من", "REQUEST")),
    ("وقال الوزير: نأمل من حكومة الإكوادور الإفراج عن البحارة.", ("نأمل من", "REQUEST")),
])
def test_added_trigger_fires_with_its_type(text, expected):
    assert expected in triggers(text)


def test_defence_ministry_is_no_defending():
    """"وزارة الدفاع" names a body: no verb of defending, whatever follows."""
    assert triggers("وقالت وزارة الدفاع عن طريق المتحدث إن ...") == []


def test_a_price_is_no_praise():
    """"ثمن" and "ثمنا" alone are mostly a price ("دفعت ثمنا باهظا"): no praise."""
    assert [t for t in triggers("ودفعت المدينة ثمن الحرب وحدها.") if t[1] == "SUPPORT"] == []
    # "دور ثمن النهائي" is a round of sixteen
    assert [t for t in triggers("وتأهل الفريق إلى دور ثمن النهائي (دور الـ16) بعد فوزه.") if t[1] == "SUPPORT"] == []


def test_aid_that_grows_of_itself_is_given_by_no_one():
    """"تضاعف حجم المساعدات" (intransitive: it doubled) tells no one gave more."""
    assert [t for t in triggers("وتضاعف حجم المساعدات خلال العام.") if t[1] == "AID" and "تضاعف" in t[0]] == []


def test_a_hope_from_the_heart_or_through_a_means_asks_no_one():
    """"يأمل من أعماق قلبه أن ..." hopes from the bottom of the heart, "تأمل من خلال الزيارة"
    through a means: the من of the phrase "نأمل من X" names no side asked."""
    from core import analyze
    for text in ("وقال رئيس غانا إنه يأمل من أعماق قلبه أن تنجح القمة مع توغو.",
                 "وقال الرئيس البنمي إن بلاده تأمل من خلال هذه الزيارة تعزيز التعاون مع فرنسا."):
        assert [e for e in analyze(text).events if e.type == "REQUEST"] == [], text


def test_a_passive_suspicion_accuses_no_one():
    """"يشتبه بأنه" is mostly the passive (يُشتبه), which describes ("مواقع يشتبه بأنها
    ..."): no accusation without the phrase's في."""
    assert [t for t in triggers("وقصفت الطائرات مواقع يشتبه بأنها مخازن أسلحة.") if t[1] == "ACCUSE"] == []


def test_standing_still_is_no_stand():
    """"وقف" is also a halt: a ceasefire besides another act stays a ceasefire."""
    assert ("وقف إطلاق النار", "RETREAT") in triggers("وأعلن وقف إطلاق النار إلى جانب انسحاب القوات.")
    assert [t for t in triggers("وأعلن وقف إطلاق النار إلى جانب انسحاب القوات.") if t[1] == "SUPPORT"] == []


def test_a_protest_expressed_is_no_accusation():
    """"عبروا عن احتجاجهم" is how protesters' own protest is told (PROTEST, read from the
    noun), not one side's protest lodged with another."""
    assert ("عبر", "ACCUSE") not in triggers("وعبر المحتجون عن احتجاجهم على زيارة الرئيس.")
    assert ("تعبر", "ACCUSE") not in triggers("وخرج آلاف في مسيرة تعبر عن احتجاجهم على السياسات.")
