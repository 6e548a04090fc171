"""The stock report of blanks as an .xlsx workbook: the same headings and figures as the PDF,
numbers as numbers, dates as dates, a frozen header, a filter and a total row with formulas'
values written out (a reader without Excel's recalculation sees them too)."""

from __future__ import annotations

import io

from desktop.domain.blank_printables import BlankStockReport
from desktop.domain.dates import format_date
from desktop.forms.blank_stock import FIGURES, stock_headings
from desktop.forms.blank_tables import kind_name
from desktop.forms.texts import check_language, texts

HEADER_ROW = 4


def render_blank_stock_xlsx(data: BlankStockReport, lang: str) -> bytes:
    # Imported here: no working window loads openpyxl at start (tests/ui/test_start_imports).
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    t = texts(check_language(lang))
    book = Workbook()
    sheet = book.active
    sheet.title = t("blank_stock.sheet")[:31]
    sheet["A1"] = data.college.name(lang)
    sheet["A2"] = t("blank_stock.title")
    sheet["A2"].font = Font(bold=True)
    sheet["A3"] = t("common.period", date_from=format_date(data.date_from),
                    date_to=format_date(data.date_to))
    for column, head in enumerate(stock_headings(t), start=1):
        cell = sheet.cell(HEADER_ROW, column, head)
        cell.font = Font(bold=True)
    for offset, row in enumerate(data.rows, start=1):
        values = [kind_name(t, row.kind), row.series, *(getattr(row, f) for f in FIGURES)]
        for column, value in enumerate(values, start=1):
            sheet.cell(HEADER_ROW + offset, column, value)
    total = HEADER_ROW + len(data.rows) + 1
    for row, kind in enumerate(data.kinds(), start=total):  # one total per kind of blank
        sheet.cell(row, 1, t("blank_stock.total_of", kind=kind_name(t, kind))).font = \
            Font(bold=True)
        for column, name in enumerate(FIGURES, start=3):
            sheet.cell(row, column, data.total(name, kind)).font = Font(bold=True)
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 1)
    last = get_column_letter(2 + len(FIGURES))
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(total - 1, HEADER_ROW)}"
    for column, width in zip("ABCDEFGH", (24, 14, 14, 14, 14, 14, 14, 14), strict=True):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
