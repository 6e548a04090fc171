"""The admin's check of the records: the audit chain, the case and applicant rows against what
their newest events say, the fixed results against their chained hashes, and the chain against
anchors kept outside the database (this PC's own, a backup, a printed journal).

What it finds, and what it cannot (see the README's threat model):
- without the office key, any record changed, inserted, deleted, recomputed or swapped; a case,
  applicant or fixed result changed in the database without an event; the newest records
  deleted and the in-database anchor moved back, if this PC wrote them or a backup or printed
  journal made after them is compared;
- not: a rewrite by someone who holds the office key and uses it outside Kense, after the last
  anchor that left the PC; nor the loss of the whole database and its backups together.
"""

from __future__ import annotations

import hmac
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.services.accounts import office_key
from desktop.services.accounts.session import Session, acting_user
from desktop.services.records import integrity
from desktop.services.records.audit import (
    GENESIS,
    KEY_CREATED,
    KEYED,
    _keyed_digest,
    _legacy_digest,
)
from desktop.services.records.snapshots import content_hash
from desktop.store import keystore
from desktop.store.connection import current_database, is_sqlite
from desktop.store.models import AuditRecord, Case, WriteLock

Progress = Callable[[int, int], None]
MAX_FINDINGS = 200
ADOPT_CASES = "adopt_cases"
ADOPT_APPLICANTS = "adopt_applicants"


@dataclass(frozen=True)
class Finding:
    """One thing the check found wrong.

    problem: "content" (a record changed, forged or recomputed without the key), "link" (a
    record deleted or inserted before record_id), "unreadable" (details not readable), "tail"
    (the newest records deleted), "rolled_back" (shorter than this PC's anchor),
    "case" / "applicant"
    (rows differ from their newest event), "unlogged_case" (a case no event speaks of),
    "snapshot" (a fixed result changed), "snapshot_missing" (deleted), "unlogged_snapshot".
    """

    problem: str
    record_id: int | None = None
    case_id: int | None = None
    case_number: str = ""
    applicant_id: int | None = None


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    findings: tuple[Finding, ...] = ()
    cases: int = 0
    snapshots: int = 0
    key_missing: bool = False
    truncated: bool = False  # more findings than MAX_FINDINGS

    @property
    def bad_record_id(self) -> int | None:
        return next((f.record_id for f in self.findings if f.record_id is not None), None)

    @property
    def problem(self) -> str:
        return self.findings[0].problem if self.findings else ""


class _Collector:
    def __init__(self) -> None:
        self.items: list[Finding] = []
        self.truncated = False

    def add(self, finding: Finding) -> None:
        if len(self.items) < MAX_FINDINGS:
            self.items.append(finding)
        else:
            self.truncated = True


_WALK_SQL = ("SELECT id, at_utc, username, action, case_id, applicant_id, changes, digest, "
             "prev_hash, hash, scheme FROM audit_record ORDER BY id")


def _walk(key: bytes, found: _Collector, progress: Progress | None, total: int):
    """The chain itself; returns (records, newest hash, expected digests, logged snapshots)."""
    prev = GENESIS
    keyed_seen = False
    count = 0
    cases: dict[int, str] = {}
    applicants: dict[int, str] = {}
    logged: dict[int, str] = {}
    adopt = (ADOPT_CASES, ADOPT_APPLICANTS)
    cursor = current_database().execute_sql(_WALK_SQL)
    for (rid, at_utc, username, action, case_id, applicant_id, changes, digest, prev_hash,
         chained, scheme) in cursor:
        count += 1
        if prev_hash != prev:
            found.add(Finding("link", rid))
        if scheme == KEYED:
            expected = _keyed_digest(key, prev_hash, at_utc, username, action, case_id, changes,
                                     applicant_id, digest)
            # The first keyed record must be the one that set up the key.
            first_ok = keyed_seen or action == KEY_CREATED
            keyed_seen = True
        else:
            expected = _legacy_digest(prev_hash, at_utc, username, action, case_id, changes)
            first_ok = not keyed_seen  # a keyless record after the key: forged
        intact = first_ok and hmac.compare_digest(expected, chained or "")
        if not intact:
            found.add(Finding("content", rid, case_id))
        if case_id is not None and digest:
            cases[case_id] = digest
        if applicant_id is not None and digest:
            applicants[applicant_id] = digest
        # Only what a Kense use case wrote passes the keyed hash, and it always writes JSON:
        # the details are read where the check needs them, or to say why a record is damaged.
        if not intact or '"snapshot' in changes or action in adopt:
            try:
                data = json.loads(changes)
            except (TypeError, ValueError):
                data = None
            if not isinstance(data, dict):
                found.add(Finding("unreadable", rid, case_id))
            elif intact:
                if isinstance(data.get("snapshot"), int):
                    logged[data["snapshot"]] = str(data.get("snapshot_hash", ""))
                if action == ADOPT_CASES:
                    cases.update({int(k): v for k, v in data.get("cases", {}).items()})
                    logged.update({int(k): v for k, v in data.get("snapshots", {}).items()})
                if action == ADOPT_APPLICANTS:
                    applicants.update(
                        {int(k): v for k, v in data.get("applicants", {}).items()})
        prev = chained
        if progress and count % 5000 == 0:
            progress(count, total)
    return count, prev, cases, applicants, logged


class _Lazy:
    def __init__(self, make) -> None:
        self._make, self._value = make, None

    def get(self):
        if self._value is None:
            self._value = self._make()
        return self._value


