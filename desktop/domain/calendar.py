"""Kazakhstan working days and office hours, the clock every term of both services runs on.

Public holidays and the Government's yearly transfers of days off come from the `holidays`
package (its KZ calendar knows the decrees up to its release; Kurban Ait of later years is its
estimate). What the package does not know yet - a new transfer decree, a correction - the
admin enters as overrides, and an override wins over everything else.

Office time is Monday-Friday working days 9:00-13:00 and 14:00-18:00: 480 minutes a day.
Periods are half-open, so 13:00 and 18:00 are not office time, but a count of office minutes
that runs out exactly at a period end stops there (17:30 + 30 min = 18:00).

A WorkCalendar is immutable: when the overrides change, build a new one.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

OFFICE_START = time(9, 0)
LUNCH_START = time(13, 0)
LUNCH_END = time(14, 0)
OFFICE_END = time(18, 0)

_SATURDAY = 5


def _since_midnight(t: time) -> timedelta:
    return timedelta(hours=t.hour, minutes=t.minute, seconds=t.second, microseconds=t.microsecond)


# The two office periods of a working day, as offsets from midnight.
_PERIODS = (
    (_since_midnight(OFFICE_START), _since_midnight(LUNCH_START)),
    (_since_midnight(LUNCH_END), _since_midnight(OFFICE_END)),
)
_MORNING = _PERIODS[0][1] - _PERIODS[0][0]
_OFFICE_DAY = sum((end - start for start, end in _PERIODS), timedelta())
# A working day in office minutes (480): the unit of every norm given in working days.
OFFICE_MINUTES_PER_DAY = _OFFICE_DAY // timedelta(minutes=1)
_WHOLE_DAY = timedelta(days=1)
_MINUTE = timedelta(minutes=1)

# A year holds at least this many working days; used only to guess how far ahead to load.
_MIN_WORKING_DAYS_PER_YEAR = 200


@dataclass(frozen=True)
class CalendarOverride:
    """The admin's word on one day: `working=False` adds a day off, `True` a working day."""

    day: date
    working: bool
    note: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.day, datetime) or not isinstance(self.day, date):
            raise TypeError(f"override day must be a date, got {self.day!r}")
        if not isinstance(self.working, bool):
            raise TypeError(f"override working must be True or False, got {self.working!r}")


def _normalise_overrides(
    overrides: Iterable[CalendarOverride] | Mapping[date, bool] | None,
) -> dict[date, CalendarOverride]:
    if overrides is None:
        return {}
    if isinstance(overrides, Mapping):
        items = [CalendarOverride(day, working) for day, working in overrides.items()]
    else:
        items = list(overrides)
    result: dict[date, CalendarOverride] = {}
    for item in items:
        if not isinstance(item, CalendarOverride):
            raise TypeError(f"expected CalendarOverride, got {item!r}")
        earlier = result.get(item.day)
        if earlier is not None and earlier.working != item.working:
            # Two contradicting words on one day: picking one silently would move deadlines.
            raise ValueError(f"contradicting overrides for {item.day.isoformat()}")
        result[item.day] = item
    return result


def _package_days(year: int) -> tuple[set[date], set[date]]:
    """(holidays, worked weekend days) of `year` according to the `holidays` package."""
    # A transfer decree of the next year can make a day of this one working (the 2014 decree
    # moved work to Saturday 28 December 2013), so the next year is loaded too.
    years = [year, year + 1] if year < date.max.year else [year]
    # Imported on first use: the package loads every country it knows (~0.1 s), and the
    # sign-in window needs no calendar.
    import holidays

    kz = holidays.country_holidays("KZ", years=years)
    days_off = {d for d in kz if d.year == year}
    worked_weekend = {d for d in kz.weekend_workdays if d.year == year}
    return days_off, worked_weekend


def _require_date(value: date, name: str) -> None:
    # A datetime is a date too, but day arithmetic on it would silently drop the time.
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"{name} must be a date, got {value!r}")


