"""The plain data an archive workbook is read into, and the reading of one person's cells.

Nothing here touches the database: the import use case decides what to store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain.archive import Grade, GroupHeader, looks_like_a_number, split_full_name
from desktop.domain.archive.column_titles import HeaderWords
from desktop.domain.archive.sheet_codes import is_kazakh, split_code_and_name
from desktop.domain.errors import DomainError
from desktop.domain.iin import InvalidIin, parse_iin
from desktop.domain.validation import series_form

# Excel day numbers a date column may hold when its format was lost: 1927..2173.
_SERIAL_DATES = range(10_000, 100_000)
_DATE_TEXT = (re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})"),
              re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"))
_YEAR = re.compile(r"(?:19|20)\d{2}")
_SERIES = re.compile(r"([^\W\d_]+)[\s№-]*(\d[\d\s]*)")
def column_letter(column: int) -> str:
    """1 -> "A", 27 -> "AA": how Excel names a column."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# Longer than the longest Kazakh or Russian full name with a double surname (an applicant's
# own columns take 60 characters each).
MAX_NAME = 200
TEXT_FIELDS = ("number", "group", "study_form", "study_language", "thesis_kk", "thesis_ru",
               "expulsion_order_number", "diploma_series", "diploma_number")


@dataclass(frozen=True)
class Subject:
    index: int
    column: int  # 1-based sheet column of its first sub-column
    name: str  # as written (kk or ru or "kk / ru")
    module: str  # the module heading it sits under ("Кәсіптік модуль 1"), "" if none
    hours: int | None
    credits: float | None


@dataclass(frozen=True)
class ArchiveStudent:
    sheet: str
    row: int
    iin: str
    surname: str
    name: str
    patronymic: str
    birth_date: date | None
    group: str
    specialty_code: str
    specialty_kk: str
    specialty_ru: str
    qualification_code: str
    qualification_kk: str
    qualification_ru: str
    edition: str
    study_form: str
    study_language: str
    year_admitted: int | None
    year_graduated: int | None
    thesis_kk: str
    thesis_ru: str
    expulsion_order_number: str
    expulsion_order_date: date | None
    diploma_series: str
    diploma_number: str
    diploma_date: date | None
    honours: bool
    grades: tuple[tuple[int, Grade], ...]  # (Subject.index, grade) for this student's group
    number: str = ""  # the row's own number ("№"), as written


@dataclass(frozen=True)
class ArchiveGroup:
    sheet: str
    group: str
    header: GroupHeader | None
    subjects: tuple[Subject, ...]


@dataclass(frozen=True)
class RowNote:
    sheet: str
    row: int
    column: str  # Excel letter, "" for the whole row
    code: str  # stable code the UI translates
    value: str  # the offending cell text


@dataclass(frozen=True)
class ColumnMapping:
    layout: str  # "summary" | "table"
    signature: str  # a stable key of the layout (from normalised header texts)
    fields: tuple[tuple[str, int], ...]  # field name -> 1-based column
    header_row: int
    first_row: int  # where the data starts
    sheet: str = ""  # the sheet it was detected on ("" when given for every sheet)


@dataclass
class ParsedArchive:
    layout: str
    mapping: ColumnMapping
    groups: list[ArchiveGroup]
    students: list[ArchiveStudent]
    skipped: list[RowNote]  # rows left out on purpose, with why
    errors: list[RowNote]  # rows/cells that could not be read
    sha256: str  # of the file's bytes
    # Each sheet read, with the layout and columns it was read with (a workbook may mix them).
    sheets: list[ColumnMapping] = field(default_factory=list)


@dataclass
class Notes:
    """Where one sheet's notes go while its rows are read."""

    sheet: str
    skipped: list[RowNote] = field(default_factory=list)
    errors: list[RowNote] = field(default_factory=list)

    def error(self, row: int, column: int | None, code: str, value: object) -> None:
        letter = column_letter(column) if column else ""
        self.errors.append(RowNote(self.sheet, row, letter, code, text(value)))

    def skip(self, row: int, code: str, value: object) -> None:
        self.skipped.append(RowNote(self.sheet, row, "", code, text(value)))


def text(value: object) -> str:
    """A cell as a person reads it: 85.0 -> "85", whitespace collapsed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return " ".join(str(value).split())


def filled(value: object) -> bool:
    """Not blank; the cheap test for every cell of a row (text() is for the few kept)."""
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def cell(values: tuple, column: int | None) -> object:
    if not column or column > len(values):
        return None
    return values[column - 1]


def to_date(value: object) -> date | None:
    """A real Excel date, dd.mm.yyyy or yyyy-mm-dd text, or a bare day number; ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and int(value) in _SERIAL_DATES:
        # Here, not at the top: the data classes above are imported by every workspace (the
        # archive search), which must not pay for loading openpyxl.
        from openpyxl.utils.datetime import from_excel

        return from_excel(value).date()
    written = text(value)
    for pattern in _DATE_TEXT:
        match = pattern.fullmatch(written)
        if match:
            parts = [int(g) for g in match.groups()]
            day, month, year = parts if pattern is _DATE_TEXT[0] else parts[::-1]
            return date(year, month, day)
    raise ValueError(written)


