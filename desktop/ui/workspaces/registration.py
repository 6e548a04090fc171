"""The clerk's registration of an application: who applies, for what, through which channel,
with which documents. An incomplete package becomes a refusal of acceptance."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.domain.dates import format_datetime
from desktop.domain.errors import DomainError, InvalidInput
from desktop.domain.iin import InvalidIin, parse_iin
from desktop.services.accounts.session import Session
from desktop.services.cases import queries, registration, unsaved_work
from desktop.services.cases.inputs import Application
from desktop.services.errors import IncompletePackage
from desktop.services.reference import catalogue, now
from desktop.ui import code_names, messages, printing
from desktop.ui.workspaces.applicant_part import ApplicantPart
from desktop.ui.workspaces.application_form import (
    BAD_COLOUR,
    TEXT_FIELDS,
    ApplicationForm,
    coloured,
)
from desktop.ui.workspaces.common import confirm, ui_language

# The application being typed reaches this PC's disk this often (see services.unsaved_work).
KEEP_EVERY_MS = 2000
KEPT_FORM = "new-application"


class RegistrationDialog(ApplicantPart, ApplicationForm, QDialog):
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

        self._make_fields()
        self.buttons = QDialogButtonBox(self)
        self.register_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        self._lay_out()
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

    def _fill_choices(self) -> None:
        self.service.clear()
        for service in catalogue():
            self.service.addItem(service.short_name.in_(self._lang), service.code)
        self.result_language.clear()
        for code in ("kk", "ru"):
            self.result_language.addItem(code_names.language_name(code), code)
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
        self.archive_button.clicked.connect(self.choose_from_archive)
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
            self.labels[key].setText(text)
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
        self.archive_button.setText(self.tr("Find in the college's archive…"))
        self.phone.setPlaceholderText("+7 701 123 45 67")
        self.representative_document.setPlaceholderText(
            self.tr("power of attorney or birth certificate No."))
        self.register_button.setText(self.tr("Register"))
        self.checklist.retranslate()
        self._iin_changed()

    # --- the service, its channel and documents -------------------------------------------
    def _service(self):
        return catalogue()[self.service.currentData()]

    def _service_changed(self) -> None:
        service = self._service()
        current = self.channel.currentData()
        self.channel.blockSignals(True)
        self.channel.clear()
        for code in service.channels:
            self.channel.addItem(code_names.channel_name(code), code)
        self.channel.setCurrentIndex(max(self.channel.findData(current), 0))
        self.channel.blockSignals(False)
        duplicate = service.asks_reason
        self.application_rows.setRowVisible(self.labels["reason"], duplicate)
        self.application_rows.setRowVisible(self.name_changed, duplicate)
        self._channel_changed()

    def _channel_changed(self) -> None:
        channel = self.channel.currentData()
        self.application_rows.setRowVisible(self.external_number,
                                            channel in ("state_corp", "portal"))
        self.application_rows.setRowVisible(self.submitted_at, channel == "portal")
        self._documents_changed()

    def _documents_changed(self) -> None:
        service = self._service()
        duplicate = service.asks_reason
        documents = service.required_documents(
            self.channel.currentData(), damaged=duplicate and self.damaged.isChecked(),
            name_changed=duplicate and self.name_changed.isChecked(),
        )
        self.checklist.set_documents(documents, self._lang)
        self._set_tab_order()

    # --- registering ----------------------------------------------------------------------
    def show_field_errors(self, errors: list[InvalidInput]) -> None:
        """Every wrong field at once, each beside its field; the first one gets the focus."""
        wrong = {}
        for error in errors:
            if error.field == "iin":
                # The IIN's own line under it already says what is wrong as it is typed.
                coloured(self.iin_status, messages.error_text(error), BAD_COLOUR)
            elif error.code == "birth_date_mismatch":
                coloured(self.birth_status, messages.error_text(error), BAD_COLOUR)
            elif error.field in self.field_errors:
                wrong.setdefault(error.field, messages.error_text(error))
        for key, label in self.field_errors.items():
            label.setText(wrong.get(key, ""))
            self.error_rows[key].setRowVisible(label, key in wrong)
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
        listed = ", ".join(f"{c.reg_number} ({code_names.state_name(c.state)})"
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
        return any(getattr(self, name).text().strip() for name in TEXT_FIELDS)

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
