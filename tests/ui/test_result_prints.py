"""Issued results print from their fixed record; the first print is the original, every later
print (or PDF saved) carries the copy mark in the document's language."""

import io
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from desktop.services.cases import queries, registration, steps
from desktop.services.cases.content import save_draft
from desktop.services.cases.inputs import CertificateDraft, TranscriptLine
from desktop.ui import printing
from desktop.ui.workspaces.case_view import CaseSummary
from support.applications import make_application

CLERK = "Кеңсе Айгүл Серікқызы"  # the clerk of tests/conftest.py, by name


def certificate_draft() -> CertificateDraft:
    return CertificateDraft(
        study_from=date(2022, 9, 1), study_to=date(2025, 1, 20), specialty_code="06120100",
        specialty_name="Есептеу техникасы", qualification="Техник-бағдарламашы",
        study_form="күндізгі", study_language="қазақ", course=3, order_number="12-б",
        order_date=date(2025, 1, 20), expulsion_reason="өз қалауы бойынша",
        transcript=[TranscriptLine("Қазақ әдебиеті", "5", hours=72)],
    )


def text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def signed(staff, language="kk"):
    case = registration.register(staff["clerk"], make_application(language=language))
    case = steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    case = save_draft(staff["executor"], case.id, case.version, certificate_draft(),
                                  date(2026, 3, 2))
    case = steps.submit_draft(staff["executor"], case.id, case.version)
    return steps.sign(staff["head"], case.id, case.version)


def test_the_first_print_is_unmarked_and_reprints_say_copy_in_kazakh(staff, clock, qtbot):
    from desktop.ui import i18n

    i18n.install("kk")
    case = signed(staff)
    clerk = staff["clerk"]
    output = printing.result_output(clerk, case.id)
    assert "КӨШІРМЕ" not in text(printing.result_pdf(clerk, case.id))  # the preview of it
    assert "КӨШІРМЕ" not in text(output("HP LaserJet 1020"))
    assert "КӨШІРМЕ" in text(printing.result_pdf(clerk, case.id))  # the preview of a reprint
    assert "КӨШІРМЕ" in text(output("HP LaserJet 1020"))
    assert [copy for *_, copy in queries.get_case(clerk, case.id).prints] == [False, True]
    # The case shows its print history.
    detail = queries.get_case(clerk, case.id)
    assert [(who, where, copy) for _at, who, where, copy in detail.prints] == [
        (CLERK, "HP LaserJet 1020", False), (CLERK, "HP LaserJet 1020", True)]
    summary = CaseSummary(lambda: "kk")
    qtbot.addWidget(summary)
    summary.show_case(detail)
    assert summary.text.text().count("Басып шығарылды") == 2
    assert "көшірме" in summary.text.text()


def test_a_saved_file_is_a_copy_and_the_first_paper_print_the_original(staff, clock):
    case = signed(staff, "ru")
    output = printing.result_output(staff["clerk"], case.id)
    saved = text(output("PDF: first.pdf"))
    assert "КОПИЯ" in saved and "КӨШІРМЕ" not in saved  # a copy, marked in Russian
    assert "КОПИЯ" not in text(printing.result_pdf(staff["clerk"], case.id))  # the preview
    assert "КОПИЯ" not in text(output("HP"))  # the first paper print: the original
    assert "КОПИЯ" in text(output("HP"))


def test_a_reprint_after_the_name_changed_says_what_was_signed(staff, clock):
    case = signed(staff)
    married = make_application()
    registration.register(staff["clerk"], replace(
        married, applicant=replace(married.applicant, surname="Серікова")))
    printed = text(printing.result_pdf(staff["clerk"], case.id))
    assert "Қасымова" in printed and "Серікова" not in printed


def test_the_heads_draft_is_from_todays_rows_and_marked_draft(staff, clock):
    case = registration.register(staff["clerk"], make_application())
    case = steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    case = save_draft(staff["executor"], case.id, case.version, certificate_draft(),
                                  date(2026, 3, 2))
    draft = text(printing.draft_pdf(staff["head"], case.id))
    assert "ЖОБА" in draft and "Қасымова" in draft
