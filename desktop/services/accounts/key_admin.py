"""The admin's and the start-up's dealings with the office key
(desktop.services.accounts.office_key): the one-time recovery sheet, and typing the key in on
another PC."""

from __future__ import annotations

from desktop.services.accounts import office_key
from desktop.services.accounts.session import Session, acting_user
from desktop.services.errors import PermissionDenied
from desktop.services.records import audit
from desktop.services.records.upgrade import SYSTEM
from desktop.store.connection import write_transaction
from desktop.store.settings import write_setting


def recovery_sheet_text(session: Session) -> str:
    """The key as printed on the recovery sheet: for the admin, and only until they confirm
    the sheet is printed or written down (then it is never shown again)."""
    acting_user(session, "admin")
    if not office_key.sheet_pending():
        raise PermissionDenied("sheet_shown", "the recovery sheet was already handed over")
    return office_key.recovery_text(office_key.current_key())


def confirm_sheet_kept(session: Session) -> None:
    admin = acting_user(session, "admin")
    with write_transaction():
        write_setting(office_key.SHEET_PENDING, "0")
        audit.append(admin.username, "office_key_sheet_kept", None, {})


def enter_key_here(text: str) -> None:
    """This PC receives the office key typed from the recovery sheet (see office_key.enter_key);
    recorded in the log as the system, naming the OS user and the PC."""
    office_key.enter_key(text)
    with write_transaction():
        audit.append(SYSTEM, "office_key_entered", None, office_key.where_from())
