"""The join code in the database-server dialog: join the office server with it, move this
computer's records there (when the server was empty), and show the code to let the next
computer in (the admin only; each showing is in the audit log)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.forms.join_sheet import render_join_sheet
from desktop.services.accounts.session import Session
from desktop.services.office.server import joining
from desktop.services.office.server import move as server_move
from desktop.services.office.server.join_sheet import join_sheet_data
from desktop.ui import i18n
from desktop.ui.messages import show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.tasks import run_with_progress


class JoinPanel(Retranslating, QGroupBox):
    """`switched`: this computer now uses the server; the dialog signs the user out."""

    switched = Signal()

    def __init__(self, session: Session, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data_dir = data_dir
        self.code = QLineEdit()
        self.code.setObjectName("join_code")
        self.join_button = QPushButton()
        self.join_button.setObjectName("join")
        self.move_button = QPushButton()
        self.move_button.setObjectName("move_to_server")
        self.show_button = QPushButton()
        self.show_button.setObjectName("show_join_code")
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_join_sheet")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.join_button.clicked.connect(self.join)
        self.move_button.clicked.connect(self.move)
        self.show_button.clicked.connect(self.show_code)
        self.print_button.clicked.connect(self.print_sheet)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.join_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.move_button)
        shown = QHBoxLayout()
        shown.addWidget(self.show_button)
        shown.addWidget(self.print_button)
        shown.addStretch(1)
        layout.addLayout(shown)
        self._update()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Office server by join code"))
        self.code.setPlaceholderText(self.tr("Paste the join code (KENSE1-…)"))
        self.join_button.setText(self.tr("Join"))
        self.move_button.setText(self.tr("Move this computer's records to the server"))
        self.show_button.setText(self.tr("Show the join code…"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr(
            "A sheet with the join code to keep locked away: it carries the server's password"))

    def _update(self) -> None:
        self.move_button.setVisible(joining.waits_for_move(self.data_dir))

    def join(self) -> None:
        text = self.code.text()
        try:
            joined = run_with_progress(self, self.tr("Connecting…"),
                                       lambda: joining.join(self.data_dir, text))
        except Exception as exc:
            show_error(self, exc)
            return
        self._update()
        if joined.outcome == joining.WAITS_FOR_MOVE:
            self.status.setText(self.tr(
                "Joined. The server is empty: move this computer's records there; until then "
                "this computer keeps working on its own file."))
            return
        QMessageBox.information(self, self.title(), self.tr(
            "This computer now uses the office server. You will be signed out: sign in with "
            "an account of the office (a new server asks for the first setup)."))
        self.switched.emit()

    def move(self) -> None:
        answer = QMessageBox.question(self, self.title(), self.tr(
            "Move all of this computer's records to the office server? Close Kense on the "
            "other computers first. A copy of this computer's file is kept in the backups."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = server_move.move_to_server(self.session, self.data_dir)
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, exc)
            return
        QApplication.restoreOverrideCursor()
        QMessageBox.information(self, self.title(), self.tr(
            "Moved {rows} rows in {tables} tables; every table was checked on the server and "
            "the audit check passes. You will be signed out.").format(
            rows=report.rows, tables=report.tables))
        self.switched.emit()

    def show_code(self) -> None:
        try:
            code = joining.show_join_code(self.session, self.data_dir)
        except Exception as exc:
            show_error(self, exc)
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.title(), self.tr(
            "The join code lets a computer into the office's records: give it only to the "
            "computers of the office, and keep it like a password.\n\n{code}").format(code=code),
            QMessageBox.StandardButton.Close, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def print_sheet(self) -> None:
        """The join code's sheet, previewed to print or save (made and audited first)."""
        from desktop.ui.pdf_view import PdfPreviewDialog

        try:
            lang = i18n.current_language()
            pdf = render_join_sheet(join_sheet_data(self.session, self.data_dir, lang), lang)
        except Exception as exc:
            show_error(self, exc)
            return
        PdfPreviewDialog(pdf, self.tr("The join code's sheet"), self).exec()
