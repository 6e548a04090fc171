"""The administrator's workspace, driven through its buttons and dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from support.users import PASSWORD


@pytest.fixture(autouse=True)
def kazakh(qapp):
    from desktop.ui import i18n

    i18n.install("kk")
    yield
    i18n.install("kk")


@pytest.fixture
def answers(monkeypatch):
    """Message boxes answer at once; what they said is kept for the test to read."""
    said = []

    def box(answer):
        def show(parent, title, text, *args, **kwargs):
            said.append((title, text))
            return answer

        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "question", box(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "warning", box(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", box(QMessageBox.StandardButton.Ok))
    return said


def drive_modal(fill):
    """Run `fill(dialog)` on the next modal dialog once its exec() has started; a dialog the
    test left open is rejected so that a failing test cannot hang."""

    def act():
        dialog = QApplication.activeModalWidget()
        try:
            fill(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)


@pytest.fixture
def workspace(staff, qtbot):
    from desktop.ui.admin import AdminWorkspace

    widget = AdminWorkspace(staff["admin"])
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def _row_of(model, username):
    for row, user in enumerate(model.records):
        if user.username == username:
            return row
    raise AssertionError(f"{username} not in the table")


def _cell(model, row, column):
    return model.data(model.index(row, column))


def test_admin_creates_a_user_through_the_dialog(workspace, qtbot):
    from desktop.services.accounts import users as accounts

    page = workspace.users
    seen = {}

    def fill(dialog):
        seen["title"] = dialog.windowTitle()
        dialog.username.setText("a.nurlanova")
        dialog.full_name.setText("Нұрланова Әсел Қайратқызы")
        dialog.role.setCurrentIndex(dialog.role.findData("executor"))
        dialog.password.setText("Orындаушы-pass-7")
        dialog.repeat.setText("Orындаушы-pass-7")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    drive_modal(fill)
    page.new_button.click()

    assert seen["title"] == "Жаңа пайдаланушы"
    row = _row_of(page.model, "a.nurlanova")
    assert _cell(page.model, row, 0) == "Нұрланова Әсел Қайратқызы"
    assert _cell(page.model, row, 2) == "Орындаушы"
    assert _cell(page.model, row, 3) == "Белсенді"
    assert page.selected().username == "a.nurlanova"
    assert accounts.login("a.nurlanova", "Orындаушы-pass-7").role == "executor"


def test_a_taken_user_name_keeps_the_dialog_open_with_the_reason(workspace, qtbot):
    from desktop.ui.admin.users import UserDialog

    dialog = UserDialog(workspace.session)
    qtbot.addWidget(dialog)
    dialog.username.setText("clerk")
    dialog.full_name.setText("Басқа Адам")
    dialog.password.setText("Some-good-pass-9")
    dialog.repeat.setText("Some-good-pass-9")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "Бұл пайдаланушы аты бос емес. Басқасын таңдаңыз."


def test_disable_enable_and_the_last_admin_is_kept(workspace, answers):
    from desktop.services.accounts import users as accounts
    from desktop.services.errors import AuthError

    page = workspace.users
    page.table.selectRow(_row_of(page.model, "clerk"))
    assert page.active_button.text() == "Өшіру"
    page.active_button.click()
    row = _row_of(page.model, "clerk")
    assert _cell(page.model, row, 3) == "Өшірілген"
    with pytest.raises(AuthError):
        accounts.login("clerk", PASSWORD)

    page.table.selectRow(row)
    assert page.active_button.text() == "Қосу"
    page.active_button.click()
    assert accounts.login("clerk", PASSWORD).username == "clerk"

    page.table.selectRow(_row_of(page.model, "admin"))
    page.active_button.click()
    assert answers[-1][1] == (
        "Бұл — соңғы белсенді әкімші: колледж әкімшісіз қалады."
    )
    assert accounts.login("admin", PASSWORD).role == "admin"


def test_reset_password_and_change_role_through_dialogs(workspace, answers):
    from desktop.services.accounts import users as accounts

    page = workspace.users
    page.table.selectRow(_row_of(page.model, "executor2"))

    def new_password(dialog):
        dialog.password.setText("Fresh-pass-2026")
        dialog.repeat.setText("Fresh-pass-2026")
        dialog.accept()

    drive_modal(new_password)
    page.reset_button.click()
    assert accounts.login("executor2", "Fresh-pass-2026").username == "executor2"

    page.table.selectRow(_row_of(page.model, "executor2"))

    def make_head(dialog):
        dialog.role.setCurrentIndex(dialog.role.findData("head"))
        dialog.accept()

    drive_modal(make_head)
    page.role_button.click()
    row = _row_of(page.model, "executor2")
    assert _cell(page.model, row, 2) == "Басшы"


def test_college_profile_is_saved_and_an_empty_name_is_refused(workspace):
    from desktop.services.accounts import users as accounts

    page = workspace.college
    page.edits["head_name"].setText("Жаңа Басшы Ерланұлы")
    page.save_button.click()
    assert accounts.college_profile().head_name == "Жаңа Басшы Ерланұлы"
    assert page.status.text() == "Сақталды."

    page.edits["name_ru"].setText("  ")
    page.save_button.click()
    assert page.status.text() == "«Колледждің орысша атауы» өрісін толтырыңыз."
    assert accounts.college_profile().name_ru == "Алматинский политехнический колледж"


def test_calendar_exception_is_added_and_removed(workspace, answers):
    from PySide6.QtCore import QDate

    from desktop.services import reference
    from desktop.services.office import calendar

    page = workspace.calendar

    def add(dialog):
        dialog.day.setDate(QDate(2026, 3, 13))
        dialog.day_off.setChecked(True)
        dialog.note.setText("Әкім шешімі")
        dialog.accept()

    drive_modal(add)
    page.add_button.click()
    assert calendar.list_overrides()[0].day == date(2026, 3, 13)
    assert not reference.work_calendar().is_working_day(date(2026, 3, 13))
    assert _cell(page.model, 0, 0) == "13.03.2026"
    assert _cell(page.model, 0, 1) == "жұма"
    assert _cell(page.model, 0, 2) == "Қосымша демалыс күні"

    page.table.selectRow(0)
    page.remove_button.click()
    assert calendar.list_overrides() == []
    assert page.model.rowCount() == 0


def test_backup_now_then_restore_brings_the_old_data_back(workspace, qtbot, answers):
    from desktop.services.accounts import users as accounts

    page = workspace.backups
    page.backup_button.click()
    assert page.model.rowCount() == 1
    backup = page.model.record(0)
    assert backup.path.is_file()
    assert answers[-1][1].startswith("Сақтық көшірме жасалды және тексерілді:")

    accounts.create_user(workspace.session, "later", "Кейін Қосылған", "clerk", PASSWORD)
    page.table.selectRow(0)
    with qtbot.waitSignal(workspace.sign_out_requested, timeout=10000):
        page.restore_button.click()
    assert answers[-1][1].endswith("Қайта кіріңіз.")
    # Everybody signs in again after a restore: the old session no longer acts.
    again = accounts.login("admin", PASSWORD)
    assert "later" not in [u.username for u in accounts.list_users(again)]


def test_audit_viewer_verifies_the_chain_and_points_at_a_tampered_record(workspace, staff):
    from desktop.services.cases import registration
    from desktop.store.models import AuditRecord
    from support.applications import make_application

    page = workspace.audit
    workspace.show_page("audit")
    assert page.model.rowCount() >= 5
    assert page.model.data(page.model.index(0, 3)) == "Жүйеге кірді"

    case = registration.register(staff["clerk"], make_application())
    page.refresh_button.click()
    assert page.model.data(page.model.index(0, 2)) == "Кеңсе Айгүл Серікқызы (clerk)"
    assert page.model.data(page.model.index(0, 4)) == case.reg_number  # not an internal id

    page.verify_button.click()
    assert page.result.text().startswith("Дұрыс: аудит журналы бүтін")

    victim = AuditRecord.select().order_by(AuditRecord.id).first()
    AuditRecord.update(username="someone").where(AuditRecord.id == victim.id).execute()
    page.verify_button.click()
    assert page.result.text() == (
        "Жазбаларға қол сұғылған:\n"
        f"• № {victim.id} жазба өзгертілген, жалған жасалған немесе қайта есептелген"
    )
    assert page.table.selectionModel().selectedRows()[0].row() == page.model.rowCount() - 1


def test_admin_pages_follow_the_language_switch(workspace):
    from desktop.ui import i18n

    i18n.install("ru")
    assert workspace.tabText(0) == "Пользователи"
    header = workspace.users.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "ФИО"
    assert workspace.backups.backup_button.text() == "Создать копию сейчас"


def test_auto_lock_time_is_set_on_the_users_page_and_used_at_the_next_sign_in(
    workspace, staff, qtbot, tmp_path, monkeypatch
):
    from desktop.services.accounts import policy
    from desktop.ui import app as app_module

    box = workspace.users.lock_policy
    assert box.minutes.value() == policy.DEFAULT_IDLE_MINUTES
    box.minutes.setValue(25)
    box.save_button.click()
    assert policy.idle_lock_minutes() == 25
    assert box.status.text() == "Сақталды: әр компьютер оны келесі кіруден бастап қолданады."

    monkeypatch.setattr(app_module, "_college_name", lambda lang: "Колледж")
    shell = app_module.Shell("/data/kense.sqlite3", app_module.LocalSettings(tmp_path), False,
                             tmp_path / "kense.log")
    shell.open_window(staff["clerk"])
    window = shell.window
    qtbot.addWidget(window)
    window.quit_requested.disconnect()
    assert window.idle.timer.interval() == 25 * 60_000


def test_audit_details_read_as_words_not_codes(workspace):
    from desktop.ui.admin.audit_details import details_text

    text = details_text({
        "executor": [None, 4], "executor_name": "Нұрланов Әділет",
        "state": ["registered", "assigned"], "presented": ["application", "identity"],
        "missing": [], "issued_to": ["", "Иванов Өмірзақ"], "result_kind": ["", "duplicate"],
        "due_at": ["2026-11-16T14:15:00", "2026-11-30T17:15:00"],
    })
    assert text == (
        "орындаушы: Нұрланов Әділет; күйі: Тіркелді → Орындаушыда; "
        "ұсынылған құжаттар: өтініш, жеке басын куәландыратын құжат; "
        "кімге берілді: — → Иванов Өмірзақ; нәтиже: — → телнұсқа; "
        "мерзімі: 16.11.2026 14:15 → 30.11.2026 17:15"
    )
