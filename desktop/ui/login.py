"""The sign-in dialog, with the interface language chosen before signing in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.ui import i18n
from desktop.ui.widgets import FormDialog, PasswordsDiffer

if TYPE_CHECKING:
    from desktop.services.accounts.session import Session


class SignInButtons(QWidget):
    """"Sign in" and "Quit", right-aligned in the order a Windows button box gives OK and
    Cancel; `button()` answers as QDialogButtonBox's does. Not a QDialogButtonBox: making the
    first one builds PySide6's ≈100 enums of the Qt namespace (≈45 ms on the development
    machine), which the sign-in window is shown without."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.ok = QPushButton(self)
        self.ok.setDefault(True)
        self.cancel = QPushButton(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.ok)
        row.addWidget(self.cancel)
        self.ok.clicked.connect(dialog.accept)
        self.cancel.clicked.connect(dialog.reject)

    def button(self, which: QDialogButtonBox.StandardButton) -> QPushButton | None:
        if which == QDialogButtonBox.StandardButton.Ok:
            return self.ok
        if which == QDialogButtonBox.StandardButton.Cancel:
            return self.cancel
        return None


LANGUAGE_LABELS = {"kk": "Қазақша", "ru": "Русский"}


def language_combo(parent: QWidget | None = None) -> QComboBox:
    """Language names are written in their own language: whoever reads one understands it."""
    combo = QComboBox(parent)
    for code in i18n.LANGUAGES:
        combo.addItem(LANGUAGE_LABELS[code], code)
    combo.setCurrentIndex(combo.findData(i18n.current_language()))
    combo.currentIndexChanged.connect(lambda _i: i18n.install(combo.currentData()))
    return combo


class LoginDialog(FormDialog):
    """Ask for user name and password; `session` is set when the dialog is accepted.

    Refusals (wrong password, locked, disabled) are shown inside the dialog, in red, so the
    user can correct and retry without closing a message box first."""

    language_chosen = Signal(str)

    def __init__(
        self, college_name: str = "", demo_hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        # True once the user picked a language here: then it becomes their remembered one.
        self.language_touched = False
        self._college_name = college_name
        self._demo_hint = demo_hint

        self.college = QLabel()
        self.college.setWordWrap(True)
        # Centred through the style sheet: naming Qt.AlignmentFlag would build PySide6's
        # ≈100 enums of the Qt namespace (≈45 ms) before this first window is up.
        self.college.setStyleSheet("qproperty-alignment: AlignCenter;")
        font = self.college.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.college.setFont(font)
        self.language = language_combo(self)
        self.language.currentIndexChanged.connect(self._language_picked)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.demo = QLabel()
        self.demo.setWordWrap(True)
        if demo_hint:
            from PySide6.QtCore import Qt

            self.demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo.setVisible(bool(demo_hint))

        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.language)
        self.form.addRow(QLabel(), self.username)
        self.form.addRow(QLabel(), self.password)
        self.lay_out(self.college, 8, self.form, self.error, self.demo,
                     buttons=SignInButtons(self), min_width=420)
        self.retranslateUi()
        self.username.setFocus()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Kense — sign in"))
        self.college.setText(self._college_name or self.tr("Kense"))
        self.form.labelForField(self.language).setText(self.tr("Language:"))
        self.form.labelForField(self.username).setText(self.tr("User name:"))
        self.form.labelForField(self.password).setText(self.tr("Password:"))
        self.buttons.ok.setText(self.tr("Sign in"))
        self.buttons.cancel.setText(self.tr("Quit"))
        if self._demo_hint:
            self.demo.setText(
                self.tr("Demo database. Users and passwords:") + "\n" + self._demo_hint
            )
        self.retranslate_problem()

    def _language_picked(self, _index: int) -> None:
        self.language_touched = True
        self.language_chosen.emit(self.language.currentData())

    def set_college_name(self, name: str) -> None:
        self._college_name = name
        self.retranslateUi()

    def accept(self) -> None:
        # Imported here: the sign-in window is shown before the services are loaded.
        from desktop.domain.errors import DomainError
        from desktop.services.accounts import users

        if not self.username.text().strip():
            self.username.setFocus()
            return
        try:
            self.session = users.login(self.username.text(), self.password.text())
        except DomainError as exc:
            self.show_problem(exc, self.password)
            self.password.clear()
            return
        self.password.clear()
        super().accept()


class ChangePasswordDialog(FormDialog):
    """The signed-in user changes their own password (the current one is asked first)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for widget in (self.old, self.new, self.repeat):
            widget.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        for widget in (self.old, self.new, self.repeat):
            self.form.addRow(QLabel(), widget)
        self.lay_out(self.form, min_width=420)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self.form.labelForField(self.old).setText(self.tr("Current password:"))
        self.form.labelForField(self.new).setText(self.tr("New password:"))
        self.form.labelForField(self.repeat).setText(self.tr("Repeat the new password:"))
        self.retranslate_problem()

    def error_message(self, exc: BaseException) -> str:
        if isinstance(exc, PasswordsDiffer):
            return self.tr("The two new passwords differ.")
        return super().error_message(exc)

    def accept(self) -> None:
        from desktop.domain.errors import DomainError
        from desktop.services.accounts import users

        if not self.same_twice(self.new, self.repeat):
            return
        try:
            users.change_own_password(self.session, self.old.text(), self.new.text())
        except DomainError as exc:
            self.show_problem(exc)
            return
        super().accept()
