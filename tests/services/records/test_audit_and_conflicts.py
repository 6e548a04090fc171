"""Audit hash chain and the optimistic lock."""

import pytest

from desktop.services.cases import queries, registration, steps
from desktop.services.errors import Conflict, PermissionDenied
from desktop.services.records import audit, chain_check
from desktop.services.records.chain_check import verify_chain
from desktop.store.models import AuditRecord, Case
from support.applications import make_application


def _three_cases(staff):
    return [registration.register(staff["clerk"], make_application()) for _ in range(3)]


def test_clean_chain_verifies(staff, clock):
    _three_cases(staff)
    report = verify_chain()
    assert report.ok and report.checked >= 8


def test_edited_record_is_detected(staff, clock):
    _three_cases(staff)
    victim = AuditRecord.select().where(AuditRecord.action == "register").first()
    AuditRecord.update(username="someone_else").where(AuditRecord.id == victim.id).execute()
    report = verify_chain()
    assert not report.ok and report.bad_record_id == victim.id and report.problem == "content"


def test_deleted_record_is_detected(staff, clock):
    _three_cases(staff)
    middle = AuditRecord.select().order_by(AuditRecord.id).offset(3).first()
    AuditRecord.delete().where(AuditRecord.id == middle.id).execute()
    assert verify_chain().problem == "link"


def test_deleted_newest_record_is_detected(staff, clock):
    _three_cases(staff)
    newest = AuditRecord.select().order_by(AuditRecord.id.desc()).first()
    AuditRecord.delete().where(AuditRecord.id == newest.id).execute()
    assert verify_chain().problem == "tail"


def test_reordered_records_are_detected(staff, clock):
    _three_cases(staff)
    a, b = AuditRecord.select().order_by(AuditRecord.id.desc()).limit(2)
    fields = ("at_utc", "username", "action", "case_id", "changes", "prev_hash", "hash")
    data_a = {f: getattr(a, f) for f in fields}
    data_b = {f: getattr(b, f) for f in fields}
    AuditRecord.update(**data_b).where(AuditRecord.id == a.id).execute()
    AuditRecord.update(**data_a).where(AuditRecord.id == b.id).execute()
    assert not verify_chain().ok


def test_stale_version_raises_conflict_and_saves_nothing(staff, clock):
    case = registration.register(staff["clerk"], make_application())
    stale_version = case.version
    steps.assign_executor(staff["head"], case.id, stale_version, staff["executor"].user_id)
    audit_rows = AuditRecord.select().count()
    with pytest.raises(Conflict):
        steps.assign_executor(staff["head"], case.id, stale_version, staff["executor2"].user_id)
    fresh = queries.get_case(staff["head"], case.id)
    assert fresh.executor_id == staff["executor"].user_id
    assert fresh.version == stale_version + 1
    assert AuditRecord.select().count() == audit_rows
    assert Case.get_by_id(case.id).version == stale_version + 1


def test_only_the_admin_reads_and_checks_the_log_and_cases_carry_their_numbers(staff, clock):
    case = registration.register(staff["clerk"], make_application())
    for role in ("clerk", "head", "executor"):
        with pytest.raises(PermissionDenied):
            audit.read_log(staff[role])
        with pytest.raises(PermissionDenied):
            chain_check.check_chain(staff[role])
    log = audit.read_log(staff["admin"])
    registered = next(e for e in log if e.case_id == case.id)
    assert registered.case_number == case.reg_number
    assert chain_check.check_chain(staff["admin"]).ok