def _check_rows(found: _Collector, cases: dict[int, str], applicants: dict[int, str]) -> int:
    actual = integrity.all_case_digests()
    # On a server, a case last logged while its office still worked on a PC's own file (and
    # then moved) carries the digest of its values as SQLite holds them.
    as_filed = _Lazy(lambda: integrity.all_case_digests("sqlite"))
    numbers = {}
    for case_id, digest in actual.items():
        expected = cases.get(case_id)
        if expected is not None and expected != digest and not is_sqlite():
            digest = as_filed.get().get(case_id)
        if expected is None or expected != digest:
            if not numbers:
                numbers = dict(Case.select(Case.id, Case.reg_number).tuples())
            problem = "unlogged_case" if expected is None else "case"
            found.add(Finding(problem, case_id=case_id, case_number=numbers.get(case_id, "")))
    applicants_as_filed = _Lazy(lambda: integrity.all_applicant_digests("sqlite"))
    for applicant_id, digest in integrity.all_applicant_digests().items():
        if applicants.get(applicant_id) != digest and not is_sqlite():
            digest = applicants_as_filed.get().get(applicant_id)
        if applicants.get(applicant_id) != digest:
            found.add(Finding("applicant", applicant_id=applicant_id))
    return len(actual)


def _check_snapshots(found: _Collector, logged: dict[int, str]) -> int:
    seen = set()
    query = "SELECT id, case_id, content, content_hash FROM result_snapshot"
    for snap_id, case_id, text, stored in current_database().execute_sql(query):
        seen.add(snap_id)
        if snap_id not in logged:
            found.add(Finding("unlogged_snapshot", case_id=case_id))
        elif content_hash(text) != stored or stored != logged[snap_id]:
            found.add(Finding("snapshot", case_id=case_id))
    for _missing in sorted(set(logged) - seen):
        found.add(Finding("snapshot_missing"))
    return len(seen)


def verify_chain(progress: Progress | None = None) -> ChainReport:
    """Check everything; `progress(done, total)` is called now and then from this thread."""
    try:
        key = office_key.current_key()
    except office_key.OfficeKeyMissing:
        return ChainReport(False, 0, key_missing=True)
    found = _Collector()
    db = current_database()
    # One read transaction for the whole check, so work going on meanwhile is not mistaken for
    # tampering.
    with db.atomic():
        if not is_sqlite(db):
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        lock = WriteLock.get_by_id(1)
        total = lock.audit_count
        count, newest, cases, applicants, logged = _walk(key, found, progress, total)
        if lock.audit_head != newest or lock.audit_count != count:
            found.add(Finding("tail"))
        oid = office_key.office_id()
        anchor = keystore.load_anchor(oid) if oid else None
        if anchor is not None and not _continues(anchor[0], anchor[1], count):
            found.add(Finding("rolled_back"))
        checked_cases = _check_rows(found, cases, applicants)
        checked_snapshots = _check_snapshots(found, logged)
    if progress:
        progress(total, total)
    return ChainReport(not found.items, count, tuple(found.items), checked_cases,
                       checked_snapshots, truncated=found.truncated)


def _continues(anchor_count: int, anchor_head: str, count: int) -> bool:
    """The live chain holds the anchored record at its place: nothing was cut off behind it."""
    if anchor_count == 0:
        return True
    if anchor_count > count:
        return False
    row = (AuditRecord.select(AuditRecord.hash).order_by(AuditRecord.id)
           .offset(anchor_count - 1).limit(1).tuples().first())
    return row is not None and row[0].upper().startswith(anchor_head.upper())


def check_chain(session: Session, progress: Progress | None = None) -> ChainReport:
    """The admin's check of the whole chain (see verify_chain)."""
    acting_user(session, "admin")
    return verify_chain(progress)


@dataclass(frozen=True)
class AnchorCheck:
    ok: bool
    anchor_count: int
    live_count: int
    differs_at: int | None = None  # the first record (position) the live log no longer holds


def check_against_anchor(session: Session, text: str) -> AnchorCheck:
    """Check the live log against an anchor copied from a printed journal ("N:HEX…")."""
    acting_user(session, "admin")
    try:
        count_text, head = text.strip().split(":", 1)
        count = int(count_text)
        head = head.strip()
        if count < 0 or len(head) < 8:
            raise ValueError
    except ValueError as exc:
        from desktop.domain.errors import InvalidInput

        raise InvalidInput("anchor", "bad_anchor", "expected N:XXXXXXXXXXXXXXXX") from exc
    live = WriteLock.get_by_id(1).audit_count
    ok = _continues(count, head, live)
    return AnchorCheck(ok, count, live, None if ok else min(count, live))


def check_against_backup(session: Session, backup: Path) -> AnchorCheck:
    """Every record of the backup must still be in the live log, unchanged and in its place:
    a history rewritten after the backup left the PC is reported."""
    acting_user(session, "admin")
    from desktop.store.backup_reader import read_only_connection

    with read_only_connection(backup) as con:
        try:
            old = con.execute("SELECT hash FROM audit_record ORDER BY id").fetchall()
        except sqlite3.Error as exc:
            from desktop.domain.errors import InvalidInput

            raise InvalidInput("backup", "not_a_kense_backup", str(exc)) from exc
    live = AuditRecord.select(AuditRecord.hash).order_by(AuditRecord.id).tuples().iterator()
    position = 0
    for position, ((old_hash,), current) in enumerate(zip(old, live, strict=False), start=1):
        if current[0] != old_hash:
            return AnchorCheck(False, len(old), WriteLock.get_by_id(1).audit_count, position)
    live_count = WriteLock.get_by_id(1).audit_count
    if live_count < len(old):
        return AnchorCheck(False, len(old), live_count, position + 1)
    return AnchorCheck(True, len(old), live_count)
