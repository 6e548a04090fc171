"""Tools → Reports: the figures of a period in the user's language, the cases behind a figure,
the report saved as Excel, and who is offered the window."""

from datetime import date, datetime
from itertools import pairwise

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from desktop.services.cases import registration
from desktop.ui import messages
from support.applications import make_application
from support.hearing_road import refuse_after_hearing


@pytest.fixture(autouse=True)
def russian(qapp):
    from desktop.ui import i18n

    i18n.install("ru")
    yield
    i18n.install("kk")


@pytest.fixture
def cases(staff, clock):
    """Monday 2 March 2026: two duplicates at the office (one refused by the head with a
    motivated refusal the same day), one refused at the desk; a certificate."""
    clerk, head = staff["clerk"], staff["head"]
    refused = registration.register(clerk, make_application("duplicate"))
    refuse_after_hearing(head, clerk, refused, "Мұрағатта мәлімет жоқ")
    registration.register(clerk, make_application("duplicate", "state_corp"))
    registration.refuse_acceptance(
        clerk, make_application("duplicate", presented={"application"}))
    registration.register(clerk, make_application("certificate"))
    clock.set(datetime(2026, 3, 31, 12, 0))


def _dialog(qtbot, session):
    from desktop.ui.reports.reports_dialog import ReportsDialog

    dialog = ReportsDialog(session)
    qtbot.addWidget(dialog)
    dialog.date_from.setDate(QDate(2026, 3, 1))
    dialog.date_to.setDate(QDate(2026, 3, 31))
    dialog.stats = None
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.stats is not None and dialog.stats.period.first.month == 3,
                    timeout=10000)
    return dialog


def _values(dialog) -> dict[str, str]:
    table = dialog.table
    return {table.item(r, 0).text().strip(): table.item(r, 1).text()
            for r in range(table.rowCount())}


def test_the_figures_are_shown_in_the_users_language(cases, staff, qtbot):
    dialog = _dialog(qtbot, staff["head"])
    values = _values(dialog)
    # 4 received: 3 at the office (one refused at the desk), 1 at the State Corporation.
    assert values["Всего принято"] == "4"
    assert values["Канцелярия колледжа"] == "3"
    assert values["Результат: мотивированный отказ"] == "1"
    assert values["Результат: документ (подписан)"] == "0"
    assert values["Отказ в приеме документов"] == "1"
    assert "Сроки" in values  # a section's title row
    assert dialog.excel_button.text() == "Сохранить в Excel…"
    assert dialog.chart.months[0].received == 4
    assert not dialog.chart.grab().isNull()  # the bars and the share line paint


def test_a_figure_opens_the_list_of_its_cases(cases, staff, qtbot):
    dialog = _dialog(qtbot, staff["clerk"])
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 0).text().strip() == "Всего принято")
    dialog.table.itemActivated.emit(dialog.table.item(row, 0))
    from desktop.ui.reports.figure_cases import FigureCasesDialog

    qtbot.waitUntil(lambda: dialog.findChild(FigureCasesDialog) is not None, timeout=10000)
    listed = dialog.findChild(FigureCasesDialog)
    assert listed.model.rowCount() == 4
    assert listed.count.text() == "Дел: 4"
    listed.view.selectRow(0)
    assert listed.summary.detail is not None
    listed.close()


def test_the_statistics_are_saved_as_excel(cases, staff, qtbot, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, staff["head"])
    target = tmp_path / "статистика"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    told = []
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: told.append(text))
    saved = dialog.save("xlsx")
    assert saved == tmp_path / "статистика.xlsx"
    sheet = openpyxl.load_workbook(saved)["Статистика"]
    values = {sheet.cell(r, 2).value: sheet.cell(r, 3).value for r in range(2, sheet.max_row + 1)}
    assert values["Всего принято"] == 4
    assert told and str(saved) in told[0]


def test_the_journal_is_saved_as_pdf(cases, staff, qtbot, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, staff["clerk"])
    dialog.report.setCurrentIndex(dialog.report.findData("journal"))
    target = tmp_path / "journal.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(messages, "show_info", lambda *a: None)
    assert dialog.save("pdf") == target
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("role, offered", [("clerk", True), ("head", True),
                                           ("executor", False), ("admin", False)])
def test_reports_are_offered_to_the_clerk_and_the_head(staff, qtbot, role, offered):
    from PySide6.QtWidgets import QLabel

    from desktop.ui.main_window import MainWindow

    window = MainWindow(staff[role], "/data/kense.sqlite3",
                        workspace_factory=lambda s, p: QLabel("", p))
    qtbot.addWidget(window)
    assert window.reports_action.isVisible() is offered
    assert window.reports_action.text() == "Отчёты…"


def test_an_empty_period_draws_no_bars(staff, clock, qtbot):
    dialog = _dialog(qtbot, staff["head"])
    assert _values(dialog)["Всего принято"] == "0"
    assert [m.month for m in dialog.chart.months] == [date(2026, 3, 1)]
    dialog.chart.grab()  # paints without data


@pytest.mark.parametrize(("months", "width"), [(12, 520), (24, 520), (3, 900), (24, 1200)])
def test_the_chart_labels_every_month_and_keeps_its_bars_off_the_edges(qtbot, months, width):
    from desktop.domain.report_figures import MonthLine
    from desktop.ui.reports.chart import MonthChart

    chart = MonthChart()
    qtbot.addWidget(chart)
    chart.resize(width, 300)
    first = date(2025, 1, 1)
    chart.set_months(tuple(
        MonthLine(date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1,
                       1), 10, 8, 8, 6) for i in range(months)))
    plot = chart.plot_area()
    labels = chart.labels(plot, chart.fontMetrics().height())
    month_boxes = [(box, text) for box, text in labels if len(text) != 4]
    assert len(month_boxes) == months  # every month, not every other
    metrics = chart.fontMetrics()
    for (box, text), (after, _text) in pairwise(month_boxes):
        assert box.right() <= after.left() + 0.01  # side by side, no overlap
        assert metrics.horizontalAdvance(text) <= box.width()  # the text fits its month
    years = [text for _box, text in labels if len(text) == 4]
    assert years in ([], sorted({str(first.year + i // 12) for i in range(months)}))
    bars = chart.bars(plot, 10)
    # At least 8 px of white between the plot's edges and the first and last bars.
    assert bars[0][0].left() >= plot.left() + 8
    assert bars[-1][1].right() <= plot.right() - 8
    chart.grab()  # and it paints


def test_beside_the_late_results_the_cases_still_in_work_past_their_due_date(cases, staff,
                                                                           qtbot, monkeypatch):
    from desktop.ui.reports.figure_cases import FigureCasesDialog

    dialog = _dialog(qtbot, staff["head"])
    values = _values(dialog)
    # On 31 March, still registered: the certificate (due 03.03.2026) and the duplicate from
    # the State Corporation (due 18.03.2026); the refused two are done.
    assert values["В работе с истёкшим сроком, сейчас"] == "2"
    labels = [dialog.table.item(r, 0).text().strip() for r in range(dialog.table.rowCount())]
    assert labels.index("В работе с истёкшим сроком, сейчас") == (
        labels.index("С нарушением срока") + 1)
    opened = []
    monkeypatch.setattr(FigureCasesDialog, "open", lambda d: opened.append(d))
    row = labels.index("В работе с истёкшим сроком, сейчас")
    dialog.table.itemActivated.emit(dialog.table.item(row, 1))
    [shown] = opened
    assert shown.windowTitle() == "В работе с истёкшим сроком"
