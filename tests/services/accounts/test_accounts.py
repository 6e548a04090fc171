"""First-run setup, login, lockout and the password policy."""

from datetime import datetime, timedelta

import pytest

from desktop.domain.errors import InvalidInput
from desktop.services.accounts import passwords
from desktop.services.accounts import users as accounts
from desktop.services.errors import AuthError, PermissionDenied
from desktop.services.records.audit import entries
from desktop.store.models import User
from support.users import PASSWORD


def test_a_new_database_needs_setup_and_has_no_accounts(db):
    assert accounts.needs_setup()
    assert User.select().count() == 0
    with pytest.raises(AuthError):
        accounts.login("admin", "admin")


def test_setup_happens_once(admin):
    assert not accounts.needs_setup()
    profile = accounts.college_profile()
    assert profile.name_kk == "Алматы политехникалық колледжі"
    with pytest.raises(PermissionDenied):
        accounts.first_run_setup(profile, "admin2", "Екінші", PASSWORD)


@pytest.mark.parametrize("password", ["short1", "password123", "qwertyuiop", "aaaaaaaaaaa",
                                      "admin-secret-1"])
def test_password_policy(db, password):
    profile = accounts.CollegeProfile("Колледж", "Колледж", "", "", "Басшы")
    with pytest.raises(InvalidInput) as err:
        accounts.first_run_setup(profile, "admin", "Әкімші", password)
    assert err.value.field == "password"
    assert accounts.needs_setup()


def test_hash_is_argon2id_at_owasp_minimum(admin):
    stored = User.get(User.username == "admin").password_hash
    assert stored.startswith("$argon2id$")
    params = dict(p.split("=") for p in stored.split("$")[3].split(","))
    assert int(params["m"]) >= 19 * 1024 and int(params["t"]) >= 2 and int(params["p"]) >= 1
    assert PASSWORD not in stored


def test_five_failures_lock_the_account_for_fifteen_minutes(staff):
    t0 = datetime(2026, 3, 2, 10, 0)
    for attempt in range(4):
        with pytest.raises(AuthError) as err:
            accounts.login("clerk", "wrong-password", now=t0 + timedelta(seconds=attempt))
        assert err.value.code == "bad_credentials"
    with pytest.raises(AuthError) as err:
        accounts.login("clerk", "wrong-password", now=t0)
    assert err.value.code == "account_locked"
    # Even the right password is refused while locked...
    with pytest.raises(AuthError) as err:
        accounts.login("clerk", PASSWORD, now=t0 + timedelta(minutes=14))
    assert err.value.code == "account_locked"
    # ...and accepted after fifteen minutes.
    assert accounts.login("clerk", PASSWORD, now=t0 + timedelta(minutes=16)).role == "clerk"
    actions = [e.action for e in entries() if e.username == "clerk"]
    assert "account_locked" in actions and actions.count("login_failed") == 5


def test_unknown_user_and_wrong_password_look_the_same(staff):
    with pytest.raises(AuthError) as a:
        accounts.login("nobody", PASSWORD)
    with pytest.raises(AuthError) as b:
        accounts.login("clerk", "wrong-password")
    assert a.value.code == b.value.code == "bad_credentials"


class _CountingHasher:
    """The real hasher, counting what sign-in asks of it."""

    def __init__(self, real):
        self.real, self.hashes, self.verifies = real, 0, 0

    def hash(self, password):
        self.hashes += 1
        return self.real.hash(password)

    def verify(self, stored, password):
        self.verifies += 1
        return self.real.verify(stored, password)

    def __getattr__(self, name):
        return getattr(self.real, name)


@pytest.fixture
def counting_hasher(monkeypatch):
    counting = _CountingHasher(passwords.HASHER)
    monkeypatch.setattr(passwords, "HASHER", counting)
    return counting


def test_unknown_user_costs_one_verify_like_a_wrong_password(staff, counting_hasher):
    passwords.dummy_hash()  # made once per process: by now an earlier sign-in has made it
    counting_hasher.hashes = 0
    with pytest.raises(AuthError) as unknown:
        accounts.login("nobody", "wrong-password")
    assert (counting_hasher.hashes, counting_hasher.verifies) == (0, 1)
    with pytest.raises(AuthError) as wrong:
        accounts.login("clerk", "wrong-password")
    assert (counting_hasher.hashes, counting_hasher.verifies) == (0, 2)
    assert unknown.value.code == wrong.value.code == "bad_credentials"


def test_the_dummy_hash_is_made_once_per_process(staff, counting_hasher):
    passwords.dummy_hash.cache_clear()
    for _ in range(3):
        with pytest.raises(AuthError):
            accounts.login("nobody", "wrong-password")
    assert (counting_hasher.hashes, counting_hasher.verifies) == (1, 3)


def test_the_dummy_hash_costs_what_a_users_hash_costs(admin):
    # A verify costs what the parameters written in the hash say: the dummy's must be the
    # ones users' hashes are made with, or an unknown name would be faster or slower.
    stored = User.get(User.username == "admin").password_hash
    assert passwords.dummy_hash().split("$")[:4] == stored.split("$")[:4]


def test_admin_manages_users(staff):
    admin = staff["admin"]
    info = accounts.create_user(admin, "Aigul.K", "Айгүл Қалиқызы", "clerk", PASSWORD)
    assert info.username == "aigul.k"
    with pytest.raises(InvalidInput):
        accounts.create_user(admin, "aigul.k", "Басқа", "clerk", PASSWORD)
    accounts.change_role(admin, info.id, "head")
    accounts.reset_password(admin, info.id, "Жаңа-құпия-сөз-9")
    assert accounts.login("aigul.k", "Жаңа-құпия-сөз-9").role == "head"
    with pytest.raises(PermissionDenied):
        accounts.set_active(admin, admin.user_id, False)  # the last admin stays


def test_language_is_remembered_per_user(staff):
    accounts.set_language(staff["clerk"], "ru")
    assert accounts.login("clerk", PASSWORD).language == "ru"
    assert accounts.login("head", PASSWORD).language == "kk"


def test_wrong_passwords_at_the_lock_screen_count_towards_the_lockout(staff):
    t0 = datetime(2026, 3, 2, 10, 0)
    clerk = staff["clerk"]
    assert accounts.confirm_password(clerk, PASSWORD, now=t0)
    for _ in range(4):
        assert not accounts.confirm_password(clerk, "guess-guess", now=t0)
    with pytest.raises(AuthError) as err:
        accounts.confirm_password(clerk, "guess-guess", now=t0)
    assert err.value.code == "account_locked"
    with pytest.raises(AuthError):
        accounts.login("clerk", PASSWORD, now=t0 + timedelta(minutes=1))
    assert "unlock_failed" in [e.action for e in entries()]
