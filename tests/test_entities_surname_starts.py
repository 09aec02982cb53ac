"""A name that starts with the family name of another person of the article is that
person's bare repeat; the words after it are their own person (core.entities.surname_starts)."""
from core import analyze


def people(text: str) -> list[tuple[str, list[str]]]:
    return [(e.name_ar, [m.text for m in e.mentions]) for e in analyze(text, "2018-05-01").entities
            if e.type == "PERSON"]


def test_a_family_name_repeat_before_another_persons_name_is_two_people():
    text = ("وأخرج المخرج التشيكي ميلان هوراك أفلاما كثيرة. "
            "وبعد عامين اختار هوراك جيم هادسون لبطولة فيلمه الأخير.")
    names = [name for name, _ in people(text)]
    assert "جيم هادسون" in names
    assert not any("هوراك جيم" in name for name in names)


def test_a_given_name_that_is_also_a_family_name_still_starts_a_name():
    """"سلمان" ends "محمد بن سلمان" and starts "سلمان بن عبد العزيز"."""
    text = "والتقى الأمير محمد بن سلمان بالوفد. وكان الملك سلمان بن عبد العزيز قد استقبله."
    names = [name for name, _ in people(text)]
    assert "سلمان بن عبد العزيز" in names


def test_a_family_name_before_no_given_name_is_another_persons_first_name():
    """"كارتر بيج" beside "جيمي كارتر": no given name follows "كارتر", so the name is whole."""
    text = ("وقال الرئيس الأسبق جيمي كارتر إن التصويت جرى بهدوء. "
            "ومن جهة أخرى، نفى المستشار كارتر بيج أي لقاء مع دبلوماسيين روس.")
    names = [name for name, _ in people(text)]
    assert "كارتر بيج" in names
