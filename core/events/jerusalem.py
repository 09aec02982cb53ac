"""Who an embassy moved to Jerusalem, or Jerusalem recognised as Israel's capital, acts
on: "نقل السفارة الأمريكية إلى القدس" and "اعترافه بالقدس عاصمة لإسرائيل" are the
mover's backing of Israel (SCHEMA.md: recognising a claim is SUPPORT; the gold codes
them USA → ISR). The Palestinians, whom such news names all around, are no side of
the act: a pair aimed at Palestine aims at Israel, and Palestine moves no embassy there.
"""
from __future__ import annotations

from core.text import clitic_variants

PALESTINE, ISRAEL = "PSE", "ISR"
JERUSALEM = "القدس"
MOVES = frozenset({"نقل", "افتتاح"})  # a move or an opening whose object is an embassy
RECOGNISES = ("اعتراف", "اعترف")  # "اعترافه بالقدس عاصمة لإسرائيل"
EMBASSY = ("سفار", "السفار")  # "السفارة"، "سفارتها"، "سفارات"
CAPITAL = "عاصمه"
ISRAEL_WORD = "اسرائيل"  # normalised spelling: "لإسرائيل"، "إسرائيل"
REACH = 8  # words from the trigger to "القدس" (and "عاصمة لإسرائيل") it is about


def _stems(word: str) -> set[str]:
    return {stem for stem, _ in clitic_variants(word)} | {word}


def embassy_word(word: str) -> bool:
    """Whether a normalised word is an embassy word, through its proclitics."""
    return any(s.startswith(EMBASSY) for s in _stems(word))


def about_jerusalem(norms: list[str], h) -> bool:
    """The trigger moves or opens an embassy, or recognises Jerusalem as Israel's
    capital, and names Jerusalem within reach."""
    after = norms[h.i + 1:h.j + REACH]
    if not any(JERUSALEM in _stems(w) for w in norms[max(h.i - REACH, 0):h.j + REACH]):  # "ونقل السفارة إليها"
        return False
    word = _stems(norms[h.i])
    if word & MOVES:
        return h.i + 1 < len(norms) and embassy_word(norms[h.i + 1])
    if any(s.startswith(RECOGNISES) for s in word):
        k = next((k for k, w in enumerate(after) if CAPITAL in _stems(w)), None)  # the first capital named
        return k is not None and k + 1 < len(after) and ISRAEL_WORD in after[k + 1]  # not "عاصمة لفلسطين ... لإسرائيل"
    return False


def israel_not_palestine(doc, h, pairs: list) -> list:
    """The pairs of an embassy move to Jerusalem or a recognition of it as Israel's
    capital with Palestine no side: as the target it is Israel (unless Israel acts),
    as the source the pair is dropped; Israel, the one backed, is read as the target."""
    if h.form.type != "SUPPORT" or not any(PALESTINE in p or ISRAEL in p[:1] for p, _ in pairs) or not about_jerusalem(doc.norms, h):
        return pairs
    out = []
    for p, d in pairs:
        if d and len(p) == 2 and p[0] == ISRAEL and p[1] != PALESTINE:
            p = type(p)(p[::-1])  # "ونقل السفارة الأمريكية إليها": the USA backs Israel
        if PALESTINE in p:
            if not d or len(p) != 2 or p[0] in (PALESTINE, ISRAEL):
                continue
            p = type(p)([p[0], ISRAEL])
        if (p, d) not in out:
            out.append((p, d))
    return out
