"""Compile the extraction's modules with Cython into the cache folder (``core.native``).

    python -m core.native_build [--jobs N] [--quiet]

Why: the extraction is pure Python whose time is spread over thousands of small calls
per article; compiled to C unchanged (Cython, Apache-2.0; no type declarations, no
module written for it) the same code runs 17 % fewer instructions, but on Python 3.11 it
was measured 10-19 % slower in CPU time (bench/README.md), so this is not in use. The modules stay the source of truth: what is compiled is a copy of
the exact bytes hashed, and ``core.native`` loads a compiled module only while its
source still hashes to the same value, so an edited module is simply run from source.

Only the modules missing for the present sources are compiled (a first build takes
minutes, a rebuild after an edit seconds per changed module). A module Cython cannot
compile stays in Python. Without Cython or a C compiler, or when the build fails, it
says so in one line and exits 0: everything runs in pure Python, as before.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import io
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from core import native

ROOT = Path(__file__).resolve().parent
PACKAGES = ("entities", "events", "times")
"""Compiled whole: the extraction's stages."""
MODULES = ("crf_features", "crf_scorer", "crf_viterbi", "cue_words", "headline", "lexicon", "model",
           "names", "ner_crf", "notices", "pipeline", "relations", "text", "timex", "topics")
"""The modules of ``core`` the extraction runs through (``prepared``, imported by the loader
itself, and the store, batch, app and training code stay in Python)."""
DIRECTIVES = {"language_level": 3, "binding": True, "annotation_typing": False}
"""``annotation_typing=False``: Cython would otherwise check ``x: list`` annotations as exact
types at run time, which Python never does; ``binding=True``: functions behave as Python's
(introspection, ``functools`` wrappers, pickling by name)."""


def sources() -> list[tuple[str, Path]]:
    """(module name, source path) of every module the build compiles."""
    out = [(f"core.{m}", ROOT / f"{m}.py") for m in MODULES if (ROOT / f"{m}.py").is_file()]
    for pkg in PACKAGES:
        for p in sorted((ROOT / pkg).glob("*.py")):
            name = f"core.{pkg}" if p.stem == "__init__" else f"core.{pkg}.{p.stem}"
            out.append((name, p))
    return out


def _compile_one(name: str, data: bytes, is_pkg: bool, target: str) -> str | None:
    """Compile one module's source bytes to ``target``; None when done, else the reason."""
    try:
        import Cython.Build
        from setuptools import Distribution, Extension
        from setuptools.command.build_ext import build_ext
    except ImportError as e:
        return f"{e.name or e} is not installed"
    with tempfile.TemporaryDirectory(prefix="akhbar-native-") as tmp:
        parts = name.split(".")
        rel = Path(*parts, "__init__.py") if is_pkg else Path(*parts[:-1], parts[-1] + ".py")
        src = Path(tmp, "src", rel)
        src.parent.mkdir(parents=True)
        src.write_bytes(data)
        try:
            with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.redirect_stderr(out):
                ext = Extension(name, [str(src)], extra_compile_args=_c_flags())
                exts = Cython.Build.cythonize([ext], compiler_directives=DIRECTIVES, quiet=True,
                                              build_dir=os.path.join(tmp, "c"), force=True)
                dist = Distribution({"ext_modules": exts, "script_args": []})
                cmd = build_ext(dist)
                cmd.build_lib, cmd.build_temp = os.path.join(tmp, "lib"), os.path.join(tmp, "o")
                cmd.ensure_finalized()
                cmd.run()
                built = cmd.get_ext_fullpath(name)
        except (Exception, SystemExit) as e:  # noqa: BLE001 - any failure leaves the module in Python
            lines = [ln.strip() for ln in (out.getvalue() + "\n" + "".join(traceback.format_exception_only(e))).splitlines()
                     if ln.strip()]
            where = [ln for ln in lines if ".py:" in ln and ": " in ln]  # Cython's own message
            return (where or lines or [type(e).__name__])[-1][:200]
        tmp_target = f"{target}.{os.getpid()}.tmp"
        shutil.copyfile(built, tmp_target)
        os.chmod(tmp_target, 0o755)
        os.replace(tmp_target, target)  # whole files only, for readers and concurrent builds
    return None


