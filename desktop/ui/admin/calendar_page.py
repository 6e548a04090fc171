"""Exceptions to the working-day calendar: an extra day off or an extra working day.

Kazakhstan's public holidays and their transfers are built in; the admin records what the
government decides later (a moved day off) or what applies to this college only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import QT_DATE_FORMAT, format_date
from desktop.domain.errors import DomainError
from desktop.services.accounts.session import Session
from desktop.services.office import calendar
from desktop.services.office.calendar import OverrideInfo
from desktop.ui.messages import show_error
from desktop.ui.record_table import Column, RecordTableModel, record_table, selected_record
from desktop.ui.retranslate import Retranslating
from desktop.ui.widgets import FormDialog

WEEKDAYS_KK = ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі")
WEEKDAYS_RU = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
               "воскресенье")


def weekday_name(day: date) -> str:
    from desktop.ui import i18n

    names = WEEKDAYS_KK if i18n.current_language() == "kk" else WEEKDAYS_RU
    return names[day.weekday()]


class OverrideDialog(FormDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.day = QDateEdit()
        self.day.setObjectName("day")
        self.day.setDisplayFormat(QT_DATE_FORMAT)
        self.day.setCalendarPopup(True)
        self.day.setDate(QDate.currentDate())
        self.day_off = QRadioButton()
        self.day_off.setObjectName("day_off")
        self.day_off.setChecked(True)
        self.working = QRadioButton()
        self.working.setObjectName("working")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.day)
        kind = QVBoxLayout()
        kind.addWidget(self.day_off)
        kind.addWidget(self.working)
        self.kind_label = QLabel()
        self.form.addRow(self.kind_label, kind)
        self.form.addRow(QLabel(), self.note)
        self.lay_out(self.form, min_width=460)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Calendar exception"))
        self.form.labelForField(self.day).setText(self.tr("Date:"))
        self.kind_label.setText(self.tr("This day is:"))
        self.day_off.setText(self.tr("an extra day off"))
        self.working.setText(self.tr("an extra working day"))
        self.form.labelForField(self.note).setText(self.tr("Note:"))
        self.note.setPlaceholderText(self.tr("for example: government decree of 12.01.2026"))
        self.retranslate_problem()

    def accept(self) -> None:
        try:
            calendar.set_override(
                self.session, self.day.date().toPython(), self.working.isChecked(),
                self.note.text(),
            )
        except DomainError as exc:
            self.show_problem(exc)
            return
        super().accept()


class CalendarPage(Retranslating, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = RecordTableModel([
            Column(lambda: self.tr("Date"), lambda o: format_date(o.day)),
            Column(lambda: self.tr("Weekday"), lambda o: weekday_name(o.day)),
            Column(lambda: self.tr("Kind"), self._kind,
                   lambda o: "#1b5e20" if o.working else "#b00020"),
            Column(lambda: self.tr("Note"), lambda o: o.note),
        ], self)
        self.table = record_table(self.model, "overrides_table")
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove")
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.refresh()
        self.retranslateUi()

    def _kind(self, o: OverrideInfo) -> str:
        return self.tr("Extra working day") if o.working else self.tr("Extra day off")

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "Public holidays of Kazakhstan and their transferred days off are already known "
            "to Kense. Add here only the exceptions: a day off moved by a later decree, or a "
            "day this college does not work. Deadlines of open cases are recalculated."
        ))
        self.add_button.setText(self.tr("Add…"))
        self.remove_button.setText(self.tr("Remove"))
        self.model.retranslate()

    def refresh(self) -> None:
        self.model.set_records(calendar.list_overrides())
        self._update_buttons()

    def selected(self) -> OverrideInfo | None:
        return selected_record(self.table)

    def _update_buttons(self, *_args) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def add(self) -> None:
        if OverrideDialog(self.session, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def remove(self) -> None:
        override = self.selected()
        if override is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove"),
            self.tr("Remove the exception for {day}? The day returns to the ordinary "
                    "calendar.").format(day=format_date(override.day)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            calendar.remove_override(self.session, override.day)
        except DomainError as exc:
            show_error(self, exc)
        self.refresh()
