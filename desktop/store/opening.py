"""Open the database this PC uses, ready for work: check the file, connect, migrate."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import Database, DatabaseError, InterfaceError

from desktop.store.connection import open_database, remember_data_dir, sqlite_path_for
from desktop.store.errors import classify
from desktop.store.health import check_file
from desktop.store.health import check_pages as check_pages_of
from desktop.store.migrations import migrate
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.server.config import load_server_url


def database_target(data_dir: Path) -> str:
    """A PostgreSQL URL the admin chose for this PC, or the local SQLite file."""
    return load_server_url(data_dir) or str(sqlite_path_for(data_dir))


def open_configured(data_dir: Path, *, check_pages: bool = True) -> Database:
    """Every failure arrives as a StoreError whose code says what to tell the user.

    `check_pages=False`: the caller reads every page itself once the window is up
    (`health.check_pages`); but a migration rewrites tables, and never on a damaged file, so
    the pages are read first whenever one is due."""
    target = database_target(data_dir)
    if "://" not in target:
        path = Path(target)
        version = check_file(path, pages=check_pages)
        if not check_pages and version is not None and version < SCHEMA_VERSION:
            check_pages_of(path)
    try:
        db = open_database(target)
        remember_data_dir(data_dir)
        migrate(db, backup_dir=data_dir / "backups")
    except (DatabaseError, InterfaceError, sqlite3.Error, OSError) as exc:
        raise classify(exc, target) from exc
    return db
