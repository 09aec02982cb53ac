"""Cuts of the event stage's cost that must not change what it reads (sentences written
for the tests): each new way is checked against the way it replaced."""
from itertools import compress
from types import SimpleNamespace

from core.text import normalize_with_offsets, tokenize


def test_the_verb_of_saying_found_from_the_articles_list_is_the_nearest_one_before_the_trigger():
    """"قال الوزير ... ثم أضاف أن طهران تنتقد": every word's nearest verb of saying within
    the reach, as the window read word by word found it."""
    from core.events import governing
    from core.events.triggers import TriggerForm, _Hit

    text = ("قال الوزير إن الحكومة ترفض القرار. ثم أضاف أن طهران تنتقد سياسة واشنطن وأكد أن "
            + "الوفد " * 40 + "يدين الهجوم")
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    forms = governing.cue_forms(governing._cues(), "speech")
    for k in range(len(toks)):
        h = _Hit(TriggerForm("ACCUSE", "111", (toks[k].norm,), "verb", False), k, k + 1, toks[k].start, toks[k].end)
        lo = max(k - governing.SPEECH_REACH, 0)
        verbs = list(compress(range(lo, k), (t.norm in forms for t in toks[lo:k])))
        want = verbs[-1] if verbs and governing._BREAK.search(nt.norm, toks[verbs[-1]].nend, toks[k].nend) is None else None
        assert governing.speech_verb(h, toks, nt) == want


def test_a_sport_word_after_proclitics_is_found_and_a_word_ending_alike_is_not():
    """"والمباراة"، "بملعب" are sport words; "كالملعبين" (three letters before) is not."""
    from core.events import meetings

    norms = ["وتلتقي", "الارجنتين", "في", "والمباراه", "بملعب", "كالملعبين", "مع", "نيجيريا", "ملعب"]
    words = meetings.sport_words()
    want = [k for k, w in enumerate(norms) if w in words or w[1:] in words or w[2:] in words]
    assert want == [3, 4, 8]
    # the words' last two letters, looked up in a set, pick what a test of every ending did
    assert min(map(len, words)) >= 2
    ends = tuple(meetings._sport_ends(words))
    assert [k for k, w in enumerate(norms) if w[-2:] in meetings._sport_ends(words)] == [
        k for k, w in enumerate(norms) if w.endswith(ends)]
    st = SimpleNamespace(ti=0, tj=len(norms), actors=[SimpleNamespace(actor="ARG", kind="COUNTRY"),
                                                       SimpleNamespace(actor="NGA", kind="COUNTRY")])
    assert meetings.no_teams_met(SimpleNamespace(norms=norms), st, [(["ARG", "NGA"], False)]) == []
    assert meetings._SPORT_COUNT[2] == want


def test_a_statement_with_one_actor_near_reads_its_far_speaker_and_another_trigger_reads_none():
    """"وقال الوزير الفرنسي، ...، إن طهران تنتقد بشدة": France, far, joins Tehran for an
    accusation; a trigger of no statement with Tehran alone near has no pair to read."""
    from core.events import learned
    from core.events.actors import _ActorMention
    from core.events.triggers import TriggerForm, _Hit

    text = ("وقال الوزير الفرنسي، في مؤتمر صحفي عقده مساء أمس في العاصمة بعد لقاء طويل مع الصحفيين، إن "
            "طهران تنتقد بشدة")
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    k = next(i for i, t in enumerate(toks) if text[t.start:t.end] == "تنتقد")
    seq = []
    for word, actor, kind in (("الفرنسي", "FRA", "ADJ"), ("طهران", "IRN", "STATE>:capital")):
        i = next(i for i, t in enumerate(toks) if text[t.start:t.end] == word)
        seq.append(_ActorMention(actor, i, i + 1, toks[i].start, toks[i].end, adjective=kind == "ADJ", kind=kind))
    for typ, want in (("ACCUSE", ["IRN", "FRA"]), ("ASSAULT", None)):
        h = _Hit(TriggerForm(typ, "111", (toks[k].norm,), "verb", False), k, k + 1, toks[k].start, toks[k].end,
                 verbal=True)
        got = learned.prepare(h, seq, toks, nt, None, [], "")
        assert (got and [a.actor for _, a in got.chosen]) == want


