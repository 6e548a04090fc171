"""The admin's exceptions to the working-day calendar (an extra day off, an extra working day),
and the deadlines of open cases they move."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain import deadlines
from desktop.domain.validation import clean_text
from desktop.services.accounts.session import Session, acting_user
from desktop.services.records import audit
from desktop.services.reference import case_clock, forget_calendar, work_calendar
from desktop.store.connection import write_transaction
from desktop.store.models import CalendarOverrideRow, Case


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
