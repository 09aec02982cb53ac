"""An envoy's remit: the country an envoy's title names is what he deals with, no side.

"مبعوث الولايات المتحدة الخاص بسوريا"، "المبعوث الأممي إلى اليمن"، "المنسق الأوروبي لسوريا":
the country after the title is the envoy's brief, and it is neither the one who meets him
nor the one he speaks for. Left among the actors, it stands beside the trigger as a likely
side: the role model pairs it, and a filter after the model can only drop the event
("التقى لافروف مبعوث الولايات المتحدة الخاص بسوريا" made none), so such mentions are
no actors of their sentence at all and the model chooses among the others.

The constructions, with their words as data (topic_cues.tsv): after a word of kind
``envoy`` (the title), the country introduced by a word of kind ``remit`` ("لشؤون اليمن";
"الخاص بسوريا", with ب), by إلى or by a proclitic ل, the
title being definite ("المبعوث") or followed by definite words only ("مبعوث الأمم
المتحدة"، "المبعوث الأممي الخاص"): "أرسلت مبعوثا إلى سوريا" and "مبعوث خاص إلى سوريا"
send someone there, and the country is a side of that; so is it when the envoy is the
subject of the verb right before his title (kinds ``envoy_verb``, ``call``, ``charge``,
``warn``): "وصل المبعوث الأممي إلى سوريا" goes there, "دعا مبعوث الأمم المتحدة إلى العراق
إلى الهدوء" addresses the country. A remit word after no envoy ("التحقيقات
الخاصة بروسيا"، "الأمين العام المساعد لشؤون فلسطين") is left to the filters after the model.

The post of a speaking envoy: in "انتقد المندوب الروسي، سفير موسكو لدى الأمم المتحدة،
الضربات" or "ودعت السفيرة الأمريكية لدى الأمم المتحدة إلى" the body or country after لدى
is where the envoy, the act's subject, serves: no side of his statement (no_post_sides,
applied after the model; an envoy's own expulsion or summons, "استدعاء السفير الروسي لدى
لندن", reads it by the word-order rules).
"""
from __future__ import annotations


from core import prepared
from core.events.named_only import named_only, without_sides
from core.events.triggers import ENVOY_WORDS
from core.text import normalize_for_match, without_conjunction

TITLE_REACH = 6  # words from an envoy's title to the إلى of his remit ("مبعوث الأمين العام للأمم المتحدة إلى")
TO = ("الي", "إلى")  # normalised and as written
ACTING = ("envoy_verb", "call", "charge", "warn")  # kinds of the verbs an envoy is the subject of before his title
STATE_KINDS = ("COUNTRY", "STATE>", "ADJ")
POST = "لدي"  # لدى, normalised: "السفير الروسي لدى الأمم المتحدة"
# the titles of an envoy posted somewhere, normalised ("السفيرة"، "المندوب"، "ممثل")
POST_TITLES = frozenset(normalize_for_match(w) for w in (*(w for w in ENVOY_WORDS if " " not in w), "مندوب", "المندوب",
                                                         "مندوبة", "المندوبة", "ممثل", "الممثل", "ممثلة", "الممثلة"))
SPEAKER_GAP = 4  # words from an act to its subject's title ("انتقد المندوب الروسي، سفير موسكو لدى")
POST_GAP = 3  # words from the title to its لدى ("السفير الأمريكي السابق لدى")  # a remit is a country; "للأمم المتحدة" after a title is his employer


@prepared.table()
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(remit words, envoy titles, verbs whose subject the envoy is), normalised, from topic_cues.tsv."""
    from core.events.filters import topic_cues

    cues = topic_cues()
    return tuple(frozenset(w for w, k in cues.items() if k in kinds)
                 for kinds in (("remit",), ("envoy",), ACTING))


_bare = without_conjunction


def _definite(w: str) -> bool:
    return _bare(w).startswith("ال") or w.startswith("لل")


def is_remit(norms: list[str], a, proclitic: str = "") -> bool:
    """Whether the actor mention ``a`` (token range a.i, a.j) names an envoy's remit;
    ``proclitic``: the letters written on its first token before the name ("ل" of
    "لسوريا")."""
    remit, titles, acting = _cues()
    k = a.i
    if k < 2 or not a.kind.startswith(STATE_KINDS):
        return False  # "منسق الشؤون الإنسانية للأمم المتحدة": the body he works for
    before = _bare(norms[k - 1])
    if before in remit:
        # "المبعوث الخاص بسوريا"، "المبعوث الأمريكي لشؤون اليمن"; "الخاص" without ب describes
        # ("المحقق الخاص الأمريكي"); after no envoy, what a thing or an office concerns is
        # left to the filters after the model (no_side_mentions._cited)
        return (not before.startswith("ال") or proclitic.endswith("ب")) and _titled(norms, k - 2, titles, acting)
    if norms[k - 1] in TO:
        return _titled(norms, k - 2, titles, acting)  # "المبعوث الأممي إلى اليمن"
    return proclitic.endswith("ل") and _titled(norms, k - 1, titles, acting)  # "المبعوث الأممي لليمن"


def _titled(norms: list[str], last: int, titles: frozenset[str], acting: frozenset[str]) -> bool:
    """Whether an envoy's title ends at token ``last``: the title word, definite or followed
    by definite words only, within TITLE_REACH words, after no verb the envoy is the subject of."""
    for m in range(last, max(last - TITLE_REACH, -1), -1):
        w = _bare(norms[m])
        if w in titles or w[2:] in titles and w.startswith("ال"):
            if m > 0 and _bare(norms[m - 1]) in acting:
                return False  # "وصل المبعوث الأممي إلى سوريا"، "دعا مبعوث الأمم المتحدة إلى العراق إلى": he acts
            return w.startswith("ال") or m < last
        if not _definite(norms[m]):
            return False  # "أرسلت مبعوثا خاصا إلى": an indefinite word ends the title
    return False


def without_remits(actors: list, norms: list[str], toks, original: str) -> list:
    """The actor mentions that name no envoy's remit."""
    return [a for a in actors
            if a.i >= len(toks)  # a flag emoji names a state where no word stands
            or not is_remit(norms, a, original[toks[a.i].start:a.start] if a.start > toks[a.i].start else "")]


def _posts(doc, st, h) -> set[int]:
    """The first tokens of the actors named right after the لدى of an envoy's title that
    stands within SPEAKER_GAP words after the verb, as its subject."""
    norms, out = doc.norms, set()
    for k in range(h.j, min(h.j + SPEAKER_GAP, st.tj)):
        if _bare(norms[k]) in POST_TITLES:
            out.update(p + 1 for p in range(k + 1, min(k + 1 + POST_GAP, st.tj - 1)) if norms[p] == POST)
    return out


def no_post_sides(doc, st, h, pairs: list) -> list:
    """The pairs of an envoy's act ("دعت السفيرة الأمريكية لدى الأمم المتحدة") none of whose
    sides the sentence names only as where the envoy serves."""
    if not pairs or not h.verbal or h.form.envoy:
        return pairs
    return _no_post_sides(doc, st, h, pairs)


def _no_post_sides(doc, st, h, pairs: list) -> list:
    """no_post_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    posts = _posts(doc, st, h)
    if not posts:
        return pairs
    return without_sides(pairs, named_only(st.actors, lambda a: a.i in posts))
