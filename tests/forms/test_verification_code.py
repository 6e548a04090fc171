"""Verification codes on signed results: stable, tolerant of human typing, and telling an
authentic paper from an unknown or an altered one."""

from __future__ import annotations

import re
import unicodedata

import pytest

from desktop.domain.verification import (
    normalize_code,
    parse_qr_payload,
    qr_payload,
    verification_code,
)

SECRET = bytes.fromhex("5f" * 32)
FIELDS = {
    "reg_number": "АН-2026-0017",
    "full_name": "Қасымова Әйгерім Ғалымқызы",
    "iin": "050815600014",
    "issued_on": "2026-03-05",
}


def test_code_is_three_groups_of_crockford_base32_and_stable():
    code = verification_code(SECRET, FIELDS)
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}", code)
    assert verification_code(SECRET, dict(reversed(list(FIELDS.items())))) == code
    assert normalize_code(code) == code


def test_any_altered_field_or_other_secret_changes_the_code():
    code = verification_code(SECRET, FIELDS)
    for key in FIELDS:
        altered = {**FIELDS, key: FIELDS[key] + "1"}
        assert verification_code(SECRET, altered) != code, key
    assert verification_code(b"another college", FIELDS) != code
    assert verification_code(SECRET, {**FIELDS, "extra": ""}) != code


def test_field_boundaries_are_unambiguous():
    one = verification_code(SECRET, {"a": "bc", "d": ""})
    two = verification_code(SECRET, {"a": "b", "d": "c"})
    three = verification_code(SECRET, {"a": 'b","d":"c'})
    assert len({one, two, three}) == 3


def test_unicode_composition_does_not_matter():
    # A name typed on one PC as "й" and pasted on another as "и" + combining breve is one name.
    composed = {**FIELDS, "full_name": "Сейітова Айгүл"}
    decomposed = {**FIELDS, "full_name": unicodedata.normalize("NFD", "Сейітова Айгүл")}
    assert composed != decomposed
    assert verification_code(SECRET, composed) == verification_code(SECRET, decomposed)


@pytest.mark.parametrize("typed", [
    "abcd-efgh-jkmn", "ABCD EFGH JKMN", "abcdefghjkmn", " ABCD–EFGH—JKMN ",
])
def test_normalize_accepts_case_spaces_and_dashes(typed):
    assert normalize_code(typed) == "ABCD-EFGH-JKMN"


def test_normalize_reads_look_alike_letters_as_digits():
    assert normalize_code("o0il-L1OO-abcd") == "0011-1100-ABCD"


@pytest.mark.parametrize("typed, problem", [
    ("ABCD-EFGH-JKM", "12 characters"),
    ("ABCD-EFGH-JKMNP", "12 characters"),
    ("", "12 characters"),
    ("ABCD-EFGH-JKMU", "not allowed"),
    ("АВСD-EFGH-JKMN", "not allowed"),  # Cyrillic А, В, С typed on a Kazakh keyboard
])
def test_normalize_rejects_wrong_length_or_characters(typed, problem):
    with pytest.raises(ValueError, match=problem):
        normalize_code(typed)


def test_qr_payload_round_trips():
    code = verification_code(SECRET, FIELDS)
    payload = qr_payload("АН-2026-0017", code)
    assert payload == f"KENSE|АН-2026-0017|{code}"
    assert parse_qr_payload(payload) == ("АН-2026-0017", code)
    assert parse_qr_payload(f"  kense|АН-2026-0017|{code.lower()}\n") == ("АН-2026-0017", code)


@pytest.mark.parametrize("text", ["", "KENSE|АН-1", "OTHER|АН-1|ABCD-EFGH-JKMN",
                                  "KENSE||ABCD-EFGH-JKMN", "KENSE|АН-1|nonsense"])
def test_parse_qr_payload_rejects_foreign_text(text):
    with pytest.raises(ValueError):
        parse_qr_payload(text)


def test_qr_payload_refuses_a_number_that_would_break_it():
    with pytest.raises(ValueError):
        qr_payload("АН|1", "ABCD-EFGH-JKMN")