def to_year(value: object) -> int | None:
    """2019, "2019", "2019 ж.", "2019 г."; ValueError otherwise."""
    written = text(value)
    if not written:
        return None
    match = _YEAR.search(written)
    if not match or len(_YEAR.findall(written)) > 1:
        raise ValueError(written)
    return int(match.group())


def iin_text(value: object) -> str:
    """An IIN stored as a number lost its leading zero (born in 2000–2009): put it back."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{int(value):012d}"
    return "".join(text(value).split())


# Fields read by a converter, and the note for a cell it cannot read.
CONVERTED = (
    (("birth_date", "expulsion_order_date", "diploma_date"), to_date, "archive_date_unreadable"),
    (("year_admitted", "year_graduated"), to_year, "archive_year_unreadable"),
)


@dataclass
class Person:
    """The fields of one row that are the same in both layouts, read and checked."""

    values: dict[str, object] = field(default_factory=dict)
    missing_name: bool = False


def read_person(values: tuple, fields: dict[str, int], words: HeaderWords, row: int,
                notes: Notes) -> Person | None:
    """The person on a row, or None (with an error noted) when no name can be read.

    A bad IIN is an error of its cell, but the person is kept with iin "" so that nobody is
    lost for a typing slip; a bad date or year is kept as None the same way.
    """
    person: dict[str, object] = {}
    names = _names(values, fields, row, notes)
    if names is None:
        return None
    person["surname"], person["name"], person["patronymic"] = names

    person["iin"], iin_birth = "", None
    raw_iin = cell(values, fields.get("iin"))
    if text(raw_iin):
        try:
            iin = parse_iin(iin_text(raw_iin))
            person["iin"], iin_birth = iin.value, iin.birth_date
        except InvalidIin:
            notes.error(row, fields["iin"], "archive_iin_invalid", raw_iin)

    for names, convert, code in CONVERTED:
        for name in names:
            raw = cell(values, fields.get(name))
            try:
                person[name] = convert(raw)
            except ValueError:
                notes.error(row, fields[name], code, raw)
                person[name] = None
    if person["birth_date"] is None and iin_birth is not None:
        person["birth_date"] = iin_birth

    for name in TEXT_FIELDS:
        person[name] = text(cell(values, fields.get(name)))
    if "diploma_series" not in fields:
        _split_series(person)
    person["diploma_series"] = series_form(str(person["diploma_series"] or ""))

    honours = cell(values, fields.get("honours"))
    person["honours"] = words.honours(honours)
    if person["honours"] is None:
        notes.error(row, fields["honours"], "archive_honours_unreadable", honours)
        person["honours"] = False

    for kind in ("specialty", "qualification"):
        _code_and_names(person, kind, cell(values, fields.get(kind)), row,
                        fields.get(kind), notes)
    return Person(person)


def _names(values: tuple, fields: dict[str, int], row: int,
           notes: Notes) -> tuple[str, str, str] | None:
    if "full_name" in fields:
        column = fields["full_name"]
        written = text(cell(values, column))
        parts = split_full_name(written)
    else:
        column = fields.get("surname")
        written = text(cell(values, column))
        parts = (written, text(cell(values, fields.get("name"))),
                 text(cell(values, fields.get("patronymic"))))
    if looks_like_a_number(written):
        notes.error(row, column, "archive_name_in_wrong_column", written)
        return None
    full = " ".join(p for p in parts if p)
    if len(full) > MAX_NAME:
        # Longer than any name: another column's text (a thesis topic, a note) read as one.
        notes.error(row, column, "archive_name_in_wrong_column", full[:80] + "…")
        return None
    if not parts[0]:
        notes.error(row, column, "archive_name_missing", written)
        return None
    return parts


def _split_series(person: dict[str, object]) -> None:
    """"ТКБ 0012345" in a lone diploma-number column: the letters are the series."""
    match = _SERIES.fullmatch(str(person["diploma_number"]))
    if match:
        person["diploma_series"] = match.group(1)
        person["diploma_number"] = "".join(match.group(2).split())


def _code_and_names(person: dict[str, object], kind: str, raw: object, row: int,
                    column: int | None, notes: Notes) -> None:
    person[f"{kind}_code"] = person[f"{kind}_kk"] = person[f"{kind}_ru"] = ""
    written = text(raw)
    if not written:
        return
    try:
        code, name = split_code_and_name(written)
    except DomainError as exc:
        notes.error(row, column, exc.code, written)
        code, name = "", written
    person[f"{kind}_code"] = code
    person[f"{kind}_kk" if is_kazakh(name) else f"{kind}_ru"] = name
