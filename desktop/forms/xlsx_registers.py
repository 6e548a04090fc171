"""The registers and the statistics as Excel workbooks: the registration journal, the book of
issued duplicates and the statistics, from the same plain data as their PDFs.

Each sheet's first row is its column titles in Kazakh and Russian (one cell, two lines), frozen
and with a filter; dates are Excel dates (dd.mm.yyyy), so a clerk can sort and count them;
IINs and numbers stay text (an IIN keeps its leading zero). Workbooks are written in
openpyxl's write-only mode: rows go to the file as they come, so 100,000 rows need no more
memory than a few. openpyxl is imported here, when a file is written, never at start.

The wording is the forms' (resources/forms/kk.toml, ru.toml), so paper and Excel agree; a
register lives beside its PDF form rather than in the services because it is a rendering of
the same data (and the services may not read the forms' wording).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from desktop.domain.printables import BookData, JournalData
from desktop.domain.report_figures import Statistics, figure_lines
from desktop.forms.statistics import figure_label, section_label, service_label
from desktop.forms.texts import Texts, check_language, status_name, texts

DATE = "dd.mm.yyyy"
MOMENT = "dd.mm.yyyy hh:mm"
WORKING_DAYS = "0.0"


@dataclass(frozen=True)
class Column:
    key: str  # in the forms' wording
    width: float  # in Excel's characters
    number_format: str = ""


def _sheet(workbook, t: Texts, title_key: str):
    # A sheet's name holds at most 31 characters and none of []:*?/\
    name = "".join(ch for ch in t(title_key) if ch not in "[]:*?/\\")[:31]
    return workbook.create_sheet(name)


def _header(sheet, columns: Sequence[Column], rows: int) -> None:
    """Widths, the two-language titles, the frozen first row and the filter over the rows."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    kk, ru = texts("kk"), texts("ru")
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{rows + 1}"
    sheet.row_dimensions[1].height = 48
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="center")
    fill = PatternFill("solid", fgColor="E8ECF2")
    cells = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=f"{kk(column.key)}\n{ru(column.key)}")
        cell.font, cell.alignment, cell.fill = bold, wrap, fill
        cells.append(cell)
    sheet.append(cells)


def _rows(sheet, columns: Sequence[Column], rows: Iterable[Sequence]) -> None:
    """Rows of values; a column with a number format gets it on every cell of the column.
    An empty text is left an empty cell (Excel's filter offers it as "(Blanks)"), and an
    empty cell costs nothing to write."""
    from openpyxl.cell import WriteOnlyCell

    formats = [(i, c.number_format) for i, c in enumerate(columns) if c.number_format]
    for values in rows:
        cells = [None if v == "" else v for v in values]
        for i, number_format in formats:
            if cells[i] is not None:
                cell = WriteOnlyCell(sheet, value=cells[i])
                cell.number_format = number_format
                cells[i] = cell
        sheet.append(cells)


def _workbook(title: str):
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    workbook.properties.title = title
    workbook.properties.creator = "Kense"
    return workbook


def _save(workbook, target: Path | BinaryIO) -> None:
    workbook.save(target)


JOURNAL_COLUMNS = (
    Column("journal.col_number", 7), Column("journal.col_reg", 16),
    Column("journal.col_registered", 17, MOMENT), Column("journal.col_service", 26),
    Column("journal.col_channel", 16), Column("journal.col_external", 16),
    Column("journal.col_applicant", 34), Column("journal.col_iin", 15),
    Column("journal.col_executor", 28), Column("journal.col_due", 13, DATE),
    Column("journal.col_status", 24), Column("journal.col_finished", 13, DATE),
    Column("journal.col_note", 24),
)


