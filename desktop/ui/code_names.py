"""Display names of the codes the program stores: fields, states, channels, roles, actions,
documents, deadline statuses, languages, verification verdicts, services.

Tables hold source strings marked with QT_TRANSLATE_NOOP so that lupdate finds them; they are
translated at the moment of use, so a language switch takes effect at once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# The translation context these names have always had in the .ts files.
CONTEXT = "messages"


translate = QCoreApplication.translate


FIELDS = {
    "blank_kind": QT_TRANSLATE_NOOP("messages", "Kind of blank"),
    "blank_series": QT_TRANSLATE_NOOP("messages", "Series"),
    "first_number": QT_TRANSLATE_NOOP("messages", "First number"),
    "last_number": QT_TRANSLATE_NOOP("messages", "Last number"),
    "received_on": QT_TRANSLATE_NOOP("messages", "Received on"),
    "receipt_document": QT_TRANSLATE_NOOP("messages", "Document of receipt"),
    "period": QT_TRANSLATE_NOOP("messages", "Period"),
    "blank_reason": QT_TRANSLATE_NOOP("messages", "Reason"),
    "iin": QT_TRANSLATE_NOOP("messages", "IIN"),
    "surname": QT_TRANSLATE_NOOP("messages", "Surname"),
    "name": QT_TRANSLATE_NOOP("messages", "First name"),
    "patronymic": QT_TRANSLATE_NOOP("messages", "Patronymic"),
    "birth_date": QT_TRANSLATE_NOOP("messages", "Date of birth"),
    "phone": QT_TRANSLATE_NOOP("messages", "Phone"),
    "email": QT_TRANSLATE_NOOP("messages", "E-mail"),
    "bin": QT_TRANSLATE_NOOP("messages", "BIN"),
    "address": QT_TRANSLATE_NOOP("messages", "Address"),
    "username": QT_TRANSLATE_NOOP("messages", "User name"),
    "full_name": QT_TRANSLATE_NOOP("messages", "Full name"),
    "password": QT_TRANSLATE_NOOP("messages", "Password"),
    "role": QT_TRANSLATE_NOOP("messages", "Role"),
    "language": QT_TRANSLATE_NOOP("messages", "Language"),
    "name_kk": QT_TRANSLATE_NOOP("messages", "College name in Kazakh"),
    "name_ru": QT_TRANSLATE_NOOP("messages", "College name in Russian"),
    "address_kk": QT_TRANSLATE_NOOP("messages", "Address in Kazakh"),
    "address_ru": QT_TRANSLATE_NOOP("messages", "Address in Russian"),
    "head_name": QT_TRANSLATE_NOOP("messages", "Head of the college"),
    "idle_minutes": QT_TRANSLATE_NOOP("messages", "Minutes before the screen locks"),
    "service": QT_TRANSLATE_NOOP("messages", "Service"),
    "channel": QT_TRANSLATE_NOOP("messages", "How the application came"),
    "external_number": QT_TRANSLATE_NOOP("messages", "Request number"),
    "submitted_at": QT_TRANSLATE_NOOP("messages", "Date of the request"),
    "reason": QT_TRANSLATE_NOOP("messages", "Reason (lost or damaged)"),
    "documents": QT_TRANSLATE_NOOP("messages", "Documents"),
    "representative_name": QT_TRANSLATE_NOOP("messages", "Representative"),
    "representative_document": QT_TRANSLATE_NOOP("messages", "Representative's document"),
    "executor": QT_TRANSLATE_NOOP("messages", "Executor"),
    "comment": QT_TRANSLATE_NOOP("messages", "Comment"),
    "motivation": QT_TRANSLATE_NOOP("messages", "Grounds for refusal"),
    "recipient": QT_TRANSLATE_NOOP("messages", "Recipient"),
    "recipient_name": QT_TRANSLATE_NOOP("messages", "Recipient's name"),
    "identity_document": QT_TRANSLATE_NOOP("messages", "Identity document"),
    "power_of_attorney": QT_TRANSLATE_NOOP("messages", "Power of attorney"),
    "note": QT_TRANSLATE_NOOP("messages", "Note"),
    "code": QT_TRANSLATE_NOOP("messages", "Verification code"),
    "day": QT_TRANSLATE_NOOP("messages", "Day"),
    "study_from": QT_TRANSLATE_NOOP("messages", "Start of study"),
    "study_to": QT_TRANSLATE_NOOP("messages", "End of study"),
    "specialty_code": QT_TRANSLATE_NOOP("messages", "Specialty code"),
    "specialty_name": QT_TRANSLATE_NOOP("messages", "Specialty"),
    "qualification": QT_TRANSLATE_NOOP("messages", "Qualification"),
    "study_form": QT_TRANSLATE_NOOP("messages", "Form of study"),
    "study_language": QT_TRANSLATE_NOOP("messages", "Language of study"),
    "course": QT_TRANSLATE_NOOP("messages", "Year of study"),
    "order_number": QT_TRANSLATE_NOOP("messages", "Expulsion order number"),
    "order_date": QT_TRANSLATE_NOOP("messages", "Expulsion order date"),
    "expulsion_reason": QT_TRANSLATE_NOOP("messages", "Reason for expulsion"),
    "transcript": QT_TRANSLATE_NOOP("messages", "Transcript"),
    "document_kind": QT_TRANSLATE_NOOP("messages", "Kind of document"),
    "original_series": QT_TRANSLATE_NOOP("messages", "Series of the original"),
    "original_number": QT_TRANSLATE_NOOP("messages", "Number of the original"),
    "original_issued_on": QT_TRANSLATE_NOOP("messages", "Date the original was issued"),
    "graduation_year": QT_TRANSLATE_NOOP("messages", "Year of graduation"),
    "name_as_written": QT_TRANSLATE_NOOP("messages", "Name as written in the original"),
    "honours": QT_TRANSLATE_NOOP("messages", "With honours"),
    "new_blank_series": QT_TRANSLATE_NOOP("messages", "Series of the new blank"),
    "new_blank_number": QT_TRANSLATE_NOOP("messages", "Number of the new blank"),
}

CHANNELS = {
    "office": QT_TRANSLATE_NOOP("messages", "At the college office"),
    "state_corp": QT_TRANSLATE_NOOP("messages", "Through the State Corporation"),
    "portal": QT_TRANSLATE_NOOP("messages", "Through the e-government portal"),
    "home_visit": QT_TRANSLATE_NOOP("messages", "Home visit"),
}

ROLES = {
    "clerk": QT_TRANSLATE_NOOP("messages", "Clerk"),
    "head": QT_TRANSLATE_NOOP("messages", "Head"),
    "executor": QT_TRANSLATE_NOOP("messages", "Executor"),
    "admin": QT_TRANSLATE_NOOP("messages", "Administrator"),
}

# Workflow actions and the other things the audit log records.
ACTIONS = {
    "register": QT_TRANSLATE_NOOP("messages", "Register"),
    "refuse_acceptance": QT_TRANSLATE_NOOP("messages", "Refuse acceptance"),
    "assign": QT_TRANSLATE_NOOP("messages", "Assign an executor"),
    "submit_draft": QT_TRANSLATE_NOOP("messages", "Submit the draft"),
    "return_draft": QT_TRANSLATE_NOOP("messages", "Return for rework"),
    "sign": QT_TRANSLATE_NOOP("messages", "Sign"),
    "refuse": QT_TRANSLATE_NOOP("messages", "Motivated refusal"),
    "issue": QT_TRANSLATE_NOOP("messages", "Issue"),
    "hand_over": QT_TRANSLATE_NOOP("messages", "Hand over to the State Corporation"),
    "return_from_state_corp": QT_TRANSLATE_NOOP("messages", "Returned by the State Corporation"),
    "request_again": QT_TRANSLATE_NOOP("messages", "Requested again"),
    "withdraw": QT_TRANSLATE_NOOP("messages", "Withdraw the application"),
    "save_draft": QT_TRANSLATE_NOOP("messages", "Draft saved"),
    "first_run_setup": QT_TRANSLATE_NOOP("messages", "First set-up"),
    "login": QT_TRANSLATE_NOOP("messages", "Signed in"),
    "login_failed": QT_TRANSLATE_NOOP("messages", "Failed sign-in"),
    "logout": QT_TRANSLATE_NOOP("messages", "Signed out"),
    "unlock": QT_TRANSLATE_NOOP("messages", "Unlocked"),
    "unlock_failed": QT_TRANSLATE_NOOP("messages", "Failed unlock"),
    "account_locked": QT_TRANSLATE_NOOP("messages", "Account locked"),
    "create_user": QT_TRANSLATE_NOOP("messages", "User created"),
    "set_active": QT_TRANSLATE_NOOP("messages", "User enabled or disabled"),
    "change_role": QT_TRANSLATE_NOOP("messages", "Role changed"),
    "reset_password": QT_TRANSLATE_NOOP("messages", "Password reset"),
    "change_password": QT_TRANSLATE_NOOP("messages", "Own password changed"),
    "set_language": QT_TRANSLATE_NOOP("messages", "Language changed"),
    "update_college": QT_TRANSLATE_NOOP("messages", "College profile changed"),
    "install_nca_certificate": QT_TRANSLATE_NOOP("messages", "NCA certificate installed"),
    "remove_nca_certificate": QT_TRANSLATE_NOOP("messages", "NCA certificate removed"),
    "import_nca_crl": QT_TRANSLATE_NOOP("messages", "NCA list of revoked certificates imported"),
    "remove_nca_crl": QT_TRANSLATE_NOOP("messages", "NCA list of revoked certificates removed"),
    "sign_electronically": QT_TRANSLATE_NOOP("messages", "Result signed electronically"),
    "export_signed_result": QT_TRANSLATE_NOOP("messages",
                                              "Electronically signed result saved to files"),
    "set_calendar_override": QT_TRANSLATE_NOOP("messages", "Calendar day changed"),
    "remove_calendar_override": QT_TRANSLATE_NOOP("messages", "Calendar change removed"),
    "set_printer_offsets": QT_TRANSLATE_NOOP("messages", "Printer offsets for blanks changed"),
    "blank_batch_received": QT_TRANSLATE_NOOP("messages", "Batch of blanks received"),
    "blank_lost": QT_TRANSLATE_NOOP("messages", "Blank recorded as lost"),
    "blank_batch_corrected": QT_TRANSLATE_NOOP("messages", "Batch of blanks corrected"),
    "blank_batch_cancelled": QT_TRANSLATE_NOOP("messages", "Batch of blanks cancelled"),
    "spoil_blank": QT_TRANSLATE_NOOP("messages", "Blank spoiled, result moved to the next blank"),
    "set_idle_lock": QT_TRANSLATE_NOOP("messages", "Screen lock time changed"),
    "backup": QT_TRANSLATE_NOOP("messages", "Backup made"),
    "restore": QT_TRANSLATE_NOOP("messages", "Restored from a backup"),
    "switch_to_server": QT_TRANSLATE_NOOP("messages", "Moved to the database server"),
    "switch_to_local": QT_TRANSLATE_NOOP("messages", "Moved back to the local database"),
    "moved_to_server": QT_TRANSLATE_NOOP("messages", "The office's records moved to the office "
                                         "server"),
    "join_code_shown": QT_TRANSLATE_NOOP("messages", "The office server's join code shown"),
    "join_code_printed": QT_TRANSLATE_NOOP("messages", "The office server's join code sheet "
                                           "made for printing"),
    "server_backup": QT_TRANSLATE_NOOP("messages", "The office server's daily backup made"),
    "server_restore_check": QT_TRANSLATE_NOOP("messages", "The office server's backup restored "
                                              "into a scratch database and checked"),
    "edit": QT_TRANSLATE_NOOP("messages", "Case changed"),
    "office_key_created": QT_TRANSLATE_NOOP("messages", "Office key created"),
    "office_key_entered": QT_TRANSLATE_NOOP("messages", "Office key entered on a PC"),
    "office_key_sheet_kept": QT_TRANSLATE_NOOP("messages", "Key recovery sheet handed over"),
    "adopt_cases": QT_TRANSLATE_NOOP("messages", "Existing cases taken under the office key"),
    "adopt_applicants": QT_TRANSLATE_NOOP("messages",
                                          "Existing applicants taken under the office key"),
    "create_applicant": QT_TRANSLATE_NOOP("messages", "Applicant recorded"),
    "change_applicant": QT_TRANSLATE_NOOP("messages", "Applicant's data changed"),
    "print_result": QT_TRANSLATE_NOOP("messages", "Result printed"),
    "deadline_moved": QT_TRANSLATE_NOOP("messages", "Deadline moved by the calendar"),
}

DOCUMENTS = {
    "application": QT_TRANSLATE_NOOP("messages", "application"),
    "identity": QT_TRANSLATE_NOOP("messages", "identity document"),
    "original": QT_TRANSLATE_NOOP("messages", "original of the education document"),
    "e_application": QT_TRANSLATE_NOOP("messages", "electronic application"),
}

DEADLINES = {
    "on_time": QT_TRANSLATE_NOOP("messages", "On time"),
    "due_today": QT_TRANSLATE_NOOP("messages", "Due today"),
    "overdue": QT_TRANSLATE_NOOP("messages", "Overdue"),
}

LANGUAGES = {
    "kk": QT_TRANSLATE_NOOP("messages", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("messages", "Russian"),
}

VERDICTS = {
    "authentic": QT_TRANSLATE_NOOP(
        "messages", "Authentic: the college issued this document and its data is unchanged."
    ),
    "altered": QT_TRANSLATE_NOOP(
        "messages", "Warning: the record behind this code was changed after signing."
    ),
    "unknown": QT_TRANSLATE_NOOP("messages", "No document issued by this college has this code."),
    "replaced": QT_TRANSLATE_NOOP(
        "messages", "Not in force: this code was printed on a blank later spoiled; the same "
                    "result was printed on another blank with a new code."
    ),
}


def _lookup(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return translate(CONTEXT, source) if source else code


def field_name(field: str) -> str:
    """`transcript[3]` reads as "Transcript, row 3"."""
    if field.startswith("transcript[") and field.endswith("]"):
        row = field[len("transcript[") : -1]
        return translate("messages", "Transcript, row {row}").format(row=row)
    return _lookup(FIELDS, field)


def state_name(code: str | None) -> str:
    """A status's name in the interface language, from the catalogue's statuses.toml: the
    wording the printed journal uses too."""
    from desktop.services.reference import catalogue
    from desktop.ui import i18n

    if code is None:
        return ""
    return catalogue().status_name(code, i18n.current_language())


def status_name(state: str | None, result_kind: str = "") -> str:
    """A case's status as the registry shows it: a motivated refusal is not "ready to issue"
    nor "issued" (workflow.status)."""
    from desktop.domain import workflow

    return state_name(workflow.status(state, result_kind) if state else state)


def channel_name(code: str | None) -> str:
    return _lookup(CHANNELS, code)


def role_name(code: str | None) -> str:
    return _lookup(ROLES, code)


def action_name(code: str | None) -> str:
    return _lookup(ACTIONS, code)


def document_name(code: str | None) -> str:
    return _lookup(DOCUMENTS, code)


def deadline_name(code: str | None) -> str:
    return _lookup(DEADLINES, code)


def language_name(code: str | None) -> str:
    return _lookup(LANGUAGES, code)


def verdict_text(verdict: str) -> str:
    return _lookup(VERDICTS, str(verdict))


def result_name(code: str) -> str:
    """What a kind of result is called, from the service catalogue, in the interface language."""
    from desktop.services.reference import catalogue
    from desktop.ui import i18n

    return catalogue().result_name(code, i18n.current_language())


def service_name(code: str, lang: str | None = None, *, short: bool = True) -> str:
    """The service's name from the catalogue, in the interface language by default."""
    from desktop.services.reference import catalogue
    from desktop.ui import i18n

    try:
        service = catalogue()[code]
    except KeyError:
        return code
    text = service.short_name if short else service.name
    return text.in_(lang or i18n.current_language())


# Kinds of strict-accountability blank (the duplicate's document kinds) and their states.
BLANK_KINDS = {
    "diploma": QT_TRANSLATE_NOOP("messages", "diploma"),
    "diploma_honours": QT_TRANSLATE_NOOP("messages", "diploma with honours"),
    "appendix": QT_TRANSLATE_NOOP("messages", "appendix to the diploma"),
}
BLANK_STATES = {
    "in_stock": QT_TRANSLATE_NOOP("messages", "in stock"),
    "used": QT_TRANSLATE_NOOP("messages", "used"),
    "spoiled": QT_TRANSLATE_NOOP("messages", "spoiled"),
    "lost": QT_TRANSLATE_NOOP("messages", "lost"),
}


def blank_kind_name(kind: str) -> str:
    """A kind that no table here names (a new result's) reads as its code."""
    return _lookup(BLANK_KINDS, kind)


def blank_state_name(state: str) -> str:
    return _lookup(BLANK_STATES, state)
