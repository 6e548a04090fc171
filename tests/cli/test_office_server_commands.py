"""The IT person's path from one PC to several: `--make-server`, `--join`, `--move-to-server`,
`--stop-server`, each a process of its own as in real use; exit 0 or 2 with a sentence."""

import shutil

import psycopg2
import pytest

from desktop.services.office.server.join_code import decode
from desktop.store.server.cluster import find_bin
from desktop.store.server.config import load_server_url
from desktop.store.server.joining import load_pending
from support.pg_office import ADMIN_PASSWORD, make_demo_office, server_tables, sqlite_tables
from support.pg_office_server import OfficeServer, kense

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def office_server():
    try:
        find_bin()
    except Exception as exc:
        pytest.skip(str(exc))
    server = OfficeServer()
    done = server.make()
    assert done.returncode == 0, done.stderr
    yield server
    server.remove()


@pytest.fixture
def keys(tmp_path, monkeypatch):
    """The office key folder every process of the test shares (each PC of an office holds
    the key: typed from the recovery sheet on a real one)."""
    folder = tmp_path / "keys"
    monkeypatch.setenv("KENSE_KEY_DIR", str(folder))
    return {"KENSE_KEY_DIR": str(folder)}


def test_the_made_server_prints_a_join_code_alone_on_its_last_line(office_server):
    code = decode(office_server.code)
    assert code.port == office_server.port
    assert (code.database, code.user) == ("kense", "kense")
    assert len(code.password) >= 40  # a generated long password
    # It answers with that password over TLS, and refuses a wrong one.
    url = code.url().replace(f"@{code.host}:", "@127.0.0.1:")
    con = psycopg2.connect(url, sslmode="require")
    cur = con.cursor()
    cur.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
    assert cur.fetchone() == (True,)
    cur.execute("SHOW password_encryption")
    assert cur.fetchone() == ("scram-sha-256",)
    cur.execute("SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = 'kense'")
    assert cur.fetchone() == ("UTF8",)
    con.close()
    with pytest.raises(psycopg2.OperationalError):
        psycopg2.connect(url.replace(code.password, "wrong-password"))


def test_an_office_moves_to_the_server_and_a_second_pc_joins_it(office_server, tmp_path,
                                                                 keys):
    first = tmp_path / "desk"
    first.mkdir()
    make_demo_office(first)
    before = sqlite_tables(first / "kense.sqlite3")

    joined = kense("--data-dir", str(first), "--join", office_server.code, env=keys)
    assert joined.returncode == 0, joined.stderr
    assert "--move-to-server" in joined.stdout
    # The server is empty: this PC keeps its own file until its records are moved.
    assert load_server_url(first) is None and load_pending(first) is not None

    moved = kense("--data-dir", str(first), "--move-to-server", "--user", "admin",
                  stdin=ADMIN_PASSWORD + "\n", env=keys)
    assert moved.returncode == 0, moved.stderr
    url = load_server_url(first)
    assert "sslmode=verify-ca" in url
    after = server_tables(url)
    assert set(after) == set(before)
    assert after["case"] == before["case"]

    second = tmp_path / "head's room"
    joined = kense("--data-dir", str(second), "--join", office_server.code, env=keys)
    assert joined.returncode == 0, joined.stderr
    theirs = load_server_url(second)
    assert "sslmode=verify-ca" in theirs and "server-ca.pem" in theirs
    # The second PC opens the same office: every case the first PC had.
    from desktop.store.connection import close_database
    from desktop.store.models import Case
    from desktop.store.opening import open_configured

    open_configured(second)
    try:
        assert Case.select().count() == len(before["case"])
    finally:
        close_database()

    again = kense("--data-dir", str(first), "--move-to-server", "--user", "admin",
                  stdin=ADMIN_PASSWORD + "\n", env=keys)
    assert again.returncode == 2
    assert "already holds this office" in again.stderr and "Traceback" not in again.stderr


def test_a_damaged_join_code_is_refused_with_a_sentence(office_server, tmp_path):
    done = kense("--data-dir", str(tmp_path / "pc"), "--join", office_server.code[:-3])
    assert done.returncode == 2
    assert "join code" in done.stderr and "Traceback" not in done.stderr
    assert load_server_url(tmp_path / "pc") is None


def test_a_server_presenting_another_certificate_is_refused(office_server, tmp_path):
    from desktop.services.office.server.join_code import JoinCode, encode

    code = decode(office_server.code)
    forged = encode(JoinCode(code.host, code.port, code.database, code.user, code.password,
                             "ab" * 32))
    done = kense("--data-dir", str(tmp_path / "pc"), "--join", forged)
    assert done.returncode == 2
    assert "certificate" in done.stderr and "Traceback" not in done.stderr
    assert load_server_url(tmp_path / "pc") is None


def test_stopping_and_making_again_starts_the_same_server(office_server, tmp_path):
    stopped = kense("--stop-server", str(office_server.folder))
    assert stopped.returncode == 0, stopped.stderr
    unreachable = kense("--data-dir", str(tmp_path / "pc"), "--join", office_server.code)
    assert unreachable.returncode == 2 and "Traceback" not in unreachable.stderr
    made = kense("--make-server", str(office_server.folder))
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip().splitlines()[-1] == office_server.code


def test_make_server_refuses_a_folder_it_did_not_make(tmp_path):
    folder = tmp_path / "other"
    (folder / "data").mkdir(parents=True)
    done = kense("--make-server", str(folder))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    shutil.rmtree(folder)
