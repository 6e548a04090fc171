"""The demo database a newcomer clicks through: every state, both services, believable times."""

from datetime import datetime, time

from desktop.domain import workflow as wf
from desktop.services.accounts import users
from desktop.services.demo.database import DEMO_USERS, seed_demo
from desktop.services.records.chain_check import verify_chain
from desktop.services.reference import work_calendar
from desktop.store.models import Case


def test_demo_covers_every_state_of_both_services_in_office_hours(db):
    passwords = seed_demo(datetime(2026, 11, 20, 12, 0))
    assert set(passwords) == set(DEMO_USERS)
    for username, password in passwords.items():
        assert users.login(username, password).role == DEMO_USERS[username][0]

    cases = list(Case.select())
    assert 40 <= len(cases) <= 60
    assert {c.state for c in cases} == set(wf.STATES)
    assert {c.service for c in cases} == {"certificate", "duplicate"}
    assert {c.channel for c in cases} == {"office", "state_corp", "portal", "home_visit"}
    assert any(c.due_at and c.due_at < datetime(2026, 11, 20, 12, 0) for c in cases)  # overdue

    calendar = work_calendar()
    for case in cases:
        for moment in (case.accepted_at, case.signed_at, case.issued_at):
            if moment is not None:
                assert calendar.is_working_day(moment.date()), (case.reg_number, moment)
                assert time(9) <= moment.time() <= time(18), (case.reg_number, moment)
    assert verify_chain().ok
