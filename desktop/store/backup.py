"""Online backup and restore of the SQLite database, each verified with integrity_check."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from peewee import Database

from desktop.store.connection import StoreError, sqlite_file

BACKUP_GLOB = "kense-*.sqlite3"


def integrity_ok(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        return rows == [("ok",)]
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _require_sqlite(db: Database) -> Path:
    path = sqlite_file(db)
    if path is None:
        raise StoreError(
            "not_sqlite",
            "This database is on a PostgreSQL server: back it up there with pg_dump.",
        )
    return path


def backup_sqlite(db: Database, target: Path) -> Path:
    """Copy the live database to `target` with the sqlite3 backup API (safe while in use)."""
    _require_sqlite(db)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(partial)
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    if not integrity_ok(partial):
        partial.unlink(missing_ok=True)
        raise StoreError("backup_corrupt", f"The backup copy {target} failed its integrity check.")
    os.replace(partial, target)
    return target


def restore_sqlite(db: Database, source: Path, safety_dir: Path | None = None) -> Path | None:
    """Replace the live database's content with a verified backup.

    The current content is first saved next to the other backups, so a wrong restore can itself
    be undone. Returns that safety copy.
    """
    live = _require_sqlite(db)
    if not source.is_file():
        raise StoreError("backup_missing", f"The backup file {source} does not exist.")
    if not integrity_ok(source):
        raise StoreError(
            "backup_corrupt", f"The backup file {source} is damaged; nothing was restored."
        )
    folder = safety_dir or live.parent / "backups"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = backup_sqlite(db, folder / f"before-restore-{stamp}.sqlite3")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        src.backup(db.connection())
    finally:
        src.close()
    rows = db.execute_sql("PRAGMA integrity_check").fetchall()
    if rows != [("ok",)]:
        raise StoreError("restore_corrupt", "The restored database failed its integrity check.")
    return safety


def daily_backup(
    db: Database, folder: Path, keep: int = 14, today: datetime | None = None
) -> Path | None:
    """Once a day: write kense-YYYY-MM-DD.sqlite3 and keep only the newest `keep` of them."""
    day = (today or datetime.now()).strftime("%Y-%m-%d")
    target = folder / f"kense-{day}.sqlite3"
    made = None
    if not target.exists():
        made = backup_sqlite(db, target)
    for old in sorted(folder.glob(BACKUP_GLOB))[:-keep]:
        old.unlink(missing_ok=True)
    return made
