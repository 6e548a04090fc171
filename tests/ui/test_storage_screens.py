"""A result at the State Corporation: the clerk sees when its month of storage ends and may mark
it returned only then."""

from datetime import date, datetime

from desktop.domain import workflow as wf
from desktop.services.cases import content, queries, registration, steps
from desktop.services.cases.inputs import DuplicateDraft
from support.applications import make_application
from support.blank_stock import stock_once
from support.ui_driving import click, workspace


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