def test_the_rules_asked_many_times_an_article_hold_no_closure_cells():
    """A name a function's generator, comprehension or lambda reads is a closure cell,
    made and freed on every call of the function, even one that ends at its first test:
    the rules asked many times an article keep such code in helpers past their gates."""
    from core.events import (acted_on, agentless, attack_sides, bystanders, condemned, contrasts, governing,
                             incidents, joined_verbs, modality, named_only, no_side_mentions, occasions,
                             person_sides, praised, quotes, relatives, reported, roles, screen, speech_acts, threats,
                             unclaimed, when_clauses, wronged)

    rules = [joined_verbs._subject_slot, governing.cue_forms, governing.speaker_marks, named_only.without_sides,
             no_side_mentions._outlet_head, modality._date_for, speech_acts.unnamed_addressee, unclaimed.victim_toll,
             roles._frames, threats.protected_sides, occasions.no_occasion_targets, reported.no_reporting_sides,
             acted_on.no_acted_on_targets, when_clauses.no_sides_before_contrast, person_sides.acted_on,
             attack_sides.subject_before, condemned.victims_not_accused, praised.praised_sides,
             wronged.no_wronged_targets, contrasts.no_contrast_sides, bystanders._coordinated_only, screen._screen,
             quotes.QuoteReach.leave, relatives.antecedent_acts, incidents.incident_pairs, unclaimed.unnamed_side_pair,
             agentless.struck_pair]
    assert [f.__qualname__ for f in rules if f.__code__.co_cellvars] == []


def test_the_rules_reading_roles_before_the_models_bound_hold_no_closure_cells():
    """The same for the rules' path to learned.hopeless, asked of every screened trigger."""
    from core import events
    from core.events import (asked_speaker, clauses, coordinated, learned, named_only, participle_objects,
                             role_actors, role_features, roles, speech_acts, violence, withdrawals)

    rules = [events._read_roles, asked_speaker.speaker_asked, participle_objects.stated_object, roles._roles,
             roles._rule_roles, roles._rule_passive, roles._rule_agent_phrase, roles._pairs, coordinated.decided_roles,
             coordinated.joined_act, withdrawals.stated_doer, learned.prepare, learned.hopeless,
             learned.RoleModel.pair_bound, learned.RoleModel.pair_ceiling, learned._part_score,
             role_actors.prior_actors, role_features._coordinated_rest, role_features.coordination_links,
             speech_acts.passive_participle, named_only.without_named_only, clauses.verb_after_comma,
             violence.announcer]
    assert [f.__qualname__ for f in rules if f.__code__.co_cellvars] == []


def test_the_time_and_entity_stages_words_read_many_times_an_article_hold_no_closure_cells():
    """The same for the readings of the time and entity stages asked of every word."""
    from core import crf_viterbi, cue_words
    from core.entities import context, finder
    from core.times import view

    funcs = [view.TokenView.readings, view.TokenView.future_verb, context._Context.spans, context._Context.starts,
             context._Context.matches, finder._rest_at, cue_words.first_cue_kind, crf_viterbi.viterbi]
    assert [f.__qualname__ for f in funcs if f.__code__.co_cellvars] == []


def test_the_pairs_without_barred_sides_are_the_ones_a_comprehension_kept():
    """named_only.without_sides keeps the pairs none of whose sides is barred, in order."""
    from core.events.named_only import without_sides

    pairs = [(["IRN", "USA"], True), (["SYR", "RUS"], False), (["USA", "SYR"], True), (["TUR"], False)]
    for barred in (set(), {"USA"}, {"SYR", "TUR"}, {"XXX"}):
        assert without_sides(pairs, barred) == [(p, d) for p, d in pairs if barred.isdisjoint(p)]


