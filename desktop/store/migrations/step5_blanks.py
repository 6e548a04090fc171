"""Schema step 5 (with the electronic signatures' tables): the strict-accountability blanks'
tables as this step creates them (frozen here: the live models in desktop.store.models.blanks
may change, and a later step must then alter what this made)."""

from __future__ import annotations

from peewee import (
    CharField,
    Database,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from desktop.store.models import Case, ResultSnapshot, database_proxy


class _FrozenV5(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class _BlankBatchV5(_FrozenV5):
    kind = CharField(max_length=20)
    series = CharField(max_length=20)
    first_number = IntegerField()
    last_number = IntegerField()
    width = IntegerField()
    received_on = DateField()
    receipt_document = CharField(max_length=300)
    created_at = DateTimeField()
    created_by = CharField(max_length=60)

    class Meta:
        table_name = "blank_batch"
        indexes = ((("series", "first_number"), False),)


class _BlankV5(_FrozenV5):
    batch = ForeignKeyField(_BlankBatchV5, backref="+", on_delete="RESTRICT")
    kind = CharField(max_length=20)
    series = CharField(max_length=20)
    number = IntegerField()
    width = IntegerField()
    state = CharField(max_length=10, default="in_stock")
    case = ForeignKeyField(Case, null=True, backref="+", on_delete="RESTRICT")
    snapshot = ForeignKeyField(ResultSnapshot, null=True, backref="+", on_delete="RESTRICT")
    used_at = DateTimeField(null=True)
    state_at = DateTimeField(null=True)
    state_by = CharField(max_length=60, default="")
    reason = TextField(default="")

    class Meta:
        table_name = "blank"
        indexes = (
            (("series", "number"), True),
            (("kind", "state", "series", "number"), False),
            (("state", "state_at"), False),
        )


def create_blanks(db: Database) -> None:
    """Strict-accountability blanks: batches received and one row per numbered blank. A
    database upgraded from schema 4 has no stock: the admin records the batches on hand before
    the next duplicate is signed."""
    db.create_tables([_BlankBatchV5, _BlankV5])
