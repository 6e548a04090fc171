"""Reading the fixture workbooks (tests/support/archive_workbooks.py, whose docstring lists
every cell these tests expect)."""

import hashlib
from dataclasses import replace
from datetime import date

import openpyxl
import pytest

from desktop.domain.archive import Grade, GroupHeader
from desktop.services.archive.reading import RowNote, Subject, detect_mapping, read_archive
from support.archive_workbooks import (
    TABLE_HEADERS,
    TABLE_ROWS,
    corrected_summary_workbook,
    summary_workbook,
    table_workbook,
)

pytestmark = pytest.mark.usefixtures("both_readers")


@pytest.fixture
def summary(tmp_path):
    return read_archive(summary_workbook(tmp_path / "summary.xlsx"))


@pytest.fixture
def table(tmp_path):
    return read_archive(table_workbook(tmp_path / "table.xlsx"))


def _student(parsed, sheet, row):
    return next(s for s in parsed.students if (s.sheet, s.row) == (sheet, row))


def test_a_summary_workbook_is_read_as_one_group_per_sheet(summary):
    assert summary.layout == "summary"
    assert [(g.sheet, g.group) for g in summary.groups] == [("3F-1", "3F-1"), ("3Д", "3Д")]
    assert [(s.sheet, s.row) for s in summary.students] == [
        ("3F-1", 7), ("3F-1", 8), ("3F-1", 9), ("3F-1", 11), ("3Д", 5), ("3Д", 6)]


def test_the_merged_bilingual_header_names_the_groups_specialty(summary):
    assert summary.groups[0].header == GroupHeader(
        "06130100", "Бағдарламалық қамтамасыз ету", "Программное обеспечение", "4S06130105",
        "Ақпараттық жүйелердің техник-бағдарламашысы",
        "Техник-программист информационных систем", "2018")
    first = summary.students[0]
    assert (first.specialty_code, first.qualification_code, first.edition) == (
        "06130100", "4S06130105", "2018")


def test_subjects_carry_their_module_hours_and_credits(summary):
    assert summary.groups[0].subjects == (
        Subject(1, 3, "Информатика", "", 72, 3.0),
        Subject(2, 7, "Қазақ тілі / Казахский язык", "", 72, 3.0),
        Subject(3, 11, "Дене тәрбиесі", "", 48, 2.0),
        Subject(4, 15, "ОН 1.1", "Базалық модуль 1", 36, 1.5),
        Subject(5, 19, "Бағдарламалау негіздері", "Кәсіптік модуль 1", 120, 5.0),
    )


def test_the_second_students_points_give_letter_numeric_and_traditional(summary):
    grades = dict(_student(summary, "3F-1", 8).grades)
    assert grades[1] == Grade(87, "B+", 3.33, "4", "87")  # Информатика: 85–89 is B+
    assert grades[2] == Grade(70, "C+", 2.33, "3", "70 / C+ / 2,33 / 3")  # all written as text
    assert grades[4] == Grade(64, "C-", 1.67, "3", "64")  # "64" stored as text


def test_grade_words_become_pass_and_exempt(summary):
    assert dict(_student(summary, "3F-1", 7).grades)[3].traditional == "pass"  # сынақ
    assert dict(_student(summary, "3F-1", 8).grades)[3].traditional == "pass"  # зачтено
    assert dict(_student(summary, "3F-1", 9).grades)[3].traditional == "exempt"  # босатылды


def test_sub_columns_in_another_order_are_read_by_their_titles(summary):
    # ОН 1.1 is titled б п трад цэ; the first student has 78 B- 2.67 4 there.
    assert dict(_student(summary, "3F-1", 7).grades)[4] == Grade(78, "B-", 2.67, "4",
                                                                "78 / B- / 2.67 / 4")