def test_the_rules_with_the_most_cells_an_article_after_the_seventh_session_hold_none():
    """The same for the functions that held the most closure cells x calls an article
    after speed14cells (branch speed14cells2): gates kept, the rest in helpers or loops."""
    from core.entities import longer_names, merge
    from core.events import (affiliates, agreed, asides, backers, bystanders, claims, clause_time, condemned,
                             coordinated, denials, departures, discussed, doers, killed, leaders, lone_accused,
                             meeting_aims, named_pairs, noun_subjects, partners, passives, praised, roles, sales,
                             speech_roles, statements, struck_owners, threats, unclaimed, venues, violence,
                             withdrawals, yielded)

    funcs = [statements.rule_statement_clause, unclaimed.attack_pair, speech_roles.rule_relative_object,
             violence._actor_at, coordinated._announcer, longer_names.longer_name_after, backers.no_backers,
             leaders.no_leader_sides, merge._merge_type, clause_time.when, roles._between_sides,
             violence.security_pair, affiliates.no_affiliates, asides.aside_sides, bystanders.between_sides_only,
             doers.doer_first, agreed.no_content_sides, praised.no_struck_sides, bystanders.befallen_target,
             killed.no_killed_sources, venues.no_venue_attackers, sales.no_approved_sales,
             noun_subjects.no_sources_after, partners.with_partners, bystanders.no_charge_sides,
             withdrawals.no_governing_sides, discussed.no_topic_sides, yielded.no_unmade_concessions,
             named_pairs.foreign_duals, claims.author_of_rejected_claims, condemned.deplorers,
             struck_owners.no_owner_attackers, denials.denial_sides, threats.no_warned_of_sources,
             bystanders.no_listed_pairs, departures.no_building_owners, passives.no_beneficiaries,
             meeting_aims.no_aim_sides, lone_accused.no_accused_accusers]
    assert [f.__qualname__ for f in funcs if f.__code__.co_cellvars] == []


def test_the_filters_of_a_triggers_pairs_past_a_first_gate_hold_no_closure_cells():
    """The same for the filters of a trigger's pairs whose first test ends most calls
    (branch speed14cells2): the rest, with its comprehensions and lambdas, in a helper."""
    from core.events import (allied, alongside, bare_relatives, befallen, bystanders, construct_authors, demand_content,
                             deplored_acts, dual, expelled, joint_groups, killed, obligations,
                             opened_clauses, origins, questions, relative_reach, relatives, remits,
                             reported_doers, reporters, requested, responses, second_clauses,
                             signers, taken_up, toward, unagreeing, voiced, when_clauses)

    funcs = [allied.no_joined_targets, alongside.stood_by_sides, alongside.no_alongside_sides,
             befallen.pronoun_victims, bystanders.adjective_agents, bystanders.relative_target,
             bystanders.no_border_sides, construct_authors.titled_authors,
             deplored_acts.no_deplorer_authors, dual.both_subjects, expelled.expelled_targets,
             joint_groups.every_two, obligations.no_framed_repeats, obligations.no_self_demands,
             opened_clauses.no_subject_targets, origins.no_departure_sides, questions.not_asked,
             relative_reach.no_main_clause_sides, relatives.gapped_object_antecedent,
             remits.no_post_sides, reported_doers.no_telling_sides, reporters.no_reporter_sides,
             requested.asker_only, responses.no_answerer_sources, second_clauses.no_second_clause_sides,
             signers.no_signers, taken_up.subject_not_target, toward.no_regarded_sides,
             unagreeing.no_unagreeing_sources, voiced.author_from, when_clauses.no_when_clause_targets,
             demand_content.no_content_sources, bare_relatives.author_after, killed.no_dead_attackers]
    assert [f.__qualname__ for f in funcs if f.__code__.co_cellvars] == []


