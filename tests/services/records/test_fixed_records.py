"""Issued results are fixed records: what was signed is what re-prints and verifies, and any
change made to the database behind the log's back is found and named by the check."""

import json
from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.domain.verification import Verdict
from desktop.services.cases import queries, registration, steps
from desktop.services.cases.inputs import IssueInput
from desktop.services.records import integrity
from desktop.services.records.chain_check import verify_chain
from desktop.services.records.verify import check_code
from desktop.services.results import reading
from desktop.store.models import (
    Applicant,
    ApplicantHistory,
    AuditRecord,
    Case,
    CertificateContent,
    ResultSnapshot,
    TranscriptRow,
    WriteLock,
)
from support.applications import make_application
from support.cases import signed_certificate


def snapshot_of(case) -> dict:
    return json.loads(ResultSnapshot.get(ResultSnapshot.case == case.id).content)


def problems(report) -> set[str]:
    return {f.problem for f in report.findings}


# --- what was signed stays ----------------------------------------------------------------------
def test_a_new_surname_on_a_later_application_leaves_the_signed_result_alone(staff, clock):
    case = signed_certificate(staff)
    code = case.verification_code
    married = make_application()
    married = replace(married, applicant=replace(married.applicant, surname="Серікова"))
    registration.register(staff["clerk"], married)

    assert Applicant.get().surname == "Серікова"  # new work uses today's name
    content = snapshot_of(case)
    assert content["person"]["surname"] == "Қасымова"  # the signed result keeps the old one
    assert check_code(staff["clerk"], code).verdict == Verdict.AUTHENTIC
    issued = reading.issued_result(staff["clerk"], case.id)
    assert issued.content["person"]["surname"] == "Қасымова"
    # The old name is kept in the person's history, and the change is in the log.
    history = ApplicantHistory.select().where(ApplicantHistory.applicant == case.applicant_id)
    assert [json.loads(h.previous)["surname"] for h in history] == ["Қасымова"]
    changes = [json.loads(r.changes) for r in AuditRecord.select().where(
        AuditRecord.action == "change_applicant")]
    assert changes == [{"fields": ["surname"]}]  # the values are in the history only
    assert verify_chain().ok


def test_the_same_person_registering_again_unchanged_writes_no_history(staff, clock):
    registration.register(staff["clerk"], make_application())
    registration.register(staff["clerk"], make_application())
    assert ApplicantHistory.select().count() == 0
    assert AuditRecord.select().where(AuditRecord.action == "change_applicant").count() == 0


def test_a_refusal_of_acceptance_is_fixed_too(staff, clock):
    app = make_application(presented={"application"})
    case = registration.refuse_acceptance(staff["clerk"], app)
    content = snapshot_of(case)
    assert content["kind"] == "acceptance_refusal"
    assert content["documents"] == [["application", True, False], ["identity", False, False]]
    Applicant.update(surname="Басқа").execute()
    assert snapshot_of(case)["person"]["surname"] == "Қасымова"


# --- prints ---------------------------------------------------------------------------------------
def test_the_first_print_is_the_original_and_every_later_one_a_copy(staff, clock):
    case = signed_certificate(staff)
    clerk = staff["clerk"]
    assert reading.issued_result(clerk, case.id).prints == 0
    assert reading.record_print(clerk, case.id, "HP LaserJet") is False
    assert reading.record_print(clerk, case.id, "HP LaserJet") is True
    assert reading.record_print(staff["head"], case.id, "PDF: copy.pdf") is True
    prints = queries.get_case(clerk, case.id).prints
    assert [(who, printer, copy) for _, who, printer, copy in prints] == [
        # Who printed, by name (the conftest's clerk and head).
        ("Кеңсе Айгүл Серікқызы", "HP LaserJet", False),
        ("Кеңсе Айгүл Серікқызы", "HP LaserJet", True),
        ("Басшы Ғалым Құрманұлы", "PDF: copy.pdf", True)]
    # Two paper prints; the saved file is counted apart.
    assert reading.issued_result(clerk, case.id).prints == 2
    assert verify_chain().ok


