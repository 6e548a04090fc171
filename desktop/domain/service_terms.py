"""Whether a result came within the term of its service, and how long it took: the rules the
statistics count by, with no database (the services feed them rows).

- A case's **result** is the head's signed decision: the service's document or a letter of
  motivated refusal (`Case.signed_at`). Both end the term; a refusal is not a document.
- **Time to result**: office time from the acceptance (`Case.accepted_at`, which for the
  portal is already the next working moment) to the signature, in working days of 480 office
  minutes (so 1.5 is a day and a half of office hours; nights, weekends and holidays do not
  count).
- **Due**: `deadlines.case_due` — with a term in working days (duplicate: 15) 18:00 of the
  term's last working day; otherwise the step norms up to signing in office minutes.
- **Late**: signed after the due moment by at least one office second; **days late**: the
  working days begun after the due moment (signed the next working morning = 1).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain import deadlines
from desktop.domain.calendar import WorkCalendar
from desktop.domain.catalogue import Service
from desktop.domain.office_time import OFFICE_DAY_SECONDS, OfficeTimeline, moment_text


@dataclass(frozen=True)
class Timing:
    working_days: float  # acceptance to result, in working days of office time
    late: bool
    days_late: int  # working days begun after the due moment (0 when on time)


class TermJudge:
    """Judges many results against their terms; dues are remembered per acceptance day for
    services with a term in working days (their due moment depends on the day alone)."""

    def __init__(self, cal: WorkCalendar) -> None:
        self._cal = cal
        self._line = OfficeTimeline(cal)
        self._dues: dict[tuple[str, str], int] = {}
        self._chains: dict[str, int] = {}

    def _due_of_day(self, service: Service, day: str) -> int:
        moment = deadlines.case_due(service, _midnight(day), self._cal)
        due = self._dues[(service.code, day)] = self._line.of(moment)
        return due

    def measure(self, service: Service, accepted_at, signed_at) -> tuple[int, int]:
        """(office seconds from acceptance to result, office seconds past the due moment —
        zero or less when on time). Moments: datetimes, or SQLite's text of them."""
        accepted_text = moment_text(accepted_at)
        accepted = self._line.of(accepted_text)
        signed = self._line.of(signed_at)
        if service.term_working_days:
            day = accepted_text[:10]
            due = self._dues.get((service.code, day)) or self._due_of_day(service, day)
        else:
            # Office time adds up on the line: the due is the chain of norms after acceptance.
            chain = self._chains.get(service.code)
            if chain is None:
                chain = self._chains[service.code] = deadlines.chain_minutes(service) * 60
            due = accepted + chain
        return signed - accepted, signed - due

    def timing(self, service: Service, accepted_at, signed_at) -> Timing:
        taken, over = self.measure(service, accepted_at, signed_at)
        return Timing(taken / OFFICE_DAY_SECONDS, over > 0, days_late(over))


def days_late(over_seconds: int) -> int:
    """Working days begun after the due moment (0 when on time)."""
    return -(-over_seconds // OFFICE_DAY_SECONDS) if over_seconds > 0 else 0


def _midnight(iso_day: str) -> datetime:
    return datetime.fromisoformat(iso_day)


def median(values: list[float]) -> float | None:
    """The middle value (the mean of the two middle ones for an even count); None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    half = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2
