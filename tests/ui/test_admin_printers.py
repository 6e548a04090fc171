"""The admin calibrates a printer for duplicate blanks."""

from PySide6.QtWidgets import QMessageBox

from desktop.services import printer_offsets
from desktop.ui.admin import printers
from desktop.ui.admin.printers import PrintersPage


def test_admin_saves_a_printers_shift_and_prints_the_test_sheet(qtbot, staff, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.StandardButton.Ok)
    shown = []
    monkeypatch.setattr(printers.PdfPreviewDialog, "exec",
                        lambda self: shown.append(self.windowTitle()) or 0)
    page = PrintersPage(staff["admin"])
    qtbot.addWidget(page)
    page.printer.setEditText("Kyocera FS-1040")
    page.offset_x.setValue(1.5)
    page.offset_y.setValue(-0.5)
    page.print_test_sheet()
    assert shown
    page.save()
    assert printer_offsets.offsets_for("Kyocera FS-1040") == (1.5, -0.5)
    page.refresh()
    page.printer.setCurrentText("Kyocera FS-1040")
    assert page.offset_x.value() == 1.5
