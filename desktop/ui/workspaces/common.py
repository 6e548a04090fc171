"""Small pieces every workspace shares: date fields as the office writes dates, the UI language,
and running one use case on one case with its version, so a conflict reloads the case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QMessageBox, QWidget

from desktop.domain.dates import QT_DATE_FORMAT
from desktop.domain.errors import DomainError
from desktop.services.accounts.session import Session
from desktop.services.errors import Conflict
from desktop.ui import messages

T = TypeVar("T")

# A QDateEdit cannot be empty: its minimum date stands for "not filled in" and shows blank.
EMPTY_DATE = QDate(1900, 1, 1)



def ui_language(session: Session | None = None) -> str:
    """The language of the screen now ("kk" or "ru"): it can change while the app runs."""
    try:
        from desktop.ui import i18n

        lang = i18n.current_language()
    except (ImportError, AttributeError):
        lang = None
    if lang in ("kk", "ru"):
        return lang
    return session.language if session else "kk"


def date_edit(parent: QWidget | None = None, *, optional: bool = False) -> QDateEdit:
    """A dd.mm.yyyy date field; an optional one starts blank (its minimum date)."""
    edit = QDateEdit(parent)
    edit.setDisplayFormat(QT_DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(EMPTY_DATE)
    edit.setMaximumDate(QDate(2100, 12, 31))
    if optional:
        edit.setSpecialValueText(" ")
        edit.setDate(EMPTY_DATE)
    return edit


def read_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    if edit.specialValueText() and value == edit.minimumDate():
        return None
    return value.toPython()


def write_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value) if value else edit.minimumDate())


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute, value.second))


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def attempt(parent: QWidget, call: Callable[[], T], on_conflict: Callable[[], None] | None = None
            ) -> T | None:
    """Run one use case; any refusal is shown to the user and gives None. After a conflict
    (someone else changed the case) the caller's `on_conflict` reloads what is on screen."""
    try:
        return call()
    except Conflict as exc:
        messages.show_error(parent, exc)
        if on_conflict:
            on_conflict()
        return None
    except DomainError as exc:
        messages.show_error(parent, exc)
        return None
