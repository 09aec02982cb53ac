"""The pairs of a trigger the role model kept, less those the text's constructions rule out.

The filters run after the model, so that its training candidates stay as they were; each
step below is one group of them, applied in this order (a later step reads what an earlier
one left). A step whose pairs are all gone passes the empty list on.
"""
from __future__ import annotations

from core.events import (accusers, acted_on, killed, agreed, allied, alongside, contrasts, asides, attack_authors, attack_sides, befallen, bystanders, channels, construct_authors, denials, deplored_acts, departures, discussed, driven_out, doers, drills, dual, expelled, filters,
                         fought, joined_verbs, joint_groups, leaders, makers, meeting_aims, meetings, named_pairs, nisba, no_side_mentions, noun_subjects, object_genitives, obligations, occasions, opened_clauses,
                         origins, parents, partners, passives, praised, provoked, questions, relatives, remits, reported, responses, reported_doers, reporters, requested, residences, sales, signers, standing, struck_owners, taken_up, threats,
                         toward, unagreeing, undergone, venues, wronged, visitors, violence, voiced, when_clauses, withdrawals, yielded)
from core.events.roles import _pair_key
from core.events.screen import _generic_field, _known_of
from core.events import bare_relatives, demand_content, relative_reach, second_clauses  # this session's steps

DIPLOMATIC = {"AGREE", "CONSULT", "SANCTION", "AID", "COOPERATE"}
# stances and calls, whose side is whom they are taken on or addressed to: a state named only
# as where something happens or stays ("انتقد بقاء الرئيس في الرياض"، "أدين بالتدرب في العراق")
# is no side (threats, sanctions and attacks "في X" may fall on X, and are left alone)
STANCES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST"})


def kept_pairs(doc, st, h, pairs: list) -> list:
    """The model's pairs of trigger ``h`` that the text's constructions leave standing
    (none of none: no filter makes a pair, or notes one, from an empty list)."""
    if not pairs:
        return pairs
    pairs = questions.not_asked(doc, st, h, _not_restated(doc, st, h, pairs))  # "هل سترسل X سفنا؟": asked, not told
    # each step once a pair is left: the rest of none is none
    for step in _STEPS:
        if not pairs:
            return pairs
        pairs = step(doc, st, h, pairs)
    if pairs:
        pairs = residences.no_residences(doc, st, pairs)  # "الداعية X المقيم في ألمانيا": Germany is where he lives
    return _places_and_attacks(doc, st, h, pairs) if pairs else pairs


def _not_restated(doc, st, h, pairs: list) -> list:
    """None of a pair told again, nor of a noun the sentence does not assert (its pairs are
    still counted as related)."""
    pairs = filters.told_again(doc, h, pairs)
    if pairs and (filters.unasserted_noun(doc, st, h) or standing.standing_agreement(doc.norms, h, st.tj)):
        # "جلسة لبحث التصعيد"، "ملف الانتهاكات"، "هذه العقوبات": a purpose, a topic, a
        # restatement; the sentence and the article have still related the two (the model
        # relaxes for a sentence that told nothing, and weighs pairs told before)
        doc.doc_pairs.update(_pair_key(p) for p in pairs)
        st.pairs.update(_pair_key(p) for p in pairs)
        pairs = []
    return pairs


