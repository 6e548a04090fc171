"""Numbered schema migrations, one module a step.

A new database is created from the current models at the newest version. An existing one is
upgraded step by step: each step runs in one transaction together with its version bump, after
a verified backup copy of the file (SQLite). `tests/fixtures/db_v<N>.sqlite3` keeps a database
of every released version, and a test upgrades each one and compares it with a fresh schema.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from peewee import Database

from desktop.domain.dates import file_stamp
from desktop.store.backup import backup_sqlite
from desktop.store.connection import is_sqlite, refresh_statistics, sqlite_file
from desktop.store.errors import StoreError
from desktop.store.migrations.step2_sort_names import add_sort_names
from desktop.store.migrations.step3_sessions_and_records import sessions_and_fixed_records
from desktop.store.migrations.step4_archive import create_archive
from desktop.store.migrations.step5_esign_and_blanks import esign_and_blanks
from desktop.store.migrations.step6_hearings import create_hearings
from desktop.store.migrations.step7_crls import create_crls
from desktop.store.models import SchemaVersion, WriteLock
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.tables import EVERY_MODEL

# version -> function(db) that brings a database from version-1 to version. Add new steps here
# (and raise SCHEMA_VERSION in desktop/store/schema.py) with playhouse.migrate operations; never
# edit a released step.
MIGRATIONS: dict[int, Callable[[Database], None]] = {
    2: add_sort_names,
    3: sessions_and_fixed_records,
    4: create_archive,
    5: esign_and_blanks,
    6: create_hearings,
    7: create_crls,
}


def current_version(db: Database) -> int:
    """0 for an empty database."""
    if not db.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def _create_fresh(db: Database) -> None:
    with db.atomic():
        db.create_tables(EVERY_MODEL)
        WriteLock.insert(id=1, counter=0).on_conflict_ignore().execute()
        SchemaVersion.create(version=SCHEMA_VERSION, applied_at=datetime.now())


def migrate(db: Database, backup_dir: Path | None = None) -> int:
    """Bring the database to SCHEMA_VERSION; returns the version reached."""
    version = current_version(db)
    if version == 0:
        _create_fresh(db)
        return SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        raise StoreError(
            "newer_schema",
            f"The database was written by a newer Kense (schema {version}, this program knows "
            f"{SCHEMA_VERSION}). Install the newer version; nothing was changed.",
            found=version,
            known=SCHEMA_VERSION,
        )
    if version == SCHEMA_VERSION:
        return version
    if is_sqlite(db):
        folder = backup_dir or sqlite_file(db).parent / "backups"
        stamp = file_stamp(datetime.now())
        backup_sqlite(db, folder / f"before-migration-v{version}-{stamp}.sqlite3")
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            MIGRATIONS[target](db)
            SchemaVersion.create(version=target, applied_at=datetime.now())
    # New tables and indexes have no statistics yet, and an upgrade is rare and slow anyway.
    refresh_statistics(db, full=True)
    return SCHEMA_VERSION
