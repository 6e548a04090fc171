"""Bringing the college's Excel archive in: preview a file, then import what was previewed.

An import adds new students and updates known ones; it never deletes a student, a grade or a
value (an empty cell in a corrected file leaves the stored value as it was), and a changed name
keeps its older spelling findable. One file is one transaction, audited with the file's name and
SHA-256. A student is recognised as the same person by, in this order: the IIN; the diploma's
series and number; the group and the name as written.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from pathlib import Path

from desktop.domain.collation import sort_key
from desktop.domain.dates import format_date
from desktop.domain.errors import DomainError
from desktop.domain.iin import masked
from desktop.domain.name_search import search_key
from desktop.locations import resources_dir
from desktop.services.accounts.names import full_names, name_of
from desktop.services.accounts.session import Session, acting_user
from desktop.services.archive import sheet_rows as reader
from desktop.services.records import audit
from desktop.services.reference import now
from desktop.store.bulk import insert_row, insert_rows
from desktop.store.connection import write_transaction
from desktop.store.models.archive import (
    ArchiveGrade,
    ArchiveImport,
    ArchiveSpelling,
    ArchiveStudent,
)
from desktop.store.settings import read_setting, write_setting

IMPORTERS = ("admin",)
MAPPING_KEY = "archive_mapping:"
# Values of a student row an import compares and updates (the reader's names = the table's).
STUDENT_FIELDS = (
    "iin", "surname", "name", "patronymic", "birth_date", "specialty_code", "specialty_kk",
    "specialty_ru", "qualification_code", "qualification_kk", "qualification_ru", "edition",
    "study_form", "study_language", "year_admitted", "year_graduated", "thesis_kk",
    "thesis_ru", "expulsion_order_number", "expulsion_order_date", "diploma_series",
    "diploma_number", "diploma_date", "honours",
)
GRADE_FIELDS = ("hours", "credits", "points", "letter", "numeric", "traditional", "text")
GRADE_COLUMNS = ("position", "subject", "module", *GRADE_FIELDS)


@dataclass(frozen=True)
class StudentChange:
    """What a re-import changed of one student: (field, before, after) for each value."""

    full_name: str
    sheet: str
    row: int
    values: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class ImportReport:
    import_id: int
    added: int
    updated: int
    unchanged: int
    errors: int
    changes: list[StudentChange] = field(default_factory=list)


def _full_name(s) -> str:
    return " ".join(p for p in (s.surname, s.name, s.patronymic) if p)


def _same_name(full: str) -> str:
    """Names that are the same person's in one group: equal but for case and spaces. (The
    search's looser key would take Анна for Ана.)"""
    return " ".join(full.split()).casefold()


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, date):  # as the office writes a date: dd.mm.yyyy
        return format_date(value)
    return str(value)


def remembered_mapping(signature: str) -> reader.ColumnMapping | None:
    """The column mapping the admin confirmed the last time a file of this layout came in."""
    text = read_setting(MAPPING_KEY + signature)
    if not text:
        return None
    try:
        data = json.loads(text)
        return reader.ColumnMapping(
            layout=data["layout"], signature=signature,
            fields=tuple((str(name), int(col)) for name, col in data["fields"]),
            header_row=int(data["header_row"]), first_row=int(data["first_row"]),
            sheet=str(data.get("sheet", "")),
        )
    except (ValueError, KeyError, TypeError):
        # A setting changed by hand into nonsense: detect the columns afresh instead.
        return None


def _remember(mapping: reader.ColumnMapping) -> None:
    write_setting(MAPPING_KEY + mapping.signature, json.dumps({
        "layout": mapping.layout, "fields": [list(f) for f in mapping.fields],
        "header_row": mapping.header_row, "first_row": mapping.first_row,
        "sheet": mapping.sheet,
    }))


def template_path() -> Path:
    """The bilingual list the college can fill by hand (resources/archive/template.xlsx)."""
    return resources_dir() / "archive" / "template.xlsx"


def preview_archive(session: Session, path: Path,
                    mapping: reader.ColumnMapping | None = None) -> reader.ParsedArchive:
    """Read a file without writing anything: with the mapping given, else the one remembered
    for its layout, else the one detected."""
    # The Excel libraries load with the first file read, not with the admin's window.
    from desktop.services.archive import reading

    acting_user(session, *IMPORTERS)
    if mapping is None:
        detected = reading.detect_mapping(path)
        mapping = remembered_mapping(detected.signature) or detected
    return reading.read_archive(path, mapping)


