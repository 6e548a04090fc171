"""The database file checked at start (its pages, whether it can be written) and, when it is
lost or broken, the newest good backup put in its place (errors.py explains the faults)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.domain.dates import file_stamp
from desktop.store.backup import stage_copy
from desktop.store.connection import sqlite_uri
from desktop.store.errors import StoreError, classify
from desktop.store.identity import inspect_file, is_good_backup


def newest_good_backup(folder: Path) -> Path | None:
    """The newest backup in the folder that is a sound, non-empty Kense database this program
    can restore (integrity_check, schema identity and version)."""
    if not folder.is_dir():
        return None
    candidates = sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)
    for path in candidates:
        if is_good_backup(path, full=True):
            return path
    return None


def _has_backups(folder: Path) -> bool:
    return folder.is_dir() and any(folder.glob("*.sqlite3"))


def check_file(db_path: Path, *, pages: bool = True) -> int | None:
    """Refuse to start on a missing (while backups exist), empty, foreign, newer or damaged
    database file. Only a missing file with no backups beside it is a first start.

    `pages=False` leaves out reading every page (`check_pages`, ≈ 0.1 s at 100,000 cases), so
    that the window can be up first and run it then; a damaged header, a foreign or newer file
    is still refused here. Returns the schema version found (None: a first start follows)."""
    backups = db_path.parent / "backups"
    if not db_path.exists():
        if _has_backups(backups):
            raise StoreError(
                "missing_database",
                f"The database {db_path} is missing, but backups exist: restore one rather "
                "than start with an empty database.",
                path=str(db_path),
            )
        return None
    if db_path.is_file() and db_path.stat().st_size > 0:  # a 0-byte file is said just below
        if pages:
            check_pages(db_path)
        else:
            _read_only(db_path, "PRAGMA schema_version")  # opens and reads the header only
    try:
        return inspect_file(db_path, full=False, role="database")
    except StoreError as exc:
        # A first start cut short (the file made, the tables not yet): no backups were ever
        # written, so nothing can have been lost; the first-run setup follows. A 0-byte file
        # is always refused.
        interrupted_first_start = (exc.code == "empty_database" and db_path.stat().st_size > 0
                                   and not _has_backups(backups))
        if not interrupted_first_start:
            raise
    return None


def _read_only(db_path: Path, sql: str) -> list[tuple]:
    try:
        conn = sqlite3.connect(sqlite_uri(db_path, "ro"), uri=True)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise classify(exc, str(db_path)) from exc


def check_pages(db_path: Path) -> None:
    """Every page of the database file (PRAGMA quick_check): a damaged one is refused with
    the same StoreError("corrupt") as a damaged header. Its own read-only connection, so it
    may run on a worker thread while the window uses the models'."""
    if _read_only(db_path, "PRAGMA quick_check") != [("ok",)]:
        raise StoreError("corrupt", f"The database {db_path} is damaged.", path=str(db_path))


def check_writable(db_path: Path) -> None:
    """Before work starts on the local file: a read-only file or folder (a write-protected
    stick, a read-only share, a folder without the right to write) is said at once, not at
    the first save. --backup does not ask this: copying a read-only database is a rescue."""
    folder = db_path.parent
    for path in (db_path, folder):
        if path.exists() and not os.access(path, os.W_OK):
            raise StoreError(
                "read_only",
                f"{path} is read-only: nothing could be saved. Copy the data folder to a place "
                "where you may write, or fix its permissions.",
                path=str(db_path),
            )


def put_backup_in_place(db_path: Path, backup: Path) -> Path | None:
    """Replace a missing or damaged database file by a checked backup, while nothing has it
    open. The damaged file is kept beside it (renamed), never deleted. Returns that name.
    An older backup is migrated when the database is next opened."""
    staged = stage_copy(backup, db_path.parent / "backups")
    kept = None
    try:
        if db_path.exists():
            stamp = file_stamp(datetime.now())
            kept = db_path.with_name(f"{db_path.stem}-damaged-{stamp}{db_path.suffix}")
            os.replace(db_path, kept)
        for suffix in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                if kept:
                    os.replace(side, kept.with_name(kept.name + suffix))
                else:
                    side.unlink()
        os.replace(staged, db_path)
    except OSError as exc:
        raise classify(exc, str(db_path)) from exc
    finally:
        staged.unlink(missing_ok=True)
    return kept
