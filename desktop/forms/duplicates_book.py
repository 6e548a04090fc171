"""The book of issued duplicates for a period (landscape), with a column left for the
recipient's signature."""

from __future__ import annotations

from desktop.domain.dates import format_date
from desktop.domain.printables import BookData
from desktop.forms.register import render_register
from desktop.forms.texts import check_language, texts


def render_duplicates_book(data: BookData, lang: str) -> bytes:
    t = texts(check_language(lang))
    columns = [
        (t("duplicates_book.col_number"), 9), (t("duplicates_book.col_book"), 22),
        (t("duplicates_book.col_issued"), 18), (t("duplicates_book.col_person"), 42),
        (t("duplicates_book.col_name_as_written"), 42), (t("duplicates_book.col_original"), 36),
        (t("duplicates_book.col_blank"), 26), (t("duplicates_book.col_reg"), 24),
        (t("duplicates_book.col_received_by"), 0), (t("duplicates_book.col_signature"), 28),
    ]
    rows = []
    for row in data.rows:
        original = f"{row.original_series} № {row.original_number}"
        if row.original_issued_on:
            original += f", {format_date(row.original_issued_on)}"
        rows.append([
            row.book_number, format_date(row.issued_on), row.person, row.name_as_written,
            original, f"{row.new_blank_series} № {row.new_blank_number}", row.reg_number,
            row.received_by, "",
        ])
    return render_register(
        t, title=t("duplicates_book.title"), college=data.college, date_from=data.date_from,
        date_to=data.date_to, printed_on=data.printed_on, columns=columns, rows=rows,
    )
