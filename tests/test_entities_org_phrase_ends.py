"""Where an organisation head's phrase is no name: an adverb in quotes, an indefinite
nisba adjective, a number counting the body's members."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def orgs(text):
    nt = normalize_with_offsets(text)
    return sorted(m.text for e in find_entities(nt, tokenize(nt)) if e.type == "ORG" for m in e.mentions)


def test_a_quote_opened_by_an_adverb_after_a_head_is_no_name():
    assert orgs('وطالب البيان بانسحاب القوات "فورا ودون تأخير" من البلدة.') == []


def test_a_quoted_movement_opened_by_a_pronoun_is_still_named():
    assert orgs('وانتشرت حركة "أنا هنا" في الجامعات.') == ["أنا هنا"]


def test_an_indefinite_nisba_after_an_indefinite_head_names_nothing():
    assert orgs("وقال إن الشعب اختار العيش في اتحاد طوعي مع جيرانه.") == []


def test_a_definite_number_ends_the_bodys_phrase():
    assert "المجلس الخمسة" not in orgs("ووافق أعضاء المجلس الخمسة عشر على المشروع.")


def test_a_foreign_name_after_a_head_is_still_the_organisation():
    assert orgs("وقالت وكالة سبوتنيك إن الطائرة هبطت بسلام.") == ["وكالة سبوتنيك"]


def test_a_function_word_after_a_head_ends_the_phrase():
    assert orgs("وأرسل الملك سفارة على عجل إلى جاره الشمالي.") == []


def test_a_past_verb_after_an_indefinite_head_is_no_name():
    assert orgs("وقال إن برلمان انتخبت أعضاءه الأحزاب كلها سيجتمع غدا.") == []


def test_an_accusative_after_a_head_is_no_name():
    assert orgs("وسجلت أسهم ثلاثين شركة ارتفاعا في جلسة الأحد.") == []


def test_a_settlement_after_a_head_names_no_body():
    assert orgs("وقررت بلدية المدينة إغلاق السوق القديم، ونظرت محكمة المنطقة في الدعوى.") == []


def test_a_settlement_in_a_longer_name_keeps_the_body():
    assert orgs("وقال مجلس المدينة المحلي إن الطرق أغلقت.") == ["مجلس المدينة المحلي"]


def test_the_internet_is_no_network_of_news():
    assert orgs("ونشر الفريق صور المباراة على شبكة الإنترنت مساء الجمعة.") == []


def test_a_named_network_is_still_one():
    assert orgs("وقال لشبكة فوكس نيوز إن المفاوضات انتهت.") == ["شبكة فوكس نيوز"]


def test_a_purpose_right_after_a_one_word_head_is_no_field():
    assert orgs("وتوجه المحامي إلى المحكمة للحصول على نسخة من الحكم.") == []


def test_a_field_after_the_bodys_own_words_stays_in_its_name():
    assert orgs("وقالت الهيئة العامة للاستثمار إن الطلبات زادت.") == ["الهيئة العامة للاستثمار"]


def test_a_club_or_college_named_for_the_police_is_one_body():
    text = "وتعادل نادي الشرطة العراقي مع ضيفه، وتخرج اللاعب في كلية الشرطة قبل عامين."
    assert orgs(text) == ["كلية الشرطة", "نادي الشرطة العراقي"]


def test_a_head_before_a_named_force_leaves_the_force_its_name():
    assert orgs("وقال مكتب الرئاسة إن الموعد تأجل.") == []


def test_a_national_security_council_is_no_un_body():
    nt = normalize_with_offsets("واجتمع مجلس الأمن القومي التركي، ثم صوت مجلس الأمن الدولي على القرار.")
    found = {e.id: [m.text for m in e.mentions] for e in find_entities(nt, tokenize(nt)) if e.type == "ORG"}
    assert found.get("unsc") == ["مجلس الأمن الدولي"]


def test_a_feminine_adjective_after_a_masculine_head_describes_another_noun():
    assert orgs("وتهدف الخطوة إلى دعم خطط البنك التنموية في المنطقة.") == []
    assert orgs("وتوقع البنك الدولي تباطؤ النمو هذا العام.") == ["البنك الدولي"]


def test_a_feminine_noun_after_a_definite_masculine_head_is_the_verbs_object():
    assert orgs("ولم يحدد المرصد الجهة التي نفذت القصف على البلدة.") == []


def test_a_masculine_plural_nisba_after_a_singular_head_is_the_verbs_object():
    assert orgs("وتستدعي المحكمة الصحفيين للإدلاء بشهاداتهم في القضية.") == []


def test_a_feminine_name_after_an_indefinite_masculine_head_stays_its_name():
    assert orgs('وقال الوزير لتلفزيون العربية إن المفاوضات مستمرة.') == ["تلفزيون العربية"]
