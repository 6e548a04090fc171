"""The clerk's, head's and executor's workspaces driven by clicks and typing, offscreen.

Modal dialogs are driven from a QTimer while their exec() runs; message boxes and the PDF
preview are replaced by recorders, so no test can be left waiting for a click.
"""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop.domain import workflow as wf
from desktop.services.cases import queries, registration, steps
from desktop.services.results import printables
from desktop.ui import printing
from desktop.ui.workspaces import build_workspace
from desktop.ui.workspaces.clerk import ClerkWorkspace
from desktop.ui.workspaces.executor import ExecutorWorkspace
from desktop.ui.workspaces.head import HeadWorkspace
from desktop.ui.workspaces.registration import RegistrationDialog
from desktop.ui.workspaces.transcript_editor import CREDITS, GRADE, HOURS, SUBJECT
from support.applications import make_application
from support.blank_stock import stock_once
from support.hearing_road import heard
from support.ui_driving import (
    IIN,
    click,
    current,
    drive_modal,
    fill_applicant,
    select,
    type_text,
    workspace,
)


def _pdf_pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


# --- registration -------------------------------------------------------------------------
def test_iin_is_checked_as_it_is_typed(qtbot, staff, clock):
    dialog = RegistrationDialog(staff["clerk"])
    qtbot.addWidget(dialog)
    type_text(dialog.iin, IIN[:5])
    assert "5" in dialog.iin_status.text() and "12" in dialog.iin_status.text()
    dialog.iin.clear()
    type_text(dialog.iin, IIN[:11] + "5")  # wrong check digit
    assert "check digit" in dialog.iin_status.text()
    assert "b00020" in dialog.iin_status.styleSheet()  # red
    dialog.iin.clear()
    type_text(dialog.iin, IIN)
    assert "15.08.1995" in dialog.iin_status.text()
    assert "1d6b1d" in dialog.iin_status.styleSheet()  # green
    # The birth date is taken from the IIN; a different one is flagged at once.
    assert dialog.birth_date.date() == QDate(1995, 8, 15)
    dialog.birth_date.setDate(QDate(1995, 8, 16))
    assert "does not match" in dialog.birth_status.text()


def test_checklist_follows_service_channel_and_circumstances(qtbot, staff, clock):
    dialog = RegistrationDialog(staff["clerk"])
    qtbot.addWidget(dialog)
    assert set(dialog.checklist.presented) == {"application", "identity"}
    dialog.service.setCurrentIndex(dialog.service.findData("duplicate"))
    assert dialog.external_number.isHidden()
    dialog.channel.setCurrentIndex(dialog.channel.findData("portal"))
    assert set(dialog.checklist.presented) == {"e_application"}
    assert not dialog.external_number.isHidden() and not dialog.submitted_at.isHidden()
    dialog.channel.setCurrentIndex(dialog.channel.findData("office"))
    click(qtbot, dialog.damaged)
    assert set(dialog.checklist.presented) == {"application", "identity", "original"}


def test_refusal_of_acceptance_from_the_dialog(qtbot, staff, clock, shown):
    clerk = workspace(qtbot, staff["clerk"])
    shown.answer = QMessageBox.StandardButton.No

    def decline(dialog):
        fill_applicant(qtbot, dialog, tick=("application",))  # no identity document
        click(qtbot, dialog.register_button)
        # The clerk said No: nothing is recorded and the dialog stays open to be completed.
        assert dialog.isVisible() and dialog.case_id is None
        # Cancel asks before dropping what was typed; No keeps the dialog open.
        dialog.reject()
        assert dialog.isVisible()
        shown.answer = QMessageBox.StandardButton.Yes
        dialog.reject()

    drive_modal(qtbot, clerk.new_button.click, decline)
    assert queries.count_cases(staff["clerk"]) == 0
    assert "identity document" in shown.questions[0]
    assert shown.questions[1:] == [
        "What you typed for this application will be lost. Close anyway?"] * 2

    shown.answer = QMessageBox.StandardButton.Yes

    def refuse(dialog):
        fill_applicant(qtbot, dialog, tick=("application",))
        click(qtbot, dialog.register_button)

    drive_modal(qtbot, clerk.new_button.click, refuse)
    assert len(shown.questions) == 4  # the package, twice closing, the package again
    assert shown.titles() == ["Refusal receipt — АН-2026/00001"]
    assert shown.pdfs[0][1].startswith(b"%PDF")
    assert clerk.detail.state == wf.ACCEPTANCE_REFUSED
    assert clerk.detail.documents == [("application", True, False), ("identity", False, False)]
    # The refused application counts in the registry, and its receipt can be printed again.
    assert clerk.registry.model.rowCount() == 1
    click(qtbot, clerk.receipt_button)
    assert shown.titles()[-1] == "Refusal receipt — АН-2026/00001"
    assert not clerk.issue_button.isEnabled() and not clerk.withdraw_button.isEnabled()


