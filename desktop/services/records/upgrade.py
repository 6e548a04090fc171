"""Bringing a database from before schema 3 under the office key, once.

The first start of this version on such a database makes the office key, seals the old keyless
chain under it, fixes a snapshot of every result already signed or refused (built from the rows
as they stand at the upgrade, and marked so), and records the digest of every case and
applicant, so from here on a row changed behind the log's back is found.
"""

from __future__ import annotations

from desktop.domain import workflow
from desktop.services.accounts import office_key
from desktop.services.records import audit, integrity, snapshots
from desktop.services.records.chain_check import ADOPT_APPLICANTS, ADOPT_CASES
from desktop.store.connection import write_transaction
from desktop.store.models import Case, College, User

# Who the audit names when no one is signed in: start-up, the command line, a PC given the key.
SYSTEM = "system"
CHUNK = 2000


def needs_key() -> bool:
    """A set-up database (it has a college and users) that has no office key yet."""
    return (not office_key.is_established() and College.select().exists()
            and User.select().exists())


def establish_key() -> bool:
    """Make the office key of an upgraded database and adopt its records; False if there was
    nothing to do. Runs at start-up before anyone signs in, audited as the system."""
    if not needs_key():
        return False
    with write_transaction():
        if not needs_key():
            return False
        count, head = audit.head()
        office_key.create_key()
        audit.append(SYSTEM, audit.KEY_CREATED, None, {
            "legacy_records": count, "legacy_head": head, **office_key.where_from()})
        adopt_records()
    return True


def adopt_records() -> None:
    """Snapshots of results issued before schema 3 and the digests of every row, chained."""
    fixed: dict[int, dict[str, str]] = {}
    signed = Case.select().where(Case.signed_at.is_null(False) | (
        Case.result_kind == workflow.ACCEPTANCE_REFUSAL_RESULT))
    for case in signed.iterator():
        kind = case.result_kind or case.service
        content = snapshots.build_content(case, kind)
        content["verification_code"] = case.verification_code
        snap = snapshots.take(case, kind, SYSTEM, legacy=True, content=content)
        fixed.setdefault(case.id, {})[str(snap.id)] = snap.content_hash
    cases = integrity.all_case_digests()
    ids = sorted(cases)
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        audit.append(SYSTEM, ADOPT_CASES, None, {
            "cases": {str(i): cases[i] for i in part},
            "snapshots": {k: v for i in part for k, v in fixed.get(i, {}).items()},
        })
    log_applicants()


def log_applicants() -> None:
    """Every applicant's digest, chained in records of CHUNK people each."""
    people = integrity.all_applicant_digests()
    ids = sorted(people)
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        audit.append(SYSTEM, ADOPT_APPLICANTS, None,
                     {"applicants": {str(i): people[i] for i in part}})