def test_a_contradicting_grade_is_an_error_of_its_cell_and_the_student_stays(summary):
    assert RowNote("3F-1", 9, "S", "archive_grade_unreadable", "85 / A") in summary.errors
    assert [i for i, _ in _student(summary, "3F-1", 9).grades] == [1, 2, 3]


def test_signature_and_blank_rows_are_skipped_with_the_reason(summary):
    assert [(n.sheet, n.row, n.code) for n in summary.skipped] == [
        ("3F-1", 10, "archive_row_blank"), ("3F-1", 13, "archive_row_blank"),
        ("3F-1", 14, "archive_row_signature"), ("3F-1", 15, "archive_row_signature"),
        ("3F-1", 16, "archive_row_signature"),
        ("3Д", 7, "archive_row_blank"), ("3Д", 8, "archive_row_signature")]


def test_a_number_in_the_name_column_is_an_error_not_a_student(summary):
    assert RowNote("3F-1", 12, "B", "archive_name_in_wrong_column", "123456789012") in (
        summary.errors)
    assert len(summary.errors) == 2


def test_the_tail_columns_give_thesis_years_and_diploma(summary):
    first = _student(summary, "3F-1", 7)
    assert (first.thesis_kk, first.thesis_ru) == ("Колледжге арналған веб-қосымша",
                                                  "Веб-приложение для колледжа")
    assert (first.year_admitted, first.year_graduated) == (2019, 2023)
    assert (first.diploma_series, first.diploma_number) == ("ТКБ", "0012345")
    assert _student(summary, "3F-1", 11).year_admitted == 2019  # written "2019 ж."


def test_a_name_without_patronymic_and_with_double_spaces(summary):
    fourth = _student(summary, "3F-1", 11)
    assert (fourth.surname, fourth.name, fourth.patronymic) == ("Нұрланова", "Гүлназ", "")
    mamedov = _student(summary, "3F-1", 9)
    assert mamedov.patronymic == "Ильхам оглы"


def test_an_older_edition_sheet_with_only_traditional_grades(summary):
    group = summary.groups[1]
    assert group.header.edition == "2011"
    assert [(s.name, s.hours, s.credits) for s in group.subjects] == [
        ("Математика", 120, None), ("Физика", 72, 3.0), ("Информатика", 80, 4.0)]
    assert [g.traditional for _, g in _student(summary, "3Д", 5).grades] == ["5", "4", "5"]
    assert [g.traditional for _, g in _student(summary, "3Д", 6).grades] == ["3", "pass", "4"]
    assert _student(summary, "3Д", 5).specialty_ru == (
        "Вычислительная техника и программное обеспечение")


