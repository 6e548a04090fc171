"""The clerk's workspace: register applications, follow every case in the registry, issue
results, track the State Corporation's hand-overs, print receipts, the journal and the book."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_datetime
from desktop.services.accounts.session import Session
from desktop.services.blanks import usage
from desktop.services.cases import steps
from desktop.services.cases.queries import CaseDetail
from desktop.services.reference import now
from desktop.ui import messages, printing
from desktop.ui.workspaces.base import CaseWorkspace
from desktop.ui.workspaces.case_view import CaseSummary
from desktop.ui.workspaces.common import confirm
from desktop.ui.workspaces.dialogs import IssueDialog, ask_period
from desktop.ui.workspaces.esign_panel import EsignPanel
from desktop.ui.workspaces.hearing_panel import HearingPanel
from desktop.ui.workspaces.registration import RegistrationDialog
from desktop.ui.workspaces.registry import RegistryPanel, period_of_month


class ClerkWorkspace(CaseWorkspace):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.registry = RegistryPanel(session, self)
        self.summary = CaseSummary(self.language, self)

        self.new_button = QPushButton(self)
        self.new_button.setDefault(True)
        self.journal_button = QPushButton(self)
        self.book_button = QPushButton(self)
        self.issue_button = self.offer("issue", QPushButton(self))
        self.hand_over_button = self.offer("hand_over", QPushButton(self))
        self.returned_button = self.offer("return_from_state_corp", QPushButton(self))
        # When the State Corporation's month of storage ends ("Returned" waits for it).
        self.storage_note = QLabel(self)
        self.storage_note.setWordWrap(True)
        self.storage_note.setStyleSheet("color: #8a5a00;")
        self.storage_note.hide()
        self.requested_button = self.offer("request_again", QPushButton(self))
        self.withdraw_button = self.offer("withdraw", QPushButton(self))
        self.receipt_button = QPushButton(self)
        self.result_button = QPushButton(self)
        self.result_menu = QMenu(self)
        # A signed duplicate is issued on its pre-printed blank; plain A4 is a marked preview.
        self.result_blank = self.result_menu.addAction("")
        self.result_plain = self.result_menu.addAction("")
        # A misprint: the blank is written off and the result printed again on the next one.
        self.result_menu.addSeparator()
        self.result_spoiled = self.result_menu.addAction("")

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.journal_button)
        top.addWidget(self.book_button)
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(6, 0, 0, 0)
        column.addWidget(self.summary, 1)
        self.esign = EsignPanel(session, self)
        column.addWidget(self.esign)
        for widget in (self.issue_button, self.hand_over_button, self.storage_note,
                       self.returned_button, self.requested_button, self.receipt_button,
                       self.result_button, self.withdraw_button):
            column.addWidget(widget)
        self.hearing = HearingPanel(self, ("send_notice",), side)
        column.addWidget(self.hearing)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.registry)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.new_button.clicked.connect(self.new_application)
        self.journal_button.clicked.connect(self.print_journal)
        self.book_button.clicked.connect(self.print_book)
        self.issue_button.clicked.connect(self.issue)
        self.hand_over_button.clicked.connect(self.hand_over)
        self.returned_button.clicked.connect(self.returned)
        self.requested_button.clicked.connect(self.requested)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.result_button.clicked.connect(self.print_result)
        self.result_plain.triggered.connect(lambda: self.print_result(on_blank=False))
        self.result_blank.triggered.connect(lambda: self.print_result(on_blank=True))
        self.result_spoiled.triggered.connect(self.blank_spoiled)
        self.registry.caseSelected.connect(
            lambda row: self.open_case(row.id if row is not None else None))
        self.retranslateUi()
        self.show_detail(None)

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.new_button.setText(self.tr("New application…"))
        self.journal_button.setText(self.tr("Registry journal…"))
        self.book_button.setText(self.tr("Book of duplicates…"))
        self.issue_button.setText(self.tr("Issue the result…"))
        self.hand_over_button.setText(self.tr("Handed over to the State Corporation"))
        self.returned_button.setText(self.tr("Returned by the State Corporation"))
        self.requested_button.setText(self.tr("Requested again by the State Corporation"))
        self.withdraw_button.setText(self.tr("Withdraw the application…"))
        self.receipt_button.setText(self.tr("Print the receipt"))
        self.result_button.setText(self.tr("Print the result"))
        self.result_blank.setText(self.tr("On the pre-printed blank (to issue)"))
        self.result_plain.setText(self.tr("Preview on plain paper (marked as a copy, not for "
                                          "issue)"))
        self.result_spoiled.setText(self.tr("The blank was spoiled… (print on the next blank)"))
        self.registry.retranslate()
        self.summary.retranslate()
        self._storage_changed(self.detail)

    def show_detail(self, detail: CaseDetail | None) -> None:
        super().show_detail(detail)
        self.summary.show_case(detail)
        self.esign.set_case(detail)
        self.hearing.set_case(detail)
        self.receipt_button.setEnabled(detail is not None)
        signed = detail is not None and detail.signed_at is not None
        self.result_button.setEnabled(signed)
        blank = signed and printing.prints_on_blank(detail)
        self.result_button.setMenu(self.result_menu if blank else None)
        self._storage_changed(detail)

    def _storage_changed(self, detail: CaseDetail | None) -> None:
        """The State Corporation keeps the result a month: it may be returned only after."""
        ends = detail.storage_ends if detail is not None else None
        self.storage_note.setVisible(ends is not None)
        if ends is None:
            return
        self.storage_note.setText(self.tr(
            "The State Corporation keeps the result for the applicant until %1.")
            .replace("%1", format_datetime(ends)))
        if now() < ends:
            self.returned_button.setEnabled(False)

    def refresh(self, case_id: int | None = None) -> None:
        self.registry.reload(keep_case=case_id)
        self.open_case(case_id)

    # --- registering ----------------------------------------------------------------------
    def registration_dialog(self) -> RegistrationDialog:
        return RegistrationDialog(self.session, self)

    def new_application(self) -> None:
        dialog = self.registration_dialog()
        dialog.exec()
        if dialog.case_id is not None:
            self.registry.search.clear()
            self.registry.apply_filter()
            self.registry.select_case(dialog.case_id)
            self.open_case(dialog.case_id)

    # --- steps ------------------------------------------------------------------------------
    def issue(self) -> None:
        if self.detail is None:
            return
        dialog = IssueDialog(self.detail, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        given = dialog.value()
        self.run_step(lambda d: steps.issue(self.session, d.id, d.version, given))

    def hand_over(self) -> None:
        if self._confirm(self.tr("The result was handed over to the State Corporation today. "
                                 "It keeps the result for the applicant for one month.")):
            self.run_step(lambda d: steps.hand_over(self.session, d.id, d.version))

    def returned(self) -> None:
        if self._confirm(self.tr("The State Corporation returned the unclaimed result to the "
                                 "college for storage.")):
            self.run_step(lambda d: steps.return_from_state_corp(self.session, d.id, d.version))

    def requested(self) -> None:
        if self._confirm(self.tr("The applicant came to the State Corporation: it asks for the "
                                 "result again. Send it within one working day.")):
            self.run_step(lambda d: steps.request_again(self.session, d.id, d.version))

    def withdraw(self) -> None:
        if self._confirm(self.tr("The applicant withdraws the application. The case will be "
                                 "closed without a result.")):
            self.run_step(lambda d: steps.withdraw(self.session, d.id, d.version))

    def _confirm(self, text: str) -> bool:
        d = self.detail
        if d is None:
            return False
        title = f"{d.reg_number} — {d.applicant_full_name}"
        return confirm(self, title, text + "\n\n" + self.tr("Record this?"))

    # --- printing ---------------------------------------------------------------------------
    def print_receipt(self) -> None:
        d = self.detail
        if d is None:
            return
        kind = "refusal_receipt" if d.state == "acceptance_refused" else "receipt"
        printing.preview(self, lambda: printing.receipt_pdf(self.session, d),
                         printing.file_title(kind, d))

    def print_result(self, on_blank: bool = False) -> None:
        d = self.detail
        if d is None:
            return
        printing.preview(
            self, lambda: printing.result_pdf(self.session, d.id, on_blank=on_blank),
            printing.file_title("result", d),
            printing.result_output(self.session, d.id, on_blank=on_blank))

    def blank_spoiled(self) -> None:
        """The blank came out misprinted: write it off with its reason and print the same
        result again on the next blank (a new fixed record with that blank's number)."""
        d = self.detail
        if d is None:
            return
        reason, accepted = QInputDialog.getText(
            self, self.tr("The blank was spoiled"), self.tr(
                "Why is the blank spoiled (it will be written off by the commission's act)? "
                "The result will be printed again on the next blank."))
        if not accepted:
            return
        try:
            swap = usage.spoil_and_replace(self.session, d.id, reason)
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self.refresh(d.id)
        messages.show_info(self, self.tr("The blank was spoiled"), self.tr(
            "Blank {spoiled} is recorded as spoiled. The result is now on blank {taken}: put "
            "that blank into the printer.").format(spoiled=swap.spoiled, taken=swap.taken))
        self.print_result(on_blank=True)

    def print_journal(self) -> None:
        first, last = period_of_month(now().date())
        period = ask_period(self, self.tr("Registry journal"), first, last)
        if period is None:
            return
        lang = self.language()
        printing.preview(
            self, lambda: printing.journal_pdf(self.session, *period, lang),
            printing.file_title("journal"))

    def print_book(self) -> None:
        today = now().date()
        period = ask_period(self, self.tr("Book of issued duplicates"),
                            today.replace(month=1, day=1), today)
        if period is None:
            return
        lang = self.language()
        printing.preview(self, lambda: printing.book_pdf(self.session, *period, lang),
                         printing.file_title("book"))

