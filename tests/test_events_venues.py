"""Where a statement was posted is no side of it: "كتب X على تويتر أن ..." is no demand
on Twitter (core.events.speech_acts.venue_addressee, read by the frames of
core.events.roles). Sentences written for the tests."""
from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_platform_after_a_verb_of_writing_is_where_not_whom():
    got = events("وكتب وزير الخارجية الأمريكي على تويتر أن المحادثات تجري بشكل جيد.")
    assert not any("twitter" in actors for _, actors in got)


def test_a_demand_after_the_platform_still_stands():
    got = events("وكتب وزير الخارجية الأمريكي على تويتر أن على روسيا أن توقف دعمها للنظام.")
    assert ("REQUEST", ["USA", "RUS"]) in got
    assert not any("twitter" in actors for _, actors in got)


def test_a_demand_on_a_state_is_still_read():
    assert ("REQUEST", ["USA", "RUS"]) in events("وقال وزير الخارجية الأمريكي: على روسيا أن توقف دعمها للنظام فورا.")


def test_a_platform_after_a_page_or_a_verb_of_publishing_is_where_not_whom():
    """"ذكر" and "نشرت" are no verbs of saying: the page or the verb of publishing before
    "على" tells where the words stand (core.events.posted)."""
    for text in ("وذكر حزب الوفد على صفحته على فيسبوك أن الشرطة المصرية اعتقلت أحد قادته أمس.",
                 "وأظهرت لقطات مصورة نشرت على تويتر أن النيران تلتهم مبنى في مدينة ليستر البريطانية."):
        assert not any("facebook" in actors or "twitter" in actors for _, actors in events(text)), text


def test_a_demand_on_a_platform_still_stands():
    assert ("REQUEST", ["USA", "facebook"]) in events("وقال الوزير الأمريكي إن على فيسبوك أن تحذف الحسابات المزيفة.")


def test_a_platform_named_after_an_app_is_the_channel():
    got = events("وفي رسالة بثها عبر برنامج تليغرام أبدى استعداده للقتال في صفوف تنظيم داعش.")
    assert not any("telegram" in actors for _, actors in got)


def test_a_platform_after_a_verb_of_reporting_is_where_not_whom():
    for text in ("وذكرت شرطة نيويورك على تويتر أن اثنين من عناصرها أصيبا في إطلاق نار.",
                 "وأفادت السفارة الفرنسية في الجزائر على تويتر أن فرنسا ستواصل دعم الحوار."):
        assert not any("twitter" in actors for _, actors in events(text)), text
