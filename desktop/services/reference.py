"""Reference data the use cases share: the service catalogue, the working-day calendar (with
the admin's overrides, which desktop.services.office.calendar edits) and the office clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import cache

from desktop.domain import deadlines, workflow
from desktop.domain.calendar import CalendarOverride, WorkCalendar
from desktop.domain.catalogue import Catalogue, load_catalogue
from desktop.locations import resources_dir
from desktop.store.models import CalendarOverrideRow, Case, StateCorpEvent
from desktop.store.models.hearings import RefusalHearing

_calendar: WorkCalendar | None = None


@cache
def catalogue() -> Catalogue:
    return load_catalogue(resources_dir() / "services", workflow.STATUSES)


def work_calendar() -> WorkCalendar:
    global _calendar
    if _calendar is None:
        rows = CalendarOverrideRow.select()
        _calendar = WorkCalendar([CalendarOverride(r.day, r.working, r.note) for r in rows])
    return _calendar


def forget_calendar() -> None:
    """Drop the cached calendar (another database was opened, or overrides changed)."""
    global _calendar
    _calendar = None


def case_clock(case: Case) -> deadlines.CaseClock:
    requested = (
        StateCorpEvent.select(StateCorpEvent.at)
        .where((StateCorpEvent.case == case.id) & (StateCorpEvent.kind == "requested"))
        .order_by(StateCorpEvent.at.desc())
        .scalar()
    )
    hearing_at = None
    if case.state == workflow.HEARING_NOTIFIED:
        hearing_at = (RefusalHearing.select(RefusalHearing.hearing_at)
                      .where(RefusalHearing.case == case.id)
                      .order_by(RefusalHearing.id.desc()).scalar())
    return deadlines.CaseClock(
        service=catalogue()[case.service], channel=case.channel, state=case.state,
        accepted_at=case.accepted_at, step_started_at=case.step_started_at, requested_at=requested,
        hearing_on=_day(hearing_at),
    )


def _day(moment) -> date | None:
    if moment is None:
        return None
    # SQLite may hand a scalar back as its text.
    return datetime.fromisoformat(str(moment)).date()


_clock: Callable[[], datetime] | None = None


def now() -> datetime:
    """The office clock (local time, whole seconds)."""
    moment = _clock() if _clock else datetime.now()
    return moment.replace(microsecond=0)


def set_clock(clock: Callable[[], datetime] | None) -> None:
    """Let tests and the demo run the office at another moment; None restores the real clock."""
    global _clock
    _clock = clock
