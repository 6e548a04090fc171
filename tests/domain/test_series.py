"""A series as stored: capitals, and Latin letters that print like Cyrillic ones turned into
those Cyrillic letters, so that what looks the same on paper is the same text."""

import pytest

from desktop.domain.errors import InvalidInput
from desktop.domain.validation import clean_series


@pytest.mark.parametrize(("typed", "stored"), [
    ("ТКБ", "ТКБ"),
    ("ткб", "ТКБ"),
    ("TKБ", "ТКБ"),  # Latin T, K
    ("tkб", "ТКБ"),
    ("JB", "JВ"),  # J has no Cyrillic look-alike: it stays, and cannot be taken for one
    ("IAE", "ІАЕ"),  # Latin I is Kazakh І
    ("  ЖБ ", "ЖБ"),
])
def test_a_series_is_stored_in_the_letters_it_shows(typed, stored):
    assert clean_series(typed, "blank_series") == stored


def test_an_empty_series_is_refused_where_one_is_needed():
    with pytest.raises(InvalidInput):
        clean_series("  ", "blank_series")
    assert clean_series("", "original_series", required=False) == ""


def test_a_series_whose_capitals_grow_past_the_limit_is_refused_not_stored_long():
    # 18 digits and the ligature ﬃ are 19 characters typed, 21 once in capitals (FFI): the
    # column holds 20, so PostgreSQL refused the save with a database error.
    with pytest.raises(InvalidInput) as err:
        clean_series("0" * 18 + "ﬃ", "original_series")
    assert err.value.code == "too_long" and err.value.params["max_len"] == 20
    assert clean_series("0" * 17 + "ﬃ", "original_series") == "0" * 17 + "FF\u0406"  # Kazakh І
