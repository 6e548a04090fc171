"""The registers and the statistics as Excel workbooks: the registration journal, the book of
issued duplicates and the statistics, from the same plain data as their PDFs.

Each sheet's first row is its column titles in Kazakh and Russian (one cell, two lines), frozen
and with a filter; dates are Excel dates (dd.mm.yyyy), so a clerk can sort and count them;
IINs and numbers stay text (an IIN keeps its leading zero). The rows are streamed into the
file (`xlsx_stream`), so 100,000 of them need no more memory than a thousand.

The wording is the forms' (resources/forms/kk.toml, ru.toml), so paper and Excel agree; a
register lives beside its PDF form rather than in the services because it is a rendering of
the same data (and the services may not read the forms' wording).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.domain.dates import format_date
from desktop.domain.printables import BookData, CollegeInfo, JournalData
from desktop.domain.report_figures import Statistics, figure_lines
from desktop.forms.journal import journal_note
from desktop.forms.statistics import figure_label, section_label, service_label
from desktop.forms.texts import Texts, check_language, status_name, texts
from desktop.forms.xlsx_stream import Formatted, Sheet, write_workbook

DATE = "dd.mm.yyyy"
MOMENT = "dd.mm.yyyy hh:mm"
WORKING_DAYS = "0.0"


@dataclass(frozen=True)
class Column:
    key: str  # in the forms' wording
    width: float  # in Excel's characters
    number_format: str = ""


def _sheet(t: Texts, name_key: str, columns: Sequence[Column], rows: Iterable[Sequence],
           count: int, after: Sequence[Sequence] = (), above: Sequence[str] = ()) -> Sheet:
    """A sheet whose titles are said in both languages, one above the other."""
    kk, ru = texts("kk"), texts("ru")
    return Sheet(
        name=t(name_key), titles=[f"{kk(c.key)}\n{ru(c.key)}" for c in columns],
        widths=[c.width for c in columns], number_formats=[c.number_format for c in columns],
        rows=rows, filtered_rows=count, after=after, above=above,
    )


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
    services, channels = {}, {}
    statuses: dict[str, str] = {}

    def word(table: dict, key: str, find) -> str:
        if key not in table:
            table[key] = find(key)
        return table[key]

    rows = (
        (number, r.reg_number, r.registered_at,
         word(services, r.service, lambda c: t.code("services_short", c)),
         word(channels, r.channel, lambda c: t.code("channels_short", c)),
         r.external_number, r.applicant, r.iin, r.executor, r.due_date,
         word(statuses, r.status, lambda c: status_name(c, lang)), r.finished_on,
         journal_note(t, r))
        for number, r in enumerate(data.rows, start=1)
    )
    write_workbook(target, t("journal.title"), [
        _sheet(t, "journal.sheet", JOURNAL_COLUMNS, rows, len(data.rows))])


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
    rows = (
        (number, r.book_number, r.issued_on, r.person, r.name_as_written,
         f"{r.original_series} № {r.original_number}", r.original_issued_on,
         f"{r.new_blank_series} № {r.new_blank_number}", r.reg_number, r.received_by)
        for number, r in enumerate(data.rows, start=1)
    )
    write_workbook(target, t("duplicates_book.title"), [
        _sheet(t, "duplicates_book.sheet", BOOK_COLUMNS, rows, len(data.rows))])


FIGURE_COLUMNS = (
    Column("statistics.col_section", 28), Column("statistics.col_figure", 56),
    Column("statistics.col_value", 14),
)
MONTH_COLUMNS = (
    Column("statistics.col_month", 12, "mm.yyyy"), Column("statistics.col_received", 14),
    Column("statistics.col_documents", 14), Column("statistics.col_results", 16),
    Column("statistics.col_on_time", 14),
)


def write_statistics(stats: Statistics, lang: str, target: Path | BinaryIO,
                     college: CollegeInfo | None = None) -> None:
    """Two sheets: the figures (section, figure, value: a number, working days with one
    decimal, or empty when there were no results), and the months with a total row. Above
    each sheet's table, as on the paper: the college, the title, the period and the
    service."""
    t = texts(check_language(lang))
    period = t("common.period", date_from=format_date(stats.period.first),
               date_to=format_date(stats.period.last))
    title = f"{t('statistics.title')}. {service_label(t, stats.period.service)}. {period}"
    lines = figure_lines(stats)
    figures = [
        (section_label(t, line.section), figure_label(t, line),
         Formatted(line.value, WORKING_DAYS) if isinstance(line.value, float) else line.value)
        for line in lines
    ]
    months = [(m.month, m.received, m.documents, m.results, m.on_time) for m in stats.months]
    total = [(f"{texts('kk')('common.total')} / {texts('ru')('common.total')}",
              *(sum(column) for column in list(zip(*months, strict=True))[1:]))] \
        if months else []
    name = (college.name_kk if lang == "kk" else college.name_ru) if college else ""
    above = [line for line in (name, t("statistics.title"), period,
                               service_label(t, stats.period.service)) if line] + [""]
    write_workbook(target, title, [
        _sheet(t, "statistics.sheet", FIGURE_COLUMNS, figures, len(figures), above=above),
        _sheet(t, "statistics.sheet_months", MONTH_COLUMNS, months, len(months), total,
               above=above),
    ])
