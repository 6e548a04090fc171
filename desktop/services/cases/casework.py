"""The shared mechanics of every change to a case: load under the write lock, check the role
and the state, apply, bump the version (optimistic lock), recompute the deadline, audit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain import deadlines, workflow
from desktop.services.accounts import access
from desktop.services.accounts.session import Session, acting_user
from desktop.services.errors import Conflict, NotFound
from desktop.services.records import audit
from desktop.services.reference import case_clock, catalogue, now, work_calendar
from desktop.store.connection import write_transaction
from desktop.store.models import Case, RegistrationCounter, User

Mutation = Callable[[Case, User, datetime], dict]
# Runs after the case row is saved (e.g. to fix the signed result from the saved rows).
Finish = Callable[[Case, User, datetime], dict]


@dataclass(frozen=True)
class CaseRecord:
    """A case as a use case left it: a plain copy of its row for the caller (the screens, the
    demo), so nothing above the services holds a live model it could save behind their back."""

    id: int
    service: str
    channel: str
    external_number: str
    reg_year: int
    reg_seq: int
    reg_number: str
    applicant_id: int
    representative_name: str
    representative_document: str
    reason: str
    name_changed: bool
    submitted_at: datetime
    accepted_at: datetime
    state: str
    step_started_at: datetime
    due_at: datetime | None
    executor_id: int | None
    language: str
    result_kind: str
    refusal_reason: str
    rework_comment: str
    verification_code: str
    signed_at: datetime | None
    issued_at: datetime | None
    issued_to: str
    issued_identity_document: str
    issued_power_of_attorney: str
    created_by_id: int
    version: int
    updated_at: datetime

    @classmethod
    def of(cls, case: Case) -> CaseRecord:
        # A foreign key's column holds the id under the field's own name.
        return cls(**{
            f"{field.name}_id" if field.name in _FOREIGN_KEYS else field.name:
                case.__data__.get(field.name)
            for field in Case._meta.sorted_fields
        })


_FOREIGN_KEYS = {field.name for field in Case._meta.refs}


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def load_case(case_id: int) -> Case:
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound("case_not_found", f"no case {case_id}", case_id=case_id)
    return case


def next_number(counter: str, year: int) -> int:
    """The next number of a gapless yearly sequence; runs inside the write transaction, so a
    rolled-back use case gives its number back."""
    row, _ = RegistrationCounter.get_or_create(service=counter, year=year)
    RegistrationCounter.update(last=RegistrationCounter.last + 1).where(
        RegistrationCounter.id == row.id
    ).execute()
    return RegistrationCounter.get_by_id(row.id).last


def apply(
    session: Session,
    case_id: int,
    expected_version: int,
    action: str | None,
    mutate: Mutation,
    *,
    audit_action: str | None = None,
    finish: Finish | None = None,
    at: datetime | None = None,
) -> CaseRecord:
    """Run one use case on one case. `action` is a workflow transition (None: an edit that keeps
    the state, allowed to the role `mutate` checks). Nothing is saved if anything fails. `at`:
    the moment to record instead of now (a signing prepared before its electronic signature)."""
    with write_transaction():
        case = load_case(case_id)
        role = workflow.role_for(catalogue()[case.service], action) if action else None
        user = acting_user(session, role) if role else acting_user(session)
        access.require_act(user, case)
        if case.version != expected_version:
            raise Conflict(case_id=case_id, expected=expected_version, found=case.version)
        moment = at or now()
        before = dict(case.__data__)
        if action:
            service = catalogue()[case.service]
            case.state = workflow.next_state(service, case.channel, case.state, action, user.role)
            case.step_started_at = max(moment, case.accepted_at)
        extra = mutate(case, user, moment) or {}
        case.due_at = deadlines.current_due(case_clock(case), work_calendar())
        case.updated_at = moment
        data = dict(case.__data__)
        data.pop("id")
        data["version"] = expected_version + 1
        updated = (
            Case.update(**data)
            .where((Case.id == case_id) & (Case.version == expected_version))
            .execute()
        )
        if updated != 1:
            raise Conflict(case_id=case_id, expected=expected_version)
        case.version = expected_version + 1
        if finish is not None:
            extra.update(finish(case, user, moment) or {})
        after = case.__data__
        changes = {
            name: [_plain(before.get(name)), _plain(after.get(name))]
            for name in after
            if name not in ("updated_at", "version", "step_started_at")
            and _plain(before.get(name)) != _plain(after.get(name))
        }
        changes.update({k: _plain(v) for k, v in extra.items()})
        audit.append(user.username, audit_action or action or "edit", case.id, changes)
    return CaseRecord.of(case)
