"""A name that parties of many states bear ("الحزب الديمقراطي"، "حزب العمال"، "الجبهة
الشعبية"): the lexicon's party only in news that names something of its state.

Why: the lexicon keys such a name to one party (the US Democrats, British Labour, the
Palestinian PFLP), and news of Italy's or Tunisia's politics came out naming those
instead of the party it speaks of. Where the article names the lexicon's party by the shared
name and more words ("حزب العمال البريطاني"), the short name is that party. Otherwise a longer lexicon name of the article that begins with
the shared one ("حزب العمال الكردستاني") is what the short one stands for. Otherwise,
where the article names nothing of the party's state (the state, a place, body or person
of it, its nationality adjective), the words name a party of the article's own politics,
which the lexicon does not hold: a party by its words. The names are rows of
`data/lexicons/shared_party_names.tsv`."""
from __future__ import annotations


from core import prepared
from core.entities.context import _Context
from core.entities.finder import _Span
from core.entities.tables import _read_column
from core.text import normalize_for_match


@prepared.table()  # imaged: first asked after the warm-up article
def _shared_names() -> frozenset[str]:
    return frozenset(normalize_for_match(form) for (form,) in _read_column("shared_party_names.tsv", "form"))


def _shared_name(ctx: _Context, sp) -> str | None:
    """The shared name a lexicon span is written as, through a proclitic ("للجبهة الشعبية")."""
    w = normalize_for_match(ctx.nt.original[sp.start:sp.end])
    names = _shared_names()
    for cand in (w, w[1:], "ال" + w[1:] if w.startswith("ل") else ""):
        if cand in names:
            return cand
    return None


def _longer_than_shared(ctx: _Context, sp) -> bool:
    """Whether a lexicon span is a shared name and more words ("حزب العمال البريطاني")."""
    w = normalize_for_match(ctx.nt.original[sp.start:sp.end])
    return any(w.startswith(name + " ") for name in _shared_names())


def _states_named(ctx: _Context, but: str) -> set[str]:
    """The states the article names otherwise than by the entry ``but``: countries, what
    the lexicon and the rules tie to a state, nationality adjectives."""
    out: set[str] = set()
    for sp in ctx.spans():
        e = sp.entry
        if e is not None and e.id != but:
            out.add(e.id if e.type == "COUNTRY" else e.country or "")
        elif e is None and sp.country:
            out.add(sp.country)
    out.update(filter(None, (ctx.adjective(k) for k in range(len(ctx.toks)))))
    return out


def _shared_party_names(ctx: _Context) -> None:
    """Reads the lexicon's parties written by a shared name again: the longer name of the
    article it begins, or a party of no known state where its own state goes unnamed."""
    shared = [(sp, name) for sp in ctx.spans() if sp.kind == "lexicon" and sp.entry is not None
              and sp.entry.type == "ORG" and (name := _shared_name(ctx, sp)) is not None]
    if not shared:
        return
    orgs = {sp.entry.id: sp.entry for sp in ctx.spans() if sp.kind == "lexicon" and sp.entry is not None and sp.entry.type == "ORG"}
    named_in_full = {sp.entry.id for sp in ctx.spans() if sp.kind == "lexicon" and sp.entry is not None
                     and _longer_than_shared(ctx, sp)}
    states: dict[str, set[str]] = {}
    for sp, name in shared:
        e = sp.entry
        if e.id in named_in_full:
            continue  # "حزب العمال البريطاني" named before: the short name is that party
        named = states.get(e.id)
        if named is None:
            named = states[e.id] = _states_named(ctx, e.id)
        if e.country and e.country in named:
            continue  # its own state named: "الحزب الديمقراطي في الكونغرس" beside a Kurdish party's full name
        longer = next((o for o in orgs.values() if o.id != e.id and normalize_for_match(o.name_ar).startswith(name + " ")), None)
        if longer is not None:
            ctx.release(sp, sp.i, sp.j)
            ctx.claim(_Span(sp.i, sp.j, sp.start, sp.end, "lexicon", entry=longer, country=longer.country, acts_for=longer.acts_for))
            continue
        if e.country:
            ctx.release(sp, sp.i, sp.j)
            ctx.claim(_Span(sp.i, sp.j, sp.start, sp.end, "org", name_norm=name, org_kind=e.kind))
