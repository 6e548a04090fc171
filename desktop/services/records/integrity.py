"""Digests of what a case's (or an applicant's) rows hold, as the audit log vouches for them.

Every audit record of a case carries the digest of the case's rows after that event: the case
itself, its draft content (in the table its result kind declares), transcript, documents, State
Corporation events and signed files. The check then
recomputes each case's digest from the rows and compares it with the newest record's: a field
changed in the database without an event shows as that case's row differing from its log.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date, datetime

from desktop.services.results import registry
from desktop.store.models import (
    Applicant,
    Case,
    CaseDocument,
    CertificateContent,
    DuplicateContent,
    StateCorpEvent,
    TranscriptRow,
)
from desktop.store.models.esign import ResultSignature


def _columns(model, skip=()) -> list[str]:
    return [f'"{f.column_name}"' for f in model._meta.sorted_fields if f.name not in skip]


def _table(model) -> str:
    return f'"{model._meta.table_name}"'


def _part(model, order: str) -> tuple[str, str]:
    """The statement of a table that hangs off a case, and the order of its rows. Their own ids
    are left out: a draft save renumbers the transcript (delete and insert), which is not a
    change of content."""
    return (f"SELECT case_id, {', '.join(_columns(model, ('id', 'case')))} FROM {_table(model)}",
            order)


# The rows are hashed as the database driver returns them (repr of the tuple: types and NULLs
# stay distinct), without building model objects: the check of 100,000 cases must be quick.
_CASE_SQL = f"SELECT {', '.join(_columns(Case))} FROM {_table(Case)}"
_APPLICANT_SQL = f"SELECT {', '.join(_columns(Applicant))} FROM {_table(Applicant)}"
# What every digest has held since the first schema, in this order, even where the case has no
# rows: the draft tables of the two first services, then the case's transcript, documents and
# State Corporation events. Kept as they are so that the digests the log holds stay valid.
_FIRST_PARTS = tuple(_part(model, order) for model, order in (
    (CertificateContent, "id"),
    (DuplicateContent, "id"),
    (TranscriptRow, "position"),
    (CaseDocument, "code"),
    (StateCorpEvent, "id"),
))
_FIRST_TABLES = {CertificateContent._meta.table_name, DuplicateContent._meta.table_name}
# The signed files count by their hashes (their bytes are checked against these when a
# signature is checked).
_SIGNATURES = (
    "SELECT case_id, snapshot_id, signed_at, username, pdf_sha256, cms_sha256, verdict "
    f"FROM {_table(ResultSignature)}", "id")


def _later_parts() -> tuple[tuple[str, str], ...]:
    """Parts a case gained after the first schema: the signed files, then the draft table of
    every other registered result kind (a service added as data brings its own), by name. Each
    counts only when the case has rows in it, so that older digests stay what they were."""
    return (_SIGNATURES, *(_part(model, "id") for model in registry.draft_models()
                           if model._meta.table_name not in _FIRST_TABLES))


def _db():
    return Case._meta.database


def _digest(parts: tuple) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


def _as_sqlite_stores(value):
    """A value as SQLite's driver hands it back (peewee stores a datetime as str(datetime), a
    date in ISO form, a boolean as 0 or 1): the form in which a record written on a PC's own
    file, before its office moved to a server, took its digest."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def _row(row, form: str) -> tuple:
    if form == "sqlite":
        return tuple(_as_sqlite_stores(v) for v in row)
    return tuple(row)


def case_digest(case_id: int) -> str:
    db = _db()
    row = db.execute_sql(f"{_CASE_SQL} WHERE id = {db.param}", (case_id,)).fetchone()
    parts = [tuple(row) if row else None]
    for index, (select, order) in enumerate(_FIRST_PARTS + _later_parts()):
        rows = db.execute_sql(f"{select} WHERE case_id = {db.param} ORDER BY {order}",
                              (case_id,)).fetchall()
        if rows or index < len(_FIRST_PARTS):
            parts.append(tuple(tuple(r[1:]) for r in rows))
    return _digest(tuple(parts))


def all_case_digests(form: str = "native") -> dict[int, str]:
    """Every case's digest, one query per table. `form="sqlite"`: the values as a SQLite file
    holds them (for records moved from a PC's file to a server, see _as_sqlite_stores)."""
    db = _db()
    children = []
    for select, order in _FIRST_PARTS + _later_parts():
        grouped: dict[int, list] = defaultdict(list)
        for row in db.execute_sql(f"{select} ORDER BY case_id, {order}"):
            grouped[row[0]].append(_row(row[1:], form))
        children.append(grouped)
    empty = ()
    digests = {}
    for row in db.execute_sql(_CASE_SQL):
        case_id = row[0]
        parts = [_row(row, form)]
        for index, grouped in enumerate(children):
            found = grouped.get(case_id)
            if found or index < len(_FIRST_PARTS):
                parts.append(tuple(found) if found else empty)
        digests[case_id] = _digest(tuple(parts))
    return digests


def applicant_digest(applicant_id: int) -> str:
    db = _db()
    row = db.execute_sql(f"{_APPLICANT_SQL} WHERE id = {db.param}", (applicant_id,)).fetchone()
    return _digest((tuple(row) if row else None,))


def all_applicant_digests(form: str = "native") -> dict[int, str]:
    return {row[0]: _digest((_row(row, form),)) for row in _db().execute_sql(_APPLICANT_SQL)}
