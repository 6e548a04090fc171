"""The made-up service's result: what the executor drafts, its checks, how it prints, and the
table its draft is kept in. A service shipped this way would create that table by a migration;
the tests create it with the database (the `three_services` fixture)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from peewee import CharField, ForeignKeyField, IntegerField, Model

from desktop.domain.errors import InvalidInput
from desktop.services.results import record_data
from desktop.services.results.kinds.fields import text, whole
from desktop.services.results.registry import ResultKind, register
from desktop.store.models import Case, database_proxy


class StudyReferenceContent(Model):
    case = ForeignKeyField(Case, unique=True, backref="+", on_delete="CASCADE")
    specialty_code = CharField(max_length=20, default="")
    specialty_name = CharField(max_length=300, default="")
    course = IntegerField(null=True)
    study_form = CharField(max_length=60, default="")

    class Meta:
        database = database_proxy
        table_name = "study_reference_content"


@dataclass
class StudyReferenceDraft:
    specialty_code: str = ""
    specialty_name: str = ""
    course: int | None = None
    study_form: str = ""
    transcript: list = field(default_factory=list)


@dataclass(frozen=True)
class StudyReferenceData:
    reg_number: str
    full_name: str
    specialty: str
    course: int
    issued_on: date
    head_name: str
    verification_code: str


def clean(d: StudyReferenceDraft, today: date) -> dict:
    if d.transcript:
        raise InvalidInput("transcript", "bad_choice", "a study reference has no grades")
    return {
        "specialty_code": text(d.specialty_code, "specialty_code", 20),
        "specialty_name": text(d.specialty_name, "specialty_name"),
        "course": whole(d.course, "course", 1, 4),
        "study_form": text(d.study_form, "study_form", 60),
    }


def printable(snap: dict) -> StudyReferenceData:
    c = record_data.content_of(snap, "study_reference")
    code, _payload = record_data.code_and_payload(snap)
    return StudyReferenceData(
        reg_number=snap["reg_number"], full_name=record_data.snap_person(snap).full_name,
        specialty=f'{c["specialty_code"]} {c["specialty_name"]}', course=c["course"],
        issued_on=record_data.issued_on(snap),
        head_name=record_data.snap_college(snap).head_name, verification_code=code,
    )


STUDY_REFERENCE = register(ResultKind(
    code="study_reference",
    printable=printable,
    form="third_service.form:render",
    draft_type=StudyReferenceDraft,
    model=StudyReferenceContent,
    clean=clean,
    required=("specialty_code", "specialty_name", "course"),
))
