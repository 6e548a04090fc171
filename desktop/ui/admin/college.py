"""The college's profile as printed on every form: names, addresses, head."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError, InvalidInput
from desktop.services.accounts import users
from desktop.services.accounts.session import Session
from desktop.ui.messages import error_text
from desktop.ui.retranslate import Retranslating
from desktop.ui.widgets import show_outcome

FIELDS = ("name_kk", "name_ru", "address_kk", "address_ru", "head_name", "phone", "email", "bin")


class CollegePage(Retranslating, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._message: tuple[str, BaseException | None] | None = None
        self.edits = {name: QLineEdit() for name in FIELDS}
        for name, edit in self.edits.items():
            edit.setObjectName(name)
            edit.setMinimumWidth(480)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        for edit in self.edits.values():
            self.form.addRow(QLabel(), edit)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.load)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.load()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "These details are printed on receipts, certificates, duplicates and letters."
        ))
        labels = {
            "name_kk": self.tr("Name in Kazakh:"),
            "name_ru": self.tr("Name in Russian:"),
            "address_kk": self.tr("Address in Kazakh:"),
            "address_ru": self.tr("Address in Russian:"),
            "head_name": self.tr("Head of the college:"),
            "phone": self.tr("Phone for applicants:"),
            "email": self.tr("E-mail:"),
            "bin": self.tr("BIN (for electronic signatures):"),
        }
        for name, text in labels.items():
            self.form.labelForField(self.edits[name]).setText(text)
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Undo changes"))
        self._render_message()

    def load(self) -> None:
        profile = users.college_profile()
        for name, edit in self.edits.items():
            edit.setText(getattr(profile, name) if profile else "")
        self._message = None
        self._render_message()

    def save(self) -> None:
        values = {name: edit.text() for name, edit in self.edits.items()}
        try:
            users.update_college(self.session, users.CollegeProfile(**values))
        except DomainError as exc:
            self._message = ("error", exc)
            if isinstance(exc, InvalidInput) and exc.field in self.edits:
                self.edits[exc.field].setFocus()
        else:
            self._message = ("saved", None)
            self.load()
            self._message = ("saved", None)
        self._render_message()

    def _render_message(self) -> None:
        if self._message is None:
            self.status.setText("")
        elif self._message[0] == "saved":
            show_outcome(self.status, self.tr("Saved."), ok=True)
        else:
            show_outcome(self.status, error_text(self._message[1]), ok=False)
