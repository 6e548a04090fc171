"""The admin's setting of how long a signed-in PC may stay untouched before its screen locks."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from desktop.domain.errors import DomainError
from desktop.services.accounts import policy
from desktop.services.accounts.session import Session
from desktop.ui.messages import error_text
from desktop.ui.retranslate import Retranslating
from desktop.ui.widgets import show_outcome


class LockPolicyBox(Retranslating, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._saved: bool | BaseException | None = None
        self.label = QLabel()
        self.minutes = QSpinBox()
        self.minutes.setObjectName("idle_minutes")
        self.minutes.setRange(policy.MIN_IDLE_MINUTES, policy.MAX_IDLE_MINUTES)
        self.label.setBuddy(self.minutes)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_idle_minutes")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("idle_status")
        self.status.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.minutes)
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        self.refresh()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.label.setText(self.tr("Lock the screen after this many minutes without input:"))
        self.minutes.setSuffix(" " + self.tr("min"))
        self.save_button.setText(self.tr("Apply"))
        self._render()

    def refresh(self) -> None:
        self.minutes.setValue(policy.idle_lock_minutes())
        self._saved = None
        self._render()

    def save(self) -> None:
        try:
            policy.set_idle_lock_minutes(self.session, self.minutes.value())
        except DomainError as exc:
            self._saved = exc
        else:
            self._saved = True
        self._render()

    def _render(self) -> None:
        if self._saved is None:
            self.status.setText("")
        elif self._saved is True:
            show_outcome(self.status, self.tr("Saved: every PC uses it from the next sign-in."),
                         ok=True)
        else:
            show_outcome(self.status, error_text(self._saved), ok=False)
