"""Entities: lexicon phrases, organisation patterns, titled people, aliases and flags.

Rules run in order of reliability and each claims the tokens it covers, so a later,
weaker rule never splits a span found by a stronger one:

1. lexicon phrases (countries, places, organisations), longest match first;
2. organisation patterns: a head noun (وزارة، وكالة، جبهة ...) and the noun phrase
   that completes it, absorbing country names and adjectives inside it;
3. people: a title or role (الرئيس الفلبيني، مدير مكتب ... بوزارة الدفاع الإسرائيلية)
   followed by name-like tokens, or a known given name followed by a surname;
4. aliases: a surname alone after the full name, short forms of lexicon entries
   after their full form ("الصحراء" after "الصحراء الغربية");
5. generic references ("المملكة" for the article's kingdom) and emoji flags.

Proclitics are seen through (clitic_variants) and never included in a mention.

The package, one module per job: ``tables`` (the rules' word tables, naming helpers),
``finder`` (the lexicons' phrase index), ``context`` (one article's state), ``rules``
(the ordered rules), ``heads`` (what follows an organisation head), ``second`` (the tagger's second opinion, aliases, generic
references, flags), ``name_words`` (bare words news writes inside names), ``merge`` (one entity per thing); :func:`find_entities` runs them.
"""
from __future__ import annotations

from operator import attrgetter
from typing import Callable

from core.entities.affiliation import _affiliations
from core.entities import role_anaphora  # noqa: F401  (imported by _affiliations when first needed)
from core.entities.bare_ministries import _bare_ministries
from core.entities.called import _called_names
from core.entities.clause_orgs import _orgs_into_clauses
from core.entities.club_cities import _cities_of_named_clubs
from core.entities.club_cues import _clubs_after_cues, _clubs_in_sport_articles
from core.entities.results_lines import _clubs_in_results
from core.entities.conjuncts import _conjoined_people
from core.entities.context import _Context
from core.entities.false_orgs import _false_orgs
from core.entities.finder import _finder
from core.entities.heads import _people_after_heads
from core.entities.merge import _block, _merge_name_parts
from core.entities.vessels import _vessel_names
from core.entities.name_words import _name_word_spans
from core.entities.naming_participles import _names_after_participles
from core.entities.rules import (
    _lexicon_spans,
    _nationality_people,
    _org_spans,
    _person_spans,
    _place_spans,
    _quoted_names,
    _tagged_spans,
)
from core.entities.acronyms import _dotted_acronyms
from core.entities.descent_chains import _descent_chains
from core.entities.tagged_person_edges import _tagged_person_edges
from core.entities.aliases import _alias_spans
from core.entities.ambiguous_orgs import (
    _conjoined_ambiguous_orgs,
    _headed_ambiguous_companies,
    _quoted_ambiguous_orgs,
    _quoted_outlets_over_places,
)
from core.entities.second import (
    _clubs_over_places,
    _flag_mentions,
    _generic_spans,
    _joined_people,
    _mark_generic,
    _names_over_places,
    _open_windows,
    _person_words,
    _split_conjoined,
)
from core.entities.tables import (
    _canonical_norm,
    _display_name,
    _lexicon_actor,
    _pattern_actor,
    _pattern_id,
    romanize,
)
from core.lexicon import Lexicon, load_lexicon
from core.model import Entity, Mention
from core.entities.gendered_clubs import _clubs_by_gender
from core.entities.god_names import _god_units
from core.entities.mastheads import _masthead_names
from core.entities.named_places import _places_named_like_people
from core.entities.named_before_roles import _names_before_roles
from core.entities.named_again import _names_again
from core.entities.name_edges import common_surnames
from core.entities.repeated_orgs import _repeated_orgs
from core.entities.quoted_outlets import _adjectives_after_quoted_orgs, _quoted_places_after_media
from core.entities.pauses import _split_at_pauses
from core.entities.tagged_splits import tagged_second_opinion
from core.entities.verb_people import _verbs_read_as_people
from core.entities.clause_words import _clause_words_in_people
from core.entities.noun_adjectives import adjectives_read_as_people
from core.entities.surname_starts import surname_starts
from core.entities.shared_party_names import _shared_party_names
from core.entities.written_article import written_name
from core.entities.accusative_nisbas import _accusative_nisba_countries
from core.entities.place_senses import _nisba_countries, _places_in_other_senses
from core.entities.pronoun_places import _places_with_pronouns
from core.text import NormText, Token