def _authors_and_sources(doc, st, h, pairs: list) -> list:
    """Who authored the act, and the sides that only tell, carry or cite it."""
    pairs = filters.author_first(doc, st, h, pairs)  # "بدعوة من الكويت": Kuwait asks
    pairs = requested.asker_only(doc, st, h, pairs)  # "بطلب من حكومته": an asker no actor names
    pairs = voiced.author_from(doc, st, h, pairs)  # "وسط انتقادات من جانب X": X criticises
    pairs = no_side_mentions.no_private_nationals(doc, st, pairs)  # "الشاب المغربي" is no Morocco
    pairs = makers.no_makers(doc, st, h, origins.no_origins(doc, st, pairs))  # "الألماني من أصل تركي": Turkey is no side; "إيرانية الصنع": Iran made it
    pairs = origins.no_departure_sides(doc, st, h, pairs)  # "طائرة قادمة من لندن": Britain is where it came from
    pairs = no_side_mentions.no_cited_sources(doc, st, pairs)  # "وفقا لوكالة الأنباء": the report's source
    pairs = channels.no_channel_sides(doc, st, pairs)  # "رسالة عبر مصر": Egypt carries it
    pairs = alongside.no_alongside_sides(doc, st, h, pairs)  # "تضامنا مع X"، "على غرار X": X is not hit, not a side
    pairs = alongside.stood_by_sides(doc, st, h, pairs)  # "وقوف X إلى جانب Y": Y is stood by
    pairs = reported.no_reporting_sides(doc, st, h, pairs)  # "أعلنت X أن هجوما استهدف": X tells of it
    pairs = reported_doers.no_telling_sides(doc, st, h, pairs)  # "قال X إن Y هاجمت": Y acts, X tells
    pairs = reported_doers.no_reporter_sources(doc, st, h, pairs)  # "قال المرصد إن المفاوضات": no party
    pairs = expelled.expelled_targets(doc, st, h, pairs)  # "طرد الدبلوماسيين الروس": Russia is expelled from
    pairs = occasions.no_occasion_targets(doc, st, h, pairs)  # "حذر خلال استقباله الرئيس X طهران": no X
    return pairs


def _sides_by_clause(doc, st, h, pairs: list) -> list:
    """The sides by their role in the clause: bystanders, relative clauses, topics, posts."""
    pairs = bystanders.sides_by_role(doc, st, h, pairs)  # "بشأن سوريا"، "تعرضت X لهجوم"، "الذين تدعمهم"
    pairs = befallen.pronoun_victims(doc, st, h, pairs)  # "إثر تعرضهم لهجوم من X": X attacks them
    pairs = relatives.clause_subjects(doc, st, h, pairs)  # "X التي تدعمها Y شنت": X attacks
    pairs = relatives.antecedent_acts(doc, st, h, pairs)  # "أنقرة التي تتهم واشنطن": Ankara accuses
    pairs = relatives.gapped_object_antecedent(doc, st, h, pairs)  # "X التي تصنفها القاهرة منظمة إرهابية"
    pairs = relatives.inner_sides(doc, st, h, pairs)  # "الضربات التي شنتها واشنطن على سوريا": Syria is hit by them
    pairs = bare_relatives.author_after(doc, st, h, pairs)  # "عقوبات فرضتها الأمم المتحدة": the UN imposes them
    pairs = relative_reach.no_main_clause_sides(doc, st, h, pairs)  # "انتقدت X اللاجئين الذين طردتهم Y": no X
    pairs = praised.praised_sides(doc, st, h, pairs)  # "أشاد بالجهود التي تبذلها الكويت": Kuwait is praised
    pairs = praised.no_struck_sides(doc, st, h, pairs)  # "باركت X الهجوم على الجنود الY": Y is struck, not praised
    pairs = agreed.no_content_sides(doc, st, h, pairs)  # "اتفقتا على أن المفاوضات مع روسيا": no Russia
    pairs = demand_content.no_content_sources(doc, st, h, pairs)  # "ودعت فيه إلى معاقبة X على دعمها Y": X asks no one
    pairs = toward.no_regarded_sides(doc, st, h, pairs)  # "موقف موحد إزاء روسيا": Russia is regarded
    pairs = asides.aside_sides(doc, st, h, pairs)  # "وتحذر الأردن، التي ...، من": Jordan warns
    pairs = parents.no_parent_targets(doc, st, h, pairs)  # "المنظمة التابعة للأمم المتحدة": the UN is not asked
    pairs = remits.no_post_sides(doc, st, h, pairs)  # "دعت السفيرة الأمريكية لدى الأمم المتحدة": the UN is her post
    pairs = taken_up.subject_not_target(doc, st, h, pairs)  # "تصريحات هاجمتها دمشق": Damascus acts
    pairs = taken_up.undergone_target(doc, st, h, pairs)  # "X التي تم استهدافها في غارة": X is hit
    pairs = nisba.author_adjective(doc, st, h, pairs)  # "العقوبات الأمريكية": the United States acts
    pairs = doers.doer_first(doc, st, h, pairs)  # "قام وفد X بتهنئة الرئيس Y": X congratulates Y
    pairs = object_genitives.object_not_source(doc, st, h, pairs)  # "إقناع ترامب بالإبقاء على الاتفاق مع X": Trump is asked
    pairs = unagreeing.no_unagreeing_sources(doc, st, h, pairs)  # "كما يدعو سوريا إلى": Syria is called on
    pairs = withdrawals.no_governing_sides(doc, st, h, pairs)  # "رحبت X بانسحاب Y من الاتفاق": X is not left
    pairs = signers.no_signers(doc, st, h, pairs)  # "انتقد الصفقة التي وقعتها X وY": X, Y signed, no targets
    pairs = acted_on.no_acted_on_targets(doc, st, h, pairs)  # "انتقد فرض العقوبات على X": X is sanctioned, not criticised
    pairs = threats.no_warned_of_sources(doc, st, h, pairs)  # "حذر من تعاظم الوجود الإيراني": Iran warns no one
    pairs = wronged.no_wronged_targets(doc, st, h, pairs)  # "جرائمها ضد اليمنيين"، "انتهاك سيادة سوريا": wronged, no target
    pairs = named_pairs.foreign_duals(doc, st, h, pairs)  # "ألغت لقاء بين الكوريتين": the meeting's pair
    return pairs


