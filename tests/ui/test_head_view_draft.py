"""The head's "View the draft" shows a draft only while it waits for the signature: once signed,
the result is a fixed record, and a preview marked ЖОБА would misstate it."""

from datetime import date

from desktop.services.cases import registration, steps
from desktop.services.cases.content import save_draft
from support.applications import make_application
from support.cases import certificate_draft
from support.ui_driving import workspace


def test_the_draft_is_viewed_before_signing_and_not_after(qtbot, staff, clock):
    case = registration.register(staff["clerk"], make_application())
    case = steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    case = save_draft(staff["executor"], case.id, case.version, certificate_draft(),
                      date(2026, 3, 2))
    case = steps.submit_draft(staff["executor"], case.id, case.version)
    head = workspace(qtbot, staff["head"])
    head.open_case(case.id)
    assert head.view_button.isEnabled()
    steps.sign(staff["head"], case.id, case.version)
    head.open_case(case.id)
    assert not head.view_button.isEnabled()
