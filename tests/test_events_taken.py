"""A place taken: "سيطرت قوات X على مدينة Y", the subject written between the verb and its
preposition; a trigger inside that gap keeps its own reading. Sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.cameo) for v in analyze(text, published).events]


def test_the_place_taken_is_the_target_of_the_force_named_between_verb_and_preposition():
    found = events("وسيطرت القوات العراقية فجر الأحد على مدينة الموصل بعد معارك عنيفة.")
    assert ("ASSAULT", ["IRQ", "mosul"], "192") in found, found


def test_who_holds_a_place_is_no_act():
    found = events("وتقع القرية في المناطق التي يسيطر عليها الجيش العراقي شمال البلاد.")
    assert not [e for e in found if e[0] == "ASSAULT"], found


def test_a_participle_of_backing_in_the_gap_keeps_its_reading():
    found = events("وسيطرت قوات سوريا الديمقراطية المدعومة من واشنطن أمس على مدينة الرقة.")
    assert ("SUPPORT", ["USA", "sdf"], "051") in found, found
    # the backer is no target of the taking, nor the backed force of an attack by it
    assert not [e for e in found if e[0] == "ASSAULT" and "USA" in e[1]], found


def test_a_backing_in_the_gap_of_another_phrase_is_its_own_event():
    found = events("وشنت القوات السورية، مدعومة بالقوات الروسية، هجوما واسعا على ريف حماة.")
    assert ("SUPPORT", ["RUS", "SYR"], "051") in found, found
    assert ("ASSAULT", ["SYR", "RUS"], "190") not in found, found


def test_a_backer_named_after_the_place_is_no_target_of_the_taking():
    found = events("وسيطرت القوات العراقية الخميس على البلدة بدعم من الولايات المتحدة.")
    assert not [e for e in found if e[0] == "ASSAULT" and "USA" in e[1]], found


def test_a_taking_and_the_backing_after_it_are_both_told():
    """"سيطر X على مدينة Y بدعم من Z": X takes Y, and Z backs X (the backing is no content
    of the taking, and its backer no side of it)."""
    found = events("وسيطر الجيش العراقي يوم الجمعة على مدينة الموصل بدعم من الولايات المتحدة.")
    assert ("ASSAULT", ["IRQ", "mosul"], "192") in found, found
    assert ("AID", ["USA", "IRQ"], "070") in found, found
    found = events("وتقدمت القوات الحكومية في ريف إدلب بغطاء جوي من روسيا.")
    assert not [e for e in found if e[0] == "ASSAULT" and "RUS" in e[1]], found


def test_a_backing_after_the_gap_is_no_object_of_the_phrase():
    """"تقدم الجيش بدعم من X": the army advanced, backed by X; "تقدم … دعما" (provides
    support) takes its object without ب, so the backing keeps its own reading."""
    found = events("وتقدم الجيش السوري في ريف حماة بدعم من روسيا.")
    assert ("AID", ["RUS", "SYR"], "070") in found, found
    assert ("AID", ["SYR", "RUS"], "070") not in found, found
    assert ("AID", ["RUS", "SYR"], "070") in events("وتقدم روسيا دعما عسكريا للجيش السوري.")


def _phrases(text):
    """The trigger phrases the scan reads in a text, by their first word."""
    from core.events.actors import _word_readings, load_lexicon, load_triggers
    from core.events.triggers import _find_triggers
    from core.text import normalize_with_offsets, token_norms, tokenize

    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    norms = token_norms(toks)
    trig = load_triggers()
    return [h.form.tokens[0] for h in _find_triggers(nt, toks, norms, trig, _word_readings(norms, trig, load_lexicon()))]


def test_a_trigger_that_ends_on_the_phrase_complement_is_not_inside_its_gap():
    # "حق اللجوء" reads on its own as asylum received, but here it is what the verb grants
    assert _phrases("ومنحت السويد حق اللجوء لصحفي معارض.")[0] == "منحت"


def test_a_backing_never_backs_the_side_an_act_is_against():
    """"حرب ضد تنظيم داعش بدعم من الولايات المتحدة": the United States backs the war, not
    the group it is waged against."""
    found = events("وخاضت الحكومة العراقية حربا طويلة ضد تنظيم داعش بدعم من الولايات المتحدة.")
    assert ("AID", ["USA", "isis"], "070") not in found, found
