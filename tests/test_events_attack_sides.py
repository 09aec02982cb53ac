"""Sides of attacks told further along their phrase (core.events.attack_sides), "النظام"
after "النظام X" (core.events.regimes), unnamed attackers with what they hit
(core.events.unclaimed). Sentences written for the tests; the role model keeps no pair,
so that each test shows its own rule."""
from types import SimpleNamespace

import pytest

from core import analyze
from core.events import learned, regimes, violence


def assaults(text, published="2024-01-01"):
    return [v.actors for v in analyze(text, published).events if v.type == "ASSAULT"]


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


@pytest.fixture
def no_model_pairs():
    learned.set_model(learned.RoleModel({}, bias=-100.0))
    yield
    learned.set_model(None)


# --- further_target: the nationality of the object, after its own words ----------------

def test_every_coordinated_author_hits_the_nationality_of_the_object(no_model_pairs):
    """"شنت X، وY، وZ غارات على منشآت قيل إنها لأسلحة كيمياوية سورية": three attackers of Syria."""
    got = assaults("وردا على ذلك شنت الولايات المتحدة، وبريطانيا، وفرنسا غارات على منشآت قيل إنها لأسلحة كيمياوية سورية.")
    assert ["USA", "SYR"] in got and ["GBR", "SYR"] in got and ["FRA", "SYR"] in got


def test_toward_names_the_one_aimed_at(no_model_pairs):
    """"أطلقت X صواريخ باتجاه الأراضي Y": X's subject before the verb fires at Y."""
    assert ["IRN", "SYR"] in assaults("وقالت مصادر إن إيران أطلقت خمسة صواريخ باتجاه الأراضي السورية فجر الاثنين.")


def test_a_name_far_on_the_object_is_no_target(no_model_pairs):
    """Only a nationality so far after "على": a name there may be an owner's or a speaker's."""
    got = assaults("وشنت القوات التركية غارات على مواقع قرب مقر تابع للأمم المتحدة.")
    assert not any(p[1] == "un" for p in got)


def test_on_what_a_speaker_said_is_no_target(no_model_pairs):
    """"أطلقت X صواريخ على ما قالت وزارة الدفاع Y إنها منشآت": Y speaks, it is not hit."""
    got = assaults("وكانت فرنسا وبريطانيا أطلقت 105 صواريخ على ما قالت وزارة الدفاع الأميركية إنها منشآت كيماوية.")
    assert not any(p[1] == "USA" for p in got)


# --- further_place, place_anaphor, coalition_hit_in ------------------------------------

def test_the_place_after_the_objects_words(no_model_pairs):
    """"تشن طائرات التحالف ضربات جوية ضد مواقع داخل مدينة X": the coalition strikes X."""
    got = assaults("ونادرا ما تشن طائرات التحالف العربي ضربات جوية ضد مواقع داخل مدينة الحديدة.")
    assert ["saudi-led-coalition", "hodeidah"] in got


def test_the_town_named_before_by_its_head(no_model_pairs):
    """"هجمات على البلدة" takes up "مدينة X" named before (news calls one town both)."""
    text = ("غادر فريق المنظمة دمشق متوجها إلى مدينة دوما. "
            "وتقول الدول الغربية إن الحكومة السورية شنت هجمات جوية كيماوية على البلدة في السابع من أبريل.")
    assert ["SYR", "douma"] in assaults(text)


def test_a_coalition_strikes_the_country_it_strikes_in(no_model_pairs):
    """"الضربات الجوية التي نفذها التحالف في اليمن": as a state's, the country is hit."""
    got = assaults("وقال المتحدث إن الضربات الجوية التي نفذها التحالف العربي في اليمن كانت ضد هدف مشروع.")
    assert ["saudi-led-coalition", "YEM"] in got


# --- doer_and_object, killed_by, subject_before ----------------------------------------

def test_noun_of_doing_with_its_agent_and_its_object_after_lam(no_model_pairs):
    """"مهاجمة قوات البحرية X لسفينة Y": X attacks the ship (its name in quotes)."""
    got = assaults('وقتل ناشطون خلال مهاجمة قوات البحرية الاسرائيلية لسفينة "مرمرة" في المياه الدولية.')
    assert ["ISR", "org-mrmrh"] in got


def test_a_person_killed_in_an_attack_told_after_him(no_model_pairs):
    """"مقتل X رئيس المجلس السياسي، إثر غارة للتحالف": the coalition acts on X."""
    text = ("وأعلن التحالف العربي عن عمليات جديدة. وتأجلت الزيارة بعد مقتل صالح الصماد رئيس المجلس "
            "السياسي السابق، إثر غارة للتحالف في الحديدة.")
    assert ["saudi-led-coalition", "per-salh-al-smad"] in assaults(text)


