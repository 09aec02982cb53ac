"""Tables a process used to build on its first article, now read with the prepared image,
and the per-article shortcuts of issue 12's seventh round: the same values and answers
as the code they replace."""
from __future__ import annotations

import pickle
import random
from types import SimpleNamespace

from core import names, topics
from core.entities import (affiliation, club_cues, context, heads, merge, pronoun_places, repeated_surnames,
                           role_anaphora, sentenced, shared_party_names, tables, times_after_names, written_article)
from core.events import (accusers, actors, attack_authors, clauses, constructions, dated_to_come, descriptions,
                         discussed, drills, filters, incident_cues, incidents, learned, named_pairs, owned_objects,
                         partners, postings, private, protests, questions, reading_cues, remits, reported,
                         reported_doers, roles, senses, speech_acts, struck, triggers, unclaimed, unnamed, violence,
                         withdrawn_deals)
from core.text import clitic_variants, written_forms
from core.times import patterns, words


def test_the_tables_built_on_the_first_article_are_prepared_tables():
    for loader in (names.known_parts, names._part_table, names.known_names, names._letters,
                   learned._shipped_model, affiliation._roles, affiliation._predicates, affiliation._role_forms,
                   affiliation._kin_words, affiliation._link_words, affiliation._one_word_titles,
                   tables._person_word_forms, role_anaphora._office_words):
        assert hasattr(loader, "image_name"), loader


def test_the_rule_tables_first_asked_after_the_warm_up_article_are_prepared_tables():
    """Tables of the entity rules the warm-up article does not reach: built in the first
    articles of every process before, now loaded by ``prepared.load_rest`` with the image."""
    for loader in (heads._settlement_heads, heads._numbers, pronoun_places._place_prepositions,
                   repeated_surnames._kin_words, sentenced._cues, shared_party_names._shared_names,
                   tables._allah_units, tables._name_adjectives, times_after_names._times,
                   written_article._clause_openers):
        assert hasattr(loader, "image_name"), loader
    assert "الخمسه" in {"ال" + w for w in heads._numbers()}


def test_the_event_and_time_tables_first_asked_after_the_warm_up_article_are_prepared_tables():
    """Word tables of the event and time rules the warm-up article does not reach, which
    every process built from the data files on its first articles (about 15 ms of CPU),
    and the attack cues it built at start-up."""
    for loader in (tables._romanization, attack_authors.authored_forms, attack_authors.lam_forces,
                   patterns._starter_plans, patterns._starter_words, postings._representative_keys,
                   actors._currency_words, actors._pair_refs, actors._body_refs, actors._self_refs,
                   unnamed.load_unnamed, unnamed._adjective_forms, unnamed._kind_names, unnamed.count_words,
                   speech_acts._denial_forms, owned_objects.object_nouns, roles._envoy_keys,
                   withdrawn_deals._agreement_cues, filters.named_by_place, accusers._role_titles,
                   violence._place_heads, discussed.title_words, drills.partner_words, struck._directions,
                   reported._subject_words, incidents._numbers, reported_doers._group_heads,
                   dated_to_come._next_words, incident_cues.load_words, private._courtesy_titles,
                   private._office_words, protests._against, unclaimed._arms, descriptions._head_ends,
                   descriptions._head_forms, constructions._written_by_kind, violence.load_cues):
        assert hasattr(loader, "image_name"), loader


def test_the_word_tables_the_warm_up_article_builds_are_prepared_tables():
    """Small tables of the rules read from the data files (stop words, cue lists, the
    verbs of the trigger table): every process built them at start-up, about 20 ms."""
    for loader in (clauses.verb_words, topics.topic_cues, context._hamza_stops, context._definite_stops,
                   senses.senses, senses._marked_kinds, struck._no_object_words, questions._particles,
                   partners.title_words, reading_cues.reading_cues, words.month_words, constructions._kinds,
                   triggers._context_table, tables._name_particles, tables._surface_stopwords,
                   merge._kind_heads, incidents.load_words, named_pairs.named_pairs, remits._cues):
        assert hasattr(loader, "image_name"), loader


