"""Schema step 3: sessions as rows, and issued results as fixed records (tables frozen here as this
step creates them: the live models may change, and a later step must then alter what this made)."""

from __future__ import annotations

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

from desktop.store.models import Applicant, Case, User, database_proxy


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


def sessions_and_fixed_records(db: Database) -> None:
    """Sessions become rows, and issued results fixed records."""
    _v3_user_sessions(db)
    _v3_fixed_records(db)
