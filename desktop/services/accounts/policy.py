"""Office-wide policies the admin sets for every PC: the idle minutes before the screen locks."""

from __future__ import annotations

from desktop.domain.validation import check_number
from desktop.services.accounts.session import Session, acting_user
from desktop.services.records import audit
from desktop.store.connection import write_transaction
from desktop.store.settings import read_setting, write_setting

IDLE_LOCK_KEY = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10
# A lock sooner than a minute interrupts typing; one later than two hours leaves a signed-in
# office PC open to whoever passes by.
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 120


def idle_lock_minutes() -> int:
    """Minutes without keyboard or mouse input before a signed-in PC locks its screen."""
    text = read_setting(IDLE_LOCK_KEY)
    try:
        minutes = int(text) if text is not None else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return min(max(minutes, MIN_IDLE_MINUTES), MAX_IDLE_MINUTES)


def set_idle_lock_minutes(session: Session, minutes: int) -> None:
    acting_user(session, "admin")
    # Whole minutes only: 2.5 or NaN would be stored as text the reader cannot parse.
    check_number(minutes, "idle_minutes", MIN_IDLE_MINUTES, MAX_IDLE_MINUTES, integer=True,
                 required=True)
    with write_transaction():
        admin = acting_user(session, "admin")  # again, in the transaction that writes
        before = idle_lock_minutes()
        write_setting(IDLE_LOCK_KEY, str(minutes))
        audit.append(admin.username, "set_idle_lock", None, {"minutes": [before, minutes]})
