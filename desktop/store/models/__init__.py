"""Peewee models of Kense. Every table is bound to `database_proxy` at start-up.

Times of office events (submission, signing, issue) are naive local office time, because the
working-day rules are stated in local time; the audit log records UTC.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database_proxy = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SchemaVersion(BaseModel):
    version = IntegerField()
    applied_at = DateTimeField()


class WriteLock(BaseModel):
    """One row that every writing transaction updates first, so writers queue up (both on
    SQLite and PostgreSQL) and the audit chain and registration numbers never fork."""

    id = IntegerField(primary_key=True)
    counter = IntegerField(default=0)
    # The audit chain's newest hash and length: deleting the newest records is detected too.
    audit_head = CharField(max_length=64, default="0" * 64)
    audit_count = IntegerField(default=0)


class College(BaseModel):
    name_kk = CharField(max_length=300)
    name_ru = CharField(max_length=300)
    address_kk = CharField(max_length=300, default="")
    address_ru = CharField(max_length=300, default="")
    head_name = CharField(max_length=200)
    phone = CharField(max_length=40, default="")
    email = CharField(max_length=120, default="")
    created_at = DateTimeField()
    # The business identification number: electronic results are signed for this BIN.
    bin = CharField(max_length=12, default="")


class User(BaseModel):
    username = CharField(max_length=60, unique=True)
    full_name = CharField(max_length=200)
    role = CharField(max_length=20, index=True)
    password_hash = CharField(max_length=200)
    active = BooleanField(default=True)
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    language = CharField(max_length=2, default="kk")
    created_at = DateTimeField()


class UserSession(BaseModel):
    """A signed-in session, kept on the server so that every PC sees it end: issued at sign-in
    (or unlock), ended at sign-out, lock, or by the admin's change to the account. Only the
    SHA-256 of the token is kept: a backup copy or a look into the database gives no token
    that acts."""

    token_hash = CharField(max_length=64, unique=True)
    user = ForeignKeyField(User, backref="sessions", on_delete="CASCADE")
    created_at = DateTimeField()
    last_seen_at = DateTimeField()
    ended_at = DateTimeField(null=True)
    end_reason = CharField(max_length=30, default="")
    workstation = CharField(max_length=100, default="")

    class Meta:
        indexes = ((("user", "ended_at"), False),)


class Applicant(BaseModel):
    iin = CharField(max_length=12, index=True)
    surname = CharField(max_length=60)
    name = CharField(max_length=60)
    patronymic = CharField(max_length=60, default="")
    birth_date = DateField()
    phone = CharField(max_length=20, default="")
    email = CharField(max_length=120, default="")
    address = CharField(max_length=300, default="")
    # "surname name patronymic" case-folded, for prefix search through an index on any backend.
    search_name = CharField(max_length=200, index=True)
    # The full name's key in Kazakh alphabetical order (desktop.domain.collation), for sorting.
    sort_name = CharField(max_length=400, default="", index=True)


class Case(BaseModel):
    service = CharField(max_length=30)
    channel = CharField(max_length=20)
    external_number = CharField(max_length=60, default="")
    reg_year = IntegerField()
    reg_seq = IntegerField()
    reg_number = CharField(max_length=40, unique=True)
    applicant = ForeignKeyField(Applicant, backref="cases", on_delete="RESTRICT")
    # A representative (parent, legal representative, or attorney) who applied instead.
    representative_name = CharField(max_length=200, default="")
    representative_document = CharField(max_length=200, default="")
    # Duplicate: why the original is gone, and whether the name changed since.
    reason = CharField(max_length=20, default="")
    name_changed = BooleanField(default=False)
    submitted_at = DateTimeField()
    accepted_at = DateTimeField()
    state = CharField(max_length=30, index=True)
    step_started_at = DateTimeField()
    due_at = DateTimeField(null=True, index=True)
    executor = ForeignKeyField(User, null=True, backref="assignments", on_delete="RESTRICT")
    language = CharField(max_length=2)
    result_kind = CharField(max_length=30, default="")
    refusal_reason = TextField(default="")
    rework_comment = TextField(default="")
    verification_code = CharField(max_length=20, default="", index=True)
    signed_at = DateTimeField(null=True)
    issued_at = DateTimeField(null=True)
    issued_to = CharField(max_length=200, default="")
    issued_identity_document = CharField(max_length=200, default="")
    issued_power_of_attorney = CharField(max_length=300, default="")
    created_by = ForeignKeyField(User, backref="registered_cases", on_delete="RESTRICT")
    version = IntegerField(default=1)
    updated_at = DateTimeField()

    class Meta:
        indexes = (
            (("service", "reg_year", "reg_seq"), True),
            # The registry's default order (newest number first) and the period filter.
            (("reg_year", "reg_seq"), False),
            (("accepted_at",), False),
            (("executor", "state"), False),
        )


class RegistrationCounter(BaseModel):
    service = CharField(max_length=30)
    year = IntegerField()
    last = IntegerField(default=0)

    class Meta:
        indexes = ((("service", "year"), True),)


class CaseDocument(BaseModel):
    case = ForeignKeyField(Case, backref="documents", on_delete="CASCADE")
    code = CharField(max_length=40)
    presented = BooleanField()
    expired = BooleanField(default=False)

    class Meta:
        indexes = ((("case", "code"), True),)


class CertificateContent(BaseModel):
    case = ForeignKeyField(Case, unique=True, backref="certificate", on_delete="CASCADE")
    study_from = DateField(null=True)
    study_to = DateField(null=True)
    specialty_code = CharField(max_length=20, default="")
    specialty_name = CharField(max_length=300, default="")
    qualification = CharField(max_length=300, default="")
    study_form = CharField(max_length=60, default="")
    study_language = CharField(max_length=60, default="")
    course = IntegerField(null=True)
    order_number = CharField(max_length=40, default="")
    order_date = DateField(null=True)
    expulsion_reason = CharField(max_length=300, default="")


class DuplicateContent(BaseModel):
    case = ForeignKeyField(Case, unique=True, backref="duplicate", on_delete="CASCADE")
    document_kind = CharField(max_length=20, default="diploma")
    original_series = CharField(max_length=20, default="")
    original_number = CharField(max_length=30, default="")
    original_issued_on = DateField(null=True)
    specialty_code = CharField(max_length=20, default="")
    specialty_name = CharField(max_length=300, default="")
    qualification = CharField(max_length=300, default="")
    graduation_year = IntegerField(null=True)
    name_as_written = CharField(max_length=200, default="")
    honours = BooleanField(default=False)
    new_blank_series = CharField(max_length=20, default="")
    new_blank_number = CharField(max_length=30, default="")
    book_number = CharField(max_length=30, default="")


class TranscriptRow(BaseModel):
    case = ForeignKeyField(Case, backref="transcript", on_delete="CASCADE")
    position = IntegerField()
    subject = CharField(max_length=300)
    hours = IntegerField(null=True)
    credits = FloatField(null=True)
    grade = CharField(max_length=30)

    class Meta:
        indexes = ((("case", "position"), True),)


class StateCorpEvent(BaseModel):
    """Hand-over, return after storage, and renewed request of a result."""

    case = ForeignKeyField(Case, backref="state_corp_events", on_delete="CASCADE")
    kind = CharField(max_length=20)
    at = DateTimeField()
    note = CharField(max_length=300, default="")


class AuditRecord(BaseModel):
    id = AutoField()
    at_utc = CharField(max_length=40)
    username = CharField(max_length=60)
    action = CharField(max_length=40)
    case_id = IntegerField(null=True, index=True)
    changes = TextField()
    prev_hash = CharField(max_length=64)
    hash = CharField(max_length=64)
    # "sha256": written before schema 3, chained but keyless; "mac1": keyed with the office key.
    scheme = CharField(max_length=10, default="sha256")
    applicant_id = IntegerField(null=True, index=True)
    # What the case (or applicant) rows hold after this event, so the check can tell a row
    # changed behind the log's back.
    digest = CharField(max_length=64, default="")


class ResultSnapshot(BaseModel):
    """An issued result (or refusal) exactly as it prints, fixed when it was signed. Rows are
    only ever added; the content's hash is also in the audit chain."""

    case = ForeignKeyField(Case, backref="snapshots", on_delete="RESTRICT")
    kind = CharField(max_length=30)
    created_at = DateTimeField()
    created_by = CharField(max_length=60)
    content = TextField()
    content_hash = CharField(max_length=64)
    verification_code = CharField(max_length=20, default="", index=True)
    # Built at the upgrade to schema 3 from the rows as they stood then, not at signing.
    legacy = BooleanField(default=False)


