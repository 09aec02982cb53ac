"""How much one visitor may store on a shared instance, and how much all of them may.

A hosted dashboard is open to whoever has its link, and every paste or upload is
analysed and kept. Without a bound, one stranger (or a script) fills the disk or keeps
the cores busy for everyone. The limits are counted from the store itself (who owns
which article, when it was written, how long its text is), so they hold across reruns,
browser tabs, processes and restarts, and cost one indexed query per submission.

Sizes are characters of article text (Arabic takes about two bytes per character in
UTF-8): the store records them for every article, and they are what the extraction's
work grows with. A visitor is an owner token; since a stranger can always come back
with a new token, an instance-wide hourly bound on everybody's private writes sits
beside the per-visitor ones.

An article is admitted whole or refused whole, before it is analysed: nothing is
half-stored, and no CPU is spent on what could not be kept.
"""
from __future__ import annotations

import datetime as dt
import os
import threading
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

import sqlalchemy as sa

from core.errors import AkhbarError

HOUR = dt.timedelta(hours=1)


class QuotaConfigError(AkhbarError):
    """A limit in the environment is not a whole number."""


@dataclass(frozen=True)
class Quota:
    """The limits; 0 means no limit. Defaults suit a small newsroom instance: an
    analyst pasting all day stays far below them, a script filling the store does not."""

    articles_per_hour: int = 300
    chars_per_hour: int = 10_000_000        # about 20 MB of Arabic text an hour
    stored_chars: int = 50_000_000          # about 100 MB of text kept per visitor
    instance_chars_per_hour: int = 100_000_000

    ENV = {"articles_per_hour": "AKHBAR_QUOTA_ARTICLES_PER_HOUR",
           "chars_per_hour": "AKHBAR_QUOTA_CHARS_PER_HOUR",
           "stored_chars": "AKHBAR_QUOTA_STORED_CHARS",
           "instance_chars_per_hour": "AKHBAR_QUOTA_INSTANCE_CHARS_PER_HOUR"}

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Quota":
        env = os.environ if env is None else env
        values: dict[str, int] = {}
        for name, var in cls.ENV.items():
            raw = (env.get(var) or "").strip().replace("_", "")
            if not raw:
                continue
            try:
                values[name] = max(0, int(raw))
            except ValueError:
                raise QuotaConfigError(f"{var} must be a whole number (0 for no limit), not {raw!r}") from None
        return cls(**values)


@dataclass(frozen=True)
class Usage:
    """What a visitor (and everybody) wrote in the last hour, and what the visitor keeps.
    ``oldest_in_hour`` is when the oldest of the visitor's last-hour articles was
    written: the hourly room grows again an hour after it."""

    articles_hour: int = 0
    chars_hour: int = 0
    stored_chars: int = 0
    instance_chars_hour: int = 0
    oldest_in_hour: dt.datetime | None = None
    instance_oldest_in_hour: dt.datetime | None = None

    def plus(self, articles: int, chars: int) -> "Usage":
        return Usage(self.articles_hour + articles, self.chars_hour + chars, self.stored_chars + chars,
                     self.instance_chars_hour + chars, self.oldest_in_hour, self.instance_oldest_in_hour)


@dataclass(frozen=True)
class Refusal:
    """Why one article was not admitted: ``limit`` is the name of the Quota field that
    would be crossed, ``value`` its setting, ``retry_minutes`` when an hourly limit will
    have room again (None for the stored total, which only deleting frees)."""

    index: int
    limit: str
    value: int
    retry_minutes: int | None


@dataclass
class Admission:
    admitted: list[int] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    chars: int = 0  # characters of the admitted new texts
    held: int = 0   # new articles a QuotaGate holds for this admission until release()


