"""Online backup and restore, verified; daily rotation; the admin's and the CLI's paths."""

import sqlite3

import pytest

from desktop.services.accounts import users
from desktop.services.cases import queries, registration
from desktop.services.errors import AuthError
from desktop.services.office import backups
from desktop.services.records.chain_check import verify_chain
from desktop.store.backup import backup_sqlite, daily_backup
from desktop.store.errors import StoreError
from desktop.store.identity import inspect_file
from desktop.store.restore import restore_sqlite
from desktop.store.schema import SCHEMA_VERSION
from support.applications import make_application
from support.users import PASSWORD

pytestmark = pytest.mark.sqlite_only


def test_backup_and_restore_round_trip(staff, clock, tmp_path):
    clerk = staff["clerk"]
    first = registration.register(clerk, make_application())
    backup = backups.backup_now(staff["admin"], tmp_path / "copy.sqlite3")
    assert inspect_file(backup) == SCHEMA_VERSION
    registration.register(clerk, make_application())
    assert queries.count_cases(clerk) == 2

    safety = backups.restore(staff["admin"], backup)
    # The backup's sign-ins are not today's: everybody signs in again after a restore.
    with pytest.raises(AuthError) as refused:
        queries.list_cases(clerk)
    assert refused.value.code == "session_ended"
    clerk = users.login("clerk", PASSWORD)
    assert [r.id for r in queries.list_cases(clerk)] == [first.id]
    assert inspect_file(safety) == SCHEMA_VERSION  # what was there before the restore is kept
    assert verify_chain().ok
    # The restored database keeps working: the next number follows the restored one.
    assert registration.register(clerk, make_application()).reg_seq == 2


def test_damaged_backup_is_refused_and_nothing_changes(staff, clock, tmp_path, db):
    registration.register(staff["clerk"], make_application())
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    with pytest.raises(StoreError) as err:
        restore_sqlite(db, bad)
    assert err.value.code == "backup_corrupt"
    with pytest.raises(StoreError) as err:
        restore_sqlite(db, tmp_path / "missing.sqlite3")
    assert err.value.code == "backup_missing"
    assert queries.count_cases(staff["clerk"]) == 1


def test_backup_is_a_consistent_sqlite_file(staff, clock, tmp_path, db):
    registration.register(staff["clerk"], make_application())
    path = backup_sqlite(db, tmp_path / "b" / "x.sqlite3")
    conn = sqlite3.connect(path)
    assert conn.execute("select count(*) from \"case\"").fetchone()[0] == 1
    conn.close()


def test_daily_backups_keep_the_newest(db, tmp_path):
    from datetime import datetime

    for day in range(1, 6):
        daily_backup(db, tmp_path, keep=3, today=datetime(2026, 3, day))
    assert sorted(p.name for p in tmp_path.glob("kense-*.sqlite3")) == [
        "kense-2026-03-03.sqlite3", "kense-2026-03-04.sqlite3", "kense-2026-03-05.sqlite3"]
    assert daily_backup(db, tmp_path, keep=3, today=datetime(2026, 3, 5)) is None


def test_only_admin_backs_up(staff):
    from desktop.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        backups.backup_now(staff["clerk"])
