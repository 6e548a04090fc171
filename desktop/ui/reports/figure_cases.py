"""The cases behind one figure of the statistics: the registry's columns, and the chosen case
read as the case view shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.services.accounts.session import Session
from desktop.services.cases import queries
from desktop.services.cases.queries import CaseRow
from desktop.ui import messages
from desktop.ui.widgets import fit_to_screen
from desktop.ui.workspaces.case_models import CaseListModel
from desktop.ui.workspaces.case_view import CaseSummary
from desktop.ui.workspaces.common import ui_language
from desktop.ui.workspaces.registry import case_table, fit_columns, selected_row


class FigureCasesDialog(QDialog):
    def __init__(self, session: Session, title: str, rows: list[CaseRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        language = lambda: ui_language(session)  # noqa: E731 - the models ask it each time
        self.count = QLabel(self)
        self.count.setText(self.tr("%1 cases").replace("%1", str(len(rows))))
        self.model = CaseListModel(language, self)
        self.model.set_rows(rows)
        self.view = case_table(self)
        self.view.setModel(self.model)
        fit_columns(self.view)
        self.summary = CaseSummary(language, self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(self.summary)
        split.setSizes([320, 220])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{title}</b>", self))
        layout.addWidget(self.count)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._show_selected)
        fit_to_screen(self, 1000, 640)

    def _show_selected(self, *_args) -> None:
        row = selected_row(self.view)
        if row is None:
            self.summary.show_case(None)
            return
        try:
            self.summary.show_case(queries.get_case(self.session, row.id))
        except Exception as exc:
            messages.show_error(self, exc)
