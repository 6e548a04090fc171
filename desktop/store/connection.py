"""Opening the database: SQLite in the data folder by default, PostgreSQL by URL.

Everything goes through `playhouse.db_url` so that the same code runs on both; queries use no
SQLite-only SQL.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

from peewee import Database, SqliteDatabase
from peewee import DatabaseError as PeeweeDatabaseError
from peewee import InterfaceError as PeeweeInterfaceError

from desktop.store.drivers import use_postgres_driver
from desktop.store.errors import StoreError, classify
from desktop.store.models import WriteLock, database_proxy

DB_FILENAME = "kense.sqlite3"
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 15000,
    "synchronous": 2,  # FULL: an official record must survive a power cut once committed
}
# Filesystems on which SQLite's locking is unreliable (its own documentation warns of corruption).
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "9p", "fuse.sshfs", "afs",
              "ncpfs", "davfs", "fuse.davfs2", "glusterfs", "ceph", "fuse.rclone"}


def _mount_fstype(path: Path) -> str | None:
    """Linux: the filesystem type of the mount holding `path`."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, fstype = "", None
    resolved = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, fstype = mount_point, parts[2]
    return fstype


def _windows_drive_is_remote(path: Path) -> bool:
    import ctypes

    drive = os.path.splitdrive(str(path.resolve()))[0]
    if not drive:
        return False
    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote


def is_network_path(path: Path) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        return _windows_drive_is_remote(path)
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    return _mount_fstype(existing) in NETWORK_FS


def sqlite_uri(path: Path | str, mode: str = "ro") -> str:
    """A properly encoded SQLite `file:` URI for a local path (open with uri=True).

    Every character of the path is percent-encoded where a URI needs it, so '#', '?', '%',
    spaces and Kazakh letters name the file that was meant.
    """
    return f"{Path(path).absolute().as_uri()}?mode={mode}"