def test_a_file_saved_first_is_a_copy_and_leaves_the_paper_original(staff, clock):
    case = signed_certificate(staff)
    clerk = staff["clerk"]
    assert reading.record_print(clerk, case.id, "PDF: АН-2026-00001.pdf") is True
    assert reading.issued_result(clerk, case.id).prints == 0
    assert reading.record_print(clerk, case.id, "HP LaserJet") is False
    assert reading.record_print(clerk, case.id, "HP LaserJet") is True


def test_nothing_to_print_before_signing(staff, clock):
    case = registration.register(staff["clerk"], make_application())
    assert reading.issued_result(staff["clerk"], case.id) is None
    with pytest.raises(Exception, match="no signed result"):
        reading.record_print(staff["clerk"], case.id, "HP")


def test_an_executor_cannot_print_another_executors_result(staff, clock):
    case = signed_certificate(staff)
    with pytest.raises(Exception, match="another executor"):
        reading.issued_result(staff["executor2"], case.id)
    with pytest.raises(Exception, match="another executor"):
        reading.record_print(staff["executor2"], case.id, "HP")


# --- the check finds and names every kind of tampering ------------------------------------
@pytest.fixture
def history(staff, clock):
    """A few cases: one signed and issued, two registered."""
    case = signed_certificate(staff)
    case = steps.issue(staff["clerk"], case.id, case.version,
                       IssueInput("applicant", "Қасымова Әйгерім", "ЖК № 045678912"))
    registration.register(staff["clerk"], make_application())
    registration.register(staff["clerk"], make_application(service="duplicate"))
    assert verify_chain().ok
    return case


def _records():
    return list(AuditRecord.select().order_by(AuditRecord.id))


def test_an_edited_record_is_named(history):
    victim = _records()[5]
    AuditRecord.update(username="someone").where(AuditRecord.id == victim.id).execute()
    report = verify_chain()
    assert [(f.problem, f.record_id) for f in report.findings] == [("content", victim.id)]


def test_a_deleted_record_is_named(history):
    victim = _records()[5]
    AuditRecord.delete().where(AuditRecord.id == victim.id).execute()
    report = verify_chain()
    assert ("link", _records()[5].id) in {(f.problem, f.record_id) for f in report.findings}


def test_deleting_the_tail_and_moving_the_anchor_back_is_caught_by_this_pcs_anchor(history):
    records = _records()
    newest, before = records[-1], records[-2]
    AuditRecord.delete().where(AuditRecord.id == newest.id).execute()
    WriteLock.update(audit_head=before.hash, audit_count=len(records) - 1).execute()
    # The newest record registered the last case: that case is now unknown to the log too.
    assert problems(verify_chain()) == {"rolled_back", "unlogged_case"}


def test_deleting_the_tail_without_moving_the_anchor(history):
    newest = _records()[-1]
    AuditRecord.delete().where(AuditRecord.id == newest.id).execute()
    assert "tail" in problems(verify_chain())


def test_recomputing_every_hash_without_the_key_is_caught(history):
    """The attacker knows the record format and recomputes a plain SHA-256 chain."""
    import hashlib

    AuditRecord.update(username="someone").where(AuditRecord.id == _records()[3].id).execute()
    prev = "0" * 64
    for r in _records():
        payload = json.dumps([r.prev_hash, r.at_utc, r.username, r.action, r.case_id, r.changes])
        forged = hashlib.sha256(payload.encode()).hexdigest()
        AuditRecord.update(prev_hash=prev, hash=forged, scheme="sha256").where(
            AuditRecord.id == r.id).execute()
        prev = forged
    WriteLock.update(audit_head=prev).execute()
    report = verify_chain()
    # Every record after the one that set up the key is keyless now: each is named.
    assert problems(report) >= {"content"}
    assert len([f for f in report.findings if f.problem == "content"]) >= len(_records()) - 2