class PrintRecord(BaseModel):
    """Each print of an issued result: the first is the original, every later one a copy."""

    snapshot = ForeignKeyField(ResultSnapshot, backref="prints", on_delete="RESTRICT")
    case = ForeignKeyField(Case, backref="prints", on_delete="RESTRICT")
    at = DateTimeField()
    username = CharField(max_length=60)
    printer = CharField(max_length=200, default="")
    copy = BooleanField()


class ApplicantHistory(BaseModel):
    """The values an applicant's record held before a change (a marriage, a typo fixed)."""

    applicant = ForeignKeyField(Applicant, backref="history", on_delete="RESTRICT")
    changed_at = DateTimeField()
    username = CharField(max_length=60)
    previous = TextField()


class CalendarOverrideRow(BaseModel):
    day = DateField(unique=True)
    working = BooleanField()
    note = CharField(max_length=200, default="")


class Setting(BaseModel):
    key = CharField(max_length=80, unique=True)
    value = TextField()


ALL_MODELS = (
    SchemaVersion,
    WriteLock,
    College,
    User,
    UserSession,
    Applicant,
    Case,
    RegistrationCounter,
    CaseDocument,
    CertificateContent,
    DuplicateContent,
    TranscriptRow,
    StateCorpEvent,
    AuditRecord,
    CalendarOverrideRow,
    Setting,
    ResultSnapshot,
    PrintRecord,
    ApplicantHistory,
)
