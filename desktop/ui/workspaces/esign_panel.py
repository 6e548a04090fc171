"""The electronic signature of a case's result: what is known of it beside the case, the head's
signing through NCALayer, saving the signed files, and checking them again."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accounts.session import Session
from desktop.services.cases.queries import CaseDetail
from desktop.services.esign import signing as esign
from desktop.ui import esign_report, messages, printing
from desktop.ui.retranslate import Retranslating
from desktop.ui.tasks import run_task
from desktop.ui.workspaces.common import attempt

translate = QCoreApplication.translate


def ncalayer_answers() -> bool:
    from desktop.services.esign import ncalayer

    return ncalayer.is_running()


def ncalayer_missing() -> Exception:
    from desktop.services.esign.ncalayer import NcaLayerError

    return NcaLayerError("ncalayer_not_running", "nothing answers on NCALayer's port")


def sign_through_ncalayer(parent: QWidget, session: Session,
                          prepare: Callable[[], esign.PreparedSigning],
                          keep: Callable[[esign.PreparedSigning, bytes, bytes], object]) -> None:
    """Prepare the result, render its PDF, let the head sign it in NCALayer's window (off the
    GUI thread: it may take minutes), then `keep(prepared, pdf, cms)`, which checks and saves."""
    prepared = attempt(parent, prepare)
    if prepared is None:
        return
    pdf = printing.electronic_pdf(prepared.content)
    wait = QProgressDialog(translate("EsignPanel", "Sign the document in NCALayer's window…"),
                           translate("EsignPanel", "Stop waiting"), 0, 0, parent)
    wait.setWindowTitle(translate("EsignPanel", "Electronic signature"))
    wait.setWindowModality(Qt.WindowModality.WindowModal)
    wait.setMinimumDuration(0)
    stopped = []
    wait.canceled.connect(lambda: stopped.append(True))
    wait.show()

    def call() -> bytes:
        from desktop.services.esign import ncalayer

        return ncalayer.sign_cms(pdf, bin=prepared.college_bin, locale=session.language)

    def done(cms: bytes) -> None:
        wait.reset()
        if not stopped:
            keep(prepared, pdf, cms)

    def failed(exc: BaseException) -> None:
        wait.reset()
        if not stopped:
            messages.show_error(parent, exc)

    run_task(call, done, failed, parent)


class EsignPanel(Retranslating, QWidget):
    """Shown beside a case once its result is signed."""

    changed = Signal(int)  # a case whose result was just signed electronically

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.detail: CaseDetail | None = None
        self.stored: esign.StoredSignature | None = None
        self.ncalayer_here = False
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.sign_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.check_button = QPushButton(self)
        row = QHBoxLayout()
        for button in (self.sign_button, self.save_button, self.check_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.sign_button.clicked.connect(self.sign_fixed)
        self.save_button.clicked.connect(self.save_files)
        self.check_button.clicked.connect(self.check)
        self.retranslateUi()
        self.set_case(None)

    def retranslateUi(self) -> None:
        self.sign_button.setText(self.tr("Sign electronically…"))
        self.sign_button.setToolTip(self.tr(
            "Sign this signed result with your key through NCALayer as well"))
        self.save_button.setText(self.tr("Save the signed files…"))
        self.check_button.setText(self.tr("Check the signature"))
        self._show()

    def set_case(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        self.stored = None
        self.ncalayer_here = False
        if detail is not None and detail.signed_at is not None:
            self.stored = attempt(self, lambda: esign.signature_of(self.session, detail.id))
            # Asked only where signing could be offered: the head, a result not yet signed
            # electronically (a refused connection on this PC answers at once).
            if self._could_sign():
                self.ncalayer_here = ncalayer_answers()
        self._show()

    def _could_sign(self) -> bool:
        return (self.session.role == esign.SIGNER and self.detail is not None
                and esign.offers_electronic(self.detail.service)
                and (self.stored is None or not self.stored.current))

    def _show(self) -> None:
        d = self.detail
        signed = d is not None and d.signed_at is not None
        self.setVisible(signed)
        if not signed:
            return
        if self.stored is None and not esign.offers_electronic(d.service):
            self.status.setText(self.tr("This result is given on paper only: the law has no "
                                        "electronic form of it."))
        elif self.stored is None:
            text = self.tr("Not signed electronically.")
            if self._could_sign() and not self.ncalayer_here:
                text += " " + self.tr("To sign it with your key, start NCALayer on this "
                                      "computer and open the case again.")
            self.status.setText(text)
        else:
            facts = self.stored.signer
            text = self.tr("Signed electronically by {name} (IIN {iin}) on {date}.").format(
                name=facts.get("common_name", ""), iin=facts.get("iin") or "—",
                date=esign_report.date_text(self.stored.signed_at))
            if not self.stored.current:
                text += " " + self.tr("The result was fixed again since: the signature is of "
                                      "its earlier version.")
            self.status.setText(text)
        self.sign_button.setVisible(self._could_sign() and self.ncalayer_here)
        self.save_button.setVisible(self.stored is not None)
        self.check_button.setVisible(self.stored is not None)

    def sign_fixed(self) -> None:
        d = self.detail
        if d is None:
            return
        if not ncalayer_answers():
            messages.show_error(self, ncalayer_missing())
            return

        def keep(prepared, pdf, cms) -> None:
            if attempt(self, lambda: esign.sign_electronically(self.session, prepared, pdf,
                                                               cms)) is not None:
                self.changed.emit(d.id)

        sign_through_ncalayer(self, self.session,
                              lambda: esign.prepare_fixed(self.session, d.id), keep)

    def save_files(self) -> None:
        d = self.detail
        if d is None or self.stored is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the signed files"))
        if not folder:
            return
        files = attempt(self, lambda: esign.signed_files(self.session, d.id))
        if files is None:
            return
        written = write_signed_files(Path(folder), files.stem, files.pdf, files.cms)
        QMessageBox.information(self, self.tr("Signed files saved"), self.tr(
            "Saved:\n{files}\n\nGive the applicant, the State Corporation or the portal the PDF "
            "with its .cms file (or the .zip of both). The signature can be checked with "
            "NCALayer, ezsigner.kz or Kense.").format(
            files="\n".join(str(p) for p in written)))

    def check(self) -> None:
        d = self.detail
        if d is None or self.stored is None:
            return
        checked = attempt(self, lambda: esign.check_stored(self.session, d.id))
        if checked is None:
            return
        report, intact = checked
        show_report(self, esign_report.report_html(report, self.stored.signed_at,
                                                   files_intact=intact))


def write_signed_files(folder: Path, stem: str, pdf: bytes, cms: bytes) -> list[Path]:
    """stem.pdf, stem.cms and stem.zip holding both; written whole or not at all."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{stem}.pdf", pdf)
        archive.writestr(f"{stem}.cms", cms)
    # Here, not at the top: pdf_view brings QtPdf and QtPrintSupport (≈3.5 MiB), which a
    # workspace needs only once a form is previewed.
    from desktop.ui.pdf_view import save_pdf

    paths = []
    for suffix, data in ((".pdf", pdf), (".cms", cms), (".zip", buffer.getvalue())):
        path = folder / f"{stem}{suffix}"
        save_pdf(data, path)  # whole or not at all, whatever the bytes are
        paths.append(path)
    return paths


def check_signature_files(parent: QWidget) -> None:
    """Tools → Check an electronic signature: a PDF and its .cms chosen from disk."""
    pdf_name, _ = QFileDialog.getOpenFileName(
        parent, translate("EsignPanel", "Choose the signed PDF"), "",
        translate("EsignPanel", "PDF (*.pdf);;All files (*)"))
    if not pdf_name:
        return
    guess = str(Path(pdf_name).with_suffix(".cms"))
    cms_name, _ = QFileDialog.getOpenFileName(
        parent, translate("EsignPanel", "Choose its signature (.cms)"), guess,
        translate("EsignPanel", "Signatures (*.cms *.p7s *.sig);;All files (*)"))
    if not cms_name:
        return
    try:
        pdf, cms = Path(pdf_name).read_bytes(), Path(cms_name).read_bytes()
    except OSError as exc:
        messages.show_error(parent, exc)
        return
    checked = attempt(parent, lambda: esign.check_files(pdf, cms))
    if checked is None:
        return
    report, at = checked
    show_report(parent, esign_report.report_html(report, at))


def show_report(parent: QWidget, html: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("EsignPanel", "Electronic signature"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(html)
    box.exec()
