"""How numbers are written: a decimal comma, as the college's sheets and the forms write
credits ("1,5") in Kazakh and Russian alike; a whole number without decimals."""

from __future__ import annotations


def number_text(value: float | int | None) -> str:
    """1.5 -> "1,5", 3.0 -> "3", 72 -> "72", None -> ""."""
    if value is None:
        return ""
    return f"{value:g}".replace(".", ",") if isinstance(value, float) else str(value)
