"""Compiled code of the project's own modules, kept beside the prepared image when Python
is told not to keep it beside the sources.

Why: with ``PYTHONDONTWRITEBYTECODE`` set (containers, read-only deployments, some CI and
shared machines) Python writes no ``__pycache__`` and every process compiles the hundred
modules of ``core/`` again from source: about 0.12 CPU-s of a batch run's 0.65 s
start-up (its main process imports them all before its workers fork), and as much for
every app, test or benchmark process that starts. Read back, their code costs a few ms.

How: a finder placed ahead of the standard ones takes the ``core.*`` modules the standard
path finder finds as source files and gives them a loader that keeps each module's code
(``marshal``, as a ``.pyc`` holds it) in ``code/`` under the image's folder
(``core.prepared``; ``AKHBAR_CACHE_DIR``, off with ``off``). A file per module, checkout
and interpreter (the name hashes the source's path, the Python version and the
optimisation level: code records its file's path, which tracebacks show), holding the
hash of the source it was compiled from: a source that differs in any byte is compiled
again and the file replaced (written to a temporary file, then renamed). Files are only
read from a folder and as files that only this user may write (code runs when loaded).
Only installed when Python itself keeps no compiled code (``sys.dont_write_bytecode``):
otherwise its ``__pycache__`` does the same. Anything amiss (no folder, a damaged file)
only means the module is compiled, as without this module.
"""
from __future__ import annotations

import hashlib
import importlib.machinery
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ENV = "AKHBAR_CACHE_DIR"
MAGIC = b"akhbar-lens code 1\n"
PACKAGE = "core."
_STATE: dict[str, Any] = {"folder": None}  # the code folder once found safe (or False)


def cache_dir() -> Path | None:
    """The folder of the prepared image and of the code, or None when turned off."""
    env = os.environ.get(ENV)
    if env is not None:
        return None if env.strip().lower() in ("", "0", "off", "no", "false") else Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "akhbar-lens"


def owned(st: os.stat_result) -> bool:
    """Written by this user and by nobody else (no POSIX owners, as on Windows: the user's
    own profile folder)."""
    return not hasattr(os, "getuid") or (st.st_uid == os.getuid() and not st.st_mode & 0o022)


def _folder() -> Path | None:
    """The code folder, made if need be; None when off or not safe to read code from."""
    if _STATE["folder"] is None:
        base = cache_dir()
        folder = None if base is None else base / "code"
        try:
            if folder is not None:  # the folder (and the image's) made the user's alone
                base.mkdir(mode=0o700, parents=True, exist_ok=True)
                folder.mkdir(mode=0o700, exist_ok=True)
                if not all(owned(p.stat()) for p in (folder, folder.parent)):
                    folder = None
        except OSError:
            folder = None
        _STATE["folder"] = folder or False
    return _STATE["folder"] or None


def code_file(folder: Path, source_path: str) -> Path:
    """Where the code of the source at ``source_path`` is kept for this interpreter."""
    key = f"{sys.version}|{sys.flags.optimize}|{os.path.abspath(source_path)}".encode()
    name = Path(source_path).stem
    return folder / f"{name}-{hashlib.blake2b(key, digest_size=12).hexdigest()}.bin"


def _read(path: Path, digest: bytes) -> Any:
    """The code kept at ``path`` when it was compiled from the source of ``digest``."""
    try:
        with open(path, "rb") as f:
            if not owned(os.fstat(f.fileno())):
                return None
            data = f.read()
    except OSError:
        return None
    head = MAGIC + digest
    if not data.startswith(head):
        return None
    try:
        return marshal.loads(memoryview(data)[len(head):])
    except (ValueError, EOFError, TypeError):
        return None


def _write(path: Path, digest: bytes, code: Any) -> None:
    try:
        fd, tmp = tempfile.mkstemp(prefix=".code-", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC + digest + marshal.dumps(code))
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


class _Loader(importlib.machinery.SourceFileLoader):
    """The standard source loader, with the code kept in the code folder."""

    def get_code(self, fullname: str) -> Any:
        folder = _folder()
        if folder is None:
            return super().get_code(fullname)
        path = self.get_filename(fullname)
        source = self.get_data(path)
        digest = hashlib.blake2b(source, digest_size=20).digest()
        kept = code_file(folder, path)
        code = _read(kept, digest)
        if code is None:
            code = self.source_to_code(source, path)
            _write(kept, digest, code)
        return code


class _Finder:
    """The project's modules found as the standard path finder finds them, loaded by
    :class:`_Loader`; every other module is left to the finders after this one."""

    @classmethod
    def find_spec(cls, fullname: str, path: Any = None, target: Any = None) -> Any:
        if not fullname.startswith(PACKAGE):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is not None and type(spec.loader) is importlib.machinery.SourceFileLoader:
            spec.loader = _Loader(spec.loader.name, spec.loader.path)
        return spec


def install() -> bool:
    """Put the finder first, when Python keeps no compiled code and the folder is on.
    Returns whether it is installed."""
    if _Finder in sys.meta_path:
        return True
    if not sys.dont_write_bytecode or cache_dir() is None:
        return False
    sys.meta_path.insert(0, _Finder)
    return True
