"""Cases ready for the head's electronic signature, in a college set up for it (the college's
BIN and the test PKI's NCA certificates installed by the admin).

A duplicate: the law gives it on paper and electronically (resources/services/duplicate.toml,
result_forms). The certificate for unfinished study is paper only (seed 002): see
`certificate_to_sign`, which no electronic signing may touch."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.services.accounts import users
from desktop.services.cases import registration, steps
from desktop.services.cases.content import save_draft
from desktop.services.cases.inputs import CertificateDraft, TranscriptLine
from desktop.services.esign import certificates as nca_certificates
from support.applications import make_application
from support.blank_stock import stock_once
from support.cases import duplicate_draft
from support.esign_pki import COLLEGE_BIN, pki


def set_up_esign(admin, *, bin_=COLLEGE_BIN, certificates=True, extra=()):
    """`extra`: more NCA certificates (DER) to install, e.g. the GOST test PKI's."""
    profile = replace(users.college_profile(), bin=bin_)
    users.update_college(admin, profile)
    if certificates:
        for der in (pki().root.der, pki().intermediate.der, *extra):
            nca_certificates.install(admin, der)


def certificate_draft() -> CertificateDraft:
    return CertificateDraft(
        study_from=date(2022, 9, 1), study_to=date(2025, 1, 20), specialty_code="06120100",
        specialty_name="Есептеу техникасы және бағдарламалық қамтамасыз ету",
        qualification="Техник-бағдарламашы", study_form="күндізгі", study_language="қазақ",
        course=3, order_number="12-б", order_date=date(2025, 1, 20),
        expulsion_reason="өз қалауы бойынша",
        transcript=[TranscriptLine("Қазақ әдебиеті", "5", hours=72)])


def to_sign(staff):
    """A duplicate case whose draft waits for the head's signature (the blanks in stock)."""
    stock_once(staff["admin"])
    case = registration.register(staff["clerk"], make_application("duplicate"))
    case = steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    case = save_draft(staff["executor"], case.id, case.version, duplicate_draft(),
                      date(2026, 3, 2))
    return steps.submit_draft(staff["executor"], case.id, case.version)


def signed_duplicate(staff):
    """A duplicate signed on paper: its result fixed, not signed electronically."""
    case = to_sign(staff)
    return steps.sign(staff["head"], case.id, case.version)


def certificate_to_sign(staff):
    """A certificate for unfinished study whose draft waits for the head's signature."""
    case = registration.register(staff["clerk"], make_application())
    case = steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    case = save_draft(staff["executor"], case.id, case.version, certificate_draft(),
                      date(2026, 3, 2))
    return steps.submit_draft(staff["executor"], case.id, case.version)
