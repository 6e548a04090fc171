"""The IIN as the clerk types it: what it encodes and every way it can be wrong."""

from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.domain.iin import (
    BirthDateMismatch,
    Iin,
    InvalidIin,
    check_birth_date,
    check_digit,
    make_iin,
    parse_iin,
)

# Worked by hand, digit by digit:
#
# 900115 3 0123 ?  - born 15.01.1990, "3" = 1900s male, serial 0123
#   first pass:  9*1 + 0*2 + 0*3 + 1*4 + 1*5 + 5*6 + 3*7 + 0*8 + 1*9 + 2*10 + 3*11
#              = 9 + 4 + 5 + 30 + 21 + 9 + 20 + 33 = 131; 131 mod 11 = 10 -> second pass
#   second pass: 9*3 + 0*4 + 0*5 + 1*6 + 1*7 + 5*8 + 3*9 + 0*10 + 1*11 + 2*1 + 3*2
#              = 27 + 6 + 7 + 40 + 27 + 11 + 2 + 6 = 126; 126 mod 11 = 5
MAN_1990 = "900115301235"
# 050721 6 0045 ?  - born 21.07.2005, "6" = 2000s female, serial 0045
#   0*1 + 5*2 + 0*3 + 7*4 + 2*5 + 1*6 + 6*7 + 0*8 + 0*9 + 4*10 + 5*11
#   = 10 + 28 + 10 + 6 + 42 + 40 + 55 = 191; 191 mod 11 = 4
WOMAN_2005 = "050721600454"
# 991231 1 0001 ?  - born 31.12.1899, "1" = 1800s male
#   9*1 + 9*2 + 1*3 + 2*4 + 3*5 + 1*6 + 1*7 + 0 + 0 + 0 + 1*11 = 77; 77 mod 11 = 0
MAN_1899 = "991231100010"
# 880314 4 0140 ?  - born 14.03.1988, "4" = 1900s female: no check digit can exist
#   8*1 + 8*2 + 0*3 + 3*4 + 1*5 + 4*6 + 4*7 + 0*8 + 1*9 + 4*10 + 0*11 = 142; mod 11 = 10
#   8*3 + 8*4 + 0*5 + 3*6 + 1*7 + 4*8 + 4*9 + 0*10 + 1*11 + 4*1 + 0*2 = 164; mod 11 = 10
IMPOSSIBLE_HEAD = "88031440140"

TODAY = date(2025, 6, 1)


def reason_of(text: str, today: date = TODAY) -> str:
    with pytest.raises(InvalidIin) as caught:
        parse_iin(text, today=today)
    return caught.value.reason


# -- valid numbers -------------------------------------------------------------------------


def test_man_born_1990_needs_the_second_weights():
    assert parse_iin(MAN_1990) == Iin(MAN_1990, date(1990, 1, 15), "M")


def test_woman_born_2005():
    assert parse_iin(WOMAN_2005) == Iin(WOMAN_2005, date(2005, 7, 21), "F")


def test_man_born_in_the_1800s():
    assert parse_iin(MAN_1899) == Iin(MAN_1899, date(1899, 12, 31), "M")


def test_surrounding_whitespace_is_dropped():
    assert parse_iin(f"  {WOMAN_2005}\t\n").value == WOMAN_2005


def test_born_today_is_accepted():
    iin = make_iin(TODAY, "F", 17)
    assert parse_iin(iin, today=TODAY).birth_date == TODAY


def test_check_digit_of_the_hand_examples():
    assert check_digit(MAN_1990[:11]) == 5
    assert check_digit(WOMAN_2005[:11]) == 4
    assert check_digit(IMPOSSIBLE_HEAD) is None


# -- each reason for refusal ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_empty(text):
    assert reason_of(text) == "empty"


def test_length():
    with pytest.raises(InvalidIin, match="IIN must have 12 digits, got 11") as caught:
        parse_iin(MAN_1990[:11])
    assert caught.value.reason == "length"
    assert reason_of(MAN_1990 + "0") == "length"


