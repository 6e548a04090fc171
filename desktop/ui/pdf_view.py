"""Preview, print and save a form's PDF.

Printing renders each page into the printer's painter, full page, on A4, at no more than
300 dpi, so an official form comes out 1:1: the printer driver's "fit to page" would shrink
it, and positions on a pre-printed blank would miss.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.results.reading import SAVED_AS_FILE
from desktop.ui.retranslate import Retranslating
from desktop.ui.widgets import fit_to_screen

MAX_PRINT_DPI = 300


def load_pdf(pdf_bytes: bytes, parent=None) -> QPdfDocument:
    """A QPdfDocument read from bytes. The buffer holds its own copy and is the document's
    child, so the document stays readable for as long as it lives."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError(f"not a readable PDF: {document.error()}")
    return document


def _page_image(document: QPdfDocument, page: int, dpi: int) -> QImage:
    size_pt = document.pagePointSize(page)
    pixels = QSize(round(size_pt.width() / 72 * dpi), round(size_pt.height() / 72 * dpi))
    rendered = document.render(page, pixels)
    # The page renders on a transparent background: lay it on white paper, in grey levels
    # (a third of the spool size of colour, and forms are black and white).
    paper = QImage(pixels, QImage.Format.Format_Grayscale8)
    paper.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return paper


def paper_size(document: QPdfDocument) -> QPageSize:
    """The paper of the PDF's first page: A4 for the forms, the blank's size for a blank."""
    size = document.pagePointSize(0)
    points = QSize(round(min(size.width(), size.height())),
                   round(max(size.width(), size.height())))
    return QPageSize(points, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def print_pdf(pdf_bytes: bytes, printer: QPrinter) -> None:
    """Print every page 1:1 on the PDF's paper (A4 for the forms); the orientation follows
    the first page."""
    document = load_pdf(pdf_bytes)
    count = document.pageCount()
    if count == 0:
        raise ValueError("the PDF has no pages")
    first = document.pagePointSize(0)
    orientation = (QPageLayout.Orientation.Landscape if first.width() > first.height()
                   else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setPageSize(paper_size(document))
    printer.setPageOrientation(orientation)
    dpi = min(MAX_PRINT_DPI, printer.resolution())
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        device_dpi = printer.resolution()
        for page in range(count):
            if page:
                printer.newPage()
            size_pt = document.pagePointSize(page)
            # With a full page, (0, 0) is the paper's corner: draw the page at its real size.
            target = QRectF(0, 0, size_pt.width() / 72 * device_dpi,
                            size_pt.height() / 72 * device_dpi)
            painter.drawImage(target, _page_image(document, page, dpi))
    finally:
        painter.end()


def save_pdf(pdf_bytes: bytes, path: str | os.PathLike) -> None:
    """Write the file whole or not at all (a half-written official form is worse than none)."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".kense-", suffix=".pdf", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pdf_bytes)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class PdfPreviewDialog(Retranslating, QDialog):
    def __init__(self, pdf_bytes: bytes, title: str, parent: QWidget | None = None,
                 output: Callable[[str], bytes] | None = None) -> None:
        super().__init__(parent)
        self.pdf_bytes = pdf_bytes
        # For an issued result: counts the print and gives the bytes to print (a copy is
        # marked); called with the printer's name, or "PDF: <file>" when saved.
        self.output = output
        self.setWindowTitle(title)
        self.document = load_pdf(pdf_bytes, self)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 980)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.print_button.setText(self.tr("Print…"))
        if self.output is None:
            self.save_button.setText(self.tr("Save as PDF…"))
        else:
            # An issued result: a file is not the paper original, and says so before the click.
            self.save_button.setText(self.tr("Save a copy as PDF…"))
            self.save_button.setToolTip(self.tr(
                "The file is marked as a copy; the first paper print stays the original."))
        self.close_button.setText(self.tr("Close"))

    def _bytes_for(self, target: str) -> bytes:
        return self.output(target) if self.output is not None else self.pdf_bytes

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setPageSize(paper_size(self.document))
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self._bytes_for(printer.printerName()), printer)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Printing failed"), str(exc))

    def save_document(self) -> None:
        suggested = re.sub(r'[\\/:*?"<>|]+', "_", self.windowTitle()) + ".pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            save_pdf(self._bytes_for(SAVED_AS_FILE + Path(path).name), path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Saving failed"), str(exc))
