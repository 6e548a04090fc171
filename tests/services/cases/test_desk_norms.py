"""Registration and issue against their desk norms (15 and 30 minutes), counted in minutes begun."""

from datetime import date, datetime

import pytest

from desktop.services.cases import content, desk_norms, queries, registration, steps
from desktop.services.cases.inputs import IssueInput
from desktop.services.errors import PermissionDenied
from desktop.services.records.chain_check import verify_chain
from support.applications import make_application
from support.cases import certificate_draft


def test_desk_steps_against_their_norms(staff, clock):
    clerk = staff["clerk"]
    # The clerk began at 09:44:30 and registered at 10:00:00: 15 min 30 s, i.e. 16 minutes
    # begun, over the 15-minute norm.
    app = make_application(started_at=datetime(2026, 3, 2, 9, 44, 30))
    case = registration.register(clerk, app)
    case = steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    case = content.save_draft(staff["executor"], case.id, case.version,
                                          certificate_draft(), date(2026, 3, 2))
    case = steps.submit_draft(staff["executor"], case.id, case.version)
    case = steps.sign(staff["head"], case.id, case.version)
    # Issued Wednesday 4 March: began 11:00:00, recorded 11:29:59 — 30 minutes, on time.
    clock.set(datetime(2026, 3, 4, 11, 29, 59))
    steps.issue(clerk, case.id, case.version, IssueInput(
        "applicant", "Қасымова Әйгерім", "ЖК № 045678912",
        started_at=datetime(2026, 3, 4, 11, 0, 0)))

    times = queries.get_case(clerk, case.id).desk_times
    assert [(t.step, t.minutes, t.norm_minutes, t.over) for t in times] == [
        ("register", 16, 15, True), ("issue", 30, 30, False)]
    march = desk_norms.desk_times_between(staff["head"], date(2026, 3, 1), date(2026, 3, 31))
    assert [(t.reg_number, t.step) for t in march] == [
        (case.reg_number, "register"), (case.reg_number, "issue")]
    assert desk_norms.desk_times_between(staff["head"], date(2026, 3, 3), date(2026, 3, 3)) == []
    with pytest.raises(PermissionDenied):
        desk_norms.desk_times_between(staff["executor"], date(2026, 3, 1), date(2026, 3, 31))
    assert verify_chain().ok
