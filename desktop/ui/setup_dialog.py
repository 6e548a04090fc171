"""First run on a new database: the college's profile and the first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.domain.errors import DomainError, InvalidInput
from desktop.services.accounts import users
from desktop.services.accounts.session import Session
from desktop.ui import i18n
from desktop.ui.login import language_combo
from desktop.ui.widgets import FormDialog


class SetupDialog(FormDialog):
    """There are no default accounts: whoever installs Kense creates the first admin here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language = language_combo(self)

        self.name_kk = QLineEdit()
        self.name_ru = QLineEdit()
        self.address_kk = QLineEdit()
        self.address_ru = QLineEdit()
        self.head_name = QLineEdit()
        # The office's phone for enquiries: printed on every receipt.
        self.phone = QLineEdit()
        self.college_box = QGroupBox()
        self.college_form = QFormLayout(self.college_box)
        for widget in (self.name_kk, self.name_ru, self.address_kk, self.address_ru,
                       self.head_name, self.phone):
            widget.setMinimumWidth(360)
            self.college_form.addRow(QLabel(), widget)

        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for widget in (self.password, self.repeat):
            widget.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_box = QGroupBox()
        self.admin_form = QFormLayout(self.admin_box)
        for widget in (self.username, self.full_name, self.password, self.repeat):
            self.admin_form.addRow(QLabel(), widget)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.admin_form.addRow(self.hint)

        self.fields = {
            "name_kk": self.name_kk, "name_ru": self.name_ru, "address_kk": self.address_kk,
            "address_ru": self.address_ru, "head_name": self.head_name, "phone": self.phone,
            "username": self.username, "full_name": self.full_name, "password": self.password,
        }

        lang_form = QFormLayout()
        self.language_label = QLabel()
        lang_form.addRow(self.language_label, self.language)
        self.lay_out(self.intro, lang_form, self.college_box, self.admin_box)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Kense — first set-up"))
        self.intro.setText(self.tr(
            "This database is new. Enter the college's details and create the first "
            "administrator account; the administrator then creates the accounts of the staff."
        ))
        self.language_label.setText(self.tr("Language:"))
        self.college_box.setTitle(self.tr("College"))
        labels = {
            self.name_kk: self.tr("Name in Kazakh:"),
            self.name_ru: self.tr("Name in Russian:"),
            self.address_kk: self.tr("Address in Kazakh:"),
            self.address_ru: self.tr("Address in Russian:"),
            self.head_name: self.tr("Head of the college:"),
            self.phone: self.tr("Office phone for enquiries:"),
            self.username: self.tr("User name:"),
            self.full_name: self.tr("Full name:"),
            self.password: self.tr("Password:"),
            self.repeat: self.tr("Repeat the password:"),
        }
        for widget, text in labels.items():
            label = self.college_form.labelForField(widget) or self.admin_form.labelForField(
                widget)
            label.setText(text)
        self.admin_box.setTitle(self.tr("First administrator"))
        self.username.setPlaceholderText(self.tr("for example: admin"))
        self.phone.setPlaceholderText(self.tr("for example: +7 727 292 00 00"))
        self.hint.setText(self.tr(
            "The user name is typed in Latin letters. The password must have at least 8 "
            "characters and must not be a common one."
        ))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.retranslate_problem()

    def show_problem(self, exc: BaseException, widget: QLineEdit | None = None) -> None:
        super().show_problem(exc, widget)
        if widget is not None:
            widget.selectAll()

    def accept(self) -> None:
        if not self.same_twice(self.password, self.repeat):
            return
        profile = users.CollegeProfile(
            name_kk=self.name_kk.text(), name_ru=self.name_ru.text(),
            address_kk=self.address_kk.text(), address_ru=self.address_ru.text(),
            head_name=self.head_name.text(), phone=self.phone.text(),
        )
        try:
            self.session = users.first_run_setup(
                profile, self.username.text(), self.full_name.text(), self.password.text(),
                language=i18n.current_language(),
            )
        except DomainError as exc:
            field = exc.field if isinstance(exc, InvalidInput) else None
            self.show_problem(exc, self.fields.get(field or ""))
            return
        super().accept()
