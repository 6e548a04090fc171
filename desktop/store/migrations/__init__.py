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

from peewee import (
    BooleanField,
    CharField,
    Database,
    DateTimeField,
    ForeignKeyField,
    Model,
    TextField,
)
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_operations

from desktop.domain.collation import sort_key
from desktop.domain.dates import file_stamp
from desktop.store.connection import StoreError, is_sqlite, refresh_statistics, sqlite_file
from desktop.store.migrations.step4_archive import create_archive
from desktop.store.migrations.step5_blanks import create_blanks
from desktop.store.migrations.step5_esign import create_esign
from desktop.store.models import (
    Applicant,
    Case,
    SchemaVersion,
    User,
    WriteLock,
    database_proxy,
)
from desktop.store.tables import EVERY_MODEL


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


class _FrozenV3(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class _ResultSnapshotV3(_FrozenV3):
    """The tables of fixed records as step 3 creates them (frozen: the live models may change)."""

    case = ForeignKeyField(Case, backref="+", on_delete="RESTRICT")
    kind = CharField(max_length=30)
    created_at = DateTimeField()
    created_by = CharField(max_length=60)
    content = TextField()
    content_hash = CharField(max_length=64)
    verification_code = CharField(max_length=20, default="", index=True)
    legacy = BooleanField(default=False)

    class Meta:
        table_name = "result_snapshot"


class _PrintRecordV3(_FrozenV3):
    snapshot = ForeignKeyField(_ResultSnapshotV3, backref="+", on_delete="RESTRICT")
    case = ForeignKeyField(Case, backref="+", on_delete="RESTRICT")
    at = DateTimeField()
    username = CharField(max_length=60)
    printer = CharField(max_length=200, default="")
    copy = BooleanField()

    class Meta:
        table_name = "print_record"


class _ApplicantHistoryV3(_FrozenV3):
    applicant = ForeignKeyField(Applicant, backref="+", on_delete="RESTRICT")
    changed_at = DateTimeField()
    username = CharField(max_length=60)
    previous = TextField()

    class Meta:
        table_name = "applicant_history"


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
    db.create_tables([_ResultSnapshotV3, _PrintRecordV3, _ApplicantHistoryV3])
    db.execute_sql("ALTER TABLE college DROP COLUMN verification_secret")


def _v3_sessions_and_fixed_records(db: Database) -> None:
    _v3_user_sessions(db)
    _v3_fixed_records(db)


def _v5_esign_and_blanks(db: Database) -> None:
    """Electronic signatures of results (the college's BIN, signed files, NCA certificates) and
    the strict-accountability blanks (batches received, one row per blank)."""
    create_esign(db)
    create_blanks(db)


# version -> function(db) that brings a database from version-1 to version. Add new steps here
# with playhouse.migrate operations; never edit a released step.
MIGRATIONS: dict[int, Callable[[Database], None]] = {
    2: _v2_applicant_sort_name,
    3: _v3_sessions_and_fixed_records,
    4: create_archive,
    5: _v5_esign_and_blanks,
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
        from desktop.store.backup import backup_sqlite

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
