"""The weekly restore check of the server PC's dumps: the newest good dump restored into a
scratch database and the audit check run there (in a process of its own); a dump of a
tampered database fails, is kept as `.bad` and no longer counts; at most once a week; the
outcome recorded for every PC's Backups page; `kense --check-dumps` for the IT person."""

from datetime import datetime

import pytest

from desktop.__main__ import build_parser
from desktop.cli import main
from desktop.services.accounts import users
from desktop.services.office.server import backups as server_backups
from desktop.services.office.server import dump_check
from desktop.store.connection import close_database, current_database, write_transaction
from desktop.store.models import AuditRecord
from desktop.store.opening import open_configured
from desktop.store.server import dumps as pg_backup
from desktop.store.server.config import save_server_url
from support.markers import set_marker
from support.users import PASSWORD

pytestmark = [pytest.mark.slow]

MONDAY = datetime(2026, 3, 2, 10, 0)


@pytest.fixture
def server_pc(pg_server, tmp_path):
    if not pg_server.url:
        pytest.skip(pg_server.problem)
    from playhouse.db_url import connect

    from support.pg_server import reset_schema

    raw = connect(pg_server.url)
    reset_schema(raw)
    raw.close()
    data = tmp_path / "pc"
    save_server_url(data, pg_server.url)
    open_configured(data)
    users.first_run_setup(users.CollegeProfile("Колледж", "Колледж", "", "", "Басшы"), "admin",
                          "Әкімші Әлия", PASSWORD)
    with write_transaction():
        set_marker("kept")
    yield data
    close_database()


def _checks() -> list[str]:
    rows = (AuditRecord.select(AuditRecord.changes)
            .where(AuditRecord.action == dump_check.RESTORE_CHECK).order_by(AuditRecord.id))
    return [row.changes for row in rows]


def _scratch_exists() -> bool:
    name = pg_backup.scratch_name(current_database())
    cursor = current_database().execute_sql(
        "SELECT count(*) FROM pg_database WHERE datname = %s", (name,))
    return cursor.fetchone()[0] == 1


def test_a_good_dump_passes_and_the_check_runs_once_a_week(server_pc):
    before = AuditRecord.select().count()  # what the dump holds: it is made before its record
    made = server_backups.daily_dump(now=MONDAY)
    assert made is not None
    last = dump_check.last_check()
    assert (last.file, last.outcome, last.at) == (made.name, "passed", MONDAY)
    # The copy's chain was walked to its end.
    assert before >= 2 and last.records == before
    assert not _scratch_exists()
    assert len(_checks()) == 1

    # Sunday: six days on, no second check; the next Monday: the week is up.
    server_backups.daily_dump(now=datetime(2026, 3, 8, 23, 0))
    assert len(_checks()) == 1
    server_backups.daily_dump(now=datetime(2026, 3, 9, 8, 0))
    assert len(_checks()) == 2
    assert dump_check.last_check().outcome == "passed"
    assert made.is_file()


def test_a_dump_of_a_tampered_database_fails_and_no_longer_counts(server_pc):
    # Someone edits a record of the audit log behind Kense's back; that day's dump holds it.
    db = current_database()
    db.execute_sql("UPDATE audit_record SET changes = %s WHERE id = 2", ('{"edited": 1}',))
    made = server_backups.daily_dump(now=MONDAY)
    assert made is not None

    last = dump_check.last_check()
    assert (last.file, last.outcome, last.problem) == (made.name, "failed", "content")
    assert not made.exists()
    assert made.with_name(made.name + ".bad").is_file()
    assert dump_check.newest_good_daily_dump(made.parent) is None
    assert made.name not in [p.name for p in server_backups.list_dumps()]
    assert not _scratch_exists()


def test_the_check_is_of_the_copy_not_of_the_live_database(server_pc):
    # A dump made before the tampering passes: the check ran on what the dump holds.
    made = server_backups.daily_dump(now=datetime(2026, 3, 1, 9, 0))  # the week not yet due
    assert dump_check.last_check().outcome == "passed"
    current_database().execute_sql("UPDATE audit_record SET changes = %s WHERE id = 2",
                                   ('{"edited": 1}',))
    assert dump_check.check_and_record(made, MONDAY).outcome == "passed"


