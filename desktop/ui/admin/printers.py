"""Calibrating printers for duplicate blanks: print the test sheet, measure, save the shift."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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

from desktop.domain.printables import CalibrationData
from desktop.forms.blank_layout import duplicate_blank_layout
from desktop.forms.calibration import MARK_A, new_offsets, render_calibration
from desktop.services.accounts.session import Session
from desktop.services.blanks import printer_offsets
from desktop.ui import i18n
from desktop.ui.messages import show_error, show_info
from desktop.ui.pdf_view import PdfPreviewDialog
from desktop.ui.retranslate import Retranslating


def _distance_box(expected: float) -> QDoubleSpinBox:
    """A measured distance of mark A from an edge, in mm; it starts at the layout's value."""
    box = QDoubleSpinBox()
    box.setRange(0.0, expected + printer_offsets.LIMIT_MM + 20.0)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setValue(expected)
    return box


def _mm(value: float) -> str:
    return f"{value:+.1f}".replace(".", ",")


class PrintersPage(Retranslating, QWidget):
    """The admin prints the test sheet with the correction in use, measures where mark A
    landed, and Kense computes the new correction (calibration.new_offsets)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.applied = (0.0, 0.0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.printer = QComboBox()
        self.printer.setEditable(True)
        self.current = QLabel()
        self.measured_x = _distance_box(MARK_A[0])
        self.measured_y = _distance_box(MARK_A[1])
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.printer_label, self.x_label, self.y_label = QLabel(), QLabel(), QLabel()
        self.current_label, self.result_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.printer_label, self.printer)
        form.addRow(self.current_label, self.current)
        form.addRow(self.x_label, self.measured_x)
        form.addRow(self.y_label, self.measured_y)
        form.addRow(self.result_label, self.result)
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
        self.measured_x.valueChanged.connect(self._show_result)
        self.measured_y.valueChanged.connect(self._show_result)
        self.refresh()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        layout = duplicate_blank_layout()
        self.intro.setText(self.tr(
            "Duplicates are printed onto pre-printed blanks, and each printer shifts the page a "
            "little. Print the test sheet on plain paper of the blank's size ({width} × {height} "
            "mm), fed from the same tray as the blanks, without scaling. Measure how far the "
            "centre of mark A is from the sheet's left edge and from its top edge, and enter "
            "those two distances: Kense computes the correction itself, adding it to the one "
            "already in use. Then print the sheet again: mark A should be {x} mm from the left "
            "and {y} mm from the top.").format(
                width=f"{layout.width_mm:g}", height=f"{layout.height_mm:g}",
                x=f"{MARK_A[0]:g}", y=f"{MARK_A[1]:g}"))
        self.printer_label.setText(self.tr("Printer"))
        self.current_label.setText(self.tr("Correction in use"))
        self.x_label.setText(self.tr("Mark A from the left edge, mm"))
        self.y_label.setText(self.tr("Mark A from the top edge, mm"))
        self.result_label.setText(self.tr("New correction"))
        self.test_button.setText(self.tr("Print the test sheet…"))
        self.save_button.setText(self.tr("Save the new correction"))
        self._show_result()

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
        """The correction saved for this printer is the one the test sheet is printed with."""
        self.applied = printer_offsets.offsets_for(name) if name else (0.0, 0.0)
        self.measured_x.setValue(MARK_A[0])
        self.measured_y.setValue(MARK_A[1])
        self._show_result()

    def correction(self) -> tuple[float, float]:
        return new_offsets(self.applied, (self.measured_x.value(), self.measured_y.value()))

    def _show_result(self) -> None:
        x, y = self.applied
        self.current.setText(self.tr("X {x} mm, Y {y} mm").format(x=_mm(x), y=_mm(y)))
        nx, ny = self.correction()
        self.result.setText(self.tr(
            "X {x} mm, Y {y} mm (right and down are positive)").format(x=_mm(nx), y=_mm(ny)))
        limit = printer_offsets.LIMIT_MM
        self.save_button.setEnabled(abs(nx) <= limit and abs(ny) <= limit)

    def print_test_sheet(self) -> None:
        layout = duplicate_blank_layout()
        data = CalibrationData(self.printer.currentText(), *self.applied,
                               page_mm=(layout.width_mm, layout.height_mm),
                               page_name=settings_page_name())
        try:
            pdf = render_calibration(data, i18n.current_language())
        except Exception as exc:
            show_error(self, exc)
            return
        PdfPreviewDialog(pdf, self.tr("Printer test sheet"), self).exec()

    def save(self) -> None:
        x, y = self.correction()
        try:
            printer_offsets.set_offsets(self.session, self.printer.currentText(), x, y)
        except Exception as exc:
            show_error(self, exc)
            return
        self._show_saved(self.printer.currentText())
        show_info(self, self.tr("Printer"), self.tr(
            "The new correction is saved for this printer. Print the test sheet again to "
            "check it."))


def settings_page_name() -> str:
    """This page as the menus name it ("Administration → Blank printing"): the test sheet's
    instructions send the admin here by the words on the screen."""
    translate = QCoreApplication.translate
    menu = translate("MainWindow", "&Administration").replace("&", "")
    return f"{menu} → {translate('MainWindow', 'Blank printing')}"
