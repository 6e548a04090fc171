"""What the user reads when something is refused or fails: the sentence for any exception, its
title, and the modal boxes that show them. The sentences themselves are in error_sentences.py,
the display names of codes in code_names.py.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.archive_sentences import archive_error
from desktop.ui.blank_sentences import blank_error
from desktop.ui.code_names import field_name
from desktop.ui.error_sentences import case_error, field_error, store_error
from desktop.ui.esign_sentences import esign_error
from desktop.ui.hearing_sentences import hearing_error

translate = QCoreApplication.translate


def error_text(exc: BaseException) -> str:
    """A clear sentence in the interface language for any exception a user may meet."""
    from desktop.domain.errors import DomainError, InvalidInput
    from desktop.ui import session_guard

    session_guard.report(exc)  # the main window takes the user to the sign-in
    code = getattr(exc, "code", None)
    params = dict(getattr(exc, "params", None) or {})
    if isinstance(exc, InvalidInput):
        text = (field_error(exc.code, exc.field, params) or blank_error(exc.code, params)
                or case_error(exc.code, params) or hearing_error(exc.code, params))
        if text:
            return text
        return translate("messages", "Check the field “{field}”.").format(
            field=field_name(exc.field)
        )
    if isinstance(exc, DomainError):
        text = (case_error(exc.code, params) or hearing_error(exc.code, params)
                or archive_error(exc.code, params)
                or blank_error(exc.code, params)
                or esign_error(exc.code, params)
                or field_error(exc.code, str(params.get("field", "")), params))
        if text:
            return text
        return translate("messages", "The action was refused (code: {code}).").format(code=exc.code)
    if _is_store_error(exc):
        text = store_error(str(code), params) or translate(
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
