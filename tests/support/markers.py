"""A marker row in a database, to tell one copy of it from another (a backup from the live file,
the file before a restore from after). Kept in the `setting` table under a key no setting of the
list uses, written past desktop/store/settings.py, which takes only declared keys."""

from __future__ import annotations

from desktop.store.models import Setting

KEY = "test_marker"


def set_marker(value: str) -> None:
    """The caller holds the write transaction (or none is needed)."""
    Setting.insert(key=KEY, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}).execute()


def marker() -> str | None:
    row = Setting.get_or_none(Setting.key == KEY)
    return row.value if row else None
