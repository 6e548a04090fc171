"""The admin calibrates a printer for duplicate blanks: measures mark A, Kense computes."""

from PySide6.QtWidgets import QMessageBox

from desktop.services.blanks import printer_offsets
from desktop.ui.admin import printers
from desktop.ui.admin.printers import PrintersPage


def test_admin_enters_what_was_measured_and_kense_computes_the_correction(
        qtbot, staff, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.StandardButton.Ok)
    shown = []
    monkeypatch.setattr(printers.PdfPreviewDialog, "exec",
                        lambda self: shown.append(self.windowTitle()) or 0)
    page = PrintersPage(staff["admin"])
    qtbot.addWidget(page)
    page.printer.setEditText("Kyocera FS-1040")
    page.print_test_sheet()
    assert shown
    # The printer shifts right by 1.5 mm and down by 0.5 mm: mark A at 21.5 and 20.5 mm.
    page.measured_x.setValue(21.5)
    page.measured_y.setValue(20.5)
    assert "-1,5" in page.result.text() and "-0,5" in page.result.text()
    page.save()
    assert printer_offsets.offsets_for("Kyocera FS-1040") == (-1.5, -0.5)
    # Second pass, printed with the correction: A lands at 20 and 20; nothing changes.
    assert page.applied == (-1.5, -0.5)
    page.measured_x.setValue(20.0)
    page.measured_y.setValue(20.0)
    page.save()
    assert printer_offsets.offsets_for("Kyocera FS-1040") == (-1.5, -0.5)
    page.refresh()
    page.printer.setCurrentText("Kyocera FS-1040")
    assert page.applied == (-1.5, -0.5)


def test_the_test_sheet_sends_the_admin_to_this_page_by_its_name_and_has_no_scale(
        qtbot, staff, monkeypatch):
    import re

    from desktop.ui import i18n
    from support.pdf_inspect import all_text

    i18n.install("kk")
    sheets = []
    real = printers.render_calibration
    monkeypatch.setattr(printers, "render_calibration",
                        lambda data, lang: sheets.append(real(data, lang)) or sheets[-1])
    monkeypatch.setattr(printers.PdfPreviewDialog, "exec", lambda self: 0)
    page = PrintersPage(staff["admin"])
    qtbot.addWidget(page)
    page.print_test_sheet()
    text = " ".join(all_text(sheets[0]).split())
    # The menu's own words (MainWindow: "&Administration" → "Blank printing"), not «Принтерлер».
    assert "«Әкімшілік → Бланкіге басып шығару» бетіне" in text
    assert "Принтерлер" not in text and "лоток" not in text
    # No printed scale to read mark A off (it would move with the printer's shift): the only
    # numbers on the sheet are the marks' places and the paper's size, none a ruler's 30…90.
    assert not {"30", "40", "50", "60", "70", "80", "90"} & set(re.findall(r"\b\d+\b", text))
