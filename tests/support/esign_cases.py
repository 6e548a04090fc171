"""Cases ready for the head's electronic signature, in a college set up for it (the college's
BIN and the test PKI's NCA certificates installed by the admin)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.services.accounts import users
from desktop.services.cases import registration, steps
from desktop.services.cases.content import save_draft
from desktop.services.cases.inputs import CertificateDraft, TranscriptLine
from desktop.services.esign import certificates as nca_certificates
from support.applications import make_application
from support.esign_pki import COLLEGE_BIN, pki


def set_up_esign(admin, *, bin_=COLLEGE_BIN, certificates=True):
    profile = replace(users.college_profile(), bin=bin_)
    users.update_college(admin, profile)
    if certificates:
        for cert in (pki().root, pki().intermediate):
            nca_certificates.install(admin, cert.der)


def certificate_draft() -> CertificateDraft:
    return CertificateDraft(
        study_from=date(2022, 9, 1), study_to=date(2025, 1, 20), specialty_code="06120100",
        specialty_name="Есептеу техникасы және бағдарламалық қамтамасыз ету",
        qualification="Техник-бағдарламашы", study_form="күндізгі", study_language="қазақ",
        course=3, order_number="12-б", order_date=date(2025, 1, 20),
        expulsion_reason="өз қалауы бойынша",
        transcript=[TranscriptLine("Қазақ әдебиеті", "5", hours=72)])


def to_sign(staff):
    """A certificate case whose draft waits for the head's signature."""
    case = registration.register(staff["clerk"], make_application())
    case = steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    case = save_draft(staff["executor"], case.id, case.version, certificate_draft(),
                      date(2026, 3, 2))
    return steps.submit_draft(staff["executor"], case.id, case.version)


