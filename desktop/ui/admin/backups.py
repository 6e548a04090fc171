"""Backup now and restore, run off the GUI thread with a progress dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_date, format_datetime
from desktop.services.accounts.session import Session
from desktop.services.office import backups as maintenance
from desktop.services.office.backups import BackupInfo
from desktop.services.office.server import backups as server_backups
from desktop.services.office.server import dump_check
from desktop.ui.messages import error_text, is_expected, show_error
from desktop.ui.record_table import Column, RecordTableModel, record_table, selected_record
from desktop.ui.retranslate import Retranslating
from desktop.ui.tasks import run_with_progress


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, size // 1024)} KB"


class BackupsPage(Retranslating, QWidget):
    """After a restore the data is another: the session ends (`sign_out_requested`)."""

    sign_out_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._problem: BaseException | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.model = RecordTableModel([
            Column(lambda: self.tr("Made on"), lambda b: format_datetime(b.modified)),
            Column(lambda: self.tr("Kind"), self._kind),
            Column(lambda: self.tr("Size"), lambda b: size_text(b.size)),
            Column(lambda: self.tr("File"), lambda b: b.path.name),
        ], self)
        self.table = record_table(self.model, "backups_table")
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore_selected")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton()
        self.restore_file_button.clicked.connect(self.restore_from_file)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.folder)
        self.refresh()
        self.retranslateUi()

    def _kind(self, info: BackupInfo) -> str:
        name = info.path.name
        if name.startswith("manual-"):
            return self.tr("Made by the administrator")
        if name.startswith("kense-"):
            return self.tr("Daily, automatic")
        if name.startswith("before-restore-"):
            return self.tr("Saved before a restore")
        if name.startswith("before-migration-"):
            return self.tr("Saved before a program update")
        return self.tr("Other")

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "Kense makes a copy of the database every day it is started and keeps the last "
            "14. Make a copy yourself before big changes, and keep copies on another disk too. "
            "Restoring replaces all current data with the copy; the current data is saved first."
        ))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore the selected copy…"))
        self.restore_file_button.setText(self.tr("Restore from a file…"))
        self._render_folder()
        self.model.retranslate()

    def _render_folder(self) -> None:
        if self._problem is not None:
            self.folder.setText(error_text(self._problem))
            return
        try:
            folder = maintenance.backup_folder()
        except Exception as exc:
            self.folder.setText(error_text(exc))
            return
        text = self.tr("Folder of the copies: {folder}").format(folder=folder)
        newest = maintenance.newest_server_backup()
        if newest is not None:
            text += "\n" + self.tr("The office server's newest daily backup: {when}, "
                                   "{file}").format(when=format_datetime(newest[0]),
                                                    file=newest[1])
        check = self._restore_check_text()
        if check:
            text += "\n" + check
        self.folder.setText(text)

    def _restore_check_text(self) -> str:
        """The weekly restore check of the server's dumps: when, and whether it passed."""
        if not server_backups.in_server_mode():
            return ""
        last = dump_check.last_check()
        if last is None:
            return self.tr("The office server's backups have not yet been restored into a "
                           "scratch database and checked (the server PC does it once a week).")
        when = format_date(last.at.date()) if last.at else ""
        if last.passed:
            return self.tr("Last restore check: {when}, passed ({file} restored into a scratch "
                           "database, the audit check passed).").format(when=when,
                                                                        file=last.file)
        if last.outcome == dump_check.FAILED:
            why = (self.tr("it cannot be restored") if last.problem == "does_not_restore" else
                   self.tr("its copy does not pass the audit check"))
            return self.tr("Last restore check: {when}, FAILED: {why}. {file} was kept as "
                           "{file}.bad and is not offered for a restore; check the records on "
                           "the Audit page and keep older copies.").format(
                               when=when, why=why, file=last.file)
        why = {"office_key_missing": self.tr("the server PC does not have the office key"),
               "scratch_refused": self.tr("the server's user may not create databases")}.get(
                   last.problem, self.tr("see the log of Kense on the server PC ({code})").format(
                       code=last.problem))
        return self.tr("Last restore check: {when}, not done: {why}.").format(when=when, why=why)

    def refresh(self) -> None:
        self._problem = None
        try:
            backups = maintenance.list_backups(self.session)
        except Exception as exc:
            if not is_expected(exc):
                raise
            self._problem = exc
            backups = []
        self.model.set_records(backups)
        self.backup_button.setEnabled(self._problem is None)
        self.restore_file_button.setEnabled(self._problem is None)
        self._render_folder()
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        return selected_record(self.table)

    def _update_buttons(self, *_args) -> None:
        self.restore_button.setEnabled(self._problem is None and self.selected() is not None)

    def backup_now(self) -> None:
        session = self.session
        try:
            path = run_with_progress(
                self, self.tr("Making a backup…"), lambda: maintenance.backup_now(session)
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self.refresh()
        QMessageBox.information(
            self, self.tr("Backup"),
            self.tr("The backup was made and checked:\n{path}").format(path=path),
        )

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore(info.path)

    def restore_from_file(self) -> None:
        start = ""
        try:
            start = str(maintenance.backup_folder())
        except Exception:  # no folder yet: the dialog opens in its default place
            start = ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), start,
            self.tr("Kense backups (*.sqlite3 *.dump);;All files (*)"),
        )
        if path:
            self.restore(Path(path))

    def restore(self, path: Path) -> None:
        answer = QMessageBox.warning(
            self, self.tr("Restore"),
            self.tr(
                "Replace ALL current data with the copy {name}?\n\nEverything entered after "
                "that copy was made will be gone from the working database (the current data "
                "is saved to the backups folder first). Other computers must not work with "
                "Kense meanwhile. After the restore everyone signs in again."
            ).format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        session = self.session
        try:
            safety = run_with_progress(
                self, self.tr("Restoring…"), lambda: maintenance.restore(session, path)
            )
        except Exception as exc:
            show_error(self, exc)
            self.refresh()
            return
        text = self.tr("The data was restored from {name}.").format(name=path.name)
        if safety:
            text += "\n" + self.tr("The previous data was saved as {name}.").format(
                name=Path(safety).name)
        text += "\n\n" + self.tr("Sign in again.")
        QMessageBox.information(self, self.tr("Restore"), text)
        self.sign_out_requested.emit()
