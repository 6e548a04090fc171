"""The preview dialog shows every page; printing puts each page 1:1 on A4."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop.forms.samples import render_samples
from desktop.ui.pdf_view import PdfPreviewDialog, _page_image, load_pdf, print_pdf, save_pdf
from support.pdf_inspect import page_sizes_mm, reader


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    return render_samples("kk")


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_dialog_shows_every_page(qtbot, pdfs):
    pdf = pdfs["refusal_receipt"]
    dialog = PdfPreviewDialog(pdf, "Қолхат ТН-2026-0011")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.document.pageCount() == len(reader(pdf).pages) == 2
    assert dialog.view.document() is dialog.document
    assert dialog.windowTitle() == "Қолхат ТН-2026-0011"
    # Its buttons speak Kazakh or Russian: tests/ui/test_pdf_preview_language.py.


def test_dialog_refuses_bytes_that_are_not_a_pdf(qtbot):
    with pytest.raises(ValueError):
        PdfPreviewDialog(b"not a pdf", "x")


@pytest.mark.parametrize("form, pages, size", [
    ("certificate", 1, (210, 297)),
    ("duplicate", 2, (210, 297)),
    ("journal", 5, (297, 210)),
])
def test_print_is_full_a4_page_by_page(qtbot, tmp_path, pdfs, form, pages, size):
    out = tmp_path / f"{form}.pdf"
    print_pdf(pdfs[form], _pdf_printer(out))
    printed = out.read_bytes()
    assert len(reader(printed).pages) == len(reader(pdfs[form]).pages) == pages
    assert page_sizes_mm(printed) == [size] * pages


_INK = bytes(0 if value < 200 else 1 for value in range(256))


def _ink_box(pdf: bytes, dpi: int = 150, page: int = 0) -> tuple[float, ...]:
    """The extent of anything darker than light grey on a page, in millimetres."""
    image = _page_image(load_pdf(pdf), page, dpi)
    left, top, right, bottom = image.width(), None, -1, None
    for y in range(image.height()):
        row = bytes(image.constScanLine(y))[: image.width()].translate(_INK)
        first = row.find(0)
        if first < 0:
            continue
        top = y if top is None else top
        bottom = y
        left, right = min(left, first), max(right, row.rfind(0))
    return tuple(v / dpi * 25.4 for v in (left, top, right, bottom))


def test_printed_page_is_not_scaled(qtbot, tmp_path, pdfs):
    """The calibration sheet's marks reach close to every edge: printed, they must sit at the
    same points (a printer margin or 'fit to page' would move and shrink them)."""
    out = tmp_path / "calibration.pdf"
    print_pdf(pdfs["calibration"], _pdf_printer(out))
    original, printed = _ink_box(pdfs["calibration"]), _ink_box(out.read_bytes())
    assert all(abs(a - b) <= 0.5 for a, b in zip(original, printed, strict=True)), (
        original, printed)


def test_save_pdf_writes_the_same_bytes(tmp_path, pdfs):
    target = tmp_path / "анықтама.pdf"
    save_pdf(pdfs["certificate"], target)
    assert target.read_bytes() == pdfs["certificate"]
    assert [p.name for p in tmp_path.iterdir()] == ["анықтама.pdf"]


@pytest.mark.parametrize("form", ["receipt", "refusal_receipt", "certificate", "duplicate",
                                  "duplicate_blank", "motivated_refusal", "journal",
                                  "duplicates_book"])
def test_nothing_is_printed_within_10_mm_of_the_edge(pdfs, form):
    """Office printers cannot print at the very edge; a form that goes there loses text.
    (The calibration sheet alone reaches further, to show where the printer's limit is.)"""
    pdf = pdfs[form]
    for page in range(len(reader(pdf).pages)):
        width, height = page_sizes_mm(pdf)[page]
        left, top, right, bottom = _ink_box(pdf, page=page)
        assert min(left, top, width - right, height - bottom) >= 9.9, (form, page)
