"""The audit log: who did what and when, and a check that nobody altered the records."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_datetime
from desktop.services.accounts.session import Session
from desktop.services.records import audit, chain_check
from desktop.services.records.audit import AuditEntry
from desktop.services.records.chain_check import ChainReport, Finding
from desktop.ui.admin.audit_details import details_text
from desktop.ui.code_names import action_name
from desktop.ui.messages import show_error
from desktop.ui.record_table import Column, RecordTableModel, record_table
from desktop.ui.retranslate import Retranslating
from desktop.ui.tasks import run_with_progress

PAGE = 500


def local_time(at_utc: str) -> str:
    try:
        moment = datetime.fromisoformat(at_utc).astimezone()
    except ValueError:
        return at_utc
    return format_datetime(moment, seconds=True)


def _case_label(entry: AuditEntry) -> str:
    if entry.case_id is None:
        return ""
    return entry.case_number or f"#{entry.case_id}"


class AuditPage(Retranslating, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: ChainReport | None = None
        self.model = RecordTableModel([
            Column(lambda: self.tr("No."), lambda e: str(e.id)),
            Column(lambda: self.tr("Time"), lambda e: local_time(e.at_utc)),
            Column(lambda: self.tr("User"),
                   lambda e: f"{e.full_name} ({e.username})"
                   if e.full_name and e.full_name != e.username else e.username),
            Column(lambda: self.tr("Action"), lambda e: action_name(e.action)),
            Column(lambda: self.tr("Case"), _case_label),
            Column(lambda: self.tr("Details"), self._details),
        ], self)
        self.table = record_table(self.model, "audit_table", single=False)
        self.table.setWordWrap(False)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verify")
        self.verify_button.clicked.connect(self.verify)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("against_backup")
        self.backup_button.clicked.connect(self.compare_with_backup)
        self.anchor_button = QPushButton()
        self.anchor_button.setObjectName("against_anchor")
        self.anchor_button.clicked.connect(self.compare_with_anchor)
        self.more_button = QPushButton()
        self.more_button.setObjectName("more")
        self.more_button.clicked.connect(self.load_more)
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.anchor_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.table)
        layout.addWidget(self.more_button)
        self.refresh()
        self.retranslateUi()

    def _details(self, entry: AuditEntry) -> str:
        if not entry.readable:
            return self.tr("(the details of this record cannot be read: it was damaged)")
        return details_text(entry.changes, entry.case_number)

    def retranslateUi(self) -> None:
        self.verify_button.setText(self.tr("Verify the log"))
        self.backup_button.setText(self.tr("Compare with a backup…"))
        self.anchor_button.setText(self.tr("Compare with a printed journal…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.more_button.setText(self.tr("Show older entries"))
        self._render_report()
        self.model.retranslate()

    def refresh(self) -> None:
        entries = audit.read_log(self.session, limit=PAGE)
        self.model.set_records(entries)
        self.more_button.setEnabled(len(entries) == PAGE)

    def load_more(self) -> None:
        entries = audit.read_log(self.session, limit=PAGE, offset=len(self.model.records))
        self.model.append_records(entries)
        self.more_button.setEnabled(len(entries) == PAGE)

    def verify(self) -> None:
        try:
            self.report = run_with_progress(
                self, self.tr("Checking the audit log…"),
                lambda progress: chain_check.check_chain(self.session, progress), steps=True,
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self._render_report()
        if self.report is not None and self.report.bad_record_id is not None:
            self._select(self.report.bad_record_id)

    def _select(self, record_id: int) -> None:
        for row, entry in enumerate(self.model.records):
            if isinstance(entry, AuditEntry) and entry.id == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def compare_with_backup(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Compare with a backup"), "", self.tr("Kense backups (*.sqlite3)"))
        if not path:
            return
        try:
            result = run_with_progress(
                self, self.tr("Comparing with the backup…"),
                lambda: chain_check.check_against_backup(self.session, Path(path)))
        except Exception as exc:
            show_error(self, exc)
            return
        self._render_comparison(result, Path(path).name)

    def compare_with_anchor(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        text, accepted = QInputDialog.getText(
            self, self.tr("Compare with a printed journal"),
            self.tr("The audit anchor printed at the foot of the journal (e.g. 1234:89AB…):"))
        if not accepted or not text.strip():
            return
        try:
            result = chain_check.check_against_anchor(self.session, text)
        except Exception as exc:
            show_error(self, exc)
            return
        self._render_comparison(result, text.strip())

    def _render_comparison(self, result, source: str) -> None:
        if result.ok:
            self.result.setStyleSheet("color: #1b5e20; font-weight: bold;")
            self.result.setText(self.tr(
                "OK: the log still holds all {old} records of “{source}” unchanged; "
                "{new} records were added since."
            ).format(old=result.anchor_count, source=source,
                     new=result.live_count - result.anchor_count))
            return
        self.result.setStyleSheet("color: #b00020; font-weight: bold;")
        self.result.setText(self.tr(
            "The history was rewritten after “{source}” was made: from record {at} on, the "
            "log no longer holds what it held then ({old} records then, {new} now)."
        ).format(source=source, at=result.differs_at, old=result.anchor_count,
                 new=result.live_count))

    def _finding_text(self, f: Finding) -> str:
        texts = {
            "content": self.tr("record No. {id} was changed, forged or recomputed"),
            "link": self.tr("a record just before No. {id} was deleted or inserted"),
            "unreadable": self.tr("record No. {id} is damaged and cannot be read"),
            "tail": self.tr("the newest records were deleted"),
            "rolled_back": self.tr(
                "the log is shorter than this PC wrote it: records were cut off"),
            "case": self.tr("case {case} differs from what its log says"),
            "unlogged_case": self.tr("case {case} is not in the log (added outside Kense)"),
            "applicant": self.tr("the personal data of applicant #{applicant} differ from "
                                 "the log"),
            "snapshot": self.tr("the signed result of case {case} was changed"),
            "unlogged_snapshot": self.tr("a signed result of case {case} is not in the log"),
            "snapshot_missing": self.tr("a signed result was deleted"),
        }
        text = texts.get(f.problem, f.problem)
        return text.format(id=f.record_id, case=f.case_number or f"#{f.case_id}",
                           applicant=f.applicant_id)

    def _render_report(self) -> None:
        report = self.report
        if report is None:
            self.result.setText(self.tr(
                "“Verify the log” checks, with the office key kept outside the database, that "
                "no record was changed, inserted or deleted, that every case, person and signed "
                "result still holds what its log says, and that the log still reaches as far "
                "as this PC wrote it. A rewrite by someone holding the office key is found only "
                "by comparing with a backup or a printed journal made before it."
            ))
            self.result.setStyleSheet("")
            return
        if report.key_missing:
            self.result.setStyleSheet("color: #b00020; font-weight: bold;")
            self.result.setText(self.tr(
                "The log cannot be checked on this PC: it does not have the office key. "
                "Restart Kense on this PC: it asks for the key from the recovery sheet."))
            return
        if report.ok:
            self.result.setStyleSheet("color: #1b5e20; font-weight: bold;")
            self.result.setText(self.tr(
                "OK: the audit log is intact ({count} records, {cases} cases and {results} "
                "signed results checked)."
            ).format(count=report.checked, cases=report.cases, results=report.snapshots))
            return
        self.result.setStyleSheet("color: #b00020; font-weight: bold;")
        lines = [self._finding_text(f) for f in report.findings[:12]]
        if len(report.findings) > 12 or report.truncated:
            lines.append(self.tr("… and more"))
        self.result.setText(self.tr("The records were tampered with:") + "\n• "
                            + "\n• ".join(lines))
