"""One family of errors: everything the project raises on purpose derives from
:class:`AkhbarError`, so the command line, the batch and the dashboard each catch one
class, print one line, and never show a traceback for a problem the user can fix.

Each error carries what a caller acts on without reading the message back: ``where``
(a file, a line, a row, an article), ``reason`` (the message without the place) and
``kind`` (a short stable code the batch counts problems by: ``not-text``, ``empty``,
``too-long``...).
"""
from __future__ import annotations

from core.notices import notice


class AkhbarError(Exception):
    """Base of every error this package raises on purpose; ``str()`` is the message for
    the user (``where: reason``)."""

    kind = "error"

    def __init__(self, reason: str, where: str | None = None, kind: str | None = None):
        self.reason = reason
        self.where = where
        if kind:
            self.kind = kind
        super().__init__(f"{where}: {reason}" if where else reason)


class EmptyTextError(AkhbarError, ValueError):
    """Nothing to analyse: an empty paste, an empty file, a record without text."""

    kind = "empty"

    def __init__(self, where: str | None = None, reason: str | None = None) -> None:
        super().__init__(reason or notice("no_text" if where else "empty"), where)


class TextTooLongError(AkhbarError, ValueError):
    kind = "too-long"

    def __init__(self, n: int, limit: int) -> None:
        super().__init__(notice("too_many_chars", n=f"{n:,}", limit=f"{limit:,}"))
        self.n, self.limit = n, limit


class BadDateError(AkhbarError, ValueError):
    kind = "bad-date"

    def __init__(self, value: object) -> None:
        super().__init__(notice("bad_date", value=repr(value)))


class ConfigError(AkhbarError, ValueError):
    """A setting (an environment variable, an option) that cannot be used as given."""

    kind = "config"