def _c_flags() -> list[str]:
    """-O2 without debug information where the compiler is GCC or Clang (the C that Cython
    writes is large, and Python's own -O3 -g takes twice as long to compile it), and an
    integer cast to an object pointer refused: Cython 3.3 writes one for a conditional
    expression whose ``else`` is ``obj or a in b and c > d`` (the program crashes there), so
    such a module fails to compile and stays in Python."""
    import sysconfig

    cc = (sysconfig.get_config_var("CC") or "").split()
    unix = cc and os.path.basename(cc[0]) in ("gcc", "cc", "clang")
    return ["-O2", "-g0", "-Werror=int-to-pointer-cast"] if unix else []


def build(jobs: int | None = None, log=print) -> tuple[int, int, list[str]]:
    """Compile the modules missing for the present sources: (compiled now, already there,
    failures as "module: reason"). Old files of this checkout's modules stay for other
    checkouts and are removed after 30 days unused."""
    where = native.folder()
    if where is None:
        raise RuntimeError(f"turned off ({native.ENV} or the cache folder)")
    where.mkdir(parents=True, exist_ok=True, mode=0o700)
    todo, have = [], 0
    for name, path in sources():
        data = path.read_bytes()
        target = native.compiled_path(where, name, data)
        if target.is_file():
            have += 1
            os.utime(target)
        else:
            todo.append((name, data, path.name == "__init__.py", str(target)))
    failed: list[str] = []
    if todo:
        # a one-line module first: without Cython or a compiler, one failure says so for all
        with tempfile.TemporaryDirectory(prefix="akhbar-native-") as tmp:
            why = _compile_one("akhbar_native_probe", b"VALUE = 1\n", False, os.path.join(tmp, "probe.so"))
        if why:
            return 0, have, [f"{t[0]}: {why}" for t in todo]
        jobs = jobs or os.cpu_count() or 1
        with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {pool.submit(_compile_one, *t): t[0] for t in todo}
            for i, fut in enumerate(concurrent.futures.as_completed(futures), 1):
                why = fut.result()
                if why:
                    failed.append(f"{futures[fut]}: {why}")
                log(f"  [{i}/{len(todo)}] {futures[fut]}{' left in Python: ' + why if why else ''}")
    _forget_old(where)
    return len(todo) - len(failed), have, failed


def _forget_old(where: Path, days: float = 30) -> None:
    cutoff = time.time() - days * 86400
    for p in where.glob(f"*{native.SUFFIX}"):
        try:
            if p.stat().st_mtime < cutoff:
                p.unlink()
        except OSError:
            pass


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m core.native_build", description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=None, help="compilers run at once (default: the CPUs)")
    ap.add_argument("--quiet", action="store_true", help="only the summary line")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    try:
        done, have, failed = build(a.jobs, log=(lambda *_: None) if a.quiet else print)
    except Exception as e:  # noqa: BLE001 - the build is an optimisation; never stop the set-up
        print(f"compiled extraction: not built ({type(e).__name__}: {e}); extraction runs in pure Python")
        return 0
    total = done + have + len(failed)
    if done + have == 0:
        reason = failed[0].split(": ", 1)[1] if failed else "nothing to compile"
        print(f"compiled extraction: not built ({reason}); extraction runs in pure Python")
        return 0
    print(f"compiled extraction: {done + have} of {total} modules ({done} compiled now, {have} already built, "
          f"{time.perf_counter() - t0:.0f} s)"
          + (f"; left in Python: {', '.join(f.split(':')[0] for f in failed)}" if failed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
