"""Every released schema version upgrades to the newest and then equals a fresh schema."""

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from desktop.domain.collation import sort_key
from desktop.services.chain_check import verify_chain
from desktop.store import migrations
from desktop.store.connection import StoreError, close_database, open_database
from desktop.store.migrations import SCHEMA_VERSION, current_version, migrate
from desktop.store.models import Applicant, Case, SchemaVersion

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("db_v*.sqlite3"))


def schema_of(db) -> dict:
    schema = {}
    for table in sorted(db.get_tables()):
        columns = sorted((c.name, c.data_type.upper(), c.null, c.primary_key)
                         for c in db.get_columns(table))
        indexes = sorted((tuple(i.columns), i.unique) for i in db.get_indexes(table))
        schema[table] = (columns, indexes)
    return schema


@pytest.fixture
def fresh_schema(tmp_path):
    db = open_database(tmp_path / "fresh.sqlite3")
    migrate(db)
    schema = schema_of(db)
    close_database()
    return schema


def test_there_is_a_fixture_for_every_released_version():
    versions = sorted(int(p.stem.split("_v")[1]) for p in FIXTURES)
    assert versions == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_old_database_upgrades_to_the_fresh_schema(fixture, tmp_path, fresh_schema):
    copy = tmp_path / "kense.sqlite3"
    shutil.copy(fixture, copy)
    db = open_database(copy)
    try:
        cases_before = Case.select().count()
        assert migrate(db, backup_dir=tmp_path / "backups") == SCHEMA_VERSION
        assert current_version(db) == SCHEMA_VERSION
        assert schema_of(db) == fresh_schema
        assert Case.select().count() == cases_before > 0  # nothing a user entered is lost
        assert not Applicant.select().where(Applicant.sort_name == "").exists()
        assert verify_chain().ok
    finally:
        close_database()


def test_v2_sort_names_on_this_backend(db):
    """Step 2 on SQLite and PostgreSQL alike: each applicant gets the key of their full name."""
    from desktop.services.demo import seed_demo

    seed_demo(datetime(2026, 11, 20, 12, 0))
    db.execute_sql("DROP INDEX IF EXISTS applicant_sort_name")
    db.execute_sql("ALTER TABLE applicant DROP COLUMN sort_name")
    SchemaVersion.update(version=1).execute()
    assert migrate(db) == SCHEMA_VERSION
    people = list(Applicant.select())
    assert people
    for person in people:
        full = " ".join(p for p in (person.surname, person.name, person.patronymic) if p)
        assert person.sort_name == sort_key(full)


def test_upgrade_backs_up_first_and_is_atomic(tmp_path, monkeypatch):
    """A failing migration step leaves the version and data as they were, after a backup."""
    copy = tmp_path / "kense.sqlite3"
    shutil.copy(FIXTURES[-1], copy)
    db = open_database(copy)
    try:
        start = current_version(db)

        def broken_step(database):
            database.execute_sql('ALTER TABLE "case" ADD COLUMN half_done TEXT')
            raise RuntimeError("disk trouble in the middle of a migration")

        monkeypatch.setitem(migrations.MIGRATIONS, SCHEMA_VERSION + 1, broken_step)
        monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
        with pytest.raises(RuntimeError):
            migrate(db, backup_dir=tmp_path / "backups")
        assert current_version(db) == start
        assert "half_done" not in [c.name for c in db.get_columns("case")]
        assert list((tmp_path / "backups").glob("before-migration-v*.sqlite3"))
    finally:
        close_database()


def test_newer_database_is_refused_untouched(tmp_path):
    db = open_database(tmp_path / "kense.sqlite3")
    try:
        migrate(db)
        SchemaVersion.create(version=SCHEMA_VERSION + 5, applied_at="2030-01-01 00:00:00")
        with pytest.raises(StoreError) as err:
            migrate(db)
        assert err.value.code == "newer_schema"
    finally:
        close_database()
