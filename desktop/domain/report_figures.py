"""The figures of the statistics report as plain data: what the services count, the forms
print and the Reports page shows (the definitions are in `desktop.services.reports.statistics`)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

# The key of the executor line for results signed with no executor assigned.
NO_EXECUTOR = "none"
# The figures judged from the terms (the others are counted in SQL).
TERM_KEYS = ("on_time", "late", "days_late", "most_days_late", "median_days", "longest_days")


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    service: str | None = None  # None: every service

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first, datetime.min.time())

    @property
    def end(self) -> datetime:
        """The first moment after the period."""
        return datetime.combine(self.last + timedelta(days=1), datetime.min.time())


@dataclass(frozen=True)
class ExecutorLine:
    key: str  # the executor's user id, or NO_EXECUTOR
    name: str
    results: int
    on_time: int
    late: int


@dataclass(frozen=True)
class MonthLine:
    month: date  # its first day
    received: int
    documents: int
    results: int
    on_time: int


@dataclass(frozen=True)
class Statistics:
    period: Period
    channels: tuple[str, ...]
    received_by_channel: dict[str, int]
    documents: int
    motivated_refusals: int
    acceptance_refused: int
    withdrawn: int
    on_time: int
    late: int
    days_late: int  # summed over the late results
    most_days_late: int
    median_days: float | None  # working days from acceptance to result
    longest_days: float | None
    unclaimed_returned: int
    executors: tuple[ExecutorLine, ...] = ()
    months: tuple[MonthLine, ...] = field(default=())
    # The hearings before a motivated refusal: cases with a preliminary decision made in the
    # period, with a hearing held in it, and of those, the ones ended in the document (no
    # refusal) or in the refusal confirmed.
    preliminary_decisions: int = 0
    hearings_held: int = 0
    hearings_to_document: int = 0
    hearings_to_refusal: int = 0

    @property
    def received(self) -> int:
        return sum(self.received_by_channel.values())

    @property
    def results(self) -> int:
        return self.documents + self.motivated_refusals




@dataclass(frozen=True)
class FigureLine:
    """One line of the report: `key` is what `statistics.figure_cases` takes to list the
    cases behind it; `label` a key of the forms' [statistics] wording, `name` the channel
    code or the executor's name it is said with."""

    section: str
    key: str
    label: str
    value: int | float | None
    name: str = ""


SECTIONS = ("received", "results", "hearings", "terms", "executors", "state_corp")


def figure_lines(s: Statistics) -> list[FigureLine]:
    lines = [FigureLine("received", "received", "received", s.received)]
    lines += [FigureLine("received", f"received:{c}", "received_channel",
                         s.received_by_channel.get(c, 0), c) for c in s.channels]
    lines += [
        FigureLine("results", "documents", "documents", s.documents),
        FigureLine("results", "motivated_refusals", "motivated_refusals", s.motivated_refusals),
        FigureLine("results", "acceptance_refused", "acceptance_refused", s.acceptance_refused),
        FigureLine("results", "withdrawn", "withdrawn", s.withdrawn),
        FigureLine("hearings", "preliminary_decisions", "preliminary_decisions",
                   s.preliminary_decisions),
        FigureLine("hearings", "hearings_held", "hearings_held", s.hearings_held),
        FigureLine("hearings", "hearings_to_document", "hearings_to_document",
                   s.hearings_to_document),
        FigureLine("hearings", "hearings_to_refusal", "hearings_to_refusal",
                   s.hearings_to_refusal),
        FigureLine("terms", "on_time", "on_time", s.on_time),
        FigureLine("terms", "late", "late", s.late),
        FigureLine("terms", "days_late", "days_late", s.days_late),
        FigureLine("terms", "most_days_late", "most_days_late", s.most_days_late),
        FigureLine("terms", "median_days", "median_days", _days(s.median_days)),
        FigureLine("terms", "longest_days", "longest_days", _days(s.longest_days)),
    ]
    for e in s.executors:
        prefix = f"executor:{e.key}"
        lines += [
            FigureLine("executors", prefix, "executor_results", e.results, e.name),
            FigureLine("executors", f"{prefix}:on_time", "executor_on_time", e.on_time, e.name),
            FigureLine("executors", f"{prefix}:late", "executor_late", e.late, e.name),
        ]
    lines.append(FigureLine("state_corp", "unclaimed_returned", "unclaimed_returned",
                            s.unclaimed_returned))
    return lines


def _days(value: float | None) -> float | None:
    """Working days to one decimal, as the report shows them; a half goes up, as people
    round (Python's round() would give 16.2 for 16.25, which is stored as 16.249…)."""
    return None if value is None else math.floor(value * 10 + 0.5) / 10