_START, _FIRST_OFFSET = attrgetter("start"), attrgetter("first_offset")  # sort keys read in C
_ENTITY_TYPES = {"org": "ORG", "place": "PLACE"}  # a span's kind -> its entity's type (else PERSON)
Tagger = Callable[[list[Token], list[tuple[int, int]]], list[tuple[int, int, str]]]


def _lexicon_readings_mended(ctx: _Context, f) -> None:
    """Where the words around a lexicon phrase say it is something else, or name what no
    lexicon holds: a newspaper over a place ("واشنطن تايمز"), a club over its city ("مدرب
    ليون"، a side of a results line: "بورتو ( البرتغال ) -"), a city named like a person after a preposition of place ("في ليون"), a
    ministry without وزارة, a city alone for the club named after it before ("شيفيلد"
    after "شيفيلد يونايتد"), outlets between quotes and their adjective, a short name that
    is also a common word beside an organisation of its kind ("طالبان والقاعدة"), an
    acronym spelt with dots ("سي.إن.إن"), a place in a championship's or a festival's name or
    in a fixed phrase ("مهرجان البندقية"، "مسقط رأسه")."""
    _dotted_acronyms(ctx)
    _masthead_names(ctx)
    _clubs_after_cues(ctx)
    _clubs_in_results(ctx)
    _places_named_like_people(ctx)
    _bare_ministries(ctx)
    _quoted_ambiguous_orgs(ctx)
    _quoted_outlets_over_places(ctx)
    _conjoined_ambiguous_orgs(ctx)
    _headed_ambiguous_companies(ctx)
    _clubs_in_sport_articles(ctx)
    _cities_of_named_clubs(ctx)
    _quoted_places_after_media(ctx)
    _quoted_names(ctx, f)
    _adjectives_after_quoted_orgs(ctx)
    _places_in_other_senses(ctx)
    _places_with_pronouns(ctx)


def _last_readings(ctx: _Context) -> None:
    """The rules that read the spans found so far: people after an organisation's head,
    generic references, affiliations, the organisations said again; then, on the words no
    rule claimed, a rare name between a verb of saying and its role and the bare repeats of
    the people read so far (the tagger's one-word people, foreign first names). A country
    named by its own nisba after an agreeing word is the adjective ("العائلة المالكة
    السعودية"). First, a party's name many states' parties bear is read against the
    states the article names (``shared_party_names``), and a name that starts with another
    person's family name is cut to that repeat (``surname_starts``); last, names chained
    by ولد are one person (``descent_chains``)."""
    _shared_party_names(ctx)
    surname_starts(ctx)
    _nisba_countries(ctx)
    _accusative_nisba_countries(ctx)  # "رجلا بلغاريا": a Bulgarian man
    _people_after_heads(ctx)
    _generic_spans(ctx)
    _affiliations(ctx)
    _repeated_orgs(ctx)
    _names_before_roles(ctx)
    _names_again(ctx)
    _names_after_participles(ctx)  # again: the last readings take words beside people
    _descent_chains(ctx)