def test_an_empty_application_closes_without_a_question(qtbot, staff, clock, shown):
    clerk = workspace(qtbot, staff["clerk"])
    drive_modal(qtbot, clerk.new_button.click, lambda dialog: dialog.reject())
    assert shown.questions == []


def test_invalid_input_is_shown_and_nothing_is_saved(qtbot, staff, clock, shown):
    dialog = RegistrationDialog(staff["clerk"])
    qtbot.addWidget(dialog)
    fill_applicant(qtbot, dialog)
    dialog.surname.clear()
    type_text(dialog.surname, "Қасымова2")
    dialog.phone.clear()
    type_text(dialog.phone, "телефон")
    click(qtbot, dialog.register_button)
    # Issue 13 item 10: every wrong field at once, beside the field, and no modal box.
    assert shown.warnings == []
    errors = {key: label.text() for key, label in dialog.field_errors.items()
              if label.isVisibleTo(dialog)}
    assert errors == {
        "surname": "The field \u201cSurname\u201d may contain only letters, spaces and hyphens.",
        "phone": errors["phone"]}
    assert "Phone" in errors["phone"]
    assert dialog.case_id is None and queries.count_cases(staff["clerk"]) == 0
    # Corrected, the errors go away.
    dialog.surname.clear()
    type_text(dialog.surname, "Қасымова")
    dialog.phone.clear()
    click(qtbot, dialog.register_button)
    assert not any(label.isVisibleTo(dialog) for label in dialog.field_errors.values())


# --- a whole certificate --------------------------------------------------------------------
def register_by_dialog(qtbot, clerk: ClerkWorkspace, extra=None) -> int:
    def fill(dialog):
        if extra:
            extra(dialog)
        fill_applicant(qtbot, dialog)
        click(qtbot, dialog.register_button)

    drive_modal(qtbot, clerk.new_button.click, fill)
    assert clerk.detail is not None
    return clerk.detail.id


def fill_certificate(qtbot, ex: ExecutorWorkspace) -> None:
    editor = ex.kind_editors["certificate"]
    editor.study_from.setDate(QDate(2022, 9, 1))
    editor.study_to.setDate(QDate(2025, 1, 20))
    type_text(editor.specialty_code, "06120100")
    type_text(editor.specialty_name, "Есептеу техникасы және бағдарламалық қамтамасыз ету")
    type_text(editor.qualification, "Техник-бағдарламашы")
    editor.study_form.setCurrentIndex(editor.study_form.findData("full_time"))
    editor.study_language.setCurrentIndex(editor.study_language.findData("kk"))
    editor.course.setValue(3)
    type_text(editor.order_number, "12-б")
    editor.order_date.setDate(QDate(2025, 1, 20))
    type_text(editor.expulsion_reason, "өз қалауы бойынша")
    table = editor.transcript
    for subject, hours, grade in (("Қазақ әдебиеті", "72", "5"), ("Математика", "120", "4"),
                                  ("Физика", "96", "4")):
        click(qtbot, table.add_button)
        row = table.table.rowCount() - 1
        table.set_cell(row, SUBJECT, subject)
        table.set_cell(row, HOURS, hours)
        table.set_cell(row, GRADE, grade)


