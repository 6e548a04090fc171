"""Digests of what a case's (or an applicant's) rows hold, as the audit log vouches for them.

Every audit record of a case carries the digest of the case's rows after that event: the case
itself, its draft content, transcript, documents and State Corporation events. The check then
recomputes each case's digest from the rows and compares it with the newest record's: a field
changed in the database without an event shows as that case's row differing from its log.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime

from desktop.store.models import (
    Applicant,
    Case,
    CaseDocument,
    CertificateContent,
    DuplicateContent,
    StateCorpEvent,
    TranscriptRow,
)

_CASE = [f for f in Case._meta.sorted_fields]
# The tables that hang off a case, with the column that names it and the order of their rows.
_PARTS = (
    ("certificate", CertificateContent, CertificateContent.case, CertificateContent.id),
    ("duplicate", DuplicateContent, DuplicateContent.case, DuplicateContent.id),
    ("transcript", TranscriptRow, TranscriptRow.case, TranscriptRow.position),
    ("documents", CaseDocument, CaseDocument.case, CaseDocument.code),
    ("events", StateCorpEvent, StateCorpEvent.case, StateCorpEvent.id),
)
_APPLICANT = [f for f in Applicant._meta.sorted_fields]


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return value


def _fields(model) -> list:
    # The row's own id and its case link are named by the key already; ids of child rows are
    # renumbered by a draft save (delete and insert), which is not a change of content.
    return [f for f in model._meta.sorted_fields if f.name not in ("id", "case")]


def _hash(parts: dict) -> str:
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=_plain)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _row(values: Iterable) -> list:
    return [_plain(v) for v in values]


def case_digest(case_id: int) -> str:
    row = Case.select(*_CASE).where(Case.id == case_id).tuples().first()
    parts = {"case": _row(row) if row else None}
    for name, model, link, order in _PARTS:
        rows = model.select(*_fields(model)).where(link == case_id).order_by(order).tuples()
        parts[name] = [_row(r) for r in rows]
    return _hash(parts)


def all_case_digests(progress=None) -> dict[int, str]:
    """Every case's digest, one query per table (the check of 100,000 cases runs in seconds)."""
    children: dict[str, dict[int, list]] = {}
    for name, model, link, order in _PARTS:
        grouped: dict[int, list] = defaultdict(list)
        query = model.select(link, *_fields(model)).order_by(link, order).tuples()
        for case_id, *values in query.iterator():
            grouped[case_id].append(_row(values))
        children[name] = grouped
        if progress:
            progress()
    digests = {}
    for row in Case.select(*_CASE).tuples().iterator():
        case_id = row[0]
        parts = {"case": _row(row)}
        for name, _model, _link, _order in _PARTS:
            parts[name] = children[name].get(case_id, [])
        digests[case_id] = _hash(parts)
    return digests


def applicant_digest(applicant_id: int) -> str:
    row = Applicant.select(*_APPLICANT).where(Applicant.id == applicant_id).tuples().first()
    return _hash({"applicant": _row(row) if row else None})


def all_applicant_digests() -> dict[int, str]:
    return {
        row[0]: _hash({"applicant": _row(row)})
        for row in Applicant.select(*_APPLICANT).tuples().iterator()
    }