@pytest.mark.parametrize(("text", "char"), [
    ("90011530123a", "a"),
    ("900115 301235", " "),  # a space inside is not forgiven
    ("900115-301235", "-"),
    ("９00115301235", "９"),  # a full-width digit is not an ASCII digit
    ("٩00115301235", "٩"),  # nor an Arabic-Indic one, though str.isdigit says so
])
def test_non_digit(text, char):
    with pytest.raises(InvalidIin, match=f"IIN contains a non-digit character '{char}'") as c:
        parse_iin(text)
    assert c.value.reason == "non_digit"


@pytest.mark.parametrize("digit", ["0", "7", "8", "9"])
def test_century(digit):
    text = MAN_1990[:6] + digit + MAN_1990[7:]
    with pytest.raises(InvalidIin, match=f"IIN century digit {digit} is invalid") as caught:
        parse_iin(text)
    assert caught.value.reason == "century"


@pytest.mark.parametrize("date_part", ["990231", "901301", "900100", "000230", "010229"])
def test_date(date_part):
    # 31 Feb, month 13, day 0, 30 Feb 2000, 29 Feb 2001 (not a leap year).
    text = date_part + "5" + "00010"
    with pytest.raises(InvalidIin, match=f"IIN date part {date_part} is not a real date") as c:
        parse_iin(text)
    assert c.value.reason == "date"


def test_leap_day_is_a_real_date():
    assert parse_iin(make_iin(date(2000, 2, 29), "M", 1)).birth_date == date(2000, 2, 29)


def test_century_decides_the_leap_year():
    # 29.02.1900 does not exist (1900 was no leap year), 29.02.2000 does.
    assert reason_of("000229" + "3" + "00010") == "date"


def test_wrong_check_digit():
    text = MAN_1990[:11] + "4"
    with pytest.raises(InvalidIin, match="IIN check digit is 4 but should be 5") as caught:
        parse_iin(text)
    assert caught.value.reason == "checksum"


@pytest.mark.parametrize("last", "0123456789")
def test_no_check_digit_can_exist(last):
    assert reason_of(IMPOSSIBLE_HEAD + last) == "checksum"


def test_future_birth_date():
    tomorrow_born = make_iin(date(2025, 6, 2), "M", 5)
    with pytest.raises(InvalidIin) as c:
        parse_iin(tomorrow_born, today=TODAY)
    assert c.value.reason == "future"
    assert str(c.value) == "IIN birth date 02.06.2025 is in the future"


def test_future_is_measured_against_the_real_today_by_default():
    assert reason_of(make_iin(date(2099, 1, 1), "F", 1), today=None) == "future"


def test_invalid_iin_is_a_value_error():
    with pytest.raises(ValueError):
        parse_iin("1")


# -- make_iin ------------------------------------------------------------------------------


def test_make_iin_builds_the_hand_examples():
    assert make_iin(date(1990, 1, 15), "M", 123) == MAN_1990
    assert make_iin(date(2005, 7, 21), "F", 45) == WOMAN_2005
    assert make_iin(date(1899, 12, 31), "M", 1) == MAN_1899


def test_make_iin_skips_a_serial_without_a_check_digit():
    assert make_iin(date(1988, 3, 14), "F", 140) == "880314401411"


def test_make_iin_wraps_after_the_last_serial():
    # Every serial of one birth date and sex either works or is skipped to the next one.
    for serial in range(10000):
        value = make_iin(date(1988, 3, 14), "F", serial)
        assert int(value[7:11]) in (serial, (serial + 1) % 10000)


@pytest.mark.parametrize(("birth", "sex", "serial"), [
    (date(1990, 1, 1), "X", 1),
    (date(1990, 1, 1), "m", 1),
    (date(1990, 1, 1), "M", -1),
    (date(1990, 1, 1), "M", 10000),
    (date(1799, 12, 31), "M", 1),
    (date(2100, 1, 1), "F", 1),
])
def test_make_iin_refuses_what_no_iin_can_hold(birth, sex, serial):
    with pytest.raises(ValueError):
        make_iin(birth, sex, serial)


