"""Compiled extraction modules, loaded only where they were compiled from the very source
that is on disk now.

Why: the extraction is some 200 small modules of rules in pure Python, and its time is
spread over thousands of Python calls per article with no hot spot (bench/README.md); the
same unchanged modules compiled to C by Cython (``python -m core.native_build``) run the
same code with less interpreter work (17 % fewer instructions; on Python 3.11 slower in CPU
time all the same, bench/README.md). They are kept outside the source tree, in the cache
folder of the prepared image (``core.prepared``), one file per module named by a hash of
the source bytes it was compiled from: a module whose ``.py`` has changed since (edited,
another branch checked out, another worktree) has no file under its new hash and is
imported from its source as always. Nothing is ever compiled here, only looked up.

:func:`install` (called by ``core/__init__.py``) puts a finder ahead of Python's own for the
modules under ``core.``: it finds each module's source as Python would, hashes its bytes,
and hands the import to the compiled file when one of that hash exists. The module keeps
its source's ``__file__`` (the data files are found beside it) and its ``__spec__.origin``.

Off with ``AKHBAR_NATIVE=off`` (or ``0``) or with the image's cache folder turned off;
compiled files are read only from a folder and files that belong to this user and that
nobody else may write (loading one runs its code). :func:`status` says in one line which
code runs, so that a benchmark never reports pure-Python figures as compiled ones or the
reverse.
"""
from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import os
import sys
from pathlib import Path

ENV = "AKHBAR_NATIVE"
RECIPE = "cython-1"
"""Changed whenever the build's options change, so that files built otherwise are not used."""
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]

_STATE: dict = {"finder": None, "reason": "not installed"}


def source_hash(data: bytes) -> str:
    """The name a module's compiled file carries: its source bytes, the build's recipe and
    the interpreter (a file built for another Python is never looked at)."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{RECIPE}|{sys.version}|{SUFFIX}\0".encode())
    h.update(data)
    return h.hexdigest()


def folder() -> Path | None:
    """Where the compiled modules of this interpreter are kept, or None when turned off."""
    if os.environ.get(ENV, "").strip().lower() in ("0", "off", "no", "false"):
        return None
    from core import prepared

    d = prepared.cache_dir()
    return None if d is None else d / "native" / SUFFIX.strip(".").rsplit(".", 1)[0]


def compiled_path(where: Path, fullname: str, data: bytes) -> Path:
    return where / f"{fullname}-{source_hash(data)}{SUFFIX}"


class _CompiledLoader(importlib.machinery.ExtensionFileLoader):
    """Loads the compiled file, then gives the module its source's ``__file__``."""

    def create_module(self, spec):
        so_spec = importlib.machinery.ModuleSpec(spec.name, self, origin=self.path,
                                                 is_package=spec.submodule_search_locations is not None)
        if spec.submodule_search_locations is not None:
            so_spec.submodule_search_locations = list(spec.submodule_search_locations)
        module = super().create_module(so_spec)
        module.__file__ = spec.origin
        return module


class CompiledFinder(importlib.abc.MetaPathFinder):
    """Ahead of Python's path finder for the modules under ``prefix``: a module whose
    source hashes to a compiled file in ``where`` is loaded from that file."""

    def __init__(self, where: Path, prefix: str = "core."):
        self.where, self.prefix = where, prefix
        self.names = _trusted_files(where)
        self.loaded: list[str] = []

    def find_spec(self, fullname, path=None, target=None):
        if not fullname.startswith(self.prefix) or not self.names:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not isinstance(spec.loader, importlib.machinery.SourceFileLoader):
            return spec
        try:
            data = Path(spec.origin).read_bytes()
        except OSError:
            return spec
        so = compiled_path(self.where, fullname, data)
        if so.name in self.names:
            spec.loader = _CompiledLoader(fullname, str(so))
            self.loaded.append(fullname)
        return spec


def _trusted_files(where: Path) -> frozenset[str]:
    """The compiled files of ``where``, none when the folder or a file may be written by
    another user."""
    from core.prepared import owned

    try:
        if not owned(where.stat()):
            return frozenset()
        return frozenset(e.name for e in os.scandir(where)
                         if e.name.endswith(SUFFIX) and e.is_file() and owned(e.stat()))
    except OSError:
        return frozenset()


def install() -> None:
    """Put the finder in place once per process (nothing when turned off or never built)."""
    if _STATE["finder"] is not None:
        return
    where = folder()
    if where is None:
        _STATE["reason"] = f"turned off ({ENV} or the cache folder)"
        return
    finder = CompiledFinder(where)
    if not finder.names:
        _STATE["reason"] = "not built (python -m core.native_build)"
        return
    _STATE["finder"] = finder
    sys.meta_path.insert(0, finder)


def status() -> str:
    """One line: whether the extraction runs compiled, and how much of it."""
    f = _STATE["finder"]
    if f is None or not f.loaded:
        why = _STATE["reason"] if f is None else "no module matched its source (python -m core.native_build)"
        return f"extraction code: pure Python ({why})"
    return f"extraction code: compiled, {len(f.loaded)} modules (the rest in Python)"
