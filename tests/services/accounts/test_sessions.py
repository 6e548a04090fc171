"""Sessions are rows checked by every use case: a session opened before a lock-out, a reset,
a deactivation or a role change is refused on every PC; an invented one never works."""

import hashlib
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from desktop.services.accounts import policy, users
from desktop.services.accounts import session as sessions
from desktop.services.accounts.session import Session
from desktop.services.cases import queries, registration
from desktop.services.errors import AuthError, PermissionDenied
from desktop.store.models import AuditRecord, UserSession
from support.applications import make_application
from support.users import PASSWORD

NEW_PASSWORD = "Another-pass-77"


def _row(token: str) -> UserSession:
    """The database keeps only the token's hash (written by hand here: SHA-256, hex)."""
    return UserSession.get(UserSession.token_hash == hashlib.sha256(token.encode()).hexdigest())


def _user_id(staff, name):
    return staff[name].user_id


def _refused(session, code):
    """Both a read and a write are refused with `code`."""
    with pytest.raises(AuthError) as err:
        queries.list_cases(session)
    assert err.value.code == code
    with pytest.raises(AuthError) as err:
        registration.register(session, make_application())
    assert err.value.code == code


def test_sign_in_issues_a_live_session_row(staff):
    clerk = staff["clerk"]
    assert len(clerk.token) >= 40
    row = _row(clerk.token)
    assert row.user_id == clerk.user_id and row.ended_at is None
    assert row.workstation == sessions.workstation_name()
    assert queries.list_cases(clerk) == []
    # Two sign-ins are two sessions (two PCs), each with its own token.
    again = users.login("clerk", PASSWORD)
    assert again.token != clerk.token
    assert UserSession.select().where(UserSession.user == clerk.user_id).count() == 2


def test_a_made_up_session_is_refused(staff):
    clerk = staff["clerk"]
    _refused(replace(clerk, token="made-up-token"), "session_invalid")
    _refused(Session(clerk.user_id, "clerk", "Кеңсе", "clerk", "kk"), "session_invalid")
    # A real token with another user's id (the clerk's token, acting as the head).
    head = staff["head"]
    with pytest.raises(AuthError) as err:
        queries.head_inbox(replace(clerk, user_id=head.user_id, role="head"))
    assert err.value.code == "session_invalid"
    # The admin's token presented under the clerk's id cannot manage accounts either.
    with pytest.raises(AuthError):
        users.list_users(replace(staff["admin"], user_id=clerk.user_id))


def test_a_signed_out_session_is_refused(staff):
    clerk = staff["clerk"]
    users.sign_out(clerk)
    _refused(clerk, "session_ended")
    users.sign_out(clerk)  # twice is no error
    assert [a.action for a in AuditRecord.select()].count("logout") == 1


def test_a_locked_screen_ends_the_session_and_the_password_opens_a_new_one(staff):
    clerk = staff["clerk"]
    old_token = clerk.token
    users.lock_session(clerk)
    _refused(clerk, "session_ended")
    assert users.confirm_password(clerk, "wrong-password-1") is None
    fresh = users.confirm_password(clerk, PASSWORD)
    assert fresh.user_id == clerk.user_id and fresh.token != old_token
    assert queries.list_cases(fresh) == []
    _refused(clerk, "session_ended")  # the locked one stays ended
    clerk.switch_to(fresh)  # the UI's windows all hold this object
    assert clerk.token == fresh.token
    assert queries.list_cases(clerk) == []


def test_a_lock_out_ends_the_users_sessions_everywhere(staff):
    clerk = staff["clerk"]
    other_pc = users.login("clerk", PASSWORD)
    for _ in range(4):
        with pytest.raises(AuthError):
            users.login("clerk", "wrong-guess-0")
    assert queries.list_cases(clerk) == []  # four wrong guesses: still signed in
    with pytest.raises(AuthError) as err:
        users.login("clerk", "wrong-guess-0")
    assert err.value.code == "account_locked"
    _refused(clerk, "session_ended")
    _refused(other_pc, "session_ended")
    # Nor may the lock screen bring such a session back.
    with pytest.raises(AuthError):
        users.confirm_password(clerk, PASSWORD)


