"""Every released schema version upgrades to the newest and then equals a fresh schema."""

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from desktop.domain.collation import sort_key
from desktop.domain.verification import Verdict
from desktop.services.accounts import office_key
from desktop.services.accounts.session import open_session
from desktop.services.records import upgrade
from desktop.services.records.chain_check import verify_chain
from desktop.services.records.verify import check_code
from desktop.store import migrations
from desktop.store.connection import close_database, open_database, write_transaction
from desktop.store.errors import StoreError
from desktop.store.migrations import MIGRATIONS, current_version, migrate
from desktop.store.models import Applicant, Case, ResultSnapshot, SchemaVersion, User
from desktop.store.schema import SCHEMA_VERSION

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("db_v*.sqlite3"))


def schema_of(db) -> dict:
    schema = {}
    for table in sorted(db.get_tables()):
        if table.startswith("sqlite_"):
            continue  # SQLite's own (the planner's statistics), not Kense's schema
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


def _statistics(db) -> set[str]:
    if not db.table_exists("sqlite_stat1"):
        return set()
    return {table for (table,) in db.execute_sql("SELECT DISTINCT tbl FROM sqlite_stat1")}


def test_an_upgraded_database_has_the_planners_statistics(tmp_path):
    copy = tmp_path / "kense.sqlite3"
    shutil.copy(FIXTURES[0], copy)
    db = open_database(copy)
    try:
        assert "case" not in _statistics(db)
        migrate(db, backup_dir=tmp_path / "backups")
        assert {"case", "applicant", "user"} <= _statistics(db)
    finally:
        close_database()


def test_statistics_missing_are_made_for_the_tables_queried(tmp_path):
    from desktop.store.connection import refresh_statistics

    copy = tmp_path / "kense.sqlite3"
    shutil.copy(FIXTURES[-1], copy)  # the newest version: no upgrade, so no statistics yet
    db = open_database(copy)
    try:
        assert migrate(db) == SCHEMA_VERSION
        assert "case" not in _statistics(db)
        list(Case.select(Case.id).where(Case.executor == 1).order_by(Case.reg_year).limit(5))
        refresh_statistics()
        assert "case" in _statistics(db)
    finally:
        close_database()


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
        key = fixture.with_suffix(".key")
        if key.exists():
            # Keyed already: this PC has the key, as the PC that upgrades a real office does.
            office_key.enter_key(key.read_text())
            assert not upgrade.establish_key()
        else:
            assert upgrade.establish_key()
        report = verify_chain()
        assert report.ok, report.findings
        assert report.cases == cases_before
    finally:
        close_database()


@pytest.mark.parametrize("fixture", [f for f in FIXTURES if not f.with_suffix(".key").exists()],
                         ids=lambda p: p.name)
def test_results_signed_before_the_upgrade_get_snapshots_marked_as_such(fixture, tmp_path):
    copy = tmp_path / "kense.sqlite3"
    shutil.copy(fixture, copy)
    db = open_database(copy)
    try:
        codes = dict(Case.select(Case.id, Case.verification_code)
                     .where(Case.signed_at.is_null(False)).tuples())
        refused = Case.select().where(Case.result_kind == "acceptance_refusal").count()
        assert codes and refused  # the demo has both
        migrate(db, backup_dir=tmp_path / "backups")
        upgrade.establish_key()
        snaps = list(ResultSnapshot.select())
        assert len(snaps) == len(codes) + refused
        assert all(s.legacy for s in snaps)
        assert {s.case_id: s.verification_code for s in snaps if s.case_id in codes} == codes
        # A code printed before the upgrade still verifies, said to be fixed at the upgrade.
        with write_transaction():  # the demo clerk signs in (its password is the demo's)
            clerk = open_session(User.get(User.role == "clerk"))
        code = next(iter(codes.values()))
        answer = check_code(clerk, code)
        assert answer.verdict == Verdict.AUTHENTIC and answer.legacy
        # Upgrading made the key: no verification secret is left in the database.
        assert "verification_secret" not in [c.name for c in db.get_columns("college")]
        assert office_key.sheet_pending()
    finally:
        close_database()


def test_v2_sort_names_on_this_backend(db):
    """Step 2 on SQLite and PostgreSQL alike: each applicant gets the key of their full name."""
    from desktop.services.demo.database import seed_demo

    seed_demo(datetime(2026, 11, 20, 12, 0))
    db.execute_sql("DROP INDEX IF EXISTS applicant_sort_name")
    db.execute_sql("ALTER TABLE applicant DROP COLUMN sort_name")
    with db.atomic():
        migrations.MIGRATIONS[2](db)
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


def test_blanks_used_before_the_upgrade_are_recorded_as_used_by_their_cases(tmp_path):
    """Schema 5 starts the blanks' accounting: a batch recorded after the upgrade that holds a
    blank a duplicate signed before it names is not put in stock again."""
    from desktop.services.blanks import stock as blanks
    from desktop.store.models import DuplicateContent
    from desktop.store.models.blanks import Blank

    fixture = next(f for f in FIXTURES if f.stem == "db_v4")
    copy = tmp_path / "kense.sqlite3"
    shutil.copy(fixture, copy)
    db = open_database(copy)
    try:
        migrate(db, backup_dir=tmp_path / "backups")
        office_key.enter_key(fixture.with_suffix(".key").read_text())
        upgrade.establish_key()
        # A duplicate the demo of schema 4 signed, with the blank its executor typed.
        row = (DuplicateContent.select().join(Case, on=(DuplicateContent.case == Case.id))
               .where(Case.signed_at.is_null(False)).order_by(DuplicateContent.id).first())
        number = int(row.new_blank_number)
        with write_transaction():
            admin = open_session(User.get(User.role == "admin"))
        batch = blanks.record_batch(admin, blanks.BatchInput(
            kind="diploma", series=row.new_blank_series,
            first_number=f"{number - 2:07d}", last_number=f"{number + 2:07d}",
            received_on=datetime.now().date(), receipt_document="Жүкқұжат № 1"))
        assert batch.count == 5
        taken = Blank.get(Blank.number == number)
        assert (taken.state, taken.case_id) == ("used", row.case_id)
        assert Blank.select().where(Blank.state == "in_stock").count() == 4
        assert verify_chain().ok
    finally:
        close_database()


def test_the_schema_version_is_the_step_after_the_last_migration():
    # Seven schemas (tests/fixtures/db_v1 … db_v7): steps 2 to 7 lead there.
    assert SCHEMA_VERSION == 7
    assert sorted(MIGRATIONS) == [2, 3, 4, 5, 6, 7]