def _meetings_and_partners(doc, st, h, pairs: list) -> list:
    """Diplomatic nouns: what a source knows of, one-sided meetings, hosts, teams, fields, partners."""
    if pairs and not h.verbal and h.form.type in DIPLOMATIC and _known_of(doc.norms, h.i, st.ti):
        pairs = []  # "مصدر مطلع على المحادثات": what a source knows of, told for the source's sake
    if pairs and h.form.type == "CONSULT" and meetings.one_sided(doc.norms, h, {a.i for a in st.actors}):
        pairs = []  # "لقاء صحافي"، "اجتماع حكومي": an interview, a cabinet meeting, no two sides met
    if pairs and h.form.type == "CONSULT":
        pairs = meetings.no_host_sides(doc, st, meetings.not_both_partners(st, h, doc.norms, pairs))  # "لقاء مع X وY"
        pairs = venues.no_venue_states(doc, st, pairs)  # "التقى X بالمبعوث في العاصمة القطرية": Qatar is where
        pairs = visitors.visitor_first(doc, st, h, pairs)  # "رحبت X بزيارة الرئيس الY": Y visits X
        pairs = discussed.no_topic_sides(doc, st, h, pairs)  # "ناقش X الملف الإيراني مع Y": Iran is discussed
        pairs = meeting_aims.no_aim_sides(doc, st, h, pairs)  # "اجتمع X لمناقشة زيارة مبعوثين لـY": Y is spoken of
        pairs = requested.no_askers(doc, st, h, pairs)  # "يجتمع المجلس بطلب من X": X asked, met no one
    if pairs:
        pairs = meetings.no_teams_met(doc, st, pairs)  # a match, a player's praise: countries on the field are teams
    if pairs and h.form.type == "COOPERATE" and _generic_field(doc.norms, h):
        pairs = []  # "وزير الخارجية والتعاون الدولي"، "تعزيز التعاون الدولي": a field, not two sides
    pairs = obligations.no_self_demands(doc, st, h, pairs)  # "يجب علينا اغتنام الفرص": no demand
    pairs = obligations.no_framed_repeats(doc, st, h, pairs)  # "يجب على X أن": "على X أن" tells the demand
    pairs = sales.no_approved_sales(doc, st, h, pairs)  # "وافقت X على صفقة بيع أسلحة لـ Y": no agreement with Y
    pairs = departures.no_building_owners(doc, st, h, pairs)  # "غادر الوفد القنصلية السعودية": no retreat from it
    if pairs and h.form.type in ("AGREE", "CONSULT", "COOPERATE"):  # aid or sanctions "في اليمن" reach Yemen
        pairs = partners.with_partners(doc, st, h, filters.not_only_where(doc, st, pairs))  # "مع X والمستشارة Y"
    elif pairs and h.form.type in partners.TYPES:
        pairs = partners.with_partners(doc, st, h, pairs)  # "وقعت X اتفاقا مع Y وZ": signed with each
    if pairs and h.form.type in STANCES:
        pairs = filters.no_where_targets(doc, st, h, pairs)  # "انتقد بقاء الرئيس في الرياض": Riyadh is where
    return pairs


