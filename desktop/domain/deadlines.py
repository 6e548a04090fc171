"""Due moments of the steps and of the whole case, from the catalogue and the calendar."""

from __future__ import annotations

import calendar as _gregorian
from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain import hearing, workflow
from desktop.domain.calendar import OFFICE_MINUTES_PER_DAY, WorkCalendar
from desktop.domain.catalogue import Service

ON_TIME = "on_time"
DUE_TODAY = "due_today"
OVERDUE = "overdue"


def acceptance_moment(channel: str, submitted_at: datetime, cal: WorkCalendar) -> datetime:
    """When the term starts: on the portal, a submission outside office time counts from the
    next working moment (standard, schedule item 3); elsewhere from the submission itself."""
    if channel == "portal":
        return cal.next_office_moment(submitted_at)
    return submitted_at


def case_due(service: Service, accepted_at: datetime, cal: WorkCalendar) -> datetime:
    """The moment by which the result must be ready.

    With a term in working days (duplicate: 15) it is the end of the last of those days. Without
    one (the certificate regulation gives only step norms) it is the chain of the norms up to
    signing: the issue step happens when the applicant comes for the result.
    """
    if service.term_working_days:
        last_day = cal.add_working_days(accepted_at.date(), service.term_working_days)
        return cal.end_of_day(last_day)
    return cal.add_working_minutes(accepted_at, chain_minutes(service))


def chain_minutes(service: Service) -> int:
    """The office minutes of the step norms before the issue: the term of a service that
    gives no term in working days (adding them one step at a time lands on the same moment)."""
    total = 0
    for step in service.steps:
        if step.code == "issue":
            break
        total += step.norm_office_minutes
    return total


def step_due(
    service: Service, step_code: str, started_at: datetime, whole_case_due: datetime,
    cal: WorkCalendar,
) -> datetime:
    """A step is due after its norm in office time, but never after the case itself."""
    own = cal.add_working_minutes(started_at, service.step(step_code).norm_office_minutes)
    return min(own, whole_case_due)


def add_months(moment: datetime, months: int) -> datetime:
    """The same day `months` later, clipped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, _gregorian.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def storage_ends(service: Service, handed_over_at: datetime) -> datetime:
    """The State Corporation keeps an unclaimed result this long, then returns it."""
    return add_months(handed_over_at, service.state_corp_storage_months)


def send_back_due(service: Service, requested_at: datetime, cal: WorkCalendar) -> datetime:
    """On the State Corporation's request the result goes back within N working days."""
    minutes = service.state_corp_send_back_working_days * OFFICE_MINUTES_PER_DAY
    return cal.add_working_minutes(requested_at, minutes)


@dataclass(frozen=True)
class CaseClock:
    """The moments of a case that its deadlines depend on."""

    service: Service
    channel: str
    state: str
    accepted_at: datetime
    step_started_at: datetime
    requested_at: datetime | None = None
    # The hearing's day once the notice of a preliminary refusal names it.
    hearing_on: date | None = None


def _hearing_due(clock: CaseClock, cal: WorkCalendar) -> datetime | None:
    """Before the hearing: the preliminary decision and its notice are due by the latest notice
    day; once notified, the hearing is due on its day."""
    if clock.state == workflow.HEARING_NOTIFIED and clock.hearing_on is not None:
        return cal.end_of_day(clock.hearing_on)
    if clock.state in (workflow.REFUSAL_PROPOSED, workflow.PRELIMINARY_REFUSAL):
        latest = hearing.limits(clock.service, clock.accepted_at, cal).latest_notice_day
        return cal.end_of_day(latest)
    return None


def current_due(clock: CaseClock, cal: WorkCalendar) -> datetime | None:
    """The moment by which the case must leave its current state, or None if nothing is due."""
    whole = case_due(clock.service, clock.accepted_at, cal)
    if clock.state in workflow.HEARING_STATES and clock.service.hearing is not None:
        own = _hearing_due(clock, cal)
        if clock.state not in workflow.STEP_OF_STATE:
            return own or whole
        step = step_due(clock.service, workflow.STEP_OF_STATE[clock.state],
                        clock.step_started_at, whole, cal)
        return min(step, own) if own else step
    if clock.state in workflow.IN_WORK_STATES:
        step = workflow.STEP_OF_STATE[clock.state]
        return step_due(clock.service, step, clock.step_started_at, whole, cal)
    if clock.state == workflow.READY and clock.channel in workflow.VIA_STATE_CORP:
        return whole
    if clock.state == workflow.REQUESTED and clock.requested_at is not None:
        return send_back_due(clock.service, clock.requested_at, cal)
    return None


def deadline_status(due: datetime | None, now: datetime) -> str | None:
    if due is None:
        return None
    if now > due:
        return OVERDUE
    if due.date() == now.date():
        return DUE_TODAY
    return ON_TIME


def overdue_minutes(due: datetime | None, now: datetime, cal: WorkCalendar) -> int:
    """How late, in office minutes (0 when not late): 480 of them make a working day."""
    if due is None or now <= due:
        return 0
    return cal.working_minutes_between(due, now)


def desk_minutes(started_at: datetime, finished_at: datetime) -> int:
    """How long a step at the desk took, in whole minutes begun (15 min 1 s counts as 16)."""
    seconds = max(0, int((finished_at - started_at).total_seconds()))
    return -(-seconds // 60)


def over_norm(started_at: datetime, finished_at: datetime, norm_minutes: int) -> bool:
    """A step at the desk is over its norm when it took longer than the norm's minutes."""
    return (finished_at - started_at).total_seconds() > norm_minutes * 60