class _Index:
    """The stored students a file's rows may be: loaded once per import, kept in step."""

    def __init__(self) -> None:
        self.by_iin: dict[str, int] = {}
        self.by_diploma: dict[tuple[str, str], int] = {}
        self.by_group_name: dict[tuple[str, str], int] = {}
        query = ArchiveStudent.select(
            ArchiveStudent.id, ArchiveStudent.iin, ArchiveStudent.diploma_series,
            ArchiveStudent.diploma_number, ArchiveStudent.group_name,
        ).tuples()
        for sid, iin, series, number, group in query:
            self.add(sid, iin, series, number, group, ())
        spellings = ArchiveSpelling.select(
            ArchiveSpelling.student, ArchiveSpelling.full_name, ArchiveStudent.group_name,
        ).join(ArchiveStudent).tuples()
        for sid, full, group in spellings:
            self.by_group_name[(group, _same_name(full))] = sid

    def add(self, sid, iin, series, number, group, name_keys) -> None:
        if iin:
            self.by_iin[iin] = sid
        if number:
            self.by_diploma[(series.casefold(), number.casefold())] = sid
        for key in name_keys:
            self.by_group_name[(group, key)] = sid

    def find(self, s) -> int | None:
        if s.iin and s.iin in self.by_iin:
            return self.by_iin[s.iin]
        if s.diploma_number:
            found = self.by_diploma.get((s.diploma_series.casefold(), s.diploma_number.casefold()))
            if found:
                return found
        return self.by_group_name.get((s.group, _same_name(_full_name(s))))


def _values_of(s) -> dict:
    values = {name: getattr(s, name) for name in STUDENT_FIELDS}
    values["group_name"] = s.group
    values["sort_name"] = sort_key(_full_name(s))
    return values


def _insert_student(s, import_id: int, at: datetime) -> int:
    sid = insert_row(ArchiveStudent, {
        **_values_of(s), "last_import": import_id, "sheet": s.sheet, "row": s.row,
        "created_at": at, "updated_at": at,
    })
    full = _full_name(s)
    insert_row(ArchiveSpelling, {"student": sid, "full_name": full,
                                 "search_name": search_key(full), "sort_name": sort_key(full)})
    return sid


def _update_student(sid: int, s, import_id: int, at: datetime) -> tuple[tuple[str, str, str], ...]:
    """Write the file's non-empty values that differ; an empty cell deletes nothing."""
    row = ArchiveStudent.get_by_id(sid)
    changed = []
    updates = {}
    for name, value in _values_of(s).items():
        if value in ("", None) or (name == "honours" and not value):
            continue
        before = getattr(row, name)
        if before != value:
            updates[name] = value
            if name != "sort_name":  # follows the name, which is reported
                changed.append((name, _shown(before), _shown(value)))
    ArchiveStudent.update(
        **updates, last_import=import_id, sheet=s.sheet, row=s.row,
        **({"updated_at": at} if updates else {}),
    ).where(ArchiveStudent.id == sid).execute()
    return tuple(changed)


def _add_spelling(sid: int, s) -> bool:
    full = _full_name(s)
    key = search_key(full)
    exists = ArchiveSpelling.select().where(
        (ArchiveSpelling.student == sid) & (ArchiveSpelling.full_name == full)).exists()
    if not exists:
        ArchiveSpelling.insert(student=sid, full_name=full, search_name=key,
                               sort_name=sort_key(full)).execute()
    return not exists


def _grade_rows(parsed: reader.ParsedArchive, s) -> dict[tuple[str, str], dict]:
    group = next((g for g in parsed.groups if g.sheet == s.sheet), None)
    if group is None:
        return {}
    subjects = {subject.index: subject for subject in group.subjects}
    rows = {}
    for index, grade in s.grades:
        subject = subjects[index]
        rows[(subject.module, subject.name)] = {
            "position": index, "subject": subject.name, "module": subject.module,
            "hours": subject.hours, "credits": subject.credits, "points": grade.points,
            "letter": grade.letter, "numeric": grade.numeric,
            "traditional": grade.traditional, "text": grade.text,
        }
    return rows