def test_swapped_records_are_caught(history):
    a, b = _records()[4:6]
    columns = ("at_utc", "username", "action", "case_id", "changes", "digest", "applicant_id")
    AuditRecord.update(**{c: getattr(b, c) for c in columns}).where(
        AuditRecord.id == a.id).execute()
    AuditRecord.update(**{c: getattr(a, c) for c in columns}).where(
        AuditRecord.id == b.id).execute()
    found = {(f.problem, f.record_id) for f in verify_chain().findings}
    assert {("content", a.id), ("content", b.id)} <= found


def test_an_inserted_record_is_caught(history):
    last = _records()[-1]
    AuditRecord.create(at_utc=last.at_utc, username="head", action="sign", case_id=None,
                       changes="{}", prev_hash=last.hash, hash="f" * 64, scheme="mac1")
    WriteLock.update(audit_head="f" * 64, audit_count=WriteLock.audit_count + 1).execute()
    assert "content" in problems(verify_chain())


@pytest.mark.parametrize("change", [
    {"state": "registered"}, {"executor": None}, {"issued_to": "Басқа адам"},
    {"due_at": datetime(2026, 3, 20, 18, 0)}, {"verification_code": "0000-0000-0000"},
])
def test_a_case_row_changed_without_an_event_is_named(history, change):
    Case.update(**change).where(Case.id == history.id).execute()
    report = verify_chain()
    assert [(f.problem, f.case_number) for f in report.findings] == [
        ("case", history.reg_number)]


def test_a_grade_changed_in_the_database_is_named(history):
    TranscriptRow.update(grade="2").where(TranscriptRow.position == 2).execute()
    assert [(f.problem, f.case_number) for f in verify_chain().findings] == [
        ("case", history.reg_number)]
    # ... while the issued result still prints what was signed.
    assert [row[3] for row in snapshot_of(history)["transcript"]] == ["5", "5", "5"]


def test_a_qualification_changed_in_the_database_is_named(history):
    CertificateContent.update(qualification="Басқа").execute()
    assert problems(verify_chain()) == {"case"}


def test_an_edited_snapshot_is_named(history, staff):
    snap = ResultSnapshot.get(ResultSnapshot.case == history.id)
    ResultSnapshot.update(content=snap.content.replace("12-б", "13-б")).execute()
    assert problems(verify_chain()) == {"snapshot"}
    assert check_code(staff["clerk"], history.verification_code).verdict == Verdict.ALTERED


def test_a_deleted_snapshot_is_named(history):
    ResultSnapshot.delete().execute()
    assert problems(verify_chain()) == {"snapshot_missing"}


def test_an_unreadable_record_is_reported_and_the_log_still_reads(history, staff):
    from desktop.services.records import audit

    victim = _records()[2]
    AuditRecord.update(changes="{not json").where(AuditRecord.id == victim.id).execute()
    log = audit.read_log(staff["admin"])
    damaged = [e for e in log if e.id == victim.id]
    assert damaged and not damaged[0].readable
    assert {(f.problem, f.record_id) for f in verify_chain().findings} >= {
        ("content", victim.id), ("unreadable", victim.id)}


def test_the_digest_covers_the_draft_content(staff, clock):
    case = registration.register(staff["clerk"], make_application())
    before = integrity.case_digest(case.id)
    CertificateContent.create(case=case.id, qualification="x")
    assert integrity.case_digest(case.id) != before
    assert integrity.all_case_digests()[case.id] == integrity.case_digest(case.id)


def test_a_calendar_change_that_moves_deadlines_keeps_the_rows_and_log_in_step(staff, clock):
    from desktop.services.office import calendar

    case = registration.register(staff["clerk"], make_application())
    # Registered Monday 2 March 10:00, due Tuesday 3 March 10:00; Tuesday becomes a day off.
    calendar.set_override(staff["admin"], date(2026, 3, 3), False, "ауыстыру")
    assert Case.get_by_id(case.id).due_at == datetime(2026, 3, 4, 10, 0)
    moved = [r for r in AuditRecord.select().where(AuditRecord.action == "deadline_moved")]
    assert [r.case_id for r in moved] == [case.id]
    assert verify_chain().ok


