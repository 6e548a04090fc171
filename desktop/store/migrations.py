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

from peewee import CharField, Database, DateTimeField, ForeignKeyField, Model
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_operations

from desktop.domain.collation import sort_key
from desktop.store.connection import StoreError, is_sqlite, sqlite_file
from desktop.store.models import ALL_MODELS, SchemaVersion, User, WriteLock, database_proxy


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


class _UserSessionV3(Model):
    """The user_session table as step 3 creates it (frozen here: the live model may change)."""

    token_hash = CharField(max_length=64, unique=True)
    user = ForeignKeyField(User, backref="+", on_delete="CASCADE")
    created_at = DateTimeField()
    last_seen_at = DateTimeField()
    ended_at = DateTimeField(null=True)
    end_reason = CharField(max_length=30, default="")
    workstation = CharField(max_length=100, default="")

    class Meta:
        database = database_proxy
        table_name = "user_session"
        indexes = ((("user", "ended_at"), False),)


def _v3_user_sessions(db: Database) -> None:
    """Sessions become rows, so that every PC sees a sign-out, a lock-out or a reset end them.
    Sessions opened before the upgrade had no row: their users sign in again."""
    db.create_tables([_UserSessionV3])


# version -> function(db) that brings a database from version-1 to version. Add new steps here
# with playhouse.migrate operations; never edit a released step.
MIGRATIONS: dict[int, Callable[[Database], None]] = {
    2: _v2_applicant_sort_name,
    3: _v3_user_sessions,
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