def test_coordinated_subjects_before_the_verb_each_strike(no_model_pairs):
    """"أمريكا وبريطانيا وفرنسا يقصفون أهدافا في سوريا": each of the three."""
    got = assaults("أمريكا وبريطانيا وفرنسا يقصفون أهدافا في سوريا")
    assert ["USA", "SYR"] in got and ["GBR", "SYR"] in got and ["FRA", "SYR"] in got


def test_a_verbal_noun_after_bi_has_no_subject_before_it(no_model_pairs):
    """"قيام الولايات المتحدة بشن ضربات": "بشن" is a noun, the name before it no subject."""
    got = assaults("وتتوقع أوساط إسرائيلية قيام الولايات المتحدة بشن ضربات ضد مواقع في سوريا.")
    assert ["USA", "SYR"] not in got


def test_a_subject_inside_a_quotation_is_not_taken(no_model_pairs):
    """'كتبت في حسابها بتويتر "دمر قصف ...': a quotation opens between the name and the verb."""
    got = assaults('وكتبت ريلانيو في حسابها بتويتر "دمر قصف آخر في الحديدة العائلات".')
    assert not any(p[0] == "twitter" for p in got)


def test_shooting_down_missiles_over_its_own_land_hits_no_place(no_model_pairs):
    """"الدفاعات الجوية السورية تسقط صواريخ في ريف دمشق": no attack on Rif Dimashq."""
    assert not assaults("وقال التلفزيون إن الدفاعات الجوية السورية تسقط 13 صاروخا بمنطقة الكسوة في ريف دمشق")


def test_denied_reports_of_a_strike_make_no_attack(no_model_pairs):
    """"نفى مسؤولون أميركيون تقارير عن ضربة جوية أميركية على قاعدة سورية"."""
    assert not assaults("ونفى مسؤولون أميركيون تقارير عن ضربة جوية أميركية على قاعدة جوية سورية فجر الاثنين.")


def test_denied_news_told_at_length_make_no_attack(no_model_pairs):
    """"نفى الجيش الأنباء التي تداولتها وسائل إعلام حول استهداف X لمطار Y": the news,
    with the article and a relative clause between them and the attack, are denied."""
    assert not assaults("نفى الجيش السوري، مساء السبت، الأنباء التي تداولتها وسائل إعلام حول استهداف "
                        "إسرائيل لمطار المزة العسكري غرب دمشق.")
    assert assaults("أكدت مصادر استهداف إسرائيل لمطار المزة العسكري غرب دمشق.")


def test_a_relative_clause_about_the_attacker_names_no_target(no_model_pairs):
    """"هجمات ينفذها الحوثيون الذين يحصلون على أسلحة من إيران": Iran is not hit."""
    got = assaults("وقال إن السعودية تتعرض لهجمات ينفذها الحوثيون الذين يحصلون على أسلحة من إيران.")
    assert ["houthis", "IRN"] not in got


def test_the_siege_the_regime_imposes(no_model_pairs):
    """"الحصار الذي يفرضه النظام على مخيم X": "يفرضه" names the agent, "النظام" the regime
    the article named before."""
    text = "وتتهم المعارضة النظام السوري بقصف المدنيين. وقال إن الحصار الذي يفرضه النظام على مخيم اليرموك مستمر."
    assert ["SYR", "yarmouk"] in assaults(text)


# --- regimes ---------------------------------------------------------------------------

def test_bare_regime_after_the_regime_of_a_state_is_that_state():
    """"النظام" after "النظام السوري" is Syria's body; "النظام العالمي" is a system."""
    text = "ويتهم الغرب النظام السوري بالمسؤولية. وقال إن النظام يواصل قصف المدن، وإن النظام العالمي صامت."
    from core.events.actors import _ActorMention
    from core.text import normalize_with_offsets, token_norms, tokenize

    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    norms = token_norms(toks)
    k_adj = norms.index("السوري")
    actors = [_ActorMention("SYR", k_adj, k_adj + 1, toks[k_adj].start, toks[k_adj].end, adjective=True, kind="ADJ")]
    got = regimes.regime_mentions(actors, toks, norms, set())
    bare = [a for a in got if a.kind == "BODY"]
    assert [norms[a.i] for a in bare] == ["النظام"] and bare[0].actor == "SYR"


