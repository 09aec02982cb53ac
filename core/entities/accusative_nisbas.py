"""A country name written as the accusative of its own nisba after a person in the accusative.

Many country names end as their nisba does in the indefinite accusative ("بلغاريا"،
"روسيا"، "سوريا"، "تركيا"): "اعتقلت الشرطة رجلا بلغاريا" arrests a Bulgarian man, it names
no Bulgaria. Read as the country, the word made a COUNTRY entity and, for the events, the
man's state a side of what befalls him (a private person's nationality names no state:
SCHEMA.md). So a one-word country right after an indefinite accusative noun of a person
(accusative_persons.tsv: "رجلا"، "مواطنا"، "صحفيا"), with no pause between, whose word
less its final alif is that country's nisba, is the adjective: its words stay claimed and
the events read it as they read any nationality adjective (core.events.no_side_mentions
drops it as a side when the noun is a private person's).
"""
from __future__ import annotations


from core import prepared
from core.entities.context import _Context
from core.entities.place_senses import _place_at
from core.entities.tables import _read_column
from core.text import normalize_for_match


def _accusative_nisba_countries(ctx: _Context) -> None:
    """Unname the one-word countries that stand as the accusative nisba of a person noun."""
    present = ctx.words_in(_accusative_persons())
    if not present:
        return
    norms, lex = ctx.norms, ctx.lex
    for k in ctx.positions(present):
        sp = _place_at(ctx, k + 1)
        if sp is None or sp.j != k + 2 or sp.entry.type != "COUNTRY" or ctx.punct_between(k, k + 1):
            continue
        word = norms[k + 1]
        # the word itself, no proclitic on it: "139 جنديا وبريطانيا 33": the country after a number's noun
        if word.endswith("يا") and lex.adjectives.get(word[:-1]) == sp.entry.id:
            sp.generic = True  # type: ignore[attr-defined]  # "رجلا بلغاريا": a Bulgarian man


@prepared.table()
def _accusative_persons() -> frozenset[str]:
    """The indefinite accusative person nouns (accusative_persons.tsv), normalised, bare or after و."""
    return frozenset(c + normalize_for_match(r[0]) for r in _read_column("accusative_persons.tsv", "form")
                     for c in ("", "و"))
