"""Reading the college's archive workbooks (.xlsx) into plain checked data: no database, no UI.

Two layouts (see archive_layouts): the summary grade sheet, one sheet per group (the sheet's
name is the group), and a plain table with a header row. Each sheet is detected on its own, so
a workbook may mix them; the layout reported is the first sheet's, and `sheets` holds each
sheet's.

Rows left out on purpose (signatures, blank rows inside the data) are `skipped`; cells that
cannot be read are `errors`, each naming sheet, row and column. A person is kept whenever a name
can be read: a bad IIN, date or year costs only that cell (it is reported and left empty).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from desktop.domain.archive import grade_from_cells, parse_group_header
from desktop.domain.archive.column_titles import HeaderWords, load_header_words
from desktop.domain.errors import DomainError
from desktop.services.archive.layouts import SummaryShape, code_edition, detect_sheet, summary_shape
from desktop.services.archive.opening import (
    ArchiveFileError,
    open_workbook,
    read_bytes,
)
from desktop.services.archive.sheet_rows import (
    ArchiveGroup,
    ArchiveStudent,
    ColumnMapping,
    Notes,
    ParsedArchive,
    RowNote,
    Subject,
    cell,
    filled,
    read_person,
    text,
)

__all__ = [
    "ArchiveFileError", "ArchiveGroup", "ArchiveStudent", "ColumnMapping", "ParsedArchive",
    "RowNote", "Subject", "detect_mapping", "read_archive",
]


def detect_mapping(path: Path) -> ColumnMapping:
    """The layout of the first sheet whose header Kense recognises."""
    data = read_bytes(path)
    name = Path(path).name
    workbook = open_workbook(data, name)
    try:
        words = load_header_words()
        for sheet in workbook.names:
            mapping = detect_sheet(workbook.rows(sheet, name), words, sheet)
            if mapping is not None:
                return mapping
    finally:
        workbook.close()
    raise ArchiveFileError("archive_layout_unknown",
                           f"{name}: no sheet has a header Kense recognises", name=name)


def read_archive(path: Path, mapping: ColumnMapping | None = None) -> ParsedArchive:
    """Every student of the workbook, with what was skipped and what could not be read.

    A `mapping` (as detect_mapping gave it, perhaps corrected by the admin) is used on every
    sheet whose header has the same signature, and on sheets with no recognised header when it
    is a table mapping; other sheets are detected afresh.
    """
    data = read_bytes(path)
    name = Path(path).name
    workbook = open_workbook(data, name)
    words = load_header_words()
    parsed = ParsedArchive("", mapping or ColumnMapping("", "", (), 0, 0), [], [], [], [],
                           hashlib.sha256(data).hexdigest())
    try:
        for sheet in workbook.names:
            rows = workbook.rows(sheet, name)
            used = _mapping_for(rows, words, sheet, mapping)
            if used is None:
                continue
            if not parsed.layout:
                parsed.layout, parsed.mapping = used.layout, mapping or used
            parsed.sheets.append(used)
            notes = Notes(sheet)
            if used.layout == "summary":
                _read_summary(rows, used, words, notes, parsed)
            else:
                _read_table(rows, used, words, notes, parsed)
            parsed.skipped.extend(notes.skipped)
            parsed.errors.extend(notes.errors)
    finally:
        workbook.close()
    if not parsed.students:
        raise ArchiveFileError("archive_empty", f"{name}: no student found", name=name)
    return parsed


def _mapping_for(rows: list[tuple], words: HeaderWords, sheet: str,
                 given: ColumnMapping | None) -> ColumnMapping | None:
    detected = detect_sheet(rows, words, sheet)
    if given is None:
        return detected
    if detected is not None and detected.signature == given.signature:
        return replace(given, sheet=sheet)
    if detected is None and given.layout == "table":
        return replace(given, sheet=sheet)
    return detected


def _group_header(rows: list[tuple], mapping: ColumnMapping, notes: Notes):
    """The first cell above the data naming a specialty or qualification."""
    for r, values in enumerate(rows[:mapping.first_row - 1], 1):
        for column, value in enumerate(values, 1):
            if not isinstance(value, str):
                continue
            try:
                header = parse_group_header(value)
            except DomainError as exc:
                notes.error(r, column, exc.code, value)
                return None
            if header is not None:
                return header
    return None


def _read_summary(rows: list[tuple], mapping: ColumnMapping, words: HeaderWords, notes: Notes,
                  parsed: ParsedArchive) -> None:
    header = _group_header(rows, mapping, notes)
    shape = summary_shape(rows, mapping, words, notes)
    group = notes.sheet.strip()
    parsed.groups.append(ArchiveGroup(notes.sheet, group, header, shape.subjects))
    fields = dict(mapping.fields)
    for r, values, person in _people(rows, mapping, fields, words, notes):
        grades = _grades(values, shape, r, notes)
        found = person.values
        if header is not None:
            found.update(specialty_code=header.specialty_code, specialty_kk=header.specialty_kk,
                         specialty_ru=header.specialty_ru,
                         qualification_code=header.qualification_code,
                         qualification_kk=header.qualification_kk,
                         qualification_ru=header.qualification_ru)
        found["group"] = found["group"] or group
        parsed.students.append(_student(notes.sheet, r, found, header.edition if header else "",
                                        grades))


def _read_table(rows: list[tuple], mapping: ColumnMapping, words: HeaderWords, notes: Notes,
                parsed: ParsedArchive) -> None:
    fields = dict(mapping.fields)
    groups = {g.group for g in parsed.groups}
    for r, _values, person in _people(rows, mapping, fields, words, notes):
        found = person.values
        edition = code_edition(found["specialty_code"] or found["qualification_code"])
        parsed.students.append(_student(notes.sheet, r, found, edition, ()))
        if found["group"] and found["group"] not in groups:
            groups.add(found["group"])
            parsed.groups.append(ArchiveGroup(notes.sheet, found["group"], None, ()))


def _people(rows: list[tuple], mapping: ColumnMapping, fields: dict[str, int],
            words: HeaderWords, notes: Notes):
    """(row number, values, person) of each row that holds a person; the others are noted."""
    blanks: list[int] = []
    for r in range(mapping.first_row, len(rows) + 1):
        values = rows[r - 1]
        written = [v for v in values if filled(v)]
        if not written or (len(written) == 1 and written[0] == cell(values, fields.get("number"))
                           and not _name_cell(values, fields)):
            blanks.append(r)
            continue
        for blank in blanks:
            notes.skip(blank, "archive_row_blank", "")
        blanks = []
        signed = next((v for v in written[:3] if words.is_signature(v)), None)
        if signed is not None:
            notes.skip(r, "archive_row_signature", signed)
            continue
        person = read_person(values, fields, words, r, notes)
        if person is not None:
            yield r, values, person


def _name_cell(values: tuple, fields: dict[str, int]) -> str:
    return text(cell(values, fields.get("full_name") or fields.get("surname")))


def _grades(values: tuple, shape: SummaryShape, row: int, notes: Notes):
    grades = []
    for index, columns in shape.columns:
        cells = {"points": None, "letter": None, "numeric": None, "traditional": None}
        for kind, column in columns:
            value = cell(values, column)
            if filled(value):
                cells[kind] = value
        if not any(v is not None for v in cells.values()):
            continue
        try:
            grades.append((index, grade_from_cells(**cells)))
        except DomainError as exc:
            notes.error(row, columns[0][1], exc.code, " / ".join(
                text(v) for v in cells.values() if v is not None))
    return tuple(grades)


def _student(sheet: str, row: int, found: dict[str, object], edition: str,
             grades: tuple) -> ArchiveStudent:
    return ArchiveStudent(sheet=sheet, row=row, edition=edition, grades=grades, **found)