def test_two_regimes_leave_the_bare_word_unread():
    from core.events.actors import _ActorMention
    from core.text import normalize_with_offsets, token_norms, tokenize

    text = "انتقد النظام السوري النظام الإيراني. وقال إن النظام يتحمل المسؤولية."
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    norms = token_norms(toks)
    actors = [_ActorMention(iso, k, k + 1, toks[k].start, toks[k].end, adjective=True, kind="ADJ")
              for iso, w in (("SYR", "السوري"), ("IRN", "الايراني")) for k in [norms.index(w)]]
    assert regimes.regime_mentions(actors, toks, norms, set()) == actors


# --- unclaimed: the attackers and what they hit ----------------------------------------

def test_counted_attackers_who_stab_are_the_attackers(no_model_pairs):
    """"نفذ ثلاثة مهاجمين عمليات طعن ... على جسر لندن": counted, they still attacked."""
    got = assaults("وقتل ثمانية أشخاص على جسر لندن ونفذ بعدها ثلاثة مهاجمين عمليات طعن استهدفت المارة.")
    assert any(p[0].startswith("unnamed-attackers") for p in got)


def test_the_assailant_hit_the_body_named_after_targeted(no_model_pairs):
    """"الاعتداء الذي استهدف مقر صحيفة X ... المعتدي": X was hit, whatever else is named."""
    text = ('وقال مسؤولون أمريكيون إن الاعتداء الذي استهدف مقر صحيفة "كابيتال غازيت" خلف خمسة قتلى، '
            'بحسب الأجهزة الأمنية التي تحدثت عن تهديدات نشرها المعتدي.')
    got = assaults(text)
    assert any(p[0].startswith("unnamed-attackers") and p[1] == "org-kabytal-ghazyt" for p in got)


def test_fighting_in_the_ranks_of_a_group_does_not_hit_it(no_model_pairs):
    """"فرنسية تقاتل في صفوف تنظيم داعش ... متشددون": no attack on IS."""
    got = assaults("وقعت فرنسية تقاتل في صفوف تنظيم داعش في الأسر، حيث ينشط متشددون انسحبوا من سوريا.")
    assert not any(p[1] == "isis" for p in got)


# --- data ------------------------------------------------------------------------------

def test_new_cue_kinds_are_read_from_the_lexicon():
    cues = violence.load_cues()
    assert cues["باتجاه"] == "against" and cues["يفرضه"] == "agent" and cues["قوات"] == "force"
    assert cues["اثر"] == "cause" and cues["تقارير"] == "report_noun" and cues["نفي"] == "denial"


# --- not_authors: an embassy's state, and the state named apart from the people who attacked

def test_an_embassy_stormed_is_not_the_attacker():
    """"اقتحموا السفارة X في Y": X's embassy was attacked; X attacked no one."""
    assert not [a for a in assaults("وأوقفت الشرطة ثلاثة بعد أن اقتحموا شرفة السفارة الكويتية في باريس.")
                if a[0] == "KWT"]


def test_unnamed_people_attacked_not_the_police_state():
    """"قالت الشرطة X إن شخصين هاجما ...": the two persons attacked, not X."""
    assert not [a for a in assaults("وقالت الشرطة الألمانية إن شخصين هاجما القنصلية التركية في برلين.")
                if a[0] == "DEU"]


def test_an_attack_by_an_embassys_state_on_its_stormers_is_read_backwards():
    """"حاول محتجون اقتحام القنصلية X": a pair X → protesters becomes protesters → X."""
    from core.events import attack_sides
    from core.events.actors import _ActorMention
    from core.events.triggers import _Hit
    norms = "وحاول محتجون اقتحام القنصليه الكويتيه".split()
    actors = [_ActorMention("unnamed-protesters", 1, 2, 0, 0), _ActorMention("KWT", 4, 5, 0, 0, kind="ADJ")]
    hit = _Hit(form=None, i=3, j=4, start=0, end=0)
    assert attack_sides.authors_only(hit, norms, actors, [(["KWT", "unnamed-protesters"], True)]) == [
        (["unnamed-protesters", "KWT"], True)]


def test_a_monitor_that_tells_of_a_strike_is_not_its_target():
    """"أفاد المرصد ... أن مدنيين قتلوا في قصف X": the monitor tells, nobody hit it."""
    got = assaults("أفاد المرصد السوري لحقوق الإنسان السبت، أن 12 مدنيا قتلوا في قصف مدفعي إيراني على قرية.")
    assert not [a for a in got if "sohr" in a]


def test_the_nationality_of_a_downed_craft_is_the_side_hit():
    """"إسقاط الطائرة X فوق Y": X's plane was hit, X attacked nobody."""
    assert not [a for a in assaults("وقال المسؤول إن إسقاط الطائرة الروسية فوق سوريا كان خطأ.") if a[0] == "RUS"]
