"""A quotation that runs over several sentences (core.events.quotes): every sentence of
it is its speaker's, and so is a participle after its closing mark. Sentences written
for the tests."""
from core import analyze
from core.events import quotes


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_verb_of_we_in_a_later_sentence_of_the_quotation_is_the_speakers():
    """"قالت X: "... . وندعو Y إلى": X asks Y (the splitter cut the quotation)."""
    got = events('وقالت وزارة الخارجية الروسية في بيان: "إن الوضع خطير. وندعو الولايات المتحدة إلى وقف التصعيد".')
    assert ("REQUEST", ["RUS", "USA"]) in got


def test_a_participle_after_the_closing_mark_is_the_speakers():
    """"قال X: "... . إن Y تشاركنا القلق" متهما Z": X accuses Z, not Y."""
    got = events('وقال وزير الخارجية الفرنسي: "الوضع خطير. إن ألمانيا تشاركنا القلق" متهما إيطاليا بالتقصير.')
    assert ("ACCUSE", ["FRA", "ITA"]) in got
    assert ("ACCUSE", ["DEU", "ITA"]) not in got


def test_a_participle_after_a_quotation_the_model_cannot_reach_keeps_its_speaker():
    """The speaker named two sentences before still asks (the role model sees one back)."""
    got = events('وأضاف الرئيس التركي: "لن نسكت. هذه جريمة" مطالبا إسرائيل بوقف الهجمات.')
    assert ("REQUEST", ["TUR", "ISR"]) in got


def test_a_quotation_after_and_he_added_goes_on_with_the_speaker_before():
    """"وقالت X إن ... . وأضافت: "... . ونطالب Y": X asks Y."""
    got = events('وقالت وزارة الخارجية الروسية إن الوضع خطير. وأضافت: "لن نسكت. ونطالب الولايات المتحدة بوقف التصعيد".')
    assert ("REQUEST", ["RUS", "USA"]) in got


def test_a_quotation_with_no_verb_of_saying_has_no_known_speaker():
    """"وجاء في البيان: "...": the subject of the last event is not the quotation's speaker."""
    got = events('انتقدت روسيا بريطانيا بشدة. وجاء في البيان: "الوضع خطير. ونشيد بجهود الشرطة الفرنسية".')
    assert ("SUPPORT", ["RUS", "FRA"]) not in got


def test_a_final_na_is_an_object_not_we():
    """"إيران تهددنا وحزب الله": "us" is the object; the speaker threatens nobody."""
    got = events('وقال وزير الخارجية الإسرائيلي: "الوضع خطير. إيران تهددنا وحزب الله يوميا".')
    assert not [e for e in got if e[0] == "THREATEN" and e[1][0] == "ISR"]


def test_a_verb_of_we_asks_only_whom_it_names_next():
    """"وندعو للحفاظ على ... وفقا لقرار مجلس الأمن": the council is no addressee."""
    got = events('وقال وزير الخارجية المصري: "الوضع خطير. وندعو للحفاظ على وحدة البلاد وفقا لقرار مجلس الأمن".')
    assert ("REQUEST", ["EGY", "unsc"]) not in got


def test_a_place_after_the_participle_is_no_target():
    """"داعيا الدول الأعضاء في المنظمة": the organisation is where they sit."""
    got = events('وقال السفير البريطاني: "الوضع خطير. لا بد من التحرك" داعيا الدول الأعضاء في المنظمة الدولية للهجرة إلى التحرك.')
    assert not [e for e in got if e[0] == "REQUEST" and e[1][0] == "GBR"]


def test_a_quotation_ends_at_a_line_break():
    """An unbalanced mark does not carry its speaker into the next paragraph."""
    got = events('وقالت وزارة الخارجية الروسية في بيان: "الوضع خطير.\nوندعو الولايات المتحدة إلى وقف التصعيد".')
    assert ("REQUEST", ["RUS", "USA"]) not in got
