"""Switching language on the sign-in, first-run and lock screens, and errors shown there:
the buttons keep their own words, the window title follows, nothing is cut."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from desktop.ui import i18n


@pytest.fixture(autouse=True)
def kazakh(qapp):
    """Start in Kazakh, with no window of an earlier test left to receive the switch."""
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    i18n.install("kk")
    yield
    i18n.install("kk")



def _ok_cancel_texts(dialog) -> tuple[str, str]:
    return (dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text(),
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text())


def test_switching_language_keeps_sign_in_and_quit_on_the_buttons(staff, qtbot):
    from desktop.ui.login import LoginDialog

    dialog = LoginDialog("Колледж")
    qtbot.addWidget(dialog)
    assert _ok_cancel_texts(dialog) == ("Кіру", "Шығу")
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert _ok_cancel_texts(dialog) == ("Войти", "Выход")
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    assert _ok_cancel_texts(dialog) == ("Кіру", "Шығу")


def test_switching_language_keeps_create_and_quit_on_the_setup_buttons(db, qtbot):
    from desktop.ui.setup_dialog import SetupDialog

    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    kk = _ok_cancel_texts(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    ru = _ok_cancel_texts(dialog)
    assert ru[0] == "Создать" and ru != kk
    assert "OK" not in ru and "Отмена" not in ru


def test_stock_buttons_still_follow_the_language(staff, qtbot):
    from desktop.ui import i18n
    from desktop.ui.login import ChangePasswordDialog

    dialog = ChangePasswordDialog(staff["clerk"])
    qtbot.addWidget(dialog)
    i18n.install("ru")
    fresh = ChangePasswordDialog(staff["clerk"])
    qtbot.addWidget(fresh)
    assert _ok_cancel_texts(dialog) == _ok_cancel_texts(fresh)


def _fits(window) -> bool:
    """The window is as tall as its content needs at its width, and every wrapped label has
    the height its text needs (nothing cut)."""
    QApplication.processEvents()
    layout = window.layout()
    if window.height() < layout.totalHeightForWidth(window.width()):
        return False
    return all(label.height() >= label.heightForWidth(label.width())
               for label in window.findChildren(QLabel)
               if label.isVisibleTo(window) and label.wordWrap() and label.text())


def test_sign_in_grows_to_show_the_lock_out_text_whole(staff, qtbot):
    from desktop.ui.login import LoginDialog

    dialog = LoginDialog("Колледж")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.username.setText("clerk")
    for _ in range(5):
        dialog.password.setText("not-the-password")
        dialog.accept()
    assert dialog.error.isVisible() and len(dialog.error.text()) > 60
    assert dialog.height() > before
    assert _fits(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert _fits(dialog)


def test_setup_grows_to_show_its_error_and_the_password_hint(db, qtbot):
    from desktop.ui.setup_dialog import SetupDialog

    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.width(), dialog.minimumSizeHint().height())
    dialog.accept()  # nothing filled in: an error under the form
    assert dialog.error.isVisible()
    assert _fits(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert _fits(dialog)


def test_lock_screen_shows_its_message_and_error_whole(staff, qtbot):
    from desktop.ui.lock import LockDialog

    session = replace(staff["clerk"],
                      full_name="Сәрсенбаева-Құдайбергенова Әйгерім-Гүлнұр Ғалымжанқызы")
    dialog = LockDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _fits(dialog)
    dialog.password.setText("wrong")
    dialog.try_unlock()
    assert dialog.error.isVisible()
    assert _fits(dialog)
    i18n.install("ru")  # a longer message
    assert _fits(dialog)


def test_window_title_names_the_college_in_the_new_language(staff, qtbot):
    names = {"kk": "Алматы политехникалық колледжі", "ru": "Алматинский политехнический колледж"}
    from desktop.ui.main_window import MainWindow

    window = MainWindow(staff["clerk"], "/data/kense.sqlite3",
                        workspace_factory=lambda _s, parent: QLabel("workspace", parent),
                        college_name=lambda lang: names[lang])
    qtbot.addWidget(window)
    assert window.windowTitle().endswith("— Алматы политехникалық колледжі")
    window.language_actions["ru"].trigger()
    assert window.windowTitle().endswith("— Алматинский политехнический колледж")