class WorkCalendar:
    """Working days and office time of a Kazakh state organisation."""

    def __init__(
        self, overrides: Iterable[CalendarOverride] | Mapping[date, bool] | None = None
    ) -> None:
        self._overrides = _normalise_overrides(overrides)
        self._lock = threading.Lock()
        self._first_year = 0  # loaded years: [_first_year, _last_year]; none while 0
        self._last_year = -1
        self._days_off: set[int] = set()  # ordinals of non-working days in the loaded years
        self._working: list[int] = []  # sorted ordinals of working days in the loaded years

    @property
    def overrides(self) -> tuple[CalendarOverride, ...]:
        return tuple(sorted(self._overrides.values(), key=lambda o: o.day))

    # -- the year cache ------------------------------------------------------------------

    def _ensure_years(self, first: int, last: int) -> None:
        first = max(first, date.min.year)
        last = min(last, date.max.year)
        if self._first_year <= first and last <= self._last_year:
            return
        with self._lock:
            if self._last_year < self._first_year:
                lo, hi = first, last
            else:
                lo, hi = min(first, self._first_year), max(last, self._last_year)
            days_off = set(self._days_off)
            for year in range(lo, hi + 1):
                if not self._first_year <= year <= self._last_year:
                    days_off |= self._year_days_off(year)
            start, end = date(lo, 1, 1).toordinal(), date(hi, 12, 31).toordinal()
            working = [o for o in range(start, end + 1) if o not in days_off]
            # Readers take these without the lock: publish the new list and set before widening
            # the bounds that tell them the data is there.
            self._days_off = days_off
            self._working = working
            self._first_year, self._last_year = lo, hi

    def _year_days_off(self, year: int) -> set[int]:
        holidays_, worked_weekend = _package_days(year)
        result = set()
        day = date(year, 1, 1)
        while day.year == year:
            override = self._overrides.get(day)
            if override is not None:
                off = not override.working
            elif day.weekday() >= _SATURDAY:
                off = day not in worked_weekend
            else:
                off = day in holidays_
            if off:
                result.add(day.toordinal())
            day += timedelta(days=1)
        return result

    # -- days ----------------------------------------------------------------------------

    def is_working_day(self, d: date) -> bool:
        self._ensure_years(d.year, d.year)
        return d.toordinal() not in self._days_off

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day after `d` (`d` itself does not count); n=0 gives `d` back."""
        _require_date(d, "d")
        if n < 0:
            raise ValueError(f"n must not be negative, got {n}")
        if n == 0:
            return d
        last = d.year + n // _MIN_WORKING_DAYS_PER_YEAR + 1
        while True:
            self._ensure_years(d.year, last)
            working = self._working
            index = bisect_right(working, d.toordinal()) + n - 1
            if index < len(working):
                return date.fromordinal(working[index])
            if last >= date.max.year:
                raise OverflowError(f"{n} working days after {d.isoformat()} is past year 9999")
            last += 1

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b]: `a` does not count, `b` does.

        So add_working_days(a, n) is the first day b with working_days_between(a, b) == n.
        Zero when a == b; when b < a it is minus the count for (b, a].
        """
        _require_date(a, "a")
        _require_date(b, "b")
        if b < a:
            return -self.working_days_between(b, a)
        self._ensure_years(a.year, b.year)
        working = self._working
        return bisect_right(working, b.toordinal()) - bisect_right(working, a.toordinal())

    # -- office time ---------------------------------------------------------------------

    def end_of_day(self, d: date) -> datetime:
        """18:00 of `d`: a term ending on a day ends when the office closes."""
        return datetime.combine(d, OFFICE_END)

    def is_office_time(self, t: datetime) -> bool:
        if not self.is_working_day(t.date()):
            return False
        offset = _since_midnight(t.time())
        return any(start <= offset < end for start, end in _PERIODS)

    def next_office_moment(self, t: datetime) -> datetime:
        """`t` itself inside office time, else the start of the next office period.

        The portal rule: an application sent in the evening, at a weekend or on a holiday is
        accepted at the next working day's opening (Friday 19:00 -> Monday 9:00).
        """
        day = t.date()
        if self.is_working_day(day):
            offset = _since_midnight(t.time())
            for start, end in _PERIODS:
                if offset < start:
                    return _at(day, start, t)
                if offset < end:
                    return t
        return _at(self.add_working_days(day, 1), _PERIODS[0][0], t)

    def add_working_minutes(self, t: datetime, minutes: int) -> datetime:
        """The moment `minutes` office minutes after `t`; a start outside office time counts
        from the next office moment. A count ending exactly at a period end gives that end."""
        if minutes < 0:
            raise ValueError(f"minutes must not be negative, got {minutes}")
        if minutes == 0:
            return t
        remaining = timedelta(minutes=minutes)
        current = self.next_office_moment(t)
        day = current.date()
        offset = _since_midnight(current.time())
        for start, end in _PERIODS:
            if offset >= end:
                continue
            begin = max(offset, start)
            if remaining <= end - begin:
                return _at(day, begin + remaining, t)
            remaining -= end - begin
        # Whole office days are skipped in one step: terms of 15 days are common.
        whole_days, rest = divmod(remaining, _OFFICE_DAY)
        if not rest:
            whole_days, rest = whole_days - 1, _OFFICE_DAY
        target = self.add_working_days(day, whole_days + 1)
        if rest <= _MORNING:
            return _at(target, _PERIODS[0][0] + rest, t)
        return _at(target, _PERIODS[1][0] + rest - _MORNING, t)

    def working_minutes_between(self, a: datetime, b: datetime) -> int:
        """Whole office minutes in [a, b); 0 when b <= a."""
        if b <= a:
            return 0
        first, last = a.date(), b.date()
        start, stop = _since_midnight(a.time()), _since_midnight(b.time())
        if first == last:
            total = self._office_overlap(first, start, stop)
        else:
            days_inside = self.working_days_between(first, last) - self.is_working_day(last)
            total = (
                self._office_overlap(first, start, _WHOLE_DAY)
                + _OFFICE_DAY * days_inside
                + self._office_overlap(last, timedelta(0), stop)
            )
        return total // _MINUTE

    def _office_overlap(self, d: date, start: timedelta, stop: timedelta) -> timedelta:
        """Office time of day `d` between the offsets start and stop."""
        if not self.is_working_day(d):
            return timedelta(0)
        total = timedelta(0)
        for begin, end in _PERIODS:
            lo, hi = max(begin, start), min(end, stop)
            if hi > lo:
                total += hi - lo
        return total


def _at(d: date, offset: timedelta, like: datetime) -> datetime:
    """Day `d` at `offset` after midnight, in the time zone of `like` (naive stays naive)."""
    return datetime.combine(d, time(0), tzinfo=like.tzinfo) + offset
