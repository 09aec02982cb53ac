"""bench/bench_ner_dev_names.py: a dev tenth's copy of given_names.tsv lacks the ANERcorp
names only that tenth gives (made-up names)."""
from script_modules import load


def _module():
    return load("bench/bench_ner_dev_names.py")


def test_a_name_only_the_tenth_gives_is_held_out():
    others = [[("قال", "O"), ("زهران", "B-PERS"), ("قطيفي", "I-PERS")],
              [("ووصل", "O"), ("وزهران", "B-PERS"), ("قطيفي", "I-PERS")]]
    rows = ["name\tsource", "زهران\tanercorp", "ميلوران\tanercorp", "ميلوران2\thand", "سلوان\tanercorp+aqmar"]
    kept, dropped = _module().held_out_rows(rows, others)
    assert dropped == ["ميلوران"]
    assert kept == ["name\tsource", "زهران\tanercorp", "ميلوران2\thand", "سلوان\tanercorp+aqmar"]
