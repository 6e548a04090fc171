"""The admin's list of accounts: create, enable/disable, reset a password, change a role."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_time
from desktop.domain.errors import DomainError, InvalidInput
from desktop.services.accounts import users as accounts
from desktop.services.accounts.session import Session
from desktop.services.accounts.users import UserInfo
from desktop.ui.admin.lock_policy import LockPolicyBox
from desktop.ui.code_names import ROLES, role_name
from desktop.ui.login import LANGUAGE_LABELS
from desktop.ui.messages import show_error
from desktop.ui.record_table import Column, RecordTableModel, record_table, selected_record
from desktop.ui.retranslate import Retranslating
from desktop.ui.widgets import FormDialog

ROLE_CODES = tuple(ROLES)


def _role_combo() -> QComboBox:
    combo = QComboBox()
    for code in ROLE_CODES:
        combo.addItem(role_name(code), code)
    return combo


def _retranslate_roles(combo: QComboBox) -> None:
    for i in range(combo.count()):
        combo.setItemText(i, role_name(combo.itemData(i)))


class UserDialog(FormDialog):
    """A new account: user name, full name, role, language and a first password."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.created: UserInfo | None = None
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.role = _role_combo()
        self.role.setObjectName("role")
        self.language = QComboBox()
        for code, label in LANGUAGE_LABELS.items():
            self.language.addItem(label, code)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        for widget in (self.password, self.repeat):
            widget.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        for widget in (self.username, self.full_name, self.role, self.language, self.password,
                       self.repeat):
            self.form.addRow(QLabel(), widget)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.lay_out(self.form, self.hint, min_width=460)
        self.fields = {"username": self.username, "full_name": self.full_name,
                       "password": self.password, "role": self.role}
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("New user"))
        labels = {
            self.username: self.tr("User name:"),
            self.full_name: self.tr("Full name:"),
            self.role: self.tr("Role:"),
            self.language: self.tr("Language:"),
            self.password: self.tr("Password:"),
            self.repeat: self.tr("Repeat the password:"),
        }
        for widget, text in labels.items():
            self.form.labelForField(widget).setText(text)
        self.username.setPlaceholderText(self.tr("Latin letters, for example a.nurlanova"))
        self.full_name.setPlaceholderText(self.tr("Surname, name, patronymic"))
        self.hint.setText(self.tr(
            "Give the password to the person privately; they can change it themselves in the "
            "File menu."
        ))
        _retranslate_roles(self.role)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.retranslate_problem()

    def accept(self) -> None:
        if not self.same_twice(self.password, self.repeat):
            return
        try:
            self.created = accounts.create_user(
                self.session, self.username.text(), self.full_name.text(),
                self.role.currentData(), self.password.text(), self.language.currentData(),
            )
        except DomainError as exc:
            field = exc.field if isinstance(exc, InvalidInput) else ""
            self.show_problem(exc, self.fields.get(field))
            return
        super().accept()


class PasswordResetDialog(FormDialog):
    """The admin sets a new password for someone who forgot theirs (this also unlocks)."""

    def __init__(self, session: Session, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.user = user
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        for widget in (self.password, self.repeat):
            widget.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.password)
        self.form.addRow(QLabel(), self.repeat)
        self.lay_out(self.intro, self.form, min_width=440)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Reset password"))
        self.intro.setText(self.tr("New password for {name} ({username}).").format(
            name=self.user.full_name, username=self.user.username))
        self.form.labelForField(self.password).setText(self.tr("New password:"))
        self.form.labelForField(self.repeat).setText(self.tr("Repeat the password:"))
        self.retranslate_problem()

    def accept(self) -> None:
        if not self.same_twice(self.password, self.repeat):
            return
        try:
            accounts.reset_password(self.session, self.user.id, self.password.text())
        except DomainError as exc:
            self.show_problem(exc)
            return
        super().accept()


class RoleDialog(FormDialog):
    def __init__(self, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.role = _role_combo()
        self.role.setObjectName("role")
        self.role.setCurrentIndex(self.role.findData(user.role))
        self.lay_out(self.intro, self.role, min_width=400)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Change role"))
        self.intro.setText(self.tr("Role of {name}:").format(name=self.user.full_name))
        _retranslate_roles(self.role)


class UsersPage(Retranslating, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = RecordTableModel([
            Column(lambda: self.tr("Full name"), lambda u: u.full_name),
            Column(lambda: self.tr("User name"), lambda u: u.username),
            Column(lambda: self.tr("Role"), lambda u: role_name(u.role)),
            Column(lambda: self.tr("Status"), self._status, self._status_colour),
        ], self)
        self.table = record_table(self.model, "users_table")
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.change_role())

        self.new_button = QPushButton()
        self.new_button.setObjectName("new_user")
        self.new_button.clicked.connect(self.new_user)
        self.role_button = QPushButton()
        self.role_button.clicked.connect(self.change_role)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.role_button, self.reset_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Lockout and auto-lock are the two guards of a signed-in account: both live here.
        self.lock_policy = LockPolicyBox(session)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.lock_policy)
        self.refresh()
        self.retranslateUi()

    def _status(self, user: UserInfo) -> str:
        if not user.active:
            return self.tr("Disabled")
        if user.locked_until and user.locked_until > datetime.now():
            return self.tr("Locked until {time}").format(time=format_time(user.locked_until))
        return self.tr("Active")

    @staticmethod
    def _status_colour(user: UserInfo) -> str | None:
        if not user.active:
            return "#808080"
        if user.locked_until and user.locked_until > datetime.now():
            return "#b00020"
        return None

    def retranslateUi(self) -> None:
        self.new_button.setText(self.tr("New user…"))
        self.role_button.setText(self.tr("Change role…"))
        self.reset_button.setText(self.tr("Reset password…"))
        self._update_buttons()
        self.model.retranslate()

    def refresh(self) -> None:
        selected = self.selected()
        try:
            users = accounts.list_users(self.session)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.model.set_records(users)
        if selected is not None:
            for row, user in enumerate(users):
                if user.id == selected.id:
                    self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        return selected_record(self.table)

    def _update_buttons(self, *_args) -> None:
        user = self.selected()
        for button in (self.role_button, self.reset_button, self.active_button):
            button.setEnabled(user is not None)
        if user is not None and not user.active:
            self.active_button.setText(self.tr("Enable"))
        else:
            self.active_button.setText(self.tr("Disable"))

    def new_user(self) -> None:
        dialog = UserDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            for row, user in enumerate(self.model.records):
                if dialog.created and user.id == dialog.created.id:
                    self.table.selectRow(row)

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = RoleDialog(user, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            accounts.change_role(self.session, user.id, dialog.role.currentData())
        except DomainError as exc:
            show_error(self, exc)
        self.refresh()

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        if PasswordResetDialog(self.session, user, self).exec() == QDialog.DialogCode.Accepted:
            QMessageBox.information(self, self.tr("Reset password"), self.tr(
                "The password of {name} has been changed.").format(name=user.full_name))
            self.refresh()

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active:
            answer = QMessageBox.question(
                self, self.tr("Disable"),
                self.tr("Disable the account of {name}? They will not be able to sign in; "
                        "their cases and records stay.").format(name=user.full_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            accounts.set_active(self.session, user.id, not user.active)
        except DomainError as exc:
            show_error(self, exc)
        self.refresh()


__all__ = ["PasswordResetDialog", "RoleDialog", "UserDialog", "UsersPage"]
