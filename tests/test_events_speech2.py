"""Verbal conflict (ACCUSE, REJECT, THREATEN) told in constructions of reported speech
(sentences written for the tests, with the rules' own reading)."""

from core import analyze


def events(text):
    return [(v.type, v.actors) for v in analyze(text, "2023-01-17").events]


def test_describing_someone_with_an_insult_accuses_him(rules_only):
    """"وصف X Y بالكاذب": no complementiser; the actor after the verb speaks, the next is described."""
    assert ("ACCUSE", ["KEN", "ETH"]) in events("ووصف وزير الخارجية الكيني رئيس إثيوبيا بالكاذب.")


def test_a_relative_verb_with_a_returning_pronoun_acts_on_the_antecedent(rules_only):
    got = events("وانتقد الوزير الكيني جماعة بوكو حرام التي يتهمها بتهريب السلاح.")
    assert ("ACCUSE", ["KEN", "boko-haram"]) in got and ("ACCUSE", ["boko-haram", "KEN"]) not in got


def test_a_relative_verb_takes_its_own_subject_after_it(rules_only):
    got = events("وأعلنت حركة الشباب، التي تعتبرها كينيا منظمة إرهابية، مسؤوليتها عن الهجوم.")
    assert ("ACCUSE", ["KEN", "al-shabaab"]) in got


def test_concern_that_besets_the_speaker_is_an_accusation(rules_only):
    assert ("ACCUSE", ["KEN", "ETH"]) in events("وقال الوزير الكيني: يساورنا القلق بشأن تحركات إثيوبيا.")


def test_feeling_concern_about_another_is_an_accusation(rules_only):
    assert ("ACCUSE", ["KEN", "ETH"]) in events("وقالت الخارجية الكينية إن كينيا تشعر بقلق بالغ إزاء تحركات إثيوبيا.")


def test_spreading_rumours_in_reported_speech_is_the_speakers_accusation(rules_only):
    got = events("وقال وزير الخارجية الكيني إن وسائل إعلام إثيوبية روجت شائعات عن الانتخابات.")
    # media are their own actor (SCHEMA), here an unnamed one of Ethiopia (core.events.unnamed)
    assert ("ACCUSE", ["KEN", "unnamed-media-eth"]) in got


def test_the_body_whose_meeting_hosts_a_statement_does_not_make_it(rules_only):
    got = events("وكان السفير الكيني، جون موا، قد أعرب في اجتماع الاتحاد الأفريقي يوم الاثنين عن مخاوف "
                 "من أن تكون القوات الإثيوبية قد خرقت الهدنة.")
    assert ("ACCUSE", ["KEN", "ETH"]) in got and ("ACCUSE", ["african-union", "ETH"]) not in got


def test_an_adjective_of_an_addressee_is_no_subject(rules_only):
    """"ووجه حديثه للمندوبة الإثيوبية، متهما إثيوبيا": the addressee does not accuse itself;
    the speaker of the previous sentence does."""
    got = events("وانتقد المندوب الكيني الاتحاد الأفريقي. ووجه حديثه للمندوبة الإثيوبية، متهما إثيوبيا بتأجيج الصراع.")
    assert ("ACCUSE", ["KEN", "ETH"]) in got


def test_a_body_belonging_to_an_actor_acts_for_it(rules_only):
    """"واتهمت الشرطة التابعة لـ X ...": the ل of affiliation marks the possessor, who accuses."""
    got = events("واتهمت الشرطة التابعة لحركة الشباب عناصر في المخابرات الكينية بتدبير الهجوم.")
    assert ("ACCUSE", ["al-shabaab", "KEN"]) in got


def test_the_actor_after_min_is_the_author_of_a_criticism(rules_only):
    got = events("وواجهت الحكومة الإثيوبية انتقادات حادة من الاتحاد الأفريقي بسبب الحملة.")
    assert ("ACCUSE", ["african-union", "ETH"]) in got


def test_threats_from_one_actor_against_another(rules_only):
    assert ("THREATEN", ["KEN", "ETH"]) in events("وتصاعدت التهديدات من كينيا ضد إثيوبيا.")


def test_voting_against_a_proposal_is_a_rejection(rules_only):
    assert ("REJECT", ["KEN", "ETH"]) in events("وصوتت كينيا ضد مشروع قرار قدمته إثيوبيا.")


def test_suspecting_another_of_a_wrong_is_an_accusation(rules_only):
    got = events("وتشتبه كينيا في أن القوات الإثيوبية استخدمت أسلحة محظورة.")
    assert ("ACCUSE", ["KEN", "ETH"]) in got


def test_disagreeing_with_another_is_a_rejection(rules_only):
    assert ("REJECT", ["KEN", "ETH"]) in events("وقالت كينيا إنها لا تتفق مع المقترح الإثيوبي.")


def test_calling_a_matter_not_negotiable_rejects_the_other_side(rules_only):
    assert ("REJECT", ["KEN", "ETH"]) in events("وقالت كينيا إن الحدود مع إثيوبيا غير قابلة للتفاوض.")
