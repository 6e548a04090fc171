"""What the user reads when a use case about strict-accountability blanks says no."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.code_names import blank_kind_name, blank_state_name

translate = QCoreApplication.translate


def blank_error(code: str, params: dict) -> str | None:
    """Sentences about blanks in stock, their use and their reports; None for other codes."""
    series, number = params.get("series", ""), params.get("number", "")
    texts = {
        "blank_number_digits": lambda: translate(
            "blanks", "A blank's number may contain digits only (leading zeros are kept)."),
        "blank_width_mismatch": lambda: translate(
            "blanks", "The first and the last number must have the same number of digits "
                      "({first} and {last}): type the leading zeros in both.").format(
            first=params.get("first", ""), last=params.get("last", "")),
        "blank_range_reversed": lambda: translate(
            "blanks", "The last number ({last}) is smaller than the first ({first}).").format(
            first=params.get("first", ""), last=params.get("last", "")),
        "blank_range_too_large": lambda: translate(
            "blanks", "This range holds {count} blanks; a batch may hold at most {limit}. "
                      "Check the numbers.").format(count=params.get("count", ""),
                                                   limit=params.get("limit", "")),
        "blank_range_overlaps": lambda: translate(
            "blanks", "Series {series} already has the blanks {first}–{last} (received "
                      "{date}). A range may not overlap a batch already recorded.").format(
            series=series, first=params.get("first", ""), last=params.get("last", ""),
            date=_date(params.get("received_on"))),
        "blank_not_found": lambda: translate("blanks", "This blank is not recorded."),
        "blank_batch_not_found": lambda: translate(
            "blanks", "This batch is not recorded (another administrator may have cancelled "
                      "it)."),
        "blank_batch_in_use": lambda: translate(
            "blanks", "Blank {series} № {number} of this batch is {state}: a batch may be "
                      "corrected or cancelled only while every blank of it is in stock.").format(
            series=series, number=number, state=blank_state_name(params.get("state", ""))),
        "blank_not_recorded": lambda: translate(
            "blanks", "Blank {series} № {number} was never received: record its batch "
                      "(Administration → Blanks) or leave the blank's number empty so that the "
                      "signing takes the next blank in stock.").format(
            series=series, number=number),
        "blank_not_in_stock": lambda: (translate(
            "blanks", "Blank {series} № {number} is not in stock: it is {state} "
                      "(case {reg_number}).") if params.get("reg_number") else translate(
            "blanks", "Blank {series} № {number} is not in stock: it is {state}.")).format(
            series=series, number=number, state=blank_state_name(params.get("state", "")),
            reg_number=params.get("reg_number", "")),
        "blank_wrong_kind": lambda: translate(
            "blanks", "Blank {series} № {number} is a blank of another kind ({kind}); this "
                      "document needs a blank of the kind “{wanted}”.").format(
            series=series, number=number, kind=blank_kind_name(params.get("kind", "")),
            wanted=blank_kind_name(params.get("wanted", ""))),
        "no_blank_in_stock": lambda: translate(
            "blanks", "No blank of the kind “{kind}” is in stock. The administrator records "
                      "the batch received (Administration → Blanks); nothing was saved.").format(
            kind=blank_kind_name(params.get("kind", ""))),
        "no_blank_to_spoil": lambda: translate(
            "blanks", "This result was not printed on a numbered blank."),
        "bad_period": lambda: translate(
            "blanks", "The period ends before it starts: check the dates."),
    }
    make = texts.get(code)
    return make() if make else None


def _date(value) -> str:
    from desktop.domain.dates import format_date

    try:
        return format_date(value) if value else ""
    except (TypeError, ValueError, AttributeError):
        return str(value)
