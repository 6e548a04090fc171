"""The admin's choice of database for this PC: its own file, or the office's PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accounts.session import Session
from desktop.services.office.server import switching as server
from desktop.ui.messages import show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.tasks import run_with_progress
from desktop.ui.widgets import fit_to_screen


class ServerDialog(Retranslating, QDialog):
    """Test a server, then use it (schema created or upgraded) or go back to the local file.

    `switched` is True after a change: the caller signs the user out, because the other
    database has its own accounts."""

    def __init__(self, session: Session, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data_dir = data_dir
        self.switched = False
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("kense")
        self.user = QLineEdit("kense")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        fields = (self.host, self.port, self.database, self.user, self.password)
        for label, field in zip(self.labels, fields, strict=True):
            self.form.addRow(label, field)
        self.test_button = QPushButton()
        self.use_button = QPushButton()
        self.local_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test)
        self.use_button.clicked.connect(self.use_server)
        self.local_button.clicked.connect(self.use_local)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        from desktop.ui.server_join_panel import JoinPanel

        self.join_panel = JoinPanel(session, data_dir, self)
        self.join_panel.switched.connect(self._joined)
        layout.addWidget(self.join_panel)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        for button in (self.test_button, self.use_button, self.local_button):
            layout.addWidget(button)
        layout.addWidget(self.buttons)
        self.local_button.setEnabled(server.uses_server(data_dir))
        self.retranslateUi()
        fit_to_screen(self, 520, self.sizeHint().height())

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Database server"))
        self.intro.setText(self.tr(
            "When several computers of the office work together, they share one PostgreSQL "
            "server. Enter its address and account, test the connection, then use it. "
            "A single computer keeps its own database file."))
        labels = (self.tr("Server (computer name or IP)"), self.tr("Port"),
                  self.tr("Database"), self.tr("User"), self.tr("Password"))
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.test_button.setText(self.tr("Test the connection"))
        self.use_button.setText(self.tr("Use this server"))
        self.local_button.setText(self.tr("Use this computer's own database"))

    def _url(self) -> str:
        return server.build_url(self.host.text(), self.port.value(), self.database.text(),
                                self.user.text(), self.password.text())

    def test(self) -> bool:
        try:
            url = self._url()
            version, schema = run_with_progress(
                self, self.tr("Connecting…"), lambda: server.test_connection(url))
        except Exception as exc:
            self.status.setText("")
            show_error(self, exc)
            return False
        if schema == 0:
            note = self.tr("The database is empty: Kense will create its tables.")
        else:
            note = self.tr("Kense data found (version %1).").replace("%1", str(schema))
        self.status.setText(self.tr("Connected: PostgreSQL %1. ").replace("%1", version) + note)
        return True

    def use_server(self) -> None:
        if not self.test():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            server.switch_to_server(self.session, self._url(), self.data_dir)
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, exc)
            return
        QApplication.restoreOverrideCursor()
        self.switched = True
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "This computer now uses the server. You will be signed out: sign in with an "
            "account of the server's database (a new server asks for the first setup)."))
        self.accept()

    def _joined(self) -> None:
        self.switched = True
        self.accept()

    def use_local(self) -> None:
        try:
            server.switch_to_local(self.session, self.data_dir)
        except Exception as exc:
            show_error(self, exc)
            return
        self.switched = True
        self.accept()
