"""Checks of what users type: names, free text, dates. Raise InvalidInput, never guess."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from desktop.domain.errors import InvalidInput

EARLIEST_DATE = date(1900, 1, 1)
_NAME_CHARS = re.compile(r"^[^\W\d_]+(?:[ \-'’.][^\W\d_]+)*\.?$")
_PHONE = re.compile(r"^\+?[\d\s\-()]{10,20}$")


def _normal(value: str | None) -> str:
    return unicodedata.normalize("NFC", " ".join((value or "").split()))


def clean_text(value: str | None, field: str, *, max_len: int, required: bool = True) -> str:
    text = _normal(value)
    if not text:
        if required:
            raise InvalidInput(field, "required", "must not be empty")
        return ""
    if len(text) > max_len:
        raise InvalidInput(
            field, "too_long", f"is {len(text)} characters, at most {max_len}", max_len=max_len
        )
    return text


def clean_name(value: str | None, field: str, *, required: bool = True) -> str:
    """A person's name part: letters of any alphabet (ә ғ қ ң ө ұ ү һ і too), hyphens, spaces."""
    text = clean_text(value, field, max_len=60, required=required)
    if text and not _NAME_CHARS.match(text):
        raise InvalidInput(field, "bad_name", "may contain only letters, spaces and hyphens")
    return text


def clean_phone(value: str | None, field: str = "phone") -> str:
    text = clean_text(value, field, max_len=20, required=False)
    if text and not _PHONE.match(text):
        raise InvalidInput(field, "bad_phone", "is not a phone number")
    return text


def check_past_date(
    value: date | None, field: str, today: date, *, required: bool = True,
    earliest: date = EARLIEST_DATE,
) -> date | None:
    if value is None:
        if required:
            raise InvalidInput(field, "required", "must not be empty")
        return None
    if value > today:
        raise InvalidInput(field, "future_date", f"{value:%d.%m.%Y} is in the future")
    if value < earliest:
        raise InvalidInput(field, "too_old_date", f"{value:%d.%m.%Y} is before {earliest:%d.%m.%Y}")
    return value


def check_order(first: date, second: date, field: str) -> None:
    if second < first:
        raise InvalidInput(
            field, "date_order", f"{second:%d.%m.%Y} is before {first:%d.%m.%Y}"
        )