# -- the entered birth date ----------------------------------------------------------------


def test_birth_date_matching_the_iin_passes():
    check_birth_date(parse_iin(MAN_1990), date(1990, 1, 15))


def test_birth_date_differing_from_the_iin_is_refused():
    with pytest.raises(BirthDateMismatch) as caught:
        check_birth_date(parse_iin(MAN_1990), date(1990, 1, 16))
    assert str(caught.value) == "entered birth date 16.01.1990 differs from the IIN's 15.01.1990"
    assert caught.value.iin_date == date(1990, 1, 15)
    assert caught.value.entered == date(1990, 1, 16)
    assert isinstance(caught.value, ValueError)


# -- properties ----------------------------------------------------------------------------

births = st.dates(min_value=date(1900, 1, 1), max_value=date.today())
sexes = st.sampled_from(["M", "F"])
serials = st.integers(min_value=0, max_value=9999)


@settings(max_examples=500)
@given(birth=births, sex=sexes, serial=serials)
def test_make_then_parse_round_trips(birth, sex, serial):
    iin = parse_iin(make_iin(birth, sex, serial))
    assert (iin.birth_date, iin.sex) == (birth, sex)
    assert len(iin.value) == 12


def _replace(value: str, position: int, digit: str) -> str:
    return value[:position] + digit + value[position + 1:]


def _first_sum(value: str) -> int:
    return sum(int(c) * weight for c, weight in zip(value[:11], range(1, 12), strict=True)) % 11


@settings(max_examples=300)
@given(birth=births, sex=sexes, serial=serials, digit=st.sampled_from("0123456789"))
def test_a_mistyped_check_digit_is_always_caught(birth, sex, serial, digit):
    value = make_iin(birth, sex, serial)
    assume(digit != value[11])
    with pytest.raises(InvalidIin):
        parse_iin(_replace(value, 11, digit))


@settings(max_examples=500)
@given(birth=births, sex=sexes, serial=serials, position=st.integers(0, 9),
       digit=st.sampled_from("0123456789"))
def test_a_mistyped_digit_in_the_first_ten_is_caught_unless_a_first_sum_is_ten(
        birth, sex, serial, position, digit):
    # Weights 1..10 are invertible mod 11, so one changed digit always changes the first sum;
    # it slips through only when the second weights come in on either side.
    value = make_iin(birth, sex, serial)
    assume(digit != value[position])
    typo = _replace(value, position, digit)
    try:
        parsed = parse_iin(typo)
    except InvalidIin:
        return
    assert 10 in (_first_sum(value), _first_sum(typo))
    # What slipped through is still a different person or date, never silently the same.
    original = parse_iin(value)
    assert (parsed.birth_date, parsed.sex, parsed.value[7:11]) != (
        original.birth_date, original.sex, original.value[7:11])


def test_the_eleventh_digit_is_not_guarded_by_the_first_sum():
    # Its weight in the first pass is 11, i.e. 0 mod 11: a typo there (the last serial
    # digit) usually yields another valid IIN. Recorded so nobody relies on catching it.
    typo = _replace(WOMAN_2005, 10, "6")  # serial 0045 -> 0046, same check digit 4
    assert parse_iin(typo).value == "050721600464"


@settings(max_examples=1000)
@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_any_twelve_digits_parse_or_raise_invalid_iin(text):
    try:
        iin = parse_iin(text)
    except InvalidIin as error:
        assert error.reason in {"date", "century", "checksum", "future"}
        assert str(error)
    else:
        assert iin.value == text
        assert iin.sex in ("M", "F")


@settings(max_examples=300)
@given(st.text(max_size=20))
def test_any_text_parses_or_raises_invalid_iin(text):
    try:
        parse_iin(text)
    except InvalidIin as error:
        assert error.reason in {"empty", "length", "non_digit", "date", "century", "checksum",
                                "future"}
