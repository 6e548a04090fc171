"""The executor's draft of a case's result, whatever its kind: the kind's content with the
transcript; the kind (from the registry) says what is stored, checked and required."""

from __future__ import annotations

from dataclasses import fields as dc_fields
from datetime import date, datetime

from desktop.domain.errors import InvalidInput
from desktop.domain.validation import check_number, clean_text
from desktop.services.accounts import access
from desktop.services.accounts.session import Session, acting_user
from desktop.services.cases.casework import CaseRecord, apply
from desktop.services.cases.inputs import TranscriptLine
from desktop.services.errors import PermissionDenied
from desktop.services.results import registry as result_kinds
from desktop.services.results.registry import ResultKind
from desktop.store.models import Case, TranscriptRow, User

MAX_TRANSCRIPT_ROWS = 400


def _clean_transcript(lines: list[TranscriptLine]) -> list[dict]:
    if len(lines) > MAX_TRANSCRIPT_ROWS:
        raise InvalidInput("transcript", "too_long", f"at most {MAX_TRANSCRIPT_ROWS} rows",
                           max_len=MAX_TRANSCRIPT_ROWS)
    rows = []
    for i, line in enumerate(lines, start=1):
        field = f"transcript[{i}]"
        # A hundredth of a credit is the least a transcript gives; smaller positive numbers
        # (1e-151) do not even fit PostgreSQL's REAL column and would fail the save.
        credits = check_number(line.credits, field, 0.01, 500)
        rows.append({
            "position": i,
            "subject": clean_text(line.subject, field, max_len=300),
            "grade": clean_text(line.grade, field, max_len=30),
            "hours": check_number(line.hours, field, 1, 10000, integer=True),
            "credits": float(credits) if credits is not None else None,
        })
    return rows


def draft_kind(service: str) -> ResultKind:
    """The kind of result the executor drafts in a case of this service."""
    return result_kinds.document_of(service)


def save_draft(session: Session, case_id: int, version: int, draft, today: date) -> CaseRecord:
    """Save the executor's draft of the case's result (its kind's input dataclass)."""

    def mutate(case: Case, user: User, moment: datetime) -> dict:
        kind = draft_kind(case.service)
        if not isinstance(draft, kind.draft_type):
            raise InvalidInput("service", "bad_choice", f"case is not a {kind.code}")
        access.require_draft_editor(user, case)
        values = kind.clean(draft, today)
        transcript = _clean_transcript(draft.transcript)
        model = kind.model
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


def _content_row(case: Case, kind: ResultKind):
    return kind.model.get_or_none(kind.model.case == case.id)


def missing_content(case: Case) -> list[str]:
    """Fields a draft must have before the executor submits it to the head."""
    kind = draft_kind(case.service)
    row = _content_row(case, kind)
    missing = [f for f in kind.required if row is None or getattr(row, f) in (None, "")]
    rows = TranscriptRow.select().where(TranscriptRow.case == case.id).count()
    if kind.needs_transcript(row) and rows == 0:
        missing.append("transcript")
    return missing


def read_draft(case: Case):
    """The case's draft as its kind's input dataclass (empty before the first save)."""
    kind = draft_kind(case.service)
    row = _content_row(case, kind)
    draft = kind.draft_type()
    if row:
        for f in dc_fields(kind.draft_type):
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
    """The subject names of the latest signed result of the same kind and specialty: a
    starting point for a new transcript. The executor of `case_id` (or the head) may read them;
    names only — never another person's grades, hours or credits."""
    user = acting_user(session)
    case = Case.get_or_none(Case.id == case_id)
    if case is None or user.role not in ("executor", "head"):
        raise PermissionDenied("no_case_access", "only the case's executor or the head")
    access.require_read(user, case)
    code = (specialty_code or "").strip()
    model = draft_kind(case.service).model
    if not code or "specialty_code" not in model._meta.fields:
        return []
    previous = (
        Case.select(Case.id)
        .join(model, on=(model.case == Case.id))
        .where((model.specialty_code == code) & (Case.id != case_id)
               & Case.signed_at.is_null(False)
               & (Case.result_kind == draft_kind(case.service).code))
        .order_by(Case.signed_at.desc())
        .first()
    )
    if previous is None:
        return []
    rows = (TranscriptRow.select(TranscriptRow.subject)
            .where(TranscriptRow.case == previous.id).order_by(TranscriptRow.position))
    return [r.subject for r in rows]