def test_certificate_case_through_the_three_workspaces(qtbot, staff, clock, shown):
    # Clerk registers at the desk and hands the receipt over.
    clerk = workspace(qtbot, staff["clerk"])
    case_id = register_by_dialog(qtbot, clerk)
    assert shown.titles() == ["Receipt — АН-2026/00001"]
    assert clerk.detail.state == wf.REGISTERED
    assert clerk.registry.selected().id == case_id

    # The head sees it in the inbox and assigns the executor with the lighter load.
    clock.set(datetime(2026, 3, 2, 11, 0))
    head = workspace(qtbot, staff["head"])
    assert [r.id for r in head.inbox.model.rows()] == [case_id]
    select(head.inbox.view)
    assert head.detail.id == case_id
    executor_id = staff["executor"].user_id
    head.executor.setCurrentIndex(head.executor.findData(executor_id))
    assert head.executor.currentText().endswith("(0)")
    click(qtbot, head.assign_button)
    assert head.inbox.model.rowCount() == 0
    assert current(staff["head"], case_id).executor_id == executor_id

    # The executor fills the certificate, saves, and submits it.
    clock.set(datetime(2026, 3, 2, 14, 0))
    ex = workspace(qtbot, staff["executor"])
    assert [r.id for r in ex.assignments.model.rows()] == [case_id]
    select(ex.assignments.view)
    assert ex.editors.currentWidget() is ex.kind_editors["certificate"]
    fill_certificate(qtbot, ex)
    assert ex.dirty_label.text() == "Changes not saved"
    click(qtbot, ex.save_button)
    saved = current(staff["executor"], case_id)
    assert saved.draft.specialty_code == "06120100"
    assert [(x.subject, x.hours, x.grade) for x in saved.draft.transcript] == [
        ("Қазақ әдебиеті", 72, "5"), ("Математика", 120, "4"), ("Физика", 96, "4")]
    # Reordering the transcript: Physics up above Mathematics.
    ex.kind_editors["certificate"].transcript.table.selectRow(2)
    click(qtbot, ex.kind_editors["certificate"].transcript.up_button)
    click(qtbot, ex.submit_button)
    assert current(staff["executor"], case_id).state == wf.DRAFT_SUBMITTED
    assert ex.assignments.model.rowCount() == 0

    # The head reads the draft as its PDF and returns it with a comment.
    clock.set(datetime(2026, 3, 3, 9, 30))
    head.refresh()
    head.tabs.setCurrentIndex(1)
    select(head.drafts.view)
    click(qtbot, head.view_button)
    assert shown.titles()[-1] == "Draft result — АН-2026/00001"
    assert shown.pdfs[-1][1].startswith(b"%PDF")
    # Unsigned, it is marked as a draft on every page, in the result's language.
    assert all("ЖОБА" in page for page in _pdf_pages(shown.pdfs[-1][1]))

    def comment(dialog):
        type_text(dialog.edit, "Бұйрық күнін тексеріңіз")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    drive_modal(qtbot, head.return_button.click, comment)
    assert current(staff["head"], case_id).state == wf.REWORK

    # The executor sees the comment, corrects, resubmits.
    ex.refresh()
    select(ex.assignments.view)
    assert ex.rework.isVisibleTo(ex) and "Бұйрық күнін тексеріңіз" in ex.rework.text()
    lines = [x.subject for x in ex.detail.draft.transcript]
    assert lines == ["Қазақ әдебиеті", "Физика", "Математика"]
    ex.kind_editors["certificate"].order_date.setDate(QDate(2025, 1, 21))
    click(qtbot, ex.submit_button)
    assert current(staff["executor"], case_id).state == wf.DRAFT_SUBMITTED

    # The head signs (answering Yes to "Sign?").
    head.refresh()
    head.tabs.setCurrentIndex(1)
    select(head.drafts.view)
    click(qtbot, head.sign_button)
    signed = current(staff["head"], case_id)
    assert signed.state == wf.READY and signed.verification_code

    # The clerk issues it to the applicant and prints the certificate.
    clock.set(datetime(2026, 3, 3, 15, 0))
    clerk.refresh(case_id)
    assert clerk.detail.state == wf.READY and clerk.issue_button.isEnabled()
    click(qtbot, clerk.result_button)
    assert shown.titles()[-1] == "Result — АН-2026/00001"
    assert not any("ЖОБА" in page for page in _pdf_pages(shown.pdfs[-1][1]))  # signed

    def issue(dialog):
        assert dialog.recipient_name.text() == "Қасымова Әйгерім Ғалымқызы"
        type_text(dialog.identity_document, "жеке куәлік № 041234567")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    drive_modal(qtbot, clerk.issue_button.click, issue)
    done = current(staff["clerk"], case_id)
    assert done.state == wf.ISSUED and done.issued_to == "Қасымова Әйгерім Ғалымқызы"
    assert clerk.detail.state == wf.ISSUED and not clerk.issue_button.isEnabled()
    assert shown.warnings == []


