"""Short names standing for a name the article gave in full: a person's surname alone
(with the particle the full name has before it: "فان باستن"), a lexicon entry's short
form after its full form."""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import _Finder, _match_at, _Span, _span_offsets
from core.entities.tables import _god_name, _name_particles, _particles_of_kind, _surface_stopword_keys
from core.text import clitic_variants, normalize_for_match, proclitic_forms


def _alias_spans(ctx: _Context, f: _Finder) -> None:
    """Surnames alone after the full name; lexicon short forms after their full form."""
    starts_aliases = ctx.starts(f.aliases)
    toks = ctx.toks
    persons = {}
    seen_entries = set()
    for sp in ctx.spans():
        if sp.kind == "person":
            parts = sp.name_norm.split()
            if len(parts) >= 2:
                # "دا"، "ج": too short to stand for anyone; "علي" alone reads as "على" where
                # a text writes the preposition so
                if len(parts[-1]) > 2 and parts[-1] not in _surface_stopword_keys() and not _father_unit(parts):
                    persons.setdefault(parts[-1], sp)
                persons.setdefault(" ".join(parts[-2:]), sp) if len(parts) > 2 else None
        elif sp.kind == "lexicon" and sp.entry is not None:
            seen_entries.add(sp.entry.id)
    # only the words that can be an alias: a reading is a known surname, or a short
    # form of an entry already named
    cands = set(starts_aliases) if seen_entries else set()
    forms = {w for key in persons for w in proclitic_forms(key)}
    if forms:
        cands.update(i for i in ctx.positions(forms & ctx.word_set())
                     if any(stem in persons for stem, _ in clitic_variants(ctx.norms[i])))
    for i in sorted(cands):
        tok = toks[i]
        if ctx.owner[i] is not None:
            continue
        if ctx.function_word(i):
            continue
        for stem, dropped in clitic_variants(tok.norm):
            sp = persons.get(stem)
            if sp is not None and (dropped == 0 or stem not in ctx.lex.given_names):
                lead = 0  # proclitic letters on the particle that starts the alias ("وعبد")
                if _god_name(stem):
                    if dropped or not _unit_before(ctx, i, sp):
                        continue  # "رحمه الله"، "حفظه الله": الله alone stands for no "عبد الله"
                    a = i - 1  # "نصر الله" for "حسن نصر الله": the unit whole
                else:
                    lead = _particle_of_alias(ctx, i, sp) if dropped == 0 else -1
                    if lead < 0 and dropped == 0 and _given_unit_before(ctx, i, sp):
                        lead = 0  # "تقي الدين" for "زياد تقي الدين": the given name whole
                    a = i - 1 if lead >= 0 else i
                    if dropped == 0:
                        full, full_lead = _full_name_before(ctx, i, sp)
                        if full < a:
                            a, lead = full, full_lead
                    if a == i and _one_unit(ctx, sp):
                        continue  # "المتهم الوحيد" stands for no "عبد الوحيد"
                s, t = _span_offsets(ctx.nt, toks, a, i + 1, dropped if a == i else lead)
                alias = _Span(a, i + 1, s, t, "person", country=sp.country, name_norm=sp.name_norm, acts_for=sp.acts_for)
                alias.alias = True  # type: ignore[attr-defined]
                ctx.claim(alias)
                break
        if ctx.owner[i] is not None:
            continue
        m = _match_at(ctx.nt, toks, i, f.aliases) if i in starts_aliases else None
        if m and m[0].id in seen_entries and ctx.free(i, m[1]):
            e, j, dropped = m
            s, t = _span_offsets(ctx.nt, toks, i, j, dropped)
            ctx.claim(_Span(i, j, s, t, "lexicon", entry=e, country=e.country, acts_for=e.acts_for))


def _particle_of_alias(ctx: _Context, i: int, sp: _Span) -> int:
    """The free particle before a surname standing alone is part of the short name when
    the full name has it there too ("فان باستن" after "ماركو فان باستن"; "عبد الفتاح" after
    "عبد الفتاح" itself, a given name of two words), also under a proclitic ("وعبد الرزاق"،
    "لبن عطية"): the proclitic's letters, which stay outside the mention, else -1."""
    parts = sp.name_norm.split()
    if not (i > 0 and len(parts) >= 2 and ctx.owner[i - 1] is None and not ctx.punct_between(i - 1, i)
            and parts[-2] in _name_particles()[0]):
        return -1
    w = ctx.norms[i - 1]
    if w == parts[-2]:
        return 0
    return next((d for stem, d in clitic_variants(w)[1:] if stem == parts[-2]), -1)




