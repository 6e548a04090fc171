"""The new-application form's fields: how they are laid out, and what they hold as an
Application to register or as the plain copy kept on this PC's disk while it is typed.

Functions of the RegistrationDialog that own no text of their own (its texts, and so its
translations, stay in the dialog's class)."""

from __future__ import annotations

from datetime import date, datetime
from itertools import pairwise
from typing import TYPE_CHECKING

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
from desktop.ui.workspaces.common import date_edit, read_date, to_qdatetime, write_date
from desktop.ui.workspaces.document_checklist import DocumentChecklist

if TYPE_CHECKING:
    from desktop.ui.workspaces.registration import RegistrationDialog

IIN_DIGITS = 12
BAD_COLOUR = "#b00020"
HINT_COLOUR = "#666666"
TEXT_FIELDS = ("iin", "surname", "first_name", "patronymic", "phone", "external_number",
               "representative_name", "representative_document")


def make_fields(dialog: RegistrationDialog) -> None:
    """The fields, in the order the clerk fills them in."""
    # Application
    dialog.service = QComboBox(dialog)
    dialog.channel = QComboBox(dialog)
    dialog.external_number = QLineEdit(dialog)
    dialog.submitted_at = QDateTimeEdit(dialog)
    dialog.submitted_at.setDisplayFormat(QT_DATETIME_FORMAT)
    dialog.submitted_at.setCalendarPopup(True)
    dialog.submitted_at.setDateTime(to_qdatetime(now()))
    dialog.result_language = QComboBox(dialog)
    dialog.lost = QRadioButton(dialog)
    dialog.damaged = QRadioButton(dialog)
    dialog.reason_group = QButtonGroup(dialog)
    dialog.reason_group.addButton(dialog.lost)
    dialog.reason_group.addButton(dialog.damaged)
    dialog.name_changed = QCheckBox(dialog)
    # Applicant
    dialog.iin = QLineEdit(dialog)
    dialog.iin.setMaxLength(IIN_DIGITS)
    dialog.iin_status = QLabel(dialog)
    dialog.iin_status.setWordWrap(True)
    dialog.archive_button = QPushButton(dialog)
    dialog.archive_button.setObjectName("applicant_from_archive")
    dialog.birth_date = date_edit(dialog, optional=True)
    dialog.birth_status = QLabel(dialog)
    dialog.birth_status.setWordWrap(True)
    dialog.surname = QLineEdit(dialog)
    dialog.first_name = QLineEdit(dialog)
    dialog.patronymic = QLineEdit(dialog)
    dialog.phone = QLineEdit(dialog)
    # Representative
    dialog.representative_name = QLineEdit(dialog)
    dialog.representative_document = QLineEdit(dialog)
    # Documents
    dialog.checklist = DocumentChecklist(dialog)


def set_tab_order(dialog: RegistrationDialog) -> None:
    """Typing order: the person, the representative, the documents, then Register (the
    document ticks are made anew each time the list changes)."""
    chain = [dialog.phone, dialog.representative_name, dialog.representative_document]
    for code in dialog.checklist.presented:
        chain += [dialog.checklist.presented[code], dialog.checklist.expired[code]]
    chain.append(dialog.register_button)
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


def lay_out(dialog: RegistrationDialog) -> None:
    """The four boxes (application, applicant, representative, documents) in two columns that
    scroll, with each field's error line under it, hidden until Register finds it wrong."""
    dialog.application_box = QGroupBox(dialog)
    form = QFormLayout(dialog.application_box)
    dialog.labels = {}
    # Each field's error, shown under it (all at once) when Register finds it wrong.
    dialog.field_errors = {}
    dialog.error_rows = {}

    def row(layout: QFormLayout, key: str, widget) -> None:
        label = QLabel(dialog)
        dialog.labels[key] = label
        layout.addRow(label, widget)
        error = QLabel(dialog)
        error.setWordWrap(True)
        error.setStyleSheet(f"color: {BAD_COLOUR};")
        error.setObjectName(f"error_{key}")
        layout.addRow("", error)
        layout.setRowVisible(error, False)
        dialog.field_errors[key] = error
        dialog.error_rows[key] = layout

    row(form, "service", dialog.service)
    row(form, "channel", dialog.channel)
    row(form, "external_number", dialog.external_number)
    row(form, "submitted_at", dialog.submitted_at)
    row(form, "language", dialog.result_language)
    reason = QWidget(dialog)
    reason_row = QHBoxLayout(reason)
    reason_row.setContentsMargins(0, 0, 0, 0)
    reason_row.addWidget(dialog.lost)
    reason_row.addWidget(dialog.damaged)
    reason_row.addStretch(1)
    row(form, "reason", reason)
    form.addRow("", dialog.name_changed)
    dialog.application_rows = form

    dialog.applicant_box = QGroupBox(dialog)
    person = QFormLayout(dialog.applicant_box)
    iin = QWidget(dialog)
    iin_col = QVBoxLayout(iin)
    iin_col.setContentsMargins(0, 0, 0, 0)
    iin_col.addWidget(dialog.iin)
    iin_col.addWidget(dialog.iin_status)
    row(person, "iin", iin)
    person.addRow("", dialog.archive_button)
    birth = QWidget(dialog)
    birth_col = QVBoxLayout(birth)
    birth_col.setContentsMargins(0, 0, 0, 0)
    birth_col.addWidget(dialog.birth_date)
    birth_col.addWidget(dialog.birth_status)
    row(person, "birth_date", birth)
    row(person, "surname", dialog.surname)
    row(person, "name", dialog.first_name)
    row(person, "patronymic", dialog.patronymic)
    row(person, "phone", dialog.phone)

    dialog.representative_box = QGroupBox(dialog)
    rep = QFormLayout(dialog.representative_box)
    row(rep, "representative_name", dialog.representative_name)
    row(rep, "representative_document", dialog.representative_document)

    dialog.documents_box = QGroupBox(dialog)
    docs = QVBoxLayout(dialog.documents_box)
    dialog.documents_hint = QLabel(dialog)
    dialog.documents_hint.setWordWrap(True)
    dialog.documents_hint.setStyleSheet(f"color: {HINT_COLOUR};")
    docs.addWidget(dialog.documents_hint)
    docs.addWidget(dialog.checklist)
    docs.addStretch(1)

    left = QVBoxLayout()
    left.addWidget(dialog.application_box)
    left.addWidget(dialog.applicant_box)
    left.addWidget(dialog.representative_box)
    left.addStretch(1)
    columns = QHBoxLayout()
    columns.addLayout(left, 1)
    columns.addWidget(dialog.documents_box, 1)
    body = QWidget(dialog)
    body.setLayout(columns)
    scroll = QScrollArea(dialog)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll, 1)
    layout.addWidget(dialog.buttons)
    dialog.resize(1040, 720)