def test_the_it_person_checks_the_newest_dump_from_the_command_line(server_pc, capsys):
    server_backups.daily_dump(now=MONDAY)
    close_database()
    argv = ["--data-dir", str(server_pc), "--check-dumps"]
    assert main.run_cli(build_parser().parse_args(argv)) == 0
    assert "audit check passed" in capsys.readouterr().out
    open_configured(server_pc)
    assert len(_checks()) == 2


def test_the_command_line_says_plainly_when_the_newest_dump_fails(server_pc, capsys):
    current_database().execute_sql("UPDATE audit_record SET changes = %s WHERE id = 2",
                                   ('{"edited": 1}',))
    made = server_backups.daily_dump(now=datetime(2026, 3, 1, 9, 0))  # checked, and failed
    made.with_name(made.name + ".bad").rename(made)  # as if it had not been checked yet
    close_database()
    argv = ["--data-dir", str(server_pc), "--check-dumps"]
    assert main.run_cli(build_parser().parse_args(argv)) == 2
    said = capsys.readouterr().err
    assert f"{made.name} FAILED its restore check (content)" in said
    assert "Traceback" not in said
    assert made.with_name(made.name + ".bad").is_file() and not made.exists()
    open_configured(server_pc)


def _backups_page_text(qtbot) -> str:
    from desktop.ui.admin.backups import BackupsPage

    page = BackupsPage(users.login("admin", PASSWORD))
    qtbot.addWidget(page)
    return page.folder.text()


def test_every_pc_s_backups_page_says_how_the_last_restore_check_went(server_pc, qtbot):
    assert "have not yet been restored into a scratch database" in _backups_page_text(qtbot)
    made = server_backups.daily_dump(now=MONDAY)
    assert (f"Last restore check: 02.03.2026, passed ({made.name} restored"
            in _backups_page_text(qtbot))
    current_database().execute_sql("UPDATE audit_record SET changes = %s WHERE id = 2",
                                   ('{"edited": 1}',))
    made.unlink()
    server_backups.daily_dump(now=datetime(2026, 3, 9, 8, 0))
    text = _backups_page_text(qtbot)
    assert ("Last restore check: 09.03.2026, FAILED: its copy does not pass the audit check. "
            f"{made.name} was kept as {made.name}.bad") in text


def test_on_a_server_kense_made_the_check_passes_over_tls_with_its_own_role(tmp_path,
                                                                           monkeypatch):
    """`--make-server`'s `kense` role (SCRAM password, TLS pinned) may create and drop the
    scratch database; the check and `kense --check-dumps` run as the IT person would."""
    from desktop.store.server.cluster import find_bin
    from support.pg_office_server import OfficeServer, kense

    try:
        find_bin()
    except Exception as exc:
        pytest.skip(str(exc))
    keys = {"KENSE_KEY_DIR": str(tmp_path / "keys")}
    monkeypatch.setenv("KENSE_KEY_DIR", keys["KENSE_KEY_DIR"])
    server = OfficeServer()
    try:
        assert server.make().returncode == 0
        data = tmp_path / "server pc"
        joined = kense("--data-dir", str(data), "--join", server.code, env=keys)
        assert joined.returncode == 0, joined.stderr
        open_configured(data)
        users.first_run_setup(users.CollegeProfile("Колледж", "Колледж", "", "", "Басшы"),
                              "admin", "Әкімші Әлия", PASSWORD)
        assert current_database().connect_params.get("sslmode") == "verify-ca"
        server_backups.daily_dump(now=MONDAY)
        last = dump_check.last_check()
        assert (last.outcome, last.problem) == ("passed", "")
        close_database()
        done = kense("--data-dir", str(data), "--check-dumps", env=keys)
        assert done.returncode == 0, done.stderr
        assert "the audit check passed" in done.stdout
    finally:
        close_database()
        server.remove()


def test_a_pc_on_its_own_file_is_told_there_are_no_server_dumps(tmp_path, capsys):
    argv = ["--data-dir", str(tmp_path / "pc"), "--check-dumps"]
    assert main.run_cli(build_parser().parse_args(argv)) == 2
    assert "this PC works on its own file" in capsys.readouterr().err
    assert not (tmp_path / "pc").exists()  # no database was made for the question
