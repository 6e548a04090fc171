"""The new-application form's fields: how they are laid out, and what they hold as an
Application to register or as the plain copy kept on this PC's disk while it is typed.

A part of the RegistrationDialog that owns no text of its own (its texts, and so its
translations, stay in the dialog's class)."""

from __future__ import annotations

from datetime import date, datetime
from itertools import pairwise

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import QT_DATETIME_FORMAT
from desktop.services.cases.inputs import ApplicantInput, Application
from desktop.services.reference import catalogue, now
from desktop.ui.widgets import fit_to_screen
from desktop.ui.workspaces.common import date_edit, read_date, to_qdatetime, write_date
from desktop.ui.workspaces.document_checklist import DocumentChecklist

IIN_DIGITS = 12
BAD_COLOUR = "#b00020"
HINT_COLOUR = "#666666"
OK_COLOUR = "#1d6b1d"
TEXT_FIELDS = ("iin", "surname", "first_name", "patronymic", "phone", "external_number",
               "representative_name", "representative_document")


def coloured(label: QLabel, text: str, colour: str) -> None:
    label.setText(text)
    label.setStyleSheet(f"color: {colour};")


class ApplicationForm:
    """The dialog's fields (made by _make_fields, laid out by _lay_out) and what they hold."""

    def _make_fields(self) -> None:
        """The fields, in the order the clerk fills them in."""
        # Application
        self.service = QComboBox(self)
        self.channel = QComboBox(self)
        self.external_number = QLineEdit(self)
        self.submitted_at = QDateTimeEdit(self)
        self.submitted_at.setDisplayFormat(QT_DATETIME_FORMAT)
        self.submitted_at.setCalendarPopup(True)
        self.submitted_at.setDateTime(to_qdatetime(now()))
        self.result_language = QComboBox(self)
        self.lost = QRadioButton(self)
        self.damaged = QRadioButton(self)
        self.reason_group = QButtonGroup(self)
        self.reason_group.addButton(self.lost)
        self.reason_group.addButton(self.damaged)
        self.name_changed = QCheckBox(self)
        # Applicant
        self.iin = QLineEdit(self)
        self.iin.setMaxLength(IIN_DIGITS)
        self.iin_status = QLabel(self)
        self.iin_status.setWordWrap(True)
        self.archive_button = QPushButton(self)
        self.archive_button.setObjectName("applicant_from_archive")
        self.birth_date = date_edit(self, optional=True)
        self.birth_status = QLabel(self)
        self.birth_status.setWordWrap(True)
        self.surname = QLineEdit(self)
        self.first_name = QLineEdit(self)
        self.patronymic = QLineEdit(self)
        self.phone = QLineEdit(self)
        # Representative
        self.representative_name = QLineEdit(self)
        self.representative_document = QLineEdit(self)
        # Documents
        self.checklist = DocumentChecklist(self)


    def _set_tab_order(self) -> None:
        """Typing order: the person, the representative, the documents, then Register (the
        document ticks are made anew each time the list changes)."""
        chain = [self.phone, self.representative_name, self.representative_document]
        for code in self.checklist.presented:
            chain += [self.checklist.presented[code], self.checklist.expired[code]]
        chain.append(self.register_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)


    def _lay_out(self) -> None:
        """The four boxes (application, applicant, representative, documents) in two columns that
        scroll, with each field's error line under it, hidden until Register finds it wrong."""
        self.application_box = QGroupBox(self)
        form = QFormLayout(self.application_box)
        self.labels = {}
        # Each field's error, shown under it (all at once) when Register finds it wrong.
        self.field_errors = {}
        self.error_rows = {}

        def row(layout: QFormLayout, key: str, widget) -> None:
            label = QLabel(self)
            self.labels[key] = label
            layout.addRow(label, widget)
            error = QLabel(self)
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {BAD_COLOUR};")
            error.setObjectName(f"error_{key}")
            layout.addRow("", error)
            layout.setRowVisible(error, False)
            self.field_errors[key] = error
            self.error_rows[key] = layout

        def stacked(*widgets: QWidget) -> QWidget:
            """The widgets one under the other, as one field."""
            both = QWidget(self)
            column = QVBoxLayout(both)
            column.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                column.addWidget(widget)
            return both

        row(form, "service", self.service)
        row(form, "channel", self.channel)
        row(form, "external_number", self.external_number)
        row(form, "submitted_at", self.submitted_at)
        row(form, "language", self.result_language)
        reason = QWidget(self)
        reason_row = QHBoxLayout(reason)
        reason_row.setContentsMargins(0, 0, 0, 0)
        reason_row.addWidget(self.lost)
        reason_row.addWidget(self.damaged)
        reason_row.addStretch(1)
        row(form, "reason", reason)
        form.addRow("", self.name_changed)
        self.application_rows = form

        self.applicant_box = QGroupBox(self)
        person = QFormLayout(self.applicant_box)
        row(person, "iin", stacked(self.iin, self.iin_status))
        person.addRow("", self.archive_button)
        row(person, "birth_date", stacked(self.birth_date, self.birth_status))
        row(person, "surname", self.surname)
        row(person, "name", self.first_name)
        row(person, "patronymic", self.patronymic)
        row(person, "phone", self.phone)

        self.representative_box = QGroupBox(self)
        rep = QFormLayout(self.representative_box)
        row(rep, "representative_name", self.representative_name)
        row(rep, "representative_document", self.representative_document)

        self.documents_box = QGroupBox(self)
        docs = QVBoxLayout(self.documents_box)
        self.documents_hint = QLabel(self)
        self.documents_hint.setWordWrap(True)
        self.documents_hint.setStyleSheet(f"color: {HINT_COLOUR};")
        docs.addWidget(self.documents_hint)
        docs.addWidget(self.checklist)
        docs.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(self.application_box)
        left.addWidget(self.applicant_box)
        left.addWidget(self.representative_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.documents_box, 1)
        body = QWidget(self)
        body.setLayout(columns)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1040, 720)


    def application(self) -> Application:
        channel = self.channel.currentData()
        duplicate = catalogue()[self.service.currentData()].asks_reason
        presented, expired = self.checklist.chosen()
        reason = ""
        if duplicate and self.lost.isChecked():
            reason = "lost"
        elif duplicate and self.damaged.isChecked():
            reason = "damaged"
        submitted = None
        if channel == "portal":
            submitted = self.submitted_at.dateTime().toPython().replace(second=0, microsecond=0)
        return Application(
            service=self.service.currentData(),
            channel=channel,
            applicant=ApplicantInput(
                iin=self.iin.text(), surname=self.surname.text(), name=self.first_name.text(),
                patronymic=self.patronymic.text(), birth_date=read_date(self.birth_date),
                phone=self.phone.text(),
            ),
            language=self.result_language.currentData(),
            presented=presented,
            expired=expired,
            external_number=(self.external_number.text()
                             if channel in ("state_corp", "portal") else ""),
            submitted_at=submitted,
            representative_name=self.representative_name.text(),
            representative_document=self.representative_document.text(),
            reason=reason,
            name_changed=duplicate and self.name_changed.isChecked(),
        )


    def snapshot(self) -> dict:
        """What is typed and chosen, as plain JSON values."""
        presented, expired = self.checklist.chosen()
        values = {name: getattr(self, name).text() for name in TEXT_FIELDS}
        birth = read_date(self.birth_date)
        reason = "lost" if self.lost.isChecked() else "damaged" if self.damaged.isChecked() else ""
        values.update(
            service=self.service.currentData(), channel=self.channel.currentData(),
            result_language=self.result_language.currentData(), reason=reason,
            name_changed=self.name_changed.isChecked(),
            birth_date=birth.isoformat() if birth else "",
            submitted_at=self.submitted_at.dateTime().toPython().isoformat(timespec="minutes"),
            presented=sorted(presented), expired=sorted(expired),
        )
        return values


    def restore(self, values: dict) -> None:
        for combo, key in ((self.service, "service"), (self.channel, "channel"),
                           (self.result_language, "result_language")):
            index = combo.findData(values.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        # The two are an exclusive group: ticking one is the only way to choose.
        reason = {"lost": self.lost, "damaged": self.damaged}.get(values.get("reason"))
        if reason is not None:
            reason.setChecked(True)
        self.name_changed.setChecked(bool(values.get("name_changed")))
        for name in TEXT_FIELDS:  # the IIN first: typing it fills in the birth date
            getattr(self, name).setText(str(values.get(name, "")))
        if values.get("birth_date"):
            write_date(self.birth_date, date.fromisoformat(values["birth_date"]))
        if values.get("submitted_at"):
            self.submitted_at.setDateTime(to_qdatetime(
                datetime.fromisoformat(values["submitted_at"])))
        for ticks, chosen in ((self.checklist.presented, values.get("presented", ())),
                              (self.checklist.expired, values.get("expired", ()))):
            for code, box in ticks.items():
                box.setChecked(code in chosen)


    def _focus(self, field: str) -> None:
        widgets = {
            "iin": self.iin, "surname": self.surname, "name": self.first_name,
            "patronymic": self.patronymic, "birth_date": self.birth_date, "phone": self.phone,
            "external_number": self.external_number, "submitted_at": self.submitted_at,
            "representative_name": self.representative_name,
            "representative_document": self.representative_document, "reason": self.lost,
        }
        widget = widgets.get(field)
        if widget is not None:
            widget.setFocus()
