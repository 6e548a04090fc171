"""The registry's table model: rows come a page at a time from SQL, sorted and filtered there."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.domain.collation import sort_key
from desktop.domain.iin import make_iin
from desktop.services.cases import queries, registration, steps
from desktop.services.cases.inputs import ApplicantInput
from desktop.services.cases.queries import CaseFilter
from desktop.ui.workspaces import case_models
from desktop.ui.workspaces.case_models import CASE_ROW_ROLE, COLUMN_KEYS, RegistryModel
from desktop.ui.workspaces.registry import RegistryPanel
from support.applications import make_application

SURNAMES = ["Әбілов", "Бекова", "Жұмабаев", "Қасымова", "Нұрланов", "Өмірзақ", "Серікова"]
COLUMN = {key: i for i, key in enumerate(COLUMN_KEYS)}


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(case_models, "PAGE_SIZE", 5)
    monkeypatch.setattr(case_models, "PAGES_KEPT", 3)


@pytest.fixture
def cases(staff, clock):
    """23 cases over two services and three days, each applicant different."""
    made = []
    for n in range(23):
        clock.set(datetime(2026, 3, 2 + n % 3, 10, n))
        birth = date(1990 + n % 10, 1 + n % 12, 1 + n)
        applicant = ApplicantInput(
            iin=make_iin(birth, "F" if n % 2 else "M", n), surname=SURNAMES[n % 7],
            name=f"Айгүл{'ә' * (n // 7)}", birth_date=birth,
        )
        service = "duplicate" if n % 4 == 0 else "certificate"
        channel = "state_corp" if service == "duplicate" and n % 8 == 0 else "office"
        made.append(registration.register(
            staff["clerk"], make_application(service, channel, applicant=applicant)))
    clock.set(datetime(2026, 3, 4, 17, 0))
    return made


def model_for(session) -> RegistryModel:
    return RegistryModel(session, lambda: "kk")


def all_rows(model: RegistryModel):
    return [model.row_at(i) for i in range(model.rowCount())]


def test_rows_are_fetched_a_page_at_a_time(staff, cases, small_pages, qtbot):
    model = model_for(staff["clerk"])
    model.reload()
    assert model.rowCount() == 23
    assert model.queries_run == 0  # counting is all that opening costs
    last = model.index(22, COLUMN["reg_number"])
    expected = queries.list_cases(staff["clerk"], sort="reg_number", descending=True,
                                  offset=0, limit=100)
    assert model.data(last) == expected[22].reg_number
    assert model.queries_run == 1  # only the page holding row 22
    model.data(model.index(21, 0))
    assert model.queries_run == 1  # same page
    assert [r.id for r in all_rows(model)] == [r.id for r in expected]
    model.reload()
    all_rows(model)
    assert model.queries_run == 5  # 23 rows in pages of 5
    assert len(model._pages) == 3  # no more pages kept than PAGES_KEPT


def test_sorting_is_done_by_the_query(staff, cases, small_pages, qtbot):
    model = model_for(staff["clerk"])
    model.reload()
    model.sort(COLUMN["applicant"], Qt.SortOrder.AscendingOrder)
    names = [r.applicant_name for r in all_rows(model)]
    assert names == sorted(names, key=sort_key)
    assert names[0].startswith("Әбілов")  # Kazakh alphabetical order: Ә right after А
    model.sort(COLUMN["accepted_at"], Qt.SortOrder.DescendingOrder)
    moments = [r.accepted_at for r in all_rows(model)]
    assert moments == sorted(moments, reverse=True)
    # The IIN column cannot be sorted in SQL: the order stays as it was.
    model.sort(COLUMN["iin"], Qt.SortOrder.AscendingOrder)
    assert [r.accepted_at for r in all_rows(model)] == moments
    assert model.sort_key == ("accepted_at", True)


def test_filters(staff, cases, small_pages, qtbot):
    model = model_for(staff["clerk"])
    model.set_filter(CaseFilter(service="duplicate"))
    assert model.rowCount() == 6
    assert {r.service for r in all_rows(model)} == {"duplicate"}
    model.set_filter(CaseFilter(channel="state_corp"))
    assert model.rowCount() == 3
    model.set_filter(CaseFilter(text="қасым"))
    assert {r.applicant_name.split()[0] for r in all_rows(model)} == {"Қасымова"}
    assert model.rowCount() == 3
    target = queries.get_case(staff["clerk"], cases[5].id)
    model.set_filter(CaseFilter(text=target.applicant_iin[:8]))
    assert target.id in [r.id for r in all_rows(model)]
    assert all(r.iin.startswith(target.applicant_iin[:8]) for r in all_rows(model))
    model.set_filter(CaseFilter(text=target.reg_number))
    assert [r.id for r in all_rows(model)] == [target.id]
    model.set_filter(CaseFilter(date_from=date(2026, 3, 3), date_to=date(2026, 3, 3)))
    assert {r.accepted_at.date() for r in all_rows(model)} == {date(2026, 3, 3)}
    assert model.rowCount() == 8


def test_deadline_column_is_coloured(staff, cases, clock, qtbot):
    model = model_for(staff["clerk"])
    model.reload()
    due = COLUMN["due_at"]
    by_status = {}
    for i in range(model.rowCount()):
        row = model.data(model.index(i, 0), CASE_ROW_ROLE)
        colour = model.data(model.index(i, due), Qt.ItemDataRole.BackgroundRole).color()
        by_status.setdefault(model.data(model.index(i, due), Qt.ItemDataRole.ToolTipRole),
                             set()).add(colour.name())
        assert model.data(model.index(i, due)) == row.due_at.strftime("%d.%m.%Y %H:%M")
    # At 17:00 on the 4th: the 2nd's and 3rd's certificates are overdue, the 4th's due
    # tomorrow, the duplicates (15 working days) on time.
    assert by_status == {"Overdue": {"#f7c6c6"}, "On time": {"#dcf2dc"}}
    clock.set(datetime(2026, 3, 5, 9, 0))
    model.reload()
    tips = {model.data(model.index(i, due), Qt.ItemDataRole.ToolTipRole)
            for i in range(model.rowCount())}
    assert "Due today" in tips


def test_an_executor_model_holds_only_their_cases(staff, cases, small_pages, qtbot):
    head = staff["head"]
    for case in cases[:3]:
        steps.assign_executor(head, case.id, case.version, staff["executor"].user_id)
    steps.assign_executor(head, cases[3].id, cases[3].version, staff["executor2"].user_id)
    model = model_for(staff["executor"])
    model.reload()
    assert sorted(r.id for r in all_rows(model)) == sorted(c.id for c in cases[:3])
    model.set_filter(CaseFilter(executor_id=staff["executor2"].user_id))
    # A filter only narrows what the access policy lets through: the executor's own
    # restriction cannot be lifted, so asking for another executor's cases finds none.
    assert model.rowCount() == 0


def test_panel_search_box_and_filters(staff, cases, small_pages, qtbot):
    panel = RegistryPanel(staff["clerk"])
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 23
    panel.search.setText("Бекова")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=2000)  # after the typing pause
    panel.search.clear()
    panel.service.setCurrentIndex(panel.service.findData("duplicate"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6, timeout=2000)
    panel.state.setCurrentIndex(panel.state.findData("issued"))
    assert panel.model.rowCount() == 0
    panel.state.setCurrentIndex(0)
    panel.date_from.setDate(QDate(2026, 3, 2))
    panel.date_to.setDate(QDate(2026, 3, 2))
    panel.period.setChecked(True)
    assert {r.accepted_at.date() for r in all_rows(panel.model)} == {date(2026, 3, 2)}
    assert panel.count_label.text().endswith(str(panel.model.rowCount()))
    # Selecting a case in the table reports it; a reload keeps it selected.
    chosen = []
    panel.caseSelected.connect(chosen.append)
    panel.view.selectRow(1)
    picked = chosen[-1]
    assert picked is not None and picked.service == "duplicate"
    panel.reload()
    assert panel.selected().id == picked.id


@pytest.mark.parametrize("role", ["clerk", "head", "executor"])
def test_the_registry_is_read_once_as_a_workspace_opens(staff, cases, role, monkeypatch, qtbot):
    from desktop.ui.workspaces import build_workspace

    counts, pages = [], []
    real_count, real_list = queries.count_cases, queries.list_cases
    monkeypatch.setattr(queries, "count_cases",
                        lambda *a, **k: counts.append(1) or real_count(*a, **k))
    monkeypatch.setattr(queries, "list_cases",
                        lambda *a, **k: pages.append(k.get("sort")) or real_list(*a, **k))
    workspace = build_workspace(staff[role])
    qtbot.addWidget(workspace)
    workspace.show()
    qtbot.waitExposed(workspace)
    # One count and one page of 23 cases (the head's and executor's own short lists are read
    # by their own queries, not by list_cases with the registry's order).
    assert len(counts) == 1
    assert pages.count("reg_number") <= 1
    assert workspace.registry.model.queries_run <= 1


def test_scrolling_reads_each_page_after_its_neighbour(staff, cases, small_pages, monkeypatch,
                                                       qtbot):
    # 23 rows in pages of 5: rows 0-4, 5-9, 10-14, 15-19, 20-22.
    model = model_for(staff["clerk"])
    model.reload()
    expected = [r.id for r in queries.list_cases(staff["clerk"], limit=100)]
    offsets = []
    real = queries.list_cases

    def spy(*args, **kwargs):
        offsets.append(kwargs.get("offset", 0))
        return real(*args, **kwargs)

    monkeypatch.setattr(queries, "list_cases", spy)
    downwards = [model.row_at(i).id for i in range(23)]
    model.reload()
    upwards = [model.row_at(i).id for i in reversed(range(23))][::-1]
    assert downwards == expected
    assert upwards == expected
    # No page was found by skipping rows: each started from its neighbour's edge row or an end.
    assert offsets == [0] * 10
