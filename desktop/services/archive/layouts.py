"""Where a sheet's data lies: the summary grade sheet of one group, or a plain table.

A summary sheet has a row titled with the name column ("Аты-жөні"), and a few rows below it a
row of grade sub-column titles (п / б / цэ / трад); between and above them the subjects, the
modules they belong to and a row of hours and credits. Openpyxl's read-only mode gives a merged
cell as its top-left value and blanks, so a subject runs from its name to the next name, and a
module heading covers every subject up to the next heading (subjects outside any module come
first, as the curricula list them). The hours row is the title row where at least half of the
written cells read as hours (`72с-3к`), so a typo among them is reported, not mistaken for a
row of subject names.

A table has one header row naming at least a name column and two other fields.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from desktop.domain.archive import classify_code, parse_hours_credits
from desktop.domain.archive.column_titles import HeaderWords, words_of
from desktop.domain.errors import DomainError
from desktop.services.archive.sheet_rows import ColumnMapping, Notes, Subject, cell, text

SCAN_ROWS = 25  # a header lies within the first rows of a sheet
GRADE_ROW_REACH = 4  # rows from the name title down to the grade sub-column titles
MODULE_REACH = 2  # rows above the name title that may hold module headings
NAME_FIELDS = ("full_name", "surname")
MIN_TABLE_FIELDS = 3


@dataclass(frozen=True)
class SummaryShape:
    """What a summary sheet holds besides the tail fields: subjects and their sub-columns."""

    subjects: tuple[Subject, ...]
    columns: tuple[tuple[int, tuple[tuple[str, int], ...]], ...]  # index -> (kind, column)


def signature(layout: str, titles: list[str]) -> str:
    """A key of the layout from its normalised titles, to remember a fixed mapping by."""
    key = layout + "|" + "|".join(" ".join(words_of(t)) for t in titles)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _fields_of_row(values: tuple, words: HeaderWords, skip: set[int]) -> dict[str, int]:
    found: dict[str, int] = {}
    for column, value in enumerate(values, 1):
        if column in skip or not isinstance(value, str):
            continue
        name = words.field_of(value)
        if name and name not in found:
            found[name] = column
    return found


def _grade_kinds(values: tuple, words: HeaderWords) -> dict[int, str]:
    return {c: kind for c, v in enumerate(values, 1)
            if isinstance(v, str) and (kind := words.grade_kind(v))}


def detect_sheet(rows: list[tuple], words: HeaderWords, sheet: str) -> ColumnMapping | None:
    for r, values in enumerate(rows[:SCAN_ROWS]):
        found = _fields_of_row(values, words, set())
        if not any(f in found for f in NAME_FIELDS):
            continue
        for s in range(r + 1, min(r + 1 + GRADE_ROW_REACH, len(rows))):
            kinds = _grade_kinds(rows[s], words)
            if kinds:
                return _summary_mapping(rows, r, s, kinds, words, sheet)
        if len(found) >= MIN_TABLE_FIELDS:
            titles = [text(v) for v in values if text(v)]
            return ColumnMapping("table", signature("table", titles),
                                 tuple(found.items()), r + 1, r + 2, sheet)
    return None


def _summary_mapping(rows: list[tuple], r: int, s: int, kinds: dict[int, str],
                     words: HeaderWords, sheet: str) -> ColumnMapping:
    fields: dict[str, int] = {}
    titles = []
    width = max(len(rows[i]) for i in range(r, s + 1))
    for column in range(1, width + 1):
        if column in kinds:
            continue
        title = next((text(cell(rows[i], column)) for i in range(r, s + 1)
                      if text(cell(rows[i], column))), "")
        if not title:
            continue
        titles.append(title)
        name = words.field_of(title)
        if name and name not in fields:
            fields[name] = column
    titles.append(",".join(sorted(set(kinds.values()))))
    return ColumnMapping("summary", signature("summary", titles), tuple(fields.items()),
                         r + 1, s + 2, sheet)


def summary_shape(rows: list[tuple], mapping: ColumnMapping, words: HeaderWords,
                  notes: Notes) -> SummaryShape:
    """The subjects of a summary sheet whose grade titles are on the row before first_row."""
    s = mapping.first_row - 2
    kinds = _grade_kinds(rows[s], words)
    top = max(0, mapping.header_row - 1 - MODULE_REACH)
    title_rows = [i for i in range(top, s) if any(text(cell(rows[i], c)) for c in kinds)]
    hours_row = next((i for i in title_rows if _is_hours_row(rows[i], kinds)), None)
    text_rows = [i for i in title_rows if i != hours_row and not _is_group_header(rows[i])]
    if not text_rows:
        return SummaryShape((), ())
    subject_row, module_rows = text_rows[-1], text_rows[:-1]

    starts = [c for c in sorted(kinds) if text(cell(rows[subject_row], c))]
    subjects, columns = [], []
    for index, start in enumerate(starts, 1):
        following = next((c for c in starts if c > start), None)
        span = [start]
        while span[-1] + 1 in kinds and span[-1] + 1 != following:
            span.append(span[-1] + 1)
        hours, credits = None, None
        if hours_row is not None:
            raw = cell(rows[hours_row], start)
            try:
                hours, credits = parse_hours_credits(raw)
            except DomainError as exc:
                notes.error(hours_row + 1, start, exc.code, raw)
        module = " / ".join(m for m in (_heading(rows[i], start, kinds) for i in module_rows)
                            if m)
        subjects.append(Subject(index, start, text(cell(rows[subject_row], start)), module,
                                hours, credits))
        columns.append((index, tuple((kinds[c], c) for c in span)))
    return SummaryShape(tuple(subjects), tuple(columns))


def _is_hours_row(values: tuple, kinds: dict[int, str]) -> bool:
    written = [cell(values, c) for c in kinds if text(cell(values, c))]
    readable = 0
    for value in written:
        try:
            hours, credits = parse_hours_credits(value)
        except DomainError:
            continue
        readable += hours is not None or credits is not None
    return bool(written) and readable * 2 >= len(written)


def _is_group_header(values: tuple) -> bool:
    from desktop.domain.archive import parse_group_header

    for value in values:
        if isinstance(value, str):
            try:
                if parse_group_header(value) is not None:
                    return True
            except DomainError:
                return True
    return False


def _heading(values: tuple, column: int, kinds: dict[int, str]) -> str:
    """The module heading over `column`: the nearest heading to its left on this row."""
    first = min(kinds)
    for c in range(column, first - 1, -1):
        written = text(cell(values, c))
        if written:
            return written
    return ""


def code_edition(code: str) -> str:
    return classify_code(code).edition if code else ""
