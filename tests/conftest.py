"""Shared fixtures: Qt offscreen, the compiled translations, a fresh temporary database per
test, the office clock, users. Fixtures only: what tests share besides them is in support/."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import runpy
from datetime import datetime
from pathlib import Path

import pytest

from support.catalogue import THIRD
from support.clock import OfficeClock
from support.users import PASSWORD

ROOT = Path(__file__).resolve().parent.parent

# The store and services are imported inside the fixtures, so that tests of the pure layers
# (domain, forms) run even while the lower layers are broken.

# The store and services tests run on both backends; everything else on SQLite.
BOTH_BACKENDS = ("tests/store", "tests/services")


def pytest_generate_tests(metafunc):
    path = str(metafunc.definition.path)
    if "db" in metafunc.fixturenames and any(part in path for part in BOTH_BACKENDS):
        if metafunc.definition.get_closest_marker("sqlite_only"):
            return
        metafunc.parametrize("db", ["sqlite", "postgres"], indirect=True)


@pytest.fixture(scope="session", autouse=True)
def _translations_compiled():
    """The .qm files Qt loads are built, not kept in git: compile them when one is missing or
    older than its .ts (build/compile_translations.py's own check), so that a fresh checkout's
    plain `pytest` shows the interface in Kazakh and Russian."""
    script = runpy.run_path(str(ROOT / "build" / "compile_translations.py"))
    script["ensure_compiled"]()


@pytest.fixture(autouse=True)
def _office_keys_in_tmp(tmp_path_factory, monkeypatch):
    """Office keys and anchors go to a folder of the test's own, never the developer's
    profile (nor the test's data folder, which some tests list)."""
    monkeypatch.setenv("KENSE_KEY_DIR", str(tmp_path_factory.mktemp("office-keys")))


@pytest.fixture(autouse=True)
def _no_translators_left_behind():
    """A test that switches the language must not change what the next test sees."""
    yield
    import sys

    if "desktop.ui.i18n" in sys.modules:
        sys.modules["desktop.ui.i18n"].reset()


@pytest.fixture(scope="session")
def pg_server():
    from desktop.store.drivers import use_postgres_driver
    from support.pg_server import PgServer

    use_postgres_driver()  # tests connect to it with playhouse directly, too
    server = PgServer()
    try:
        server.start()
    except Exception as exc:  # reported by the tests that need it
        server.problem = f"could not start PostgreSQL: {exc}"
    yield server
    server.stop()


@pytest.fixture
def db(request, tmp_path):
    from desktop.services import reference
    from desktop.store.connection import close_database, open_database
    from desktop.store.migrations import migrate

    backend = getattr(request, "param", "sqlite")
    if backend == "postgres":
        server = request.getfixturevalue("pg_server")
        if not server.url:
            if os.environ.get("CI"):
                pytest.fail(server.problem)
            pytest.skip(server.problem)
        from support.pg_server import reset_schema

        database = open_database(server.url)
        reset_schema(database)
    else:
        database = open_database(tmp_path / "kense.sqlite3")
    migrate(database)
    reference.forget_calendar()
    yield database
    reference.set_clock(None)
    reference.forget_calendar()
    close_database()


@pytest.fixture
def clock(db):
    from desktop.services import reference

    # Monday 2 March 2026, 10:00: an ordinary working morning.
    office = OfficeClock(datetime(2026, 3, 2, 10, 0))
    reference.set_clock(office)
    yield office
    reference.set_clock(None)


@pytest.fixture
def admin(db):
    from desktop.services.accounts import users as accounts

    profile = accounts.CollegeProfile(
        name_kk="Алматы политехникалық колледжі",
        name_ru="Алматинский политехнический колледж",
        address_kk="Алматы қ., Абай даңғылы, 1",
        address_ru="г. Алматы, пр. Абая, 1",
        head_name="Сәрсенбаев Ғалым Құрманұлы",
    )
    return accounts.first_run_setup(profile, "admin", "Әкімші Әлия", PASSWORD)


@pytest.fixture
def staff(admin):
    """One user of each working role (plus a second executor), logged in."""
    from desktop.services.accounts import users as accounts

    people = {
        "clerk": ("clerk", "Кеңсе Айгүл Серікқызы"),
        "head": ("head", "Басшы Ғалым Құрманұлы"),
        "executor": ("executor", "Орындаушы Нұрлан Әбілұлы"),
        "executor2": ("executor", "Екінші Дәулет Өмірұлы"),
    }
    sessions = {"admin": admin}
    for username, (role, full_name) in people.items():
        accounts.create_user(admin, username, full_name, role, PASSWORD)
        sessions[username] = accounts.login(username, PASSWORD)
    return sessions


@pytest.fixture
def three_services(db, tmp_path, monkeypatch):
    """The shipped services plus the made-up one of tests/third_service/, as the catalogue, and
    the table its drafts are kept in."""
    import shutil

    from desktop.locations import resources_dir
    from desktop.services import reference
    from third_service.kind import StudyReferenceContent

    db.create_tables([StudyReferenceContent])

    folder = tmp_path / "resources" / "services"
    shutil.copytree(resources_dir() / "services", folder)
    shutil.copy(THIRD, folder)
    monkeypatch.setattr(reference, "resources_dir", lambda: tmp_path / "resources")
    reference.catalogue.cache_clear()
    yield
    reference.catalogue.cache_clear()


@pytest.fixture(params=["calamine", "openpyxl"])
def both_readers(request, monkeypatch):
    """Both Excel readers (calamine, openpyxl) must read the archive alike."""
    from desktop.services.archive import opening

    if request.param == "calamine" and opening.python_calamine is None:
        pytest.skip("python-calamine is not installed")
    monkeypatch.setattr(opening, "BACKEND", request.param)
    return request.param
