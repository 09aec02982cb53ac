"""An approval of a sale is no agreement between seller and buyer. "وافقت الخارجية
الأمريكية على بيع أسلحة للمغرب": the United States approves its own sale (a transfer of
arms, told by the sale's own trigger), it agrees nothing with Morocco; the AGREE pairs of
an approval whose object is a sale or purchase (construction_cues.tsv, kind sale), or a
deal (kind deal) that a sale or arms word (kinds sale, arms) follows right after ("صفقة
بيع"، "صفقة أسلحة"), are dropped. Any other deal is agreed with someone ("وافقت X على
صفقة مع Y لتبادل السجناء"، "صفقة التهدئة"), and a side named after "مع" is the other
party of the approval, whatever it approves: its pairs stay.
"""
from __future__ import annotations

from core.events import constructions

SALE_REACH = 5  # words from the approval to the sale ("وافق الكونغرس الأمريكي على صفقة"، "موافقته على بيع")
DEAL_OBJECT_REACH = 2  # words from a deal to the sale or arms that make it a sale ("صفقة بيع"، "صفقة لبيع أسلحة")
APPROVALS = ("وافق", "موافق")  # the approval's stems; other AGREE words ("اتفق"، "وقع") are the deal itself
WITH = "مع"
WITH_REACH = 2  # words from "مع" to the side it names ("مع الجانب التركي")


def _sale_at(norms: list[str], k: int, end: int) -> bool:
    """Word k names a sale: a sale or purchase, or a deal of one or of arms."""
    if norms[k] in constructions.written("sale"):
        return True
    if norms[k] not in constructions.written("deal"):
        return False
    sold = constructions.written("sale") | constructions.written("arms")
    return any(norms[m] in sold for m in range(k + 1, min(end, k + 1 + DEAL_OBJECT_REACH)))


def no_approved_sales(doc, st, h, pairs: list) -> list:
    """The pairs of an AGREE trigger of approving that do not approve a sale, or that
    have a side named after "مع"."""
    if h.form.type != "AGREE" or not pairs:
        return pairs
    return _no_approved_sales(doc, st, h, pairs)


def _no_approved_sales(doc, st, h, pairs: list) -> list:
    """no_approved_sales past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    norms = doc.norms
    if not any(s in norms[h.i][:8] for s in APPROVALS):  # "ووافقت"، "بموافقته"
        return pairs
    if not any(_sale_at(norms, k, st.tj) for k in range(h.j, min(st.tj, h.j + SALE_REACH))):
        return pairs
    partners = {a.actor for a in st.actors if a.i > h.i and WITH in norms[max(h.j, a.i - WITH_REACH):a.i]}
    return [(p, d) for p, d in pairs if not partners.isdisjoint(p)]
