"""Whether a written word that reads as a proclitic + a one-word name is that name, or a
word of its own that merely begins with a proclitic's letter ("كنيس" a synagogue, no
ك + "نيس"; "فاطمة" a given name, no ف + "اطمة"; "باكرا" early, no ب + "اكرا").

Why counts: a name under a proclitic is written far less often than the name alone, and
how much less depends on the proclitic. News writes و، ب، ل before names often (and a rare
name may be written after و in a list as often as alone), but ك "like" and ف "so" seldom:
"فإيران" 13 times for 6,108 "إيران", "كداعش" 4 for 1,640 "داعش". A word under ك or ف that
news writes more than a RARE_CLITIC_SHARE-th as often as the name, or a word under ب or ل
that news writes more often than the name itself, is another word; so is a name news
writes seldom under ك or ف."""
from __future__ import annotations

from core.entities.tables import _word_counts

RARE_CLITICS = frozenset("كف")
BARE_CLITICS = frozenset("بل")
# The most a word under ك or ف may be written, against the name it would hide.
RARE_CLITIC_SHARE = 20
# How often news must write a name without the article for ك or ف before it to read as
# that name: they stand before names news writes often (a country likened to another:
# "كإيران"، "فروسيا"), and a rare name under them is mostly a word of its own ("كسبته"،
# "كبرن"، "فلايني"). Before the article they are ordinary ("فالفلوجة"، "كالمجر").
RARE_CLITIC_NAME_MIN = 30
ARTICLE = "ال"
# Below this count a written word says nothing of its own (a name's rare form).
WORD_MIN = 3
# Under ب or ل: how often news must write the word for it to be a word of its own.
BARE_WORD_MIN = 5


def proclitic_name_holds(given_names: frozenset[str], word: str, stem: str, dropped: int) -> bool:
    """Whether ``word`` (normalised) may read as the one-word name ``stem`` once its
    proclitic (``dropped`` letters, "لل" counted as ل) is cut."""
    counts = _word_counts()
    written, name = counts.get(word, 0), counts.get(stem, 0)
    prefix = set(word[:dropped])
    if prefix & RARE_CLITICS and name < RARE_CLITIC_NAME_MIN and not stem.startswith(ARTICLE):
        return False
    if written < WORD_MIN:
        return True
    if word in given_names and stem not in given_names and written >= name:
        return False  # "فاطمة", a person's given name
    if prefix & RARE_CLITICS and written * RARE_CLITIC_SHARE > name:
        return False
    return not (prefix <= BARE_CLITICS and written >= BARE_WORD_MIN and written > name)
