"""First-run setup, login with lockout, and the admin's management of accounts."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from desktop.domain.catalogue import LANGUAGES, ROLES
from desktop.domain.dates import format_time
from desktop.domain.errors import InvalidInput
from desktop.domain.validation import clean_bin, clean_phone, clean_text
from desktop.services.accounts import office_key
from desktop.services.accounts import session as sessions
from desktop.services.accounts.passwords import (
    check_policy,
    dummy_hash,
    hash_password,
    verify_password,
)
from desktop.services.accounts.session import Session, acting_user, open_session
from desktop.services.errors import AuthError, NotFound, PermissionDenied
from desktop.services.records import audit
from desktop.store.connection import write_transaction
from desktop.store.models import College, User

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")


@dataclass(frozen=True)
class CollegeProfile:
    name_kk: str
    name_ru: str
    address_kk: str
    address_ru: str
    head_name: str
    phone: str = ""
    email: str = ""
    bin: str = ""  # the business identification number electronic results are signed for


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    locked_until: datetime | None
    language: str


def _clean_username(value: str) -> str:
    name = (value or "").strip().lower()
    if not _USERNAME.match(name):
        raise InvalidInput(
            "username", "bad_username",
            "2-60 Latin letters, digits, dots, hyphens or underscores",
        )
    return name


def _clean_profile(p: CollegeProfile) -> CollegeProfile:
    return CollegeProfile(
        name_kk=clean_text(p.name_kk, "name_kk", max_len=300),
        name_ru=clean_text(p.name_ru, "name_ru", max_len=300),
        address_kk=clean_text(p.address_kk, "address_kk", max_len=300, required=False),
        address_ru=clean_text(p.address_ru, "address_ru", max_len=300, required=False),
        head_name=clean_text(p.head_name, "head_name", max_len=200),
        phone=clean_phone(p.phone),
        email=clean_text(p.email, "email", max_len=120, required=False),
        bin=clean_bin(p.bin),
    )


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise InvalidInput("role", "bad_choice", f"unknown role '{role}'")


def needs_setup() -> bool:
    return College.select().count() == 0 or User.select().count() == 0


def first_run_setup(
    profile: CollegeProfile, username: str, full_name: str, password: str, language: str = "kk"
) -> Session:
    """Create the college and its first admin. There are no default accounts."""
    profile = _clean_profile(profile)
    username = _clean_username(username)
    full_name = clean_text(full_name, "full_name", max_len=200)
    check_policy(password, username)
    if language not in LANGUAGES:
        raise InvalidInput("language", "bad_choice", f"unknown language '{language}'")
    password_hash = hash_password(password)
    with write_transaction():
        if not needs_setup():
            raise PermissionDenied("already_set_up", "this database is already set up")
        now = datetime.now()
        College.create(**profile.__dict__, created_at=now)
        admin = User.create(
            username=username, full_name=full_name, role="admin", password_hash=password_hash,
            language=language, created_at=now,
        )
        office_key.create_key()
        audit.append(username, audit.KEY_CREATED, None, office_key.where_from())
        audit.append(username, "first_run_setup", None, {"college": profile.name_ru})
        return open_session(admin)


def login(username: str, password: str, now: datetime | None = None) -> Session:
    """Check the password; after MAX_FAILED_LOGINS failures the account locks for LOCK_MINUTES."""
    now = now or datetime.now()
    name = (username or "").strip().lower()
    user = User.get_or_none(User.username == name)
    if user is None:
        # Same answer as a wrong password: do not reveal which user names exist.
        verify_password(dummy_hash(), password or "")
        raise AuthError("bad_credentials", "wrong user name or password")
    if not user.active:
        raise AuthError("account_disabled", "this account is disabled")
    if user.locked_until and user.locked_until > now:
        raise AuthError(
            "account_locked", f"locked until {format_time(user.locked_until)}",
            until=user.locked_until,
        )
    if verify_password(user.password_hash, password or ""):
        with write_transaction():
            User.update(failed_logins=0, locked_until=None).where(User.id == user.id).execute()
            audit.append(user.username, "login", None, {})
            return open_session(User.get_by_id(user.id))
    _record_failure(user, now, "login_failed")
    raise AuthError("bad_credentials", "wrong user name or password")


def _record_failure(user: User, now: datetime, action: str) -> None:
    """Count a wrong password; the fifth in a row locks the account (raises account_locked)."""
    failed = user.failed_logins + 1
    locked_until = now + timedelta(minutes=LOCK_MINUTES) if failed >= MAX_FAILED_LOGINS else None
    with write_transaction():
        User.update(
            failed_logins=0 if locked_until else failed, locked_until=locked_until
        ).where(User.id == user.id).execute()
        audit.append(user.username, action, None, {"attempt": failed})
        if locked_until:
            audit.append(user.username, "account_locked", None, {"until": locked_until})
            # Whoever is guessing may be at a PC where the user is still signed in.
            sessions.end_sessions_of(user.id, sessions.ACCOUNT_LOCKED)
    if locked_until:
        raise AuthError(
            "account_locked", f"locked until {format_time(locked_until)}", until=locked_until
        )


def sign_out(session: Session) -> None:
    """End this session (this PC's sign-out). Ending an already ended one is no error."""
    with write_transaction():
        if sessions.end_session(session, sessions.SIGNED_OUT):
            audit.append(session.username, "logout", None, {})


def lock_session(session: Session) -> None:
    """The screen locked: the session ends; only the password (confirm_password) opens a new
    one, so a locked PC's old session can do nothing, on this PC or any other."""
    with write_transaction():
        sessions.end_session(session, sessions.LOCKED)


def keep_alive(session: Session) -> None:
    """The user is working on this PC (typing, moving the mouse) without calling a use case:
    keep the server-side session from expiring. Refused like any use case if it is over."""
    acting_user(session)


def confirm_password(session: Session, password: str, now: datetime | None = None
                     ) -> Session | None:
    """Unlock a locked screen: the same user types the password again and gets a fresh
    session (the locked one has ended), or None for a wrong password. Wrong passwords count
    towards the lockout exactly as at sign-in, so the lock screen is no guessing shortcut.
    Only a session issued to this user by sign-in, ended at most by the lock (or expiry), may
    be unlocked: one ended by a reset, lock-out, deactivation or role change may not."""
    now = now or datetime.now()
    try:
        sessions.session_row(session)
    except AuthError as exc:
        if exc.code != "session_ended" or exc.params.get("reason") != sessions.LOCKED:
            raise
    user = User.get_or_none(User.id == session.user_id)
    if user is None or not user.active:
        raise AuthError("account_disabled", "this account is disabled")
    if user.role != session.role:
        raise AuthError("session_ended", "the role has changed", reason=sessions.ROLE_CHANGED)
    if user.locked_until and user.locked_until > now:
        raise AuthError("account_locked", f"locked until {format_time(user.locked_until)}",
                        until=user.locked_until)
    if verify_password(user.password_hash, password or ""):
        with write_transaction():
            if user.failed_logins:
                User.update(failed_logins=0).where(User.id == user.id).execute()
            sessions.end_session(session, sessions.LOCKED)
            audit.append(user.username, "unlock", None, {})
            return open_session(User.get_by_id(user.id))
    _record_failure(user, now, "unlock_failed")
    return None


def _info(u: User) -> UserInfo:
    return UserInfo(u.id, u.username, u.full_name, u.role, u.active, u.locked_until, u.language)


def list_users(session: Session) -> list[UserInfo]:
    acting_user(session, "admin")
    return [_info(u) for u in User.select().order_by(User.role, User.full_name)]


def executors(session: Session) -> list[UserInfo]:
    """Active executors, for the head to choose from."""
    acting_user(session, "head", "admin")
    query = User.select().where((User.role == "executor") & (User.active == True))  # noqa: E712
    return [_info(u) for u in query.order_by(User.full_name)]


def create_user(
    session: Session, username: str, full_name: str, role: str, password: str,
    language: str = "kk",
) -> UserInfo:
    acting_user(session, "admin")
    username = _clean_username(username)
    full_name = clean_text(full_name, "full_name", max_len=200)
    _check_role(role)
    check_policy(password, username)
    password_hash = hash_password(password)
    with write_transaction():
        admin = acting_user(session, "admin")
        if User.select().where(User.username == username).exists():
            raise InvalidInput("username", "duplicate_username", "this user name is taken")
        user = User.create(
            username=username, full_name=full_name, role=role, password_hash=password_hash,
            language=language if language in LANGUAGES else "kk", created_at=datetime.now(),
        )
        audit.append(admin.username, "create_user", None,
                     {"user": username, "role": role, "full_name": full_name})
    return _info(user)


def _target(user_id: int) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound("user_not_found", f"no user {user_id}")
    return user


def _admins_left_after(user: User, active: bool, role: str) -> int:
    others = User.select().where(
        (User.role == "admin") & (User.active == True) & (User.id != user.id)  # noqa: E712
    ).count()
    return others + (1 if active and role == "admin" else 0)


def set_active(session: Session, user_id: int, active: bool) -> None:
    with write_transaction():
        admin = acting_user(session, "admin")
        user = _target(user_id)
        if _admins_left_after(user, active, user.role) == 0:
            raise PermissionDenied("last_admin", "the last active admin cannot be disabled")
        User.update(active=active).where(User.id == user.id).execute()
        if not active:
            sessions.end_sessions_of(user.id, sessions.DEACTIVATED)
        audit.append(admin.username, "set_active", None, {"user": user.username, "active": active})


def change_role(session: Session, user_id: int, role: str) -> None:
    _check_role(role)
    with write_transaction():
        admin = acting_user(session, "admin")
        user = _target(user_id)
        if _admins_left_after(user, user.active, role) == 0:
            raise PermissionDenied("last_admin", "the last active admin must stay an admin")
        User.update(role=role).where(User.id == user.id).execute()
        if role != user.role:
            sessions.end_sessions_of(user.id, sessions.ROLE_CHANGED)
        audit.append(admin.username, "change_role", None,
                     {"user": user.username, "role": [user.role, role]})


def reset_password(session: Session, user_id: int, new_password: str) -> None:
    admin = acting_user(session, "admin")
    user = _target(user_id)
    check_policy(new_password, user.username)
    password_hash = hash_password(new_password)
    with write_transaction():
        acting_user(session, "admin")
        User.update(password_hash=password_hash, failed_logins=0, locked_until=None).where(
            User.id == user.id
        ).execute()
        # An admin resetting their own password stays signed in here (like a change of one's
        # own password); everyone else signs in again with the new one.
        keep = session.token if user.id == session.user_id else ""
        sessions.end_sessions_of(user.id, sessions.PASSWORD_RESET, keep_token=keep)
        audit.append(admin.username, "reset_password", None, {"user": user.username})


def change_own_password(session: Session, old_password: str, new_password: str) -> None:
    user = acting_user(session)
    if not verify_password(user.password_hash, old_password or ""):
        raise AuthError("bad_credentials", "the current password is wrong")
    check_policy(new_password, user.username)
    password_hash = hash_password(new_password)
    with write_transaction():
        acting_user(session)
        User.update(password_hash=password_hash).where(User.id == user.id).execute()
        # Other PCs where this user is signed in must sign in with the new password.
        sessions.end_sessions_of(user.id, sessions.PASSWORD_CHANGED, keep_token=session.token)
        audit.append(user.username, "change_password", None, {})


def set_language(session: Session, language: str) -> Session:
    if language not in LANGUAGES:
        raise InvalidInput("language", "bad_choice", f"unknown language '{language}'")
    with write_transaction():
        user = acting_user(session)
        User.update(language=language).where(User.id == user.id).execute()
        audit.append(user.username, "set_language", None, {"language": language})
    return replace(session, language=language)


def college_profile() -> CollegeProfile | None:
    college = College.select().first()
    if college is None:
        return None
    return CollegeProfile(
        college.name_kk, college.name_ru, college.address_kk, college.address_ru,
        college.head_name, college.phone, college.email, college.bin,
    )


def update_college(session: Session, profile: CollegeProfile) -> None:
    acting_user(session, "admin")
    profile = _clean_profile(profile)
    with write_transaction():
        admin = acting_user(session, "admin")
        college = College.select().first()
        changes = {k: [getattr(college, k), v] for k, v in profile.__dict__.items()
                   if getattr(college, k) != v}
        College.update(**profile.__dict__).where(College.id == college.id).execute()
        audit.append(admin.username, "update_college", None, changes)
