"""People by their names where the program knows them by their logins: who recorded a batch,
printed a result, spoiled a blank, imported a file, or wrote an audit record. A login stays
the record's key; what a person reads is the name (a login no account has any more reads as
itself)."""

from __future__ import annotations

from desktop.store.models import User


def full_names() -> dict[str, str]:
    """Every account's full name by its login (staff only: no applicant is a user)."""
    return dict(User.select(User.username, User.full_name).tuples())


def name_of(username: str, names: dict[str, str] | None = None) -> str:
    """The full name of `username`, or the login itself when no account has it."""
    if not username:
        return ""
    known = full_names() if names is None else names
    return known.get(username) or username
