"""A printed result's verification code: authentic, unknown or altered."""

import hashlib
from datetime import date

import pytest

from desktop.domain.errors import InvalidInput
from desktop.domain.verification import Verdict, qr_payload
from desktop.services.cases import registration, steps
from desktop.services.cases.content import save_draft
from desktop.services.records.chain_check import verify_chain
from desktop.services.records.verify import check_code
from desktop.store.models import Applicant, CertificateContent, ResultSnapshot
from support.applications import make_application
from support.cases import certificate_draft


def signed_certificate(staff):
    case = registration.register(staff["clerk"], make_application())
    case = steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    case = save_draft(staff["executor"], case.id, case.version, certificate_draft(),
                                  date(2026, 3, 2))
    case = steps.submit_draft(staff["executor"], case.id, case.version)
    return steps.sign(staff["head"], case.id, case.version)


def test_code_round_trip_and_tampering(staff, clock):
    case = signed_certificate(staff)
    clerk = staff["clerk"]
    answer = check_code(clerk, case.verification_code)
    assert answer.verdict == Verdict.AUTHENTIC and answer.reg_number == case.reg_number
    # Typed by a person: lower case, no dashes.
    assert check_code(clerk, case.verification_code.replace("-", "").lower()).verdict == (
        Verdict.AUTHENTIC)
    # Scanned from the QR code.
    assert check_code(clerk, qr_payload(case.reg_number, case.verification_code)).verdict == (
        Verdict.AUTHENTIC)



def test_live_rows_changed_after_signing_leave_the_issued_record_alone(staff, clock):
    """The paper matches the fixed record; the changed row is the chain check's finding."""
    case = signed_certificate(staff)
    CertificateContent.update(order_number="99-б").execute()
    Applicant.update(surname="Басқа").execute()
    assert check_code(staff["clerk"], case.verification_code).verdict == Verdict.AUTHENTIC
    report = verify_chain()
    assert {(f.problem, f.case_number) for f in report.findings} == {
        ("case", case.reg_number), ("applicant", "")}


@pytest.mark.parametrize("edit", ["content", "content_and_hash", "code"])
def test_a_changed_snapshot_answers_altered(staff, clock, edit):
    case = signed_certificate(staff)
    snap = ResultSnapshot.get(ResultSnapshot.case == case.id)
    forged = snap.content.replace("Қасымова", "Басқа")
    assert forged != snap.content
    if edit == "content":
        ResultSnapshot.update(content=forged).execute()
    elif edit == "content_and_hash":
        # Whoever edits the file can recompute a plain hash, but not the keyed code.
        ResultSnapshot.update(content=forged, content_hash=hashlib.sha256(
            forged.encode()).hexdigest()).execute()
    else:
        # The code moved to another (forged) record: the code no longer matches its content.
        other = forged.replace(case.verification_code, "0000-0000-0000")
        ResultSnapshot.update(content=other).execute()
    assert check_code(staff["clerk"], case.verification_code).verdict == Verdict.ALTERED
    assert not verify_chain().ok


def test_unknown_code(staff, clock):
    signed_certificate(staff)
    assert check_code(staff["clerk"], "0000-0000-0000").verdict == Verdict.UNKNOWN
    with pytest.raises(InvalidInput):
        check_code(staff["clerk"], "not a code!")
