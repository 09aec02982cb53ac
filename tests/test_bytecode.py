"""The compiled-code cache of the package's modules (core.bytecode): used only while the
source is unchanged, never beside the sources, off with the prepared image."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from core import bytecode

ROOT = Path(__file__).resolve().parents[1]


def _module(tmp_path: Path, body: str) -> Path:
    pkg = tmp_path / "pkg"
    pkg.mkdir(exist_ok=True)
    src = pkg / "mod.py"
    src.write_text(body, encoding="utf-8")
    return src


def _run(code) -> dict:
    ns: dict = {}
    exec(code, ns)  # noqa: S102 - the module's own code
    return ns


def test_compiled_once_then_read_back_until_the_source_changes(tmp_path, monkeypatch):
    src = _module(tmp_path, "VALUE = 'اتفق الطرفان'\n")
    where = str(tmp_path / "cache")
    loader = bytecode.Loader("pkg.mod", str(src), where, root=str(src.parent))
    assert _run(loader.get_code("pkg.mod"))["VALUE"] == "اتفق الطرفان"
    assert (tmp_path / "cache" / "mod.pyc").is_file()

    def no_compiling(*_a, **_k):
        raise AssertionError("compiled again")

    monkeypatch.setattr(bytecode.Loader, "source_to_code", no_compiling)
    assert _run(loader.get_code("pkg.mod"))["VALUE"] == "اتفق الطرفان"  # from the cache
    monkeypatch.undo()
    src.write_text("VALUE = 'رفض الطرفان الاتفاق'\n", encoding="utf-8")  # another size
    assert _run(loader.get_code("pkg.mod"))["VALUE"] == "رفض الطرفان الاتفاق"


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
def test_a_file_others_may_write_is_not_read(tmp_path, monkeypatch):
    src = _module(tmp_path, "VALUE = 1\n")
    loader = bytecode.Loader("pkg.mod", str(src), str(tmp_path / "cache"), root=str(src.parent))
    loader.get_code("pkg.mod")
    os.chmod(tmp_path / "cache" / "mod.pyc", 0o666)
    compiled = []
    real = bytecode.Loader.source_to_code
    monkeypatch.setattr(bytecode.Loader, "source_to_code", lambda self, *a: compiled.append(1) or real(self, *a))
    assert _run(loader.get_code("pkg.mod"))["VALUE"] == 1
    assert compiled


def _import_in_child(tmp_path: Path, cache: str, *flags: str) -> None:
    env = {**os.environ, "AKHBAR_CACHE_DIR": cache, "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, *flags, "-c", "import core.model, core.headline"], cwd=ROOT, env=env, check=True)


def test_used_only_when_python_writes_no_bytecode(tmp_path):
    cache = tmp_path / "cache"
    _import_in_child(tmp_path, str(cache), "-B")
    found = list(cache.rglob("*.pyc"))
    assert {p.name for p in found} >= {"model.pyc", "headline.pyc"}
    other = tmp_path / "other"
    _import_in_child(tmp_path, str(other))  # Python's own __pycache__ (here under the prefix) does the work
    assert not other.exists()


def test_off_with_the_prepared_image(monkeypatch):
    monkeypatch.setenv("AKHBAR_CACHE_DIR", "off")
    assert bytecode.folder() is None
    monkeypatch.setenv("AKHBAR_CACHE_DIR", "/somewhere")
    assert bytecode.folder().startswith("/somewhere")