def _generic_and_false_names(ctx: _Context) -> None:
    """Once the tagger's spans are placed: the generic bodies ("الحكومة العراقية"); a head
    and a word that goes on with the clause name no organisation ("لجنة شكلتها"), and a
    participle of naming ("المكنى") is no word of a person's name, and an imperfect verb
    ("نعلم") no one-word person (before the aliases, which repeat the name's words); the
    tagger's people lose a copula before them and a word with لل after them
    (``tagged_person_edges``); an adjective after an indefinite noun ("عشاء فاخر") is
    no one-word person (``noun_adjectives``)."""
    _mark_generic(ctx)
    _tagged_person_edges(ctx)
    _orgs_into_clauses(ctx)
    _names_after_participles(ctx)
    _verbs_read_as_people(ctx)
    _clause_words_in_people(ctx)
    adjectives_read_as_people(ctx)


def find_entities(nt: NormText, toks: list[Token], lex: Lexicon | None = None, blocked: list[tuple[int, int]] | None = None,
                  tagged: list[tuple[int, int, str]] | Tagger | None = None, masks: list[int] | None = None) -> list[Entity]:
    """All entities of a text, one record per real-world entity with all its mentions.

    `tagged` is what a statistical tagger proposes: token spans typed PER/ORG/LOC, or a
    tagger called with the token windows the rules leave open (``_open_windows``) that
    returns them. Lexicons and rules win every conflict. `blocked` spans (time
    expressions) are never part of an entity: "بيان القوات المسلحة الملكية الثلاثاء".
    `masks`: the words' ``_Finder.start_mask``, read by the pipeline with its other per-word records."""
    lex = lex or load_lexicon()
    f = _finder(lex)
    ctx = _Context(nt, toks, lex, f, masks)
    ctx.tagged = tagged if isinstance(tagged, list) else []
    if blocked:
        _block(ctx, blocked)
    _lexicon_spans(ctx, f)
    _lexicon_readings_mended(ctx, f)
    _called_names(ctx, f)
    _vessel_names(ctx, f)
    _org_spans(ctx, f)
    _false_orgs(ctx)  # before the people: brothers' names stay free
    _place_spans(ctx, f)
    _person_spans(ctx, f)
    _nationality_people(ctx)
    ctx.tagged = _split_at_pauses(ctx, tagged(toks, _open_windows(ctx)) if callable(tagged) else ctx.tagged)
    _split_conjoined(ctx)
    _god_units(ctx)
    if tagged is not None:
        _names_over_places(ctx)
        tagged_second_opinion(ctx)
        _joined_people(ctx)
        _clubs_over_places(ctx)
    _clubs_by_gender(ctx)
    if ctx.tagged:
        _tagged_spans(ctx, ctx.tagged)
    common_surnames(ctx)
    _person_words(ctx)
    _conjoined_people(ctx)
    _generic_and_false_names(ctx)
    _alias_spans(ctx, f)
    _name_word_spans(ctx)  # after the aliases, which carry their full name's state
    _last_readings(ctx)

    text = nt.original
    entities: dict[str, Entity] = {}
    for sp in ctx.spans():
        surface = text[sp.start:sp.end]
        if getattr(sp, "generic", False):
            continue  # a state body named by its kind only: no named organisation
        if sp.kind in ("lexicon", "generic"):
            e = sp.entry
            assert e is not None
            ent = entities.get(e.id)
            if ent is None:
                ent = entities[e.id] = Entity(e.id, e.type, e.name, e.name_ar, e.country if e.type != "COUNTRY" else e.id, [], e.kind,
                                              actor=_lexicon_actor(e))
            ent.actor = ent.actor or (sp.acts_for if e.type == "PERSON" else None)  # a role says whom he acts for
            ent.mentions.append(Mention(surface, sp.start, sp.end, sp.kind if sp.kind == "generic" else "lexicon"))
            continue
        etype = _ENTITY_TYPES.get(sp.kind, "PERSON")
        key_norm = _canonical_norm(sp.name_norm)
        eid = _pattern_id(sp)
        ent = entities.get(eid)
        if ent is None:
            name_ar = written_name(surface.strip(), sp.name_norm) if etype != "PERSON" else surface.strip()
            kind = sp.org_kind if etype in ("ORG", "PLACE") else None
            ent = entities[eid] = Entity(eid, etype, _display_name(etype, key_norm, name_ar, kind), name_ar, sp.country,
                                         [], kind)
        if ent.country is None and sp.country:
            ent.country = sp.country
        if ent.actor is None:
            ent.actor = _pattern_actor(sp)
        ent.mentions.append(Mention(surface, sp.start, sp.end, "alias" if getattr(sp, "alias", False) else ("title" if etype == "PERSON" else "pattern")))
    _flag_entities(entities, text, lex)
    out = _merge_name_parts(list(entities.values()), text)
    _former_officials(out, ctx)
    for e in out:
        e.mentions.sort(key=_START)
    out.sort(key=_FIRST_OFFSET)
    return out