def test_each_construction_kind_has_the_written_forms_of_its_cues():
    kinds = constructions.table()
    for kind_name in set(kinds.values()):
        assert constructions.written(kind_name) == written_forms(w for w, k in kinds.items() if k == kind_name)
    assert constructions.written("no such kind") == frozenset()


def test_the_shipped_model_as_a_table_scores_as_the_file_does():
    fresh = learned.load_model()
    table = learned._shipped_model()
    assert fresh is not None and table is not None
    assert (table.weights, table.bias, table.threshold, table.meta) == (fresh.weights, fresh.bias, fresh.threshold,
                                                                         fresh.meta)
    # the tables derived from the weights are made with it (the image then holds them)
    assert ("roles",) in table._groups and ("bound",) in table._parts
    assert table.role_weights() == fresh.role_weights()
    assert table.prefix_bounds() == fresh.prefix_bounds()
    for typ in ("MEET", "ASSAULT", "PROTEST", "SANCTION", "SUPPORT", "THREATEN", "COERCE"):
        for v in "vn":
            for pr in ("none", "open"):
                assert table.pair_bound(typ, v, pr) == fresh.pair_bound(typ, v, pr)


def test_the_model_keeps_its_scores_through_the_image_pickle():
    model = learned._shipped_model()
    again = pickle.loads(pickle.dumps(model, protocol=pickle.HIGHEST_PROTOCOL))
    feats = sorted(model.weights)[:50]
    assert again.score(feats) == model.score(feats)
    assert again.role_weights() == model.role_weights()


def _date_ends_word_by_word(norms: list[str]) -> dict[int, int]:
    """The walk over every word that ``triggers.date_ends`` replaced."""
    words, alone = triggers.month_words()
    out: dict[int, int] = {}
    k, n = 0, len(norms)
    while k < n:
        m = k
        while m < n and (norms[m].isdigit() or norms[m] in words):
            m += 1
        if m - k > 1 and any(w.isdigit() or w in alone for w in norms[k:m]):
            out[k] = m
        k = max(m, k + 1)
    return out


def test_date_runs_are_those_of_the_word_by_word_walk():
    words, alone = triggers.month_words()
    vocab = sorted(words)[:25] + sorted(alone)[:5] + ["20", "2018", "3", "في", "قال", "و", ""]
    rng = random.Random(7)
    for _ in range(5000):
        norms = [rng.choice(vocab) for _ in range(rng.randint(0, 14))]
        assert triggers.date_ends(norms) == _date_ends_word_by_word(norms), norms
    assert triggers.date_ends(["منذ", "20", "كانون", "الثاني", "يناير", "2018", "هجوما"]) == \
        _date_ends_word_by_word(["منذ", "20", "كانون", "الثاني", "يناير", "2018", "هجوما"])


def test_club_cue_words_are_those_a_reading_of_which_is_a_cue():
    cues = sorted(club_cues._cues())[:20]
    words = set(cues) | {"و" + c for c in cues} | {"ب" + c for c in cues} | {"ليون", "قال", "في", "الرئيس"}
    want = {w for w in words if any(stem in club_cues._cues() for stem, _ in clitic_variants(w))}
    ctx = SimpleNamespace(word_set=lambda: words, words_in=lambda table: words & table)
    assert club_cues._cue_words(ctx) == want
    assert club_cues._cue_words(ctx) == want  # the second time from the kept answers
    assert set(cues) <= want and "قال" not in want


def test_portfolio_words_are_those_a_reading_of_which_is_a_portfolio():
    from core.entities import bare_ministries
    from core.entities.context import words_reading_as
    from core.text import WordCache

    portfolios = bare_ministries._portfolios()
    some = sorted(portfolios)[:10]
    words = set(some) | {"و" + p for p in some} | {"ل" + p for p in some} | {"قال", "الفرنسيه"}
    want = {w for w in words if any(stem in portfolios for stem, _ in clitic_variants(w))}
    ctx = SimpleNamespace(word_set=lambda: words, words_in=lambda table: words & table)
    known = WordCache(3)  # emptied while answering: the answers stay whole
    assert words_reading_as(ctx, portfolios, known) == want
    assert words_reading_as(ctx, portfolios, bare_ministries._PORTFOLIO_WORDS) == want
    assert set(some) <= want and "قال" not in want
