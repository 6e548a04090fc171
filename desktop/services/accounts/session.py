"""Who is acting: returned by login, passed to every use case.

A `Session` is only a handle: its `token` names a `UserSession` row, and every use case asks
`acting_user` to check that row in its own transaction. A session ends at sign-out, at the
screen lock, after the office's idle time on the server side too, and on every PC at once
when the admin resets the password, disables the account or changes its role, or when the
account locks itself after too many wrong passwords. A hand-made `Session` (an invented
token, or a real token with another user's id) is refused.
"""

from __future__ import annotations

import hashlib
import secrets
import socket
from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from desktop.domain.dates import format_time
from desktop.services.errors import AuthError, PermissionDenied
from desktop.store.connection import as_datetime, execute_text
from desktop.store.models import User, UserSession
from desktop.store.settings import office_value

# last_seen_at is written at most this often, so that reading is not writing every time.
TOUCH_SECONDS = 60
# The server-side idle limit is the office's screen-lock time plus this margin: the PC locks
# itself first (ending the session), the server only catches a PC that did not.
EXPIRY_MARGIN_MINUTES = 5
# Below this age a session cannot have expired whatever the office's idle setting is.
_NEVER_EXPIRED_BEFORE = timedelta(minutes=1 + EXPIRY_MARGIN_MINUTES)

# Why a session ended (user_session.end_reason).
SIGNED_OUT = "signed_out"
LOCKED = "locked"
PASSWORD_RESET = "password_reset"
PASSWORD_CHANGED = "password_changed"
ACCOUNT_LOCKED = "account_locked"
DEACTIVATED = "deactivated"
ROLE_CHANGED = "role_changed"

# AuthError codes meaning "this session is over: sign in again" (the UI takes the user to
# the sign-in, keeping what was typed). A disabled or locked account met by a use case (not by
# the sign-in) carries the parameter session_over=True too.
SESSION_OVER = frozenset({"session_ended", "session_expired", "session_invalid"})


def is_session_over(exc: BaseException) -> bool:
    return isinstance(exc, AuthError) and (
        exc.code in SESSION_OVER or bool(exc.params.get("session_over"))
    )


@dataclass(frozen=True)
class Session:
    user_id: int
    username: str
    full_name: str
    role: str
    language: str
    token: str = ""

    def switch_to(self, other: Session) -> None:
        """Take over another session's token and details in place, so that every window
        holding this object acts with the fresh session (after an unlock, a language change)."""
        if other.user_id != self.user_id:
            raise ValueError("a session can switch only to a session of the same user")
        for f in fields(self):
            object.__setattr__(self, f.name, getattr(other, f.name))


def _now() -> datetime:
    """Wall-clock time of sessions (not the office clock the deadlines use); tests move it."""
    return datetime.now()


def workstation_name() -> str:
    try:
        return socket.gethostname()[:100]
    except OSError:
        return ""


