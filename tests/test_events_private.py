"""Private speakers (core.events.private): a named person holding no office as the source
of a statement he makes as a verb's subject."""
from core import analyze


def _events(text):
    return [(e["type"], e["actors"]) for e in analyze(text).to_dict()["events"]]


def _private_sources(text):
    return [ev for ev in _events(text) if ev[1] and ev[1][0].startswith("per-")]


def test_private_person_criticising_a_state_is_the_source():
    assert ("ACCUSE", ["per-smyr-al-khtyb", "EGY"]) in _events("وانتقد سمير الخطيب الحكومة المصرية بشدة.")


def test_a_courtesy_title_may_stand_between_verb_and_name():
    assert ("ACCUSE", ["per-smyr-al-khtyb", "EGY"]) in _events("واتهم الدكتور سمير الخطيب الحكومة المصرية بالفساد.")


def test_the_apposition_describing_the_speaker_is_skipped():
    evs = _events("واتهم سمير الخطيب، الطبيب في مستشفى الشفاء، إسرائيل باستخدام رصاص متفجر.")
    assert ("ACCUSE", ["per-smyr-al-khtyb", "ISR"]) in evs


def test_an_office_title_is_no_private_subject():
    assert not _private_sources("وانتقد الرئيس سمير الخطيب الحكومة المصرية بشدة.")


def test_a_person_grants_no_recognition():
    assert not _private_sources("واعترف سمير الخطيب بدولة فلسطين أمام المحكمة.")


def test_coordinated_speakers_are_left_alone():
    assert not _private_sources("وطالب سمير الخطيب وكريم العلي الحكومة المصرية بالإفراج عنهما.")


def test_a_comma_ends_what_the_statement_is_about():
    assert not _private_sources("وطالب سمير الخطيب، مدرب النادي، يوم الأحد، بدعمه قبل مواجهة الفريق الإماراتي.")


def test_a_body_takes_the_state_of_its_adjective():
    evs = _events("وانتقد سمير الخطيب بشدة الحكومة التونسية.")
    assert ("ACCUSE", ["per-smyr-al-khtyb", "TUN"]) in evs


def test_the_subject_replaces_pairs_of_other_actors():
    evs = _events("واتهم سمير الخطيب في مقاله الاتحاد الأوروبي بابتزاز المملكة المتحدة.")
    assert evs and all(actors[0] == "per-smyr-al-khtyb" for _, actors in evs)


def test_a_former_minister_speaks_for_himself():
    """"انتقد وزير الخارجية المصري السابق X الحكومة": one who left his office is a private
    speaker, against the state he served."""
    got = _private_sources("وانتقد وزير الخارجية المصري السابق سمير الخطيب الحكومة المصرية بشدة.")
    assert ("ACCUSE", ["per-smyr-al-khtyb", "EGY"]) in got


def test_a_former_office_after_a_noun_is_no_subject():
    """"نفى ادعاءات الجاسوس السابق X": the name is the claims' author, not the denier."""
    got = _private_sources("ونفت الحكومة المصرية ادعاءات الضابط المصري السابق سمير الخطيب بشأن الصفقة.")
    assert got == []
