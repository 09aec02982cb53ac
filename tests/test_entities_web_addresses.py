"""A link's host is no mention of the body it belongs to (core.entities.rules)."""
from core import analyze


def mentions(text: str) -> list[str]:
    return [m.text for e in analyze(text, "2023-01-17").entities for m in e.mentions]


def test_a_host_inside_a_link_names_no_one():
    """A tweet's link at the end of an article ("pic.twitter.com/...") made Twitter an
    organisation of the article, and once an actor of its events."""
    assert mentions("ونشرت الوزارة صور الاجتماع. pic.twitter.com/ab12Cd") == []
    assert mentions("للمزيد: twitter.com/qwerty") == []


def test_the_same_name_in_a_sentence_is_still_read():
    assert mentions("ونشر الوزير الخبر على twitter أمس.") == ["twitter"]


def test_a_name_before_a_missing_space_or_after_a_slash_is_read():
    assert mentions("وقالت شبكة CNN.وأضافت أن الوضع صعب.") == ["CNN"]
    assert "Reuters" in mentions("وذكرت وكالة رويترز/Reuters أن الوضع صعب.")
