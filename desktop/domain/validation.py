"""Checks of what users type: names, free text, dates. Raise InvalidInput, never guess."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from desktop.domain.dates import format_date
from desktop.domain.errors import InvalidInput
from desktop.domain.iin import check_digit

EARLIEST_DATE = date(1900, 1, 1)
_NAME_CHARS = re.compile(r"^[^\W\d_]+(?:[ \-'’.][^\W\d_]+)*\.?$")
_PHONE = re.compile(r"^\+?[\d\s\-()]{10,20}$")


# Characters no field may hold: the C0 controls (NUL included: PostgreSQL refuses it, SQLite
# would store it silently) except tab, line feed and carriage return (whitespace, folded into
# single spaces below), DEL, and unpaired surrogates (not text at all: no database can encode
# them).
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _normal(value: str | None) -> str:
    return unicodedata.normalize("NFC", " ".join((value or "").split()))


def check_chars(value: str | None, field: str) -> None:
    """Refuse what is not text: a value of another type, control characters, lone surrogates."""
    if value is None:
        return
    if not isinstance(value, str):
        raise InvalidInput(field, "bad_char", f"is a {type(value).__name__}, not text")
    bad = _BAD_CHARS.search(value)
    if bad:
        raise InvalidInput(field, "bad_char",
                           f"holds the character U+{ord(bad.group()):04X} at {bad.start() + 1}")


def check_length(stored: str, field: str, max_len: int) -> str:
    """The limit is on what is stored, which may be longer than what was typed (a derived
    column such as a case-folded search form: 'ß' folds to 'ss', 'ﬃ' to 'ffi')."""
    if len(stored) > max_len:
        raise InvalidInput(
            field, "too_long", f"is {len(stored)} characters, at most {max_len}", max_len=max_len
        )
    return stored


def clean_text(value: str | None, field: str, *, max_len: int, required: bool = True) -> str:
    """The one check of free text at the service boundary: characters, then emptiness, then
    the length of the normalised text that will be stored."""
    check_chars(value, field)
    text = _normal(value)
    if not text:
        if required:
            raise InvalidInput(field, "required", "must not be empty")
        return ""
    return check_length(text, field, max_len)


def check_number(value: object, field: str, low: float, high: float, *,
                 integer: bool = False, low_inclusive: bool = True,
                 required: bool = False) -> float | int | None:
    """A number within [low, high] (or (low, high]); None passes unless required. Never
    converts first, so a huge integer, NaN or infinity is refused rather than overflowing."""
    if value is None:
        if required:
            raise InvalidInput(field, "required", "must not be empty")
        return None
    kinds = (int,) if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds):
        raise InvalidInput(field, "out_of_range", f"must be {low}-{high}", low=low, high=high)
    above_low = low <= value if low_inclusive else low < value
    if not (above_low and value <= high):  # NaN fails both comparisons
        raise InvalidInput(field, "out_of_range", f"must be {low}-{high}", low=low, high=high)
    return value


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
        raise InvalidInput(field, "future_date", f"{format_date(value)} is in the future")
    if value < earliest:
        raise InvalidInput(field, "too_old_date",
                           f"{format_date(value)} is before {format_date(earliest)}")
    return value


def check_order(first: date, second: date, field: str) -> None:
    if second < first:
        raise InvalidInput(
            field, "date_order", f"{format_date(second)} is before {format_date(first)}"
        )


def clean_bin(value: str | None, field: str = "bin") -> str:
    """A business identification number: 12 digits, the last a check digit computed as an
    IIN's is; empty is allowed (only electronic signing needs it)."""
    text = clean_text(value, field, max_len=20, required=False).replace(" ", "")
    if text and not (len(text) == 12 and text.isdigit()
                     and check_digit(text[:11]) == int(text[11])):
        raise InvalidInput(field, "bad_bin", "is not a BIN (12 digits with a check digit)")
    return text


# Latin capitals that print like Cyrillic ones. A form's series is Cyrillic ("ТКБ", "ЖБ"); typed
# on a Latin keyboard layout, "TKB" looks the same on screen and on paper but is another text:
# another series in the stock, a duplicate that names no blank of it.
_LATIN_LOOK_ALIKES = str.maketrans("ABCEHIKMOPTXY", "АВСЕНІКМОРТХУ")


def clean_series(value: str | None, field: str, *, max_len: int = 20,
                 required: bool = True) -> str:
    """A document's or blank's series as stored: capitals, Latin look-alikes as the Cyrillic
    letters they show (T K B → Т К Б; Latin I → Kazakh І)."""
    text = clean_text(value, field, max_len=max_len, required=required).upper().translate(
        _LATIN_LOOK_ALIKES)
    # Capitals can be longer than what was typed (ß → SS, ﬃ → FFI): the stored form must fit.
    if len(text) > max_len:
        raise InvalidInput(field, "too_long", f"at most {max_len} characters", max_len=max_len)
    return text


def series_form(text: str) -> str:
    """A series already stored or read (an archive's cell) in the same form, unchecked."""
    return text.upper().translate(_LATIN_LOOK_ALIKES)
