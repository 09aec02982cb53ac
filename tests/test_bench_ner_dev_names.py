"""bench/bench_ner_dev_names.py: a dev tenth's copy of given_names.tsv lacks the ANERcorp
names only that tenth gives (made-up names)."""
import importlib.util
from pathlib import Path


def _module():
    path = Path(__file__).resolve().parent.parent / "bench" / "bench_ner_dev_names.py"
    spec = importlib.util.spec_from_file_location("bench_ner_dev_names", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_a_name_only_the_tenth_gives_is_held_out():
    others = [[("قال", "O"), ("زهران", "B-PERS"), ("قطيفي", "I-PERS")],
              [("ووصل", "O"), ("وزهران", "B-PERS"), ("قطيفي", "I-PERS")]]
    rows = ["name\tsource", "زهران\tanercorp", "ميلوران\tanercorp", "ميلوران2\thand", "سلوان\tanercorp+aqmar"]
    kept, dropped = _module().held_out_rows(rows, others)
    assert dropped == ["ميلوران"]
    assert kept == ["name\tsource", "زهران\tanercorp", "ميلوران2\thand", "سلوان\tanercorp+aqmar"]
