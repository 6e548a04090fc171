"""The audit log: who did what and when, and a check that nobody altered the records."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_datetime
from desktop.logging_setup import mask_iins
from desktop.services.accounts.session import Session
from desktop.services.records import audit, chain_check
from desktop.services.records.audit import AuditEntry
from desktop.services.records.chain_check import ChainReport, Finding
from desktop.ui.code_names import (
    FIELDS,
    action_name,
    channel_name,
    document_name,
    field_name,
    language_name,
    result_name,
    role_name,
    service_name,
    state_name,
)
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


# The keys the use cases write most often; others are shown as recorded.
KEYS = {
    "user": QT_TRANSLATE_NOOP("AuditPage", "user"),
    "role": QT_TRANSLATE_NOOP("AuditPage", "role"),
    "full_name": QT_TRANSLATE_NOOP("AuditPage", "full name"),
    "active": QT_TRANSLATE_NOOP("AuditPage", "active"),
    "attempt": QT_TRANSLATE_NOOP("AuditPage", "attempt"),
    "until": QT_TRANSLATE_NOOP("AuditPage", "until"),
    "language": QT_TRANSLATE_NOOP("AuditPage", "language"),
    "college": QT_TRANSLATE_NOOP("AuditPage", "college"),
    "day": QT_TRANSLATE_NOOP("AuditPage", "day"),
    "working": QT_TRANSLATE_NOOP("AuditPage", "working day"),
    "note": QT_TRANSLATE_NOOP("AuditPage", "note"),
    "cases_moved": QT_TRANSLATE_NOOP("AuditPage", "deadlines moved"),
    "file": QT_TRANSLATE_NOOP("AuditPage", "file"),
    "saved_before": QT_TRANSLATE_NOOP("AuditPage", "saved before"),
    "reg_number": QT_TRANSLATE_NOOP("AuditPage", "reg. number"),
    "service": QT_TRANSLATE_NOOP("AuditPage", "service"),
    "channel": QT_TRANSLATE_NOOP("AuditPage", "channel"),
    "state": QT_TRANSLATE_NOOP("AuditPage", "state"),
    "executor_name": QT_TRANSLATE_NOOP("AuditPage", "executor"),
    "recipient": QT_TRANSLATE_NOOP("AuditPage", "recipient"),
    "transcript_rows": QT_TRANSLATE_NOOP("AuditPage", "transcript rows"),
    "book_number": QT_TRANSLATE_NOOP("AuditPage", "book number"),
    "server": QT_TRANSLATE_NOOP("AuditPage", "server"),
    "due_at": QT_TRANSLATE_NOOP("AuditPage", "due"),
    "event": QT_TRANSLATE_NOOP("AuditPage", "event"),
    "presented": QT_TRANSLATE_NOOP("AuditPage", "documents presented"),
    "missing": QT_TRANSLATE_NOOP("AuditPage", "documents missing"),
    "expired": QT_TRANSLATE_NOOP("AuditPage", "documents expired"),
    "signed_at": QT_TRANSLATE_NOOP("AuditPage", "signed"),
    "issued_at": QT_TRANSLATE_NOOP("AuditPage", "issued"),
    "issued_to": QT_TRANSLATE_NOOP("AuditPage", "issued to"),
    "issued_identity_document": QT_TRANSLATE_NOOP("AuditPage", "recipient's identity document"),
    "result_kind": QT_TRANSLATE_NOOP("AuditPage", "result"),
    "verification_code": QT_TRANSLATE_NOOP("AuditPage", "verification code"),
    "refusal_reason": QT_TRANSLATE_NOOP("AuditPage", "grounds for refusal"),
    "rework_comment": QT_TRANSLATE_NOOP("AuditPage", "comment for rework"),
    "printer": QT_TRANSLATE_NOOP("AuditPage", "printer"),
    "offsets": QT_TRANSLATE_NOOP("AuditPage", "offsets, mm"),
    "minutes": QT_TRANSLATE_NOOP("AuditPage", "minutes"),
    "snapshot": QT_TRANSLATE_NOOP("AuditPage", "fixed record No."),
    "copy": QT_TRANSLATE_NOOP("AuditPage", "copy"),
    "os_user": QT_TRANSLATE_NOOP("AuditPage", "Windows user"),
    "workstation": QT_TRANSLATE_NOOP("AuditPage", "PC"),
    "legacy_records": QT_TRANSLATE_NOOP("AuditPage", "records before the key"),
    "cases": QT_TRANSLATE_NOOP("AuditPage", "cases"),
    "applicants": QT_TRANSLATE_NOOP("AuditPage", "applicants"),
    "snapshots": QT_TRANSLATE_NOOP("AuditPage", "signed results"),
    "fields": QT_TRANSLATE_NOOP("AuditPage", "fields changed"),
}
# Hashes prove things to the check; to a person reading the log they are noise.
HIDDEN = {"snapshot_hash", "legacy_head"}
# Coded values the use cases record, by key.
VALUES = {
    "event": {
        "handed_over": QT_TRANSLATE_NOOP("AuditPage", "handed over to the State Corporation"),
        "returned": QT_TRANSLATE_NOOP("AuditPage", "returned by the State Corporation"),
        "requested": QT_TRANSLATE_NOOP("AuditPage", "requested by the State Corporation"),
    },
    "recipient": {
        "applicant": QT_TRANSLATE_NOOP("AuditPage", "the applicant"),
        "representative": QT_TRANSLATE_NOOP("AuditPage", "a representative"),
    },
    "document_kind": {
        "diploma": QT_TRANSLATE_NOOP("AuditPage", "diploma"),
        "appendix": QT_TRANSLATE_NOOP("AuditPage", "appendix to the diploma"),
    },
}
DOCUMENT_KEYS = ("presented", "missing", "expired")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$")


def _value(key: str, value) -> str:
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if value is None or value == "":
        return "—"
    if isinstance(value, list):
        return ", ".join(_value(key, v) for v in value)
    if key in DOCUMENT_KEYS:
        return document_name(str(value))
    if key == "fields":
        return field_name(str(value))
    if key == "service":
        return service_name(str(value))
    if key == "result_kind":
        return result_name(str(value))
    if str(value) in VALUES.get(key, {}):
        return QCoreApplication.translate("AuditPage", VALUES[key][str(value)])
    if key == "state":
        return state_name(str(value))
    if key == "role":
        return role_name(str(value))
    if key == "channel":
        return channel_name(str(value))
    if key == "language":
        return language_name(str(value))
    text = str(value)
    match = _ISO_DATE.match(text)
    if match:
        year, month, day, hour, minute = match.groups()
        text = f"{day}.{month}.{year}" + (f" {hour}:{minute}" if hour else "")
    return text


def _key_name(key: str) -> str:
    if key in KEYS:
        return QCoreApplication.translate("AuditPage", KEYS[key])
    if key in FIELDS:
        return field_name(key)
    return key


def details_text(changes: dict) -> str:
    """Compact, one line; an IIN is masked (the admin has no access to case content)."""
    parts = []
    for key, value in changes.items():
        if key == "executor" and "executor_name" in changes:
            continue  # an internal id beside the name it stands for
        if (key in DOCUMENT_KEYS and not value) or key in HIDDEN:
            continue
        if isinstance(value, dict):  # the digests taken under the key: say how many
            value = len(value)
        name = _key_name(key)
        if isinstance(value, list) and len(value) == 2 and key not in DOCUMENT_KEYS:
            text = f"{_value(key, value[0])} → {_value(key, value[1])}"
        else:
            text = _value(key, value)
        parts.append(f"{name}: {text}")
    return mask_iins("; ".join(parts))


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
            Column(lambda: self.tr("User"), lambda e: e.username),
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
        return details_text(entry.changes)

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
