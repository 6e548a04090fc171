"""Checking a result's verification code, typed from (or scanned off) the printed document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accounts.session import Session
from desktop.ui.code_names import verdict_text
from desktop.ui.messages import error_text
from desktop.ui.retranslate import Retranslating


class VerifyDialog(Retranslating, QDialog):
    """Check a code typed from (or scanned off) a printed result."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._answer = None
        self._error: BaseException | None = None
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.check_button = QPushButton()
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(520, 220)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Verify a document"))
        self.prompt.setText(self.tr(
            "Type the verification code printed on the document, or scan its QR code into "
            "this field."
        ))
        self.check_button.setText(self.tr("Check"))
        self._render()

    def check(self) -> None:
        from desktop.domain.errors import DomainError
        from desktop.services.records.verify import check_code

        self._answer, self._error = None, None
        try:
            self._answer = check_code(self.session, self.code.text())
        except DomainError as exc:
            self._error = exc
        self._render()

    def _render(self) -> None:
        if self._error is not None:
            self.result.setStyleSheet("color: #b00020;")
            self.result.setText(error_text(self._error))
            return
        answer = self._answer
        if answer is None:
            self.result.setText("")
            return
        colour = {"authentic": "#1b5e20", "altered": "#b00020",
                  "replaced": "#b00020"}.get(str(answer.verdict), "")
        self.result.setStyleSheet(f"color: {colour};" if colour else "")
        lines = [verdict_text(answer.verdict)]
        if answer.reg_number:
            lines.append(self.tr("Registration number: {number}").format(number=answer.reg_number))
        if answer.person:
            lines.append(self.tr("Person: {name}").format(name=answer.person))
        if answer.current_blank:
            lines.append(self.tr("Spoiled blank: {spoiled}; the document in force is on blank "
                                 "{current}").format(spoiled=answer.spoiled_blank,
                                                     current=answer.current_blank))
        self.result.setText("\n".join(lines))
