"""The office's settings: one text value per key in the `setting` table, shared by every PC.

Every key is declared in the one list of settings (desktop/domain/settings.py); a key nobody
declared is refused here, so the list stays the whole truth of what an office can set.
"""

from __future__ import annotations

from desktop.domain.settings import setting
from desktop.store.models import Setting


def read_setting(key: str) -> str | None:
    setting(key, "office")
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else None


def write_setting(key: str, value: str) -> None:
    """Insert or replace; the caller holds the write transaction."""
    setting(key, "office")
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()


def office_value(key: str) -> object:
    """The setting's value, typed as declared; its default when unset or unreadable."""
    return setting(key, "office").parse(read_setting(key))


def set_office_value(key: str, value: object, field: str = "") -> tuple[object, object]:
    """Check `value` against the declaration and store it; returns (before, after) for the
    audit record. The caller holds the write transaction and has checked the role."""
    spec = setting(key, "office")
    before = office_value(key)
    write_setting(key, spec.to_text(value, field))
    return before, spec.parse(read_setting(key))


def office_values() -> dict[str, str]:
    """Every office setting stored, key → text (families one row per name), for the admin's
    list of settings."""
    return {row.key: row.value for row in Setting.select().order_by(Setting.key)}
