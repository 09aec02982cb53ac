"""An approval of a sale is no agreement between seller and buyer. "وافقت الخارجية
الأمريكية على صفقة بيع أسلحة للمغرب": the United States approves its own sale (a
transfer of arms, told by the sale's own trigger), it agrees nothing with Morocco; the
AGREE pairs of an approval whose object is a sale or a deal (construction_cues.tsv, kind
sale) are dropped.
"""
from __future__ import annotations

from core.events import constructions

SALE_REACH = 5  # words from the approval to the sale ("وافق الكونغرس الأمريكي على صفقة"، "موافقته على بيع")
APPROVALS = ("وافق", "موافق")  # the approval's stems; other AGREE words ("اتفق"، "وقع") are the deal itself


def no_approved_sales(doc, st, h, pairs: list) -> list:
    """The pairs of an AGREE trigger of approving that do not approve a sale."""
    if h.form.type != "AGREE" or not pairs:
        return pairs
    norms = doc.norms
    if not any(s in norms[h.i][:8] for s in APPROVALS):  # "ووافقت"، "بموافقته"
        return pairs
    for k in range(h.j, min(st.tj, h.j + SALE_REACH)):
        w = norms[k]
        if constructions.kind(w) == "sale" or w[:1] in "بل" and constructions.kind(w[1:]) == "sale":
            return []
    return pairs
