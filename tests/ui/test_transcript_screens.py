"""The executor's transcript: a grid with the free height that takes an Excel paste, and the
subjects of an earlier certificate of the same specialty."""

from datetime import date

from PySide6.QtWidgets import QApplication, QScrollArea

from desktop.services.cases import content, registration, steps
from support.applications import make_application
from support.cases import coded_certificate_draft
from support.ui_driving import click, select, type_text, workspace


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
                                         coded_certificate_draft(2), date(2026, 3, 2))
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