def token_hash(token: str) -> str:
    """What the database keeps of a token (user_session.token_hash)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def session_for(user: User, token: str) -> Session:
    return Session(user.id, user.username, user.full_name, user.role, user.language, token)


def open_session(user: User, moment: datetime | None = None) -> Session:
    """Issue a new session row for `user`; call it inside the use case's write transaction
    (next to its audit record)."""
    moment = moment or _now()
    token = secrets.token_urlsafe(32)
    UserSession.create(
        token_hash=token_hash(token), user=user.id, created_at=moment, last_seen_at=moment,
        workstation=workstation_name(),
    )
    return session_for(user, token)


def end_session(session: Session, reason: str, moment: datetime | None = None) -> bool:
    """End this one session (sign-out, lock). True if it was live."""
    if not session.token:
        return False
    ended = UserSession.update(ended_at=moment or _now(), end_reason=reason).where(
        (UserSession.token_hash == token_hash(session.token))
        & (UserSession.user == session.user_id)
        & UserSession.ended_at.is_null()
    ).execute()
    return ended > 0


def end_sessions_of(user_id: int, reason: str, *, keep_token: str = "",
                    moment: datetime | None = None) -> int:
    """End every live session of a user on every PC (optionally keeping the caller's own)."""
    query = UserSession.update(ended_at=moment or _now(), end_reason=reason).where(
        (UserSession.user == user_id) & UserSession.ended_at.is_null()
    )
    if keep_token:
        query = query.where(UserSession.token_hash != token_hash(keep_token))
    return query.execute()


def end_all_sessions(reason: str, moment: datetime | None = None) -> int:
    """End every live session on every PC (a restore brings back the rows of its day)."""
    return UserSession.update(ended_at=moment or _now(), end_reason=reason).where(
        UserSession.ended_at.is_null()).execute()


def _idle_limit() -> timedelta:
    # Read here, not through accounts.policy, which audits its changes and so sits above this.
    return timedelta(minutes=office_value("idle_lock_minutes") + EXPIRY_MARGIN_MINUTES)


_USER_FIELDS = User._meta.sorted_fields
# The session row and its user in one statement, written out: two peewee queries (built,
# compiled, made into models) were a third of a registry page's time, paid by every use case.
_SESSION_AND_USER = (
    "SELECT s.id, s.user_id, s.last_seen_at, s.ended_at, s.end_reason, "
    + ", ".join(f"u.{f.column_name}" for f in _USER_FIELDS)
    + ' FROM user_session s LEFT JOIN "user" u ON u.id = s.user_id WHERE s.token_hash = ?'
)


def session_row(session: Session) -> tuple:
    """The live row behind a session handle, or AuthError: (its id, when last seen, its user's
    columns in `_USER_FIELDS` order). Does not check the account."""
    token = getattr(session, "token", "") or ""
    found = execute_text(_SESSION_AND_USER, (token_hash(token),)).fetchall() if token else []
    if not found or found[0][1] != session.user_id:
        raise AuthError("session_invalid", "this session was not issued by sign-in")
    row_id, _user_id, last_seen, ended_at, end_reason, *user = found[0]
    if ended_at is not None:
        raise AuthError("session_ended", f"this session has ended ({end_reason})",
                        reason=end_reason)
    return row_id, as_datetime(last_seen), user


def acting_user(session: Session, *roles: str) -> User:
    """The session's user, checked now, in the caller's transaction: the session row exists,
    belongs to this user and is live (not ended, not idle past the office's limit); the
    account is active and not locked; and its current role is one of `roles` (if given)."""
    moment = _now()
    row_id, last_seen, columns = session_row(session)
    idle = moment - last_seen
    if idle >= _NEVER_EXPIRED_BEFORE and idle > _idle_limit():
        raise AuthError("session_expired", "the session was idle too long")
    user = None
    if columns[0] is not None:
        # Made as peewee makes a selected row: converted by each field, nothing dirty.
        user = User(__no_default__=1, **{
            f.name: f.python_value(v)
            for f, v in zip(_USER_FIELDS, columns, strict=True)})
        user._dirty.clear()
    if user is None or not user.active:
        raise AuthError("account_disabled", "this account is disabled", session_over=True)
    if user.locked_until and user.locked_until > moment:
        raise AuthError("account_locked", f"locked until {format_time(user.locked_until)}",
                        until=user.locked_until, session_over=True)
    if roles and user.role not in roles:
        raise PermissionDenied(
            "role_not_allowed",
            f"the {user.role} may not do this (needs: {', '.join(roles)})",
            role=user.role,
        )
    if idle >= timedelta(seconds=TOUCH_SECONDS):
        UserSession.update(last_seen_at=moment).where(UserSession.id == row_id).execute()
    return user


def release_thread_connection() -> None:
    """peewee opens one connection per thread: a worker thread closes its own when done."""
    from desktop.store.connection import database_proxy

    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()
