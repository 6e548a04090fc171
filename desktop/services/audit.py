"""The audit log: who did what to which case, when; hash-chained so tampering is detected."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from desktop.services.session import Session, acting_user
from desktop.store.models import AuditRecord, Case, WriteLock

GENESIS = "0" * 64


def _jsonable(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    return value


def _canonical(changes: dict) -> str:
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, default=_jsonable)


def _digest(prev_hash: str, at_utc: str, username: str, action: str, case_id, changes: str) -> str:
    payload = json.dumps(
        [prev_hash, at_utc, username, action, case_id, changes], ensure_ascii=False
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(username: str, action: str, case_id: int | None, changes: dict) -> AuditRecord:
    """Add a record; must run inside `write_transaction()` so the chain cannot fork."""
    head = WriteLock.get_by_id(1)
    at_utc = datetime.now(UTC).isoformat(timespec="microseconds")
    text = _canonical(changes)
    digest = _digest(head.audit_head, at_utc, username, action, case_id, text)
    record = AuditRecord.create(
        at_utc=at_utc,
        username=username,
        action=action,
        case_id=case_id,
        changes=text,
        prev_hash=head.audit_head,
        hash=digest,
    )
    WriteLock.update(audit_head=digest, audit_count=WriteLock.audit_count + 1).where(
        WriteLock.id == 1
    ).execute()
    return record


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    bad_record_id: int | None = None
    problem: str = ""


def verify_chain() -> ChainReport:
    """Walk the chain: an edited record breaks its own hash, a deleted or reordered one breaks
    the link to its neighbour, and deleting the newest ones no longer matches the stored head."""
    prev = GENESIS
    checked = 0
    for rec in AuditRecord.select().order_by(AuditRecord.id).iterator():
        if rec.prev_hash != prev:
            return ChainReport(False, checked, rec.id, "link")
        expected = _digest(
            rec.prev_hash, rec.at_utc, rec.username, rec.action, rec.case_id, rec.changes
        )
        if expected != rec.hash:
            return ChainReport(False, checked, rec.id, "content")
        prev = rec.hash
        checked += 1
    head = WriteLock.get_by_id(1)
    if head.audit_head != prev or head.audit_count != checked:
        return ChainReport(False, checked, None, "tail")
    return ChainReport(True, checked)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at_utc: str
    username: str
    action: str
    case_id: int | None
    changes: dict
    case_number: str = ""  # the registration number, as people name a case


def entries(limit: int = 500, offset: int = 0, case_id: int | None = None) -> list[AuditEntry]:
    query = AuditRecord.select().order_by(AuditRecord.id.desc())
    if case_id is not None:
        query = query.where(AuditRecord.case_id == case_id)
    return [
        AuditEntry(r.id, r.at_utc, r.username, r.action, r.case_id, json.loads(r.changes))
        for r in query.limit(limit).offset(offset)
    ]


def read_log(session: Session, limit: int = 500, offset: int = 0) -> list[AuditEntry]:
    """The admin's view of the log, newest first, each case named by its registration number."""
    acting_user(session, "admin")
    rows = entries(limit, offset)
    case_ids = {e.case_id for e in rows if e.case_id is not None}
    numbers = dict(
        Case.select(Case.id, Case.reg_number).where(Case.id.in_(case_ids)).tuples()
    ) if case_ids else {}
    return [replace(e, case_number=numbers.get(e.case_id, "")) for e in rows]


def check_chain(session: Session) -> ChainReport:
    """The admin's check of the whole chain (see verify_chain)."""
    acting_user(session, "admin")
    return verify_chain()
