"""Strict-accountability blanks: the batches the college receives and every numbered blank.

A blank is one row from the moment its batch is recorded, so "gapless" is a property of the
rows themselves: the next blank taken is the lowest number of its series still in stock. Its
number is kept as an integer (for ordering and ranges) with the batch's digit width, so a
series printed with leading zeros ("0001234") reads back as printed.
"""

from __future__ import annotations

from peewee import (
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from desktop.store.models import BaseModel, Case, ResultSnapshot

IN_STOCK = "in_stock"
USED = "used"
SPOILED = "spoiled"
LOST = "lost"
STATES = (IN_STOCK, USED, SPOILED, LOST)


class BlankBatch(BaseModel):
    """A batch received: its kind (a document kind of a result printed on blanks), series,
    the number range, when and under which document it came, and who recorded it."""

    kind = CharField(max_length=20)
    series = CharField(max_length=20)
    first_number = IntegerField()
    last_number = IntegerField()
    width = IntegerField()  # digits printed, leading zeros included
    received_on = DateField()
    receipt_document = CharField(max_length=300)
    created_at = DateTimeField()
    created_by = CharField(max_length=60)

    class Meta:
        indexes = ((("series", "first_number"), False),)


class Blank(BaseModel):
    """One numbered blank. `state_at` is when it reached its current state (the stock report
    counts by it); `case` and `snapshot` say which result it was printed for (kept when it was
    spoiled, so the write-off act can name the registration number)."""

    batch = ForeignKeyField(BlankBatch, backref="blanks", on_delete="RESTRICT")
    kind = CharField(max_length=20)
    series = CharField(max_length=20)
    number = IntegerField()
    width = IntegerField()
    state = CharField(max_length=10, default=IN_STOCK)
    case = ForeignKeyField(Case, null=True, backref="+", on_delete="RESTRICT")
    snapshot = ForeignKeyField(ResultSnapshot, null=True, backref="+", on_delete="RESTRICT")
    used_at = DateTimeField(null=True)
    state_at = DateTimeField(null=True)
    state_by = CharField(max_length=60, default="")
    reason = TextField(default="")

    class Meta:
        indexes = (
            (("series", "number"), True),
            (("kind", "state", "series", "number"), False),
            (("state", "state_at"), False),
        )

    @property
    def label(self) -> str:
        return f"{self.number:0{self.width}d}"


BLANK_MODELS = (BlankBatch, Blank)
