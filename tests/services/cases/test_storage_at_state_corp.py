"""A result handed to the State Corporation is kept there a month: the case says when it ends."""

from datetime import datetime

from desktop.services.cases import queries, registration, steps
from support.applications import make_application
from support.cases import drive_to_ready


def test_the_case_says_when_the_month_of_storage_ends(staff, clock):
    clerk = staff["clerk"]
    case = drive_to_ready(staff, registration.register(
        clerk, make_application("duplicate", "state_corp")))
    assert queries.get_case(clerk, case.id).storage_ends is None
    # Handed over Tuesday 31 March 2026, 10:00: one month later is 30 April (April has 30 days).
    clock.set(datetime(2026, 3, 31, 10, 0))
    case = steps.hand_over(clerk, case.id, case.version)
    assert queries.get_case(clerk, case.id).storage_ends == datetime(2026, 4, 30, 10, 0)
    clock.set(datetime(2026, 4, 30, 10, 0))
    case = steps.return_from_state_corp(clerk, case.id, case.version)
    assert queries.get_case(clerk, case.id).storage_ends is None  # back at the college
