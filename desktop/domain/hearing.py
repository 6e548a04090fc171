"""The limits of the hearing before a motivated refusal, counted on the office calendar.

The service's own term does not move. Inside it, the notice of the preliminary decision must go
out no later than N working days before the term's last day (the latest notice day is the N-th
working day before it, so that N working days remain), and the hearing is held no later than M
working days after the day of the notice (the notice's day itself does not count). N and M are
the service's [hearing] figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.domain.calendar import WorkCalendar
from desktop.domain.catalogue import Service
from desktop.domain.errors import DomainError

ATTENDANCE = ("attended", "absent", "declined_in_writing")
OUTCOMES = ("document", "refusal")
NOTICE_WAYS = ("in_person", "post", "email", "state_corp")


def term_last_day(service: Service, accepted_at: datetime, cal: WorkCalendar) -> date:
    return cal.add_working_days(accepted_at.date(), service.term_working_days or 0)


def working_days_before(day: date, n: int, cal: WorkCalendar) -> date:
    """The n-th working day before `day` (`day` itself does not count)."""
    found = 0
    while found < n:
        day -= timedelta(days=1)
        if cal.is_working_day(day):
            found += 1
    return day


@dataclass(frozen=True)
class HearingLimits:
    term_last_day: date
    latest_notice_day: date

    def latest_hearing_day(self, service: Service, notice_day: date, cal: WorkCalendar) -> date:
        return cal.add_working_days(notice_day, service.hearing.hearing_within)


def limits(service: Service, accepted_at: datetime, cal: WorkCalendar) -> HearingLimits:
    if service.hearing is None:
        raise DomainError("no_hearing_in_service",
                          f"service '{service.code}' has no motivated refusal")
    last = term_last_day(service, accepted_at, cal)
    return HearingLimits(last, working_days_before(last, service.hearing.notice_before_end, cal))


def check_notice_day(service: Service, accepted_at: datetime, notice_day: date,
                     cal: WorkCalendar) -> HearingLimits:
    """A notice on `notice_day` can still give the applicant the hearing the law requires
    within the term; otherwise DomainError 'notice_too_late' with the days that decide it."""
    found = limits(service, accepted_at, cal)
    if notice_day > found.latest_notice_day:
        raise DomainError(
            "notice_too_late",
            f"the notice had to go out by {found.latest_notice_day}, "
            f"{service.hearing.notice_before_end} working days before the term ends on "
            f"{found.term_last_day}",
            latest=found.latest_notice_day, term_end=found.term_last_day,
            days=service.hearing.notice_before_end,
        )
    return found


def check_hearing_day(service: Service, notice_day: date, hearing_day: date,
                      cal: WorkCalendar) -> None:
    """The hearing is on a working day after the notice and within the rule's limit."""
    if hearing_day <= notice_day:
        raise DomainError("hearing_before_notice",
                          "the hearing must come after the day of the notice",
                          notice=notice_day)
    if not cal.is_working_day(hearing_day):
        raise DomainError("hearing_not_working_day", f"{hearing_day} is not a working day",
                          day=hearing_day)
    latest = cal.add_working_days(notice_day, service.hearing.hearing_within)
    if hearing_day > latest:
        raise DomainError(
            "hearing_too_late",
            f"the hearing must be held by {latest}, {service.hearing.hearing_within} working "
            f"days after the notice", latest=latest, days=service.hearing.hearing_within,
        )
