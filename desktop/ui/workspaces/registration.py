"""The clerk's registration of an application: who applies, for what, through which channel,
with which documents. An incomplete package becomes a refusal of acceptance."""

from __future__ import annotations

from contextlib import suppress
from datetime import date, datetime
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import QT_DATETIME_FORMAT, format_date, format_datetime
from desktop.domain.errors import DomainError, InvalidInput
from desktop.domain.iin import InvalidIin, parse_iin
from desktop.services import queries, registration, unsaved_work
from desktop.services.errors import IncompletePackage
from desktop.services.inputs import ApplicantInput, Application
from desktop.services.reference import catalogue, now
from desktop.services.session import Session
from desktop.ui import messages, printing
from desktop.ui.workspaces.common import (
    confirm,
    date_edit,
    read_date,
    to_qdatetime,
    ui_language,
    write_date,
)

OK_COLOUR = "#1d6b1d"
BAD_COLOUR = "#b00020"
HINT_COLOUR = "#666666"
IIN_DIGITS = 12
# The application being typed reaches this PC's disk this often (see services.unsaved_work).
KEEP_EVERY_MS = 2000
KEPT_FORM = "new-application"
_TEXT_FIELDS = ("iin", "surname", "first_name", "patronymic", "phone", "external_number",
                "representative_name", "representative_document")


def _coloured(label: QLabel, text: str, colour: str) -> None:
    label.setText(text)
    label.setStyleSheet(f"color: {colour};")


