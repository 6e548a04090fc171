"""The Kazakh individual identification number (ЖСН / ИИН): 12 digits.

    YYMMDD  C  SSSS  K
    birth   |  |     check digit
    date    |  serial
            century and sex: 1/2 -> 1800s, 3/4 -> 1900s, 5/6 -> 2000s; odd male, even female

Check digit: sum(d_i * i, i = 1..11) mod 11; when that is 10, the sum is taken again with the
weights 3, 4, ..., 11, 1, 2; when that is 10 too, no IIN carries these 11 digits.

Errors carry a `reason` code for the UI to translate; the English message is for logs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.dates import format_date

IIN_LENGTH = 12
MAX_SERIAL = 9999

_DIGITS = frozenset("0123456789")
_FIRST_WEIGHTS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_NO_CHECK_DIGIT = 10

# century digit -> (first year of the century, sex)
_CENTURY = {1: (1800, "M"), 2: (1800, "F"), 3: (1900, "M"), 4: (1900, "F"),
            5: (2000, "M"), 6: (2000, "F")}
_CENTURY_DIGIT = {value: digit for digit, value in _CENTURY.items()}

REASONS = ("empty", "length", "non_digit", "date", "century", "checksum", "future")


class InvalidIin(ValueError):
    """The text is not a valid IIN; `reason` is one of REASONS."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class BirthDateMismatch(ValueError):
    """The birth date the applicant gave is not the one their IIN encodes."""

    def __init__(self, iin_date: date, entered: date) -> None:
        super().__init__(
            f"entered birth date {format_date(entered)} differs from the IIN's "
            f"{format_date(iin_date)}"
        )
        self.iin_date = iin_date
        self.entered = entered


@dataclass(frozen=True)
class Iin:
    value: str
    birth_date: date
    sex: str  # "M" or "F"

    def __str__(self) -> str:
        return self.value


def check_digit(first_eleven: str) -> int | None:
    """The 12th digit for these 11 digits, or None when none can exist."""
    digits = [int(c) for c in first_eleven]
    for weights in (_FIRST_WEIGHTS, _SECOND_WEIGHTS):
        remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if remainder != _NO_CHECK_DIGIT:
            return remainder
    return None


def parse_iin(text: str, *, today: date | None = None) -> Iin:
    """Check an IIN as typed (surrounding whitespace allowed) and read what it encodes.

    `today` is for tests; a birth date after it is refused.
    """
    value = text.strip()
    if not value:
        raise InvalidIin("empty", "IIN is empty")
    for char in value:
        if char not in _DIGITS:
            raise InvalidIin("non_digit", f"IIN contains a non-digit character '{char}'")
    if len(value) != IIN_LENGTH:
        raise InvalidIin("length", f"IIN must have {IIN_LENGTH} digits, got {len(value)}")

    century_digit = int(value[6])
    if century_digit not in _CENTURY:
        raise InvalidIin(
            "century", f"IIN century digit {century_digit} is invalid (must be 1–6)"
        )
    century, sex = _CENTURY[century_digit]
    try:
        birth = date(century + int(value[0:2]), int(value[2:4]), int(value[4:6]))
    except ValueError:
        raise InvalidIin("date", f"IIN date part {value[:6]} is not a real date") from None

    expected = check_digit(value[:11])
    if expected is None:
        raise InvalidIin(
            "checksum", f"IIN first 11 digits {value[:11]} admit no check digit"
        )
    if int(value[11]) != expected:
        raise InvalidIin(
            "checksum", f"IIN check digit is {value[11]} but should be {expected}"
        )

    if birth > (today or date.today()):
        raise InvalidIin("future", f"IIN birth date {format_date(birth)} is in the future")
    return Iin(value=value, birth_date=birth, sex=sex)


def make_iin(birth_date: date, sex: str, serial: int) -> str:
    """A valid IIN for this person (demo data, tests).

    About one serial in 120 admits no check digit for a given date and sex; then the next
    serial is used (after 9999 comes 0), which always has one: stepping the serial changes the
    second weighted sum by 2, 4, 5 or 6 (mod 11) whatever the carry, so it cannot stay at 10.
    The serial in the result may therefore be one more than asked for.
    """
    if sex not in ("M", "F"):
        raise ValueError(f"sex must be 'M' or 'F', got {sex!r}")
    if not 0 <= serial <= MAX_SERIAL:
        raise ValueError(f"serial must be 0..{MAX_SERIAL}, got {serial}")
    century = birth_date.year // 100 * 100
    if (century, sex) not in _CENTURY_DIGIT:
        raise ValueError(f"IIN covers birth years 1800-2099, got {birth_date.year}")
    head = f"{birth_date:%y%m%d}{_CENTURY_DIGIT[century, sex]}"
    for candidate in (serial, (serial + 1) % (MAX_SERIAL + 1)):
        first_eleven = f"{head}{candidate:04d}"
        digit = check_digit(first_eleven)
        if digit is not None:
            return f"{first_eleven}{digit}"
    raise AssertionError("unreachable: of two consecutive serials one has a check digit")


def check_birth_date(iin: Iin, entered: date) -> None:
    """Refuse an application whose birth date contradicts the applicant's IIN."""
    if entered != iin.birth_date:
        raise BirthDateMismatch(iin.birth_date, entered)


def masked(value: str | None) -> str:
    """An IIN as a record may show it: its last four digits only ("********0027"), so that the
    audit log says which number changed without holding it; "" stays ""."""
    if not value:
        return ""
    return "*" * (len(value) - 4) + value[-4:] if len(value) > 4 else "*" * len(value)
