"""The prepared image of the extraction's tables (core.prepared): the same analyses with
and without it, written by concurrent processes without harm, rebuilt when the code or
data change, and never a failure when its folder cannot be written or the file is
damaged or unsafe."""
import collections
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from core import prepared

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "data" / "samples").glob("*.json"))[:4]

# a process that prepares, analyses the samples and says which tables came from the image
SCRIPT = """
import json, sys
from pathlib import Path
from core import analyze, prepared
from core.pipeline import prepare
prepare()
out = []
for p in sys.argv[1:]:
    d = json.loads(Path(p).read_text(encoding="utf-8"))
    out.append(analyze(d["text"], d.get("published")).to_json())
print(json.dumps({"from_image": sorted(prepared._STATE["image"] or {}), "analyses": out}))
"""


def _run(cache: str, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, AKHBAR_CACHE_DIR=cache, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", SCRIPT, *map(str, SAMPLES), *extra], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _result(proc: subprocess.Popen) -> dict:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return json.loads(out)


def test_same_analyses_with_the_image_built_by_two_processes_at_once(tmp_path):
    cache = tmp_path / "cache"
    first = [_run(str(cache)), _run(str(cache))]  # both build and write at the same moment
    built = [_result(p) for p in first]
    assert built[0]["from_image"] == built[1]["from_image"] == []
    images = list(cache.glob("tables-*.pickle"))
    assert len(images) == 1 and not list(cache.glob(".tables-*"))  # one whole image, no leftovers
    read = _result(_run(str(cache)))
    assert "core.lexicon._load_cached" in read["from_image"]
    assert "core.ner_crf._scorer" in read["from_image"]
    assert "core.events.triggers.load_triggers" in read["from_image"]
    # what the warm-up article reads from the data files or pycountry, not built again
    # before a batch's workers fork
    assert "core.events.speech_acts._trigger_word_sets" in read["from_image"]
    assert "core.entities.second._iso3_by_iso2" in read["from_image"]
    without = _result(_run("off"))
    assert without["from_image"] == []
    assert read["analyses"] == built[0]["analyses"] == built[1]["analyses"] == without["analyses"]
    assert os.stat(cache).st_mode & 0o077 == 0  # the folder is the user's alone


def test_a_folder_that_cannot_be_made_only_means_building_each_time(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    res = _result(_run(str(blocker / "cache")))
    assert res["from_image"] == [] and res["analyses"]
    assert prepared._write(blocker / "cache" / "tables-x.pickle", "x", b"") is None


def test_the_key_follows_the_code_and_the_data(tmp_path):
    src = tmp_path / "data"
    src.mkdir()
    (src / "a.tsv").write_text("word\tcount\nفي\t3\n", encoding="utf-8")
    k1 = prepared.image_key((src,))
    assert prepared.image_key((src,)) == k1
    (src / "a.tsv").write_text("word\tcount\nفي\t4\n", encoding="utf-8")
    k2 = prepared.image_key((src,))
    (src / "b.tsv").write_text("", encoding="utf-8")
    k3 = prepared.image_key((src,))
    (src / "__pycache__").mkdir()
    (src / "__pycache__" / "a.pyc").write_bytes(b"compiled")
    assert len({k1, k2, k3}) == 3 and prepared.image_key((src,)) == k3
    assert prepared.image_key() == prepared.image_key()  # the project's own code and data


def test_damaged_or_unsafe_images_are_ignored(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    path = folder / "tables-k.pickle"
    assert prepared._write(path, "k", prepared._dumps({"t": {"a": 1}})) == path
    assert prepared._read(path) == {"t": {"a": 1}}
    data = path.read_bytes()
    path.write_bytes(data[:-5])  # cut short
    assert prepared._read(path) == {}
    path.write_bytes(prepared.MAGIC + b"j" + data[len(prepared.MAGIC) + 1:])  # another key's header
    assert prepared._read(path) == {}
    path.write_bytes(data)
    os.chmod(path, 0o666)  # anyone may write it: a pickle from anyone runs code
    assert prepared._read(path) == {}
    os.chmod(path, 0o600)
    os.chmod(folder, 0o777)
    assert prepared._read(path) == {}
    os.chmod(folder, 0o700)
    assert prepared._read(path) == {"t": {"a": 1}}
    assert prepared._read(folder / "tables-none.pickle") == {}


def test_concurrent_writers_leave_a_whole_image(tmp_path):
    path = tmp_path / "cache" / "tables-k.pickle"
    payloads = [prepared._dumps({"t": list(range(i, i + 200_000))}) for i in range(6)]
    threads = [threading.Thread(target=prepared._write, args=(path, "k", p)) for p in payloads]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    got = prepared._read(path)["t"]
    assert got == list(range(got[0], got[0] + 200_000))
    assert not list(path.parent.glob(".tables-*"))


def test_old_images_are_cleaned_up(tmp_path):
    folder = tmp_path / "cache"
    for i in range(prepared.KEEP + 3):
        p = prepared._write(folder / f"tables-{i}.pickle", str(i), prepared._dumps({}))
        os.utime(p, (1_000_000 + i, 1_000_000 + i))
    prepared._write(folder / "tables-new.pickle", "new", prepared._dumps({}))
    kept = sorted(p.name for p in folder.glob("tables-*.pickle"))
    assert len(kept) == prepared.KEEP and "tables-new.pickle" in kept
    assert "tables-0.pickle" not in kept


def test_a_loader_keeps_its_value_per_arguments_and_builds_again_after_cache_clear():
    calls = []

    @prepared.table(imaged=lambda which=None: False)  # never imaged: only the in-process cache
    def loader(which=None):
        calls.append(which)
        return {"which": which}

    assert loader() is loader() and loader("x") is loader("x") and loader() is not loader("x")
    assert calls == [None, "x"]
    loader.cache_clear()
    assert loader() == {"which": None} and calls == [None, "x", None]
    prepared._LOADERS.remove(loader)


def test_cache_clear_never_serves_the_image_again(tmp_path, monkeypatch):
    """A loader cleared after its files changed (a retrained model) builds again instead
    of taking the value the image held, and the image no longer keeps that value alive."""

    @prepared.table()
    def model():
        return "new"

    monkeypatch.setitem(prepared._STATE, "image", {model.image_name: "old"})
    monkeypatch.setitem(prepared._STATE, "stale", set())
    monkeypatch.setitem(prepared._STATE, "built", False)
    monkeypatch.setenv(prepared.ENV, str(tmp_path))
    try:
        assert model() == "old"  # from the image
        model.cache_clear()
        assert model() == "new" and prepared._STATE["image"] == {}
    finally:
        prepared._LOADERS.remove(model)


def test_an_image_saved_again_keeps_the_tables_this_process_did_not_ask_for(tmp_path, monkeypatch):
    """A process that read an image and built one table more (the batch's search forms
    after an image the app wrote) saves the image with that table added to all it held,
    not only the tables it asked for; a value forgotten here (cache_clear) is left out."""

    @prepared.table()
    def asked():
        return "asked"

    @prepared.table()
    def added():
        return "added"

    monkeypatch.setenv(prepared.ENV, str(tmp_path))
    monkeypatch.setitem(prepared._STATE, "key", "k" * 40)
    monkeypatch.setitem(prepared._STATE, "image", {asked.image_name: "asked", "other.table": "kept",
                                                   "cleared.table": "old"})
    monkeypatch.setitem(prepared._STATE, "stale", {"cleared.table"})
    monkeypatch.setitem(prepared._STATE, "built", False)
    monkeypatch.setattr(prepared, "image_key", lambda *a: "k" * 40)
    try:
        assert asked() == "asked" and not prepared.built()  # from the image
        assert added() == "added" and prepared.built()  # not in it: built here
        path = prepared.save()
        assert path is not None
        saved = prepared._read(path)  # with the tables earlier tests of this process loaded
        assert {k: saved.get(k) for k in (asked.image_name, added.image_name, "other.table")} == {
            asked.image_name: "asked", added.image_name: "added", "other.table": "kept"}
        assert "cleared.table" not in saved
    finally:
        prepared._LOADERS.remove(asked)
        prepared._LOADERS.remove(added)


class _Holder:
    def __init__(self, words):
        self.words = words


_Pair = collections.namedtuple("_Pair", "a b")


def test_the_image_holds_each_string_once_and_the_tables_as_they_were():
    import pickle

    from core.text import WordCache

    def fresh(s: str) -> str:
        return "".join(list(s))  # an equal string that is another object

    cache = WordCache(10)
    cache.put(fresh("تعاون"), (fresh("تعاون"), 1))
    tables = {"a": {fresh("تعاون"): 1, fresh("اتفاق"): 2}, "b": [fresh("تعاون"), (fresh("اتفاق"), 3)],
              "c": _Holder({fresh("تعاون")}), "d": cache, "e": _Pair(fresh("x"), 1), "f": frozenset({fresh("y")})}
    payload = prepared._dumps(tables)
    shared = prepared._with_shared_strings(payload)
    assert len(shared) < len(payload)
    back = pickle.loads(shared)
    assert back["a"] == tables["a"] and list(back["a"]) == list(tables["a"])  # same keys, same order
    assert back["b"] == tables["b"] and back["c"].words == tables["c"].words and back["e"] == tables["e"]
    assert type(back["d"]) is WordCache and back["d"] == tables["d"] and back["d"].limit == 10
    first = next(iter(back["a"]))
    assert back["b"][0] is first and next(iter(back["d"])) is first and back["d"][first][0] is first
    assert pickle.loads(payload)["b"][0] is not next(iter(pickle.loads(payload)["a"]))  # not so before


def test_the_image_holds_each_plain_tuple_once():
    """Equal tuples of strings, ints and None (the event stage's readings of 95,000 words
    are 12,900 distinct tuples among 116,000) are pickled once; tuples that could equal
    another of other contents (bools, floats), or hold something mutable, and tuple
    subclasses stay apart."""
    import pickle

    def fresh(*items):
        return tuple(list(items))  # an equal tuple that is another object

    tables = {"readings": {"a": fresh((), "", 0), "b": fresh((), "", 0), "c": fresh(("x", 1), None)},
              "more": [fresh(("x", 1), None)], "flags": [fresh(1, "k"), fresh(True, "k"), fresh(1.0, "k")],
              "mutable": [fresh([1], "m"), fresh([1], "m")], "named": [_Pair("p", 1), _Pair("p", 1)]}
    back = pickle.loads(prepared._with_shared_strings(prepared._dumps(tables)))
    assert back == tables
    assert back["readings"]["a"] is back["readings"]["b"] and back["readings"]["c"] is back["more"][0]
    assert back["flags"][0] is not back["flags"][1] and back["flags"][0] is not back["flags"][2]
    assert [type(x[0]) for x in back["flags"]] == [int, bool, float]
    assert back["mutable"][0] is not back["mutable"][1] and back["named"][0] is not back["named"][1]
    assert type(back["named"][0]) is _Pair


def test_an_image_whose_strings_cannot_be_shared_is_written_as_it_was(monkeypatch):
    payload = prepared._dumps({"a": ["x"]})

    def deep(*_a):
        raise RecursionError("too deep")

    monkeypatch.setattr(prepared, "_share", deep)
    assert prepared._with_shared_strings(payload) == payload


def test_the_remembered_key_is_the_bytes_key_and_follows_every_change(tmp_path, monkeypatch):
    src = tmp_path / "data"
    src.mkdir()
    (src / "a.tsv").write_text("word\tcount\nفي\t3\n", encoding="utf-8")
    cache = tmp_path / "cache"
    monkeypatch.setenv(prepared.ENV, str(cache))
    monkeypatch.setattr(prepared, "SETTLED", -60.0)  # the files just written count as settled
    k1 = prepared.remembered_key((src,))
    assert k1 == prepared.image_key((src,))
    memo = [p for p in cache.iterdir() if p.name.startswith("key-")]
    assert len(memo) == 1 and memo[0].read_text().split()[1] == k1
    calls = []
    monkeypatch.setattr(prepared, "image_key", lambda s: calls.append(s) or "hashed")
    assert prepared.remembered_key((src,)) == k1 and calls == []  # taken from the memo
    # the same size and modification time, other bytes: the change time tells
    st = (src / "a.tsv").stat()
    (src / "a.tsv").write_text("word\tcount\nفي\t4\n", encoding="utf-8")
    os.utime(src / "a.tsv", ns=(st.st_atime_ns, st.st_mtime_ns))
    assert prepared.remembered_key((src,)) == "hashed" and len(calls) == 1
    (src / "b.tsv").write_text("", encoding="utf-8")
    assert prepared.remembered_key((src,)) == "hashed" and len(calls) == 2


def test_a_key_of_files_changed_just_now_is_not_remembered(tmp_path, monkeypatch):
    src = tmp_path / "data"
    src.mkdir()
    (src / "a.tsv").write_text("x", encoding="utf-8")
    cache = tmp_path / "cache"
    monkeypatch.setenv(prepared.ENV, str(cache))
    assert prepared.remembered_key((src,)) == prepared.image_key((src,))
    assert not cache.exists() or not [p for p in cache.iterdir() if p.name.startswith("key-")]
    assert prepared.stat_key((src,))[1] is False
    monkeypatch.setenv(prepared.ENV, "off")
    assert prepared.remembered_key((src,)) == prepared.image_key((src,))