def _joint_and_opposed(doc, st, h, pairs: list) -> list:
    """Subjects shared by joined verbs and groups, and the sides fought or trained with."""
    pairs = joined_verbs.first_subject(doc, st, h, pairs)  # "رفضت X اتهامات Y ودعت": X calls, not Y
    pairs = joined_verbs.no_later_subjects(doc, st, h, pairs)  # "أدانت X الهجوم وأيدته Y": Y approves of it
    pairs = dual.both_subjects(doc, st, h, pairs)  # "التقى X نظيره Y، وأشادا بدور مصر": both praise
    pairs = joint_groups.every_two(doc, st, h, pairs)  # "اتفقت تركيا وروسيا وإيران": each two agree
    if pairs and h.form.type in fought.FRIENDLY:
        pairs = fought.no_fought_targets(doc, st, h, pairs)  # "يدعمانها في مكافحة داعش": ISIS is fought
    if pairs and h.form.type == "MOBILIZE":
        pairs = drills.no_partner_targets(doc, st, h, pairs)  # "مناورات مع الجيش الأميركي": a partner
    if pairs and h.form.type in filters.HOSTILE_CONTENT:
        pairs = filters.no_later_clause_targets(doc, st, h, pairs)  # "، بعد أيام من عبور مدمرة أميركية"
    pairs = when_clauses.no_when_clause_targets(doc, st, h, pairs)  # "احتجزت الرجل عندما كان ينتظر طائرته إلى X"
    pairs = when_clauses.no_sides_before_contrast(doc, st, h, pairs)  # "قدمت X دعما لـ Y، بينما دعمت Z": no X, no Y
    pairs = contrasts.no_contrast_sides(doc, st, h, pairs)  # "امتنعت X عن التصويت، فيما صوتت Y": Y is no side
    pairs = second_clauses.no_second_clause_sides(doc, st, h, pairs)  # "X تدين الهجوم وY تكرر دعوتها": no Y
    pairs = opened_clauses.no_subject_targets(doc, st, h, pairs)  # "بعد أن طالبت X بإغلاق السفارة": X asks
    return pairs


def _alleged_and_denied(doc, st, h, pairs: list) -> list:
    """Accusations of a passive subject, charges, beneficiaries and agents, denials."""
    if pairs and h.form.type == "ACCUSE" and (passives.passive_accusation(doc, st, h) or passives.accused_noun(doc, st, h)):
        pairs = []  # "أشخاص اتهموا بالتجسس": the accused is the subject, the accuser unnamed
    if pairs and passives.charge_content(doc, h):
        pairs = []  # "سجن بتهمة التجسس لصالح X": alleged, not told
    pairs = passives.agent_sources(doc, st, h, passives.no_beneficiaries(doc, st, h, pairs))  # "لصالح إيران": no side; "من قبل Y": Y acts
    if pairs and h.form.type != "REJECT" and denials.denied_noun(doc, st, h):
        pairs = []  # "نفت X توقيع اتفاقية مع Y": denied, not done
    if pairs and h.form.type == "REJECT":
        pairs = denials.denial_sides(doc, st, h, pairs)  # "فيما نفت موسكو"، "نفت X أن تكون قصفت ... في Y"
    return pairs


