"""Blame that the event triggers' usual wordings miss (core.events.charges and the
ACCUSE/REJECT rows added with it); sentences written for the tests."""
from core import analyze
from core.events.charges import charge_forms


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_the_nouns_of_wrongdoing_are_read_from_the_trigger_notes():
    assert {"انتهاك", "انتهاكات"} <= charge_forms()
    assert "اتهام" not in charge_forms()


def test_a_violation_in_reported_speech_is_the_speakers_charge():
    got = events("وقال وزير الخارجية الأردني إن إيران قامت بانتهاك سيادة العراق.")
    accused = [e[1] for e in got if e[0] == "ACCUSE"]
    assert ["JOR", "IRN"] in accused
    assert ["IRN", "IRQ"] not in accused


def test_a_quoted_violation_after_a_colon_is_the_speakers_charge():
    got = events('وقال مسؤول في الوفد الإماراتي: "قامت قطر بانتهاك بنود الاتفاقية الدولية".')
    assert ["ARE", "QAT"] in [e[1] for e in got if e[0] == "ACCUSE"]


def test_the_doer_written_after_the_charge_is_charged():
    got = events("وأكد البيت الأبيض أن إجراءات الحوثيين تثبت تورط الحرس الثوري الإيراني في الهجوم.")
    accused = [e[1] for e in got if e[0] == "ACCUSE"]
    assert ["USA", "IRN"] in accused
    assert ["houthis", "IRN"] not in accused


def test_the_previous_sentences_speaker_accuses_in_the_next():
    got = events('وقال المندوب السوري بشار الجعفري: "الكذب يشوهك". '
                 'ووجه حديثه للمندوبة البريطانية، متهما بريطانيا بافتعال الحروب.')
    assert ["SYR", "GBR"] in [e[1] for e in got if e[0] == "ACCUSE"]


def test_the_previous_speaker_signs_nothing_in_the_next():
    from core.events.speakers import carried_subject

    class Hit:
        verbal, i = True, 0

        class form:
            type = "SUPPORT"

    assert carried_subject(Hit, [], ["SYR"], None) == []
    Hit.form.type = "ACCUSE"
    assert carried_subject(Hit, [], ["SYR"], None) == ["SYR"]
    assert carried_subject(Hit, ["GBR"], ["SYR"], None) == ["GBR"]


def test_the_previous_speaker_is_no_author_of_a_request_noun():
    """"بناء على طلب من X": the noun names who asked; the previous sentence's speaker asks nothing."""
    got = events('وقال وزير الخارجية الأمريكي: "لن نتراجع". '
                 'وأضاف أن الاعتقالات جرت بناء على طلب من الحكومة التركية.')
    assert ["USA", "TUR"] not in [e[1] for e in got if e[0] == "REQUEST"]