def _former_officials(entities: list[Entity], ctx) -> None:
    """A person a former role describes anywhere in the article acts for no state or
    group (SCHEMA: a person acting privately), whatever the lexicon or his other
    mentions say: the acts the article reports are his own."""
    former = {sp.start for sp in ctx.spans() if sp.former}
    for e in entities:
        if e.type == "PERSON" and former and any(m.start in former for m in e.mentions):
            e.actor = None


def _flag_entities(entities: dict[str, Entity], text: str, lex: Lexicon) -> None:
    """Emoji flags as mentions of their countries."""
    for iso3, s, t in _flag_mentions(text):
        rec = lex.by_id.get(iso3)
        if rec is None:
            continue
        ent = entities.get(iso3)
        if ent is None:
            ent = entities[iso3] = Entity(iso3, "COUNTRY", rec.name, rec.name_ar, iso3, [], rec.kind, actor=iso3)
        ent.mentions.append(Mention(text[s:t], s, t, "flag"))


from core.entities.finder import (  # noqa: F401
    _ARABIC_WORD,
    _BLOCK,
    _FINDERS,
    GIVEN_NAME_BIT,
    _build_finder,
    _Finder,
    _Index,
    _joined,
    _match_at,
    _PlaceHead,
    _Span,
    _span_offsets,
)
from core.entities.merge import (  # noqa: F401
    _BRACKET_GAP,
    _bare,
    _join,
    _kind_heads,
    _mention_words,
    _merge_bracketed,
    _merge_kind_heads,
    _merge_spellings,
    _merge_type,
    _name_words,
    _one_letter_apart,
    _run_of,
    _shortened,
)
from core.entities.rules import (  # noqa: F401
    _ADJECTIVE_ENDINGS,
    _CLOSE_QUOTES,
    _OPEN_QUOTES,
    MAX_QUOTED_NAME,
    _adjectival,
    _complement_end,
    _generic_head_before_name,
    _one_lexicon_org,
    _place_name_end,
    _quoted_adjective,
)
from core.entities.person_names import _confirmed_single, _name_tokens, _surname_like  # noqa: F401
from core.entities.second import (  # noqa: F401
    COMMON_WORD_MIN,
    MAX_GROWN_NAME,
    NAME_CANDIDATE_MAX,
    _all_common,
    _common_reading,
    _country_before,
    _country_inside,
    _definite_adjective,
    _frequent,
    _given_name_proclitic,
    _grown,
    _iso2_to_3,
    _named_inside,
    _proclitic_cut,
    _readings,
    _release,
)
from core.entities.tables import (  # noqa: F401
    _FLAG,
    _JOINERS,
    COMMON_NOUN_MIN,
    DATA,
    MAX_COMPLEMENT_TOKENS,
    MAX_NAME_TOKENS,
    MAX_ORG_TOKENS,
    NON_ACTOR_KINDS,
    _name_particles,
    _read_column,
    _romanization,
    _surface_stopword_keys,
    _surface_stopwords,
    _word_counts,
)
