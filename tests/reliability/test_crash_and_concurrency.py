"""Killed in the middle of registering: nothing acknowledged is lost and the file stays sound.
Four clerks at once (separate processes): numbers unique and without gaps, on both backends."""

import pytest

from desktop.store.connection import close_database, is_sqlite
from desktop.store.models import Case
from reliability.harness import concurrent_clerks, crash_cycles


@pytest.fixture
def clerk_db(request, db, staff):
    """A migrated database with a clerk, released so that worker processes can open it."""
    target = db.database if is_sqlite(db) else request.getfixturevalue("pg_server").url
    close_database()
    yield target
    db.connect(reuse_if_open=True)


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_sigkill_while_registering_loses_no_acknowledged_case(clerk_db, tmp_path):
    report = crash_cycles(clerk_db, cycles=8)
    assert report.acknowledged > 0
    assert report.lost == []
    assert report.integrity_failures == 0
    assert report.gaps == 0


@pytest.mark.parametrize("db", ["sqlite", "postgres"], indirect=True)
def test_four_clerk_processes_get_gapless_unique_numbers(clerk_db, db):
    outputs = concurrent_clerks(clerk_db, clerks=4, each=8)
    acknowledged = [line.split()[1] for out in outputs for line in out.splitlines()
                    if line.startswith("committed")]
    assert len(acknowledged) == len(set(acknowledged)) == 32
    db.connect(reuse_if_open=True)
    seqs = sorted(c.reg_seq for c in Case.select())
    assert seqs == list(range(1, 33))


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_sigkill_during_backup_and_restore_leaves_sound_files(clerk_db, tmp_path):
    report = crash_cycles(clerk_db, cycles=8, backups=tmp_path / "backups")
    assert report.backups > 0 and report.restores > 0  # the kills landed among them
    assert report.bad_backups == []
    assert report.lost == []
    assert report.integrity_failures == 0
    assert report.gaps == 0
