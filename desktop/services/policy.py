"""Office-wide policies the admin sets for every PC: the idle minutes before the screen locks."""

from __future__ import annotations

from desktop.domain.errors import InvalidInput
from desktop.services import audit
from desktop.services.session import Session, acting_user
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
    if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
        raise InvalidInput("idle_minutes", "out_of_range",
                           f"must be {MIN_IDLE_MINUTES} to {MAX_IDLE_MINUTES} minutes",
                           low=MIN_IDLE_MINUTES, high=MAX_IDLE_MINUTES)
    with write_transaction():
        admin = acting_user(session, "admin")  # again, in the transaction that writes
        before = idle_lock_minutes()
        write_setting(IDLE_LOCK_KEY, str(minutes))
        audit.append(admin.username, "set_idle_lock", None, {"minutes": [before, minutes]})
