"""The sentence the user reads for each error code, in the interface language.

Every service, domain and store error carries a stable `code` (and `params`); messages.py
chooses which of these tables to ask. A code missing here falls back to a sentence naming the
code, which tests/ui/test_error_messages.py does not let pass.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from desktop.domain.dates import format_date, format_datetime
from desktop.domain.numbers import number_text
from desktop.ui.code_names import action_name, document_name, field_name, state_name

translate = QCoreApplication.translate


def _when(value: object) -> str:
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value or "")


def _documents(codes) -> str:
    return ", ".join(document_name(c) for c in codes)


def field_error(code: str, field: str, params: dict) -> str | None:
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
        "bad_bin": lambda: translate(
            "messages",
            "The field “{field}” is not a BIN: 12 digits, as on the college's registration "
            "certificate.",
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
        ).format(field=name, low=number_text(params.get("low", "")),
                 high=number_text(params.get("high", ""))),
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


def case_error(code: str, params: dict) -> str | None:
    """Sentences about a rule of the service, an account or the office key; None if unknown."""
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
        "period_reversed": lambda: translate(
            "messages", "The period ends ({last}) before it starts ({first}).").format(
            first=_when(params.get("first")), last=_when(params.get("last"))),
        "unknown_service": lambda: translate(
            "messages", "There is no service “{service}”.").format(
            service=params.get("service", "")),
        "unknown_figure": lambda: translate(
            "messages", "The report has no such figure."),
        "report_unknown": lambda: translate(
            "messages", "There is no report “{name}”. Reports: {known}.").format(
            name=params.get("name", ""), known=params.get("known", "")),
        "report_date_bad": lambda: translate(
            "messages", "{option} {value}: write the date as YYYY-MM-DD, e.g. 2026-03-31.").format(
            option=params.get("option", ""), value=params.get("value", "")),
        "report_format_bad": lambda: translate(
            "messages", "The report's file must end in .xlsx (Excel) or .pdf."),
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
        "catalogue_invalid": lambda: translate(
            "messages", "The service definitions that came with Kense are damaged ({file}, "
            "{key}): {problem}. Reinstall Kense; your data is not touched."
        ).format(file=params.get("file", ""), key=params.get("key", ""),
                 problem=params.get("problem", "")),
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


def store_error(code: str, params: dict) -> str | None:
    """Sentences about the database, its file or server; None if the code is unknown."""
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
    if make is None:
        from desktop.ui.server_sentences import server_error

        return server_error(code, params)
    return make()