# --- a whole duplicate via the State Corporation --------------------------------------------
def test_duplicate_through_the_state_corporation(qtbot, staff, clock, shown):
    stock_once(staff["admin"])  # the office's blanks ТКБ-Д 0000777-0000799
    clerk = workspace(qtbot, staff["clerk"])

    def state_corp(dialog):
        dialog.service.setCurrentIndex(dialog.service.findData("duplicate"))
        dialog.channel.setCurrentIndex(dialog.channel.findData("state_corp"))
        type_text(dialog.external_number, "ХҚКО-0042-2026")
        click(qtbot, dialog.lost)
        dialog.result_language.setCurrentIndex(dialog.result_language.findData("ru"))

    case_id = register_by_dialog(qtbot, clerk, state_corp)
    d = current(staff["clerk"], case_id)
    assert (d.service, d.channel, d.external_number, d.reason, d.language) == (
        "duplicate", "state_corp", "ХҚКО-0042-2026", "lost", "ru")
    assert shown.titles() == ["Receipt — ТН-2026/00001"]

    head = workspace(qtbot, staff["head"])
    select(head.inbox.view)
    head.executor.setCurrentIndex(head.executor.findData(staff["executor"].user_id))
    click(qtbot, head.assign_button)

    ex = workspace(qtbot, staff["executor"])
    select(ex.assignments.view)
    assert ex.editors.currentWidget() is ex.kind_editors["duplicate"]
    editor = ex.kind_editors["duplicate"]
    type_text(editor.original_series, "ТКБ")
    type_text(editor.original_number, "0012345")
    editor.original_issued_on.setDate(QDate(2016, 6, 30))
    type_text(editor.specialty_code, "0304000")
    type_text(editor.specialty_name, "Вычислительная техника")
    type_text(editor.qualification, "Техник-программист")
    editor.graduation_year.setValue(2016)
    type_text(editor.name_as_written, "Касымова Айгерим Галымовна")
    type_text(editor.new_blank_series, "ТКБ-Д")
    type_text(editor.new_blank_number, "0000777")
    click(qtbot, ex.submit_button)
    assert current(staff["executor"], case_id).state == wf.DRAFT_SUBMITTED

    head.refresh()
    head.tabs.setCurrentIndex(1)
    select(head.drafts.view)
    # A duplicate may be refused, but only by a preliminary decision and a hearing first.
    assert head.hearing.buttons["decide_preliminary"].isEnabled()
    assert not head.refuse_button.isEnabled()
    click(qtbot, head.sign_button)
    assert current(staff["head"], case_id).book_number == "1/2026"

    # Clerk: hand over, the month of storage passes, returned, requested again, handed out.
    clerk.refresh(case_id)
    assert not clerk.issue_button.isEnabled() and clerk.hand_over_button.isEnabled()
    clerk.result_blank.trigger()
    assert shown.titles()[-1] == "Result — ТН-2026/00001"
    blank = _pdf_pages(shown.pdfs[-1][1])
    assert "0012345" in blank[0] and "30.06.2016" in blank[0]  # the original it replaces
    assert not any("КОПИЯ" in page for page in blank)
    # Plain A4 is a preview, stamped as a copy on every page: it is not the issued document.
    actions = clerk.result_menu.actions()
    assert actions[0] is clerk.result_blank and "not for issue" in clerk.result_plain.text()
    clerk.result_plain.trigger()
    assert all("КОПИЯ" in page for page in _pdf_pages(shown.pdfs[-1][1]))
    click(qtbot, clerk.hand_over_button)
    assert clerk.detail.state == wf.AT_STATE_CORP
    clock.set(datetime(2026, 4, 6, 10, 0))
    clerk.refresh(case_id)
    click(qtbot, clerk.returned_button)
    assert clerk.detail.state == wf.STORED
    click(qtbot, clerk.requested_button)
    assert clerk.detail.state == wf.REQUESTED
    click(qtbot, clerk.hand_over_button)
    assert clerk.detail.state == wf.AT_STATE_CORP
    assert [kind for kind, _at in clerk.detail.state_corp_events] == [
        "handed_over", "returned", "requested", "handed_over"]

    def issue(dialog):
        click(qtbot, dialog.representative)
        dialog.recipient_name.clear()
        type_text(dialog.recipient_name, "Қасымов Ғалым")
        type_text(dialog.identity_document, "жеке куәлік № 031234567")
        type_text(dialog.power_of_attorney, "нотариалдық сенімхат № 15, 01.04.2026")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    drive_modal(qtbot, clerk.issue_button.click, issue)
    assert clerk.detail.state == wf.ISSUED and clerk.detail.issued_to == "Қасымов Ғалым"
    # Sign, then hand over, returned, requested again, hand over: each asked first.
    assert len(shown.questions) == 5
    assert shown.warnings == []

    # The book of duplicates for the year lists it.
    book = printables.book_data(staff["clerk"], date(2026, 1, 1), date(2026, 12, 31))
    assert [(r.book_number, r.new_blank_number, r.received_by) for r in book.rows] == [
        ("1/2026", "0000777", "Қасымов Ғалым")]