class DocumentChecklist(QWidget):
    """The documents the catalogue requires here, each with a "presented" and an "expired"
    tick; rebuilt when the service, channel or the duplicate's circumstances change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self.presented: dict[str, QCheckBox] = {}
        self.expired: dict[str, QCheckBox] = {}
        self._heads = (QLabel(self), QLabel(self), QLabel(self))
        for column, head in enumerate(self._heads):
            head.setStyleSheet("font-weight: bold;")
            self._grid.addWidget(head, 0, column)
        self.retranslate()

    def retranslate(self) -> None:
        self._heads[0].setText(self.tr("Document"))
        self._heads[1].setText(self.tr("Presented"))
        self._heads[2].setText(self.tr("Expired"))

    def set_documents(self, documents, lang: str) -> None:
        was_presented = {c for c, box in self.presented.items() if box.isChecked()}
        was_expired = {c for c, box in self.expired.items() if box.isChecked()}
        while self._grid.count() > len(self._heads):
            item = self._grid.takeAt(len(self._heads))
            if item.widget():
                item.widget().hide()  # gone at once, not when the event loop deletes it
                item.widget().deleteLater()
        self.presented.clear()
        self.expired.clear()
        for row, doc in enumerate(documents, start=1):
            name = QLabel(doc.name.in_(lang), self)
            name.setWordWrap(True)
            presented = QCheckBox(self)
            presented.setChecked(doc.code in was_presented)
            presented.setAccessibleName(doc.name.in_(lang))
            expired = QCheckBox(self)
            expired.setChecked(doc.code in was_expired)
            self._grid.addWidget(name, row, 0)
            self._grid.addWidget(presented, row, 1, Qt.AlignmentFlag.AlignCenter)
            self._grid.addWidget(expired, row, 2, Qt.AlignmentFlag.AlignCenter)
            self.presented[doc.code] = presented
            self.expired[doc.code] = expired

    def chosen(self) -> tuple[set[str], set[str]]:
        presented = {c for c, box in self.presented.items() if box.isChecked()}
        expired = {c for c, box in self.expired.items() if box.isChecked()}
        return presented, expired


class RegistrationDialog(QDialog):
    """Fill in, press Register: the receipt (or the refusal receipt) is printed and the dialog
    closes with `case_id` set."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.case_id: int | None = None
        self.refused = False
        self._lang = ui_language(session)
        # The 15-minute norm of the registration counts from the moment the form opens.
        self._started_at = now().replace(microsecond=0)

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
        self.buttons = QDialogButtonBox(self)
        self.register_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        self._build()
        self._fill_choices()
        self._connect()
        self.retranslate()
        self._service_changed()
        self._iin_changed()

        self._dropped = False  # the user chose to close it, or it was registered
        self._last_kept: dict | None = None
        self._keep_timer = QTimer(self)
        self._keep_timer.setInterval(KEEP_EVERY_MS)
        self._keep_timer.timeout.connect(self._keep)
        self._keep_timer.start()
        self._offer_kept_copy()

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.application_box = QGroupBox(self)
        form = QFormLayout(self.application_box)
        self._labels: dict[str, QLabel] = {}
        # Each field's error, shown under it (all at once) when Register finds it wrong.
        self.field_errors: dict[str, QLabel] = {}
        self._error_rows: dict[str, QFormLayout] = {}

        def row(layout: QFormLayout, key: str, widget) -> None:
            label = QLabel(self)
            self._labels[key] = label
            layout.addRow(label, widget)
            error = QLabel(self)
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {BAD_COLOUR};")
            error.setObjectName(f"error_{key}")
            layout.addRow("", error)
            layout.setRowVisible(error, False)
            self.field_errors[key] = error
            self._error_rows[key] = layout

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
        self._form = form

        self.applicant_box = QGroupBox(self)
        person = QFormLayout(self.applicant_box)
        iin = QWidget(self)
        iin_col = QVBoxLayout(iin)
        iin_col.setContentsMargins(0, 0, 0, 0)
        iin_col.addWidget(self.iin)
        iin_col.addWidget(self.iin_status)
        row(person, "iin", iin)
        birth = QWidget(self)
        birth_col = QVBoxLayout(birth)
        birth_col.setContentsMargins(0, 0, 0, 0)
        birth_col.addWidget(self.birth_date)
        birth_col.addWidget(self.birth_status)
        row(person, "birth_date", birth)
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
        self.resize(1040, 720)

    def _fill_choices(self) -> None:
        self.service.clear()
        for service in catalogue():
            self.service.addItem(service.short_name.in_(self._lang), service.code)
        self.result_language.clear()
        for code in ("kk", "ru"):
            self.result_language.addItem(messages.language_name(code), code)
        # The result is written in the language the clerk works in now, unless the applicant
        # asks otherwise (a letter must not mix languages).
        self.result_language.setCurrentIndex(max(self.result_language.findData(self._lang), 0))

    def _connect(self) -> None:
        self.service.currentIndexChanged.connect(self._service_changed)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.lost.toggled.connect(self._documents_changed)
        self.damaged.toggled.connect(self._documents_changed)
        self.name_changed.toggled.connect(self._documents_changed)
        self.iin.textChanged.connect(self._iin_changed)
        self.birth_date.dateChanged.connect(self._birth_changed)
        self.register_button.clicked.connect(self.register)
        self.cancel_button.clicked.connect(self.reject)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New application"))
        texts = {
            "service": self.tr("Service"),
            "channel": self.tr("How the application came"),
            "external_number": self.tr("Request number"),
            "submitted_at": self.tr("Submitted on the portal"),
            "language": self.tr("Language of the result"),
            "reason": self.tr("The document was"),
            "iin": self.tr("IIN"),
            "birth_date": self.tr("Date of birth"),
            "surname": self.tr("Surname"),
            "name": self.tr("First name"),
            "patronymic": self.tr("Patronymic"),
            "phone": self.tr("Phone"),
            "representative_name": self.tr("Full name"),
            "representative_document": self.tr("Their document"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.application_box.setTitle(self.tr("Application"))
        self.applicant_box.setTitle(self.tr("Applicant (the student or graduate)"))
        self.representative_box.setTitle(
            self.tr("Representative (only if someone applies on the applicant's behalf)"))
        self.documents_box.setTitle(self.tr("Documents presented"))
        self.documents_hint.setText(self.tr(
            "Tick each document the applicant handed in. Tick \u201cexpired\u201d if its "
            "validity has ended. Without a complete package the application can only be "
            "refused acceptance."))
        self.lost.setText(self.tr("lost"))
        self.damaged.setText(self.tr("damaged"))
        self.name_changed.setText(self.tr("The surname, name or patronymic has changed"))
        self.iin.setPlaceholderText(self.tr("12 digits"))
        self.phone.setPlaceholderText("+7 701 123 45 67")
        self.representative_document.setPlaceholderText(
            self.tr("power of attorney or birth certificate No."))
        self.register_button.setText(self.tr("Register"))
        self.checklist.retranslate()
        self._iin_changed()

    # --- reactions to typing ----------------------------------------------------------------
    def _service(self):
        return catalogue()[self.service.currentData()]

    def _service_changed(self) -> None:
        service = self._service()
        current = self.channel.currentData()
        self.channel.blockSignals(True)
        self.channel.clear()
        for code in service.channels:
            self.channel.addItem(messages.channel_name(code), code)
        self.channel.setCurrentIndex(max(self.channel.findData(current), 0))
        self.channel.blockSignals(False)
        duplicate = service.code == "duplicate"
        self._form.setRowVisible(self._labels["reason"], duplicate)
        self._form.setRowVisible(self.name_changed, duplicate)
        self._channel_changed()

    def _channel_changed(self) -> None:
        channel = self.channel.currentData()
        self._form.setRowVisible(self.external_number, channel in ("state_corp", "portal"))
        self._form.setRowVisible(self.submitted_at, channel == "portal")
        self._documents_changed()

    def _documents_changed(self) -> None:
        service = self._service()
        duplicate = service.code == "duplicate"
        documents = service.required_documents(
            self.channel.currentData(), damaged=duplicate and self.damaged.isChecked(),
            name_changed=duplicate and self.name_changed.isChecked(),
        )
        self.checklist.set_documents(documents, self._lang)
        self._tab_order()

    def _tab_order(self) -> None:
        """Typing order: the person, the representative, the documents, then Register (the
        document ticks are made anew each time the list changes)."""
        chain = [self.phone, self.representative_name, self.representative_document]
        for code in self.checklist.presented:
            chain += [self.checklist.presented[code], self.checklist.expired[code]]
        chain.append(self.register_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _iin_changed(self) -> None:
        text = self.iin.text().strip()
        if not text:
            _coloured(self.iin_status, self.tr("Type the 12 digits of the IIN."), HINT_COLOUR)
            self._birth_changed()
            return
        if text.isdigit() and len(text) < IIN_DIGITS:
            _coloured(self.iin_status,
                      self.tr("%1 of 12 digits").replace("%1", str(len(text))), HINT_COLOUR)
            self._birth_changed()
            return
        try:
            iin = parse_iin(text, today=now().date())
        except InvalidIin as exc:
            error = InvalidInput("iin", f"iin_{exc.reason}", str(exc))
            _coloured(self.iin_status, messages.error_text(error), BAD_COLOUR)
            self._birth_changed()
            return
        sex = self.tr("male") if iin.sex == "M" else self.tr("female")
        _coloured(self.iin_status, self.tr("Correct IIN: born %1, %2")
                  .replace("%1", format_date(iin.birth_date)).replace("%2", sex),
                  OK_COLOUR)
        if read_date(self.birth_date) is None:
            write_date(self.birth_date, iin.birth_date)
        self._birth_changed()

    def _iin_birth_date(self) -> date | None:
        try:
            return parse_iin(self.iin.text(), today=now().date()).birth_date
        except InvalidIin:
            return None

    def _birth_changed(self) -> None:
        entered = read_date(self.birth_date)
        from_iin = self._iin_birth_date()
        if entered is None or from_iin is None:
            self.birth_status.setText("")
        elif entered != from_iin:
            _coloured(self.birth_status, messages.error_text(
                InvalidInput("birth_date", "birth_date_mismatch", "")), BAD_COLOUR)
        else:
            _coloured(self.birth_status, self.tr("Matches the IIN"), OK_COLOUR)

    # --- registering ----------------------------------------------------------------------
    def application(self) -> Application:
        channel = self.channel.currentData()
        duplicate = self.service.currentData() == "duplicate"
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

    def show_field_errors(self, errors: list[InvalidInput]) -> None:
        """Every wrong field at once, each beside its field; the first one gets the focus."""
        wrong = {}
        for error in errors:
            if error.field == "iin":
                # The IIN's own line under it already says what is wrong as it is typed.
                _coloured(self.iin_status, messages.error_text(error), BAD_COLOUR)
            elif error.code == "birth_date_mismatch":
                _coloured(self.birth_status, messages.error_text(error), BAD_COLOUR)
            elif error.field in self.field_errors:
                wrong.setdefault(error.field, messages.error_text(error))
        for key, label in self.field_errors.items():
            label.setText(wrong.get(key, ""))
            self._error_rows[key].setRowVisible(label, key in wrong)
        if errors:
            self._focus(errors[0].field)

    def _open_cases_confirmed(self, app: Application) -> bool:
        """The same person already waits for the same service: register again only if asked."""
        try:
            iin = parse_iin(app.applicant.iin or "", today=now().date()).value
            open_cases = queries.open_cases_of(self._session, iin, app.service)
        except (InvalidIin, DomainError):
            return True
        if not open_cases:
            return True
        listed = ", ".join(f"{c.reg_number} ({messages.state_name(c.state)})"
                           for c in open_cases)
        return confirm(self, self.tr("Already in work"), self.tr(
            "This person already has an open application for this service: %1. Register "
            "another one anyway?").replace("%1", listed))

    def register(self) -> None:
        app = self.application()
        app.started_at = self._started_at
        errors = registration.field_errors(app)
        self.show_field_errors(errors)
        if errors:
            return
        if not self._open_cases_confirmed(app):
            return
        try:
            case = registration.register(self._session, app)
        except IncompletePackage as exc:
            question = messages.error_text(exc) + "\n\n" + self.tr(
                "Refuse acceptance and print the refusal receipt for the applicant?")
            if not confirm(self, self.tr("Incomplete package"), question):
                return
            self._refuse(app)
            return
        except InvalidInput as exc:
            if exc.field in self.field_errors:
                self.show_field_errors([exc])
            else:
                messages.show_error(self, exc)
            return
        except DomainError as exc:
            messages.show_error(self, exc)
            return
        self._done(case.id, refused=False)

    def _refuse(self, app: Application) -> None:
        try:
            case = registration.refuse_acceptance(self._session, app)
        except InvalidInput as exc:
            messages.show_error(self, exc)
            self._focus(exc.field)
            return
        except DomainError as exc:
            messages.show_error(self, exc)
            return
        self._done(case.id, refused=True)

    def _done(self, case_id: int, *, refused: bool) -> None:
        self.case_id = case_id
        self.refused = refused
        self._drop_kept_copy()
        detail = queries.get_case(self._session, case_id)
        kind = "refusal_receipt" if refused else "receipt"
        printing.preview(self, lambda: printing.receipt_pdf(self._session, detail),
                         printing.file_title(kind, detail))
        self.accept()

    def _typed_anything(self) -> bool:
        return any(getattr(self, name).text().strip() for name in _TEXT_FIELDS)

    def reject(self) -> None:
        """Cancel, Esc or the close box: a filled-in application is not dropped unasked.
        (Closing on sign-out goes through done() and asks nothing.)"""
        if self.case_id is None and self._typed_anything() and not confirm(
                self, self.tr("Discard the application?"),
                self.tr("What you typed for this application will be lost. Close anyway?")):
            return
        self._drop_kept_copy()
        super().reject()

    def done(self, result: int) -> None:
        self._keep_timer.stop()
        if not self._dropped:
            self._keep()  # closed from outside (a lock-out): offered back next time
        super().done(result)

    # --- a copy on disk while it is typed -----------------------------------------------------
    def snapshot(self) -> dict:
        """What is typed and chosen, as plain JSON values."""
        presented, expired = self.checklist.chosen()
        values = {name: getattr(self, name).text() for name in _TEXT_FIELDS}
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
        for name in _TEXT_FIELDS:  # the IIN first: typing it fills in the birth date
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

    def _keep(self) -> None:
        if self.case_id is not None or not self._typed_anything():
            return
        values = self.snapshot()
        if values != self._last_kept:
            unsaved_work.keep_form(self._session.username, KEPT_FORM, values)
            self._last_kept = values

    def _drop_kept_copy(self) -> None:
        self._dropped = True
        self._keep_timer.stop()
        unsaved_work.discard_form(self._session.username, KEPT_FORM)

    def _offer_kept_copy(self) -> None:
        kept = unsaved_work.load_form(self._session.username, KEPT_FORM)
        if kept is None:
            return
        saved_at, values = kept
        if confirm(self.parentWidget() or self, self.tr("Unfinished application found"),
                   self.tr("An application you were typing was not registered (the last copy "
                           "is from %1). Put it back in the form?")
                   .replace("%1", format_datetime(saved_at))):
            # A copy from an older Kense may not fit: what could be restored stays.
            with suppress(ValueError, TypeError):
                self.restore(values)
        else:
            unsaved_work.discard_form(self._session.username, KEPT_FORM)

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

