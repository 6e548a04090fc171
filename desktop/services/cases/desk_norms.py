"""The steps done at the desk against their norms in minutes: the registration (15 minutes)
and the issue of the result (30 minutes). The log keeps, for each such step, when the clerk
began and when it was recorded; this reads them back."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time

from desktop.domain import deadlines
from desktop.services.accounts.session import Session, acting_user
from desktop.services.errors import PermissionDenied
from desktop.services.reference import catalogue
from desktop.store.models import AuditRecord, Case

# The log's action of each step measured at the desk.
DESK_STEPS = {"register": "register", "issue": "issue"}


@dataclass(frozen=True)
class DeskTime:
    case_id: int
    reg_number: str
    step: str  # "register" or "issue"
    started_at: datetime
    finished_at: datetime
    norm_minutes: int

    @property
    def minutes(self) -> int:
        return deadlines.desk_minutes(self.started_at, self.finished_at)

    @property
    def over(self) -> bool:
        return deadlines.over_norm(self.started_at, self.finished_at, self.norm_minutes)


def desk_time(started_at: datetime | None, moment: datetime) -> dict:
    """What the log keeps of a step done at the desk (registration, issue) to measure it
    against its norm: when the clerk began and when it was recorded."""
    if started_at is None or started_at > moment:
        return {}
    return {"started_at": started_at.replace(microsecond=0), "finished_at": moment}


def _times(records, cases: dict[int, Case]) -> list[DeskTime]:
    found = []
    for record in records:
        changes = json.loads(record.changes)
        if "started_at" not in changes or "finished_at" not in changes:
            continue
        case = cases.get(record.case_id)
        if case is None:
            continue
        step = DESK_STEPS[record.action]
        norm = catalogue()[case.service].step(step).norm_minutes
        if not norm:
            continue
        found.append(DeskTime(
            case_id=case.id, reg_number=case.reg_number, step=step,
            started_at=datetime.fromisoformat(changes["started_at"]),
            finished_at=datetime.fromisoformat(changes["finished_at"]),
            norm_minutes=norm,
        ))
    return found


def _desk_records():
    return AuditRecord.select().where(AuditRecord.action.in_(list(DESK_STEPS))).order_by(
        AuditRecord.id)


def desk_times_of(case: Case) -> list[DeskTime]:
    """The registration and the issue of a case the caller may read, against their norms
    (as far as measured)."""
    return _times(_desk_records().where(AuditRecord.case_id == case.id), {case.id: case})


def desk_times_between(session: Session, first: date, last: date) -> list[DeskTime]:
    """Every measured registration and issue recorded from `first` to `last` (the head's and the
    clerk's overview), oldest first."""
    user = acting_user(session)
    if user.role not in ("head", "clerk"):
        raise PermissionDenied("no_case_access", "only the office and the head see desk times")
    # A case's last change is never before its registration or issue: only cases changed since
    # `first` can hold a desk step of the period.
    since = datetime.combine(first, time.min)
    cases = {c.id: c for c in Case.select().where(Case.updated_at >= since)}
    if not cases:
        return []
    records = _desk_records().where(AuditRecord.case_id.in_(list(cases)))
    return [t for t in _times(records, cases) if first <= t.finished_at.date() <= last]
