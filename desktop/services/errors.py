"""Errors of the use cases. All are DomainErrors: `code` and `params` let the UI say them in
Kazakh or Russian."""

from __future__ import annotations

from desktop.domain.errors import DomainError
from desktop.store.errors import StoreError

# The UI meets store problems (disk full, server unreachable...) through the services too.
__all__ = ["AuthError", "Conflict", "DomainError", "IncompletePackage", "NotFound",
           "PermissionDenied", "StoreError", "store_error_from"]


def store_error_from(exc: BaseException) -> StoreError | None:
    """A database error that escaped a use case outside its write transaction (a read, the
    session check — e.g. the server went away, the file is locked) as the StoreError that
    explains it; None for anything that is not a database or file error.

    A connection the server dropped is closed, so the next attempt connects afresh.
    """
    import sqlite3

    from peewee import PeeweeException

    from desktop.store.connection import forget_dead_connection
    from desktop.store.errors import classify

    if isinstance(exc, StoreError):
        return exc
    database_errors: tuple[type[BaseException], ...] = (PeeweeException, sqlite3.Error)
    try:
        import psycopg2

        database_errors += (psycopg2.Error,)
    except ImportError:  # a PC without the PostgreSQL driver
        pass
    if not isinstance(exc, database_errors):
        return None
    known = classify(exc)
    if known.code == "server_unreachable":
        forget_dead_connection()
    return known


class PermissionDenied(DomainError):
    """The acting user's role (or assignment) does not allow this."""


class NotFound(DomainError):
    pass


class Conflict(DomainError):
    """Someone else changed the record since it was read; nothing was saved."""

    def __init__(self, message: str = "the record was changed by someone else", **params) -> None:
        super().__init__("stale_version", message, **params)


class AuthError(DomainError):
    """Login failed: wrong credentials, locked account, or a disabled account."""


class IncompletePackage(DomainError):
    """The documents presented do not make a complete package: refuse acceptance instead."""

    def __init__(self, missing: list[str], expired: list[str]) -> None:
        super().__init__(
            "incomplete_package",
            f"missing: {', '.join(missing) or '-'}; expired: {', '.join(expired) or '-'}",
            missing=missing,
            expired=expired,
        )
        self.missing = missing
        self.expired = expired
