"""Schema step 6, the hearing before a motivated refusal (frozen here: the live model in
desktop.store.models.hearings may change, and a later step must then alter what this made)."""

from __future__ import annotations

from peewee import CharField, Database, DateField, DateTimeField, ForeignKeyField, Model, TextField

from desktop.store.models import Case, database_proxy


class _RefusalHearingV6(Model):
    case = ForeignKeyField(Case, backref="+", on_delete="RESTRICT", index=True)
    grounds = TextField()
    motivation = TextField()
    proposed_by = CharField(max_length=60, default="")
    proposed_at = DateTimeField(null=True)
    decided_by = CharField(max_length=60, default="")
    decided_at = DateTimeField(null=True)
    notice_number = CharField(max_length=40, default="")
    hearing_at = DateTimeField(null=True)
    hearing_place = TextField(default="")
    notice_way = CharField(max_length=20, default="")
    notice_on = DateField(null=True)
    notice_note = TextField(default="")
    held_at = DateTimeField(null=True)
    attendance = CharField(max_length=30, default="")
    attendees = TextField(default="")
    position = TextField(default="")
    outcome = CharField(max_length=20, default="")
    recorded_by = CharField(max_length=60, default="")

    class Meta:
        database = database_proxy
        legacy_table_names = False
        table_name = "refusal_hearing"


def create_hearings(db: Database) -> None:
    db.create_tables([_RefusalHearingV6])
