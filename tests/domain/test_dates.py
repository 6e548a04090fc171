"""Dates as the office writes them, in both languages: dd.mm.yyyy."""

from datetime import date, datetime, time

from desktop.domain.dates import file_stamp, format_date, format_datetime, format_time


def test_a_day_is_written_day_month_year_with_leading_zeros():
    assert format_date(date(2026, 4, 9)) == "09.04.2026"
    assert format_date(datetime(2026, 4, 9, 17, 5)) == "09.04.2026"
    assert format_date(None) == ""


def test_a_moment_is_written_with_hours_and_minutes():
    assert format_datetime(datetime(2026, 3, 2, 9, 5, 7)) == "02.03.2026 09:05"
    assert format_datetime(datetime(2026, 3, 2, 9, 5, 7), seconds=True) == "02.03.2026 09:05:07"
    assert format_datetime(None) == ""


def test_a_time_of_day():
    assert format_time(datetime(2026, 3, 2, 18, 0)) == "18:00"
    assert format_time(time(9, 30)) == "09:30"


def test_file_stamps_sort_by_time():
    assert file_stamp(datetime(2026, 3, 2, 9, 5, 7, 42)) == "20260302-090507"
    assert file_stamp(datetime(2026, 3, 2, 9, 5, 7, 42), microseconds=True) == \
        "20260302-090507-000042"
