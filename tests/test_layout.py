"""The layout rules the maintainers agreed on, checked: small modules and functions in
core/, and test files whose names are unique (pytest imports them by basename, and two
files of one name stop the whole run at collection)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_core_module_over_600_lines_and_no_function_over_80():
    long_modules, long_functions = [], []
    for path in sorted((ROOT / "core").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > 600:
            long_modules.append(str(path.relative_to(ROOT)))
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > 80:
                long_functions.append(f"{path.relative_to(ROOT)}:{node.name}")
    assert not long_modules and not long_functions, (long_modules, long_functions)


def test_test_files_have_unique_names():
    names = Counter(p.name for p in (ROOT / "tests").rglob("test_*.py"))
    assert not [n for n, k in names.items() if k > 1]


def _imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at its top or late inside a function."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_the_entity_stage_does_not_import_the_event_stage_nor_core_the_dashboard():
    """Entities come before events (the event rules read them), and core/ knows nothing
    of Streamlit: an import the other way, even a late one, ties a stage to what runs after it."""
    wrong = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        mods = _imported_modules(path)
        if path.parent.name == "entities" and any(m == "core.events" or m.startswith("core.events.") for m in mods):
            wrong.append(str(path.relative_to(ROOT)))
        if any(m.split(".")[0] in ("streamlit", "pages") for m in mods):
            wrong.append(str(path.relative_to(ROOT)))
    assert not wrong, wrong
