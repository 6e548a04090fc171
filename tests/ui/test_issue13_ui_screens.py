"""Issue 13, the screens: the refusal's ground and language (items 5, 7), the State
Corporation's month (9), registration errors and the open-case warning (10), the transcript grid
(11) and the desk norms (12)."""

import io
from datetime import date, datetime

import pytest
from blank_stock import stock_once
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QScrollArea
from test_workspaces import click, drive_modal, fill_applicant, select, type_text, workspace

from conftest import make_application
from desktop.domain import workflow as wf
from desktop.services.cases import content, queries, registration, steps
from desktop.services.cases.inputs import (
    CertificateDraft,
    DuplicateDraft,
    IssueInput,
    TranscriptLine,
)
from desktop.services.results import reading
from desktop.ui import i18n, printing
from desktop.ui.workspaces.registration import RegistrationDialog


def certificate_draft(rows: int = 3) -> CertificateDraft:
    return CertificateDraft(
        study_from=date(2022, 9, 1), study_to=date(2025, 1, 20), specialty_code="06120100",
        specialty_name="Есептеу техникасы", qualification="Техник-бағдарламашы",
        study_form="full_time", study_language="kk", course=3, order_number="12-б",
        order_date=date(2025, 1, 20), expulsion_reason="өз қалауы бойынша",
        transcript=[TranscriptLine(f"Пән {i} — Қазақ әдебиеті", "5", hours=72)
                    for i in range(1, rows + 1)],
    )


def drive_to_ready(staff, case):
    head, executor = staff["head"], staff["executor"]
    stock_once(staff["admin"])  # 0000777 is in stock
    case = steps.assign_executor(head, case.id, case.version, executor.user_id)
    case = content.save_draft(executor, case.id, case.version, DuplicateDraft(
        original_series="ТКБ", original_number="0012345", original_issued_on=date(2015, 6, 30),
        specialty_code="0518000", specialty_name="Есеп және аудит", qualification="Бухгалтер",
        graduation_year=2015, name_as_written="Қасымова Әйгерім Ғалымқызы",
        new_blank_series="ТКБ-Д", new_blank_number="0000777"), date(2026, 3, 2))
    case = steps.submit_draft(executor, case.id, case.version)
    return steps.sign(head, case.id, case.version)


INCOMPLETE_KK = ("Стандарттың 8-тармағында көзделген тізбеге сәйкес құжаттардың толық топтамасы "
                 "ұсынылмады")


@pytest.fixture
def shown(monkeypatch):
    from dialogs import record_dialogs

    return record_dialogs(monkeypatch)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(pdf)).pages)


# --- items 5 and 7: the refusal letter's ground and language -------------------------------
def test_refusal_dialog_shows_the_letters_language_and_offers_its_grounds(qtbot, staff, clock,
                                                                          shown):
    case = registration.register(staff["clerk"], make_application("duplicate", language="kk"))
    i18n.install("ru")  # the head works in Russian; the letter is in Kazakh
    head = workspace(qtbot, staff["head"])
    select(head.inbox.view)

    seen = []

    def refuse(dialog):
        try:
            seen.append((dialog.language_note.text().casefold(),
                         [dialog.ground.itemText(i) for i in range(dialog.ground.count())]))
            dialog.ground.setCurrentIndex(dialog.ground.findData("incomplete_package"))
            type_text(dialog.edit, "Өтініште түпнұсқа туралы мәлімет жоқ")
            click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        finally:
            if dialog.isVisible():  # a dialog without these fields must not hang the test
                dialog.done(0)

    shown.answer = QMessageBox.StandardButton.No  # asked to confirm: not now
    drive_modal(qtbot, head.refuse_button.click, refuse)
    assert queries.get_case(staff["head"], case.id).state == wf.REGISTERED
    note, grounds = seen[0]
    assert "на языке результата: казахский" in note
    assert INCOMPLETE_KK in grounds  # worded as the Kazakh letter prints it
    assert len(shown.questions) == 1 and case.reg_number in shown.questions[0]
    assert "язык письма: казахский" in shown.questions[0].casefold()

    shown.answer = QMessageBox.StandardButton.Yes
    drive_modal(qtbot, head.refuse_button.click, refuse)
    assert queries.get_case(staff["head"], case.id).result_kind == "motivated_refusal"
    snap = reading.issued_result(staff["head"], case.id).content
    assert snap["refusal_ground"]["code"] == "incomplete_package"
    letter = _text(printing.result_pdf(staff["head"], case.id))
    assert "8-тармағында көзделген" in letter and "Өтініште түпнұсқа" in letter
    assert "пунктом 8" not in letter  # no Russian wording in a Kazakh letter


def test_new_application_defaults_to_the_language_the_clerk_works_in(qtbot, staff, clock):
    assert staff["clerk"].language == "kk"
    i18n.install("ru")
    dialog = RegistrationDialog(staff["clerk"])
    qtbot.addWidget(dialog)
    assert dialog.result_language.currentData() == "ru"


# --- item 9: returned by the State Corporation only after its month ------------------------
def test_returned_is_offered_when_the_month_of_storage_ends(qtbot, staff, clock, shown):
    case = drive_to_ready(staff, registration.register(
        staff["clerk"], make_application("duplicate", "state_corp")))
    clock.set(datetime(2026, 3, 31, 10, 0))
    steps.hand_over(staff["clerk"], case.id, case.version)
    clerk = workspace(qtbot, staff["clerk"])
    assert clerk.registry.select_case(case.id)
    assert not clerk.returned_button.isEnabled()
    assert "30.04.2026 10:00" in clerk.storage_note.text()
    assert clerk.storage_note.isVisibleTo(clerk)
    assert "30.04.2026 10:00" in clerk.summary.text.text()
    clock.set(datetime(2026, 4, 30, 10, 0))
    clerk.refresh_now()
    assert clerk.returned_button.isEnabled()
    click(qtbot, clerk.returned_button)
    assert queries.get_case(staff["clerk"], case.id).state == wf.STORED


