"""What every role's workspace does with the case in front of it: read it, offer only what the
services allow, run a step with the case's version, and reload after a conflict."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.domain.errors import DomainError
from desktop.services.accounts.session import Session
from desktop.services.cases import queries
from desktop.services.cases.queries import CaseDetail
from desktop.ui import messages
from desktop.ui.retranslate import Retranslating
from desktop.ui.workspaces.common import attempt, ui_language


class CaseWorkspace(Retranslating, QWidget):
    """Base of the clerk's, head's and executor's workspaces."""

    caseChanged = Signal(int)  # a step was done on this case

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.detail: CaseDetail | None = None
        # action code -> the buttons that do it; enabled only when the case allows it
        self._action_buttons: dict[str, list[QPushButton]] = {}
        # Other desks change cases too: F5 (or the button) reads everything again.
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh_now)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh_now)

    def language(self) -> str:
        return ui_language(self.session)

    # --- the case in front of the user ----------------------------------------------------
    def open_case(self, case_id: int | None) -> CaseDetail | None:
        detail = None
        if case_id is not None:
            try:
                detail = queries.get_case(self.session, case_id)
            except DomainError as exc:
                messages.show_error(self, exc)
        self.detail = detail
        self.show_detail(detail)
        return detail

    def show_detail(self, detail: CaseDetail | None) -> None:
        allowed = set(detail.allowed_actions) if detail else set()
        for action, buttons in self._action_buttons.items():
            for button in buttons:
                button.setEnabled(action in allowed)

    def offer(self, action: str, button: QPushButton) -> QPushButton:
        """Enable `button` only when the open case allows `action`."""
        self._action_buttons.setdefault(action, []).append(button)
        button.setEnabled(False)
        return button

    def refresh(self, case_id: int | None = None) -> None:
        """Read the lists again and reopen the case (after a step or a conflict)."""
        self.open_case(case_id)

    def refresh_now(self) -> None:
        self.refresh(self.detail.id if self.detail else None)

    def run_step(self, call: Callable[[CaseDetail], object]) -> bool:
        """Run a use case on the open case, passing its version; True if it was done."""
        detail = self.detail
        if detail is None:
            return False
        result = attempt(self, lambda: call(detail),
                         on_conflict=lambda: self.refresh(detail.id))
        if result is None:
            return False
        self.refresh(detail.id)
        self.caseChanged.emit(detail.id)
        return True

    # --- language ---------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        """Re-read every text (the user switched the language)."""
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the cases again (F5)"))
