"""Names of God inside people's names: only the second half of one unit ("عبد الله"،
"نصر الله"، "روح الله"), never alone or after a verb ("أطال الله"، "رحمه الله"). The
tagger's spans are cut here; the title rule, the aliases and the name words ask
``tables._god_unit`` (through ``person_names._second_half``) themselves."""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.tables import _GOD_NAMES, _god_name, _god_unit
from core.text import normalize_for_match


def _god_units(ctx: _Context) -> None:
    """A name of God is in a person's name only as the second half of one unit ("عبد
    الله"، "نصر الله"، "روح الله"): where the tagger reads a person over one after any
    other word ("أطال الله"، "حفظه الله"، "إن الله كريم") the name stops before that
    word; after the title "آية الله" it starts again ("آية الله روح الله الخميني")."""
    norms, given = ctx.norms, ctx.lex.given_names
    if ctx.word_set().isdisjoint(_GOD_NAMES):
        return
    out = []
    for a, b, typ in ctx.tagged:
        if typ == "PER":
            start = a
            for k in range(a, min(b, len(norms))):
                if _god_name(norms[k]) and not (k > start and _god_unit(norms[k - 1], norms[k], given, ctx.surface(k - 1))):
                    if k - 1 > start:
                        out.append((start, k - 1, typ))
                    start = k + 1 if k > 0 and norms[k - 1] == _SIGN else b
                    if start == b:
                        break
            if start < b:
                out.append((start, b, typ))
            continue
        out.append((a, b, typ))
    ctx.tagged = out


_SIGN = normalize_for_match("آية")  # "آية الله": a title
