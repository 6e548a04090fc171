"""A case as a list shows it: one row of the registry, an inbox, a report's figure.

A `CaseRow` keeps the tuple the database returned and makes each field when it is read: a
page holds 200 rows and a screen shows about 30, and making every field of every row (the
four datetimes parsed from SQLite's text) cost as much as running the query.
"""

from __future__ import annotations

from datetime import datetime

from desktop.store.connection import as_datetime

# What a row selects, in the order of `_AT` below; c = case, a = applicant, u = the executor.
SELECT = (
    "c.id, c.reg_number, c.service, c.channel, c.state, a.surname, a.name, a.patronymic, "
    "a.iin, c.accepted_at, c.due_at, u.full_name, c.version, c.external_number, c.signed_at, "
    "c.issued_at, c.result_kind"
)
WIDTH = 17
# Where each plain field sits in that tuple.
_AT = {
    "id": 0, "reg_number": 1, "service": 2, "channel": 3, "state": 4, "iin": 8, "version": 12,
    "external_number": 13, "result_kind": 16,
}
_MOMENTS = {"accepted_at": 9, "due_at": 10, "signed_at": 14, "issued_at": 15}


class CaseRow:
    """One case in a list. Read-only; equal to another row of the same case read the same."""

    __slots__ = ("_t",)

    id: int
    reg_number: str
    service: str
    channel: str
    state: str
    iin: str
    version: int
    external_number: str
    result_kind: str
    accepted_at: datetime
    due_at: datetime | None
    signed_at: datetime | None
    issued_at: datetime | None

    @classmethod
    def rows(cls, tuples) -> list[CaseRow]:
        """Rows from a query selecting SELECT, then (optionally) its sort columns."""
        new = object.__new__
        made = []
        for t in tuples:
            row = new(cls)
            row._t = t
            made.append(row)
        return made

    @property
    def applicant_name(self) -> str:
        t = self._t
        return " ".join(p for p in (t[5], t[6], t[7]) if p)

    @property
    def executor_name(self) -> str:
        return self._t[11] or ""

    @property
    def position(self) -> tuple:
        """Where the row stands in the order it was read in (its sort values, then the id),
        as the database holds them: `list_cases(after=...)` starts the next page after it."""
        return tuple(self._t[WIDTH:])

    def _fields(self) -> tuple:
        return tuple(getattr(self, name) for name in FIELDS)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CaseRow):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"CaseRow(id={self._t[0]!r}, reg_number={self._t[1]!r}, state={self._t[4]!r})"


def _plain(index: int) -> property:
    return property(lambda row: row._t[index])


def _parsed(index: int) -> property:
    return property(lambda row: as_datetime(row._t[index]))


for _name, _index in _AT.items():
    setattr(CaseRow, _name, _plain(_index))
for _name, _index in _MOMENTS.items():
    setattr(CaseRow, _name, _parsed(_index))

FIELDS = (*_AT, *_MOMENTS, "applicant_name", "executor_name")
