"""The role model's training weighs the wrong pairs of a trigger that has a right one
(core.events.role_training.weigh_rivals): a trigger keeps its best pair, so the model
must rank the right actors above the other actors of its sentence. Made-up sentences."""
from core import analyze
from core.events import role_training
from core.events.learned import collecting


def test_rivals_of_a_right_pair_weigh_more():
    rows = [(["T=ACCUSE"], 1, 1.0), (["T=ACCUSE"], 0, 1.0),
            (["T=ACCUSE"], 0, 1.0)]
    got = role_training.weigh_rivals(rows, hard=1.5)
    assert [w for _, _, w in got] == [1.0, 1.5, 1.5]


def test_a_trigger_without_a_right_pair_keeps_its_weights():
    rows = [(["T=ACCUSE"], 0, 1.0), (["T=ACCUSE"], 0, 1.0)]
    assert role_training.weigh_rivals(rows, hard=1.5) == rows
    assert role_training.weigh_rivals(rows[:1] + [(["T=ACCUSE"], 1, 0.6)], hard=1) == (
        rows[:1] + [(["T=ACCUSE"], 1, 0.6)])


def test_labelled_candidates_of_a_made_up_sentence_weigh_the_wrong_actors():
    """"اتهمت فنلندا النرويج ... بحضور وفد من السويد": the accusation is Finland's of
    Norway; the pairs with Sweden are the trigger's wrong pairs."""
    text = "اتهمت فنلندا النرويج بخرق اتفاق الصيد بحضور وفد من السويد."
    gold = {"entities": [{"id": "FIN", "type": "COUNTRY", "mentions": ["فنلندا"]},
                         {"id": "NOR", "type": "COUNTRY", "mentions": ["النرويج"]},
                         {"id": "SWE", "type": "COUNTRY", "mentions": ["السويد"]}],
            "events": [{"type": "ACCUSE", "actors": ["FIN", "NOR"], "directed": True, "evidence": text}]}
    with collecting() as bag:
        got = analyze(text, None).to_dict()
    accuse = role_training.label_candidates(gold, text, got, [b for b in bag if b[2] == "ACCUSE"])
    right = [r for r in accuse if r[1]]
    wrong = [r for r in accuse if not r[1]]
    assert right and wrong
    assert all(w == 1.0 for _, _, w in right)
    assert all(w == role_training.HARD_NEGATIVE for _, _, w in wrong)
    # the agreement the sentence mentions ("اتفاق") has no right pair: nothing to rank against
    other = role_training.label_candidates(gold, text, got, [b for b in bag if b[2] != "ACCUSE"])
    assert all(w == 1.0 and not label for _, label, w in other)


def test_the_class_weight_of_the_right_pairs_is_a_row_weight():
    """fit_rows(positive=w) fits as if every right pair weighed w times more (what
    scripts/role_nested_check.py --positive chooses among); 1 leaves the rows as they are."""
    rows = [(["T=ACCUSE", "s:in=-"], 1, 1.0), (["T=ACCUSE", "s:in=من"], 0, 1.25),
            (["T=ACCUSE", "s:in=-", "t:in=علي"], 1, 0.6), (["T=ACCUSE", "t:in=من"], 0, 1.0)]
    doubled = [(f, label, w * 2 if label else w) for f, label, w in rows]
    assert role_training.fit_rows(rows, c=1.0, positive=2.0).weights == role_training.fit_rows(doubled, c=1.0).weights
    assert role_training.fit_rows(rows, c=1.0, positive=1.0).weights == role_training.fit_rows(rows, c=1.0).weights
