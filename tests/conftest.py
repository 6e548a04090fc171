"""Shared fixtures: Qt offscreen, a fresh temporary database per test, the office clock, users."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, datetime
from pathlib import Path

import pytest

# The store and services are imported inside the fixtures, so that tests of the pure layers
# (domain, forms) run even while the lower layers are broken.

PASSWORD = "Kense-test-pass-42"
# The store and services tests run on both backends; everything else on SQLite.
BOTH_BACKENDS = ("tests/store", "tests/services")


def pytest_generate_tests(metafunc):
    path = str(metafunc.definition.path)
    if "db" in metafunc.fixturenames and any(part in path for part in BOTH_BACKENDS):
        if metafunc.definition.get_closest_marker("sqlite_only"):
            return
        metafunc.parametrize("db", ["sqlite", "postgres"], indirect=True)


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
    from pg_server import PgServer

    from desktop.store.drivers import use_postgres_driver

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
        from pg_server import reset_schema

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


class OfficeClock:
    """The services' notion of 'now', moved by the test."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def set(self, moment: datetime) -> None:
        self.moment = moment


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


def make_application(service: str = "certificate", channel: str = "office", **overrides):
    """A complete, valid application of a Kazakh applicant."""
    from desktop.services.cases.inputs import ApplicantInput, Application

    applicant = ApplicantInput(
        iin="950815400014",
        surname="Қасымова",
        name="Әйгерім",
        patronymic="Ғалымқызы",
        birth_date=date(1995, 8, 15),
        phone="+7 701 123 45 67",
    )
    presented = {"application", "identity"} if channel != "portal" else {"e_application"}
    fields = dict(
        service=service, channel=channel, applicant=applicant, language="kk",
        presented=presented,
    )
    if service == "duplicate":
        fields["reason"] = "lost"
    if channel in ("state_corp", "portal"):
        fields["external_number"] = "KZ-0042-2026"
    fields.update(overrides)
    return Application(**fields)


THIRD = Path(__file__).resolve().parent / "third_service" / "study_reference.toml"


@pytest.fixture
def three_services(db, tmp_path, monkeypatch):
    """The shipped services plus the made-up one of tests/third_service/, as the catalogue, and
    the table its drafts are kept in."""
    import shutil

    from third_service.kind import StudyReferenceContent

    from desktop.locations import resources_dir
    from desktop.services import reference

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
