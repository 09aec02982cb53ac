"""Compiled code of the project's own modules, kept in the user's cache folder when Python
is told not to write it beside the sources (``PYTHONDONTWRITEBYTECODE``, ``python -B``).

Why: with that setting (common in containers and CI images) every process compiled the
~190 modules of ``core/`` from source again, about 0.2 CPU-s of each start-up (a batch's
main process, whose workers fork from it, the app, a Dask worker): a tenth of a
millisecond per article of a 2,000-article batch. Nothing is written beside the sources,
which is what the setting asks; the compiled code goes where the prepared image of the
tables goes (``core.prepared``: ``AKHBAR_CACHE_DIR``, ``off`` turns both off), in a folder
per checkout, Python version and optimisation level.

What keeps it right: a module's compiled file is used only while its source has the
size and modification time it was compiled from (Python's own check for ``__pycache__``)
and the file's header has this Python's magic number; otherwise the module is compiled
from source as before and its file replaced (written to a temporary file, then renamed).
Only files this user owns and nobody else may write, in a folder nobody else may write,
are read (loading compiled code runs it). Without the setting Python's own
``__pycache__`` is left to do its work, and this does nothing.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
import marshal
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))  # the core package, whose modules are cached
PACKAGE = "core."


def folder(root: str = ROOT) -> str | None:
    """Where the compiled code of ``root``'s checkout goes (None: the cache is off)."""
    env = os.environ.get("AKHBAR_CACHE_DIR")  # the folder of core.prepared's image
    if env is not None:
        if env.strip().lower() in ("", "0", "off", "no", "false"):
            return None
        base = os.path.expanduser(env)
    else:
        base = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
                            "akhbar-lens")
    import hashlib

    where = hashlib.blake2b(root.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    tag = sys.implementation.cache_tag or "python"
    opt = f"-opt{sys.flags.optimize}" if sys.flags.optimize else ""
    return os.path.join(base, f"code-{where}", tag + opt)


def install() -> bool:
    """Load the package's modules through the cache when Python writes no ``__pycache__``;
    True when installed (once per process)."""
    if not sys.dont_write_bytecode or any(isinstance(f, Finder) for f in sys.meta_path):
        return False
    where = folder()
    if where is None:
        return False
    sys.meta_path.insert(0, Finder(where))
    return True


class Finder:
    """Finds the package's modules as Python does, and loads them with :class:`Loader`."""

    def __init__(self, where: str, root: str = ROOT, package: str = PACKAGE):
        self.where, self.root, self.package = where, root, package

    def find_spec(self, fullname: str, path=None, target=None):  # noqa: ANN001 - the finder protocol
        if not fullname.startswith(self.package):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is not None and type(spec.loader) is importlib.machinery.SourceFileLoader:
            spec.loader = Loader(fullname, spec.loader.path, self.where, self.root)
        return spec


def _owned(st: os.stat_result) -> bool:
    """A file, or folder, only this user may have written (no POSIX owners: yes)."""
    return not hasattr(os, "getuid") or (st.st_uid == os.getuid() and not st.st_mode & 0o022)


class Loader(importlib.machinery.SourceFileLoader):
    """A source module whose compiled code is read from, and written to, ``where``."""

    def __init__(self, fullname: str, path: str, where: str, root: str = ROOT):
        super().__init__(fullname, path)
        self.where, self.root = where, root

    def compiled_path(self, source: str) -> str | None:
        rel = os.path.relpath(source, self.root)
        if rel.startswith(os.pardir) or os.path.isabs(rel):
            return None
        return os.path.join(self.where, os.path.splitext(rel)[0] + ".pyc")

    def get_code(self, fullname: str):  # noqa: ANN201 - a code object
        source = self.get_filename(fullname)
        compiled = self.compiled_path(source)
        try:
            st = os.stat(source)
        except OSError:
            compiled = None
        if compiled is None:
            return super().get_code(fullname)
        head = (importlib.util.MAGIC_NUMBER + b"\0\0\0\0" + (int(st.st_mtime) & 0xFFFFFFFF).to_bytes(4, "little")
                + (st.st_size & 0xFFFFFFFF).to_bytes(4, "little"))
        try:
            with open(compiled, "rb") as f:
                st_c = os.fstat(f.fileno())
                if _owned(st_c) and _owned(os.stat(os.path.dirname(compiled))):
                    data = f.read()
                    if data[:16] == head:
                        return marshal.loads(memoryview(data)[16:])
        except (OSError, ValueError, EOFError, TypeError):
            pass  # none yet, or unreadable: compiled from source and written anew
        code = self.source_to_code(self.get_data(source), source)
        _replace(compiled, head + marshal.dumps(code))
        return code


def _replace(path: str, data: bytes) -> None:
    """``path`` replaced at once by ``data``; nothing happens when the folder cannot be
    written (the module was compiled and runs all the same)."""
    where = os.path.dirname(path)
    try:
        os.makedirs(where, mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".code-", suffix=".tmp", dir=where)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
