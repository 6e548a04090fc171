"""Moments as office seconds on one line, for counting many terms at once.

`OfficeTimeline.of(t)` is the number of office seconds (working days 9:00-13:00, 14:00-18:00
of `WorkCalendar`, with its holidays, transfers and the admin's overrides) from a fixed start
to `t`. The office time between two moments is then a subtraction, and a moment that is
`n` office minutes after `t` sits at `of(t) + 60 n`: the statistics count the terms of
100,000 cases without calling the calendar for each of them. A moment outside office time
sits where the next office period starts (a Saturday is where Monday 9:00 is).
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop.domain.calendar import OFFICE_MINUTES_PER_DAY, WorkCalendar

OFFICE_DAY_SECONDS = OFFICE_MINUTES_PER_DAY * 60
_MORNING = (9 * 3600, 13 * 3600)
_AFTERNOON = (14 * 3600, 18 * 3600)


def _clamped(second: int, period: tuple[int, int]) -> int:
    start, end = period
    return min(max(second, start), end) - start


def office_seconds_of_day(second_of_day: int) -> int:
    """Office seconds of a working day before the given second after midnight."""
    return _clamped(second_of_day, _MORNING) + _clamped(second_of_day, _AFTERNOON)


def moment_text(value) -> str:
    """'YYYY-MM-DD HH:MM:SS…' of a moment as a backend returns it: SQLite gives that text,
    PostgreSQL a datetime."""
    return value if isinstance(value, str) else value.isoformat(" ")


class OfficeTimeline:
    """Office seconds since the start of `epoch_year`; day totals and clock readings are kept
    as they are met (a year has 365 days and an office a few thousand distinct minutes)."""

    def __init__(self, cal: WorkCalendar, epoch_year: int = 2000) -> None:
        self._cal = cal
        self._before = date(epoch_year, 1, 1) - timedelta(days=1)
        # ISO date -> (office seconds before that day, whether it is a working day);
        # "HH:MM" -> (office seconds of a working day before that minute, whether the minute
        # is office time: then its seconds count too).
        self._days: dict[str, tuple[int, bool]] = {}
        self._minutes: dict[str, tuple[int, bool]] = {}

    def _day(self, iso: str) -> tuple[int, bool]:
        d = date.fromisoformat(iso)
        # working_days_between counts (a, b]: the working days before `d` since the epoch.
        before = self._cal.working_days_between(self._before, d - timedelta(days=1))
        known = self._days[iso] = (before * OFFICE_DAY_SECONDS, self._cal.is_working_day(d))
        return known

    def _minute(self, hhmm: str) -> tuple[int, bool]:
        second = int(hhmm[0:2]) * 3600 + int(hhmm[3:5]) * 60
        start = office_seconds_of_day(second)
        known = self._minutes[hhmm] = (start, office_seconds_of_day(second + 60) - start == 60)
        return known

    def of(self, moment) -> int:
        """Office seconds since the epoch at `moment` (a datetime or SQLite's text)."""
        text = moment_text(moment)
        base, working = self._days.get(text[:10]) or self._day(text[:10])
        if not working:
            return base
        start, inside = self._minutes.get(text[11:16]) or self._minute(text[11:16])
        return base + start + int(text[17:19]) if inside else base + start
