"""Finding a student in the college's archive: by IIN, name (any spelling), group, years or
diploma number; the chosen student's record is shown before it is used."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_date
from desktop.services.accounts.session import Session
from desktop.services.archive import finding
from desktop.services.archive.finding import ArchiveQuery, ArchiveRecord, ArchiveRow
from desktop.ui import i18n
from desktop.ui.messages import show_error
from desktop.ui.record_table import Column, RecordTableModel, record_table, selected_record
from desktop.ui.retranslate import Retranslating
from desktop.ui.widgets import fit_to_screen

FIRST_YEAR = 1930
TYPING_PAUSE_MS = 250


def _year(spin: QSpinBox) -> int | None:
    return None if spin.value() == spin.minimum() else spin.value()


class ArchiveSearchDialog(Retranslating, QDialog):
    """`chosen` holds the student picked (an ArchiveRow) after Accept; with `browse`, the
    dialog only shows (one Close button)."""

    def __init__(self, session: Session, text: str = "", parent: QWidget | None = None, *,
                 browse: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("archive_search")
        self.session = session
        self.chosen: ArchiveRow | None = None
        self.text = QLineEdit(self)
        self.text.setObjectName("archive_text")
        self.text.setText(text)
        self.text.setCursorPosition(0)
        self.group = QLineEdit(self)
        self.group.setObjectName("archive_group")
        self.year_from = self._year_spin()
        self.year_to = self._year_spin()
        self.caption = {name: QLabel(self) for name in ("text", "group", "years")}
        self.model = RecordTableModel([
            Column(lambda: self.tr("Full name"), lambda r: r.full_name),
            Column(lambda: self.tr("IIN"), lambda r: r.iin),
            Column(lambda: self.tr("Date of birth"), lambda r: format_date(r.birth_date)),
            Column(lambda: self.tr("Group"), lambda r: r.group_name),
            Column(lambda: self.tr("Years"), lambda r: "–".join(
                str(y) for y in (r.year_admitted, r.year_graduated) if y)),
            Column(lambda: self.tr("Diploma"),
                   lambda r: " ".join(p for p in (r.diploma_series, r.diploma_number) if p)),
        ], self)
        self.table = record_table(self.model, "archive_results")
        self.table.selectionModel().selectionChanged.connect(self._show_record)
        if not browse:
            self.table.doubleClicked.connect(self.accept)
        self.details = QLabel(self)
        self.details.setObjectName("archive_details")
        self.details.setWordWrap(True)
        self.count = QLabel(self)
        self.browse = browse
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close if browse else
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        fields = QHBoxLayout()
        for name, widgets in (("text", (self.text,)), ("group", (self.group,)),
                              ("years", (self.year_from, self.year_to))):
            fields.addWidget(self.caption[name])
            for widget in widgets:
                fields.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search)
        for edit in (self.text, self.group):
            edit.textChanged.connect(self._timer.start)
        for spin in (self.year_from, self.year_to):
            spin.valueChanged.connect(self._timer.start)
        fit_to_screen(self, 900, 560)
        self.retranslateUi()
        self.search()

    def _year_spin(self) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(FIRST_YEAR - 1, 2100)
        spin.setSpecialValueText(" ")
        spin.setValue(FIRST_YEAR - 1)
        return spin

    def query(self) -> ArchiveQuery:
        return ArchiveQuery(text=self.text.text(), group=self.group.text(),
                            year_from=_year(self.year_from), year_to=_year(self.year_to))

    def search(self) -> None:
        try:
            rows = finding.search_archive(self.session, self.query())
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_records(rows)
        self.count.setText(self.tr("Found: {count}").format(count=len(rows)) if len(rows) <
                           finding.LIMIT else self.tr(
            "The first {count} found are shown: narrow the search.").format(count=len(rows)))
        if rows:
            self.table.selectRow(0)
        self._show_record()

    def _show_record(self, *_args) -> None:
        row = selected_record(self.table)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(row is not None)
        if row is None:
            self.details.setText("")
            return
        try:
            record = finding.archive_record(self.session, row.id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.details.setText(self.record_text(record))

    def record_text(self, r: ArchiveRecord) -> str:
        lines = [r.row.full_name]
        if len(r.spellings) > 1:
            lines.append(self.tr("Also written: {names}").format(
                names="; ".join(s for s in r.spellings if s != r.row.full_name)))
        kk = i18n.current_language() == "kk"

        def pick(kk_text: str, ru_text: str) -> str:
            return (kk_text or ru_text) if kk else (ru_text or kk_text)

        specialty = " ".join(p for p in (r.row.specialty_code,
                                         pick(r.specialty_kk, r.specialty_ru)) if p)
        if specialty:
            lines.append(self.tr("Specialty: {text}").format(text=specialty))
        qualification = " ".join(p for p in (r.qualification_code,
                                             pick(r.qualification_kk, r.qualification_ru)) if p)
        if qualification:
            lines.append(self.tr("Qualification: {text}").format(text=qualification))
        if r.row.diploma_number:
            diploma = " ".join(p for p in (r.row.diploma_series, r.row.diploma_number) if p)
            lines.append(self.tr("Diploma: {diploma}").format(diploma=diploma) + (
                ", " + format_date(r.diploma_date) if r.diploma_date else ""))
        lines.append(self.tr("Grades in the archive: {count}").format(count=len(r.grades)))
        return "\n".join(lines)

    def accept(self) -> None:
        self.chosen = selected_record(self.table)
        if self.chosen is not None:
            super().accept()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("The college's archive"))
        self.caption["text"].setText(self.tr("IIN, name or diploma No.:"))
        self.caption["group"].setText(self.tr("Group:"))
        self.caption["years"].setText(self.tr("Graduated, from – to:"))
        self.model.retranslate()