def usage(store: Any, owner: str | None, now: dt.datetime | None = None) -> Usage:
    """The visitor's and the instance's counts from the store (public bundled articles,
    written by the operator, do not count against anybody)."""
    from core.store import articles as a

    now = now or _utcnow()
    since = now - HOUR
    recent = a.c.created >= since
    mine = a.c.owner == owner
    private = a.c.public.is_(False)
    size = sa.func.coalesce(a.c.n_chars, 0)

    def when(cond: Any, value: Any) -> Any:
        return sa.func.coalesce(sa.func.sum(sa.case((cond, value), else_=0)), 0)

    q = sa.select(
        when(sa.and_(mine, recent), 1), when(sa.and_(mine, recent), size), when(mine, size),
        when(sa.and_(private, recent), size),
        sa.func.min(sa.case((sa.and_(mine, recent), a.c.created), else_=None)),
        sa.func.min(sa.case((sa.and_(private, recent), a.c.created), else_=None)),
    ).where(sa.or_(mine, sa.and_(private, recent)))
    with store.engine.connect() as c:
        n, ch, kept, inst, oldest, inst_oldest = c.execute(q).one()
    return Usage(int(n), int(ch), int(kept), int(inst), _naive(oldest), _naive(inst_oldest))


def admit(quota: Quota, used: Usage, sizes: Sequence[int | None], now: dt.datetime | None = None) -> Admission:
    """Which articles (by position, sizes in characters) fit, taken in order; an
    article that would cross a limit is refused whole and the next ones are still tried
    (a short text may fit where a long one did not). A size of None is a text the
    visitor already has, which the store will reuse: it costs nothing."""
    now = now or _utcnow()
    out = Admission()
    for i, size in enumerate(sizes):
        if size is None:
            out.admitted.append(i)
            continue
        crossed = _crossed(quota, used.plus(1, size), now, used)
        if crossed is None:
            used = used.plus(1, size)
            out.admitted.append(i)
            out.chars += size
        else:
            out.refused.append(Refusal(i, *crossed))
    return out


def _crossed(quota: Quota, after: Usage, now: dt.datetime,
             before: Usage) -> tuple[str, int, int | None] | None:
    def retry(oldest: dt.datetime | None) -> int:
        if oldest is None:  # nothing stored yet this hour: a single text above the limit
            return 60
        return max(1, int(-(-(oldest + HOUR - now).total_seconds() // 60)))

    checks = (("articles_per_hour", after.articles_hour, before.oldest_in_hour),
              ("chars_per_hour", after.chars_hour, before.oldest_in_hour),
              ("stored_chars", after.stored_chars, None),
              ("instance_chars_per_hour", after.instance_chars_hour, before.instance_oldest_in_hour))
    for name, value, oldest in checks:
        limit = getattr(quota, name)
        if limit and value > limit:
            return name, limit, (None if name == "stored_chars" else retry(oldest))
    return None


class QuotaGate:
    """Admission for one process: the store's counts plus what this process has
    admitted but not yet stored (two tabs of one visitor submitting at once must not
    both get the last room)."""

    def __init__(self, quota: Quota | None = None):
        self.quota = quota or Quota.from_env()
        self._lock = threading.Lock()
        self._pending: dict[str | None, list[int]] = {}
        self._pending_chars = 0  # everybody's admitted, not yet stored text

    def admit(self, store: Any, owner: str | None, sizes: Sequence[int | None],
              now: dt.datetime | None = None) -> Admission:
        with self._lock:
            used = usage(store, owner, now)
            n, ch = self._pending.get(owner, (0, 0))
            used = Usage(used.articles_hour + n, used.chars_hour + ch, used.stored_chars + ch,
                         used.instance_chars_hour + self._pending_chars, used.oldest_in_hour,
                         used.instance_oldest_in_hour)
            got = admit(self.quota, used, sizes, now)
            got.held = sum(1 for i in got.admitted if sizes[i] is not None)
            self._hold(owner, got.held, got.chars)
            return got

    def release(self, owner: str | None, admission: Admission) -> None:
        """Forget what ``admit`` held, once the admitted articles are stored (or dropped)."""
        with self._lock:
            self._hold(owner, -admission.held, -admission.chars)

    def _hold(self, owner: str | None, articles: int, chars: int) -> None:
        n, ch = self._pending.get(owner, (0, 0))
        n, ch = n + articles, ch + chars
        if n <= 0 and ch <= 0:
            self._pending.pop(owner, None)
        else:
            self._pending[owner] = [n, ch]
        self._pending_chars += chars


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)  # the store keeps naive UTC


def _naive(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):  # SQLite hands back the text of a min() over DateTime
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=None) if value.tzinfo else value
