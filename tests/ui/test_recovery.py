"""What was typed survives: a draft's unsaved edits after a crash, a refused save or a lock-out,
an application being typed when Kense closed; and a closing window asks before dropping them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.services.accounts import users
from desktop.services.cases import registration, steps
from desktop.services.cases import unsaved_work as recovery
from support.applications import make_application
from support.ui_driving import (
    IIN,
    click,
    current,
    drive_modal,
    fill_applicant,
    select,
    type_text,
    workspace,
)
from support.users import PASSWORD


def signed_in_again(username: str):
    """A closed window (or a lock-out) ended its session: look with a new sign-in."""
    return users.login(username, PASSWORD)


@pytest.fixture
def kept(tmp_path):
    folder = tmp_path / "recovery"
    recovery.configure(folder)
    yield folder
    recovery.configure(None)


@pytest.fixture
def assigned(staff, clock):
    case = registration.register(staff["clerk"], make_application())
    return steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)


def copies(folder):
    return sorted(p.name for p in folder.glob("*.json")) if folder.exists() else []


def test_a_crash_loses_no_typed_draft(qtbot, staff, assigned, kept, shown):
    ex = workspace(qtbot, staff["executor"])
    select(ex.assignments.view)
    type_text(ex.kind_editors["certificate"].qualification, "Техник-бағдарламашы")
    type_text(ex.kind_editors["certificate"].specialty_code, "06130100")
    qtbot.waitUntil(lambda: copies(kept) == [f"executor-case{assigned.id}.json"], timeout=5000)
    assert current(staff["executor"], assigned.id).draft.qualification == ""

    # The program dies here: nothing was saved, nothing was closed. Next start, same case:
    again = workspace(qtbot, staff["executor"])
    select(again.assignments.view)
    assert len(shown.questions) == 1
    assert shown.questions[0].startswith(
        f"Changes to the draft of case {assigned.reg_number} were not saved")
    assert again.kind_editors["certificate"].qualification.text() == "Техник-бағдарламашы"
    assert again.kind_editors["certificate"].specialty_code.text() == "06130100"
    assert again.dirty_label.text() == "Changes not saved"

    again.save_button.click()
    assert current(staff["executor"], assigned.id).draft.qualification == (
        "Техник-бағдарламашы")
    assert copies(kept) == []


def test_declining_the_copy_drops_it(qtbot, staff, assigned, kept, shown):
    ex = workspace(qtbot, staff["executor"])
    select(ex.assignments.view)
    type_text(ex.kind_editors["certificate"].qualification, "Техник")
    ex.keep_unsaved()
    shown.answer = QMessageBox.StandardButton.No
    again = workspace(qtbot, staff["executor"])
    select(again.assignments.view)
    assert again.kind_editors["certificate"].qualification.text() == ""
    assert copies(kept) == []


def test_a_refused_save_gives_the_edits_back_after_the_reload(qtbot, staff, assigned, kept,
                                                              shown):
    ex = workspace(qtbot, staff["executor"])
    select(ex.assignments.view)
    type_text(ex.kind_editors["certificate"].specialty_code, "06120100")
    # The head re-assigns the case meanwhile: the version moves on and the save is refused.
    steps.assign_executor(staff["head"], assigned.id, assigned.version,
                          staff["executor"].user_id)
    ex.save_button.click()
    assert shown.warnings[0][0] == "The case was changed"
    assert ex.detail.version == assigned.version + 1
    assert ex.kind_editors["certificate"].specialty_code.text() == "06120100"  # offered back, taken
    ex.save_button.click()
    assert current(staff["executor"], assigned.id).draft.specialty_code == "06120100"


def _window(qtbot, session):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(session, "/data/kense.sqlite3")
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("answer", ["Cancel", "No", "Yes"])
def test_closing_the_window_asks_about_an_unsaved_draft(qtbot, staff, assigned, kept, shown,
                                                        answer):
    window = _window(qtbot, staff["executor"])
    ex = window.workspace
    select(ex.assignments.view)
    type_text(ex.kind_editors["certificate"].qualification, "Техник")
    ex.keep_unsaved()
    shown.answer = getattr(QMessageBox.StandardButton, answer)
    window.close()
    assert shown.questions == [
        f"Save the changes to the draft of case {assigned.reg_number} before closing?"]
    saved = current(signed_in_again("executor"), assigned.id).draft.qualification
    if answer == "Cancel":
        assert window.isVisible() and ex.dirty_label.text() == "Changes not saved"
        assert saved == "" and copies(kept)
        shown.answer = QMessageBox.StandardButton.No  # let the teardown close it
    else:
        assert not window.isVisible()
        assert saved == ("Техник" if answer == "Yes" else "")
        assert copies(kept) == []


def test_a_lock_out_asks_nothing_and_keeps_the_copy(qtbot, staff, assigned, kept, shown):
    window = _window(qtbot, staff["executor"])
    signed_out = []
    window.signed_out.connect(lambda: signed_out.append(True))
    ex = window.workspace
    select(ex.assignments.view)
    type_text(ex.kind_editors["certificate"].qualification, "Техник")
    window.lock()
    window.screen_lock.sign_out.emit()  # too many wrong passwords, or "Sign out" at the lock
    assert signed_out and not window.isVisible()
    assert shown.questions == []
    assert copies(kept) == [f"executor-case{assigned.id}.json"]
    assert current(signed_in_again("executor"), assigned.id).draft.qualification == ""


def test_a_lock_out_closes_an_open_registration_without_asking(qtbot, staff, clock, shown):
    window = _window(qtbot, staff["clerk"])

    def lock_out(dialog):
        type_text(dialog.surname, "Қасымова")
        window.lock()
        window.screen_lock.sign_out.emit()

    drive_modal(qtbot, window.workspace.new_button.click, lock_out)
    assert not window.isVisible()
    assert shown.questions == []


def test_an_application_typed_when_kense_closed_is_offered_back(qtbot, staff, clock, kept,
                                                                 shown):
    clerk = workspace(qtbot, staff["clerk"])

    def type_then_lose(dialog):
        dialog.service.setCurrentIndex(dialog.service.findData("duplicate"))
        dialog.damaged.setChecked(True)
        fill_applicant(qtbot, dialog, tick=("application", "original"))
        qtbot.waitUntil(lambda: copies(kept) == ["clerk-new-application.json"], timeout=5000)
        dialog.done(0)  # what a lock-out does; a crash leaves the same copy behind

    drive_modal(qtbot, clerk.new_button.click, type_then_lose)
    assert copies(kept) == ["clerk-new-application.json"]

    def look(dialog):
        assert dialog.service.currentData() == "duplicate" and dialog.damaged.isChecked()
        assert (dialog.iin.text(), dialog.surname.text()) == (IIN, "Қасымова")
        assert dialog.first_name.text() == "Әйгерім"
        assert dialog.checklist.chosen() == ({"application", "original"}, set())
        click(qtbot, dialog.checklist.presented["identity"])
        click(qtbot, dialog.register_button)

    drive_modal(qtbot, clerk.new_button.click, look)
    assert shown.questions[0].startswith("An application you were typing was not registered")
    assert clerk.detail is not None and clerk.detail.applicant_iin == IIN
    assert copies(kept) == []


def test_a_cancelled_application_leaves_no_copy(qtbot, staff, clock, kept, shown):
    clerk = workspace(qtbot, staff["clerk"])

    def type_then_cancel(dialog):
        fill_applicant(qtbot, dialog)
        qtbot.waitUntil(lambda: copies(kept) == ["clerk-new-application.json"], timeout=5000)
        dialog.reject()  # "lose what you typed?" answered Yes

    drive_modal(qtbot, clerk.new_button.click, type_then_cancel)
    assert copies(kept) == []
    drive_modal(qtbot, clerk.new_button.click, lambda dialog: dialog.reject())
    assert shown.questions == [
        "What you typed for this application will be lost. Close anyway?"]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_reset_on_another_pc_returns_to_the_sign_in_keeping_the_draft(
        qtbot, staff, assigned, kept, shown, language):
    """The admin resets the executor's password while a draft is being typed: the next save is
    refused, the executor is told why in their language, the typed draft stays on this PC, and
    the window goes back to the sign-in without asking anything."""
    from desktop.store.models import User
    from desktop.ui import i18n

    i18n.install(language)
    window = _window(qtbot, staff["executor"])
    signed_out = []
    window.signed_out.connect(lambda: signed_out.append(True))
    ex = window.workspace
    select(ex.assignments.view)
    type_text(ex.kind_editors["certificate"].qualification, "Техник")
    executor_id = User.get(User.username == "executor").id
    users.reset_password(staff["admin"], executor_id, "Another-pass-77")

    ex.save_button.click()
    qtbot.waitUntil(lambda: bool(signed_out), timeout=3000)
    assert not window.isVisible()
    assert shown.questions == []
    assert len(shown.warnings) == 1
    title, text = shown.warnings[0]
    expected = {  # written by hand from the translations
        "kk": ("Жүйеден шықтыңыз", "Сіз жүйеден шығарылдыңыз: сеанс осы немесе басқа"),
        "ru": ("Вы вышли из системы", "Вы вышли из системы: сеанс завершён на этом"),
    }[language]
    assert title == expected[0]
    assert text.startswith(expected[1])
    assert copies(kept) == [f"executor-case{assigned.id}.json"]
    fresh = users.login("executor", "Another-pass-77")
    assert current(fresh, assigned.id).draft.qualification == ""
