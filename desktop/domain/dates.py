"""How dates and times are written: dd.mm.yyyy in Kazakh and Russian alike (screens, forms,
messages), so there is one format for every language Kense speaks."""

from __future__ import annotations

from datetime import date, datetime, time

DATE_FORMAT = "%d.%m.%Y"
TIME_FORMAT = "%H:%M"
# The same two, in Qt's notation, for the date fields on screen.
QT_DATE_FORMAT = "dd.MM.yyyy"
QT_DATETIME_FORMAT = "dd.MM.yyyy HH:mm"


def format_date(value: date | None) -> str:
    """dd.mm.yyyy ("" for no date); a datetime gives its day."""
    return "" if value is None else value.strftime(DATE_FORMAT)


def format_datetime(value: datetime | None, *, seconds: bool = False) -> str:
    """dd.mm.yyyy HH:MM, or HH:MM:SS with `seconds` ("" for no moment)."""
    if value is None:
        return ""
    clock = TIME_FORMAT + (":%S" if seconds else "")
    return value.strftime(f"{DATE_FORMAT} {clock}")


def format_time(value: datetime | time) -> str:
    """HH:MM"""
    return value.strftime(TIME_FORMAT)


def file_stamp(moment: datetime, *, microseconds: bool = False) -> str:
    """yyyymmdd-HHMMSS for file names: sorts by time, and holds no character a file system
    refuses. With `microseconds` two files made in the same second still differ."""
    return moment.strftime("%Y%m%d-%H%M%S" + ("-%f" if microseconds else ""))
