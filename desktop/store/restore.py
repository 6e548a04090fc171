"""Restoring a checked backup over the live SQLite database, then bringing it to this schema."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from peewee import Database

from desktop.domain.dates import file_stamp
from desktop.store.backup import (
    backup_sqlite,
    classified,
    remove_with_sides,
    require_sqlite,
    stage_copy,
)
from desktop.store.errors import StoreError
from desktop.store.migrations import migrate


def restore_sqlite(db: Database, source: Path, safety_dir: Path | None = None) -> Path | None:
    """Replace the live database's content with a checked backup.

    The backup is checked (integrity, Kense schema, a known version) before the live database
    is touched; the current content is then saved next to the other backups, so a wrong
    restore can itself be undone; a backup of an older schema is migrated. Returns that
    safety copy.
    """
    live = require_sqlite(db)
    folder = safety_dir or live.parent / "backups"
    staged = stage_copy(source, folder)
    try:
        stamp = file_stamp(datetime.now())
        safety = backup_sqlite(db, folder / f"before-restore-{stamp}.sqlite3")
        src = sqlite3.connect(str(staged))
        try:
            src.backup(db.connection())
        finally:
            src.close()
        rows = db.execute_sql("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            raise StoreError("restore_corrupt",
                             "The restored database failed its integrity check.",
                             path=str(source))
        migrate(db, backup_dir=folder)
    except (sqlite3.Error, OSError) as exc:
        raise classified(exc, live) from exc
    finally:
        remove_with_sides(staged)
    return safety
