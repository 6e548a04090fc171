"""Admin → Blanks, and the clerk's "the blank was spoiled" when printing a duplicate."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
)

from desktop.services.blanks import stock as blanks
from desktop.services.cases import queries
from desktop.store.models.blanks import Blank
from desktop.ui import i18n
from desktop.ui.admin import blanks_page
from desktop.ui.admin.blanks_page import BatchDialog, BlanksPage
from desktop.ui.workspaces import build_workspace
from support.blank_stock import duplicate_draft as _draft
from support.blank_stock import receive, signed


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.fixture
def page(qtbot, staff, clock, shown):
    i18n.install("kk")
    widget = BlanksPage(staff["admin"])
    qtbot.addWidget(widget)
    return widget


def _batch_dialog_filling(monkeypatch, series, first, last, seen):
    """BatchDialog.exec as the admin would work it: fill the fields, press OK once."""
    def run(dialog: BatchDialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("diploma"))
        dialog.series.setText(series)
        dialog.first.setText(first)
        dialog.last.setText(last)
        dialog.document.setText("Жүкқұжат № 12")
        dialog.save()
        seen.append(dialog.result())
        return dialog.result()

    monkeypatch.setattr(BatchDialog, "exec", run)


def test_the_admin_records_a_batch_and_sees_it_in_stock(page, monkeypatch):
    seen = []
    _batch_dialog_filling(monkeypatch, "ТКБ-Д", "0000001", "0000020", seen)
    page.add_batch()
    assert seen == [QDialog.DialogCode.Accepted]
    stock = page.stock_model.records
    assert [(r.series, r.in_stock, r.next_number) for r in stock] == [("ТКБ-Д", 20, "0000001")]
    assert page.batch_model.records[0].count == 20
    assert len(page.blank_model.records) == 20


def test_an_overlapping_batch_is_refused_in_kazakh_and_the_dialog_stays_open(
        page, staff, monkeypatch, shown):
    receive(staff["admin"], first="0000001", last="0000020")
    seen = []
    _batch_dialog_filling(monkeypatch, "ТКБ-Д", "0000015", "0000030", seen)
    page.add_batch()
    assert seen == [0]  # not accepted: the admin can correct the numbers
    [(_title, text)] = shown.warnings
    assert "ТКБ-Д сериясында 0000001–0000020 бланкілері бұрыннан бар" in text
    assert Blank.select().count() == 20


def test_the_batch_is_confirmed_with_its_count_and_a_no_records_nothing(page, monkeypatch,
                                                                        shown):
    seen = []
    _batch_dialog_filling(monkeypatch, "ТКБ-Д", "0000098", "0000102", seen)
    shown.answer = QMessageBox.StandardButton.No
    page.add_batch()
    # 98, 99, 100, 101, 102: five blanks, asked before anything is written.
    assert shown.questions == ["«диплом» бланкілері тіркелсін бе: сериясы ТКБ-Д, нөмірлері "
                               "0000098–0000102, барлығы 5 дана?"]
    assert seen == [0] and Blank.select().count() == 0


def test_the_batch_dialog_says_what_the_numbers_typed_make(qtbot, staff, clock):
    i18n.install("ru")
    dialog = BatchDialog(staff["admin"], ("diploma", "appendix"))
    qtbot.addWidget(dialog)
    dialog.series.setText("ТКБ")
    dialog.first.setText("0000001")
    dialog.last.setText("0000020")
    assert dialog.summary.text() == "ТКБ 0000001–0000020: всего бланков 20"
    # Each field is wide enough for what is typed into it.
    dialog.document.setText("Накладная № 12 от 27.02.2026")
    dialog.show()
    for edit in (dialog.series, dialog.first, dialog.last, dialog.document):
        assert edit.fontMetrics().horizontalAdvance(edit.text()) < edit.contentsRect().width()


def test_the_admin_corrects_and_cancels_a_batch_typed_wrong(page, staff, monkeypatch, shown):
    receive(staff["admin"], first="0000001", last="0000020")
    page.refresh()
    page.batch_table.selectRow(0)
    prefilled = []

    def run(dialog: BatchDialog):
        prefilled.append((dialog.series.text(), dialog.first.text(), dialog.last.text()))
        dialog.last.setText("0000010")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(BatchDialog, "exec", run)
    page.correct_batch()
    assert prefilled == [("ТКБ-Д", "0000001", "0000020")]
    assert [(r.first, r.last, r.count) for r in page.batch_model.records] == [
        ("0000001", "0000010", 10)]
    page.batch_table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Қате тіркелді", True))
    page.cancel_batch()
    assert page.batch_model.records == [] and page.stock_model.records == []


def test_the_admin_marks_the_chosen_blank_lost(page, staff, monkeypatch):
    receive(staff["admin"], first="0000001", last="0000003")
    page.refresh()
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda _p, _t, label, *a, **k: asked.append(label)
                        or ("Сейфте табылмады", True))
    page.blank_table.selectRow(1)
    page.mark_lost()
    assert asked == ["ТКБ-Д № 0000002 бланкісі неге жоғалды?"]
    states = {r.number: r.state for r in page.blank_model.records}
    assert states == {"0000001": "in_stock", "0000002": "lost", "0000003": "in_stock"}
    assert page.stock_model.records[0].lost == 1


def test_the_admin_prints_the_write_off_act_and_saves_the_stock_report(
        page, staff, clock, monkeypatch, shown, tmp_path):
    from desktop.services.blanks import usage

    receive(staff["admin"], first="0000777", last="0000780")
    case = signed(staff, _draft())
    usage.spoil_and_replace(staff["clerk"], case.id, "Қағаз кептелді")
    page.reports.date_from.setDate(date(2026, 3, 1))
    page.reports.date_to.setDate(date(2026, 3, 31))
    page.reports.print_act()
    [(title, pdf)] = shown.pdfs
    assert title == "Бүлінген бланкілерді есептен шығару актісі"
    assert "0000777" in _text(pdf) and "Қағаз кептелді" in _text(pdf)
    target = tmp_path / "қалдық"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Excel"))
    page.reports.save_xlsx()
    import openpyxl

    sheet = openpyxl.load_workbook(tmp_path / "қалдық.xlsx").active
    # The batch came on 27 February, before the period: opening 4, received 0;
    # used 1 (0000778), spoiled 1 (0000777), closing 2.
    assert [c.value for c in sheet[5]] == ["Диплом бланкісі", "ТКБ-Д", 4, 0, 1, 1, 0, 2]


def test_the_clerk_records_a_spoiled_blank_and_prints_on_the_next(
        qtbot, staff, clock, monkeypatch, shown):
    i18n.install("kk")
    receive(staff["admin"], first="0000777", last="0000780")
    case = signed(staff, _draft())
    clerk = build_workspace(staff["clerk"])
    qtbot.addWidget(clerk)
    clerk.refresh(case.id)
    assert clerk.result_button.menu() is clerk.result_menu
    assert clerk.result_spoiled in clerk.result_menu.actions()
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: ("Принтер қағазды қисық алды", True))
    clerk.result_spoiled.trigger()
    [(_title, text)] = shown.infos
    assert "ТКБ-Д 0000777" in text and "ТКБ-Д 0000778" in text
    # Printed again at once, on the new blank: its file names the blank; the paper does not
    # print the number the blank carries pre-printed.
    reprint = shown.pdfs[-1][1]
    assert "0000778" in PdfReader(io.BytesIO(reprint)).metadata.title
    assert "0000778" not in _text(reprint)
    assert queries.get_case(staff["clerk"], case.id).verification_code == \
        clerk.detail.verification_code
    spoiled = Blank.get((Blank.series == "ТКБ-Д") & (Blank.number == 777))
    assert (spoiled.state, spoiled.reason) == ("spoiled", "Принтер қағазды қисық алды")


def test_a_cancelled_spoil_changes_nothing(qtbot, staff, clock, monkeypatch, shown):
    receive(staff["admin"], first="0000777", last="0000780")
    case = signed(staff, _draft())
    clerk = build_workspace(staff["clerk"])
    qtbot.addWidget(clerk)
    clerk.refresh(case.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    clerk.result_spoiled.trigger()
    assert shown.pdfs == [] and shown.infos == []
    assert [b.state for b in blanks.blanks(staff["admin"])][:2] == ["used", "in_stock"]


def test_the_admin_workspace_lists_the_blanks_page(qtbot, staff, clock):
    from desktop.ui.admin import PAGES, AdminWorkspace

    assert "blanks" in PAGES
    admin = AdminWorkspace(staff["admin"])
    qtbot.addWidget(admin)
    admin.show_page("blanks")
    assert isinstance(admin.currentWidget(), blanks_page.BlanksPage)
    _ = datetime  # the clock fixture fixes "today" for the page's period


def test_the_head_prints_the_stock_report_and_the_clerk_is_refused(qtbot, staff, clock, shown):
    from desktop.ui.blank_reports_panel import BlankReportsDialog

    i18n.install("ru")
    receive(staff["admin"], first="0000777", last="0000780")
    head = BlankReportsDialog(staff["head"])
    qtbot.addWidget(head)
    # The stock now, as Admin → Blanks shows it, and a way to close the window.
    model = head.stock_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Вид бланка", "Серия", "В наличии"]
    assert [model.data(model.index(0, c)) for c in range(3)] == ["диплом", "ТКБ-Д", "4"]
    assert head.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    head.panel.print_report()
    [(title, pdf)] = shown.pdfs
    assert title == "Отчёт об остатках бланков"
    # 4 received on 27 February, before March: 4 at the start and at the end.
    assert "ТКБ-Д 4 0 0 0 0 4" in _text(pdf)
    clerk = BlankReportsDialog(staff["clerk"])  # the services refuse the stock and the report
    qtbot.addWidget(clerk)
    assert clerk.stock_model.rowCount() == 0 and len(shown.warnings) == 1
    clerk.panel.print_report()
    assert len(shown.pdfs) == 1 and len(shown.warnings) == 2


def test_the_executors_editor_says_which_blank_the_signing_would_take(qtbot, staff, clock):
    from desktop.services.cases import registration, steps
    from support.applications import make_application

    i18n.install("ru")
    receive(staff["admin"], first="0000777", last="0000780")
    case = registration.register(staff["clerk"], make_application("duplicate"))
    steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    executor = build_workspace(staff["executor"])
    qtbot.addWidget(executor)
    executor.assignments.view.selectRow(0)
    editor = executor.kind_editors["duplicate"]
    assert editor.new_blank_number.placeholderText() == \
        "пусто: при подписании — следующий в наличии (ТКБ-Д 0000777)"
    # Before any save, the hint follows the kind of document and the series being typed.
    receive(staff["admin"], series="ТКБ-П", first="0000100", last="0000109", kind="appendix")
    editor.document_kind.setCurrentIndex(editor.document_kind.findData("appendix"))
    assert editor.new_blank_number.placeholderText() == \
        "пусто: при подписании — следующий в наличии (ТКБ-П 0000100)"
    receive(staff["admin"], series="ТКБ-П2", first="0000050", last="0000059", kind="appendix")
    editor.new_blank_series.setText("ТКБ-П2")
    assert editor.new_blank_number.placeholderText() == \
        "пусто: при подписании — следующий в наличии (ТКБ-П2 0000050)"


def test_the_verify_dialog_says_a_spoiled_blanks_code_is_not_in_force(qtbot, staff, clock):
    from desktop.services.blanks import usage
    from desktop.ui.verify_dialog import VerifyDialog

    i18n.install("kk")
    receive(staff["admin"], first="0000777", last="0000780")
    case = signed(staff, _draft())
    old_code = queries.get_case(staff["clerk"], case.id).verification_code
    usage.spoil_and_replace(staff["clerk"], case.id, "Қате басылды")
    dialog = VerifyDialog(staff["clerk"])
    qtbot.addWidget(dialog)
    dialog.code.setText(old_code)
    dialog.check()
    text = dialog.result.text()
    assert text.startswith("Күшінде емес")
    assert "Бүлінген бланкі: ТКБ-Д 0000777; күшіндегі құжат ТКБ-Д 0000778 бланкісінде" in text


def test_the_case_names_every_blank_its_result_was_printed_on(qtbot, staff, clock):
    from desktop.services.blanks import usage
    from desktop.ui.workspaces.case_view import CaseSummary

    receive(staff["admin"], first="0000777", last="0000780")
    case = signed(staff, _draft())
    usage.spoil_and_replace(staff["clerk"], case.id, "Қағаз кептелді")
    detail = queries.get_case(staff["clerk"], case.id)
    # The signing took 0000777, the lowest in stock; spoiled, it was replaced by 0000778.
    assert [(label, state) for label, state, _at in detail.blanks] == [
        ("ТКБ-Д 0000777", "spoiled"), ("ТКБ-Д 0000778", "used")]
    i18n.install("kk")
    summary = CaseSummary(lambda: "kk")
    qtbot.addWidget(summary)
    summary.show_case(detail)
    text = summary.text.text()
    assert "Бүлінген бланк" in text and "ТКБ-Д 0000777" in text
    assert "Басылған бланк" in text and "ТКБ-Д 0000778" in text
