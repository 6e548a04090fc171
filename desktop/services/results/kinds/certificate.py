"""The certificate to a person who did not complete their studies (service 2)."""

from __future__ import annotations

from datetime import date

from desktop.domain import printables as p
from desktop.domain.validation import check_order, check_past_date
from desktop.services.cases.inputs import CertificateDraft
from desktop.services.results import record_data as snap_
from desktop.services.results.kinds.fields import text, whole
from desktop.services.results.registry import ResultKind, register
from desktop.store.models import CertificateContent


def clean(d: CertificateDraft, today: date) -> dict:
    values = {
        "study_from": check_past_date(d.study_from, "study_from", today, required=False),
        "study_to": check_past_date(d.study_to, "study_to", today, required=False),
        "specialty_code": text(d.specialty_code, "specialty_code", 20),
        "specialty_name": text(d.specialty_name, "specialty_name"),
        "qualification": text(d.qualification, "qualification"),
        "study_form": text(d.study_form, "study_form", 60),
        "study_language": text(d.study_language, "study_language", 60),
        "course": whole(d.course, "course", 1, 6),
        "order_number": text(d.order_number, "order_number", 40),
        "order_date": check_past_date(d.order_date, "order_date", today, required=False),
        "expulsion_reason": text(d.expulsion_reason, "expulsion_reason"),
    }
    if values["study_from"] and values["study_to"]:
        check_order(values["study_from"], values["study_to"], "study_to")
    if values["study_from"] and values["order_date"]:
        check_order(values["study_from"], values["order_date"], "order_date")
    return values


def printable(snap: dict) -> p.CertificateData:
    c = snap_.content_of(snap, "certificate")
    code, payload = snap_.code_and_payload(snap)
    college = snap_.snap_college(snap)
    return p.CertificateData(
        college=college, reg_number=snap["reg_number"], issued_on=snap_.issued_on(snap),
        person=snap_.snap_person(snap), study_from=snap_.day(c["study_from"]),
        study_to=snap_.day(c["study_to"]), specialty_code=c["specialty_code"],
        specialty_name=c["specialty_name"], qualification=c["qualification"],
        study_form=c["study_form"], study_language=c["study_language"],
        course=c["course"] or 0, expulsion_order_number=c["order_number"],
        expulsion_order_date=snap_.day(c["order_date"]), expulsion_reason=c["expulsion_reason"],
        transcript=snap_.transcript(snap), head_name=college.head_name,
        verification_code=code, qr_payload=payload,
    )


CERTIFICATE = register(ResultKind(
    code="certificate",
    printable=printable,
    form="desktop.forms.certificate:render_certificate",
    draft_type=CertificateDraft,
    model=CertificateContent,
    clean=clean,
    required=(
        "study_from", "study_to", "specialty_code", "specialty_name", "qualification",
        "study_form", "study_language", "course", "order_number", "order_date",
        "expulsion_reason",
    ),
    needs_transcript=lambda row: True,
    from_archive="desktop.services.results.kinds.archive_fill:certificate_draft",
))
