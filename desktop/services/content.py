"""The executor's draft: certificate and duplicate content with the transcript."""

from __future__ import annotations

from dataclasses import fields as dc_fields
from datetime import date, datetime

from desktop.domain.errors import InvalidInput
from desktop.domain.validation import check_number, check_order, check_past_date, clean_text
from desktop.services import access
from desktop.services.casework import apply
from desktop.services.errors import PermissionDenied
from desktop.services.inputs import CertificateDraft, DuplicateDraft, TranscriptLine
from desktop.services.session import Session, acting_user
from desktop.store.models import (
    Case,
    CertificateContent,
    DuplicateContent,
    TranscriptRow,
    User,
)

MAX_TRANSCRIPT_ROWS = 400
CERTIFICATE_REQUIRED = (
    "study_from", "study_to", "specialty_code", "specialty_name", "qualification", "study_form",
    "study_language", "course", "order_number", "order_date", "expulsion_reason",
)
DUPLICATE_REQUIRED = (
    "original_number", "original_issued_on", "specialty_name", "qualification",
    "graduation_year", "name_as_written", "new_blank_series", "new_blank_number",
)
DOCUMENT_KINDS = ("diploma", "appendix")


def _text(value: str, field: str, max_len: int = 300) -> str:
    return clean_text(value, field, max_len=max_len, required=False)


def _int_in(value: int | None, field: str, low: int, high: int) -> int | None:
    return check_number(value, field, low, high, integer=True)


def _clean_transcript(lines: list[TranscriptLine]) -> list[dict]:
    if len(lines) > MAX_TRANSCRIPT_ROWS:
        raise InvalidInput("transcript", "too_long", f"at most {MAX_TRANSCRIPT_ROWS} rows",
                           max_len=MAX_TRANSCRIPT_ROWS)
    rows = []
    for i, line in enumerate(lines, start=1):
        field = f"transcript[{i}]"
        credits = check_number(line.credits, field, 0, 500, low_inclusive=False)
        rows.append({
            "position": i,
            "subject": clean_text(line.subject, field, max_len=300),
            "grade": clean_text(line.grade, field, max_len=30),
            "hours": _int_in(line.hours, field, 1, 10000),
            "credits": float(credits) if credits is not None else None,
        })
    return rows


def _clean_certificate(d: CertificateDraft, today: date) -> dict:
    values = {
        "study_from": check_past_date(d.study_from, "study_from", today, required=False),
        "study_to": check_past_date(d.study_to, "study_to", today, required=False),
        "specialty_code": _text(d.specialty_code, "specialty_code", 20),
        "specialty_name": _text(d.specialty_name, "specialty_name"),
        "qualification": _text(d.qualification, "qualification"),
        "study_form": _text(d.study_form, "study_form", 60),
        "study_language": _text(d.study_language, "study_language", 60),
        "course": _int_in(d.course, "course", 1, 6),
        "order_number": _text(d.order_number, "order_number", 40),
        "order_date": check_past_date(d.order_date, "order_date", today, required=False),
        "expulsion_reason": _text(d.expulsion_reason, "expulsion_reason"),
    }
    if values["study_from"] and values["study_to"]:
        check_order(values["study_from"], values["study_to"], "study_to")
    if values["study_from"] and values["order_date"]:
        check_order(values["study_from"], values["order_date"], "order_date")
    return values


def _clean_duplicate(d: DuplicateDraft, today: date) -> dict:
    if d.document_kind not in DOCUMENT_KINDS:
        raise InvalidInput("document_kind", "bad_choice", f"one of {DOCUMENT_KINDS}")
    values = {
        "document_kind": d.document_kind,
        "original_series": _text(d.original_series, "original_series", 20),
        "original_number": _text(d.original_number, "original_number", 30),
        "original_issued_on": check_past_date(
            d.original_issued_on, "original_issued_on", today, required=False
        ),
        "specialty_code": _text(d.specialty_code, "specialty_code", 20),
        "specialty_name": _text(d.specialty_name, "specialty_name"),
        "qualification": _text(d.qualification, "qualification"),
        "graduation_year": _int_in(d.graduation_year, "graduation_year", 1930, today.year),
        "name_as_written": _text(d.name_as_written, "name_as_written", 200),
        "honours": bool(d.honours),
        "new_blank_series": _text(d.new_blank_series, "new_blank_series", 20),
        "new_blank_number": _text(d.new_blank_number, "new_blank_number", 30),
    }
    return values