# --- item 10: the same person with an open case of the same service -------------------------
def test_registering_the_same_iin_and_service_again_warns(qtbot, staff, clock, shown):
    first = registration.register(staff["clerk"], make_application())
    dialog = RegistrationDialog(staff["clerk"])
    qtbot.addWidget(dialog)
    fill_applicant(qtbot, dialog)
    shown.answer = QMessageBox.StandardButton.No
    click(qtbot, dialog.register_button)
    assert len(shown.questions) == 1 and first.reg_number in shown.questions[0]
    assert queries.count_cases(staff["clerk"]) == 1


# --- item 11: the transcript grid -----------------------------------------------------------
def _assigned_certificate(staff):
    case = registration.register(staff["clerk"], make_application())
    return steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)


def test_transcript_is_a_grid_with_the_free_height_and_takes_an_excel_paste(qtbot, staff,
                                                                            clock):
    _assigned_certificate(staff)
    ex = workspace(qtbot, staff["executor"])
    ex.resize(1366, 738)
    select(ex.assignments.view)
    QApplication.processEvents()
    table = ex.kind_editors["certificate"].transcript.table
    parent, inside_scroll = table.parentWidget(), False
    while parent is not None:
        inside_scroll |= isinstance(parent, QScrollArea)
        parent = parent.parentWidget()
    assert not inside_scroll  # the grid scrolls itself, not a second scroll area around it
    assert table.viewport().height() >= 10 * 24  # ten rows at least, not three

    added = ex.kind_editors["certificate"].transcript.paste_rows(
        "Пән\tСағат\tКредит\tБаға\nҚазақ тілі\t156\t6,5\tөте жақсы\nФизика\t72\t3\tжақсы\n")
    assert added == 2
    lines = ex.kind_editors["certificate"].transcript.lines()
    assert [(x.subject, x.hours, x.credits, x.grade) for x in lines] == [
        ("Қазақ тілі", 156, 6.5, "5 (өте жақсы)"), ("Физика", 72, 3.0, "4 (жақсы)")]
    assert ex.dirty_label.text() == "Changes not saved"


def test_subjects_of_the_previous_certificate_of_the_same_specialty(qtbot, staff, clock, shown):
    old = registration.register(staff["clerk"], make_application())
    old = steps.assign_executor(staff["head"], old.id, old.version, staff["executor2"].user_id)
    old = content.save_draft(staff["executor2"], old.id, old.version,
                                         certificate_draft(2), date(2026, 3, 2))
    old = steps.submit_draft(staff["executor2"], old.id, old.version)
    steps.sign(staff["head"], old.id, old.version)
    _assigned_certificate(staff)
    ex = workspace(qtbot, staff["executor"])
    select(ex.assignments.view)
    type_text(ex.kind_editors["certificate"].specialty_code, "06120100")
    click(qtbot, ex.kind_editors["certificate"].transcript.previous_button)
    lines = ex.kind_editors["certificate"].transcript.lines()
    assert [(x.subject, x.hours, x.grade) for x in lines] == [
        ("Пән 1 — Қазақ әдебиеті", None, ""), ("Пән 2 — Қазақ әдебиеті", None, "")]


# --- item 12: registration and issue against their norms ------------------------------------
def test_case_view_and_deadlines_tab_show_the_desk_norms(qtbot, staff, clock, shown):
    # Began 09:44:30, registered 10:00: 16 minutes begun against 15.
    case = registration.register(staff["clerk"], make_application(
        started_at=datetime(2026, 3, 2, 9, 44, 30)))
    case = steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    case = content.save_draft(staff["executor"], case.id, case.version,
                                          certificate_draft(), date(2026, 3, 2))
    case = steps.submit_draft(staff["executor"], case.id, case.version)
    case = steps.sign(staff["head"], case.id, case.version)
    clock.set(datetime(2026, 3, 4, 11, 20))
    steps.issue(staff["clerk"], case.id, case.version, IssueInput(
        "applicant", "Қасымова Әйгерім", "ЖК № 045678912", started_at=datetime(2026, 3, 4, 11)))

    clerk = workspace(qtbot, staff["clerk"])
    assert clerk.registry.select_case(case.id)
    summary = clerk.summary.text.text()
    assert "Registration took" in summary and "16 min (norm 15 min)" in summary
    assert "over the norm" in summary
    assert "Issue took" in summary and "20 min (norm 30 min)" in summary

    head = workspace(qtbot, staff["head"])
    desk = head.desk_times
    assert desk.table.rowCount() == 2
    assert [desk.table.item(r, 2).text() for r in range(2)] == ["16 min", "20 min"]
    assert "1 over their norm" in desk.title.text()


def test_the_issue_dialog_records_when_it_was_opened(qtbot, staff, clock, shown):
    from desktop.ui.workspaces.dialogs import IssueDialog

    case = registration.register(staff["clerk"], make_application())
    detail = queries.get_case(staff["clerk"], case.id)
    dialog = IssueDialog(detail)
    qtbot.addWidget(dialog)
    clock.set(datetime(2026, 3, 2, 10, 25))
    assert dialog.value().started_at == datetime(2026, 3, 2, 10, 0)


def test_the_executor_sees_the_language_the_result_is_written_in(qtbot, staff, clock):
    case = registration.register(staff["clerk"], make_application(language="ru"))
    steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    ex = workspace(qtbot, staff["executor"])
    select(ex.assignments.view)
    assert "Language of the result: Russian" in ex.heading.text()