def test_the_files_hash_is_of_its_bytes(tmp_path):
    path = summary_workbook(tmp_path / "summary.xlsx")
    assert read_archive(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_corrected_file_differs_in_exactly_three_rows(tmp_path):
    first = read_archive(summary_workbook(tmp_path / "v1.xlsx"))
    second = read_archive(corrected_summary_workbook(tmp_path / "v2.xlsx"))
    changed = [(a.sheet, a.row) for a, b in zip(first.students, second.students, strict=True)
               if a != b]
    assert changed == [("3F-1", 7), ("3F-1", 8), ("3Д", 6)]
    assert _student(second, "3F-1", 7).diploma_number == "0012355"
    assert dict(_student(second, "3F-1", 8).grades)[1] == Grade(91, "A-", 3.67, "5", "91")
    assert _student(second, "3Д", 6).surname == "Абдуллаева"


def test_a_plain_table_is_read_by_its_bilingual_headers(table):
    assert table.layout == "table"
    assert [s.row for s in table.students] == [2, 3, 4]
    first = table.students[0]
    assert (first.iin, first.surname, first.name, first.patronymic) == (
        "040315601235", "Сейітқали", "Әлия", "Бауыржанқызы")
    assert (first.specialty_code, first.specialty_kk, first.qualification_code,
            first.qualification_ru, first.edition) == (
        "06130100", "Бағдарламалық қамтамасыз ету", "4S06130105", "Техник-программист", "2018")
    assert (first.diploma_series, first.diploma_number, first.diploma_date, first.honours) == (
        "ТКБ", "0012345", date(2023, 6, 30), True)


def test_dates_and_years_written_as_text_are_read(table):
    second = table.students[1]
    assert second.birth_date == date(2003, 11, 2)
    assert (second.expulsion_order_number, second.expulsion_order_date) == (
        "45-к", date(2021, 1, 15))
    assert (second.year_admitted, second.year_graduated) == (2019, 2023)


def test_a_bad_iin_is_an_error_but_the_person_is_kept_without_it(table):
    assert RowNote("Түлектер", 4, "A", "archive_iin_invalid", "040315601236") in table.errors
    third = table.students[2]
    assert (third.iin, third.surname, third.edition, third.honours) == (
        "", "Нұрланова", "2011", False)


def test_an_iin_in_the_surname_column_and_a_blank_row(table):
    assert RowNote("Түлектер", 6, "B", "archive_name_in_wrong_column", "990708303107") in (
        table.errors)
    assert [(n.row, n.code) for n in table.skipped] == [(5, "archive_row_blank")]


def test_an_iin_stored_as_a_number_gets_its_leading_zero_back(tmp_path):
    row = (40315601235, "Сейітқали", "Әлия", *(None,) * 15)
    parsed = read_archive(table_workbook(tmp_path / "t.xlsx", rows=[row]))
    assert parsed.students[0].iin == "040315601235"
    assert parsed.students[0].birth_date == date(2004, 3, 15)  # from the IIN: no date column


def test_headers_in_any_order_and_in_one_language(tmp_path):
    headers = ("Фамилия", "ИИН", "Имя", "Группа")
    rows = [("Иванов", "031102500451", "Сергей", "3F-1")]
    parsed = read_archive(table_workbook(tmp_path / "t.xlsx", rows=rows, headers=headers))
    student = parsed.students[0]
    assert (student.surname, student.iin, student.name, student.group) == (
        "Иванов", "031102500451", "Сергей", "3F-1")


def test_a_mapping_fixed_by_the_admin_is_used_for_its_layout(tmp_path):
    headers = ("Жеке нөмір", *TABLE_HEADERS[1:])  # a title Kense does not know
    path = table_workbook(tmp_path / "t.xlsx", rows=TABLE_ROWS[:1], headers=headers)
    detected = detect_mapping(path)
    assert "iin" not in dict(detected.fields)
    fixed = replace(detected, fields=(*detected.fields, ("iin", 1)))
    assert read_archive(path, fixed).students[0].iin == "040315601235"
    assert read_archive(path).students[0].iin == ""


def test_learning_outcomes_sit_under_their_module_and_its_group(tmp_path):
    # Rows 1-3: "Базалық модульдер" over C:F, "БМ 1" over C:F, outcomes "ОН 1.1" (C:D) and
    # "ОН 1.2" (E:F); row 4 hours; row 5 sub-titles "п", "трад" twice; the name title A1:A5.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2B"
    ws["A1"] = "Аты-жөні"
    ws.merge_cells("A1:A5")
    ws["C1"], ws["C2"], ws["C3"], ws["E3"] = "Базалық модульдер", "БМ 1", "ОН 1.1", "ОН 1.2"
    ws.merge_cells("C1:F1")
    ws.merge_cells("C2:F2")
    ws["C4"], ws["E4"] = "24с-1к", "24с-1к"
    for column, title in zip("CDEF", ("п", "трад", "п", "трад"), strict=True):
        ws[f"{column}5"] = title
    ws.append(["Әбенов Ерлан", None, 91, 5, 74, 3])
    wb.save(tmp_path / "outcomes.xlsx")
    parsed = read_archive(tmp_path / "outcomes.xlsx")
    assert parsed.groups[0].subjects == (
        Subject(1, 3, "ОН 1.1", "Базалық модульдер / БМ 1", 24, 1.0),
        Subject(2, 5, "ОН 1.2", "Базалық модульдер / БМ 1", 24, 1.0))
    assert parsed.students[0].grades == ((1, Grade(91, "A-", 3.67, "5", "91 / 5")),
                                         (2, Grade(74, "C+", 2.33, "3", "74 / 3")))


def test_unreadable_dates_years_honours_and_codes_cost_only_their_cells(tmp_path):
    headers = ("Тегі", "Аты", "Туған күні", "Түскен жылы", "Үздік", "Мамандық")
    rows = [("Иванов", "Сергей", "31.02.2004", "2019-2020", "мүмкін", "061301 - Бағдарлама")]
    parsed = read_archive(table_workbook(tmp_path / "t.xlsx", rows=rows, headers=headers))
    assert [(n.column, n.code, n.value) for n in parsed.errors] == [
        ("C", "archive_date_unreadable", "31.02.2004"),  # no 31 February
        ("D", "archive_year_unreadable", "2019-2020"),  # two years: which one?
        ("E", "archive_honours_unreadable", "мүмкін"),
        ("F", "archive_code_unknown", "061301 - Бағдарлама"),  # six digits: neither edition
    ]
    student = parsed.students[0]
    assert (student.surname, student.birth_date, student.year_admitted, student.honours) == (
        "Иванов", None, None, False)


def _small_summary(path, header: str, hours: tuple[str, str]):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1A"
    ws["A1"] = header
    ws["A2"], ws["B2"], ws["C2"] = "Аты-жөні", "Химия", "Физика"
    ws["B3"], ws["C3"] = hours
    ws["B4"], ws["C4"] = "трад", "трад"
    ws.append(["Қасымова Дана", 5, 4])
    wb.save(path)
    return path


def test_unreadable_hours_are_an_error_of_their_cell_and_the_subject_stays(tmp_path):
    # The row is still told to be the hours row: half of its cells read as hours.
    parsed = read_archive(_small_summary(tmp_path / "s.xlsx", "", ("48с-2к", "жетпіс екі")))
    assert parsed.groups[0].subjects == (Subject(1, 2, "Химия", "", 48, 2.0),
                                         Subject(2, 3, "Физика", "", None, None))
    assert parsed.errors == [RowNote("1A", 3, "C", "archive_hours_unreadable", "жетпіс екі")]


def test_header_codes_that_do_not_fit_are_an_error_and_the_group_has_no_header(tmp_path):
    header = "Мамандық: 06130100 - Бағдарламалық қамтамасыз ету\nБіліктілік: 1304043 - Техник"
    parsed = read_archive(_small_summary(tmp_path / "s.xlsx", header, ("48с-2к", "72с-3к")))
    assert parsed.groups[0].header is None
    # A note's value is the cell's text with its whitespace collapsed.
    assert parsed.errors == [RowNote("1A", 1, "A", "archive_code_mismatch",
                                     header.replace("\n", " "))]
    assert parsed.students[0].specialty_code == ""


def test_the_officers_lines_under_a_list_are_left_out_in_either_language(tmp_path):
    headers = ("Тегі / Фамилия", "Аты / Имя", "Топ / Группа")
    rows = [("Иванов", "Сергей", "3F-1"),
            ("Директоров", "Алмас", "3F-1"),  # a surname like a title: a student
            ("Директордың оқу ісі жөніндегі орынбасары ______ Г. Т. Омарова", None, None),
            ("Заместитель директора по учебной работе ______ Г. Т. Омарова", None, None)]
    parsed = read_archive(table_workbook(tmp_path / "t.xlsx", rows=rows, headers=headers))
    assert [s.surname for s in parsed.students] == ["Иванов", "Директоров"]
    assert [(n.row, n.code) for n in parsed.skipped] == [(4, "archive_row_signature"),
                                                         (5, "archive_row_signature")]
