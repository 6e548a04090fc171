"""Office-wide policies the admin sets for every PC: the idle minutes before the screen locks."""

from __future__ import annotations

from desktop.domain.settings import setting
from desktop.services.accounts.session import Session, acting_user
from desktop.services.records import audit
from desktop.store.connection import write_transaction
from desktop.store.settings import office_value, set_office_value

IDLE_LOCK_KEY = "idle_lock_minutes"
_IDLE = setting(IDLE_LOCK_KEY, "office")
DEFAULT_IDLE_MINUTES: int = _IDLE.default
MIN_IDLE_MINUTES: int = _IDLE.minimum
MAX_IDLE_MINUTES: int = _IDLE.maximum


def idle_lock_minutes() -> int:
    """Minutes without keyboard or mouse input before a signed-in PC locks its screen."""
    return office_value(IDLE_LOCK_KEY)


def set_idle_lock_minutes(session: Session, minutes: int) -> None:
    acting_user(session, "admin")
    # Checked before the transaction: 2.5 or NaN would be stored as text the reader cannot parse.
    _IDLE.to_text(minutes, "idle_minutes")
    with write_transaction():
        admin = acting_user(session, "admin")  # again, in the transaction that writes
        before, after = set_office_value(IDLE_LOCK_KEY, minutes, "idle_minutes")
        audit.append(admin.username, "set_idle_lock", None, {"minutes": [before, after]})
