"""Who is acting: returned by login, passed to every use case."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.errors import AuthError, PermissionDenied
from desktop.store.models import User


@dataclass(frozen=True)
class Session:
    user_id: int
    username: str
    full_name: str
    role: str
    language: str


def session_for(user: User) -> Session:
    return Session(user.id, user.username, user.full_name, user.role, user.language)


def acting_user(session: Session, *roles: str) -> User:
    """The session's user, re-read so that a disabled account or changed role takes effect now."""
    user = User.get_or_none(User.id == session.user_id)
    if user is None or not user.active:
        raise AuthError("account_disabled", "this account is disabled")
    if roles and user.role not in roles:
        raise PermissionDenied(
            "role_not_allowed",
            f"the {user.role} may not do this (needs: {', '.join(roles)})",
            role=user.role,
        )
    return user


def release_thread_connection() -> None:
    """peewee opens one connection per thread: a worker thread closes its own when done."""
    from desktop.store.connection import database_proxy

    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()