def _save(session, case_id, version, model, service, values, transcript):
    def mutate(case: Case, user: User, moment: datetime) -> dict:
        if case.service != service:
            raise InvalidInput("service", "bad_choice", f"case is not a {service}")
        access.require_draft_editor(user, case)
        row = model.get_or_none(model.case == case.id)
        before = {k: getattr(row, k) for k in values} if row else {}
        if row is None:
            model.create(case=case.id, **values)
        else:
            model.update(**values).where(model.id == row.id).execute()
        TranscriptRow.delete().where(TranscriptRow.case == case.id).execute()
        for line in transcript:
            TranscriptRow.create(case=case.id, **line)
        changed = {k: [_plain(before.get(k)), _plain(v)] for k, v in values.items()
                   if _plain(before.get(k)) != _plain(v)}
        changed["transcript_rows"] = len(transcript)
        return changed

    return apply(session, case_id, version, None, mutate, audit_action="save_draft")


def _plain(value):
    return value.isoformat() if isinstance(value, date) else value


def save_certificate_draft(
    session: Session, case_id: int, version: int, draft: CertificateDraft, today: date
) -> Case:
    values = _clean_certificate(draft, today)
    lines = _clean_transcript(draft.transcript)
    return _save(session, case_id, version, CertificateContent, "certificate", values, lines)


def save_duplicate_draft(
    session: Session, case_id: int, version: int, draft: DuplicateDraft, today: date
) -> Case:
    values = _clean_duplicate(draft, today)
    lines = _clean_transcript(draft.transcript)
    return _save(session, case_id, version, DuplicateContent, "duplicate", values, lines)


def _content_row(case: Case):
    model = CertificateContent if case.service == "certificate" else DuplicateContent
    return model.get_or_none(model.case == case.id)


def missing_content(case: Case) -> list[str]:
    """Fields a draft must have before the executor submits it to the head."""
    row = _content_row(case)
    required = CERTIFICATE_REQUIRED if case.service == "certificate" else DUPLICATE_REQUIRED
    missing = [f for f in required if row is None or getattr(row, f) in (None, "")]
    rows = TranscriptRow.select().where(TranscriptRow.case == case.id).count()
    needs_rows = case.service == "certificate" or (row and row.document_kind == "appendix")
    if needs_rows and rows == 0:
        missing.append("transcript")
    return missing


def read_certificate(case: Case) -> CertificateDraft:
    row = CertificateContent.get_or_none(CertificateContent.case == case.id)
    draft = CertificateDraft()
    if row:
        for f in dc_fields(CertificateDraft):
            if f.name != "transcript":
                setattr(draft, f.name, getattr(row, f.name))
    draft.transcript = read_transcript(case)
    return draft


def read_duplicate(case: Case) -> DuplicateDraft:
    row = DuplicateContent.get_or_none(DuplicateContent.case == case.id)
    draft = DuplicateDraft()
    if row:
        for f in dc_fields(DuplicateDraft):
            if f.name != "transcript":
                setattr(draft, f.name, getattr(row, f.name))
    draft.transcript = read_transcript(case)
    return draft


def read_transcript(case: Case) -> list[TranscriptLine]:
    rows = TranscriptRow.select().where(TranscriptRow.case == case.id).order_by(
        TranscriptRow.position
    )
    return [TranscriptLine(r.subject, r.grade, r.hours, r.credits) for r in rows]


def previous_subjects(session: Session, case_id: int, specialty_code: str) -> list[str]:
    """The subject names of the latest signed certificate of the same specialty: a starting
    point for a new transcript. The executor of `case_id` (or the head) may read them; names
    only — never another person's grades, hours or credits."""
    user = acting_user(session)
    case = Case.get_or_none(Case.id == case_id)
    if case is None or user.role not in ("executor", "head"):
        raise PermissionDenied("no_case_access", "only the case's executor or the head")
    access.require_read(user, case)
    code = (specialty_code or "").strip()
    if not code:
        return []
    previous = (
        Case.select(Case.id)
        .join(CertificateContent, on=(CertificateContent.case == Case.id))
        .where((CertificateContent.specialty_code == code) & (Case.id != case_id)
               & Case.signed_at.is_null(False) & (Case.result_kind == "certificate"))
        .order_by(Case.signed_at.desc())
        .first()
    )
    if previous is None:
        return []
    rows = (TranscriptRow.select(TranscriptRow.subject)
            .where(TranscriptRow.case == previous.id).order_by(TranscriptRow.position))
    return [r.subject for r in rows]