def application_of(dialog: RegistrationDialog) -> Application:
    channel = dialog.channel.currentData()
    duplicate = catalogue()[dialog.service.currentData()].asks_reason
    presented, expired = dialog.checklist.chosen()
    reason = ""
    if duplicate and dialog.lost.isChecked():
        reason = "lost"
    elif duplicate and dialog.damaged.isChecked():
        reason = "damaged"
    submitted = None
    if channel == "portal":
        submitted = dialog.submitted_at.dateTime().toPython().replace(second=0, microsecond=0)
    return Application(
        service=dialog.service.currentData(),
        channel=channel,
        applicant=ApplicantInput(
            iin=dialog.iin.text(), surname=dialog.surname.text(), name=dialog.first_name.text(),
            patronymic=dialog.patronymic.text(), birth_date=read_date(dialog.birth_date),
            phone=dialog.phone.text(),
        ),
        language=dialog.result_language.currentData(),
        presented=presented,
        expired=expired,
        external_number=(dialog.external_number.text()
                         if channel in ("state_corp", "portal") else ""),
        submitted_at=submitted,
        representative_name=dialog.representative_name.text(),
        representative_document=dialog.representative_document.text(),
        reason=reason,
        name_changed=duplicate and dialog.name_changed.isChecked(),
    )


def snapshot_of(dialog: RegistrationDialog) -> dict:
    """What is typed and chosen, as plain JSON values."""
    presented, expired = dialog.checklist.chosen()
    values = {name: getattr(dialog, name).text() for name in TEXT_FIELDS}
    birth = read_date(dialog.birth_date)
    reason = "lost" if dialog.lost.isChecked() else "damaged" if dialog.damaged.isChecked() else ""
    values.update(
        service=dialog.service.currentData(), channel=dialog.channel.currentData(),
        result_language=dialog.result_language.currentData(), reason=reason,
        name_changed=dialog.name_changed.isChecked(),
        birth_date=birth.isoformat() if birth else "",
        submitted_at=dialog.submitted_at.dateTime().toPython().isoformat(timespec="minutes"),
        presented=sorted(presented), expired=sorted(expired),
    )
    return values


def restore_into(dialog: RegistrationDialog, values: dict) -> None:
    for combo, key in ((dialog.service, "service"), (dialog.channel, "channel"),
                       (dialog.result_language, "result_language")):
        index = combo.findData(values.get(key))
        if index >= 0:
            combo.setCurrentIndex(index)
    # The two are an exclusive group: ticking one is the only way to choose.
    reason = {"lost": dialog.lost, "damaged": dialog.damaged}.get(values.get("reason"))
    if reason is not None:
        reason.setChecked(True)
    dialog.name_changed.setChecked(bool(values.get("name_changed")))
    for name in TEXT_FIELDS:  # the IIN first: typing it fills in the birth date
        getattr(dialog, name).setText(str(values.get(name, "")))
    if values.get("birth_date"):
        write_date(dialog.birth_date, date.fromisoformat(values["birth_date"]))
    if values.get("submitted_at"):
        dialog.submitted_at.setDateTime(to_qdatetime(
            datetime.fromisoformat(values["submitted_at"])))
    for ticks, chosen in ((dialog.checklist.presented, values.get("presented", ())),
                          (dialog.checklist.expired, values.get("expired", ()))):
        for code, box in ticks.items():
            box.setChecked(code in chosen)


def focus_field(dialog: RegistrationDialog, field: str) -> None:
    widgets = {
        "iin": dialog.iin, "surname": dialog.surname, "name": dialog.first_name,
        "patronymic": dialog.patronymic, "birth_date": dialog.birth_date, "phone": dialog.phone,
        "external_number": dialog.external_number, "submitted_at": dialog.submitted_at,
        "representative_name": dialog.representative_name,
        "representative_document": dialog.representative_document, "reason": dialog.lost,
    }
    widget = widgets.get(field)
    if widget is not None:
        widget.setFocus()