def test_a_password_reset_ends_the_users_sessions(staff):
    clerk = staff["clerk"]
    users.reset_password(staff["admin"], _user_id(staff, "clerk"), NEW_PASSWORD)
    _refused(clerk, "session_ended")
    with pytest.raises(AuthError):
        users.confirm_password(clerk, NEW_PASSWORD)
    fresh = users.login("clerk", NEW_PASSWORD)
    assert queries.list_cases(fresh) == []
    # The others are untouched.
    assert queries.list_cases(staff["head"]) == []


def test_a_deactivation_ends_the_users_sessions_for_good(staff):
    clerk = staff["clerk"]
    users.set_active(staff["admin"], _user_id(staff, "clerk"), False)
    _refused(clerk, "session_ended")
    users.set_active(staff["admin"], _user_id(staff, "clerk"), True)
    _refused(clerk, "session_ended")  # enabling again does not revive the old session
    assert queries.list_cases(users.login("clerk", PASSWORD)) == []


def test_a_role_change_ends_the_users_sessions(staff):
    clerk = staff["clerk"]
    users.change_role(staff["admin"], _user_id(staff, "clerk"), "head")
    # Even what the new role could do is refused to the old session.
    with pytest.raises(AuthError) as err:
        queries.head_inbox(replace(clerk, role="head"))
    assert err.value.code == "session_ended"
    _refused(clerk, "session_ended")
    head_now = users.login("clerk", PASSWORD)
    assert head_now.role == "head" and queries.head_inbox(head_now) == []
    with pytest.raises(PermissionDenied):
        registration.register(head_now, make_application())


def test_changing_ones_own_password_ends_the_other_pcs_sessions(staff):
    here = staff["clerk"]
    there = users.login("clerk", PASSWORD)
    users.change_own_password(here, PASSWORD, NEW_PASSWORD)
    assert queries.list_cases(here) == []
    _refused(there, "session_ended")


def test_an_idle_session_expires_on_the_server(staff, monkeypatch):
    clerk = staff["clerk"]
    start = datetime.now()
    policy.set_idle_lock_minutes(staff["admin"], 10)
    # 10 idle minutes + 5 minutes' margin = 15: at 14 it still works, then it is refused.
    monkeypatch.setattr(sessions, "_now", lambda: start + timedelta(minutes=14))
    assert queries.list_cases(clerk) == []
    monkeypatch.setattr(sessions, "_now", lambda: start + timedelta(minutes=14 + 15, seconds=1))
    with pytest.raises(AuthError) as err:
        queries.list_cases(clerk)
    assert err.value.code == "session_expired"


def test_last_seen_is_written_at_most_once_a_minute(staff, monkeypatch):
    clerk = staff["clerk"]
    start = _row(clerk.token).last_seen_at

    def last_seen():
        return _row(clerk.token).last_seen_at

    monkeypatch.setattr(sessions, "_now", lambda: start + timedelta(seconds=59))
    queries.list_cases(clerk)
    assert last_seen() == start
    monkeypatch.setattr(sessions, "_now", lambda: start + timedelta(seconds=61))
    users.keep_alive(clerk)
    assert last_seen() == start + timedelta(seconds=61)


def test_the_database_keeps_no_token_that_acts(staff):
    """A backup or a look into user_session gives hashes, and a hash is no token."""
    clerk = staff["clerk"]
    stored = [r.token_hash for r in UserSession.select()]
    assert clerk.token not in stored
    _refused(replace(clerk, token=_row(clerk.token).token_hash), "session_invalid")


def test_first_run_setup_issues_the_admins_session(admin):
    row = _row(admin.token)
    assert row.user_id == admin.user_id and row.ended_at is None
    assert users.list_users(admin)[0].username == "admin"


def test_an_admin_resetting_their_own_password_stays_signed_in_here(staff):
    admin = staff["admin"]
    elsewhere = users.login("admin", PASSWORD)
    users.reset_password(admin, admin.user_id, NEW_PASSWORD)
    assert "admin" in {u.username for u in users.list_users(admin)}
    with pytest.raises(AuthError) as err:
        users.list_users(elsewhere)
    assert err.value.code == "session_ended"
