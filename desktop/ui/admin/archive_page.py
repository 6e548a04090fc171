"""Admin → Archive: bring the college's Excel lists in, after a preview of what they hold."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_datetime
from desktop.services.accounts.session import Session
from desktop.services.archive import importing
from desktop.services.archive.importing import ImportReport
from desktop.ui.admin.archive_preview import ArchivePreview
from desktop.ui.archive_sentences import field_title
from desktop.ui.messages import show_error
from desktop.ui.record_table import Column, RecordTableModel, record_table
from desktop.ui.retranslate import Retranslating
from desktop.ui.tasks import run_with_progress

EXCEL_FILTER = "Excel (*.xlsx *.xlsm)"
SHOWN_CHANGES = 30  # the rest is in the audit log


class ArchivePage(Retranslating, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path: Path | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("archive_choose")
        self.choose_button.clicked.connect(self.choose_file)
        self.import_button = QPushButton()
        self.import_button.setObjectName("archive_import")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_previewed)
        self.template_button = QPushButton()
        self.template_button.setObjectName("archive_template")
        self.template_button.clicked.connect(self.save_template)
        buttons = QHBoxLayout()
        for button in (self.choose_button, self.import_button, self.template_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.preview = ArchivePreview(self)
        self.preview.mapping.reread.connect(self.read_again)
        self.preview.changed.connect(self._can_import)
        self.history = RecordTableModel([
            Column(lambda: self.tr("Imported on"), lambda r: format_datetime(r.imported_at)),
            Column(lambda: self.tr("By"), lambda r: r.username),
            Column(lambda: self.tr("File"), lambda r: r.file_name),
            Column(lambda: self.tr("Added"), lambda r: str(r.added)),
            Column(lambda: self.tr("Updated"), lambda r: str(r.updated)),
            Column(lambda: self.tr("Unchanged"), lambda r: str(r.unchanged)),
            Column(lambda: self.tr("Cells not read"), lambda r: str(r.errors)),
            Column(lambda: self.tr("SHA-256 of the file"), lambda r: r.sha256),
        ], self)
        self.history_table = record_table(self.history, "archive_history")
        self.history_title = QLabel()
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history_title)
        lower_layout.addWidget(self.history_table)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.preview)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "Bring in the college's summary grade sheets (one sheet per group) or lists of "
            "students and graduates with a header row. Nothing is stored until you check the "
            "preview (leave out any row that is no student) and press Import. A repeated or "
            "corrected file adds and updates; it never deletes anyone."))
        self.choose_button.setText(self.tr("Choose an Excel file…"))
        self.import_button.setText(self.tr("Import"))
        self.template_button.setText(self.tr("Save the template…"))
        self.history_title.setText(self.tr("Files imported"))
        self.history.retranslate()

    def refresh(self) -> None:
        try:
            self.history.set_records(importing.import_history(self.session))
        except Exception as exc:
            show_error(self, exc)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an Excel file"), "",
                                              EXCEL_FILTER)
        if name:
            self.path = Path(name)
            self._read(None)

    def read_again(self) -> None:
        if self.path is not None:
            self._read(self.preview.mapping.chosen())

    def _read(self, mapping) -> None:
        session, path = self.session, self.path
        self.import_button.setEnabled(False)
        try:
            parsed = run_with_progress(
                self, self.tr("Reading {file}…").format(file=path.name),
                lambda: importing.preview_archive(session, path, mapping))
        except Exception as exc:
            show_error(self, exc)
            return
        self.preview.show_parsed(parsed, path.name)
        self._can_import()

    def _can_import(self) -> None:
        parsed = self.preview.parsed
        self.import_button.setEnabled(
            parsed is not None and len(self.preview.left_out) < len(parsed.students))

    def import_previewed(self) -> None:
        parsed, path, session = self.preview.parsed, self.path, self.session
        leave_out = frozenset(self.preview.left_out)
        if parsed is None or path is None:
            return
        try:
            report = run_with_progress(
                self, self.tr("Importing {file}…").format(file=path.name),
                lambda: importing.import_archive(session, parsed, path.name, leave_out))
        except Exception as exc:
            show_error(self, exc)
            return
        self.import_button.setEnabled(False)
        self.refresh()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Archive"),
                          self.report_text(report), parent=self)
        if report.changes:
            box.setDetailedText(self.changes_text(report))
        box.exec()

    def report_text(self, r: ImportReport) -> str:
        return self.tr(
            "The file was imported. Added: {added}; updated: {updated}; unchanged: "
            "{unchanged}. Nothing was deleted.").format(
            added=r.added, updated=r.updated, unchanged=r.unchanged)

    def changes_text(self, r: ImportReport) -> str:
        lines = []
        for change in r.changes[:SHOWN_CHANGES]:
            lines.append(f"{change.full_name} ({change.sheet}, {change.row}):")
            for name, before, after in change.values:
                title = self.tr("grade in “{subject}”").format(subject=name[6:]) \
                    if name.startswith("grade:") else (
                    self.tr("another spelling") if name == "spelling" else field_title(name))
                lines.append(f"  {title}: {before or '—'} → {after or '—'}")
        if len(r.changes) > SHOWN_CHANGES:
            lines.append(self.tr("… and {count} more (see the audit log)").format(
                count=len(r.changes) - SHOWN_CHANGES))
        return "\n".join(lines)

    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the template"), "kense-archive-template.xlsx", EXCEL_FILTER)
        if not name:
            return
        try:
            shutil.copyfile(importing.template_path(), name)
        except OSError as exc:
            show_error(self, exc)
