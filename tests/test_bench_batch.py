"""bench/bench_batch.py: its collector figures count what only a collection frees (the
reference cycles that make a batch walk its garbage), and only inside their block."""
import gc

from script_modules import load


def _module():
    return load("bench/bench_batch.py")


class _Node:
    def __init__(self):
        self.me = self  # a cycle: only the collector frees it


def test_the_collector_counts_the_cycles_it_freed_and_stops_counting_after():
    Collector = _module().Collector
    gc.collect()
    with Collector() as c:
        for _ in range(50):
            _Node()
        gc.collect()
    assert c.passes >= 1
    assert c.freed >= 50  # each node and its attribute dict
    assert c.cpu >= 0.0
    seen = (c.passes, c.freed)
    _Node()
    gc.collect()
    assert (c.passes, c.freed) == seen
    assert c._note not in gc.callbacks


def test_without_cycles_a_collection_frees_nothing():
    Collector = _module().Collector
    gc.collect()
    with Collector() as c:
        _ = [[i] for i in range(1000)]  # plain garbage: freed by its reference counts
        del _
        gc.collect()
    assert c.passes >= 1 and c.freed == 0


def test_the_bytecode_environment_writes_compiled_modules_to_a_folder_of_its_own(tmp_path, monkeypatch):
    """The end-to-end run "with .pyc" gets an environment in which Python writes and then
    reads compiled modules, however this one is set (PYTHONDONTWRITEBYTECODE), in a folder
    that is not the checkout's and that goes with the measurement."""
    import os
    import subprocess
    import sys

    (tmp_path / "made_up_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    with _module().bytecode_env() as env:
        assert "PYTHONDONTWRITEBYTECODE" not in env
        prefix = env["PYTHONPYCACHEPREFIX"]
        subprocess.run([sys.executable, "-c", "import made_up_module"], cwd=tmp_path, env=env, check=True)
        written = [n for _, _, names in os.walk(prefix) for n in names if n.startswith("made_up_module.")]
        assert written and all(n.endswith(".pyc") for n in written)
    assert not os.path.exists(prefix)
    assert not (tmp_path / "__pycache__").exists()
    assert os.environ["PYTHONDONTWRITEBYTECODE"] == "1"  # this process's own is left as it was
