"""Office-wide settings: one text value per key in the `setting` table, shared by every PC."""

from __future__ import annotations

from desktop.store.models import Setting


def read_setting(key: str) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else None


def write_setting(key: str, value: str) -> None:
    """Insert or replace; the caller holds the write transaction."""
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()
