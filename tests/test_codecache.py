"""The project's compiled code kept in the cache folder when Python keeps none
(core.codecache): read back only for the same source, path and interpreter, only from a
folder only this user may write, and never at the cost of an import."""
from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core import codecache

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    code = tmp_path / "cache" / "code"
    code.mkdir(parents=True, mode=0o700)
    (tmp_path / "cache").chmod(0o700)
    monkeypatch.setitem(codecache._STATE, "folder", code)
    return code


def _load(path: Path):
    loader = codecache._Loader("m", str(path))
    ns: dict = {}
    exec(loader.get_code("m"), ns)  # noqa: S102 - the test's own module
    return ns


def test_code_kept_and_read_back_for_the_same_source(tmp_path, folder):
    src = tmp_path / "m.py"
    src.write_text("X = 1\n")
    assert _load(src)["X"] == 1
    kept = codecache.code_file(folder, str(src))
    assert kept.is_file()
    # the kept code is what a second load runs (proved with code that differs from the source)
    head = kept.read_bytes()[:len(codecache.MAGIC) + 20]
    kept.write_bytes(head + marshal.dumps(compile("X = 2\n", str(src), "exec")))
    assert _load(src)["X"] == 2


def test_changed_source_compiled_again(tmp_path, folder):
    src = tmp_path / "m.py"
    src.write_text("X = 1\n")
    assert _load(src)["X"] == 1
    src.write_text("X = 3\n")  # same size, maybe the same mtime: the bytes decide
    assert _load(src)["X"] == 3
    assert _load(src)["X"] == 3


def test_damaged_file_compiled_again(tmp_path, folder):
    src = tmp_path / "m.py"
    src.write_text("X = 1\n")
    _load(src)
    kept = codecache.code_file(folder, str(src))
    kept.write_bytes(kept.read_bytes()[:-7])  # cut short
    assert _load(src)["X"] == 1
    kept.write_bytes(b"garbage")
    assert _load(src)["X"] == 1


def test_other_paths_and_interpreters_keep_their_own(tmp_path, folder):
    a, b = tmp_path / "a" / "m.py", tmp_path / "b" / "m.py"
    assert codecache.code_file(folder, str(a)) != codecache.code_file(folder, str(b))


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners")
def test_folder_others_may_write_not_used(tmp_path, monkeypatch):
    base = tmp_path / "shared"
    base.mkdir()
    base.chmod(0o777)
    monkeypatch.setenv(codecache.ENV, str(base))
    monkeypatch.setitem(codecache._STATE, "folder", None)
    assert codecache._folder() is None
    src = tmp_path / "m.py"
    src.write_text("X = 1\n")
    assert _load(src)["X"] == 1  # compiled, as without the cache


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners")
def test_file_others_may_write_not_read(tmp_path, folder):
    src = tmp_path / "m.py"
    src.write_text("X = 1\n")
    _load(src)
    kept = codecache.code_file(folder, str(src))
    head = kept.read_bytes()[:len(codecache.MAGIC) + 20]
    kept.write_bytes(head + marshal.dumps(compile("X = 2\n", str(src), "exec")))
    kept.chmod(0o666)
    assert _load(src)["X"] == 1


def _run(env_extra: dict[str, str], code: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", codecache.ENV)}
    env.update(env_extra)
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True, timeout=120).stdout.strip()


_SHOW = ("import core.times.words as m\n"
         "print(type(m.__loader__).__name__, m.__file__ == m.__loader__.path)\n"
         "print(m._clitic_forms.__code__.co_filename == m.__file__)\n")


def test_processes_use_it_only_when_python_keeps_no_code(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    on = {"PYTHONDONTWRITEBYTECODE": "1", codecache.ENV: str(cache)}
    assert _run(on, _SHOW).splitlines() == ["_Loader True", "True"]
    assert any(p.name.startswith("words-") for p in (cache / "code").iterdir())
    assert _run(on, _SHOW).splitlines() == ["_Loader True", "True"]  # read back
    off = {"PYTHONDONTWRITEBYTECODE": "1", codecache.ENV: "off"}
    assert _run(off, _SHOW).splitlines()[0] == "SourceFileLoader True"