def _rewrite_with_the_key(record_id: int, new_changes: str) -> None:
    """What only a holder of the office key can do: change a record and re-key every later one."""
    from desktop.services.accounts import office_key
    from desktop.services.records.audit import _keyed_digest

    key = office_key.current_key()
    AuditRecord.update(changes=new_changes).where(AuditRecord.id == record_id).execute()
    prev = None
    for r in _records():
        if prev is not None:
            r.prev_hash = prev
        if r.id >= record_id:
            r.hash = _keyed_digest(key, r.prev_hash, r.at_utc, r.username, r.action, r.case_id,
                                   r.changes, r.applicant_id, r.digest)
            AuditRecord.update(prev_hash=r.prev_hash, hash=r.hash).where(
                AuditRecord.id == r.id).execute()
        prev = r.hash
    WriteLock.update(audit_head=prev).execute()


@pytest.mark.sqlite_only
def test_a_rewrite_with_the_key_is_found_against_an_older_backup(history, staff, tmp_path):
    from desktop.services.office import backups
    from desktop.services.records import chain_check

    backup = backups.backup_now(staff["admin"], tmp_path / "старый #1.sqlite3")
    assert chain_check.check_against_backup(staff["admin"], backup).ok
    victim = _records()[4]
    _rewrite_with_the_key(victim.id, '{"state": "forged"}')
    answer = chain_check.check_against_backup(staff["admin"], backup)
    assert not answer.ok and answer.differs_at == 5
    # This PC's own anchor sees it as well (unless its file was edited too).
    assert problems(verify_chain()) == {"rolled_back"}


def test_a_printed_anchor_finds_a_cut_log(history, staff):
    from desktop.services.records import audit, chain_check

    printed = audit.current_anchor(staff["clerk"])
    count = len(_records())
    assert printed.startswith(f"{count}:")
    assert chain_check.check_against_anchor(staff["admin"], printed).ok
    newest = _records()[-1]
    AuditRecord.delete().where(AuditRecord.id == newest.id).execute()
    answer = chain_check.check_against_anchor(staff["admin"], printed)
    assert not answer.ok and answer.anchor_count == count
    with pytest.raises(Exception, match="expected N:"):
        chain_check.check_against_anchor(staff["admin"], "not an anchor")


def test_records_before_setup_are_sealed_by_the_key_and_none_may_follow_it(db):
    from desktop.services.accounts import users
    from desktop.services.records import audit
    from desktop.services.records.audit import _legacy_digest
    from desktop.store.connection import write_transaction
    from support.users import PASSWORD

    with write_transaction():  # e.g. a restore from the command line before first-run setup
        audit.append("system", "restore", None, {"file": "copy.sqlite3"})
    profile = users.CollegeProfile("Колледж", "Колледж", "", "", "Басшы")
    users.first_run_setup(profile, "admin", "Әкімші", PASSWORD)
    schemes = [r.scheme for r in AuditRecord.select().order_by(AuditRecord.id)]
    assert schemes == ["sha256", "mac1", "mac1"]
    assert verify_chain().ok
    # A keyless record after the key cannot pass, even with a correct plain hash.
    last = _records()[-1]
    at = "2026-03-02T05:00:00.000000+00:00"
    forged = AuditRecord.create(at_utc=at, username="admin", action="login", case_id=None,
                                changes="{}", prev_hash=last.hash, scheme="sha256",
                                hash=_legacy_digest(last.hash, at, "admin", "login", None, "{}"))
    WriteLock.update(audit_head=forged.hash, audit_count=WriteLock.audit_count + 1).execute()
    assert [(f.problem, f.record_id) for f in verify_chain().findings] == [("content", forged.id)]
