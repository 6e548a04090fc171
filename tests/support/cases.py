"""Cases driven through the services to the step a test starts from, and the drafts they carry.

The certificate and the duplicate are Қасымова Әйгерім's of support.applications; the
duplicate's blank is taken from the batch support.blank_stock records.
"""

from __future__ import annotations

from datetime import date

from desktop.services.cases import registration, steps
from desktop.services.cases.content import save_draft
from desktop.services.cases.inputs import CertificateDraft, DuplicateDraft, TranscriptLine
from support.applications import make_application
from support.blank_stock import stock_once


def certificate_draft(rows: int = 3) -> CertificateDraft:
    """A certificate's draft with `rows` subjects "Пән 1 — Қазақ әдебиеті", ... (72 h, "5")."""
    return CertificateDraft(
        study_from=date(2022, 9, 1), study_to=date(2025, 1, 20), specialty_code="06120100",
        specialty_name="Есептеу техникасы және бағдарламалық қамтамасыз ету",
        qualification="Техник-бағдарламашы", study_form="күндізгі", study_language="қазақ",
        course=3, order_number="12-б", order_date=date(2025, 1, 20),
        expulsion_reason="өз қалауы бойынша",
        transcript=[TranscriptLine(f"Пән {i} — Қазақ әдебиеті", "5", hours=72)
                    for i in range(1, rows + 1)],
    )


def coded_certificate_draft(rows: int = 3) -> CertificateDraft:
    """The certificate's draft as the executor's editor writes it: the study form and language
    as codes ("full_time", "kk"), the specialty's name short."""
    return CertificateDraft(
        study_from=date(2022, 9, 1), study_to=date(2025, 1, 20), specialty_code="06120100",
        specialty_name="Есептеу техникасы", qualification="Техник-бағдарламашы",
        study_form="full_time", study_language="kk", course=3, order_number="12-б",
        order_date=date(2025, 1, 20), expulsion_reason="өз қалауы бойынша",
        transcript=[TranscriptLine(f"Пән {i} — Қазақ әдебиеті", "5", hours=72)
                    for i in range(1, rows + 1)],
    )


def duplicate_draft() -> DuplicateDraft:
    """A duplicate's draft (no honours: it goes on the plain diploma blanks stock_once
    records; an honours diploma has its own blank, see tests/services/blanks); the blank left
    to the signing."""
    return DuplicateDraft(
        original_series="ТКБ", original_number="0012345", original_issued_on=date(2015, 6, 30),
        specialty_code="0518000", specialty_name="Есеп және аудит", qualification="Бухгалтер",
        graduation_year=2015, name_as_written="Қасымова Әйгерім Ғалымқызы", honours=False,
        # The blank is left to the signing: it takes the lowest in stock.
    )


def drive_to_ready(staff, case):
    """A registered duplicate assigned, drafted, submitted and signed: ready to hand over."""
    head, executor = staff["head"], staff["executor"]
    stock_once(staff["admin"])  # the blanks 0000777-0000799 of series ТКБ-Д
    case = steps.assign_executor(head, case.id, case.version, executor.user_id)
    case = save_draft(executor, case.id, case.version, duplicate_draft(), date(2026, 3, 2))
    case = steps.submit_draft(executor, case.id, case.version)
    return steps.sign(head, case.id, case.version)


def signed_certificate(staff, application=None):
    """A certificate registered (make_application's unless given), drafted and signed."""
    case = registration.register(staff["clerk"], application or make_application())
    case = steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    case = save_draft(staff["executor"], case.id, case.version, certificate_draft(),
                      date(2026, 3, 2))
    case = steps.submit_draft(staff["executor"], case.id, case.version)
    return steps.sign(staff["head"], case.id, case.version)
