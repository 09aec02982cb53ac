"""The violence cue kind of each word of an article, worked out once (core.events.attack_cues):
the same kinds as looking each word up without its conjunction, as the attack rules did."""
from core.events import attack_cues, violence
from core.text import normalize_for_match


def _words(text: str) -> list[str]:
    return normalize_for_match(text).split()


def test_each_word_reads_the_kind_of_the_word_without_its_conjunction():
    """Made-up sentence with cue words bare and after و or ف, and short words whose و or ف is their own."""
    norms = _words("وقتل ثلاثة جنود برصاص مسلحين فيما وصل وفد من قبل فوز ولم يعرف وبرصاص فقتلى")
    cues = violence.load_cues()
    got = attack_cues.cue_kinds(norms)
    assert got == [cues.get(violence._bare(w)) for w in norms]
    assert got[norms.index("برصاص")] == got[norms.index("وبرصاص")] is not None  # "وبرصاص" reads as "برصاص"


def test_the_kinds_are_kept_for_the_last_list_only():
    first, second = _words("برصاص الجيش"), _words("قتلى في غارة")
    assert attack_cues.cue_kinds(first) is attack_cues.cue_kinds(first)
    assert attack_cues.cue_kinds(second) == [violence.load_cues().get(violence._bare(w)) for w in second]
    assert attack_cues.cue_kinds(first) == [violence.load_cues().get(violence._bare(w)) for w in first]
