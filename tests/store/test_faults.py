"""Faults at start and during work: a clear StoreError and a way out, never silent loss."""

import sqlite3

import pytest

from desktop.__main__ import build_parser
from desktop.cli import main
from desktop.store.backup import backup_sqlite
from desktop.store.connection import close_database, open_database
from desktop.store.errors import StoreError, classify
from desktop.store.health import check_file, newest_good_backup, put_backup_in_place
from desktop.store.identity import inspect_file
from desktop.store.migrations import migrate
from desktop.store.schema import SCHEMA_VERSION

pytestmark = pytest.mark.sqlite_only


def _make_db(path):
    db = open_database(path)
    migrate(db)
    backup_sqlite(db, path.parent / "backups" / "kense-2026-03-01.sqlite3")
    close_database()


def test_corrupted_file_is_refused_and_backup_put_in_place(tmp_path):
    path = tmp_path / "kense.sqlite3"
    _make_db(path)
    with open(path, "r+b") as f:
        f.seek(100)
        f.write(b"\xff" * 3000)
    with pytest.raises(StoreError) as err:
        check_file(path)
    assert err.value.code == "corrupt"
    backup = newest_good_backup(tmp_path / "backups")
    kept = put_backup_in_place(path, backup)
    assert kept.exists() and "damaged" in kept.name  # the damaged file is kept, not deleted
    assert inspect_file(path) == SCHEMA_VERSION
    check_file(path)


def test_missing_database_with_backups_is_not_silently_recreated(tmp_path):
    path = tmp_path / "kense.sqlite3"
    _make_db(path)
    path.unlink()
    for side in tmp_path.glob("kense.sqlite3-*"):
        side.unlink()
    with pytest.raises(StoreError) as err:
        check_file(path)
    assert err.value.code == "missing_database"
    assert not path.exists()


def test_read_only_database_is_explained(tmp_path):
    path = tmp_path / "kense.sqlite3"
    _make_db(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as raw:
        conn.execute("CREATE TABLE x (y)")
    conn.close()
    assert classify(raw.value).code == "read_only"


def test_disk_full_during_work_saves_nothing_and_is_explained(staff, clock, db):
    from desktop.services.cases import registration
    from desktop.store.models import Case
    from support.applications import make_application

    registration.register(staff["clerk"], make_application())
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError) as err:
        for _ in range(200):
            registration.register(staff["clerk"], make_application())
    assert err.value.code == "disk_full"
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    seqs = sorted(c.reg_seq for c in Case.select())
    assert seqs == list(range(1, len(seqs) + 1))
    assert inspect_file(db.database) == SCHEMA_VERSION


def test_cli_restore_replaces_a_damaged_database(tmp_path, capsys):
    data = tmp_path / "data"
    path = data / "kense.sqlite3"
    _make_db(path)
    good = data / "backups" / "kense-2026-03-01.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    args = build_parser().parse_args(["--data-dir", str(data), "--restore", str(good)])
    assert main.run_cli(args) == 0
    close_database()
    assert inspect_file(path) == SCHEMA_VERSION
    assert list(data.glob("kense-damaged-*.sqlite3"))


def test_cli_backup_writes_a_verified_copy(tmp_path):
    data = tmp_path / "data"
    _make_db(data / "kense.sqlite3")
    target = tmp_path / "copy.sqlite3"
    args = build_parser().parse_args(["--data-dir", str(data), "--backup", str(target)])
    assert main.run_cli(args) == 0
    close_database()
    assert inspect_file(target) == SCHEMA_VERSION
