"""Admin → Signatures: the NCA RK certificates electronic signatures are checked against, and
the NCA's lists of revoked certificates (crl_panel). The admin installs the root and
intermediate certificate files NCA publishes (pki.gov.kz) and compares each fingerprint with
the one NCA publishes; nothing is fetched from the network."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_date
from desktop.domain.errors import DomainError
from desktop.services.accounts.session import Session
from desktop.services.esign import certificates as nca_certificates
from desktop.ui.admin.crl_panel import CrlPanel
from desktop.ui.messages import show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.widgets import set_table_row

MAX_FILE = nca_certificates.MAX_FILE


def fingerprint_text(sha256: str) -> str:
    """In pairs, as certificate viewers show fingerprints, so the eye can compare them."""
    return ":".join(sha256[i:i + 2] for i in range(0, len(sha256), 2)).upper()


class SignaturesPage(Retranslating, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("certificates")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.install_button = QPushButton(self)
        self.install_button.clicked.connect(self.install)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.crls = CrlPanel(session, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.crls, 1)
        self.rows: list[nca_certificates.CertificateInfo] = []
        self.retranslateUi()
        self.refresh()

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "Electronic results are signed by the head's NCA RK key through NCALayer; since "
            "2024 the NCA issues organisations' signing keys as GOST 34.10-2015 (GOST512) "
            "only. Kense keeps and calls valid only a signature that chains to the NCA "
            "certificates installed here. Install from pki.gov.kz: the GOST 2022 root "
            "(root_gost_2022.cer) and intermediate (nca_gost_2022.cer); for signatures made "
            "with older keys, the NCA's RSA root and intermediate. The intermediate is "
            "required: a signature made by NCALayer carries only the signer's own "
            "certificate. Compare each SHA-256 fingerprint with the one on the NCA site. "
            "Offline, Kense checks the signature, the chain, the validity dates, the head's "
            "key and the BIN; revocation only against the lists imported below; it cannot "
            "prove the signing moment (no timestamp) or ask the NCA's OCSP service. The "
            "college's BIN is set on the College page."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Certificate"), self.tr("Valid"), self.tr("SHA-256 fingerprint")])
        self.install_button.setText(self.tr("Install a certificate…"))
        self.remove_button.setText(self.tr("Remove"))

    def refresh(self) -> None:
        try:
            self.rows = nca_certificates.installed(self.session)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(len(self.rows))
        for r, cert in enumerate(self.rows):
            valid = (f"{format_date(cert.not_before.date())} – "
                     f"{format_date(cert.not_after.date())}")
            set_table_row(self.table, r, (cert.subject, valid, fingerprint_text(cert.sha256)),
                          cert.id)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()

    def install(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose NCA certificate files"), "",
            self.tr("Certificates (*.cer *.crt *.pem *.der);;All files (*)"))
        for name in names:
            try:
                data = Path(name).read_bytes()[:MAX_FILE + 1]
                nca_certificates.install(self.session, data)
            except OSError as exc:
                show_error(self, exc)
            except DomainError as exc:
                show_error(self, exc)
        self.refresh()

    def remove(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.rows):
            return
        try:
            nca_certificates.remove(self.session, self.rows[row].id)
        except DomainError as exc:
            show_error(self, exc)
        self.refresh()
