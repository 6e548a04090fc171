"""Schema step 7: the NCA's lists of revoked certificates (CRLs) the admin imports, so that a
signature's certificate can be checked for revocation offline (frozen here: the live model in
desktop.store.models.esign may change, and a later step must then alter what this made)."""

from __future__ import annotations

from peewee import BlobField, CharField, Database, DateTimeField, Model, TextField

from desktop.store.models import database_proxy


class _NcaCrlV7(Model):
    der = BlobField()
    sha256 = CharField(max_length=64, unique=True)
    issuer = TextField()
    this_update = DateTimeField()
    next_update = DateTimeField(null=True)
    delta = CharField(max_length=1, default="")
    entries = CharField(max_length=12)
    added_at = DateTimeField()
    added_by = CharField(max_length=60)

    class Meta:
        database = database_proxy
        legacy_table_names = False
        table_name = "nca_crl"


def create_crls(db: Database) -> None:
    """The table of imported CRLs, empty: revocation is "not checked" until the admin imports."""
    db.create_tables([_NcaCrlV7])
