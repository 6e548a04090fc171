"""Issued results as fixed records.

When the head signs a result or a motivated refusal, and when the clerk refuses to accept a
package, the whole content of what prints is fixed in a `ResultSnapshot` row: the names as they
stood, the draft content and transcript, the college and its head, the language, the numbers
and the verification code. Prints, previews, reprints and verification read the snapshot,
never today's rows; the rows feed new work only. The snapshot's hash is in the audit chain and
its verification code is an HMAC of its whole content under the office key.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime

from desktop.domain import workflow
from desktop.domain.verification import verification_code
from desktop.services.accounts import office_key
from desktop.services.results import registry
from desktop.store.models import (
    Applicant,
    Case,
    CaseDocument,
    College,
    ResultSnapshot,
    TranscriptRow,
    User,
)

FORMAT = 1


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def canonical(content: dict) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=_plain)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _person(applicant: Applicant) -> dict:
    return {
        "surname": applicant.surname, "name": applicant.name,
        "patronymic": applicant.patronymic, "iin": applicant.iin,
        "birth_date": _plain(applicant.birth_date), "address": applicant.address,
    }


def _college() -> dict:
    college = College.select().first()
    names = ("name_kk", "name_ru", "address_kk", "address_ru", "head_name", "phone", "email")
    return {n: getattr(college, n) for n in names} if college else {n: "" for n in names}


def _full_name(user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = User.get_or_none(User.id == user_id)
    return user.full_name if user else ""


def build_content(case: Case, kind: str, signer: str = "") -> dict:
    """What `kind` of result prints for this case from the rows as they are now."""
    # A refusal prints the drafted content too (the letter names what was asked for).
    model = registry.document_of(case.service).model
    row = model.get_or_none(model.case == case.id) if model else None
    fields = [f.name for f in model._meta.sorted_fields if f.name not in ("id", "case")] \
        if model else []
    transcript = TranscriptRow.select().where(TranscriptRow.case == case.id).order_by(
        TranscriptRow.position)
    documents = CaseDocument.select().where(CaseDocument.case == case.id).order_by(
        CaseDocument.id)
    return {
        "format": FORMAT,
        "kind": kind,
        "service": case.service,
        "channel": case.channel,
        "language": case.language,
        "reg_number": case.reg_number,
        "external_number": case.external_number,
        "submitted_at": _plain(case.submitted_at),
        "accepted_at": _plain(case.accepted_at),
        "signed_at": _plain(case.signed_at),
        "person": _person(Applicant.get_by_id(case.applicant_id)),
        "representative_name": case.representative_name,
        "representative_document": case.representative_document,
        "college": _college(),
        "signer": signer,
        "executor_name": _full_name(case.executor_id),
        "clerk_name": _full_name(case.created_by_id),
        "content": {f: _plain(getattr(row, f)) for f in fields} if row else {},
        "transcript": [[t.subject, t.hours, t.credits, t.grade] for t in transcript],
        "documents": [[d.code, d.presented, d.expired] for d in documents],
        "refusal_reason": case.refusal_reason,
        "verification_code": "",
    }


def seal_code(key: bytes, content: dict) -> str:
    """The verification code of a result: an HMAC of everything it prints but the code."""
    body = {k: v for k, v in content.items() if k != "verification_code"}
    return verification_code(key, {"result": canonical(body)})


def take(case: Case, kind: str, username: str, signer: str = "", *,
         legacy: bool = False, content: dict | None = None) -> ResultSnapshot:
    """Fix the result as it prints now; runs inside the use case's write transaction. A result
    with a verification code (signed ones) gets it here and writes it back to the case."""
    content = content if content is not None else build_content(case, kind, signer)
    if not legacy and registry.get(kind).sealed:
        content["verification_code"] = seal_code(office_key.current_key(), content)
        case.verification_code = content["verification_code"]
        Case.update(verification_code=case.verification_code).where(
            Case.id == case.id).execute()
    text = canonical(content)
    return ResultSnapshot.create(
        case=case.id, kind=kind, created_at=datetime.now(), created_by=username,
        content=text, content_hash=content_hash(text),
        verification_code=content.get("verification_code", ""), legacy=legacy,
    )


def latest(case_id: int) -> ResultSnapshot | None:
    """The case's result as last fixed (the papers of a hearing are not its result)."""
    return (ResultSnapshot.select()
            .where((ResultSnapshot.case == case_id)
                   & ResultSnapshot.kind.not_in(workflow.PROCEDURE_PAPERS))
            .order_by(ResultSnapshot.id.desc()).first())


def latest_of(case_id: int, kind: str) -> ResultSnapshot | None:
    return (ResultSnapshot.select()
            .where((ResultSnapshot.case == case_id) & (ResultSnapshot.kind == kind))
            .order_by(ResultSnapshot.id.desc()).first())
