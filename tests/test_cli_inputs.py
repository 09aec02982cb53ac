"""Every command-line subcommand meets a binary file, an empty file, a folder and a
missing path with one line on stderr and exit code 2, never a traceback (one error
family, core.errors, caught in one place)."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.__main__ import main

ELF = b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8


@pytest.fixture
def paths(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "program.bin").write_bytes(ELF)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "folder").mkdir()
    return {"binary": tmp_path / "program.bin", "empty": tmp_path / "empty.txt",
            "folder": tmp_path / "folder", "missing": tmp_path / "no-such-file.txt"}


def _one_line_error(capsys, argv: list[str]) -> str:
    rc = main(argv)
    err = capsys.readouterr().err.strip()
    assert rc == 2, (argv, rc, err)
    last = err.splitlines()[-1]
    assert last.startswith("error: ") and "Traceback" not in err, err
    return last


@pytest.mark.parametrize("kind", ["binary", "empty", "folder", "missing"])
def test_extract(kind, paths, capsys):
    line = _one_line_error(capsys, ["extract", str(paths[kind])])
    assert {"binary": "not text", "empty": "empty", "folder": "directory", "missing": "No such file"}[kind] in line


@pytest.mark.parametrize("kind", ["binary", "empty", "folder", "missing"])
def test_evaluate(kind, paths, capsys):
    assert "no gold" in _one_line_error(capsys, ["evaluate", str(paths[kind])])


@pytest.mark.parametrize("kind", ["binary", "empty", "folder", "missing"])
def test_export_gold(kind, paths, tmp_path, capsys):
    line = _one_line_error(capsys, ["export-gold", "--store", f"sqlite:///{paths[kind]}", "--out",
                                    str(tmp_path / "out")])
    assert "store" in line
    assert not paths["missing"].exists()  # reading a store never creates one


@pytest.mark.parametrize("kind", ["binary", "empty", "folder", "missing"])
def test_batch_with_nothing_readable(kind, paths, tmp_path, capsys):
    line = _one_line_error(capsys, ["batch", str(paths[kind]), "--store", f"sqlite:///{tmp_path / 's.db'}",
                                    "--no-progress"])
    assert "no article could be read" in line


def test_batch_into_a_file_that_is_not_a_store(paths, tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("اتفق المغرب وإسرائيل على توسيع التعاون العسكري.", encoding="utf-8")
    assert "cannot open the store" in _one_line_error(capsys, ["batch", str(src), "--store",
                                                               f"sqlite:///{paths['binary']}", "--no-progress"])