def write_journal(data: JournalData, lang: str, target: Path | BinaryIO) -> None:
    """The registration journal; the cells' words (service, channel, status) in `lang`."""
    t = texts(check_language(lang))
    workbook = _workbook(t("journal.title"))
    sheet = _sheet(workbook, t, "journal.sheet")
    _header(sheet, JOURNAL_COLUMNS, len(data.rows))
    services, channels = {}, {}
    statuses: dict[str, str] = {}

    def word(table: dict, key: str, find) -> str:
        if key not in table:
            table[key] = find(key)
        return table[key]

    _rows(sheet, JOURNAL_COLUMNS, (
        (number, r.reg_number, _naive(r.registered_at),
         word(services, r.service, lambda c: t.code("services_short", c)),
         word(channels, r.channel, lambda c: t.code("channels_short", c)),
         r.external_number, r.applicant, r.iin, r.executor, r.due_date,
         word(statuses, r.status, lambda c: status_name(c, lang)), r.finished_on, r.note)
        for number, r in enumerate(data.rows, start=1)
    ))
    _save(workbook, target)


BOOK_COLUMNS = (
    Column("duplicates_book.col_number", 7), Column("duplicates_book.col_book", 14),
    Column("duplicates_book.col_issued", 13, DATE), Column("duplicates_book.col_person", 34),
    Column("duplicates_book.col_name_as_written", 34),
    Column("duplicates_book.col_original_doc", 20),
    Column("duplicates_book.col_original_date", 14, DATE),
    Column("duplicates_book.col_blank", 22), Column("duplicates_book.col_reg", 16),
    Column("duplicates_book.col_received_by", 30),
)


def write_book(data: BookData, lang: str, target: Path | BinaryIO) -> None:
    t = texts(check_language(lang))
    workbook = _workbook(t("duplicates_book.title"))
    sheet = _sheet(workbook, t, "duplicates_book.sheet")
    _header(sheet, BOOK_COLUMNS, len(data.rows))
    _rows(sheet, BOOK_COLUMNS, (
        (number, r.book_number, r.issued_on, r.person, r.name_as_written,
         f"{r.original_series} № {r.original_number}", r.original_issued_on,
         f"{r.new_blank_series} № {r.new_blank_number}", r.reg_number, r.received_by)
        for number, r in enumerate(data.rows, start=1)
    ))
    _save(workbook, target)


FIGURE_COLUMNS = (
    Column("statistics.col_section", 28), Column("statistics.col_figure", 56),
    Column("statistics.col_value", 14),
)
MONTH_COLUMNS = (
    Column("statistics.col_month", 12, "mm.yyyy"), Column("statistics.col_received", 14),
    Column("statistics.col_documents", 14), Column("statistics.col_results", 16),
    Column("statistics.col_on_time", 14),
)


def write_statistics(stats: Statistics, lang: str, target: Path | BinaryIO) -> None:
    """Two sheets: the figures (section, figure, value: a number, working days with one
    decimal, or empty when there were no results), and the months with a total row."""
    t = texts(check_language(lang))
    period = t("common.period", date_from=stats.period.first.strftime("%d.%m.%Y"),
               date_to=stats.period.last.strftime("%d.%m.%Y"))
    workbook = _workbook(f"{t('statistics.title')}. {service_label(t, stats.period.service)}. "
                         f"{period}")
    lines = figure_lines(stats)
    sheet = _sheet(workbook, t, "statistics.sheet")
    _header(sheet, FIGURE_COLUMNS, len(lines))
    rows = []
    for line in lines:
        value = line.value
        if isinstance(value, float):
            from openpyxl.cell import WriteOnlyCell

            value = WriteOnlyCell(sheet, value=value)
            value.number_format = WORKING_DAYS
        rows.append((section_label(t, line.section), figure_label(t, line), value))
    _rows(sheet, FIGURE_COLUMNS, rows)

    months = _sheet(workbook, t, "statistics.sheet_months")
    _header(months, MONTH_COLUMNS, len(stats.months))
    _rows(months, MONTH_COLUMNS, (
        (m.month, m.received, m.documents, m.results, m.on_time) for m in stats.months))
    months.append([
        f"{texts('kk')('common.total')} / {texts('ru')('common.total')}",
        sum(m.received for m in stats.months), sum(m.documents for m in stats.months),
        sum(m.results for m in stats.months), sum(m.on_time for m in stats.months),
    ])
    _save(workbook, target)


def _naive(moment: datetime | date | None):
    """Excel keeps no time zone: office moments are local already."""
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        return moment.replace(tzinfo=None)
    return moment
