"""The blanks for the admin (Admin → Blanks) and the head (Tools): the stock by kind and series
now, and over a period the stock report as PDF or Excel and the write-off act of the blanks
spoiled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accounts.session import Session
from desktop.services.blanks import period_report
from desktop.services.blanks import stock as blanks
from desktop.services.reference import now
from desktop.ui import i18n
from desktop.ui.code_names import blank_kind_name
from desktop.ui.messages import show_error, show_info
from desktop.ui.record_table import Column, RecordTableModel, record_table
from desktop.ui.retranslate import Retranslating
from desktop.ui.widgets import fit_to_screen

DATE_FORMAT = "dd.MM.yyyy"
# The stock's columns, translated where they were first written (Admin → Blanks).
_STOCK_HEADINGS = (
    QT_TRANSLATE_NOOP("BlanksPage", "Kind of blank"), QT_TRANSLATE_NOOP("BlanksPage", "Series"),
    QT_TRANSLATE_NOOP("BlanksPage", "In stock"), QT_TRANSLATE_NOOP("BlanksPage", "Used"),
    QT_TRANSLATE_NOOP("BlanksPage", "Spoiled"), QT_TRANSLATE_NOOP("BlanksPage", "Lost"),
    QT_TRANSLATE_NOOP("BlanksPage", "Next to be used"),
)
_STOCK_VALUES = (
    lambda r: blank_kind_name(r.kind), lambda r: r.series, lambda r: str(r.in_stock),
    lambda r: str(r.used), lambda r: str(r.spoiled), lambda r: str(r.lost),
    lambda r: r.next_number or "—",
)


def stock_model(parent: QWidget) -> RecordTableModel:
    """The stock by kind and series: what is in stock, used, spoiled, lost, and the next blank
    a signing takes (StockLine records)."""
    return RecordTableModel(
        [Column(lambda h=heading: QCoreApplication.translate("BlanksPage", h), value)
         for heading, value in zip(_STOCK_HEADINGS, _STOCK_VALUES, strict=True)], parent)


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


class BlankReportsPanel(Retranslating, QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        today = now().date()
        self.date_from = date_edit(today.replace(day=1))
        self.date_to = date_edit(today)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.report_button = QPushButton()
        self.xlsx_button = QPushButton()
        self.act_button = QPushButton()
        row = QHBoxLayout(self)
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to):
            row.addWidget(widget)
        row.addStretch()
        for widget in (self.report_button, self.xlsx_button, self.act_button):
            row.addWidget(widget)
        self.report_button.clicked.connect(self.print_report)
        self.xlsx_button.clicked.connect(self.save_xlsx)
        self.act_button.clicked.connect(self.print_act)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Reports for a period"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.report_button.setText(self.tr("Stock report…"))
        self.xlsx_button.setText(self.tr("Stock report to Excel…"))
        self.act_button.setText(self.tr("Write-off act of spoiled blanks…"))

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def print_act(self) -> None:
        from desktop.forms.blank_write_off import render_write_off_act
        from desktop.ui import printing

        printing.preview(self, lambda: render_write_off_act(
            period_report.write_off_act(self.session, *self.period()),
            i18n.current_language()), self.tr("Write-off act of spoiled blanks"))

    def print_report(self) -> None:
        from desktop.forms.blank_stock import render_blank_stock
        from desktop.ui import printing

        printing.preview(self, lambda: render_blank_stock(
            period_report.stock_report(self.session, *self.period()),
            i18n.current_language()), self.tr("Blank stock report"))

    def save_xlsx(self) -> None:
        from desktop.forms.blank_stock_xlsx import render_blank_stock_xlsx

        first, last = self.period()
        suggested = f"blanks-{first.isoformat()}-{last.isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Stock report to Excel"),
                                              suggested, self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        target = Path(path).with_suffix(".xlsx")
        try:
            data = render_blank_stock_xlsx(
                period_report.stock_report(self.session, first, last), i18n.current_language())
            target.write_bytes(data)
        except Exception as exc:
            show_error(self, exc)
            return
        show_info(self, self.tr("Stock report to Excel"),
                  self.tr("Saved: {path}").format(path=str(target)))


class BlankReportsDialog(Retranslating, QDialog):
    """The head's view of the blanks (Tools → Strict-accountability blanks…): the stock now,
    and the same period reports as the admin's page."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stock_label = QLabel(self)
        self.stock_model = stock_model(self)
        self.stock_table = record_table(self.stock_model, "head_blank_stock")
        self.panel = BlankReportsPanel(session, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stock_label)
        layout.addWidget(self.stock_table, 1)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.refresh()
        fit_to_screen(self, 1000, 520)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Strict-accountability blanks"))
        self.stock_label.setText(self.tr("In stock now, by kind and series:"))
        self.stock_model.retranslate()

    def refresh(self) -> None:
        try:
            self.stock_model.set_records(blanks.stock(self.session))
        except Exception as exc:
            show_error(self, exc)
