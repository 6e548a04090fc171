"""Schema step 5, electronic signatures: the college's BIN, the signed result files and the
installed NCA certificates (frozen here: the live models in desktop.store.models.esign may
change, and a later step must then alter what this made)."""

from __future__ import annotations

from peewee import BlobField, CharField, Database, DateTimeField, ForeignKeyField, Model, TextField

from desktop.store.models import Case, ResultSnapshot, database_proxy


class _FrozenV5(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class _ResultSignatureV5(_FrozenV5):
    snapshot = ForeignKeyField(ResultSnapshot, unique=True, backref="+", on_delete="RESTRICT")
    case = ForeignKeyField(Case, backref="+", on_delete="RESTRICT", index=True)
    signed_at = DateTimeField()
    username = CharField(max_length=60)
    pdf = BlobField()
    cms = BlobField()
    pdf_sha256 = CharField(max_length=64)
    cms_sha256 = CharField(max_length=64)
    signer = TextField()
    verdict = CharField(max_length=20)

    class Meta:
        table_name = "result_signature"


class _NcaCertificateV5(_FrozenV5):
    der = BlobField()
    sha256 = CharField(max_length=64, unique=True)
    subject = TextField()
    not_before = DateTimeField()
    not_after = DateTimeField()
    added_at = DateTimeField()
    added_by = CharField(max_length=60)

    class Meta:
        table_name = "nca_certificate"


def create_esign(db: Database) -> None:
    # Plain SQL that both backends take (see step 2 on why not peewee's add_column).
    db.execute_sql("ALTER TABLE college ADD COLUMN bin VARCHAR(12) NOT NULL DEFAULT ''")
    db.create_tables([_ResultSignatureV5, _NcaCertificateV5])
