"""What a Kense database is: empty, foreign and newer files are refused at start-up, in backups
and in restores; good backups are never rotated out by bad ones; nothing is left beside a backup
or a restore's source; paths with '#', '?', '%', spaces and Kazakh letters name the right file."""

import hashlib
import json
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from desktop.__main__ import build_parser
from desktop.cli import main as cli
from desktop.store.backup import backup_sqlite, daily_backup
from desktop.store.connection import close_database, open_database, write_transaction
from desktop.store.errors import StoreError
from desktop.store.health import check_file
from desktop.store.migrations import migrate
from desktop.store.opening import open_configured
from desktop.store.restore import restore_sqlite
from desktop.store.schema import SCHEMA_VERSION
from support.markers import marker, set_marker

pytestmark = pytest.mark.sqlite_only

FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "db_v1.sqlite3"
ODD_NAMES = ["Колледж #1", "what?", "100% sure", "with  spaces", "Әғқңөұүһі", "a%23b"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree(folder: Path) -> dict[str, str]:
    """Every file under the folder with its hash: what a refusal must leave alone."""
    return {str(p.relative_to(folder)): _digest(p) for p in sorted(folder.rglob("*"))
            if p.is_file()}


def _make_data(data: Path, marker: str = "first") -> Path:
    """A Kense data folder with one setting written as a marker and one good daily backup."""
    path = data / "kense.sqlite3"
    db = open_database(path)
    migrate(db)
    with write_transaction():
        set_marker(marker)
    daily_backup(db, data / "backups", today=datetime(2026, 3, 1))
    close_database()
    return path


def _marker(path: Path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT value FROM setting WHERE key = 'test_marker'").fetchone()[0]
    finally:
        conn.close()


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('бешбармак')")
    conn.commit()
    conn.close()
    return path


def _newer(source: Path, target: Path) -> Path:
    if source != target:
        shutil.copyfile(source, target)
    conn = sqlite3.connect(str(target))
    conn.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, '2030-01-01')",
                 (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    return target


def _run(*argv: str) -> int:
    try:
        return cli.run_cli(build_parser().parse_args(list(argv)))
    finally:
        close_database()


# 1. Start-up -------------------------------------------------------------------------------

def test_zero_length_database_with_good_backups_is_refused_and_nothing_is_touched(tmp_path):
    data = tmp_path / "data"
    path = _make_data(data)
    for side in data.glob("kense.sqlite3-*"):
        side.unlink()
    path.write_bytes(b"")
    before = _tree(data)
    with pytest.raises(StoreError) as err:
        open_configured(data)
    assert err.value.code == "empty_database"
    assert err.value.params["path"] == str(path)
    assert _tree(data) == before  # no first-run database, no backup of nothing, no rotation


def test_zero_length_database_without_backups_is_refused_too(tmp_path):
    path = tmp_path / "kense.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(StoreError) as err:
        check_file(path)
    assert err.value.code == "empty_database"
    assert path.stat().st_size == 0


def test_a_missing_database_without_backups_is_a_first_start(tmp_path):
    check_file(tmp_path / "kense.sqlite3")  # no error: the first-run setup follows


def test_foreign_sqlite_file_is_not_taken_for_kense(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    _foreign(data / "kense.sqlite3")
    before = _tree(data)
    with pytest.raises(StoreError) as err:
        open_configured(data)
    assert err.value.code == "not_kense"
    assert _tree(data) == before  # no Kense tables written into someone else's file


def test_database_of_a_newer_kense_is_refused_at_start(tmp_path):
    data = tmp_path / "data"
    path = _make_data(data)
    _newer(path, path)
    with pytest.raises(StoreError) as err:
        open_configured(data)
    assert err.value.code == "newer_schema"
    assert err.value.params["found"] == SCHEMA_VERSION + 1


def test_cli_backup_of_an_empty_database_is_refused(tmp_path, capsys):
    data = tmp_path / "data"
    _make_data(data)
    for side in data.glob("kense.sqlite3-*"):
        side.unlink()
    (data / "kense.sqlite3").write_bytes(b"")
    target = tmp_path / "copy.sqlite3"
    assert _run("--data-dir", str(data), "--backup", str(target)) == 2
    out = capsys.readouterr()
    assert "written and verified" not in out.out + out.err
    assert "empty" in out.err and str(data / "kense.sqlite3") in out.err
    assert not target.exists()


def test_backup_of_a_database_without_kense_data_is_refused(tmp_path):
    db = open_database(tmp_path / "live.sqlite3")  # opened, never migrated: no tables
    try:
        with pytest.raises(StoreError) as err:
            backup_sqlite(db, tmp_path / "b" / "copy.sqlite3")
    finally:
        close_database()
    assert err.value.code == "backup_empty"
    assert list((tmp_path / "b").iterdir()) == []


# 1. Rotation -------------------------------------------------------------------------------

def test_bad_backups_never_push_good_ones_out(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    db = open_database(tmp_path / "kense.sqlite3")
    migrate(db)
    try:
        daily_backup(db, folder, keep=3, today=datetime(2026, 3, 1))
        daily_backup(db, folder, keep=3, today=datetime(2026, 3, 2))
        for day in range(10, 24):  # 14 empty "backups", newer than the good ones
            (folder / f"kense-2026-03-{day}.sqlite3").write_bytes(b"")
        daily_backup(db, folder, keep=3, today=datetime(2026, 3, 24))
    finally:
        close_database()
    names = {p.name for p in folder.glob("kense-*.sqlite3")}
    assert {"kense-2026-03-01.sqlite3", "kense-2026-03-02.sqlite3",
            "kense-2026-03-24.sqlite3"} <= names
    assert len(names) == 17  # 3 good + 14 bad, all newer than the oldest kept good one


def test_rotation_deletes_only_beyond_the_newest_good_ones(tmp_path):
    folder = tmp_path / "backups"
    db = open_database(tmp_path / "kense.sqlite3")
    migrate(db)
    try:
        for day in (1, 2, 3, 4):
            daily_backup(db, folder, keep=2, today=datetime(2026, 3, day))
        (folder / "kense-2026-02-01.sqlite3").write_bytes(b"")  # old junk: removed
    finally:
        close_database()
    db = open_database(tmp_path / "kense.sqlite3")
    try:
        daily_backup(db, folder, keep=2, today=datetime(2026, 3, 5))
    finally:
        close_database()
    assert sorted(p.name for p in folder.iterdir()) == [
        "kense-2026-03-04.sqlite3", "kense-2026-03-05.sqlite3"]


def test_an_empty_file_for_today_is_replaced_by_a_real_backup(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "kense-2026-03-01.sqlite3").write_bytes(b"")
    db = open_database(tmp_path / "kense.sqlite3")
    migrate(db)
    try:
        made = daily_backup(db, folder, today=datetime(2026, 3, 1))
    finally:
        close_database()
    assert made == folder / "kense-2026-03-01.sqlite3"
    assert made.stat().st_size > 0


# 1. Restore --------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["empty", "foreign", "newer", "text"])
def test_restore_refuses_what_is_not_a_good_kense_backup(tmp_path, kind):
    data = tmp_path / "data"
    live = _make_data(data, "live")
    usb = tmp_path / "usb"
    usb.mkdir()
    source = usb / "backup.sqlite3"
    expected = {"empty": "backup_empty", "foreign": "not_kense", "newer": "newer_schema",
                "text": "not_kense"}[kind]
    if kind == "empty":
        source.write_bytes(b"")
    elif kind == "foreign":
        _foreign(source)
    elif kind == "newer":
        _newer(data / "backups" / "kense-2026-03-01.sqlite3", source)
    else:
        source.write_text("name;iin\n", encoding="utf-8")
    usb_before = _tree(usb)
    backups_before = _tree(data / "backups")
    db = open_database(live)
    try:
        with pytest.raises(StoreError) as err:
            restore_sqlite(db, source)
        assert marker() == "live"
    finally:
        close_database()
    assert err.value.code == expected
    assert err.value.params["path"] == str(source)
    assert _tree(usb) == usb_before
    assert _tree(data / "backups") == backups_before  # not even a safety copy: nothing began


def test_restore_of_an_older_schema_is_migrated(tmp_path):
    from desktop.services.records import upgrade
    from desktop.services.records.chain_check import verify_chain
    from desktop.store.migrations import current_version
    from desktop.store.models import Applicant, Case

    data = tmp_path / "data"
    live = _make_data(data)
    usb = tmp_path / "usb"
    usb.mkdir()
    source = usb / "old.sqlite3"
    shutil.copyfile(FIXTURE_V1, source)
    db = open_database(live)
    try:
        restore_sqlite(db, source)
        assert current_version(db) == SCHEMA_VERSION
        assert Case.select().count() == 48  # db_v1 holds 48 cases
        assert not Applicant.select().where(Applicant.sort_name == "").exists()
        assert upgrade.establish_key()  # as maintenance.restore does next
        assert verify_chain().ok
    finally:
        close_database()
    assert list(usb.iterdir()) == [source]
    assert _digest(source) == _digest(FIXTURE_V1)
    assert list((data / "backups").glob("before-migration-v1-*.sqlite3"))


# 5. Leftovers ------------------------------------------------------------------------------

def test_backup_leaves_nothing_but_the_backup(tmp_path):
    data = tmp_path / "data"
    live = _make_data(data)
    db = open_database(live)
    try:
        target = backup_sqlite(db, tmp_path / "out" / "copy.sqlite3")
    finally:
        close_database()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["copy.sqlite3"]
    assert sorted(p.name for p in (data / "backups").iterdir()) == ["kense-2026-03-01.sqlite3"]
    conn = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # stands alone
    conn.close()


def test_restore_from_a_copied_live_database_with_its_wal_leaves_the_stick_alone(tmp_path):
    data = tmp_path / "data"
    live = _make_data(data, "live")
    other = tmp_path / "other"
    other_db = _make_data(other, "from the stick")
    usb = tmp_path / "usb"
    usb.mkdir()
    # A live database copied with its -wal (committed data may sit in the WAL only).
    keep_open = open_database(other_db)
    with write_transaction():
        set_marker("from the stick, in the wal")
    shutil.copyfile(other_db, usb / "kense.sqlite3")
    if Path(str(other_db) + "-wal").exists():
        shutil.copyfile(str(other_db) + "-wal", usb / "kense.sqlite3-wal")
    close_database()
    del keep_open
    before = _tree(usb)
    db = open_database(live)
    try:
        restore_sqlite(db, usb / "kense.sqlite3")
        assert marker() == "from the stick, in the wal"
    finally:
        close_database()
    assert _tree(usb) == before


# 6. The command line restores through the admin's use case, audited as the system ----------

def test_cli_restore_is_audited_as_the_system_naming_the_os_user(tmp_path, monkeypatch):
    from desktop.store.models import AuditRecord

    monkeypatch.setenv("LOGNAME", "it.person")
    data = tmp_path / "data"
    _make_data(data, "before")
    good = data / "backups" / "kense-2026-03-01.sqlite3"
    db = open_database(data / "kense.sqlite3")
    with write_transaction():
        set_marker("after the backup")
    close_database()
    assert _run("--data-dir", str(data), "--restore", str(good)) == 0
    assert _marker(data / "kense.sqlite3") == "before"
    db = open_database(data / "kense.sqlite3")
    try:
        last = AuditRecord.select().order_by(AuditRecord.id.desc()).first()
        assert (last.username, last.action) == ("system", "restore")
        changes = json.loads(last.changes)
        assert changes["os_user"] == "it.person"
        assert changes["file"] == "kense-2026-03-01.sqlite3"
        assert changes["saved_before"].startswith("before-restore-")
    finally:
        close_database()
    del db


# 2. Paths with '#', '?', '%', spaces and Kazakh letters -------------------------------------

@pytest.mark.parametrize("name", ODD_NAMES)
def test_start_backup_and_restore_in_odd_folders(tmp_path, name, capsys):
    root = tmp_path / name
    data = root / "data"
    path = _make_data(data, "odd")
    db = open_configured(data)
    close_database()
    del db
    # Exactly the meant file, and no stray one made from the text before '#' or '?'.
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert _marker(path) == "odd"

    target = root / f"копия {name}.sqlite3"
    assert _run("--data-dir", str(data), "--backup", str(target)) == 0
    assert "written and verified" in capsys.readouterr().out
    assert _marker(target) == "odd"

    open_database(path)
    with write_transaction():
        set_marker("changed")
    close_database()
    assert _run("--data-dir", str(data), "--restore", str(target)) == 0
    assert _marker(path) == "odd"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert sorted(p.name for p in root.iterdir()) == sorted(["data", target.name])


@pytest.mark.parametrize("name", ["Колледж #1", "what?", "100% sure"])
def test_smoke_writes_into_odd_folders(qapp, tmp_path, name):
    """qapp first: the smoke would make a QGuiApplication, and no QApplication after it."""
    from desktop.__main__ import main

    out = tmp_path / name
    assert main(["--smoke", str(out)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert list(out.glob("*.pdf"))


def test_partials_a_killed_backup_left_are_cleared_once_they_are_old(tmp_path):
    import os
    import time

    folder = tmp_path / "backups"
    folder.mkdir()
    old = [folder / "kense-2026-02-01.sqlite3.part",
           folder / "kense-2026-02-01.sqlite3.part-journal",
           folder / ".incoming-20260201-101010-000001.part"]
    for path in old:
        path.write_bytes(b"half")
        two_hours_ago = time.time() - 7200
        os.utime(path, (two_hours_ago, two_hours_ago))
    fresh = folder / "manual-20260301-101010.sqlite3.part"  # a backup being written now
    fresh.write_bytes(b"half")
    db = open_database(tmp_path / "kense.sqlite3")
    migrate(db)
    try:
        daily_backup(db, folder, today=datetime(2026, 3, 1))
    finally:
        close_database()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["kense-2026-03-01.sqlite3", fresh.name])


@pytest.mark.parametrize("live", ["empty", "foreign"])
def test_cli_restore_over_an_unusable_database_puts_the_backup_in_place(tmp_path, live,
                                                                      monkeypatch):
    from desktop.store.models import AuditRecord

    monkeypatch.setenv("LOGNAME", "it.person")
    data = tmp_path / "data"
    path = _make_data(data, "from the backup")
    for side in data.glob("kense.sqlite3-*"):
        side.unlink()
    path.unlink()
    if live == "empty":
        path.write_bytes(b"")
    else:
        _foreign(path)
    unusable = _digest(path)
    good = data / "backups" / "kense-2026-03-01.sqlite3"
    assert _run("--data-dir", str(data), "--restore", str(good)) == 0
    assert _marker(path) == "from the backup"
    kept = list(data.glob("kense-damaged-*.sqlite3"))
    assert [_digest(k) for k in kept] == [unusable]  # kept beside it, never deleted
    db = open_database(path)
    try:
        last = AuditRecord.select().order_by(AuditRecord.id.desc()).first()
        assert (last.username, last.action) == ("system", "restore")
        assert json.loads(last.changes)["os_user"] == "it.person"
    finally:
        close_database()
    del db


def test_a_missing_session_is_not_taken_for_the_command_line(tmp_path):
    from desktop.services.office import backups as maintenance

    data = tmp_path / "data"
    path = _make_data(data, "kept")
    open_database(path)
    try:
        with pytest.raises(Exception) as err:  # whatever acting_user says, not a restore
            maintenance.restore(None, data / "backups" / "kense-2026-03-01.sqlite3")
        assert not isinstance(err.value, AssertionError)
        assert marker() == "kept"
        assert not list((data / "backups").glob("before-restore-*"))
    finally:
        close_database()


def test_a_first_start_cut_short_before_the_tables_is_a_first_start_again(tmp_path):
    path = tmp_path / "kense.sqlite3"
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA journal_mode=WAL").fetchall()  # what open_database does first
    conn.close()
    assert path.stat().st_size > 0
    check_file(path)  # no error: no backups, no tables, nothing to lose
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "kense-2026-03-01.sqlite3").write_bytes(b"x")
    with pytest.raises(StoreError) as err:
        check_file(path)  # with backups beside it, an empty database is never started on
    assert err.value.code == "empty_database"