def sqlite_path_for(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def open_database(target: str | Path) -> Database:
    """Open a SQLite file (path) or a server database (URL) and bind the models to it."""
    text = str(target)
    if "://" in text:
        use_postgres_driver()
        db = _server_database(text)
    else:
        path = Path(target)
        if is_network_path(path):
            raise StoreError(
                "network_share",
                f"The database {path} is on a network share. SQLite cannot lock files there "
                "reliably and the records could be corrupted. Keep the database on this PC's own "
                "disk, or let several PCs share a PostgreSQL server instead.",
                path=str(path),
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        # A plain file name, never a URL: '#', '?' and '%' are ordinary characters of a Windows
        # folder name ("Колледж #1") and must not be parsed as a fragment, a query or an escape.
        db = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS)
    database_proxy.initialize(db)
    db.connect(reuse_if_open=True)
    return db


_opened_from: dict[str, Path] = {}


def remember_data_dir(data_dir: Path) -> None:
    """The data folder the open database was chosen by (its backups folder, in server mode)."""
    _opened_from["data_dir"] = data_dir


def data_dir_of_open_database() -> Path | None:
    db = database_proxy.obj
    if db is not None and isinstance(db, SqliteDatabase):
        return Path(db.database).parent
    return _opened_from.get("data_dir")


# peewee's InterfaceError ("connection already closed") is not one of its DatabaseErrors.
_CONNECTION_ERRORS = (PeeweeDatabaseError, PeeweeInterfaceError)
SERVER_CONNECT_TIMEOUT = 10  # seconds: an unreachable server is said, never waited for


def _server_database(url: str) -> Database:
    """The office server's database, healing itself after the server was lost and is back
    (restarted, the network cable put back): a statement outside a transaction that meets a
    dead connection connects again and runs once more; inside one it fails, the transaction
    is rolled back whole, and the next use case connects again (see write_transaction)."""
    from peewee import PostgresqlDatabase
    from playhouse.db_url import parse

    class ServerDatabase(PostgresqlDatabase):
        def execute_sql(self, sql, params=None, *args, **kwargs):
            try:
                return super().execute_sql(sql, params, *args, **kwargs)
            except _CONNECTION_ERRORS as exc:
                if self.in_transaction() or classify(exc).code != "server_unreachable":
                    raise
            _drop(self)
            try:
                return super().execute_sql(sql, params, *args, **kwargs)
            except _CONNECTION_ERRORS as exc:
                known = classify(exc, _where(url))
                if known.code != "server_unreachable":
                    raise
                _drop(self)
                raise known from exc

    params = parse(url)
    params.setdefault("connect_timeout", SERVER_CONNECT_TIMEOUT)
    return ServerDatabase(**params)


def _where(url: str) -> str:
    from desktop.store.server.config import describe

    return describe(url)


def _drop(db: Database) -> None:
    with contextlib.suppress(Exception):
        db.close()


def close_database() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()


def refresh_statistics(db: Database | None = None, *, full: bool = False) -> None:
    """Give the query planner row counts per index value. Without them SQLite guesses, and
    guesses wrong for an executor's list (it sorted all 18,000 of their cases instead of walking
    the number index: 52 ms against 1 ms at 100,000 cases). `full` runs ANALYZE on everything
    (≈0.1-0.3 s at 100,000 cases: after an upgrade); otherwise SQLite's `PRAGMA optimize`
    analyses only the tables this connection's queries used whose statistics are missing or
    out of date (≈1 ms when there is nothing to do). PostgreSQL's autovacuum keeps its own."""
    db = db or current_database()
    if full:
        db.execute_sql("ANALYZE")
    elif isinstance(db, SqliteDatabase):
        db.execute_sql("PRAGMA optimize")


def forget_dead_connection() -> None:
    """Close a server connection that went away (ignoring the error closing it raises), so
    that peewee connects afresh on the next query: "try again" then really tries again."""
    db = database_proxy.obj
    if db is None or isinstance(db, SqliteDatabase):
        return
    with contextlib.suppress(Exception):
        db.close()


def current_database() -> Database:
    if database_proxy.obj is None:
        raise StoreError("not_open", "no database is open")
    return database_proxy.obj


def is_sqlite(db: Database | None = None) -> bool:
    return isinstance(db or current_database(), SqliteDatabase)


def execute_text(sql: str, params):
    """Run SQL written by hand with ? marks on the open database, either backend; the cursor.
    For the few hot statements where building them with peewee cost more than running them."""
    db = current_database()
    if isinstance(db, SqliteDatabase):
        # As peewee hands them to sqlite3, whose default adapter writes str(datetime).
        params = [str(v) if isinstance(v, date) else v for v in params]
    else:
        sql = sql.replace("?", "%s")
    return db.execute_sql(sql, params)


def as_datetime(value):
    """A datetime column read by `execute_text`: SQLite hands it back as ISO text, PostgreSQL
    as a datetime already."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def sqlite_file(db: Database | None = None) -> Path | None:
    db = db or current_database()
    if not is_sqlite(db):
        return None
    return Path(db.database)


_pending = threading.local()


def after_commit(action: Callable[[], None]) -> None:
    """Run `action` once the current write transaction has committed (never on rollback)."""
    _pending.actions.append(action)


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    """One use case = one transaction that queues behind other writers.

    SQLite: BEGIN IMMEDIATE takes the write lock up front (a deferred transaction that reads
    first can fail to upgrade). Both backends: the first statement updates the WriteLock row,
    so concurrent writers serialise and numbering and the audit chain never fork.
    """
    db = current_database()
    atomic = db.atomic("IMMEDIATE") if is_sqlite(db) else db.atomic()
    outermost = getattr(_pending, "actions", None) is None
    if outermost and not is_sqlite(db) and not db.in_transaction():
        # A connection the server dropped while this PC was idle is found (and made again)
        # before the use case begins, not half-way through it.
        try:
            db.execute_sql("SELECT 1")
        except _CONNECTION_ERRORS as exc:
            known = classify(exc, str(getattr(db, "database", "")))
            if known.code == "server_unreachable":
                forget_dead_connection()
            raise known from exc
    if outermost:
        _pending.actions = []
    try:
        with atomic:
            WriteLock.update(counter=WriteLock.counter + 1).where(WriteLock.id == 1).execute()
            yield
        if outermost:
            for action in _pending.actions:
                action()
    except (PeeweeDatabaseError, PeeweeInterfaceError, sqlite3.Error, OSError) as exc:
        # A full disk, a read-only file or a lost server reaches the user as a StoreError
        # they can be told about; anything else (a bug) keeps its own type.
        known = classify(exc, str(getattr(db, "database", "")))
        if known.code == "unexpected":
            raise
        if known.code == "server_unreachable":
            forget_dead_connection()
        raise known from exc
    finally:
        if outermost:
            _pending.actions = None
