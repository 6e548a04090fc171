"""Reference data the use cases share: the service catalogue and the working-day calendar
(with the admin's overrides), plus the admin's editing of those overrides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from desktop.domain import deadlines, workflow
from desktop.domain.calendar import CalendarOverride, WorkCalendar
from desktop.domain.catalogue import Catalogue, load_catalogue
from desktop.domain.validation import clean_text
from desktop.locations import resources_dir
from desktop.services.accounts.session import Session, acting_user
from desktop.services.records import audit
from desktop.store.connection import write_transaction
from desktop.store.models import CalendarOverrideRow, Case, StateCorpEvent

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


@dataclass(frozen=True)
class OverrideInfo:
    day: date
    working: bool
    note: str


def list_overrides() -> list[OverrideInfo]:
    return [OverrideInfo(r.day, r.working, r.note)
            for r in CalendarOverrideRow.select().order_by(CalendarOverrideRow.day)]


def _recompute_open_dues(username: str, day: date) -> int:
    """Overrides move deadlines: recompute the stored due moment of every open case; each case
    moved gets its own audit record, so its row still agrees with its log."""
    cal = work_calendar()
    changed = 0
    open_cases = Case.select().where(Case.due_at.is_null(False))
    for case in list(open_cases):
        due = deadlines.current_due(case_clock(case), cal)
        if due != case.due_at:
            Case.update(due_at=due).where(Case.id == case.id).execute()
            audit.append(username, "deadline_moved", case.id,
                         {"due_at": [case.due_at, due], "day": day})
            changed += 1
    return changed


def case_clock(case: Case) -> deadlines.CaseClock:
    requested = (
        StateCorpEvent.select(StateCorpEvent.at)
        .where((StateCorpEvent.case == case.id) & (StateCorpEvent.kind == "requested"))
        .order_by(StateCorpEvent.at.desc())
        .scalar()
    )
    return deadlines.CaseClock(
        service=catalogue()[case.service], channel=case.channel, state=case.state,
        accepted_at=case.accepted_at, step_started_at=case.step_started_at, requested_at=requested,
    )


def set_override(session: Session, day: date, working: bool, note: str = "") -> None:
    acting_user(session, "admin")
    note = clean_text(note, "note", max_len=200, required=False)
    try:
        with write_transaction():
            admin = acting_user(session, "admin")  # again, in the transaction that writes
            CalendarOverrideRow.delete().where(CalendarOverrideRow.day == day).execute()
            CalendarOverrideRow.create(day=day, working=working, note=note)
            forget_calendar()
            moved = _recompute_open_dues(admin.username, day)
            audit.append(admin.username, "set_calendar_override", None,
                         {"day": day, "working": working, "note": note, "cases_moved": moved})
    finally:
        forget_calendar()


def remove_override(session: Session, day: date) -> None:
    acting_user(session, "admin")
    try:
        with write_transaction():
            admin = acting_user(session, "admin")  # again, in the transaction that writes
            CalendarOverrideRow.delete().where(CalendarOverrideRow.day == day).execute()
            forget_calendar()
            moved = _recompute_open_dues(admin.username, day)
            audit.append(admin.username, "remove_calendar_override", None,
                         {"day": day, "cases_moved": moved})
    finally:
        forget_calendar()


_clock: Callable[[], datetime] | None = None


def now() -> datetime:
    """The office clock (local time, whole seconds)."""
    moment = _clock() if _clock else datetime.now()
    return moment.replace(microsecond=0)


def set_clock(clock: Callable[[], datetime] | None) -> None:
    """Let tests and the demo run the office at another moment; None restores the real clock."""
    global _clock
    _clock = clock
