"""The desk norms on screen: the case view and the head's deadlines tab show how long
registration and issue took against their norms; the issue dialog starts its clock when opened."""

from datetime import date, datetime

from desktop.services.cases import content, queries, registration, steps
from desktop.services.cases.inputs import IssueInput
from support.applications import make_application
from support.cases import coded_certificate_draft
from support.ui_driving import workspace


def test_case_view_and_deadlines_tab_show_the_desk_norms(qtbot, staff, clock, shown):
    # Began 09:44:30, registered 10:00: 16 minutes begun against 15.
    case = registration.register(staff["clerk"], make_application(
        started_at=datetime(2026, 3, 2, 9, 44, 30)))
    case = steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    case = content.save_draft(staff["executor"], case.id, case.version,
                                          coded_certificate_draft(), date(2026, 3, 2))
    case = steps.submit_draft(staff["executor"], case.id, case.version)
    case = steps.sign(staff["head"], case.id, case.version)
    clock.set(datetime(2026, 3, 4, 11, 20))
    steps.issue(staff["clerk"], case.id, case.version, IssueInput(
        "applicant", "Қасымова Әйгерім", "ЖК № 045678912", started_at=datetime(2026, 3, 4, 11)))

    clerk = workspace(qtbot, staff["clerk"])
    assert clerk.registry.select_case(case.id)
    summary = clerk.summary.text.text()
    assert "Registration took" in summary and "16 min (norm 15 min)" in summary
    assert "over the norm" in summary
    assert "Issue took" in summary and "20 min (norm 30 min)" in summary

    head = workspace(qtbot, staff["head"])
    desk = head.desk_times
    assert desk.table.rowCount() == 2
    assert [desk.table.item(r, 2).text() for r in range(2)] == ["16 min", "20 min"]
    assert "1 over their norm" in desk.title.text()


def test_the_issue_dialog_records_when_it_was_opened(qtbot, staff, clock, shown):
    from desktop.ui.workspaces.dialogs import IssueDialog

    case = registration.register(staff["clerk"], make_application())
    detail = queries.get_case(staff["clerk"], case.id)
    dialog = IssueDialog(detail)
    qtbot.addWidget(dialog)
    clock.set(datetime(2026, 3, 2, 10, 25))
    assert dialog.value().started_at == datetime(2026, 3, 2, 10, 0)
