"""What can go wrong with the database, as a StoreError a user can be told about: the lowest
module of the store, so that every other one can raise and explain its faults."""

from __future__ import annotations

import errno


class StoreError(Exception):
    """The database cannot be opened or used; `code` lets the UI say why in the user's language."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


_PATTERNS = (
    ("disk_full", ("database or disk is full", "no space left")),
    ("read_only", ("readonly database", "read-only", "read only file system")),
    ("corrupt", ("file is not a database", "malformed", "file is encrypted")),
    ("cannot_open", ("unable to open database file",)),
    ("locked", ("database is locked", "database table is locked")),
    ("server_unreachable", ("could not connect", "connection refused", "timeout expired",
                            "could not translate host name", "password authentication failed",
                            "server closed the connection", "terminating connection",
                            "connection already closed", "connection not open",
                            "ssl syscall error", "no connection to the server")),
)


def _classify_one(exc: BaseException, where: str) -> StoreError | None:
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return StoreError("disk_full", f"The disk is full: {where}", path=where)
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StoreError("read_only", f"Cannot write to {where}: {exc}", path=where)
    text = str(exc).lower()
    for code, needles in _PATTERNS:
        if any(n in text for n in needles):
            return StoreError(code, f"{code}: {exc}", path=where)
    if isinstance(exc, OSError):  # a folder that is a file, a name too long, a vanished stick
        return StoreError("file_error", f"Cannot use {where}: {exc.strerror or exc}",
                          path=where)
    return None


def classify(exc: BaseException, where: str = "") -> StoreError:
    """The StoreError that explains `exc` (a sqlite3/peewee/psycopg2 error or an OSError).

    The cause may sit further down the chain: when the disk fills, SQLite rolls back by itself
    and the rollback that follows fails with a message that hides the real reason.
    """
    seen = exc
    while seen is not None:
        found = _classify_one(seen, where)
        if found is not None:
            return found
        seen = seen.__cause__ or seen.__context__
    return StoreError("unexpected", f"{type(exc).__name__}: {exc}", path=where)
