"""What the user reads about the archive's files: why a file cannot be read, why a row was left
out, what a cell's problem is; and the names of the archive's fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.code_names import field_name

translate = QCoreApplication.translate


def archive_error(code: str, params: dict) -> str | None:
    """Sentences about a whole file; None if the code is not the archive's."""
    texts = {
        "archive_not_excel": lambda: translate(
            "archive",
            "This is not an Excel workbook (.xlsx). Open it in Excel and save it as "
            "“Excel Workbook (*.xlsx)”, then choose that file."),
        "archive_encrypted": lambda: translate(
            "archive",
            "The workbook is protected with a password. Open it in Excel, remove the password "
            "(File → Info → Protect Workbook) and save it, then choose it again."),
        "archive_damaged": lambda: translate(
            "archive",
            "The workbook is damaged and cannot be read. Open it in Excel; if Excel repairs it, "
            "save the repaired copy and choose that."),
        "archive_empty": lambda: translate(
            "archive", "No student was found in the file. Check that it is a summary grade "
                       "sheet or a list with a header row."),
        "archive_layout_unknown": lambda: translate(
            "archive",
            "No sheet of the workbook has column titles Kense recognises. Use the template "
            "(Admin → Archive → Save the template) or a summary grade sheet."),
        "archive_unreadable_file": lambda: translate(
            "archive", "The file cannot be opened: it may be open in another program or on a "
                       "removed disk. Close it and try again."),
        # Raised for one cell while a file is read; the preview lists them by sheet and row.
        "archive_grade_unreadable": lambda: translate(
            "archive", "The grade “{value}” cannot be read, or its columns contradict each "
                       "other.").format(value=params.get("value", "")),
        "archive_hours_unreadable": lambda: translate(
            "archive", "“{value}” is not hours and credits (write like 72с-3к).").format(
            value=params.get("value", "")),
        "archive_code_unknown": lambda: translate(
            "archive", "“{value}” is not a code of a specialty or a qualification.").format(
            value=params.get("value", "")),
        "archive_code_mismatch": lambda: translate(
            "archive", "The specialty and qualification codes of the sheet's header do not "
                       "fit together."),
        "archive_student_missing": lambda: translate(
            "archive", "This student is no longer in the archive."),
    }
    make = texts.get(code)
    return make() if make else None


def note_text(code: str) -> str:
    """Why a row was left out, or what is wrong with a cell."""
    texts = {
        "archive_row_signature": lambda: translate(
            "archive", "signature row (director, deputy, curator)"),
        "archive_row_blank": lambda: translate("archive", "empty row"),
        "archive_row_heading": lambda: translate("archive", "heading row"),
        "archive_iin_invalid": lambda: translate(
            "archive", "the IIN is not valid: the person is imported without it"),
        "archive_grade_unreadable": lambda: translate("archive", "the grade cannot be read"),
        "archive_hours_unreadable": lambda: translate(
            "archive", "the hours and credits cannot be read (write like 72с-3к)"),
        "archive_name_missing": lambda: translate("archive", "there is no name in the row"),
        "archive_name_in_wrong_column": lambda: translate(
            "archive", "a number stands where the name should be: check the columns"),
        "archive_date_unreadable": lambda: translate(
            "archive", "the date cannot be read (write dd.mm.yyyy)"),
        "archive_code_unknown": lambda: translate(
            "archive", "the specialty or qualification code is not of a known classifier"),
        "archive_year_unreadable": lambda: translate("archive", "the year cannot be read"),
        "archive_code_mismatch": lambda: translate(
            "archive", "the specialty and qualification codes of the header do not fit together"),
        "archive_honours_unreadable": lambda: translate(
            "archive", "“with honours” cannot be read (write yes or no)"),
    }
    make = texts.get(code)
    return make() if make else translate("archive", "cannot be read ({code})").format(code=code)


def field_title(name: str) -> str:
    """The name of a column of the archive's lists, as the mapping editor shows it: the
    field's own name where the application or the draft has the same field."""
    titles = {
        "number": lambda: translate("archive", "No."),
        "full_name": lambda: translate("archive", "Full name"),
        "name": lambda: translate("archive", "Name"),
        "group": lambda: translate("archive", "Group"),
        "group_name": lambda: translate("archive", "Group"),
        "specialty": lambda: translate("archive", "Specialty"),
        "qualification_code": lambda: translate("archive", "Qualification code"),
        "year_admitted": lambda: translate("archive", "Year admitted"),
        "year_graduated": lambda: translate("archive", "Year graduated"),
        "thesis_kk": lambda: translate("archive", "Thesis topic (kk)"),
        "thesis_ru": lambda: translate("archive", "Thesis topic (ru)"),
        "expulsion_order_number": lambda: translate("archive", "Expulsion order No."),
        "expulsion_order_date": lambda: translate("archive", "Expulsion order date"),
        "diploma_series": lambda: translate("archive", "Diploma series"),
        "diploma_number": lambda: translate("archive", "Diploma No."),
        "diploma_date": lambda: translate("archive", "Diploma date"),
    }
    make = titles.get(name)
    return make() if make else field_name(name)