# --- who sees what --------------------------------------------------------------------------
def test_executor_sees_only_own_cases(qtbot, staff, clock, shown):
    clerk, head = staff["clerk"], staff["head"]
    mine = registration.register(clerk, make_application())
    other = registration.register(clerk, make_application(service="duplicate"))
    steps.assign_executor(head, mine.id, mine.version, staff["executor"].user_id)
    steps.assign_executor(head, other.id, other.version, staff["executor2"].user_id)

    ex = workspace(qtbot, staff["executor"])
    assert [r.id for r in ex.assignments.model.rows()] == [mine.id]
    assert ex.registry.model.rowCount() == 1
    assert ex.registry.model.row_at(0).id == mine.id
    ex.registry.search.setText("ТН")
    ex.registry.apply_filter()
    assert ex.registry.model.rowCount() == 0

    ex2 = workspace(qtbot, staff["executor2"])
    assert [r.id for r in ex2.assignments.model.rows()] == [other.id]
    assert not isinstance(ex, ClerkWorkspace | HeadWorkspace)


def test_admin_has_no_case_workspace(staff):
    with pytest.raises(ValueError):
        build_workspace(staff["admin"])


# --- conflicts ------------------------------------------------------------------------------
def test_stale_version_is_told_and_the_case_reloaded(qtbot, staff, clock, shown):
    case = registration.register(staff["clerk"], make_application())
    head = workspace(qtbot, staff["head"])
    select(head.inbox.view)
    assert head.detail.version == 1 and head.assign_button.isEnabled()

    # Meanwhile the clerk withdraws the application at another desk.
    steps.withdraw(staff["clerk"], case.id, 1, "the applicant changed their mind")

    click(qtbot, head.assign_button)
    assert shown.warnings == [(
        "The case was changed",
        "Someone else has just changed this case. Nothing was saved: the case will be "
        "reloaded, check it and try again.")]
    assert head.detail.version == 2 and head.detail.state == wf.WITHDRAWN
    assert not head.assign_button.isEnabled()
    assert head.inbox.model.rowCount() == 0
    assert current(staff["head"], case.id).executor_id is None


def test_executor_draft_conflict_keeps_nothing_half_saved(qtbot, staff, clock, shown):
    case = registration.register(staff["clerk"], make_application())
    case = steps.assign_executor(staff["head"], case.id, case.version,
                                 staff["executor"].user_id)
    ex = workspace(qtbot, staff["executor"])
    select(ex.assignments.view)
    type_text(ex.kind_editors["certificate"].specialty_code, "06120100")
    # The head re-assigns the case to the same executor meanwhile: the version moves on.
    steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    click(qtbot, ex.save_button)
    assert shown.warnings and shown.warnings[0][0] == "The case was changed"
    assert current(staff["executor"], case.id).draft.specialty_code == ""
    assert ex.detail.version == case.version + 1


def test_bad_transcript_number_names_the_row(qtbot, staff, clock, shown):
    case = registration.register(staff["clerk"], make_application())
    steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    ex = workspace(qtbot, staff["executor"])
    select(ex.assignments.view)
    table = ex.kind_editors["certificate"].transcript
    click(qtbot, table.add_button)
    table.set_cell(0, SUBJECT, "Математика")
    table.set_cell(0, CREDITS, "бес")
    table.set_cell(0, GRADE, "5")
    click(qtbot, ex.save_button)
    assert shown.warnings == [(
        "Check the data",
        "The field \u201cTranscript, row 1\u201d must be a number from 0,01 to 500.")]
    assert ex.dirty_label.text() == "Changes not saved"