def _drawn_and_unmade(doc, st, h, pairs: list) -> list:
    """Who condemned, drew or reported an act rather than did it, concessions not made, and
    the author a plural act noun names after it."""
    if not pairs:
        return pairs
    pairs = deplored_acts.no_deplorer_authors(doc, st, h, pairs)  # "دان X نقل السفارة": X moves nothing
    pairs = provoked.no_provokers(doc, st, h, pairs)  # "قرار X الذي أثار انتقادات": X criticises no one
    pairs = responses.no_answerer_sources(doc, st, h, pairs)  # "رفضت X طلب تسليمه إلى Y": X asks no one
    pairs = reporters.no_reporter_sides(doc, st, h, pairs)  # "انتقد مراسل التلفزيون الروسي": not Russia
    pairs = yielded.no_unmade_concessions(doc, st, h, pairs)  # "أمهلت X الفصائل ... لنزع السلاح": no disarmament yet
    return construct_authors.genitive_authors(doc, st, h, pairs)  # "تهديدات كوريا الشمالية": its threats


def _critics(doc, st, h, pairs: list) -> list:
    """The accuser a plural noun of accusation names after it ("اتهامات X": X accuses), and
    no critic in the side that underwent criticism ("تعرض X لانتقادات")."""
    if not pairs:
        return pairs
    return undergone.no_undergoers(doc, st, h, accusers.genitive_accusers(doc, st, h, pairs))


def _places_and_attacks(doc, st, h, pairs: list) -> list:
    """A dateline's or a treaty's place, and the sides an attack's constructions name."""
    if pairs and st.ti == 0:
        pairs = filters.past_dateline(doc, st, pairs)
    if pairs and doc.treaty_places:
        pairs = filters.no_treaty_place(doc, st, pairs)
    if pairs and h.form.type in violence.AGENT_TYPES:
        pairs = violence.agent_not_target(h, doc.norms, st.actors, st.tj, pairs)
    if pairs and h.form.type in violence.TYPES:  # "استهدفت وفق المرصد ...": who tells of an attack is no side
        told = violence.only_attributed(st.actors, doc.norms)
        pairs = [(p, d) for p, d in pairs if told.isdisjoint(p)] if told else pairs
        pairs = attack_sides.authors_only(h, doc.norms, st.actors, pairs)  # "اقتحم محتجون السفارة X": X was hit
        pairs = killed.no_killed_sources(doc, st, h, pairs) if pairs else pairs  # "مقتل عدد من الX في غارات Y": X is hit
        pairs = killed.no_dead_attackers(doc, st, h, pairs) if pairs else pairs  # "مقتل جنود X في قصف لY": Y strikes X
        pairs = leaders.no_leader_sides(doc, st, h, pairs)  # "التحالف العربي بقيادة السعودية": the coalition acts
        pairs = driven_out.driven_out_targets(doc, st, h, pairs)  # "تمكنت X من طرد داعش": ISIS is driven out
        pairs = venues.no_venue_attackers(doc, st, h, pairs)  # "هاجموا السفارة X في العاصمة الY": Y attacks nothing
        if pairs and attack_authors.unnamed_author(doc, st, h):
            pairs = [(p, d) for p, d in pairs if not d]  # "بغارة لطيران التحالف": no side named made it
        pairs = noun_subjects.no_sources_after(doc, st, h, pairs)  # "بغارة استهدفت مواقع X": X is hit
        pairs = allied.no_joined_targets(doc, st, h, pairs)  # "شن الجيش اليمني وطيران التحالف هجوما": together
        pairs = struck_owners.no_owner_attackers(doc, st, h, pairs)  # "مقاتلاته قصفت أهدافا تخص إيران": Iran is hit
        pairs = noun_subjects.author_adjective(st, h, pairs)  # "صاروخ أطلقه الحوثيون اليمنيون": no YEM
        if attack_sides.unknown_author(h, doc.norms, st.ti) or attack_sides.denied_report(h, doc.norms, st.ti):
            pairs = []  # "تحديد المسؤول عن شن هجوم"، "نفى X التقارير عن قصف": no side named made it, or none is told
    return pairs


# kept_pairs' steps between the questions and the residences, in their order
_STEPS = (_authors_and_sources, _sides_by_clause, _meetings_and_partners, _joint_and_opposed, _alleged_and_denied,
          _drawn_and_unmade, _critics)
