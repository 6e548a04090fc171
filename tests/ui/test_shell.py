"""The shell around the workspaces: first run, sign-in, language, role isolation, auto-lock,
error messages, logging and background tasks."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from support.users import PASSWORD


@pytest.fixture(autouse=True)
def kazakh(qapp):
    """Every test starts in Kazakh (the default) and leaves the translators as it found them."""
    from desktop.ui import i18n

    i18n.install("kk")
    yield
    i18n.install("kk")


def _plain_workspace(session, parent):
    return QLabel("workspace", parent)


# first run --------------------------------------------------------------------------------


def test_first_run_setup_creates_the_college_and_the_first_admin(db, qtbot):
    from desktop.services.accounts import users
    from desktop.ui.setup_dialog import SetupDialog

    assert users.needs_setup()
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.name_kk.setText("Алматы политехникалық колледжі")
    dialog.name_ru.setText("Алматинский политехнический колледж")
    dialog.head_name.setText("Сәрсенбаев Ғалым Құрманұлы")
    dialog.username.setText("admin")
    dialog.full_name.setText("Әкімші Әлия")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD + "x")

    dialog.accept()
    # The repeated password differs: nothing is created, the dialog says why in Kazakh.
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert users.needs_setup()
    assert dialog.error.text() == "Құпиясөздер сәйкес емес. Бір құпиясөзді екі рет енгізіңіз."

    dialog.repeat.setText(PASSWORD)
    # The office's phone for enquiries is asked here: it is printed on every receipt.
    dialog.phone.setText("+7 727 292 00 00")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.session.role == "admin"
    assert not users.needs_setup()
    assert users.college_profile().name_ru == "Алматинский политехнический колледж"
    assert users.college_profile().phone == "+7 727 292 00 00"
    assert users.login("admin", PASSWORD).full_name == "Әкімші Әлия"


def test_setup_refuses_a_common_password_and_names_the_problem(db, qtbot):
    from desktop.services.accounts import users
    from desktop.ui.setup_dialog import SetupDialog

    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.name_kk.setText("Колледж")
    dialog.name_ru.setText("Колледж")
    dialog.head_name.setText("Басшы")
    dialog.username.setText("admin")
    dialog.full_name.setText("Әкімші")
    dialog.password.setText("password")
    dialog.repeat.setText("password")
    dialog.accept()
    assert users.needs_setup()
    assert "құпиясөз" in dialog.error.text().casefold()
    assert dialog.error.isVisibleTo(dialog)


# sign-in ----------------------------------------------------------------------------------


def test_login_succeeds_and_five_failures_lock_the_account(staff, qtbot):
    from desktop.ui.login import LoginDialog

    dialog = LoginDialog("Колледж")
    qtbot.addWidget(dialog)
    dialog.username.setText("clerk")
    for _ in range(4):
        dialog.password.setText("not-the-password")
        dialog.accept()
        assert dialog.session is None
        assert dialog.error.text() == "Пайдаланушы аты немесе құпиясөз қате."
        assert dialog.password.text() == ""

    dialog.password.setText("not-the-password")
    dialog.accept()
    assert "бұғатталды" in dialog.error.text()
    # Locked: even the right password is refused now.
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert dialog.session is None
    assert "бұғатталды" in dialog.error.text()

    other = LoginDialog("Колледж")
    qtbot.addWidget(other)
    other.username.setText("head")
    other.password.setText(PASSWORD)
    other.accept()
    assert other.result() == QDialog.DialogCode.Accepted
    assert other.session.role == "head"


def test_login_error_follows_a_language_switch(staff, qtbot):
    from desktop.ui.login import LoginDialog

    dialog = LoginDialog("Колледж")
    qtbot.addWidget(dialog)
    dialog.username.setText("clerk")
    dialog.password.setText("wrong-password")
    dialog.accept()
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.error.text() == "Неверное имя пользователя или пароль."
    assert dialog.form.labelForField(dialog.password).text() == "Пароль:"
    assert dialog.language_touched


# main window ------------------------------------------------------------------------------


def _window(qtbot, session, **kwargs):
    from desktop.ui.main_window import MainWindow

    kwargs.setdefault("workspace_factory", _plain_workspace)
    window = MainWindow(session, "/data/kense.sqlite3", **kwargs)
    qtbot.addWidget(window)
    return window


def test_language_switch_retranslates_the_window_and_is_remembered(staff, qtbot):
    from desktop.services.accounts import users

    window = _window(qtbot, staff["clerk"])
    assert window.tools_menu.title() == "&Құралдар"
    assert window.user_label.text().endswith("Кеңсе қызметкері")

    window.language_actions["ru"].trigger()
    assert window.tools_menu.title() == "&Сервис"
    assert window.file_menu.actions()[0].text() == "Сменить пароль…"
    assert window.user_label.text() == "Кеңсе Айгүл Серікқызы — Делопроизводитель"
    assert window.location_label.text() == "Данные: /data/kense.sqlite3"
    # Remembered for this user: the next sign-in starts in Russian.
    assert users.login("clerk", PASSWORD).language == "ru"

    window.language_actions["kk"].trigger()
    assert window.tools_menu.title() == "&Құралдар"


def test_an_executor_has_no_administration(staff, qtbot):
    from desktop.ui.admin import AdminWorkspace
    from desktop.ui.main_window import default_workspace

    window = _window(qtbot, staff["executor"], workspace_factory=default_workspace)
    titles = [action.text() for action in window.menuBar().actions()]
    assert window.admin_menu is None
    assert "Ә&кімшілік" not in titles
    assert window.findChild(AdminWorkspace) is None

    admin_window = _window(qtbot, staff["admin"], workspace_factory=default_workspace)
    assert "Ә&кімшілік" in [action.text() for action in admin_window.menuBar().actions()]
    assert isinstance(admin_window.workspace, AdminWorkspace)


def test_verify_dialog_reports_an_unknown_code_and_a_malformed_one(staff, qtbot):
    from desktop.domain.verification import normalize_code
    from desktop.ui.verify_dialog import VerifyDialog

    dialog = VerifyDialog(staff["clerk"])
    qtbot.addWidget(dialog)
    dialog.code.setText("??")
    dialog.check()
    assert dialog.result.text() == (
        "Бұл тексеру коды емес. Кодты құжатта басылғандай етіп енгізіңіз."
    )

    try:
        code = normalize_code("ABCD-EFGH-JKMN")
    except ValueError:
        pytest.skip("the verification code format changed")
    dialog.code.setText(code)
    dialog.check()
    assert dialog.result.text() == "Колледж берген құжаттардың ешқайсысында мұндай код жоқ."


# auto-lock --------------------------------------------------------------------------------


def test_idle_window_locks_and_unlocks_keeping_an_open_dialog(staff, qtbot):
    from desktop.ui.login import ChangePasswordDialog

    window = _window(qtbot, staff["clerk"], idle_minutes=0.002)  # 120 ms
    window.show()
    dialog = ChangePasswordDialog(staff["clerk"], window)
    dialog.show()
    dialog.old.setText("typed before the lock")

    qtbot.waitUntil(lambda: window.screen_lock.locked, timeout=3000)
    lock = window.screen_lock.dialog
    assert lock.isVisible()
    # The open dialog's content is covered, not closed.
    assert dialog.isVisible()
    assert len(window.screen_lock._covers) >= 2

    lock.password.setText("wrong password")
    lock.try_unlock()
    assert window.screen_lock.locked
    assert lock.error.text() == "Құпиясөз қате."

    lock.password.setText(PASSWORD)
    lock.try_unlock()
    assert not window.screen_lock.locked
    assert dialog.isVisible()
    assert dialog.old.text() == "typed before the lock"
    # Watching again: it locks again after the next idle period.
    qtbot.waitUntil(lambda: window.screen_lock.locked, timeout=3000)


def test_escape_does_not_unlock_and_giving_up_signs_out(staff, qtbot):
    window = _window(qtbot, staff["clerk"])
    window.show()
    window.lock()
    lock = window.screen_lock.dialog
    lock.reject()
    assert window.screen_lock.locked
    with qtbot.waitSignal(window.signed_out, timeout=2000):
        lock.sign_out_button.click()
    assert not window.isVisible()


def test_input_postpones_the_lock(staff, qtbot):
    from PySide6.QtCore import Qt

    window = _window(qtbot, staff["clerk"], idle_minutes=0.005)  # 300 ms
    window.show()
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert not window.screen_lock.locked
    qtbot.waitUntil(lambda: window.screen_lock.locked, timeout=3000)


# messages ---------------------------------------------------------------------------------

def test_messages_name_the_field_and_the_state_in_the_users_language(qapp):
    from desktop.domain.errors import IllegalTransition, InvalidInput
    from desktop.services.errors import IncompletePackage
    from desktop.ui import i18n
    from desktop.ui.code_names import state_name
    from desktop.ui.messages import error_text

    i18n.install("ru")
    assert error_text(InvalidInput("surname", "required", "x")) == "Заполните поле «Фамилия»."
    assert error_text(InvalidInput("transcript[3]", "required", "x")) == (
        "Заполните поле «Перечень оценок, строка 3»."
    )
    assert error_text(
        IllegalTransition("not_in_this_state", "x", action="sign", state="issued")
    ) == "«Подписать» сейчас невозможно: дело находится в состоянии «Выдано»."
    assert "документ, удостоверяющий личность" in error_text(IncompletePackage(["identity"], []))
    assert state_name("draft_submitted") == "Ожидает подписи"
    i18n.install("kk")
    assert state_name("draft_submitted") == "Қол қоюды күтуде"


def test_unexpected_errors_get_a_sentence_and_are_logged(qapp, monkeypatch, caplog):
    from desktop.ui import messages

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[1:]))
    with caplog.at_level(logging.ERROR):
        messages.show_error(None, KeyError("boom"))
    assert shown[0][1].startswith("Күтпеген қате орын алды.")
    assert "KeyError" in caplog.text


# logging ----------------------------------------------------------------------------------


def test_log_file_masks_iins_and_the_excepthook_shows_and_logs(tmp_path, monkeypatch):
    from desktop.logging_setup import install_excepthook, setup_logging

    old_hook, root = sys.excepthook, logging.getLogger()
    old_handlers, old_level = list(root.handlers), root.level
    try:
        path = setup_logging(tmp_path)
        logging.getLogger("kense.test").info("looked up %s for %s", "950815400014", "Әйгерім")
        shown = []
        install_excepthook(shown.append)
        try:
            raise ValueError("bad IIN 950815400014")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        for handler in root.handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
    finally:
        sys.excepthook = old_hook
        for handler in list(root.handlers):
            if handler not in old_handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(old_level)
    assert path.parent == tmp_path / "logs"
    assert "950815400014" not in text
    assert "looked up ************ for Әйгерім" in text
    assert "ValueError: bad IIN ************" in text
    assert len(shown) == 1 and isinstance(shown[0], ValueError)


# background tasks -------------------------------------------------------------------------


def test_run_task_delivers_on_the_gui_thread(qtbot):
    from desktop.ui.tasks import run_task

    outcome = {}

    def work():
        return QThread.currentThread()

    def done(worker_thread):
        outcome["worker"] = worker_thread
        outcome["on_gui"] = QThread.currentThread() is qtbot_app_thread()

    run_task(work, done)
    qtbot.waitUntil(lambda: "on_gui" in outcome, timeout=3000)
    assert outcome["on_gui"]
    assert outcome["worker"] is not qtbot_app_thread()


def qtbot_app_thread():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_run_with_progress_returns_the_result_or_raises_the_error(qtbot):
    from desktop.ui.tasks import run_with_progress

    assert run_with_progress(None, "x", lambda: 6 * 7) == 42
    with pytest.raises(ZeroDivisionError):
        run_with_progress(None, "x", lambda: 1 / 0)


def test_change_password_dialog_checks_the_current_password(staff, qtbot):
    from desktop.services.accounts import users
    from desktop.ui.login import ChangePasswordDialog

    dialog = ChangePasswordDialog(staff["clerk"])
    qtbot.addWidget(dialog)
    dialog.old.setText("wrong")
    dialog.new.setText("Another-pass-77")
    dialog.repeat.setText("Another-pass-77")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "Пайдаланушы аты немесе құпиясөз қате."
    dialog.old.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert users.login("clerk", "Another-pass-77").username == "clerk"



# the application's cycle ------------------------------------------------------------------


def test_sign_out_returns_to_sign_in_and_the_next_user_gets_their_window(
    staff, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.services.accounts import users
    from desktop.ui import app as app_module
    from desktop.ui.main_window import MainWindow

    monkeypatch.setattr(app_module, "_college_name", lambda lang: "Колледж")
    users.set_language(staff["head"], "ru")
    settings = app_module.LocalSettings(tmp_path)
    shell = app_module.Shell("/data/kense.sqlite3", settings, False, tmp_path / "kense.log")
    shell.open_window(staff["clerk"])
    first = shell.window
    qtbot.addWidget(first)
    assert isinstance(first, MainWindow) and first.isVisible()

    def sign_in_as_head():
        dialog = QApplication.activeModalWidget()
        dialog.username.setText("head")
        dialog.password.setText(PASSWORD)
        dialog.accept()

    QTimer.singleShot(0, sign_in_as_head)
    first.sign_out()
    second = shell.window
    qtbot.addWidget(second)
    assert second is not first and second.session.username == "head"
    # The head's remembered language is applied, and remembered on this PC for the sign-in.
    assert second.tools_menu.title() == "&Сервис"
    assert app_module.LocalSettings(tmp_path).language == "ru"
    second.quit_requested.disconnect()  # closing it at teardown must not quit the test's app


def test_demo_sign_in_lists_every_demo_user():
    from desktop.services.demo.database import DEMO_USERS
    from desktop.ui.app import _demo_hint

    hint = _demo_hint()
    for username, (_role, _name, password) in DEMO_USERS.items():
        assert f"{username} / {password}" in hint.splitlines()


def test_the_lock_ends_the_session_and_the_password_switches_every_window_to_a_new_one(
        staff, qtbot):
    from desktop.services.accounts.session import token_hash
    from desktop.services.cases import queries
    from desktop.services.errors import AuthError
    from desktop.store.models import UserSession

    def session_row(token):
        return UserSession.get(UserSession.token_hash == token_hash(token))

    clerk = staff["clerk"]
    old_token = clerk.token
    window = _window(qtbot, clerk)
    window.show()
    window.lock()
    assert session_row(old_token).end_reason == "locked"
    with pytest.raises(AuthError):
        queries.list_cases(clerk)  # nothing works while the screen is locked
    lock = window.screen_lock.dialog
    lock.password.setText(PASSWORD)
    lock.try_unlock()
    assert not window.screen_lock.locked
    # The window's Session object (shared by its workspace) now carries the fresh token.
    assert window.session is clerk and clerk.token != old_token
    assert queries.list_cases(window.session) == []
    window.sign_out()
    assert session_row(clerk.token).end_reason == "signed_out"


def test_enter_in_the_password_signs_in_and_escape_quits(staff, qtbot):
    from PySide6.QtCore import Qt

    from desktop.ui.login import LoginDialog

    dialog = LoginDialog("Колледж")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.username.setText("head")
    dialog.password.setText(PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.session.role == "head"
    # The buttons sit right, "Sign in" before "Quit", as a Windows button box puts them.
    assert dialog.buttons.ok.x() < dialog.buttons.cancel.x()
    assert dialog.buttons.cancel.geometry().right() > dialog.buttons.width() - 20

    other = LoginDialog("Колледж")
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    qtbot.keyClick(other.password, Qt.Key.Key_Escape)
    assert other.result() == QDialog.DialogCode.Rejected and other.session is None
