"""The hearing before a motivated refusal: one row a proceeding, from the executor's proposal
(or the head's own decision) through the notice to the hearing's outcome."""

from __future__ import annotations

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField

from desktop.store.models import BaseModel, Case


class RefusalHearing(BaseModel):
    case = ForeignKeyField(Case, backref="+", on_delete="RESTRICT", index=True)
    # The service's refusal grounds cited (JSON list of codes) and the motivation.
    grounds = TextField()
    motivation = TextField()
    proposed_by = CharField(max_length=60, default="")
    proposed_at = DateTimeField(null=True)
    # The head's preliminary decision, its notice's outgoing number, and the hearing it names.
    decided_by = CharField(max_length=60, default="")
    decided_at = DateTimeField(null=True)
    notice_number = CharField(max_length=40, default="")
    hearing_at = DateTimeField(null=True)
    hearing_place = TextField(default="")
    # How and when the notice reached the applicant (desktop.domain.hearing.NOTICE_WAYS).
    notice_way = CharField(max_length=20, default="")
    notice_on = DateField(null=True)
    notice_note = TextField(default="")
    # The hearing: who came (ATTENDANCE), the applicant's position, and the outcome (OUTCOMES),
    # or "declined" when the head declined the executor's proposal.
    held_at = DateTimeField(null=True)
    attendance = CharField(max_length=30, default="")
    attendees = TextField(default="")
    position = TextField(default="")
    outcome = CharField(max_length=20, default="")
    recorded_by = CharField(max_length=60, default="")


HEARING_MODELS = (RefusalHearing,)
