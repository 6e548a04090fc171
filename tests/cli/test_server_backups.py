"""`kense --backup` / `--restore` in server mode: a pg_dump checked with pg_restore --list, and
a restore that saves the current content first and is audited; the server PC's daily dumps,
the newest 14 kept."""

from datetime import datetime, timedelta

import pytest

from desktop.__main__ import build_parser
from desktop.cli import main
from desktop.services.accounts import users
from desktop.store.connection import close_database, current_database, write_transaction
from desktop.store.models import AuditRecord
from desktop.store.opening import open_configured
from desktop.store.server import dumps as pg_backup
from desktop.store.server.config import save_server_url
from support.markers import marker, set_marker
from support.users import PASSWORD

pytestmark = [pytest.mark.slow]


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
        set_marker("before")
    close_database()
    yield data
    close_database()


def _run(data, *argv):
    try:
        return main.run_cli(build_parser().parse_args(["--data-dir", str(data), *argv]))
    finally:
        close_database()


def _marker(data):
    open_configured(data)
    try:
        return marker()
    finally:
        close_database()


def test_a_server_backup_restores_what_it_held(server_pc, tmp_path, capsys):
    dump = tmp_path / "office.dump"
    assert _run(server_pc, "--backup", str(dump)) == 0
    assert pg_backup.is_good_dump(dump)
    open_configured(server_pc)
    with write_transaction():
        set_marker("after")
    close_database()

    assert _run(server_pc, "--restore", str(dump)) == 0
    assert "previous content was saved" in capsys.readouterr().out
    assert _marker(server_pc) == "before"
    # The content replaced was saved first, and can itself be restored.
    saved = list((server_pc / "backups").glob("before-restore-*.dump"))
    assert len(saved) == 1
    assert _run(server_pc, "--restore", str(saved[0])) == 0
    assert _marker(server_pc) == "after"
    open_configured(server_pc)
    try:
        last = AuditRecord.select().order_by(AuditRecord.id.desc()).first()
        assert (last.action, last.username) == ("restore", "system")
    finally:
        close_database()


def test_a_file_that_is_no_dump_is_refused_and_changes_nothing(server_pc, tmp_path, capsys):
    bogus = tmp_path / "not-a-dump.dump"
    bogus.write_bytes(b"PGDMP but not really")
    assert _run(server_pc, "--restore", str(bogus)) == 2
    assert "not a readable Kense server backup" in capsys.readouterr().err
    assert _marker(server_pc) == "before"


def test_the_daily_dumps_keep_the_newest_fourteen(server_pc):
    open_configured(server_pc)
    try:
        folder = server_pc / "backups"
        start = datetime(2026, 3, 1, 9, 0)
        for day in range(16):
            pg_backup.daily_dump(current_database(), folder, keep=14,
                                 today=start + timedelta(days=day))
        # A damaged newer file does not push a good one out.
        (folder / "kense-2026-03-17.dump").write_bytes(b"broken")
        pg_backup.daily_dump(current_database(), folder, keep=14,
                             today=datetime(2026, 3, 16, 9, 0))
    finally:
        close_database()
    names = sorted(p.name for p in folder.glob("kense-*.dump"))
    assert names == [f"kense-2026-03-{d:02d}.dump" for d in range(3, 18)]


def test_every_pc_sees_when_the_server_pc_last_backed_the_office_up(server_pc):
    from desktop.services.office import backups
    from desktop.services.office.server import backups as server_backups

    open_configured(server_pc)
    try:
        assert backups.newest_server_backup() is None
        # The test server listens on 127.0.0.1: this PC is the server PC.
        made = server_backups.daily_dump()
        assert made is not None and pg_backup.is_good_dump(made)
        when, name = backups.newest_server_backup()
        assert name == made.name
        assert abs((datetime.now() - when).total_seconds()) < 120
        # A second start the same day makes no second dump, nor a second record.
        assert server_backups.daily_dump() is None
        assert AuditRecord.select().where(AuditRecord.action == "server_backup").count() == 1
    finally:
        close_database()
