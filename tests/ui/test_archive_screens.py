"""The archive on screen: the admin's preview and import, the column choice remembered, the
executor's Fill from the archive with its marks, and the clerk's form filled by IIN."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.services.archive import importing
from desktop.services.cases import registration, steps
from desktop.ui.admin import AdminWorkspace
from desktop.ui.workspaces import archive_dialog, build_workspace
from desktop.ui.workspaces.registration import RegistrationDialog
from desktop.ui.workspaces.transcript_editor import GRADE, SUBJECT
from support.applications import make_application
from support.archive_data import aliya, daulet, parsed
from support.archive_workbooks import mixed_workbook, summary_workbook, table_workbook


@pytest.fixture(autouse=True)
def kazakh(qapp):
    from desktop.ui import i18n

    i18n.install("kk")
    yield
    i18n.install("kk")


@pytest.fixture
def told(monkeypatch):
    """What message boxes said (the import's report is a box of its own)."""
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _p, _t, text, *a, **k: said.append(text)))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a, **k: said.append(text)))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    return said


def _workbook(tmp_path, kind: str) -> Path:
    if kind == "table":
        return table_workbook(tmp_path / "түлектер.xlsx")
    return summary_workbook(tmp_path / "ведомость.xlsx")


def _admin_page(qtbot, staff, monkeypatch, path: Path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    workspace = AdminWorkspace(staff["admin"])
    qtbot.addWidget(workspace)
    workspace.show_page("archive")
    page = workspace.archive
    page.keep_alive = workspace  # the page lives as long as its workspace
    return page


def test_the_admin_previews_then_imports_a_summary_workbook(qtbot, staff, clock, tmp_path,
                                                           monkeypatch, told):
    page = _admin_page(qtbot, staff, monkeypatch, _workbook(tmp_path, "summary"))
    page.choose_button.click()
    # Counted in tests/support/archive_workbooks.py: 6 students, 8 subjects, 21 grades, 7 rows left
    # out, 2 cells not read.
    assert page.preview.summary.text() == (
        "ведомость.xlsx: жиынтық ведомостар, әр топқа бір парақ. Топтар: 2; студенттер: 6; "
        "пәндер: 8; бағалар: 21. Өткізілген жолдар: 7; оқылмаған ұяшықтар: 2.")
    errors = page.preview.errors
    assert [(n.sheet, n.row, n.column) for n in errors.records] == [("3F-1", 9, "S"),
                                                                   ("3F-1", 12, "B")]
    assert errors.data(errors.index(1, 3)) == (
        "аты-жөні тұруға тиіс жерде сан тұр: бағандарды тексеріңіз")
    assert page.history.rowCount() == 0  # nothing stored by the preview

    page.import_button.click()
    assert told[-1] == ("Файл импортталды. Қосылды: 6; жаңартылды: 0; өзгеріссіз: 0. "
                        "Ештеңе жойылған жоқ.")
    assert page.history.rowCount() == 1
    assert not page.import_button.isEnabled()  # the same preview is not imported twice


def test_the_admin_leaves_a_row_out_and_the_import_skips_exactly_it(
        qtbot, staff, clock, tmp_path, monkeypatch, told):
    from desktop.store.models.archive import ArchiveStudent

    page = _admin_page(qtbot, staff, monkeypatch, _workbook(tmp_path, "summary"))
    page.choose_button.click()
    preview = page.preview
    # 3F-1 row 9 is Мамедов Рашид Ильхам оглы (tests/support/archive_workbooks.py).
    [index] = [i for i, s in enumerate(preview.students.records) if s.row == 9]
    preview.student_table.selectRow(index)
    preview.leave_out_button.click()
    assert preview.students.data(preview.students.index(index, 0)) == "шығарылды"
    assert preview.summary.text().endswith("Импорттан сіз шығарған студенттер: 1.")
    page.import_button.click()
    assert told[-1].startswith("Файл импортталды. Қосылды: 5;")
    assert not ArchiveStudent.select().where(ArchiveStudent.surname == "Мамедов").exists()
    assert ArchiveStudent.select().count() == 5


def test_every_row_left_out_leaves_nothing_to_import(qtbot, staff, clock, tmp_path,
                                                      monkeypatch, told):
    page = _admin_page(qtbot, staff, monkeypatch, _workbook(tmp_path, "table"))
    page.choose_button.click()
    page.preview.student_table.selectAll()
    page.preview.leave_out_button.click()
    assert not page.import_button.isEnabled()
    page.preview.take_in_button.click()
    assert page.import_button.isEnabled()


def test_a_mixed_workbook_is_called_so_and_each_sheet_shows_its_columns(
        qtbot, staff, clock, tmp_path, monkeypatch, told):
    path = mixed_workbook(tmp_path / "аралас.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    workspace = AdminWorkspace(staff["admin"])
    qtbot.addWidget(workspace)
    workspace.resize(1326, 640)  # a laptop's room for the workspace
    workspace.show()
    workspace.show_page("archive")
    page = workspace.archive
    page.choose_button.click()
    summary = page.preview.summary.text()
    assert summary.startswith("аралас.xlsx: 2 жиынтық ведомость (әр топқа бір парақ) және "
                              "тақырып жолы бар 1 тізім.")
    editor = page.preview.mapping
    assert [editor.sheet.itemText(i) for i in range(editor.sheet.count())] == [
        "3F-1 — жиынтық ведомость", "3Д — жиынтық ведомость",
        "Түлектер — тақырып жолы бар тізім"]
    page.preview.tabs.setCurrentWidget(editor)
    editor.sheet.setCurrentIndex(2)
    # The list's own columns: the IIN in A, the surname in B (TABLE_HEADERS).
    assert editor.combos["iin"].currentText() == "A"
    assert editor.combos["surname"].currentText() == "B"
    # Its eighteen fields scroll at a laptop's height, each at its own height (not squeezed).
    qtbot.wait(50)
    assert all(c.height() >= c.sizeHint().height() for c in editor.combos.values())
    editor.sheet.setCurrentIndex(0)
    assert "iin" not in editor.combos  # the summary sheet 3F-1 has no IIN column


def test_a_column_the_admin_chose_is_remembered_for_the_layout(qtbot, staff, clock, tmp_path,
                                                              monkeypatch, told):
    page = _admin_page(qtbot, staff, monkeypatch, _workbook(tmp_path, "table"))
    page.choose_button.click()
    assert page.preview.students.records[0].iin == "040315601235"
    combo = page.preview.mapping.combos["iin"]
    combo.setCurrentIndex(combo.findData(0))  # "—": this list's IINs are not to be taken
    page.preview.mapping.apply_button.click()
    assert [s.iin for s in page.preview.students.records] == ["", "", ""]
    page.import_button.click()

    again = _admin_page(qtbot, staff, monkeypatch, _workbook(tmp_path, "table"))
    again.choose_button.click()
    assert [s.iin for s in again.preview.students.records] == ["", "", ""]


def test_a_file_that_is_not_excel_is_explained(qtbot, staff, clock, tmp_path, monkeypatch,
                                               told):
    fake = tmp_path / "тізім.xlsx"
    fake.write_text("Тегі;Аты\nСейітқали;Әлия\n", encoding="utf-8")
    page = _admin_page(qtbot, staff, monkeypatch, fake)
    page.choose_button.click()
    assert told[-1].startswith("Бұл Excel жұмыс кітабы (.xlsx) емес.")
    assert not page.import_button.isEnabled()


def _assigned(staff, **application):
    case = registration.register(staff["clerk"], make_application(**application))
    return steps.assign_executor(staff["head"], case.id, case.version,
                                 staff["executor"].user_id)


def test_the_executor_fills_the_draft_from_the_archive_and_edits_clear_the_marks(
        qtbot, staff, clock, told):
    importing.import_archive(staff["admin"], parsed(aliya(), daulet()), "a.xlsx")
    case = _assigned(staff)  # the applicant's IIN 950815400014 is Сейітқали Әлия's
    ws = build_workspace(staff["executor"])
    qtbot.addWidget(ws)
    ws.show()
    ws.open_case(case.id)
    editor = ws.editor_of(ws.detail)
    ws.archive_button.click()
    assert read_date_text(editor.study_from) == "01.09.2019"
    assert editor.specialty_code.text() == "06130100"
    grid = editor.transcript.table
    assert [grid.item(r, SUBJECT).text() for r in range(3)] == [
        "Информатика", "Дене шынықтыру", "Кәсіптік практика"]
    assert [grid.item(r, GRADE).text() for r in range(3)] == [
        "87 / B+ / 3,33 / 4 (жақсы)", "есептелді", "96 / A / 4 / 5 (өте жақсы)"]
    assert "specialty_code" in editor.from_archive
    assert editor.specialty_code.toolTip().startswith("Мұрағаттан алынды")
    assert ws.dirty_label.text()  # filled, not saved: the executor checks and saves

    editor.specialty_code.setText("06130101")
    assert "specialty_code" not in editor.from_archive
    assert editor.specialty_code.toolTip() == ""
    assert "study_from" in editor.from_archive


def test_with_no_record_of_that_iin_the_executor_chooses_from_the_archive(
        qtbot, staff, clock, told, monkeypatch):
    importing.import_archive(staff["admin"], parsed(daulet()), "a.xlsx")
    case = _assigned(staff)
    ws = build_workspace(staff["executor"])
    qtbot.addWidget(ws)
    ws.show()
    ws.open_case(case.id)
    searched = []

    def choose(dialog):
        searched.append(dialog.text.text())
        dialog.text.setText("Омаров")
        dialog.search()
        dialog.accept()
        return 1

    monkeypatch.setattr(archive_dialog.ArchiveSearchDialog, "exec", choose)
    ws.archive_button.click()
    assert searched == ["Қасымова Әйгерім Ғалымқызы"]  # the applicant's name to start from
    assert ws.editor_of(ws.detail).order_number.text() == "45-с"


def test_the_clerks_form_fills_the_name_from_the_archive_by_iin(qtbot, staff, clock, told):
    importing.import_archive(staff["admin"], parsed(aliya()), "a.xlsx")
    dialog = RegistrationDialog(staff["clerk"])
    qtbot.addWidget(dialog)
    dialog.first_name.setText("Алия")  # typed by the clerk: stays
    dialog.iin.setText("950815400014")
    QApplication.processEvents()
    assert dialog.surname.text() == "Сейітқали"
    assert dialog.first_name.text() == "Алия"
    assert dialog.patronymic.text() == "Бауыржанқызы"
    assert "Колледж мұрағатында: Сейітқали Әлия Бауыржанқызы, топ 3F-1" in (
        dialog.iin_status.text())
    assert read_date_text(dialog.birth_date) == "15.08.1995"


def read_date_text(edit) -> str:
    from desktop.ui.workspaces.common import read_date

    value = read_date(edit)
    return value.strftime("%d.%m.%Y") if isinstance(value, date) else ""


def test_a_person_chosen_in_the_archive_fills_every_name_field(qtbot, staff, clock, told,
                                                              monkeypatch):
    importing.import_archive(staff["admin"], parsed(aliya()), "a.xlsx")
    dialog = RegistrationDialog(staff["clerk"])
    qtbot.addWidget(dialog)
    dialog.surname.setText("Сейіт")  # typed to search: part of a surname, not a name
    dialog.first_name.setText("Ә")

    def choose(search):
        assert search.text.text() == "Сейіт Ә"  # what was typed, to search from
        search.text.setText("Сейітқали")
        search.search()
        search.table.selectRow(0)
        search.accept()
        return 1

    monkeypatch.setattr(archive_dialog.ArchiveSearchDialog, "exec", choose)
    dialog.choose_from_archive()
    assert (dialog.surname.text(), dialog.first_name.text(), dialog.patronymic.text()) == (
        "Сейітқали", "Әлия", "Бауыржанқызы")
    assert dialog.iin.text() == "950815400014"
    assert read_date_text(dialog.birth_date) == "15.08.1995"
