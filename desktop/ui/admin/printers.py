"""Calibrating printers for duplicate blanks: print the test sheet, measure, save the shift."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.forms.calibration import render_calibration
from desktop.forms.data import CalibrationData
from desktop.services import printer_offsets
from desktop.services.session import Session
from desktop.ui import i18n
from desktop.ui.messages import show_error, show_info
from desktop.ui.pdf_view import PdfPreviewDialog


def _offset_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-printer_offsets.LIMIT_MM, printer_offsets.LIMIT_MM)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    return box


class PrintersPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.printer = QComboBox()
        self.printer.setEditable(True)
        self.offset_x = _offset_box()
        self.offset_y = _offset_box()
        self.printer_label, self.x_label, self.y_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.printer_label, self.printer)
        form.addRow(self.x_label, self.offset_x)
        form.addRow(self.y_label, self.offset_y)
        self.test_button = QPushButton()
        self.save_button = QPushButton()
        self.test_button.clicked.connect(self.print_test_sheet)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch()
        self.printer.currentTextChanged.connect(self._show_saved)
        self.refresh()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "Duplicates can be printed onto pre-printed blanks. Each printer shifts the page a "
            "little: print the test sheet on plain paper, measure how far the cross marks are "
            "from where the sheet says they should be, and enter that shift here (right and "
            "down are positive)."))
        self.printer_label.setText(self.tr("Printer"))
        self.x_label.setText(self.tr("Shift to the right, mm"))
        self.y_label.setText(self.tr("Shift down, mm"))
        self.test_button.setText(self.tr("Print the test sheet…"))
        self.save_button.setText(self.tr("Save the shift"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def refresh(self) -> None:
        current = self.printer.currentText()
        names = list(QPrinterInfo.availablePrinterNames())
        try:
            names += [n for n in printer_offsets.all_offsets(self.session) if n not in names]
        except Exception as exc:
            show_error(self, exc)
        self.printer.blockSignals(True)
        self.printer.clear()
        self.printer.addItems(names)
        default = current or QPrinterInfo.defaultPrinterName()
        if default:
            self.printer.setCurrentText(default)
        self.printer.blockSignals(False)
        self._show_saved(self.printer.currentText())

    def _show_saved(self, name: str) -> None:
        x, y = printer_offsets.offsets_for(name) if name else (0.0, 0.0)
        self.offset_x.setValue(x)
        self.offset_y.setValue(y)

    def print_test_sheet(self) -> None:
        data = CalibrationData(self.printer.currentText(), self.offset_x.value(),
                               self.offset_y.value())
        try:
            pdf = render_calibration(data, i18n.current_language())
        except Exception as exc:
            show_error(self, exc)
            return
        PdfPreviewDialog(pdf, self.tr("Printer test sheet"), self).exec()

    def save(self) -> None:
        try:
            printer_offsets.set_offsets(self.session, self.printer.currentText(),
                                        self.offset_x.value(), self.offset_y.value())
        except Exception as exc:
            show_error(self, exc)
            return
        show_info(self, self.tr("Printer"), self.tr("The shift is saved for this printer."))
