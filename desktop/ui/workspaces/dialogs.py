"""Small dialogs of the case steps: issuing the result, a comment or motivation, a period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import workflow
from desktop.services.cases.inputs import IssueInput
from desktop.services.cases.queries import CaseDetail
from desktop.services.reference import now
from desktop.ui.widgets import fit_to_screen, ok_cancel
from desktop.ui.workspaces.common import confirm, date_edit


class IssueDialog(QDialog):
    """Who received the result: the applicant, or a representative with a power of attorney."""

    def __init__(self, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail = detail
        # Given out by the State Corporation, the result passed no desk of the college: the
        # office records what the Corporation reports, and no desk time is measured.
        self._by_state_corp = detail.state == workflow.AT_STATE_CORP
        # The 30-minute norm of an issue at the desk counts from the moment this dialog opens.
        self._started_at = None if self._by_state_corp else now().replace(microsecond=0)
        self.applicant = QRadioButton(self)
        self.representative = QRadioButton(self)
        group = QButtonGroup(self)
        group.addButton(self.applicant)
        group.addButton(self.representative)
        self.recipient_name = QLineEdit(self)
        self.identity_document = QLineEdit(self)
        self.power_of_attorney = QLineEdit(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.buttons = ok_cancel(self)
        who = QHBoxLayout()
        who.addWidget(self.applicant)
        who.addWidget(self.representative)
        who.addStretch(1)
        self.form = QFormLayout()
        self.who_label = QLabel(self)
        self.name_label = QLabel(self)
        self.identity_label = QLabel(self)
        self.attorney_label = QLabel(self)
        self.form.addRow(self.who_label, who)
        self.form.addRow(self.name_label, self.recipient_name)
        self.form.addRow(self.identity_label, self.identity_document)
        self.form.addRow(self.attorney_label, self.power_of_attorney)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.applicant.toggled.connect(self._who_changed)
        self.applicant.setChecked(True)
        self.retranslate()
        self._who_changed()
        fit_to_screen(self, 620, self.sizeHint().height())

    def retranslate(self) -> None:
        d = self._detail
        self.setWindowTitle(self.tr("Issue the result"))
        if self._by_state_corp:
            intro = self.tr("Case %1, applicant %2. The State Corporation gave the result out: "
                            "record who took it and their document as the Corporation reports.")
        else:
            intro = self.tr("Case %1, applicant %2. Check the identity document of the person "
                            "who takes the result.")
        self.intro.setText(intro.replace("%1", d.reg_number).replace("%2",
                                                                       d.applicant_full_name))
        self.who_label.setText(self.tr("Received by"))
        self.applicant.setText(self.tr("the applicant"))
        self.representative.setText(self.tr("a representative"))
        self.name_label.setText(self.tr("Full name"))
        self.identity_label.setText(self.tr("Identity document"))
        self.attorney_label.setText(self.tr("Power of attorney"))
        self.identity_document.setPlaceholderText(self.tr("e.g. identity card No. 012345678"))
        self.power_of_attorney.setPlaceholderText(self.tr("notarised, No. and date"))

    def _who_changed(self) -> None:
        d = self._detail
        by_representative = self.representative.isChecked()
        self.form.setRowVisible(self.power_of_attorney, by_representative)
        self.recipient_name.setText(d.representative_name if by_representative
                                    else d.applicant_full_name)
        if by_representative and d.representative_document:
            self.power_of_attorney.setText(d.representative_document)

    def value(self) -> IssueInput:
        by_representative = self.representative.isChecked()
        return IssueInput(
            recipient="representative" if by_representative else "applicant",
            recipient_name=self.recipient_name.text(),
            identity_document=self.identity_document.text(),
            power_of_attorney=self.power_of_attorney.text() if by_representative else "",
            started_at=self._started_at,
        )


class TextDialog(QDialog):
    """A title, an explanation and a multi-line text that must not be empty."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None,
                 text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlainText(text)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._changed)
        self._changed()
        fit_to_screen(self, 560, 320)

    def _changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.edit.toPlainText().strip()))

    def value(self) -> str:
        return self.edit.toPlainText().strip()

    def reject(self) -> None:
        """Cancel, Esc or the close box: a written motivation or comment is not dropped unasked.
        (Closing on sign-out goes through done() and asks nothing.)"""
        if self.value() and not confirm(
                self, self.tr("Discard the text?"),
                self.tr("The text you wrote will be lost. Close anyway?")):
            return
        super().reject()


def ask_text(parent: QWidget, title: str, prompt: str) -> str | None:
    """The text typed, or None if the user cancelled."""
    dialog = TextDialog(title, prompt, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PeriodDialog(QDialog):
    """From and to dates (inclusive) for a journal or book."""

    def __init__(self, title: str, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.date_from = date_edit(self)
        self.date_from.setDate(QDate(first))
        self.date_to = date_edit(self)
        self.date_to.setDate(QDate(last))
        self.buttons = ok_cancel(self)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.date_from.dateChanged.connect(self._check)
        self.date_to.dateChanged.connect(self._check)
        fit_to_screen(self, 360, self.sizeHint().height())

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.date_from.date() <= self.date_to.date())

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()


def ask_period(parent: QWidget, title: str, first: date, last: date) -> tuple[date, date] | None:
    dialog = PeriodDialog(title, first, last, parent)
    return dialog.period() if dialog.exec() == QDialog.DialogCode.Accepted else None
