"""What the user reads when something is refused or fails, and the display names of codes.

Every service error carries a stable `code` (and `params`); here it becomes a sentence in the
user's language. Tables hold source strings marked with QT_TRANSLATE_NOOP so that lupdate finds
them; they are translated at the moment of use, so a language switch takes effect at once.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

CONTEXT = "messages"


translate = QCoreApplication.translate


def _when(value: object) -> str:
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return str(value or "")


FIELDS = {
    "iin": QT_TRANSLATE_NOOP("messages", "IIN"),
    "surname": QT_TRANSLATE_NOOP("messages", "Surname"),
    "name": QT_TRANSLATE_NOOP("messages", "First name"),
    "patronymic": QT_TRANSLATE_NOOP("messages", "Patronymic"),
    "birth_date": QT_TRANSLATE_NOOP("messages", "Date of birth"),
    "phone": QT_TRANSLATE_NOOP("messages", "Phone"),
    "email": QT_TRANSLATE_NOOP("messages", "E-mail"),
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

STATES = {
    "registered": QT_TRANSLATE_NOOP("messages", "Registered"),
    "acceptance_refused": QT_TRANSLATE_NOOP("messages", "Acceptance refused"),
    "assigned": QT_TRANSLATE_NOOP("messages", "With the executor"),
    "rework": QT_TRANSLATE_NOOP("messages", "Returned for rework"),
    "draft_submitted": QT_TRANSLATE_NOOP("messages", "Awaiting signature"),
    "ready": QT_TRANSLATE_NOOP("messages", "Ready to issue"),
    "refusal_signed": QT_TRANSLATE_NOOP("messages", "Motivated refusal signed"),
    "at_state_corp": QT_TRANSLATE_NOOP("messages", "At the State Corporation"),
    "stored": QT_TRANSLATE_NOOP("messages", "Returned to the archive"),
    "requested": QT_TRANSLATE_NOOP("messages", "Requested again"),
    "issued": QT_TRANSLATE_NOOP("messages", "Issued"),
    "refusal_handed": QT_TRANSLATE_NOOP("messages", "Motivated refusal handed over"),
    "withdrawn": QT_TRANSLATE_NOOP("messages", "Withdrawn"),
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
    "set_calendar_override": QT_TRANSLATE_NOOP("messages", "Calendar day changed"),
    "remove_calendar_override": QT_TRANSLATE_NOOP("messages", "Calendar change removed"),
    "set_printer_offsets": QT_TRANSLATE_NOOP("messages", "Printer offsets for blanks changed"),
    "set_idle_lock": QT_TRANSLATE_NOOP("messages", "Screen lock time changed"),
    "backup": QT_TRANSLATE_NOOP("messages", "Backup made"),
    "restore": QT_TRANSLATE_NOOP("messages", "Restored from a backup"),
    "switch_to_server": QT_TRANSLATE_NOOP("messages", "Moved to the database server"),
    "switch_to_local": QT_TRANSLATE_NOOP("messages", "Moved back to the local database"),
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
    return _lookup(STATES, code)


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


def _documents(codes) -> str:
    return ", ".join(document_name(c) for c in codes)


def _field_error(code: str, field: str, params: dict) -> str | None:
    """Sentences about one field; None if the code is not a field error."""
    name = field_name(field)
    texts = {
        "iin_empty": lambda: translate("messages", "Enter the IIN."),
        "iin_length": lambda: translate("messages", "The IIN must have exactly 12 digits."),
        "iin_non_digit": lambda: translate("messages", "The IIN may contain digits only."),
        "iin_date": lambda: translate(
            "messages",
            "The first six digits of the IIN are not a real date of birth. Check the IIN.",
        ),
        "iin_century": lambda: translate(
            "messages", "The seventh digit of the IIN must be from 1 to 6. Check the IIN."
        ),
        "iin_checksum": lambda: translate(
            "messages", "This IIN does not exist: its check digit is wrong. Check each digit."
        ),
        "iin_future": lambda: translate(
            "messages", "The IIN gives a date of birth in the future. Check the IIN."
        ),
        "birth_date_mismatch": lambda: translate(
            "messages", "The date of birth does not match the IIN. Check both."
        ),
        "required": lambda: translate("messages", "Fill in the field “{field}”.").format(
            field=name
        ),
        "too_long": lambda: translate(
            "messages", "The field “{field}” is too long: at most {max_len} characters."
        ).format(field=name, max_len=params.get("max_len", "")),
        "bad_name": lambda: translate(
            "messages",
            "The field “{field}” may contain only letters, spaces and hyphens.",
        ).format(field=name),
        "bad_phone": lambda: translate(
            "messages",
            "The field “{field}” is not a phone number (for example +7 701 123 45 67).",
        ).format(field=name),
        "future_date": lambda: translate(
            "messages", "The date in the field “{field}” is in the future."
        ).format(field=name),
        "too_old_date": lambda: translate(
            "messages", "The date in the field “{field}” is too far in the past."
        ).format(field=name),
        "date_order": lambda: translate(
            "messages",
            "The date in the field “{field}” is earlier than the date before it.",
        ).format(field=name),
        "bad_choice": lambda: translate(
            "messages", "Choose a value from the list for the field “{field}”."
        ).format(field=name),
        "out_of_range": lambda: translate(
            "messages", "The field “{field}” must be a number from {low} to {high}."
        ).format(field=name, low=params.get("low", ""), high=params.get("high", "")),
        "password_short": lambda: translate(
            "messages", "The password is too short: at least {min_len} characters."
        ).format(min_len=params.get("min_len", 8)),
        "password_common": lambda: translate(
            "messages", "This password is too common and easy to guess. Choose another one."
        ),
        "password_has_username": lambda: translate(
            "messages", "The password must not contain the user name."
        ),
        "bad_username": lambda: translate(
            "messages",
            "The user name must be 2 to 60 Latin letters, digits, dots, hyphens or "
            "underscores, for example a.nurlanova.",
        ),
        "duplicate_username": lambda: translate(
            "messages", "This user name is already taken. Choose another one."
        ),
        "bad_executor": lambda: translate("messages", "Choose an active executor from the list."),
        "bad_code": lambda: translate(
            "messages", "This is not a verification code. Type the code as printed on the document."
        ),
        "bad_char": lambda: translate(
            "messages",
            "The field “{field}” contains an invisible control character or a broken character "
            "(often pasted from another program). Type the text again.",
        ).format(field=name),
    }
    make = texts.get(code)
    return make() if make else None


def _case_error(code: str, params: dict) -> str | None:
    texts = {
        "incomplete_package": lambda: _incomplete(params),
        "package_complete": lambda: translate(
            "messages",
            "All the documents are present: register the application instead of refusing it.",
        ),
        "draft_incomplete": lambda: translate(
            "messages", "The draft is not complete. Fill in: {fields}."
        ).format(fields=", ".join(field_name(f) for f in params.get("fields", []))),
        "storage_not_over": lambda: translate(
            "messages",
            "The State Corporation keeps the result until {until}; it cannot be returned earlier.",
        ).format(until=_when(params.get("until"))),
        "stale_version": lambda: translate(
            "messages",
            "Someone else has just changed this case. Nothing was saved: the case will be "
            "reloaded, check it and try again.",
        ),
        "not_your_case": lambda: translate(
            "messages", "This case is assigned to another executor."
        ),
        "role_not_allowed": lambda: translate("messages", "Your role does not allow this action."),
        "no_case_access": lambda: translate(
            "messages", "The administrator has no access to the content of cases."
        ),
        "not_in_this_state": lambda: translate(
            "messages",
            "“{action}” is not possible now: the case is in the state "
            "“{state}”.",
        ).format(action=action_name(params.get("action")), state=state_name(params.get("state"))),
        "channel_not_allowed": lambda: translate(
            "messages", "This service is not provided through this channel."
        ),
        "action_not_in_service": lambda: translate(
            "messages", "“{action}” does not exist for this service."
        ).format(action=action_name(params.get("action"))),
        "unknown_action": lambda: translate("messages", "This action is unknown to the program."),
        "last_admin": lambda: translate(
            "messages",
            "This is the last active administrator: the college would be left without one.",
        ),
        "draft_locked": lambda: translate(
            "messages", "The draft can be edited only before it is submitted to the head."
        ),
        "already_set_up": lambda: translate("messages", "This database is already set up."),
        "user_not_found": lambda: translate("messages", "This user no longer exists."),
        "case_not_found": lambda: translate("messages", "This case no longer exists."),
        "bad_credentials": lambda: translate("messages", "Wrong user name or password."),
        "account_locked": lambda: translate(
            "messages",
            "Too many wrong passwords: the account is locked until {until}. Wait or ask the "
            "administrator to reset the password.",
        ).format(until=_when(params.get("until"))),
        "account_disabled": lambda: translate(
            "messages", "This account is disabled. Ask the administrator."
        ),
        "office_key_missing": lambda: translate(
            "messages", "This PC does not have the office key of this database. Enter it from "
            "the key recovery sheet."),
        "office_key_wrong": lambda: translate(
            "messages", "This is not the office key of this database. Check the recovery sheet "
            "of this college."),
        "office_key_not_set": lambda: translate(
            "messages", "This database has no office key yet. Restart Kense on it."),
        "office_key_exists": lambda: translate(
            "messages", "This database already has an office key; no new one was made. "
            "Restart Kense."),
        "bad_office_key": lambda: translate(
            "messages", "The key is mistyped: check each group of four letters and digits "
            "against the recovery sheet."),
        "sheet_shown": lambda: translate(
            "messages", "The key recovery sheet was already handed over; it is shown only "
            "once."),
        "bad_anchor": lambda: translate(
            "messages", "Type the anchor as printed: the number of records, a colon, and at "
            "least 8 letters and digits (e.g. 1234:89AB12CD)."),
        "not_a_kense_backup": lambda: translate(
            "messages", "This file is not a Kense backup."),
        "nothing_issued": lambda: translate(
            "messages", "This case has no signed result to print."),
        "draft_not_for_clerk": lambda: translate(
            "messages", "The office sees the result once the head has signed it."),
        "iin_taken": lambda: translate("messages", "Another person is recorded with this IIN."),
        "applicant_not_found": lambda: translate("messages", "This person is no longer on file."),
        "session_ended": lambda: translate(
            "messages",
            "You are signed out: the session was ended on this or another computer, or the "
            "administrator changed your account (password, role or access). Sign in again.",
        ),
        "session_expired": lambda: translate(
            "messages",
            "You are signed out because Kense was not used for too long. Sign in again.",
        ),
        "session_invalid": lambda: translate(
            "messages", "This session was not opened by signing in. Sign in again."
        ),
    }
    make = texts.get(code)
    return make() if make else None


def _incomplete(params: dict) -> str:
    parts = [translate("messages", "The package of documents is incomplete.")]
    if params.get("missing"):
        parts.append(
            translate("messages", "Missing: {documents}.").format(
                documents=_documents(params["missing"])
            )
        )
    if params.get("expired"):
        parts.append(
            translate("messages", "Expired: {documents}.").format(
                documents=_documents(params["expired"])
            )
        )
    parts.append(translate("messages", "The application can only be refused acceptance."))
    return " ".join(parts)


def _store_error(code: str, params: dict) -> str | None:
    texts = {
        "network_share": lambda: translate(
            "messages",
            "The database is on a network folder, where it could be damaged. Keep it on this "
            "computer's own disk, or use a PostgreSQL server for several computers.",
        ),
        "newer_schema": lambda: translate(
            "messages",
            "The database was made by a newer version of Kense. Install the newer version; "
            "nothing was changed.",
        ),
        "backup_corrupt": lambda: translate(
            "messages",
            "The backup copy is damaged (it failed its integrity check). Nothing was changed.",
        ),
        "backup_missing": lambda: translate("messages", "The backup file was not found."),
        "restore_corrupt": lambda: translate(
            "messages",
            "The restored database failed its integrity check. The previous data was saved "
            "in the backups folder; ask the IT specialist.",
        ),
        "not_sqlite": lambda: translate(
            "messages", "This database is on a PostgreSQL server: it is backed up on the server."
        ),
        "not_open": lambda: translate("messages", "No database is open."),
        "corrupt": lambda: translate(
            "messages",
            "The database file is damaged. Kense will not write into it, so that nothing more "
            "is lost. Restore the latest backup, or ask the IT specialist.",
        ),
        "missing_database": lambda: translate(
            "messages",
            "The database file is missing, but backups exist. Restore the latest backup rather "
            "than start with an empty database.",
        ),
        "cannot_open": lambda: translate(
            "messages",
            "The database file cannot be opened. Check that the data folder exists and that "
            "you may write there.",
        ),
        "read_only": lambda: translate(
            "messages",
            "The database is read-only: nothing can be saved. Check the folder's permissions, "
            "or copy the data folder to a place where you may write.",
        ),
        "disk_full": lambda: translate(
            "messages",
            "The disk is full, so nothing was saved. Free some space (for example, move old "
            "backups elsewhere) and try again.",
        ),
        "server_unreachable": lambda: translate(
            "messages",
            "The database server cannot be reached. Check the network cable and that the "
            "server computer is on, then try again.",
        ),
        "server_incomplete": lambda: translate(
            "messages", "Enter the server's address, the database and the user name."
        ),
        "unexpected": lambda: translate(
            "messages", "The database reported an unexpected problem. Ask the IT specialist."
        ),
        "file_error": lambda: translate(
            "messages",
            "The file or folder cannot be used (it may be missing, be a file instead of a "
            "folder, or have too long a name). Check the path and try again; nothing was "
            "changed.",
        ),
        "empty_database": lambda: translate(
            "messages",
            "The database file is empty: the data is not in it. Kense will not start over on "
            "an empty database. Restore the latest backup, or, if this is a new installation, "
            "move the empty file out of the data folder.",
        ),
        "backup_empty": lambda: translate(
            "messages",
            "The chosen backup file is empty or holds no data. Choose another backup; nothing "
            "was changed.",
        ),
        "not_kense": lambda: translate(
            "messages",
            "The file is not a Kense database (it belongs to another program or is not a "
            "database at all). Choose a Kense backup or check the data folder; nothing was "
            "changed.",
        ),
        "bad_server_config": lambda: translate(
            "messages",
            "The file with this computer's database server settings (server.json) is damaged. "
            "Open the data folder and correct the file or delete it: without it Kense uses this "
            "computer's own database.",
        ),
        "locked": lambda: translate(
            "messages",
            "The database is busy: another Kense window or a copying program is holding it. "
            "Nothing was saved. Wait a minute and try again; if it does not pass, close Kense "
            "everywhere on this computer.",
        ),
    }
    make = texts.get(code)
    return make() if make else None


def error_text(exc: BaseException) -> str:
    """A clear sentence in the interface language for any exception a user may meet."""
    from desktop.domain.errors import DomainError, InvalidInput
    from desktop.ui import session_guard

    session_guard.report(exc)  # the main window takes the user to the sign-in
    code = getattr(exc, "code", None)
    params = dict(getattr(exc, "params", None) or {})
    if isinstance(exc, InvalidInput):
        text = _field_error(exc.code, exc.field, params) or _case_error(exc.code, params)
        if text:
            return text
        return translate("messages", "Check the field “{field}”.").format(
            field=field_name(exc.field)
        )
    if isinstance(exc, DomainError):
        text = _case_error(exc.code, params) or _field_error(
            exc.code, str(params.get("field", "")), params
        )
        if text:
            return text
        return translate("messages", "The action was refused (code: {code}).").format(code=exc.code)
    if _is_store_error(exc):
        text = _store_error(str(code), params) or translate(
            "messages", "The database cannot be used (code: {code}).").format(code=code)
        if params.get("path") and "://" not in str(params["path"]):
            text += "\n" + translate("messages", "File: {path}").format(path=params["path"])
        return text
    known = _database_error(exc)
    if known is not None:
        return error_text(known)
    if isinstance(exc, PermissionError):
        return translate("messages", "Access to the file or folder was denied.")
    if isinstance(exc, FileNotFoundError):
        return translate("messages", "The file was not found.")
    if isinstance(exc, OSError):
        return translate("messages", "The file or disk could not be used: {detail}").format(
            detail=exc.strerror or type(exc).__name__
        )
    return translate(
        "messages",
        "An unexpected error occurred. It was written to the log file; please tell the "
        "administrator what you were doing.",
    )


def _database_error(exc: BaseException):
    """A raw database error a use case let through, as the StoreError that explains it."""
    from desktop.services.errors import store_error_from

    known = store_error_from(exc)
    return known if known is not None and known is not exc else None


def _is_store_error(exc: BaseException) -> bool:
    from desktop.services.errors import StoreError

    return isinstance(exc, StoreError)


def error_title(exc: BaseException) -> str:
    from desktop.domain.errors import InvalidInput

    if isinstance(exc, InvalidInput):
        return translate("messages", "Check the data")
    if getattr(exc, "code", None) == "stale_version":
        return translate("messages", "The case was changed")
    return translate("messages", "Cannot do this")


def is_expected(exc: BaseException) -> bool:
    """A refusal the program foresaw (a rule, the database, a file), not a bug."""
    from desktop.domain.errors import DomainError

    if isinstance(exc, DomainError | OSError) or _is_store_error(exc):
        return True
    known = _database_error(exc)
    return known is not None and known.code != "unexpected"


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user, modally, what went wrong. A bug is also written to the log. A session
    that is over is said by the main window, once, as it returns to the sign-in."""
    from desktop.ui import session_guard

    if session_guard.is_session_over(exc):
        # The main window says it once and returns to the sign-in; a window already closed
        # (nobody listening) has nobody to tell.
        session_guard.report(exc)
        return
    if not is_expected(exc):
        logging.getLogger("kense.ui").error(
            "unexpected error", exc_info=(type(exc), exc, exc.__traceback__)
        )
    QMessageBox.warning(parent, error_title(exc), error_text(exc))


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
