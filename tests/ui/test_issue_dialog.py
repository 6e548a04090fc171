"""The Issue dialog says what the office does: at the desk, check the identity document of
whoever takes the result (its 30 minutes measured); given out by the State Corporation, record
what the Corporation reports (no desk, no desk time)."""

from desktop.services.cases import queries, registration, steps
from desktop.ui import i18n
from desktop.ui.workspaces.dialogs import IssueDialog
from support.applications import make_application
from support.cases import drive_to_ready


def _dialog(qtbot, staff, case):
    dialog = IssueDialog(queries.get_case(staff["clerk"], case.id))
    qtbot.addWidget(dialog)
    return dialog


def test_at_the_desk_the_clerk_checks_the_document_and_the_time_counts(qtbot, staff, clock):
    case = drive_to_ready(staff, registration.register(
        staff["clerk"], make_application("duplicate", "office")))
    dialog = _dialog(qtbot, staff, case)
    assert "Check the identity document" in dialog.intro.text()
    assert dialog.value().started_at is not None


def test_given_out_by_the_state_corporation_its_report_is_recorded(qtbot, staff, clock):
    case = drive_to_ready(staff, registration.register(
        staff["clerk"], make_application("duplicate", "state_corp")))
    case = steps.hand_over(staff["clerk"], case.id, case.version)
    i18n.install("ru")
    dialog = _dialog(qtbot, staff, case)
    assert dialog.intro.text() == (
        f"Дело {case.reg_number}, заявитель Қасымова Әйгерім Ғалымқызы. Результат выдала "
        "Государственная корпорация: запишите, кто его получил, и его документ, как сообщает "
        "Корпорация.")
    assert "Проверьте" not in dialog.intro.text()
    assert dialog.value().started_at is None  # no desk: no desk time
