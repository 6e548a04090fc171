"""Any case in any list opens: a row chosen, a row already highlighted clicked again after
another tab showed its own case, a row of the desk times."""

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.services.cases import registration
from support.applications import make_application
from support.ui_driving import workspace


def _click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _two_cases(staff, clock):
    """Registered Monday 2 March 10:00 (begun at the desk ten minutes before), the head's
    assignment is due Tuesday 3 March 10:00: at noon on Tuesday it is overdue. Registered
    Tuesday at noon, due Wednesday 4 March at noon: within the end of the next working day
    (Wednesday)."""
    late = registration.register(
        staff["clerk"], make_application(started_at=datetime(2026, 3, 2, 9, 50)))
    clock.set(datetime(2026, 3, 3, 12, 0))
    soon = registration.register(
        staff["clerk"], make_application(started_at=datetime(2026, 3, 3, 11, 50)))
    return late, soon


def test_the_highlighted_due_soon_case_opens_after_another_tab(qtbot, staff, clock):
    late, soon = _two_cases(staff, clock)
    head = workspace(qtbot, staff["head"])
    head.tabs.setCurrentIndex(2)  # Deadlines
    assert [r.id for r in head.overdue.model.rows()] == [late.id]
    assert [r.id for r in head.nearly_due.model.rows()] == [soon.id]
    _click_row(qtbot, head.nearly_due.view, 0)
    assert head.detail.id == soon.id
    head.tabs.setCurrentWidget(head.inbox)
    _click_row(qtbot, head.inbox.view, 0)
    head.tabs.setCurrentIndex(2)  # Deadlines
    assert head.detail.id == soon.id  # the case highlighted on the tab is the one shown
    head.tabs.setCurrentWidget(head.inbox)
    head.tabs.setCurrentIndex(2)  # Deadlines
    _click_row(qtbot, head.nearly_due.view, 0)  # already highlighted: clicked, it opens
    assert head.detail.id == soon.id
    _click_row(qtbot, head.overdue.view, 0)
    assert head.detail.id == late.id
    assert head.nearly_due.selected() is None  # one case highlighted on the tab at a time


def test_a_desk_time_row_opens_its_case(qtbot, staff, clock):
    late, soon = _two_cases(staff, clock)
    head = workspace(qtbot, staff["head"])
    head.tabs.setCurrentIndex(2)  # Deadlines
    numbers = [t.reg_number for t in head.desk_times.times]
    assert sorted(numbers) == sorted([late.reg_number, soon.reg_number])
    row = numbers.index(late.reg_number)
    table = head.desk_times.table
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, 0)).center())
    assert head.detail.id == late.id