def test_the_helpers_past_their_gates_and_the_modality_readers_hold_no_closure_cells():
    """The same for what made its cells at nearly every call after the seventh session
    (branch speed15): the attack and announcer helpers past their gates, the cited-source
    test, the reading of a trigger's modality and its helpers, and the word loops the
    attack rules and the quotations' speakers ask many times an article."""
    from core import text
    from core.events import (agentless, attack_authors, attack_sides, bystanders, condemned, coordinated, feared,
                             filter_gates, filters, joined_verbs, meetings, modality, named_nationals,
                             no_side_mentions, noun_subjects, opinions, parents, person_sides, private, questions,
                             quotes, raid_authors, relatives, reported, roles, speech_acts, statements, struck,
                             taken_up, toward, triggers, unclaimed, unnamed_incidents, violence, withdrawals)

    funcs = [unclaimed._attack_pair, coordinated._announcer_else, no_side_mentions._cited, struck._direction,
             filter_gates.cue_forms, text.proclitic_forms, modality._modality, modality._not_negating,
             modality._drafted, modality._light_verb_negated, modality._demanded, feared.feared,
             violence.claimant, statements._statement_noun, unclaimed.toll_pair, relatives._clause_span,
             unclaimed._struck, unclaimed._named_attacker, quotes._subject, speech_acts.said_where,
             filters.told_again, toward._regarded, raid_authors.force_author, attack_authors.author_after,
             violence.agent_after, attack_sides.denied_report, parents.no_parent_targets, relatives.head_for,
             joined_verbs.no_later_subjects, unnamed_incidents.armed_body, withdrawals.rule_genitive_doer,
             opinions.opinion_sentence, questions._not_asked, condemned.attack_at, condemned._act_rests,
             taken_up.undergone_target, relatives.inner_sides, bystanders.no_topic_sides, reported._complement,
             unnamed_incidents.clash_pair, violence.violent_pairs, filters.author_first,
             named_nationals.before_private_name, person_sides._subject, private.subject,
             bystanders._no_listed_pairs, triggers.Triggers.first_keys, noun_subjects.author_adjective,
             roles._rule_noun_object, meetings.sport_sentence, agentless.agent_in_sentence]
    assert [f.__qualname__ for f in funcs if f.__code__.co_cellvars] == []


def test_a_quotations_speaker_is_the_first_subject_before_the_limit_and_the_rest_are_not_asked():
    """"قال الوزير إن ..." with a second actor after: the first actor no preposition
    governs is the speaker, and the test of the actors after it is not made."""
    from core.events import quotes

    actors = [SimpleNamespace(actor="FRA", end=10, i=1), SimpleNamespace(actor="DEU", end=20, i=3),
              SimpleNamespace(actor="ITA", end=25, i=4)]
    asked = []

    def subject_ok(a):
        asked.append(a.actor)
        return a.actor != "FRA"

    assert quotes._subject(actors, 30, 2, subject_ok) == ["DEU"]
    assert asked == ["FRA", "DEU"]
    assert quotes._subject(actors, 5, 2, subject_ok) == []


def test_the_rules_with_the_most_cells_an_article_after_speed15_hold_none():
    """The same for the functions that held the most closure cells x calls an article
    after speed15 (branch speed15b): their gates kept, the rest in helpers or loops."""
    from core.entities import affiliation, context, merge, person_names, repeated_surnames, second
    from core.events import (agentless, asides, bystanders, deplored_acts, doers, filters, indicted, investigated,
                             no_side_mentions, passives, responses, role_gates, unnamed)

    funcs = [role_gates._gates, role_gates.ladder, asides._aside_sides, merge._merge_group, doers._doer_first,
             indicted.charged_events, agentless._struck, context.named_stops, context._Context._starts,
             affiliation._former, passives.passive_agent, filters.no_where_targets, filters.cue_prefixes,
             doers._received, person_names._hamza_against, bystanders.no_coordinated_pairs, responses._answerers,
             responses._no_answerer_sources, unnamed._words_at, deplored_acts._deplorers,
             no_side_mentions._private_body_ends, investigated.investigated, repeated_surnames.repeated_surname,
             second._field_inside]
    assert [f.__qualname__ for f in funcs if f.__code__.co_cellvars] == []


def test_a_trigger_reads_only_the_fallback_constructions_of_its_type_in_their_order():
    """_trigger_events looks the constructions a trigger that made no event may read up by
    its type, in the order they were tested one by one (fifteen tests of the events' count
    a trigger before): an agreement reads none, an attack its five."""
    from core import events

    table = {t: [step[0].__name__ for step in steps] for t, steps in events._FALLBACKS.items()}
    assert "CONSULT" not in table and "AGREE" not in table
    assert table["ASSAULT"] == ["_violent_events", "_place_events", "_unclaimed_events", "incident_events",
                                "_person_events"]
    assert table["ACCUSE"] == ["_private_events", "_person_events", "investigated_events", "charged_events"]
    assert table["RETREAT"] == ["_implied_events", "_resigned_events", "_place_events"]
    # the steps that take the count of events before the trigger are the ones that read it
    assert [s[0].__name__ for s in events._FALLBACKS["ACCUSE"] if s[4]] == [
        "_private_events", "investigated_events", "charged_events"]
