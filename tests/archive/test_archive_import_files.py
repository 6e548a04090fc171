"""The college's own workbooks, read and imported end to end: the preview the admin sees, the
first import, a corrected file, and a list with IINs joining the summary sheets' students.
The figures are counted from the workbooks' docstring (tests/support/archive_workbooks.py)."""

import pytest

from desktop.services.archive import importing
from desktop.services.archive.finding import ArchiveQuery, archive_record, search_archive
from desktop.store.models.archive import ArchiveGrade, ArchiveSpelling, ArchiveStudent
from support.archive_workbooks import corrected_summary_workbook, summary_workbook, table_workbook


@pytest.fixture
def summary(tmp_path):
    return summary_workbook(tmp_path / "ведомость.xlsx")


def _import(session, path):
    parsed = importing.preview_archive(session, path)
    return importing.import_archive(session, parsed, path.name)


def test_the_preview_stores_nothing(staff, clock, summary):
    parsed = importing.preview_archive(staff["admin"], summary)
    # 3F-1: rows 7, 8, 9, 11; 3Д: rows 5, 6.
    assert len(parsed.students) == 6
    assert len(parsed.errors) == 2  # S9 (85 with "A"), B12 (an IIN as the name)
    assert len(parsed.skipped) == 7  # 3F-1 rows 10, 13, 14, 15, 16; 3Д rows 7, 8
    assert ArchiveStudent.select().count() == 0


def test_a_summary_workbook_is_imported_with_its_grades(staff, clock, summary):
    report = _import(staff["admin"], summary)
    assert (report.added, report.updated, report.unchanged, report.errors) == (6, 0, 0, 2)
    # Grades: Сейітқали 5, Иванов 5, Мамедов 3 (nothing in ОН 1.1, S9 unreadable),
    # Нұрланова 2; Петров 3, Абдулаева 3.
    assert ArchiveGrade.select().count() == 21
    ivanov = ArchiveStudent.get(ArchiveStudent.surname == "Иванов")
    assert (ivanov.group_name, ivanov.year_admitted, ivanov.year_graduated) == (
        "3F-1", 2019, 2023)
    assert (ivanov.diploma_series, ivanov.diploma_number) == ("ТКБ", "0012346")
    assert (ivanov.specialty_code, ivanov.qualification_code, ivanov.edition) == (
        "06130100", "4S06130105", "2018")
    petrov = ArchiveStudent.get(ArchiveStudent.surname == "Петров")
    assert (petrov.specialty_code, petrov.qualification_code) == ("1304000", "1304043")
    physics = ArchiveGrade.get((ArchiveGrade.student == petrov.id)
                               & (ArchiveGrade.subject == "Физика"))
    assert (physics.traditional, physics.hours, physics.credits) == ("4", 72, 3.0)


def test_a_corrected_file_updates_the_three_rows_and_adds_no_one(staff, clock, tmp_path,
                                                                 summary):
    _import(staff["admin"], summary)
    report = _import(staff["admin"], corrected_summary_workbook(tmp_path / "түзетілген.xlsx"))
    assert (report.added, report.updated, report.unchanged) == (0, 3, 3)
    changed = {c.full_name: c.values for c in report.changes}
    # The grade as the cell writes it: points only, the letter and the rest read from them.
    assert changed["Иванов Сергей Петрович"] == (("grade:Информатика", "87", "91"),)
    assert changed["Сейітқали Әлия Бауыржанқызы"] == (
        ("diploma_number", "0012345", "0012355"),)
    assert changed["Абдуллаева Зарина"] == (("surname", "Абдулаева", "Абдуллаева"),)
    assert ArchiveStudent.select().count() == 6
    informatics = ArchiveGrade.get((ArchiveGrade.subject == "Информатика")
                                   & (ArchiveGrade.student == ArchiveStudent.get(
                                       ArchiveStudent.surname == "Иванов").id))
    assert (informatics.points, informatics.letter, informatics.traditional) == (91, "A-", "5")
    # Her first spelling still finds her.
    found = search_archive(staff["clerk"], ArchiveQuery(text="Абдулаева"))
    assert [r.full_name for r in found] == ["Абдуллаева Зарина"]


def test_a_list_with_iins_joins_the_students_of_the_summary_sheets(staff, clock, tmp_path,
                                                                   summary):
    _import(staff["admin"], summary)
    report = _import(staff["admin"], table_workbook(tmp_path / "түлектер.xlsx"))
    # Сейітқали is known by her diploma ТКБ 0012345 (row 2); Иванов has no diploma in the
    # list but the same group and name (row 3); Нұрланова is of group 3Д in the list, 3F-1 in
    # the sheets: a new student.
    assert (report.added, report.updated) == (1, 2)
    aliya = ArchiveStudent.get(ArchiveStudent.iin == "040315601235")
    record = archive_record(staff["clerk"], aliya.id)
    assert len(record.grades) == 5  # from the summary sheet
    assert record.row.birth_date.isoformat() == "2004-03-15"
    assert ArchiveSpelling.select().where(ArchiveSpelling.student == aliya.id).count() == 1


def test_text_far_longer_than_a_name_is_shown_as_an_error_not_stored(staff, clock, tmp_path):
    from support.archive_workbooks import TABLE_ROWS

    essay = "Колледжге арналған веб-қосымшаны әзірлеу және енгізу " * 10  # 540 characters
    rows = ((*TABLE_ROWS[0][:1], essay, *TABLE_ROWS[0][2:]), *TABLE_ROWS[1:])
    path = table_workbook(tmp_path / "тізім.xlsx", rows=rows)
    parsed = importing.preview_archive(staff["admin"], path)
    # Row 2's "surname" is the essay: an error at B2; Иванов and Нұрланова remain.
    assert [s.surname for s in parsed.students] == ["Иванов", "Нұрланова"]
    # B6 holds an IIN in the fixture already; B2 is the essay.
    assert sorted((n.row, n.column) for n in parsed.errors
                  if n.code == "archive_name_in_wrong_column") == [(2, "B"), (6, "B")]
    assert importing.import_archive(staff["admin"], parsed, path.name).added == 2
