"""Tools → Reports (the clerk and the head): the statistics of a period and a service, the cases
behind each figure, a chart by month, and the reports saved as Excel or PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import workflow
from desktop.domain.report_figures import FigureLine, Statistics, figure_lines
from desktop.forms.report_files import write_report
from desktop.forms.statistics import figure_label, figure_value, section_label
from desktop.forms.texts import texts
from desktop.services.accounts.session import Session
from desktop.services.cases import queries
from desktop.services.errors import PermissionDenied
from desktop.services.reference import catalogue, now
from desktop.services.reports import statistics
from desktop.services.reports.output import report_content
from desktop.services.reports.statistics import Period
from desktop.ui import messages
from desktop.ui.code_names import service_name
from desktop.ui.reports.chart import MonthChart
from desktop.ui.reports.figure_cases import FigureCasesDialog
from desktop.ui.retranslate import Retranslating
from desktop.ui.tasks import run_task, run_with_progress
from desktop.ui.widgets import fit_to_screen
from desktop.ui.workspaces.common import date_edit, ui_language

KEY_ROLE = Qt.ItemDataRole.UserRole
OPEN_OVERDUE = "open_overdue"  # the row of the cases in work past their due date
REPORT_CHOICES = ("statistics", "journal", "book")


class ReportsDialog(Retranslating, QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stats: Statistics | None = None
        self.open_overdue: list | None = None  # the cases in work past their due date, now
        self._asked = 0
        today = now().date()
        self.date_from = date_edit(self)
        self.date_from.setDate(QDate(today.replace(month=1, day=1)))
        self.date_to = date_edit(self)
        self.date_to.setDate(QDate(today))
        self.service = QComboBox(self)
        self.service.setObjectName("service")
        self.show_button = QPushButton(self)
        self.show_button.setDefault(True)
        self.from_label, self.to_label, self.service_label = (QLabel(self), QLabel(self),
                                                              QLabel(self))
        top = QHBoxLayout()
        for label, field in ((self.from_label, self.date_from), (self.to_label, self.date_to),
                             (self.service_label, self.service)):
            top.addWidget(label)
            top.addWidget(field)
        top.addWidget(self.show_button)
        top.addStretch(1)

        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("figures")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.chart = MonthChart(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.hint)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.chart)
        split.setSizes([520, 480])

        self.report = QComboBox(self)
        self.report.setObjectName("report")
        self.report_label = QLabel(self)
        self.excel_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.close_button = QPushButton(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.report_label)
        bottom.addWidget(self.report)
        bottom.addWidget(self.excel_button)
        bottom.addWidget(self.pdf_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self.show_button.clicked.connect(self.refresh)
        self.table.itemActivated.connect(self._open_item)
        self.table.itemDoubleClicked.connect(self._open_item)
        self.excel_button.clicked.connect(lambda: self.save("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.close_button.clicked.connect(self.reject)
        self.retranslateUi()
        fit_to_screen(self, 1100, 640)
        self.refresh()

    # reading -------------------------------------------------------------------------------

    def period(self) -> Period:
        return Period(self.date_from.date().toPython(), self.date_to.date().toPython(),
                      self.service.currentData())

    def refresh(self) -> None:
        """Count the figures off the GUI thread: a year of a busy office is many cases."""
        period = self.period()
        self.show_button.setEnabled(False)
        # Only the newest request is shown: an older one may finish after it.
        self._asked += 1
        asked = self._asked

        def done(counted: tuple[Statistics, list | None]) -> None:
            if asked == self._asked:
                self.show_button.setEnabled(True)
                self.open_overdue = counted[1]
                self.show_statistics(counted[0])

        def failed(exc: BaseException) -> None:
            if asked == self._asked:
                self.show_button.setEnabled(True)
                messages.show_error(self, exc)

        def count() -> tuple[Statistics, list | None]:
            return (statistics.statistics(self.session, period),
                    _open_overdue(self.session, period.service))

        run_task(count, done, failed, self)

    def show_statistics(self, stats: Statistics) -> None:
        self.stats = stats
        self.chart.set_months(stats.months)
        self._fill_table()

    def _fill_table(self) -> None:
        t = texts(ui_language(self.session))
        self.table.setRowCount(0)
        if self.stats is None:
            return
        bold = QFont(self.table.font())
        bold.setBold(True)
        section = None
        for line in figure_lines(self.stats):
            if line.section != section:
                section = line.section
                row = self._add_row(section_label(t, section), "", None)
                for column in (0, 1):
                    self.table.item(row, column).setFont(bold)
            self._add_row("    " + figure_label(t, line), figure_value(line.value), line)
            if line.label == "late" and self.open_overdue is not None:
                # Beside the results signed late: the cases still in work past their due
                # moment now, which no figure of the period counts yet.
                row = self._add_row("    " + self.tr("Still in work past the due date, now"),
                                    str(len(self.open_overdue)), None)
                for column in (0, 1):
                    item = self.table.item(row, column)
                    item.setData(KEY_ROLE, OPEN_OVERDUE)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    def _add_row(self, label: str, value: str, line: FigureLine | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((label, value)):
            item = QTableWidgetItem(text)
            item.setData(KEY_ROLE, line.key if line else None)
            item.setData(KEY_ROLE + 1, figure_label(texts(ui_language(self.session)), line)
                         if line else "")
            if column == 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if line is None:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, column, item)
        return row

    def _open_item(self, item: QTableWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if key == OPEN_OVERDUE:
            dialog = FigureCasesDialog(self.session, self.tr("Still in work past the due date"),
                                       self.open_overdue or [], self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        elif key:
            self.open_figure(key, item.data(KEY_ROLE + 1))

    def open_figure(self, key: str, title: str = "") -> FigureCasesDialog | None:
        """The list of the cases behind a figure (read with a busy indicator)."""
        period = self.period()
        try:
            rows = run_with_progress(self, self.tr("Reading the cases…"),
                                     lambda: statistics.figure_cases(self.session, period, key))
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        dialog = FigureCasesDialog(self.session, title or key, rows, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # saving --------------------------------------------------------------------------------

    def save(self, fmt: str) -> Path | None:
        report = self.report.currentData()
        period = self.period()
        suggested = f"kense-{report}-{period.first:%Y%m%d}-{period.last:%Y%m%d}.{fmt}"
        pattern = self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" \
            else self.tr("PDF document (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), suggested,
                                              pattern)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        lang = ui_language(self.session)
        try:
            run_with_progress(self, self.tr("Writing the report…"),
                              lambda: _write(self.session, report, fmt, period, lang, path))
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        messages.show_info(self, self.tr("Save the report"),
                           self.tr("The report was saved:\n%1").replace("%1", str(path)))
        return path

    # language ------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Reports"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        self.service_label.setText(self.tr("Service"))
        self.show_button.setText(self.tr("Show"))
        chosen = self.service.currentData()
        self.service.clear()
        self.service.addItem(self.tr("All services"), None)
        for service in catalogue():
            self.service.addItem(service_name(service.code), service.code)
        self.service.setCurrentIndex(max(0, self.service.findData(chosen)))
        self.table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Value")])
        self.hint.setText(self.tr("Double-click a figure (or press Enter on it) to list the "
                                  "cases behind it."))
        self.report_label.setText(self.tr("Report"))
        picked = self.report.currentData()
        self.report.clear()
        names = {"statistics": self.tr("Statistics"),
                 "journal": self.tr("Registration journal"),
                 "book": self.tr("Book of issued duplicates")}
        for code in REPORT_CHOICES:
            self.report.addItem(names[code], code)
        self.report.setCurrentIndex(max(0, self.report.findData(picked)))
        self.excel_button.setText(self.tr("Save as Excel…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        self._fill_table()
        self.chart.update()


def _write(session: Session, report: str, fmt: str, period: Period, lang: str,
           path: Path) -> None:
    """Read through the use cases, written by the report's form (as `kense --report` does)."""
    content = report_content(session, report, period)
    write_report(report, fmt, content.data, lang, path, college=content.college,
                 printed_on=content.printed_on)


def _open_overdue(session: Session, service: str | None) -> list | None:
    """The cases this user may read still in work past their due moment (None if none may
    be read: the row is left out)."""
    try:
        return queries.every_case(session, queries.CaseFilter(
            service=service, states=tuple(sorted(workflow.IN_WORK_STATES)),
            overdue_only=True))
    except PermissionDenied:
        return None