def _merge_grades(sid: int, wanted: dict[tuple[str, str], dict], is_new: bool
                  ) -> list[tuple[str, str, str]]:
    """Insert the subjects the student had not, update the grades that differ; return what
    changed as (subject, before, after) for the report."""
    existing = {} if is_new else {
        (g.module, g.subject): g for g in ArchiveGrade.select().where(ArchiveGrade.student == sid)
    }
    changed, new_rows = [], []
    for key, values in wanted.items():
        old = existing.get(key)
        if old is None:
            new_rows.append([sid, *(values[c] for c in GRADE_COLUMNS)])
            if not is_new:
                changed.append((values["subject"], "", values["text"]))
            continue
        updates = {k: values[k] for k in GRADE_FIELDS
                   if values[k] not in ("", None) and getattr(old, k) != values[k]}
        if updates:
            ArchiveGrade.update(**updates).where(ArchiveGrade.id == old.id).execute()
            changed.append((values["subject"], old.text, values["text"]))
    insert_rows(ArchiveGrade, ("student", *GRADE_COLUMNS), new_rows)
    return changed


def _logged(value: tuple) -> list:
    """A change as the audit log keeps it: an IIN only masked (the log holds no IIN; the
    archive's row holds the number)."""
    field, before, after = value
    if field == "iin":
        return [field, masked(before), masked(after)]
    return [field, before, after]


def import_archive(session: Session, parsed: reader.ParsedArchive, file_name: str,
                   leave_out: Collection[tuple[str, int]] = ()) -> ImportReport:
    """Store what the preview showed, in one transaction; remember the layout's mapping.
    The students of the rows in `leave_out` (sheet, row), which the admin took out of the
    preview, are not stored."""
    acting_user(session, *IMPORTERS)
    left_out = set(leave_out)
    students = [s for s in parsed.students if (s.sheet, s.row) not in left_out]
    if not students:
        raise DomainError("archive_empty", "the file holds no student to import")
    with write_transaction():
        admin = acting_user(session, *IMPORTERS)
        at = now()
        record = ArchiveImport.create(
            imported_at=at, username=admin.username, file_name=Path(file_name).name[:260],
            sha256=parsed.sha256, layout=parsed.layout, errors=len(parsed.errors),
        )
        index = _Index()
        added = updated = unchanged = 0
        changes: list[StudentChange] = []
        for s in students:
            sid = index.find(s)
            is_new = sid is None
            if is_new:
                sid = _insert_student(s, record.id, at)
                values: tuple = ()
                added += 1
            else:
                values = _update_student(sid, s, record.id, at)
            new_name = is_new or _add_spelling(sid, s)
            index.add(sid, s.iin, s.diploma_series, s.diploma_number, s.group,
                      (_same_name(_full_name(s)),))
            grades = _merge_grades(sid, _grade_rows(parsed, s), is_new)
            if is_new:
                continue
            if new_name and not any(v[0] in ("surname", "name", "patronymic") for v in values):
                values += (("spelling", "", _full_name(s)),)
            values += tuple((f"grade:{subj}", before, after) for subj, before, after in grades)
            if values:
                updated += 1
                changes.append(StudentChange(_full_name(s), s.sheet, s.row, values))
            else:
                unchanged += 1
        ArchiveImport.update(added=added, updated=updated, unchanged=unchanged).where(
            ArchiveImport.id == record.id).execute()
        _remember(parsed.mapping)
        audit.append(admin.username, "archive_import", None, {
            "file": record.file_name, "sha256": parsed.sha256, "layout": parsed.layout,
            "added": added, "updated": updated, "unchanged": unchanged,
            "errors": len(parsed.errors),
            "left_out": len(parsed.students) - len(students),
            "changes": [[c.full_name, c.sheet, c.row, [_logged(v) for v in c.values]]
                        for c in changes],
        })
    return ImportReport(record.id, added, updated, unchanged, len(parsed.errors), changes)


@dataclass(frozen=True)
class ImportRow:
    imported_at: datetime
    username: str  # who imported it, by their full name
    file_name: str
    sha256: str
    added: int
    updated: int
    unchanged: int
    errors: int


def import_history(session: Session) -> list[ImportRow]:
    acting_user(session, *IMPORTERS)
    names = [f.name for f in fields(ImportRow)]
    query = ArchiveImport.select(*(getattr(ArchiveImport, n) for n in names)).order_by(
        ArchiveImport.id.desc()).tuples()
    people = full_names()
    return [replace(ImportRow(*row), username=name_of(row[1], people)) for row in query]
