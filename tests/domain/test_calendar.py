"""The Kazakh working-day calendar: holidays, transfers, overrides, office minutes."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.calendar import (
    LUNCH_END,
    LUNCH_START,
    OFFICE_END,
    OFFICE_START,
    CalendarOverride,
    WorkCalendar,
)

CAL = WorkCalendar()


def off(*days: date) -> list[date]:
    """Those of `days` the calendar takes for working days (expected: none)."""
    return [d for d in days if CAL.is_working_day(d)]


def worked(*days: date) -> list[date]:
    """Those of `days` the calendar takes for days off (expected: none)."""
    return [d for d in days if not CAL.is_working_day(d)]


# -- days off and working days a Kazakh clerk knows -------------------------------------------


def test_ordinary_week_is_monday_to_friday():
    # 3-9 June 2024: no holiday in that week.
    assert worked(*(date(2024, 6, d) for d in range(3, 8))) == []
    assert off(date(2024, 6, 8), date(2024, 6, 9)) == []


def test_new_year_2024():
    assert off(date(2024, 1, 1), date(2024, 1, 2)) == []
    assert worked(date(2024, 1, 3)) == []


def test_new_year_2025_with_the_january_transfer():
    # 1-2 January, Friday 3 January off in exchange for Sunday 5 January, worked.
    assert off(date(2025, 1, 1), date(2025, 1, 2), date(2025, 1, 3), date(2025, 1, 4)) == []
    assert worked(date(2025, 1, 5), date(2025, 1, 6)) == []
    assert off(date(2025, 1, 7)) == []  # Orthodox Christmas, a Tuesday


def test_new_year_on_a_sunday_moves_to_tuesday():
    # 2023: 1 January was a Sunday, 2 January a Monday, so the day off moved to 3 January.
    assert off(date(2023, 1, 2), date(2023, 1, 3)) == []
    assert worked(date(2023, 1, 4)) == []


def test_christmas_on_a_sunday_does_not_move():
    # 7 January 2024 was a Sunday; the law excepts it from the weekend rule.
    assert worked(date(2024, 1, 8)) == []


def test_womens_day_on_a_saturday_moves_to_monday():
    assert off(date(2024, 3, 8)) == []  # a Friday
    assert off(date(2025, 3, 10)) == []  # 8 March 2025 was a Saturday


def test_nauryz_2024():
    # Thursday 21, Friday 22, Saturday 23 March; the Saturday moved to Monday 25.
    assert off(date(2024, 3, 21), date(2024, 3, 22), date(2024, 3, 25)) == []
    assert worked(date(2024, 3, 20), date(2024, 3, 26)) == []


def test_nauryz_2025():
    # Friday 21 to Sunday 23 March; Saturday and Sunday moved to Monday 24 and Tuesday 25.
    assert off(*(date(2025, 3, d) for d in range(21, 26))) == []
    assert worked(date(2025, 3, 20), date(2025, 3, 26)) == []


def test_may_2024_with_the_saturday_transfer():
    # 1 May (Wed), 7 May (Tue), 8 May (Wed, off for Saturday 4 May, worked), 9 May (Thu).
    assert off(date(2024, 5, 1), date(2024, 5, 7), date(2024, 5, 8), date(2024, 5, 9)) == []
    assert worked(date(2024, 5, 2), date(2024, 5, 3), date(2024, 5, 4), date(2024, 5, 6)) == []
    assert worked(date(2024, 5, 10)) == []
    assert off(date(2024, 5, 5)) == []  # the Sunday stays a day off


def test_may_2025():
    assert off(date(2025, 5, 1), date(2025, 5, 7), date(2025, 5, 9)) == []
    assert worked(date(2025, 5, 2), date(2025, 5, 8)) == []


def test_kurban_ait_does_not_move_off_a_weekend():
    assert off(date(2025, 6, 6)) == []  # a Friday in 2025
    # 16 June 2024 was a Sunday: the law excepts Kurban Ait from the weekend rule.
    assert worked(date(2024, 6, 17)) == []


def test_summer_and_autumn_holidays_2024_2025():
    assert off(date(2024, 7, 8)) == []  # Capital Day, Saturday 6 July, moved to Monday
    assert off(date(2024, 8, 30), date(2025, 9, 1)) == []  # Constitution Day; 2025 moved
    assert off(date(2024, 10, 25), date(2025, 10, 27)) == []  # Republic Day; 2025 moved
    assert off(date(2024, 12, 16), date(2025, 12, 16)) == []  # Independence Day
    assert worked(date(2024, 12, 17)) == []  # one day only since 2022


def test_constitution_day_as_the_package_has_it_around_the_2026_change():
    # What holidays 0.109 says (checked, not assumed): 2026 has no Constitution Day at all,
    # from 2027 it is 15 March and 30 August is an ordinary day. If a later package says
    # otherwise this test shows it.
    assert worked(date(2026, 8, 31)) == []  # 30 August 2026 is a Sunday: no Monday off
    assert off(date(2027, 3, 15)) == []
    assert worked(date(2027, 8, 30)) == []


def test_years_the_package_does_not_cover_still_have_weekends():
    # The KZ calendar of the package runs from 1991 to 2100; outside it only weekends are off.
    assert CAL.is_working_day(date(1985, 1, 1))  # a Tuesday: New Year unknown before 1991
    assert not CAL.is_working_day(date(1985, 1, 5))  # a Saturday
    assert CAL.is_working_day(date(2101, 1, 3))  # a Monday
    assert not CAL.is_working_day(date(2101, 1, 8))  # a Saturday


def test_a_transfer_from_the_next_years_decree_counts():
    # The 2014 decree moved work to Saturday 28 December 2013 for a day off on 3 January 2014.
    assert worked(date(2013, 12, 28)) == []
    assert off(date(2014, 1, 3)) == []


def test_the_calendar_agrees_with_the_package_day_by_day():
    kz = holidays.country_holidays("KZ", years=range(2020, 2028))
    day = date(2020, 1, 1)
    disagree = []
    while day.year < 2028:
        if CAL.is_working_day(day) != kz.is_working_day(day):
            disagree.append(day)
        day += timedelta(days=1)
    assert disagree == []


# -- overrides -------------------------------------------------------------------------------


def test_override_adds_a_day_off():
    cal = WorkCalendar([CalendarOverride(date(2026, 6, 12), False, "Government decree")])
    assert not cal.is_working_day(date(2026, 6, 12))
    assert CAL.is_working_day(date(2026, 6, 12))


def test_override_makes_a_saturday_working():
    cal = WorkCalendar({date(2026, 6, 13): True})
    assert cal.is_working_day(date(2026, 6, 13))
    # Friday 12 June 2026 + 1 working day is that Saturday, not Monday.
    assert cal.add_working_days(date(2026, 6, 12), 1) == date(2026, 6, 13)
    assert CAL.add_working_days(date(2026, 6, 12), 1) == date(2026, 6, 15)


def test_override_wins_over_the_package_both_ways():
    cal = WorkCalendar({date(2024, 5, 8): True, date(2024, 5, 4): False})
    assert cal.is_working_day(date(2024, 5, 8))
    assert not cal.is_working_day(date(2024, 5, 4))


def test_override_moves_office_minutes():
    cal = WorkCalendar({date(2026, 6, 15): False})
    friday_evening = datetime(2026, 6, 12, 17, 50)
    assert cal.add_working_minutes(friday_evening, 30) == datetime(2026, 6, 16, 9, 20)


def test_overrides_are_listed_in_day_order():
    later = CalendarOverride(date(2026, 9, 1), False)
    earlier = CalendarOverride(date(2026, 1, 5), True, "work")
    assert WorkCalendar([later, earlier]).overrides == (earlier, later)


def test_contradicting_overrides_are_refused():
    with pytest.raises(ValueError, match="2026-06-12"):
        WorkCalendar([CalendarOverride(date(2026, 6, 12), False),
                      CalendarOverride(date(2026, 6, 12), True)])


def test_override_needs_a_date_not_a_datetime():
    with pytest.raises(TypeError):
        CalendarOverride(datetime(2026, 6, 12, 10, 0), False)
    with pytest.raises(TypeError):
        CalendarOverride(date(2026, 6, 12), "no")


# -- working days arithmetic -----------------------------------------------------------------


def test_fifteen_working_days_across_nauryz_2024():
    # From Friday 15 March 2024: 18, 19, 20 (3); 21, 22 holiday, 23-24 weekend, 25 moved
    # holiday; 26-29 (7); 1-5 April (12); 8, 9, 10 April (15).
    assert CAL.add_working_days(date(2024, 3, 15), 15) == date(2024, 4, 10)


def test_fifteen_working_days_across_nauryz_2025():
    # From Friday 14 March 2025: 17-20 (4); 21-25 off; 26-28 (7); 31 (8); 1-4 April (12);
    # 7, 8, 9 April (15).
    assert CAL.add_working_days(date(2025, 3, 14), 15) == date(2025, 4, 9)


def test_working_days_across_the_new_year_land_on_the_worked_sunday():
    # Friday 27 December 2024 + 3: Monday 30, Tuesday 31, then 1-4 January are off and
    # Sunday 5 January 2025 was worked.
    assert CAL.add_working_days(date(2024, 12, 27), 3) == date(2025, 1, 5)


def test_counting_from_a_holiday_starts_at_the_next_working_day():
    assert CAL.add_working_days(date(2024, 5, 7), 1) == date(2024, 5, 10)


def test_zero_working_days_is_the_day_itself_even_a_holiday():
    assert CAL.add_working_days(date(2024, 5, 7), 0) == date(2024, 5, 7)


def test_negative_working_days_are_refused():
    with pytest.raises(ValueError):
        CAL.add_working_days(date(2024, 5, 7), -1)


def test_working_days_need_a_date():
    with pytest.raises(TypeError):
        CAL.add_working_days(datetime(2024, 5, 7, 10, 0), 1)


def test_working_days_between():
    # (3 May 2024, 10 May 2024]: Saturday 4 (worked), Monday 6, Friday 10.
    assert CAL.working_days_between(date(2024, 5, 3), date(2024, 5, 10)) == 3
    assert CAL.working_days_between(date(2024, 5, 10), date(2024, 5, 3)) == -3
    assert CAL.working_days_between(date(2024, 5, 3), date(2024, 5, 3)) == 0


def test_working_days_of_the_year_2024():
    # 366 days, 104 of them Saturdays and Sundays, Saturday 4 May worked, 14 holidays on
    # weekdays (1, 2 Jan; 8, 21, 22, 25 Mar; 1, 7, 8, 9 May; 8 Jul; 30 Aug; 25 Oct; 16 Dec):
    # 366 - 104 + 1 - 14 = 249.
    assert CAL.working_days_between(date(2023, 12, 31), date(2024, 12, 31)) == 249


dates_2000_2030 = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))


@settings(max_examples=300, deadline=None)
@given(start=dates_2000_2030, n=st.integers(min_value=1, max_value=400))
def test_add_working_days_lands_on_the_nth_working_day(start, n):
    end = CAL.add_working_days(start, n)
    assert CAL.is_working_day(end)
    assert CAL.working_days_between(start, end) == n
    assert CAL.working_days_between(start, end - timedelta(days=1)) == n - 1


@settings(max_examples=200, deadline=None)
@given(start=st.dates(min_value=date(2002, 1, 1), max_value=date(2027, 12, 31)),
       n=st.integers(min_value=1, max_value=60))
def test_add_working_days_agrees_with_the_package(start, n):
    kz = holidays.country_holidays("KZ", years=range(start.year - 1, start.year + 2))
    assert CAL.add_working_days(start, n) == kz.get_nth_working_day(start, n)


# -- office time -----------------------------------------------------------------------------


def test_office_constants_are_the_providers_hours():
    clocks = [clock.isoformat("minutes")
              for clock in (OFFICE_START, LUNCH_START, LUNCH_END, OFFICE_END)]
    assert clocks == ["09:00", "13:00", "14:00", "18:00"]


@pytest.mark.parametrize(("clock", "inside"), [
    (time(8, 59), False), (time(9, 0), True), (time(12, 59), True), (time(13, 0), False),
    (time(13, 59), False), (time(14, 0), True), (time(17, 59), True), (time(18, 0), False),
])
def test_office_hours_on_a_working_day(clock, inside):
    assert CAL.is_office_time(datetime.combine(date(2024, 6, 3), clock)) is inside


def test_office_time_follows_working_days():
    assert not CAL.is_office_time(datetime(2024, 6, 8, 10, 0))  # a Saturday
    assert not CAL.is_office_time(datetime(2024, 5, 8, 10, 0))  # transferred day off
    assert CAL.is_office_time(datetime(2024, 5, 4, 10, 0))  # worked Saturday


@pytest.mark.parametrize(("moment", "expected"), [
    # Friday evening: Sunday 16 June 2024 was Kurban Ait, not moved, so Monday opens.
    (datetime(2024, 6, 14, 19, 0), datetime(2024, 6, 17, 9, 0)),
    (datetime(2024, 6, 15, 11, 0), datetime(2024, 6, 17, 9, 0)),  # Saturday
    (datetime(2024, 5, 7, 10, 0), datetime(2024, 5, 10, 9, 0)),  # holidays 7, 8, 9 May
    (datetime(2025, 3, 20, 18, 30), datetime(2025, 3, 26, 9, 0)),  # before Nauryz 2025
    (datetime(2024, 6, 3, 7, 30), datetime(2024, 6, 3, 9, 0)),  # early morning
    (datetime(2024, 6, 3, 13, 20), datetime(2024, 6, 3, 14, 0)),  # lunch
    (datetime(2024, 6, 3, 18, 0), datetime(2024, 6, 4, 9, 0)),  # closing time itself
    (datetime(2024, 6, 3, 10, 17, 42), datetime(2024, 6, 3, 10, 17, 42)),  # inside: as is
])
def test_next_office_moment(moment, expected):
    assert CAL.next_office_moment(moment) == expected


@pytest.mark.parametrize(("start", "minutes", "expected"), [
    (datetime(2024, 6, 3, 17, 30), 30, datetime(2024, 6, 3, 18, 0)),  # ends at closing
    (datetime(2024, 6, 3, 17, 30), 31, datetime(2024, 6, 4, 9, 1)),
    (datetime(2024, 6, 3, 12, 45), 15, datetime(2024, 6, 3, 13, 0)),  # ends at lunch
    (datetime(2024, 6, 3, 12, 45), 16, datetime(2024, 6, 3, 14, 1)),  # lunch skipped
    (datetime(2024, 6, 3, 13, 30), 15, datetime(2024, 6, 3, 14, 15)),  # starts in lunch
    (datetime(2024, 6, 3, 19, 0), 15, datetime(2024, 6, 4, 9, 15)),  # evening
    (datetime(2024, 6, 14, 17, 50), 30, datetime(2024, 6, 17, 9, 20)),  # over the weekend
    (datetime(2024, 6, 15, 10, 0), 30, datetime(2024, 6, 17, 9, 30)),  # starts on Saturday
    (datetime(2024, 5, 6, 17, 0), 120, datetime(2024, 5, 10, 10, 0)),  # over 7-9 May
    (datetime(2024, 6, 3, 9, 0), 480, datetime(2024, 6, 3, 18, 0)),  # one full day
    (datetime(2024, 6, 3, 10, 0), 480, datetime(2024, 6, 4, 10, 0)),
    # 1 working day from Wednesday 20 March 2024 15:00: 180 min that day, 21-25 March off,
    # 300 on Tuesday 26: 240 in the morning and 60 after lunch.
    (datetime(2024, 3, 20, 15, 0), 480, datetime(2024, 3, 26, 15, 0)),
    (datetime(2024, 6, 3, 10, 0, 30), 30, datetime(2024, 6, 3, 10, 30, 30)),  # seconds kept
])
def test_add_working_minutes(start, minutes, expected):
    assert CAL.add_working_minutes(start, minutes) == expected


def test_zero_minutes_is_the_moment_itself_even_outside_office_time():
    saturday = datetime(2024, 6, 15, 22, 5)
    assert CAL.add_working_minutes(saturday, 0) == saturday


def test_negative_minutes_are_refused():
    with pytest.raises(ValueError):
        CAL.add_working_minutes(datetime(2024, 6, 3, 10, 0), -15)


def test_add_working_minutes_keeps_the_time_zone():
    almaty = ZoneInfo("Asia/Almaty")
    result = CAL.add_working_minutes(datetime(2024, 6, 14, 17, 50, tzinfo=almaty), 30)
    assert result == datetime(2024, 6, 17, 9, 20, tzinfo=almaty)
    assert result.tzinfo is almaty


@pytest.mark.parametrize(("a", "b", "minutes"), [
    (datetime(2024, 6, 3, 10, 0), datetime(2024, 6, 3, 10, 0), 0),
    (datetime(2024, 6, 3, 11, 0), datetime(2024, 6, 3, 10, 0), 0),
    (datetime(2024, 6, 3, 12, 0), datetime(2024, 6, 3, 15, 0), 120),  # lunch not counted
    (datetime(2024, 6, 14, 17, 0), datetime(2024, 6, 17, 10, 0), 120),  # weekend not counted
    (datetime(2024, 5, 3, 17, 30), datetime(2024, 5, 6, 9, 1), 30 + 480 + 1),  # worked Sat
    (datetime(2024, 6, 3, 9, 0), datetime(2024, 6, 3, 9, 0, 59), 0),  # whole minutes only
    (datetime(2024, 6, 8, 10, 0), datetime(2024, 6, 9, 12, 0), 0),  # weekend only
])
def test_working_minutes_between(a, b, minutes):
    assert CAL.working_minutes_between(a, b) == minutes


def test_end_of_day_is_closing_time():
    assert CAL.end_of_day(date(2024, 4, 10)) == datetime(2024, 4, 10, 18, 0)


moments = st.datetimes(min_value=datetime(2023, 1, 1), max_value=datetime(2026, 12, 31)).map(
    lambda t: t.replace(second=0, microsecond=0))


@settings(max_examples=300, deadline=None)
@given(start=moments, minutes=st.integers(min_value=1, max_value=20 * 480))
def test_office_minutes_added_are_office_minutes_counted(start, minutes):
    end = CAL.add_working_minutes(start, minutes)
    assert CAL.working_minutes_between(start, end) == minutes
    # The end is inside office time or exactly at a period end of a working day.
    assert CAL.is_office_time(end) or (
        CAL.is_working_day(end.date()) and end.time() in (LUNCH_START, OFFICE_END))
    assert CAL.add_working_minutes(start, minutes + 1) > end


@settings(max_examples=200, deadline=None)
@given(moment=moments)
def test_next_office_moment_is_office_time_with_no_office_time_before_it(moment):
    opening = CAL.next_office_moment(moment)
    assert CAL.is_office_time(opening)
    assert opening >= moment
    assert CAL.working_minutes_between(moment, opening) == 0
