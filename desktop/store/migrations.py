"""Numbered schema migrations.

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
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_operations

from desktop.domain.collation import sort_key
from desktop.store.connection import StoreError, is_sqlite, sqlite_file
from desktop.store.models import (
    ALL_MODELS,
    ApplicantHistory,
    PrintRecord,
    ResultSnapshot,
    SchemaVersion,
    WriteLock,
)


def _v2_applicant_sort_name(db: Database) -> None:
    """Applicants get a key for sorting by name in Kazakh alphabetical order."""
    # Plain SQL that both backends take: peewee's add_column would rebuild the SQLite table to
    # make it NOT NULL, and dropping the old one trips the cases' foreign keys.
    db.execute_sql("ALTER TABLE applicant ADD COLUMN sort_name VARCHAR(400) NOT NULL DEFAULT ''")
    run_operations(SchemaMigrator.from_database(db).add_index("applicant", ("sort_name",)))
    rows = db.execute_sql("SELECT id, surname, name, patronymic FROM applicant").fetchall()
    update = f"UPDATE applicant SET sort_name = {db.param} WHERE id = {db.param}"
    for row_id, *parts in rows:
        db.execute_sql(update, (sort_key(" ".join(p for p in parts if p)), row_id))


def _v3_fixed_records(db: Database) -> None:
    """Issued results become snapshots, prints are counted, applicants keep a history, and the
    audit log is keyed with the office key, which leaves the database: the verification secret
    that sat beside the data it protects is dropped. Snapshots of results issued before this
    step are made by the services once the office key is set up (they need it to be chained)."""
    for column in (
        "scheme VARCHAR(10) NOT NULL DEFAULT 'sha256'",
        "applicant_id INTEGER",
        "digest VARCHAR(64) NOT NULL DEFAULT ''",
    ):
        db.execute_sql(f"ALTER TABLE audit_record ADD COLUMN {column}")
    run_operations(SchemaMigrator.from_database(db).add_index("audit_record", ("applicant_id",)))
    db.create_tables([ResultSnapshot, PrintRecord, ApplicantHistory])
    db.execute_sql("ALTER TABLE college DROP COLUMN verification_secret")


# version -> function(db) that brings a database from version-1 to version. Add new steps here
# with playhouse.migrate operations; never edit a released step.
MIGRATIONS: dict[int, Callable[[Database], None]] = {
    2: _v2_applicant_sort_name,
    3: _v3_fixed_records,
}
SCHEMA_VERSION = 1 + len(MIGRATIONS)


def current_version(db: Database) -> int:
    """0 for an empty database."""
    if not db.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def _create_fresh(db: Database) -> None:
    with db.atomic():
        db.create_tables(ALL_MODELS)
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
        from desktop.store.backup import backup_sqlite

        folder = backup_dir or sqlite_file(db).parent / "backups"
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_sqlite(db, folder / f"before-migration-v{version}-{stamp}.sqlite3")
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            MIGRATIONS[target](db)
            SchemaVersion.create(version=target, applied_at=datetime.now())
    return SCHEMA_VERSION
