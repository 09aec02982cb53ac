"""What a side fears has not happened: "وسط مخاوف من انسحاب واشنطن من الاتفاق"، "أبدت فرنسا
مخاوفها من سحب القوات"، "يخشى تنظيم الدولة من أن يهاجمه الجيش".

The act a word of fearing governs by its من (the verbal noun right after it, or a verb
right after "من أن") is feared, as one hoped for is hoped (core.events.filters): the text
does not assert it. The fixed phrases ("خوفا من"، "تخشى من") are hypothetical cues of their
own; these are the words of fearing whose من stands apart from them, past a subject, an
adjective or a pronoun ("تخشى الأردن من"، "عن مخاوفها الجدية من"، "المخاوف من"). An act
noun further on ("المخاوف من أن العقوبات الأمريكية ستقيد الصادرات") is the subject of
what is feared, told as done, and stays. The words are data (event_cues.tsv, kind fear).
"""
from __future__ import annotations

FEAR = "fear"  # event_cues.tsv kind: a word of fearing ("مخاوف"، "تخشى"، "خشيتها")
FEAR_REACH = 4  # words from the word of fearing to its من ("تخشى الحكومة الأردنية من")
OF = "من"
THAT = frozenset({"ان", "بان"})  # normalised: "من أن ينسحب"
ONGOING = "ongoing"  # event_cues.tsv: "المستمر"، "المتواصلة": an act going on (not "الجاري", mostly "الشهر الجاري")
CAUSED = "caused"  # event_cues.tsv: "الناجمة"، "الناتجة": fears caused by what the من names
AFTER_REACH = 5  # words from an act noun to the word telling it goes on ("القصف الروسي المستمر")
TIME = "subordinate"  # event_cues.tsv: "بعد"، "إثر"، "عقب"، "قبل", whose phrase the من then ends


def feared(window: list[str], verbal: bool, trig, after: list[str] = ()) -> bool:
    """Whether the trigger right after ``window`` (the normalised words of its clause before
    it) is what a word of fearing governs by its من: right after the من, or, a verb, right
    after "من أن". An act noun ``after`` (its words from the trigger on) tells as going on
    ("من القصف الروسي المستمر") is done, feared or not, as is the cause the fears arise
    from ("المخاوف الناجمة من الهجوم")."""
    if not verbal:  # loops, not generators: their names would be cells of every call
        for w in after[1:AFTER_REACH]:
            if ONGOING in trig.cue_kinds(w):
                return False
    k = len(window) - 1
    if verbal and k > 0 and window[k] in THAT:
        k -= 1
    if k < 1 or window[k] != OF:
        return False
    last = -1  # the last word of fearing before the من
    for f in range(max(0, k - FEAR_REACH), k):
        if FEAR in trig.cue_kinds(window[f]):
            last = f
    if last < 0:
        return False
    # "مخاوفها بعد ساعات من الهجوم"، "إثر موجة من الهجمات": a time phrase's من, the act done
    for w in window[last + 1:k]:
        if TIME in trig.cue_kinds(w) or CAUSED in trig.cue_kinds(w):
            return False
    return True
