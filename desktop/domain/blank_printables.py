"""The plain data the blank forms print: the stock report and the write-off act of spoiled
blanks for a period (filled by desktop.services.blanks.period_report)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.printables import CollegeInfo


@dataclass(frozen=True)
class BlankStockRow:
    """One kind and series over the period: opening + received - used - spoiled - lost =
    closing."""

    kind: str
    series: str
    opening: int
    received: int
    used: int
    spoiled: int
    lost: int
    closing: int


@dataclass(frozen=True)
class BlankStockReport:
    college: CollegeInfo
    date_from: date
    date_to: date
    rows: tuple[BlankStockRow, ...]
    printed_on: date | None = None

    def total(self, column: str, kind: str | None = None) -> int:
        """The column's sum over the rows of `kind` (or all: only where one kind is shown; a
        diploma and an appendix are not added up)."""
        return sum(getattr(row, column) for row in self.rows
                   if kind is None or row.kind == kind)

    def kinds(self) -> list[str]:
        """The kinds of blank of the rows, in their order."""
        return list(dict.fromkeys(row.kind for row in self.rows))


@dataclass(frozen=True)
class WriteOffRow:
    kind: str
    series: str
    number: str
    spoiled_on: date
    reason: str
    reg_number: str  # the case it was printed for
    spoiled_by: str  # full name of who recorded it


@dataclass(frozen=True)
class WriteOffAct:
    college: CollegeInfo
    date_from: date
    date_to: date
    rows: tuple[WriteOffRow, ...]
    printed_on: date | None = None
