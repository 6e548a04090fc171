"""Admin → Signatures, its lower part: the NCA's lists of revoked certificates (CRLs) imported
from files, which a signature's certificate is checked against. The admin downloads the lists
(pki.gov.kz) and imports them again when NCA renews them; where this PC is online, "Download
the lists" fetches the ones the certificates name, in the background (crl_fetch), and imports
them as files."""

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

from desktop.domain.dates import format_datetime
from desktop.domain.errors import DomainError
from desktop.services.accounts.session import Session
from desktop.services.esign import crl_fetch, crls
from desktop.ui.messages import show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.tasks import run_task
from desktop.ui.widgets import set_table_row


class CrlPanel(Retranslating, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("crls")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_files)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove)
        self.fetch_button = QPushButton(self)
        self.fetch_button.clicked.connect(self.fetch)
        self.fetch_status = QLabel(self)
        self.fetch_status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.fetch_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.fetch_status)
        self.rows: list[crls.CrlInfo] = []
        self.retranslateUi()
        self.refresh()

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "Lists of revoked certificates. Import the NCA's lists (nca_gost_2022.crl and its "
            "delta nca_gost_2022_d.crl; the RSA lists for older signatures) and import them "
            "again when the NCA renews them: a signature is said not revoked only as of the "
            "date of a list imported here, and only a list newer than the signing moment can "
            "say so."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Issued by"), self.tr("List of"), self.tr("Next list by"),
             self.tr("Certificates listed")])
        self.import_button.setText(self.tr("Import a list of revoked certificates…"))
        self.remove_button.setText(self.tr("Remove the list"))
        self.fetch_button.setText(self.tr("Download the lists (online)"))
        self.fetch_button.setToolTip(self.tr(
            "Where this computer is online: download the lists the certificates name, in the "
            "background, and import them as files"))
        self.refresh()

    def refresh(self) -> None:
        try:
            self.rows = crls.imported(self.session)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            issuer = row.issuer + (" " + self.tr("(delta)") if row.delta else "")
            values = (issuer, format_datetime(row.this_update),
                      format_datetime(row.next_update) if row.next_update else "—",
                      str(row.entries))
            set_table_row(self.table, r, values, row.id)
        self.table.resizeColumnsToContents()

    def import_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose the NCA's lists of revoked certificates"), "",
            self.tr("Lists of revoked certificates (*.crl);;All files (*)"))
        for name in names:
            try:
                crls.import_crl(self.session, Path(name).read_bytes()[:crls.MAX_FILE + 1])
            except (OSError, DomainError) as exc:
                show_error(self, exc)
        self.refresh()

    def remove(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.rows):
            return
        try:
            crls.remove(self.session, self.rows[row].id)
        except DomainError as exc:
            show_error(self, exc)
        self.refresh()

    def fetch(self) -> None:
        try:
            urls = crl_fetch.distribution_points(self.session)
        except DomainError as exc:
            show_error(self, exc)
            return
        if not urls:
            self.fetch_status.setText(self.tr(
                "No certificate here names a list to download: import the lists as files."))
            return
        self.fetch_button.setEnabled(False)
        self.fetch_status.setText(self.tr("Downloading {count} lists…").format(count=len(urls)))

        def download_all() -> list[tuple[str, bytes | None, str]]:
            got = []
            for url in urls:
                try:
                    got.append((url, crl_fetch.download(url), ""))
                except DomainError as exc:
                    got.append((url, None, str(exc.params.get("reason", ""))))
            return got

        def done(got) -> None:
            self.fetch_button.setEnabled(True)
            imported, failed = 0, []
            for url, data, reason in got:
                if data is None:
                    failed.append(f"{url} ({reason})")
                    continue
                try:
                    crls.import_crl(self.session, data)
                    imported += 1
                except DomainError as exc:
                    failed.append(f"{url} ({exc})")
            text = self.tr("Lists imported: {count}.").format(count=imported)
            if failed:
                text += " " + self.tr("Not imported: {lists}").format(lists="; ".join(failed))
            self.fetch_status.setText(text)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.fetch_button.setEnabled(True)
            show_error(self, exc)

        run_task(download_all, done, failed, self)
