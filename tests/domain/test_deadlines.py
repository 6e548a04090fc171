"""Due moments of steps and cases, the portal rule, State Corporation storage and send-back."""

from datetime import datetime

import pytest

from desktop.domain import deadlines as dl
from desktop.domain import workflow as wf
from desktop.domain.calendar import WorkCalendar
from desktop.domain.catalogue import load_catalogue
from desktop.locations import resources_dir

CAT = load_catalogue(resources_dir() / "services")
CERT, DUP = CAT["certificate"], CAT["duplicate"]
CAL = WorkCalendar()


def test_certificate_term_is_the_chain_of_step_norms():
    # Friday 09:30 + 15 min register + 3 working days (assign, draft, sign) = Wednesday 09:45.
    due = dl.case_due(CERT, datetime(2026, 2, 27, 9, 30), CAL)
    assert due == datetime(2026, 3, 4, 9, 45)


def test_duplicate_term_is_fifteen_working_days_to_the_end_of_the_day():
    # From Monday 2 March 2026, counted on the 2026 calendar: 3-6 March (4); 8 March fell on
    # a Sunday, so Monday 9 March is off; 10-13 (8); 16-20 (13); 21-22 weekend, 23 Nauryz,
    # 24-25 off (Nauryz 21-22 moved from the weekend); 26, 27 March (15). The term ends when
    # the office closes on Friday 27 March (with holidays ignored it would be 23 March).
    assert dl.case_due(DUP, datetime(2026, 3, 2, 11, 0), CAL) == datetime(2026, 3, 27, 18, 0)


def test_portal_rule():
    friday_night = datetime(2026, 2, 27, 19, 5)
    assert dl.acceptance_moment("portal", friday_night, CAL) == datetime(2026, 3, 2, 9, 0)
    lunch = datetime(2026, 3, 2, 13, 20)
    assert dl.acceptance_moment("portal", lunch, CAL) == datetime(2026, 3, 2, 14, 0)
    # At the office desk the moment is what it is.
    assert dl.acceptance_moment("office", friday_night, CAL) == friday_night
    # Nauryz 2025 (21-25 March off): a portal request on the 21st counts from Wed 26 March.
    assert dl.acceptance_moment("portal", datetime(2025, 3, 21, 10, 0), CAL) == datetime(
        2025, 3, 26, 9, 0)


def test_step_due_never_later_than_the_case():
    start = datetime(2026, 3, 2, 10, 0)
    whole = datetime(2026, 3, 2, 12, 0)
    assert dl.step_due(DUP, "draft", start, whole, CAL) == whole
    assert dl.step_due(CERT, "assign", start, datetime(2030, 1, 1), CAL) == datetime(
        2026, 3, 3, 10, 0)


def test_state_corporation_storage_is_one_calendar_month():
    assert dl.storage_ends(DUP, datetime(2026, 1, 31, 12, 0)) == datetime(2026, 2, 28, 12, 0)
    assert dl.storage_ends(DUP, datetime(2026, 3, 10, 9, 0)) == datetime(2026, 4, 10, 9, 0)


def test_send_back_within_one_working_day():
    # Requested Friday 16:00: one working day later is Monday 16:00.
    assert dl.send_back_due(DUP, datetime(2026, 2, 27, 16, 0), CAL) == datetime(
        2026, 3, 2, 16, 0)


def clock(state, channel="office", service=DUP, requested=None):
    start = datetime(2026, 3, 2, 10, 0)
    return dl.CaseClock(service, channel, state, start, start, requested)


@pytest.mark.parametrize(
    ("state", "channel", "expected"),
    [
        (wf.REGISTERED, "office", datetime(2026, 3, 3, 10, 0)),
        (wf.READY, "office", None),
        (wf.ISSUED, "office", None),
        (wf.AT_STATE_CORP, "state_corp", None),
    ],
)
def test_current_due_per_state(state, channel, expected):
    assert dl.current_due(clock(state, channel), CAL) == expected


def test_ready_result_via_state_corp_is_due_by_the_end_of_the_term():
    due = dl.current_due(clock(wf.READY, "state_corp"), CAL)
    assert due == dl.case_due(DUP, datetime(2026, 3, 2, 10, 0), CAL)


def test_overdue_status_and_amount():
    due = datetime(2026, 3, 3, 10, 0)
    assert dl.deadline_status(due, datetime(2026, 3, 2, 17, 0)) == dl.ON_TIME
    assert dl.deadline_status(due, datetime(2026, 3, 3, 9, 0)) == dl.DUE_TODAY
    assert dl.deadline_status(due, datetime(2026, 3, 3, 10, 1)) == dl.OVERDUE
    assert dl.deadline_status(None, datetime(2026, 3, 3)) is None
    # Late by Tuesday 10:00 -> Wednesday 11:00: 8 office hours + 1 = 540 minutes.
    assert dl.overdue_minutes(due, datetime(2026, 3, 4, 11, 0), CAL) == 540
    assert dl.overdue_minutes(due, datetime(2026, 3, 3, 9, 0), CAL) == 0
