"""The dialogs of the refusal road: the grounds and motivation (proposed by the executor,
decided by the head with the hearing's day and place, or cited in the final letter), the
notice's delivery at the desk, and the hearing as it went. Every limit shown is the one the
services check (desktop.domain.hearing)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_date
from desktop.services.cases.hearings import HearingInput, PreliminaryInput
from desktop.services.cases.queries import CaseDetail
from desktop.services.reference import catalogue, now, work_calendar
from desktop.ui import code_names
from desktop.ui.widgets import fit_to_screen, ok_cancel
from desktop.ui.workspaces.common import confirm, date_edit

PROPOSE, DECIDE, SIGN = "propose", "decide", "sign"


def form_rows(parent: QWidget, form: QFormLayout, fields) -> list[QLabel]:
    """The fields in rows, each with a label the dialog's retranslate() words."""
    labels = []
    for field in fields:
        labels.append(QLabel(parent))
        form.addRow(labels[-1], field)
    return labels


class GroundsDialog(QDialog):
    """The law's grounds for refusing the service (never the desk's), worded as the letter
    prints them in its language, and the motivation; for the head's preliminary decision also
    the hearing's day, hour and place, with the limits they must meet."""

    def __init__(self, detail: CaseDetail, mode: str, parent: QWidget | None = None, *,
                 grounds: tuple[str, ...] = (), motivation: str = "",
                 limits=None) -> None:
        super().__init__(parent)
        self._detail, self.mode, self._limits = detail, mode, limits
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language_note = QLabel(self)
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("background: #fff3cd; padding: 6px; font-weight: bold;")
        self.grounds_label = QLabel(self)
        self.checks: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.language_note)
        layout.addWidget(self.grounds_label)
        # A ground is a sentence of the law: its words wrap beside the box, never widen the
        # dialog past the screen.
        self.ground_labels: dict[str, QLabel] = {}
        for ground in catalogue()[detail.service].service_refusal_grounds:
            box = QCheckBox(self)
            box.setChecked(ground.code in grounds)
            box.setEnabled(mode != SIGN)  # the letter cites what the hearing was about
            box.toggled.connect(self._changed)
            label = QLabel(ground.name.in_(detail.language), self)
            label.setWordWrap(True)
            label.setToolTip(ground.basis.in_(detail.language))
            label.setBuddy(box)
            row = QHBoxLayout()
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            self.checks[ground.code], self.ground_labels[ground.code] = box, label
            layout.addLayout(row)
        self.motivation_label = QLabel(self)
        self.motivation_label.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlainText(motivation)
        layout.addWidget(self.motivation_label)
        layout.addWidget(self.edit, 1)
        self.limits_label = QLabel(self)
        self.limits_label.setWordWrap(True)
        self.hearing_day = date_edit(self)
        self.hearing_time = QTimeEdit(self)
        self.hearing_time.setDisplayFormat("HH:mm")
        self.hearing_time.setTime(QTime(10, 0))
        self.place = QLineEdit(self)
        self.form = QFormLayout()
        self.form_labels = form_rows(self, self.form,
                                     (self.hearing_day, self.hearing_time, self.place))
        if mode == DECIDE:
            today = now().date()
            self.hearing_day.setDate(QDate(work_calendar().add_working_days(today, 1)))
            layout.addWidget(self.limits_label)
            layout.addLayout(self.form)
            self.place.textChanged.connect(self._changed)
        self.buttons = ok_cancel(self)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._changed)
        self.retranslate()
        self._changed()
        fit_to_screen(self, 720, 620)

    def retranslate(self) -> None:
        d = self._detail
        titles = {PROPOSE: self.tr("Propose a refusal"),
                  DECIDE: self.tr("Preliminary decision to refuse"),
                  SIGN: self.tr("Motivated refusal")}
        self.setWindowTitle(titles[self.mode])
        self.intro.setText(self.tr("Case %1, applicant %2.")
                           .replace("%1", d.reg_number).replace("%2", d.applicant_full_name))
        self.language_note.setText(self.tr(
            "The papers are in the language of the result: %1. Write the motivation in this "
            "language: the letter must not mix languages.")
            .replace("%1", code_names.language_name(d.language)))
        self.grounds_label.setText(self.tr(
            "Grounds the law gives for refusing the service (at least one; the desk's grounds "
            "for refusing acceptance are not among them):"))
        self.motivation_label.setText(self.tr(
            "Motivation: the facts on which the refusal rests. It is printed for the "
            "applicant."))
        if self._limits is not None:
            rule = catalogue()[d.service].hearing
            self.limits_label.setText(self.tr(
                "The term ends on %1. The notice must go out by %2 (%3 working days before the "
                "end); the hearing is held within %4 working days after the notice, on a "
                "working day.")
                .replace("%1", format_date(self._limits.term_last_day))
                .replace("%2", format_date(self._limits.latest_notice_day))
                .replace("%3", str(rule.notice_before_end))
                .replace("%4", str(rule.hearing_within)))
        labels = (self.tr("Hearing day"), self.tr("Hour"), self.tr("Place or way"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.place.setPlaceholderText(self.tr("e.g. the head's office, room 204; or by phone"))

    def _changed(self) -> None:
        ok = bool(self.grounds()) and bool(self.value())
        if self.mode == DECIDE:
            ok = ok and bool(self.place.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def grounds(self) -> list[str]:
        return [code for code, box in self.checks.items() if box.isChecked()]

    def value(self) -> str:
        return self.edit.toPlainText().strip()

    def preliminary(self) -> PreliminaryInput:
        at = datetime.combine(self.hearing_day.date().toPython(),
                              self.hearing_time.time().toPython())
        return PreliminaryInput(self.grounds(), self.value(), at, self.place.text())

    def reject(self) -> None:
        if self.value() and self.mode != SIGN and not confirm(
                self, self.tr("Discard the text?"),
                self.tr("The text you wrote will be lost. Close anyway?")):
            return
        super().reject()


class NoticeDialog(QDialog):
    """How and when the notice reached the applicant."""

    WAYS = ("in_person", "post", "email", "state_corp")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.way = QComboBox(self)
        self.on = date_edit(self)
        self.on.setDate(QDate(now().date()))
        self.buttons = ok_cancel(self)
        self.form = QFormLayout()
        self.form_labels = form_rows(self, self.form, (self.way, self.on))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()
        fit_to_screen(self, 480, 180)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The notice of the hearing"))
        names = (self.tr("handed in person against signature"), self.tr("sent by post"),
                 self.tr("sent by e-mail"), self.tr("sent through the State Corporation"))
        self.way.clear()
        for code, name in zip(self.WAYS, names, strict=True):
            self.way.addItem(name, code)
        for label, text in zip(self.form_labels, (self.tr("How"), self.tr("On")), strict=True):
            label.setText(text)

    def values(self) -> tuple[str, date]:
        return self.way.currentData(), self.on.date().toPython()


class HearingDialog(QDialog):
    """The hearing as it went: whether the applicant came, who attended, the position, and the
    outcome (the document after all, or the refusal confirmed)."""

    ATTENDANCE = ("attended", "absent", "declined_in_writing")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attendance = QComboBox(self)
        self.attendees = QLineEdit(self)
        self.position = QPlainTextEdit(self)
        self.outcome = QComboBox(self)
        self.note = QLineEdit(self)
        self.buttons = ok_cancel(self)
        self.form = QFormLayout()
        self.form_labels = form_rows(self, self.form, (
            self.attendance, self.attendees, self.position, self.outcome, self.note))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        fit_to_screen(self, 640, 420)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The hearing"))
        self.attendance.clear()
        for code, name in zip(self.ATTENDANCE, (
                self.tr("the applicant came"), self.tr("the applicant did not come"),
                self.tr("the applicant declined the hearing in writing")), strict=True):
            self.attendance.addItem(name, code)
        self.outcome.clear()
        self.outcome.addItem(self.tr("confirm the refusal"), "refusal")
        self.outcome.addItem(self.tr("give the document: back to drafting"), "document")
        labels = (self.tr("The applicant"), self.tr("Attended"), self.tr("The applicant's "
                  "position"), self.tr("Outcome"), self.tr("Conclusion"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)

    def value(self) -> HearingInput:
        return HearingInput(self.attendance.currentData(), self.attendees.text(),
                            self.position.toPlainText(), self.outcome.currentData(),
                            self.note.text())


