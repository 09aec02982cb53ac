"""A prepared image of the extraction's tables: what the big loaders build from the data
files (the lexicon, the word statistics and clusters, the trigger tables, the name
tagger's weights), pickled once into the user's cache folder and read back by the next
processes instead of being built again.

Why: every process that analyses (a batch run, a Dask worker, the app, a benchmark)
built these tables from text and model files before its first article, about half a
second of CPU; read back from one pickle they take about a tenth of that. A batch of
2,000 articles paid 0.2 ms per article for it, a Dask worker or a short run more.

How a loader takes part: ``@prepared.table()`` instead of ``@lru_cache``. The first call
in a process looks for the value in the image, else builds it as before; either way it
is kept for the process, like ``lru_cache`` would. :func:`save` (called by
``core.pipeline.prepare`` once the warm-up article has reached every table) writes a new
image when a table had to be built. All tables go into one pickle, so objects that
several tables share stay shared.

What keeps it safe:

* The image is keyed by a hash of the code (every module under ``core/``), of the data
  (``data/lexicons``, ``data/models``), of the Python version and of the platform: any
  change gives another key, and the tables are built anew (then imaged under the new key).
  If the files change while a process runs (a model retrained and reloaded), that
  process writes no image.
* Only the default data is imaged: a loader called for another folder or model file
  (``imaged`` says which calls are the default) builds as before.
* The key is worked out from the files' bytes once per change: later processes take it
  from a small file beside the images while every file's size, times and inode are the
  same (``remembered_key``).
* Written to a temporary file in the same folder, then renamed: concurrent writers and
  readers only ever see whole images, and the last writer wins with an equal one. A
  folder that cannot be made or written (read-only, disk full) only means the tables are
  built each time; an unreadable or damaged image is ignored and replaced.
* Read only from a file that belongs to this user and that nobody else may write, in a
  folder nobody else may write (unpickling runs code).
* ``AKHBAR_CACHE_DIR`` names the folder (default: ``$XDG_CACHE_HOME/akhbar-lens``, else
  ``~/.cache/akhbar-lens``); ``off``, ``0`` or an empty value turns the image off.
"""
from __future__ import annotations

import copyreg
import functools
import gc
import hashlib
import io
import logging
import os
import pickle
import platform
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger("akhbar.prepared")

ENV = "AKHBAR_CACHE_DIR"
ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "core", ROOT / "data" / "lexicons", ROOT / "data" / "models")  # what the key hashes
MAGIC = b"akhbar-lens tables image 1\n"
KEEP = 4  # images kept in the folder (several checkouts or versions may share it)
_PROTOCOL = pickle.HIGHEST_PROTOCOL
_MISSING = object()

_LOADERS: list[Any] = []  # every @table loader, for save()
_STATE: dict[str, Any] = {
    "key": None,  # key of the code and data when this process first needed a table
    "image": None,  # name -> value read from the image (None: not looked for yet)
    "built": False,  # a table that belongs in the image was built here
    "stale": set(),  # names whose image value must not be used again (cache_clear)
}


def table(imaged: Callable[..., bool] | None = None) -> Callable[[Callable[..., Any]], Any]:
    """Decorator for a table loader: its value is kept for the process (as by
    ``lru_cache``, per distinct arguments) and, for the default data, read from and
    written to the prepared image. ``imaged(*args)`` says whether a call's arguments
    are the default (without it: only a call without arguments)."""
    def wrap(fn: Callable[..., Any]) -> Any:
        name = f"{fn.__module__}.{fn.__qualname__}"
        values: dict[tuple[Any, ...], Any] = {}
        default: list[tuple[Any, ...]] = []  # the arguments of the imaged call, once made

        @functools.wraps(fn)
        def get(*args: Any) -> Any:
            try:
                return values[args]
            except KeyError:
                pass
            in_image = (imaged(*args) if imaged is not None else not args) and enabled()
            value = _from_image(name) if in_image else _MISSING
            if value is _MISSING:
                value = fn(*args)
                if in_image:
                    _STATE["built"] = True
            if in_image and not default:
                default.append(args)
            return values.setdefault(args, value)

        def cache_clear() -> None:
            """Forget the values (the next call builds again, as lru_cache's would)."""
            values.clear()
            _STATE["stale"].add(name)  # the files may have changed since the image was read
            if _STATE["image"]:
                _STATE["image"].pop(name, None)  # nor kept alive by it

        def imaged_value() -> Any:
            return values.get(default[0], _MISSING) if default else _MISSING

        get.cache_clear = cache_clear  # type: ignore[attr-defined]
        get.imaged_value = imaged_value  # type: ignore[attr-defined]
        get.image_name = name  # type: ignore[attr-defined]
        _LOADERS.append(get)
        return get

    return wrap


