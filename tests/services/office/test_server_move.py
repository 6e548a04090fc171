"""Moving a PC's office to the server: every table, row for row, checked there; refused onto
another office's server; undone whole when it fails."""

import io
import sys

import pytest

from desktop.__main__ import build_parser
from desktop.cli import main
from desktop.store.connection import close_database, open_database
from desktop.store.server import copying as server_copy
from desktop.store.server.config import load_server_url
from desktop.store.server.joining import save_pending
from support.pg_office import (
    ADMIN_PASSWORD,
    make_demo_office,
    next_id,
    server_tables,
    sqlite_tables,
)

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]


@pytest.fixture
def empty_server(pg_server):
    if not pg_server.url:
        pytest.skip(pg_server.problem)
    from playhouse.db_url import connect

    from support.pg_server import reset_schema

    raw = connect(pg_server.url)
    reset_schema(raw)
    raw.close()
    return pg_server.url


@pytest.fixture(scope="module")
def office_file(tmp_path_factory):
    """One demo office for the module (made once: ≈ 10 s), copied into each test's folder."""
    folder = tmp_path_factory.mktemp("office")
    make_demo_office(folder)
    return folder / "kense.sqlite3"


@pytest.fixture
def pc(office_file, tmp_path, monkeypatch):
    import shutil

    data = tmp_path / "pc"
    data.mkdir()
    shutil.copy(office_file, data / "kense.sqlite3")
    # The office key of the module's office: its KENSE_KEY_DIR is shared for the module.
    return data


def _move(data, password=ADMIN_PASSWORD, monkeypatch=None):
    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    try:
        return main.run_cli(build_parser().parse_args(
            ["--data-dir", str(data), "--move-to-server", "--user", "admin"]))
    finally:
        close_database()


def test_every_table_moves_row_for_row(pc, empty_server, monkeypatch, capsys):
    before = sqlite_tables(pc / "kense.sqlite3")
    save_pending(pc, empty_server)
    assert _move(pc, monkeypatch=monkeypatch) == 0, capsys.readouterr().err
    after = server_tables(empty_server)
    # Every table of the file, and no other, is on the server.
    assert set(after) == set(before)
    # The demo has cases of both services, blanks, the archive and an electronic signature.
    for table in ("case", "audit_record", "blank", "archive_student", "result_signature",
                  "result_snapshot", "user"):
        assert len(before[table]) > 0, table
    for table, rows in before.items():
        if table in ("audit_record", "write_lock", "user_session"):
            continue  # the move's own record and sign-out follow on the server
        assert after[table] == rows, table
    # Every record of the file, unchanged, then the move's own and the admin's sign-out.
    assert after["audit_record"][:len(before["audit_record"])] == before["audit_record"]
    actions = [row[3] for row in after["audit_record"][len(before["audit_record"]):]]
    assert actions == ["login", "moved_to_server", "logout"]
    # New rows are numbered after the moved ones.
    assert next_id(empty_server, "case") == max(r[0] for r in before["case"]) + 1
    assert load_server_url(pc) == empty_server
    assert "the audit check passes" in capsys.readouterr().out


def test_the_file_is_kept_as_a_backup(pc, empty_server, monkeypatch):
    before = sqlite_tables(pc / "kense.sqlite3")
    save_pending(pc, empty_server)
    assert _move(pc, monkeypatch=monkeypatch) == 0
    kept = list((pc / "backups").glob("kense-before-moving-to-server-*.sqlite3"))
    assert len(kept) == 1
    assert sqlite_tables(kept[0])["case"] == before["case"]
    assert (pc / "kense.sqlite3").exists()


def test_the_moved_tables_are_every_table_of_the_file(pc):
    db = open_database(pc / "kense.sqlite3")
    try:
        assert {m._meta.table_name for m in server_copy.every_model()} == \
            server_copy.source_tables(db)
    finally:
        close_database()


def test_a_table_left_out_of_the_move_fails_it_and_leaves_the_server_empty(
        pc, empty_server, monkeypatch, capsys):
    everything = server_copy.every_model()
    monkeypatch.setattr(server_copy, "every_model",
                        lambda extra=(): [m for m in everything if m._meta.table_name != "blank"])
    save_pending(pc, empty_server)
    assert _move(pc, monkeypatch=monkeypatch) == 2
    assert "blank" in capsys.readouterr().err
    assert server_tables(empty_server) == {}
    assert load_server_url(pc) is None


def test_a_wrong_password_moves_nothing(pc, empty_server, monkeypatch):
    save_pending(pc, empty_server)
    assert _move(pc, password="wrong", monkeypatch=monkeypatch) == 2
    assert server_tables(empty_server) == {}
    assert load_server_url(pc) is None


def test_a_server_holding_another_office_is_refused(pc, empty_server, monkeypatch, capsys,
                                                     tmp_path):
    from desktop.services.accounts import users
    from desktop.store.migrations import migrate

    migrate(open_database(empty_server))
    users.first_run_setup(users.CollegeProfile("Басқа", "Другой", "", "", "Басшы"), "admin",
                          "Басқа Әкімші", "Another-office-1")
    close_database()
    theirs = server_tables(empty_server)
    save_pending(pc, empty_server)
    assert _move(pc, monkeypatch=monkeypatch) == 2
    assert "another office" in capsys.readouterr().err
    assert server_tables(empty_server) == theirs
    assert load_server_url(pc) is None


def test_a_move_without_a_joined_server_is_refused(pc, monkeypatch, capsys):
    assert _move(pc, monkeypatch=monkeypatch) == 2
    assert "kense --join" in capsys.readouterr().err


def test_a_failure_after_the_copy_leaves_the_server_empty_and_the_pc_on_its_file(
        pc, empty_server, monkeypatch, capsys):
    from desktop.services.office.server import move as server_move

    def broken(url, where):
        raise RuntimeError("the check broke")

    monkeypatch.setattr(server_move, "_check_on_server", broken)
    save_pending(pc, empty_server)
    assert _move(pc, monkeypatch=monkeypatch) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert server_tables(empty_server) == {}
    assert load_server_url(pc) is None


def test_a_services_own_draft_table_moves_too(pc, empty_server, monkeypatch, tmp_path,
                                              capsys):
    """A third service kept as data brings its draft table in its own module (tests/
    third_service): the move knows it from the result registry (without it, the file's table
    would be "one this Kense does not know" and the move refused). Empty here: a row put in
    by hand would change its case past the audit log, and the move refuses such records."""
    import shutil

    from desktop.locations import resources_dir
    from desktop.services import reference
    from support.catalogue import THIRD
    from third_service.kind import StudyReferenceContent

    folder = tmp_path / "resources" / "services"
    shutil.copytree(resources_dir() / "services", folder)
    shutil.copy(THIRD, folder)
    monkeypatch.setattr(reference, "resources_dir", lambda: tmp_path / "resources")
    reference.catalogue.cache_clear()
    try:
        db = open_database(pc / "kense.sqlite3")
        db.create_tables([StudyReferenceContent])
        close_database()
        save_pending(pc, empty_server)
        assert _move(pc, monkeypatch=monkeypatch) == 0, capsys.readouterr().err
    finally:
        reference.catalogue.cache_clear()
    assert server_tables(empty_server)["study_reference_content"] == []
