"""The agent of a passive after "من قبل"، "من جانب" or "على يد" is the act's source, whatever
the role model weighs (core.events.passives.agent_sources). Sentences written for the tests."""
from core import analyze


def _pairs(text, typ):
    return [v.actors for v in analyze(text, "2024-03-02").events if v.type == typ]


def test_a_designation_made_by_a_state_after_tam_is_the_states():
    got = _pairs("وتم تصنيف حركة حماس منظمة إرهابية من قبل الولايات المتحدة.", "ACCUSE")
    assert got and all(p[0] == "USA" for p in got), got


def test_a_listing_after_jara_is_made_by_the_agent():
    got = _pairs("وجرى إدراج الحرس الثوري على قائمة الإرهاب من قبل الولايات المتحدة.", "SANCTION")
    assert got and all(p[0] == "USA" for p in got), got


def _setup(text, verb="تصنيف", verbal=False, actors=(("الولايات", 2, "USA"),)):
    """The document, sentence and hit passive_agent reads: ``actors`` (first word, words,
    id) stand for the entity pass's mentions."""
    from types import SimpleNamespace
    from core.text import normalize_for_match, normalize_with_offsets, token_norms, tokenize

    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    norms = token_norms(toks)
    doc = SimpleNamespace(norms=norms, toks=toks, nt=nt)
    at = [norms.index(normalize_for_match(w)) for w, _, _ in actors]
    mentions = [SimpleNamespace(i=i, j=i + n, actor=x) for i, (_, n, x) in zip(at, actors)]
    st = SimpleNamespace(ti=0, tj=len(toks), actors=mentions)
    k = norms.index(normalize_for_match(verb))
    return doc, st, SimpleNamespace(i=k, j=k + 1, verbal=verbal)


def test_the_agent_after_a_clause_break_or_a_verb_is_another_acts():
    from core.events import passives
    assert passives.passive_agent(*_setup("وتم تصنيف الحركة منظمة إرهابية من قبل الولايات المتحدة.")) == "USA"
    # across a comma the phrase is another clause's
    assert passives.passive_agent(*_setup("وتم تصنيف الحركة منظمة إرهابية، من قبل الولايات المتحدة وغيرها.")) is None
    # an active verb's object owns the phrase: the demonstrators condemn, Washington acts
    text = "ورفع المحتجون لافتات تندد بالحصار المفروض من قبل الولايات المتحدة."
    assert passives.passive_agent(*_setup(text, "تندد", verbal=True)) is None


def test_an_aside_on_the_object_is_read_past():
    from core.events import passives
    text = "وتم إدراج حركة الشباب، التي تنشط في جنوب الصومال منذ سنوات، على قائمة الإرهاب من قبل الولايات المتحدة."
    sides = (("حركة", 2, "shabab"), ("الصومال", 1, "SOM"), ("الولايات", 2, "USA"))
    assert passives.passive_agent(*_setup(text, "إدراج", actors=sides)) == "USA"


def test_sanctions_imposed_on_the_part_of_a_state_are_that_states():
    """"تم فرض عقوبات على X من جانب Y": Y sanctions X, as after "من قبل"."""
    got = _pairs("وتم فرض عقوبات جديدة على كوريا الشمالية من جانب اليابان.", "SANCTION")
    assert got == [["JPN", "PRK"]], got


def test_on_his_part_names_no_agent():
    """"ومن جانبه، انتقد X Y": "for his part" opens X's own statement; Y stays the target."""
    got = _pairs("ومن جانبه، انتقد الرئيس الفرنسي إيران بشدة.", "ACCUSE")
    assert got == [["FRA", "IRN"]], got


def _side_context(text, trigger, verbal):
    """The role context _agent_phrase reads: the trigger and one actor, the word's last."""
    from types import SimpleNamespace
    from core.text import normalize_for_match, normalize_with_offsets, tokenize

    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    norms = [t.norm for t in toks]
    k, a = norms.index(normalize_for_match(trigger)), len(toks) - 1
    return SimpleNamespace(h=SimpleNamespace(i=k, j=k + 1, verbal=verbal), toks=toks, nt=nt,
                           seq=[SimpleNamespace(i=a, j=a + 1, actor="X")])


def test_on_the_part_of_after_an_active_verb_is_no_agent_of_it():
    """"ودانت فرنسا الهجمات من جانب X": X attacks, the condemnation stays France's; after
    a verbal noun the same phrase names the act's agent."""
    from core.events.roles import _agent_phrase

    assert _agent_phrase(_side_context("ودانت فرنسا الهجمات من جانب ميانمار", "ودانت", True)) is None
    assert _agent_phrase(_side_context("وتم طرد السفير من جانب ميانمار", "طرد", True)) is not None
    assert _agent_phrase(_side_context("طرد السفير، من جانب ميانمار", "طرد", False)) is None


def test_on_the_part_of_after_a_possessed_noun_is_another_nouns_agent():
    """"رفضها ... للاستخدام المفرط للقوة من جانب X": "her" rejects; X uses the force."""
    from core.events.roles import _agent_phrase

    got = _pairs("وأكدت الأردن رفضها الشديد للاستخدام المفرط للقوة من جانب القوات الإسرائيلية.", "REJECT")
    assert ["ISR", "JOR"] not in got, got
    assert _agent_phrase(_side_context("رفضها للاستخدام المفرط للقوة من جانب إسرائيل", "رفضها", False)) is None


def test_on_the_part_of_far_after_a_noun_is_a_nearer_nouns_agent():
    """"إدانة حكم الإرهاب من جانب X": X terrorises; right after the noun ("هجوم صاروخي من جانب
    X") the phrase names the attacker."""
    from core.events.roles import _agent_phrase

    assert _agent_phrase(_side_context("إدانة حكم الإرهاب من جانب سوريا", "إدانة", False)) is None
    assert _agent_phrase(_side_context("في هجوم صاروخي من جانب اليمن", "هجوم", False)) is not None


def test_the_agent_named_after_its_members_and_group_head_is_the_source():
    """"خطف عمال بأيدي عناصر تنظيم X": the name after the members' word and the group's
    head noun is the kidnapper, never the one kidnapped."""
    got = _pairs("وخطف عمال مصريون بأيدي عناصر تنظيم داعش في ليبيا.", "ASSAULT")
    assert got and all(p[0] == "isis" for p in got), got
