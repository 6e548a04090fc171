"""Checks shared by the drafts of the result kinds."""

from __future__ import annotations

from desktop.domain.validation import check_number, clean_text


def text(value: str, field: str, max_len: int = 300) -> str:
    return clean_text(value, field, max_len=max_len, required=False)


def whole(value: int | None, field: str, low: int, high: int) -> int | None:
    return check_number(value, field, low, high, integer=True)
