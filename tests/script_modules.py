"""The project's scripts and benchmarks as modules, for the tests of their helpers.

They are run as files and live in no package, so a test loads them from their path; one
loader here instead of a copy in every test file that needs one.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load(relpath: str) -> ModuleType:
    """The file at ``relpath`` (from the project's root, e.g. "bench/bench_batch.py") as a module."""
    path = ROOT / relpath
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