def _full_name_before(ctx: _Context, i: int, sp: _Span) -> tuple[int, int]:
    """(first word, proclitic letters on it) of the full name written again whole and
    ending on the surname at word i ("تيموريا زوريتشكوفا" again, where no rule read the first
    name: a common word or a name no table holds), its words free, joined and no function
    word as written, the first perhaps under و or ف; else (i, 0): the surname alone."""
    parts = sp.name_norm.split()
    a = i - len(parts) + 1
    if len(parts) < 2 or a < 0 or not ctx.free(a, i) or ctx.norms[a + 1:i] != parts[1:-1] \
            or any(ctx.punct_between(k, k + 1) or ctx.function_word(k) for k in range(a, i)):
        return i, 0  # "النار على X" after "علي X": the preposition, written so, is no first name
    first = ctx.norms[a]
    if first == parts[0]:
        return a, 0
    if first[:1] in "وف" and first[1:] == parts[0]:
        return a, 1
    return i, 0


def _given_unit_before(ctx: _Context, i: int, sp: _Span) -> bool:
    """A name ending on a given name of two words ("رياض عز الدين") told again by that
    given name whole ("عز الدين"), the first of its words right before word i."""
    parts = sp.name_norm.split()
    return (len(parts) >= 3 and parts[-1] in ctx.f.compound_given().get(parts[-2], ())
            and _unit_before(ctx, i, sp))


def _one_unit(ctx: _Context, sp: _Span) -> bool:
    """A name that ends on a particle and one word ("عبد الوحيد"، "سليم عبد الملك"، "أبو
    مازن"), or on a given name of two words ("فخر الدين"، "رياض عز الدين"), ends on one
    unit: its last word alone is another word ("المتهم الوحيد"، "الملك سلمان") or another
    person (the son a kunya names)."""
    parts = sp.name_norm.split()
    if len(parts) >= 2 and parts[-1] in ctx.f.compound_given().get(parts[-2], ()):
        return True  # also at the end of a longer name: "رياض عز الدين"
    return (len(parts) >= 2 and parts[-2] in _unit_particles() and not (len(parts) == 2 and parts[0] == _BEN)
            and not (parts[-2] in _particles_of_kind("kunya") and _madda_given(ctx, sp, len(parts))))


def _unit_particles() -> frozenset[str]:
    """Arabic particles that make one unit with the word after them (a foreign particle,
    فان or دي, does not: "باستن" alone stands for "ماركو فان باستن")."""
    return _name_particles()[0] & _particles_of_kind("servant", "kunya", "descent", "family")


def _madda_given(ctx: _Context, sp: _Span, n: int) -> bool:
    """The word before the last is written with آ ("آبي كارسون": Abby, Abiy), a given name,
    not the kunya's أبي that normalisation folds it into."""
    written = ctx.nt.original[sp.start:sp.end].split()
    return len(written) == n and written[-2].lstrip("\u0640").startswith("آ")


_BEN = normalize_for_match("بن")  # first of two words, a given name: "بن ستيلر" is Ben Stiller




def _father_unit(parts: list[str]) -> bool:
    """A name ending in a unit with a name of God after a particle of descent ("متعب بن
    عبد الله"، "سعود بن عبد الرحمن"): the unit is the father's name, so neither it nor its
    last word stands for the son."""
    return len(parts) >= 3 and _god_name(parts[-1]) and parts[-3] in _particles_of_kind("descent")


def _unit_before(ctx: _Context, i: int, sp: _Span) -> bool:
    """A name of God alone after a full name that ends in a unit with it ("حسن نصر
    الله" … "نصر الله"): the short name is the whole unit, the word before it in the text
    the unit's first word as the full name has it."""
    parts = sp.name_norm.split()
    return (i > 0 and len(parts) >= 2 and ctx.owner[i - 1] is None and not ctx.punct_between(i - 1, i)
            and ctx.norms[i - 1] == parts[-2])