def test_withdrawal_asks_first(qtbot, staff, clock, shown):
    case = registration.register(staff["clerk"], make_application())
    clerk = workspace(qtbot, staff["clerk"])
    assert clerk.registry.select_case(case.id)
    shown.answer = QMessageBox.StandardButton.No
    click(qtbot, clerk.withdraw_button)
    assert current(staff["clerk"], case.id).state == wf.REGISTERED
    shown.answer = QMessageBox.StandardButton.Yes
    click(qtbot, clerk.withdraw_button)
    assert current(staff["clerk"], case.id).state == wf.WITHDRAWN


def test_written_grounds_are_not_dropped_unasked(qtbot, staff, clock, shown):
    case = registration.register(staff["clerk"], make_application(service="duplicate"))
    head = workspace(qtbot, staff["head"])
    select(head.inbox.view)

    def write_then_cancel(dialog):
        type_text(dialog.edit, "Мұрағатта мәлімет жоқ")
        shown.answer = QMessageBox.StandardButton.No
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        assert dialog.isVisible() and dialog.value() == "Мұрағатта мәлімет жоқ"
        shown.answer = QMessageBox.StandardButton.Yes
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))

    drive_modal(qtbot, head.hearing.buttons["decide_preliminary"].click, write_then_cancel)
    assert shown.questions == ["The text you wrote will be lost. Close anyway?"] * 2
    assert current(staff["head"], case.id).state == wf.REGISTERED


def test_motivated_refusal_of_a_duplicate_is_printed(qtbot, staff, clock, shown):
    case = registration.register(staff["clerk"], make_application(service="duplicate"))
    case = heard(staff["head"], staff["clerk"], case)
    head = workspace(qtbot, staff["head"])
    head.open_case(case.id)
    assert head.refuse_button.isEnabled() and not head.sign_button.isEnabled()

    def grounds(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.edit.clear()
        assert not ok.isEnabled()  # the motivation is required
        type_text(dialog.edit, "Колледж мұрағатында түпнұсқа туралы мәлімет жоқ")
        click(qtbot, ok)

    drive_modal(qtbot, head.refuse_button.click, grounds)
    refused = current(staff["head"], case.id)
    assert refused.result_kind == "motivated_refusal" and refused.state == wf.READY

    clerk = workspace(qtbot, staff["clerk"])
    assert clerk.registry.select_case(case.id)
    assert clerk.result_button.menu() is None  # a refusal letter has no blank
    click(qtbot, clerk.result_button)
    title, pdf = shown.pdfs[-1]
    assert title == "Result — ТН-2026/00001" and pdf.startswith(b"%PDF")


def test_registry_journal_for_a_period(qtbot, staff, clock, shown):
    registration.register(staff["clerk"], make_application())
    registration.register(staff["clerk"], make_application(service="duplicate"))
    clerk = workspace(qtbot, staff["clerk"])

    def period(dialog):
        assert dialog.date_from.date() == QDate(2026, 3, 1)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    drive_modal(qtbot, clerk.journal_button.click, period)
    assert shown.titles() == ["Registry journal"] and shown.pdfs[0][1].startswith(b"%PDF")
    journal = printables.journal_data(staff["clerk"], date(2026, 3, 1), date(2026, 3, 31))
    assert [r.reg_number for r in journal.rows] == ["АН-2026/00001", "ТН-2026/00001"]


def test_language_switch_changes_every_workspace(qtbot, staff, clock, shown):
    from desktop.ui import i18n

    case = registration.register(staff["clerk"], make_application())
    clerk = workspace(qtbot, staff["clerk"])
    head = workspace(qtbot, staff["head"])
    assert clerk.registry.select_case(case.id)
    i18n.install("ru")
    assert clerk.new_button.text() == "Новое заявление…"
    assert clerk.registry.model.headerData(0, Qt.Orientation.Horizontal) == "Номер"
    assert "Заявитель" in clerk.summary.text.text()
    assert clerk.registry.service.itemText(1) == "Справка (не завершившим обучение)"
    assert head.tabs.tabText(0) == "На назначение (1)"
    i18n.install("kk")
    assert clerk.new_button.text() == "Жаңа өтініш…"
    assert "Өтініш беруші" in clerk.summary.text.text()
    assert head.sign_button.text() == "Қол қою"
    ex = workspace(qtbot, staff["executor"])
    assert ex.save_button.text() == "Жобаны сақтау"
    assert ex.kind_editors["certificate"].labels["course"].text() == "Курс"


def test_preview_opens_the_pdf_dialog(qtbot, staff, clock, monkeypatch):
    from desktop.ui import pdf_view

    opened = []
    monkeypatch.setattr(pdf_view.PdfPreviewDialog, "exec",
                        lambda self: opened.append((self.windowTitle(), self.pdf_bytes)) or 0)
    case = registration.register(staff["clerk"], make_application())
    detail = current(staff["clerk"], case.id)
    assert printing.preview(None, lambda: printing.receipt_pdf(staff["clerk"], detail),
                            printing.file_title("receipt", detail))
    assert opened[0][0] == "Receipt — АН-2026/00001" and opened[0][1].startswith(b"%PDF")
    # Before signing there is no result: the user is told so, nothing is opened.
    infos = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, title, text, *_a: infos.append(text))
    assert not printing.preview(None, lambda: printing.result_pdf(staff["clerk"], case.id),
                                "Result")
    assert infos == ["There is nothing to print for this case yet."] and len(opened) == 1