def load_rest() -> None:
    """Call every table loader of the imported modules that this process has not called
    yet and that needs no arguments (:func:`core.pipeline.prepare`, after its warm-up
    article).

    Why: a table the warm-up article does not reach was built from its files by the first
    article that needs it, in every process (a batch's workers each), and never written
    into the image, which only a preparing process writes: two such tables cost every
    process 5 ms on its first articles. Called here, they are built once and imaged."""
    import inspect

    for loader in list(_LOADERS):
        if loader.imaged_value() is not _MISSING or loader.image_name in _STATE["stale"]:
            continue
        params = inspect.signature(loader).parameters.values()
        if all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params):
            loader()


def cache_dir() -> Path | None:
    """The folder of the image, or None when it is turned off."""
    env = os.environ.get(ENV)
    if env is not None:
        return None if env.strip().lower() in ("", "0", "off", "no", "false") else Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "akhbar-lens"


def owned(st: os.stat_result) -> bool:
    """Written by this user and by nobody else (no POSIX owners, as on Windows: the user's
    own profile folder)."""
    return not hasattr(os, "getuid") or (st.st_uid == os.getuid() and not st.st_mode & 0o022)


def enabled() -> bool:
    return cache_dir() is not None


def image_key(sources: tuple[Path, ...] = SOURCES) -> str:
    """Hash of every file under ``sources`` (relative path and bytes; compiled caches
    left out), the Python version and the platform: about 10 MB read, 15 ms."""
    h = hashlib.blake2b(digest_size=20)
    h.update(f"{sys.version}|{platform.machine()}|{sys.byteorder}|{_PROTOCOL}".encode())
    for src in sources:
        files = sorted(p for p in src.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if src.is_dir() else [src]
        for p in files:
            data = p.read_bytes() if p.is_file() else b""
            h.update(f"\0{p.relative_to(src.parent).as_posix()}\0{len(data)}\0".encode())
            h.update(data)
    return h.hexdigest()


def image_path(key: str) -> Path | None:
    d = cache_dir()
    return None if d is None else d / f"tables-{key}.pickle"


def _key() -> str:
    if _STATE["key"] is None:
        _STATE["key"] = remembered_key()
    return _STATE["key"]


SETTLED = 2.0  # seconds since a file last changed before its stat may stand for its bytes


def stat_key(sources: tuple[Path, ...] = SOURCES) -> tuple[str, bool]:
    """Hash of the names, sizes, times and inodes of every file under ``sources`` (their
    bytes unread), and whether every file last changed over SETTLED seconds ago (a file
    written within the same tick of the clock as a later change would keep its times)."""
    h = hashlib.blake2b(digest_size=20)
    h.update(f"{sys.version}|{platform.machine()}|{sys.byteorder}|{_PROTOCOL}".encode())
    settled, before = True, time.time() - SETTLED
    for src in sources:
        files = sorted(p for p in src.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if src.is_dir() else [src]
        for p in files:
            try:
                st = p.stat()
            except OSError:
                settled = False
                continue
            settled = settled and max(st.st_mtime, st.st_ctime) < before
            h.update(f"\0{p.relative_to(src.parent).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\0"
                     f"{st.st_ctime_ns}\0{st.st_ino}\0{st.st_dev}".encode())
    return h.hexdigest(), settled


def remembered_key(sources: tuple[Path, ...] = SOURCES) -> str:
    """:func:`image_key` of the project's code and data, remembered in the image's folder
    beside the files' stat (:func:`stat_key`) it was read with, for this checkout.

    Why: hashing the 10 MB cost every process 15 ms of a 0.5 s start-up; their stat
    costs 2. Any write to a file changes its change time (which no tool sets back) and a
    replaced file has another inode, so a file whose stat is the same holds the same
    bytes; a file changed too recently for its times to tell (SETTLED) is hashed and the
    key not remembered."""
    folder = cache_dir()
    if folder is None:
        return image_key(sources)
    stats, settled = stat_key(sources)
    where = "|".join(str(src) for src in sources)  # one file per checkout
    memo = folder / f"key-{hashlib.blake2b(where.encode(), digest_size=10).hexdigest()}"
    try:
        with open(memo, "rb") as f:
            if owned(os.fstat(f.fileno())):
                kept = f.read().decode("ascii").split()
                if len(kept) == 2 and kept[0] == stats:
                    return kept[1]
    except (OSError, UnicodeDecodeError):
        pass
    key = image_key(sources)
    if settled:
        _replace(memo, f"{stats} {key}".encode())
    return key


def _from_image(name: str) -> Any:
    """The image's value of table ``name``, or _MISSING."""
    if name in _STATE["stale"]:
        return _MISSING
    image = _STATE["image"]
    if image is None:
        image = _STATE["image"] = _read(image_path(_key()))
    return image.get(name, _MISSING)


def _safe(path: Path) -> bool:
    """A file (and folder) only this user may have written: a pickle runs code when read."""
    if not hasattr(os, "getuid"):
        return True  # no POSIX owners (Windows): the user's own profile folder
    uid = os.getuid()
    for p in (path, path.parent):
        st = p.stat()
        if st.st_uid != uid or st.st_mode & 0o022:
            log.warning("prepared image %s ignored: %s is writable by others or not this user's", path, p)
            return False
    return True


def _read(path: Path | None) -> dict[str, Any]:
    """The tables of the image at ``path``; empty when there is none or it cannot be used."""
    if path is None:
        return {}
    try:
        if not path.is_file() or not _safe(path):
            return {}
        head = MAGIC + path.stem.removeprefix("tables-").encode() + b"\n"
        with path.open("rb") as f:  # unpickled as read: the file's bytes are never all held at once
            if f.read(len(head)) != head:
                raise ValueError("wrong header")
            enabled_gc = gc.isenabled()
            gc.disable()  # millions of new objects, none of them garbage: collections would only walk them
            try:
                image = pickle.load(f)
            finally:
                if enabled_gc:
                    gc.enable()
        if not isinstance(image, dict):
            raise ValueError("not a table image")
    except Exception as e:  # noqa: BLE001 - a damaged image costs a rebuild, never a failure
        log.warning("prepared image %s not used (%s: %s); the tables are built instead", path,
                    type(e).__name__, e)
        return {}
    try:
        os.utime(path)  # recently used: kept by the next writer's clean-up
    except OSError:
        pass
    return image


class _Pickler(pickle.Pickler):
    """Locks become new, free locks (a table may guard its caches with one)."""

    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[type(threading.Lock())] = lambda _lock: (threading.Lock, ())
    dispatch_table[type(threading.RLock())] = lambda _lock: (threading.RLock, ())


def _dumps(obj: Any) -> bytes:
    buf = io.BytesIO()
    _Pickler(buf, protocol=_PROTOCOL).dump(obj)
    return buf.getvalue()


def built() -> bool:
    """Whether a table that belongs in the image was built by this process (not read
    from an image) since the last :func:`save`."""
    return bool(_STATE["built"])


def save() -> Path | None:
    """Write the image of this process's tables when one of them had to be built here
    (and the code and data are still those it was built from). Returns the file written,
    or None. Never raises: without an image the tables are only built again."""
    if not _STATE["built"] or not enabled():
        return None
    _STATE["built"] = False  # one attempt per process and build
    try:
        key = _key()
        if image_key() != key:
            log.info("code or data changed while this process ran: no prepared image written")
            return None
        tables = kept_from_image()
        for loader in _LOADERS:
            value = loader.imaged_value()
            if value is not _MISSING:
                tables[loader.image_name] = value
        try:
            payload = _dumps(tables)
        except Exception:  # noqa: BLE001 - leave out what cannot be pickled, keep the rest
            tables = {k: v for k, v in tables.items() if _picklable(v)}
            payload = _dumps(tables)
        return _write(image_path(key), key, _with_shared_strings(payload))
    except Exception as e:  # noqa: BLE001
        log.info("no prepared image written (%s: %s)", type(e).__name__, e)
        return None


def kept_from_image() -> dict[str, Any]:
    """The tables of the image this process read that the new image keeps as they were:
    all but those whose values were forgotten here (``cache_clear``).

    Why: a process saves an image when it had to build a table the image lacked, and it
    holds only the tables it has asked for. Without these, an image written by a process
    that never asks for some tables (the app's, a benchmark's, without the batch's
    search forms) would lose them, and a process that adds one (the batch, its forms)
    would write an image of only what it had read: the next runs would build the others
    in every worker. With them an image only grows, under the same key, so it is the
    same code and data's either way."""
    image = _STATE["image"] or {}
    return {name: value for name, value in image.items() if name not in _STATE["stale"]}


def _with_shared_strings(payload: bytes) -> bytes:
    """The image ``payload`` again with every string one object per value.

    Why: the tables are built apart, so the 95,600 words of the news vocabulary are keys
    of a dozen of them (the finder's masks, the tagger's ids, the event stage's readings,
    the word counts ...) each with its own copies: 419,000 strings in the image, 170,000
    distinct. Pickled once each and referred to after, they are decoded and hashed once
    when read: 0.26 -> 0.21 CPU-s to read the image (every process that prepares, a
    batch before its workers fork), 2 MB less on disk and in memory. Equal tuples of
    strings, ints and None are made one object the same way (the event stage's readings
    of the vocabulary are 116,000 tuples, 12,900 distinct): 0.385 -> 0.34 CPU-s to read.

    Made on a copy read back from ``payload``, so the tables this process goes on using
    are left as they are. Dicts (subclasses too, and their attributes), lists, tuples and
    objects' attributes are rebuilt with the shared strings, in their order; sets are
    left alone (their order is their table's); tuple subclasses (named tuples) too.
    Anything unexpected (a structure too deep) gives back ``payload`` unchanged."""
    try:
        copy = pickle.loads(payload)
        strings: dict[str, str] = {}
        done: dict[int, Any] = {}
        copy = _share(copy, strings, done)
        return _dumps(copy)
    except Exception as e:  # noqa: BLE001 - the image as it was is as good, only slower to read
        log.info("image strings not shared (%s: %s)", type(e).__name__, e)
        return payload


def _share(o: Any, strings: dict[str, str], done: dict[int, Any]) -> Any:
    """``o`` with its strings replaced by ``strings``' (see _with_shared_strings)."""
    t = type(o)
    if t is str:
        return strings.setdefault(o, o)
    if t in (int, float, bool, bytes, type(None)) or isinstance(o, (set, frozenset, type)):
        return o
    got = done.get(id(o))
    if got is not None:
        return got
    if t is tuple:
        got = tuple([_share(x, strings, done) for x in o])
        if _plain(got):  # one object per value: pickled once, referred to after
            got = strings.setdefault(got, got)  # type: ignore[call-overload]
        done[id(o)] = got
        return got
    done[id(o)] = o
    if isinstance(o, dict):
        items = [(_share(k, strings, done), _share(v, strings, done)) for k, v in o.items()]
        o.clear()
        o.update(items)
    elif t is list:
        o[:] = [_share(x, strings, done) for x in o]
    attrs = getattr(o, "__dict__", None)
    if type(attrs) is dict:
        for k, v in list(attrs.items()):
            attrs[k] = _share(v, strings, done)
    return o


_PLAIN = (str, int, type(None))


def _plain(t: tuple) -> bool:
    """A tuple of strings, ints and None (exactly those types) and of such tuples, which
    equals another only when it holds the same things: one object may stand for all of
    them. Not for bools and floats, which equal ints (``(1,) == (True,) == (1.0,)``)."""
    return all(type(x) in _PLAIN or (type(x) is tuple and _plain(x)) for x in t)


def _picklable(value: Any) -> bool:
    try:
        _dumps(value)
        return True
    except Exception:  # noqa: BLE001
        return False


def _write(path: Path | None, key: str, payload: bytes) -> Path | None:
    """``path`` replaced at once by a complete image (temporary file, then rename)."""
    if path is None or not _replace(path, MAGIC + key.encode() + b"\n", payload):
        return None
    _clean(path.parent, path)
    return path


def _replace(path: Path, *parts: bytes) -> bool:
    """``path`` replaced at once by a file of ``parts`` (written to a temporary file in
    the same folder, then renamed): readers only ever see whole files."""
    folder = path.parent
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tables-", suffix=".tmp", dir=folder)
    except OSError as e:
        log.info("nothing written in %s (%s)", folder, e)
        return False
    try:
        with os.fdopen(fd, "wb") as f:
            for part in parts:
                f.write(part)
        os.replace(tmp, path)
    except OSError as e:
        log.info("nothing written in %s (%s)", folder, e)
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False
    return True


def _clean(folder: Path, keep: Path) -> None:
    """Remove all but the KEEP most recently used images, and temporary files an
    interrupted writer left over an hour ago."""
    try:
        images = sorted(folder.glob("tables-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for p in [p for p in images if p != keep][KEEP - 1:]:
            p.unlink()
        for p in folder.glob(".tables-*.tmp"):
            if p.stat().st_mtime < time.time() - 3600:
                p.unlink()
    except OSError:
        pass  # another process cleaning at the same time, or a read-only folder
