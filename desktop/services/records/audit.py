"""The audit log: who did what to which case, when.

Each record is chained to the previous one and keyed with the office key (keyed BLAKE2b), which
is not in the database: whoever edits the database file without the key cannot make a changed,
inserted or recomputed record pass. Records written before schema 3 carry plain SHA-256 links;
the record that set up the key seals their chain head, so they cannot be rewritten later either.
A record of a case (or applicant) event also carries the digest of what the rows hold after it
(desktop.services.records.integrity), so a row changed behind the log's back is found by the check.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from desktop.services.accounts import office_key
from desktop.services.accounts.names import full_names, name_of
from desktop.services.accounts.session import Session, acting_user
from desktop.services.records import integrity
from desktop.store import keystore
from desktop.store.connection import after_commit
from desktop.store.models import AuditRecord, Case, WriteLock

GENESIS = "0" * 64
KEYED = "mac1"
LEGACY = "sha256"
KEY_CREATED = "office_key_created"


def _jsonable(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    return value


def _canonical(changes: dict) -> str:
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, default=_jsonable)


def _legacy_digest(prev_hash, at_utc, username, action, case_id, changes: str) -> str:
    payload = json.dumps(
        [prev_hash, at_utc, username, action, case_id, changes], ensure_ascii=False
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _keyed_digest(key: bytes, prev_hash, at_utc, username, action, case_id, changes: str,
                  applicant_id, digest: str) -> str:
    """Keyed BLAKE2b-256, a MAC like HMAC-SHA256 and three times quicker here, over the
    record; repr of the tuple keeps the fields apart, and None apart from "None"."""
    payload = repr((KEYED, prev_hash, at_utc, username, action, case_id, applicant_id, changes,
                    digest))
    return hashlib.blake2b(payload.encode("utf-8"), key=key, digest_size=32).hexdigest()


def _remember_head(count: int, head: str) -> None:
    """This PC's own anchor, outside the database: the longest chain it has written."""
    oid = office_key.office_id()
    if oid:
        after_commit(lambda: keystore.save_anchor(oid, count, head))


def append(
    username: str, action: str, case_id: int | None, changes: dict, *,
    applicant_id: int | None = None,
) -> AuditRecord:
    """Add a record; must run inside `write_transaction()` so the chain cannot fork. A case's
    (or applicant's) record carries the digest of its rows as they are now, so call it after the
    use case's last write."""
    head = WriteLock.get_by_id(1)
    at_utc = datetime.now(UTC).isoformat(timespec="microseconds")
    text = _canonical(changes)
    if not office_key.is_established():
        # A database not set up yet has no key to protect (nor records worth it): chained
        # without a key, as before schema 3; the record that makes the key seals these.
        return _append_unkeyed(head, at_utc, username, action, case_id, text)
    key = office_key.current_key()
    if case_id is not None:
        digest = integrity.case_digest(case_id)
    elif applicant_id is not None:
        digest = integrity.applicant_digest(applicant_id)
    else:
        digest = ""
    chained = _keyed_digest(key, head.audit_head, at_utc, username, action, case_id, text,
                            applicant_id, digest)
    record = AuditRecord.create(
        at_utc=at_utc, username=username, action=action, case_id=case_id, changes=text,
        prev_hash=head.audit_head, hash=chained, scheme=KEYED, applicant_id=applicant_id,
        digest=digest,
    )
    WriteLock.update(audit_head=chained, audit_count=WriteLock.audit_count + 1).where(
        WriteLock.id == 1
    ).execute()
    _remember_head(head.audit_count + 1, chained)
    return record


def restart_anchor() -> None:
    """After a restore the log is lawfully shorter than this PC wrote it: its anchor starts
    again from the restored log (the restore itself is the newest record)."""
    oid = office_key.office_id()
    if oid:
        count, newest = head()
        after_commit(lambda: keystore.save_anchor(oid, count, newest, force=True))


def _append_unkeyed(lock, at_utc, username, action, case_id, text) -> AuditRecord:
    chained = _legacy_digest(lock.audit_head, at_utc, username, action, case_id, text)
    record = AuditRecord.create(
        at_utc=at_utc, username=username, action=action, case_id=case_id, changes=text,
        prev_hash=lock.audit_head, hash=chained, scheme=LEGACY)
    WriteLock.update(audit_head=chained, audit_count=WriteLock.audit_count + 1).where(
        WriteLock.id == 1).execute()
    return record


def head() -> tuple[int, str]:
    """(records, newest hash): the anchor printed on journals and carried by backups."""
    row = WriteLock.get_by_id(1)
    return row.audit_count, row.audit_head


def anchor_text(count: int, chain_head: str) -> str:
    """The anchor as people copy it from paper: the count and the first 16 hex digits."""
    return f"{count}:{chain_head[:16].upper()}"


def current_anchor(session: Session) -> str:
    """Printed on the journal: no secret, only the log's length and newest hash."""
    acting_user(session)
    return anchor_text(*head())


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at_utc: str
    username: str
    action: str
    case_id: int | None
    changes: dict
    case_number: str = ""  # the registration number, as people name a case
    full_name: str = ""  # the user's, as people name them (read_log fills it)
    readable: bool = True  # False: the stored details are not valid JSON (a damaged record)


def _changes(text: str) -> tuple[dict, bool]:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}, False
    return (value, True) if isinstance(value, dict) else ({}, False)


def entries(limit: int = 500, offset: int = 0, case_id: int | None = None) -> list[AuditEntry]:
    query = AuditRecord.select().order_by(AuditRecord.id.desc())
    if case_id is not None:
        query = query.where(AuditRecord.case_id == case_id)
    result = []
    for r in query.limit(limit).offset(offset):
        changes, readable = _changes(r.changes)
        result.append(AuditEntry(r.id, r.at_utc, r.username, r.action, r.case_id, changes,
                                 readable=readable))
    return result


def read_log(session: Session, limit: int = 500, offset: int = 0) -> list[AuditEntry]:
    """The admin's view of the log, newest first, each case named by its registration number."""
    acting_user(session, "admin")
    rows = entries(limit, offset)
    case_ids = {e.case_id for e in rows if e.case_id is not None}
    numbers = dict(
        Case.select(Case.id, Case.reg_number).where(Case.id.in_(case_ids)).tuples()
    ) if case_ids else {}
    names = full_names()
    return [replace(e, case_number=numbers.get(e.case_id, ""),
                    full_name=name_of(e.username, names)) for e in rows]