def test_leaving_an_unsaved_draft_offers_to_save_it(qtbot, staff, clock, shown):
    first = registration.register(staff["clerk"], make_application())
    second = registration.register(staff["clerk"], make_application(service="duplicate"))
    for case in (first, second):
        steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    ex = workspace(qtbot, staff["executor"])
    rows = [r.id for r in ex.assignments.model.rows()]
    select(ex.assignments.view, rows.index(first.id))
    type_text(ex.kind_editors["certificate"].qualification, "Техник-бағдарламашы")
    select(ex.assignments.view, rows.index(second.id))
    assert shown.questions == ["Save the changes to the draft of case АН-2026/00001 first?"]
    assert current(staff["executor"], first.id).draft.qualification == "Техник-бағдарламашы"
    assert ex.detail.id == second.id and ex.dirty_label.text() == ""


def test_refresh_shows_what_other_desks_did(qtbot, staff, clock, shown):
    head = workspace(qtbot, staff["head"])
    assert head.inbox.model.rowCount() == 0
    registration.register(staff["clerk"], make_application())
    click(qtbot, head.refresh_button)
    assert head.inbox.model.rowCount() == 1
    assert head.tabs.tabText(0) == "To assign (1)"


def test_portal_request_counts_from_the_next_working_moment(qtbot, staff, clock, shown):
    clerk = workspace(qtbot, staff["clerk"])

    def portal(dialog):
        dialog.service.setCurrentIndex(dialog.service.findData("duplicate"))
        dialog.channel.setCurrentIndex(dialog.channel.findData("portal"))
        type_text(dialog.external_number, "EGOV-77001")
        click(qtbot, dialog.lost)
        # Submitted on the portal on Saturday afternoon.
        dialog.submitted_at.setDateTime(QDateTime(QDate(2026, 2, 28), QTime(15, 0)))

    def fill(dialog):
        portal(dialog)
        QApplication.processEvents()
        fill_applicant(qtbot, dialog, tick=("e_application",))
        click(qtbot, dialog.register_button)

    drive_modal(qtbot, clerk.new_button.click, fill)
    d = clerk.detail
    assert (d.channel, d.external_number) == ("portal", "EGOV-77001")
    assert d.submitted_at == datetime(2026, 2, 28, 15, 0)
    assert d.accepted_at == datetime(2026, 3, 2, 9, 0)  # Monday, when the office opens


def test_a_service_whose_result_has_no_editor_here_says_so(three_services, qtbot, staff, clock):
    from desktop.ui import i18n

    i18n.install("kk")
    case = registration.register(staff["clerk"], make_application("study_reference"))
    steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    ex = workspace(qtbot, staff["executor"])
    ex.refresh(case.id)
    assert ex.editors.currentWidget() is ex.nothing
    assert ex.nothing.text() == ("Бұл экранда осы қызмет нәтижесінің редакторы жоқ. "
                                 "Әкімшіге хабарласыңыз.")
    assert not ex.save_button.isEnabled()
    # Back to the source language while the third service is still in the catalogue: the
    # widget retranslates its case on the switch.
    i18n.reset()
    # Closed before the third service leaves the catalogue: the widget lives on until Qt
    # deletes it and would otherwise retranslate, in the next test, a case of a service that
    # test's catalogue has not.
    ex.open_case(None)
