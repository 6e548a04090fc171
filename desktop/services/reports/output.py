"""What a report file holds, read through the use cases: the Reports window's Save buttons and
`kense --report` both take it here and hand it to desktop.forms.report_files to write."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.printables import CollegeInfo
from desktop.services.accounts.session import Session
from desktop.services.reference import now
from desktop.services.reports import statistics
from desktop.services.reports.statistics import Period
from desktop.services.results import printables


@dataclass(frozen=True)
class ReportContent:
    data: object  # JournalData, BookData or Statistics, as desktop.forms.report_files takes
    rows: int  # the rows written (for the statistics, the applications received)
    college: CollegeInfo
    printed_on: date


def report_content(session: Session, report: str, period: Period) -> ReportContent:
    """`report` ('journal', 'book', 'statistics') over `period`: the clerk's and the head's
    only."""
    statistics.require_report_reader(session)
    statistics.check_service(period.service)
    if report == "journal":
        data = printables.journal_data(session, period.first, period.last, period.service)
        rows = len(data.rows)
    elif report == "book":
        data = printables.book_data(session, period.first, period.last)
        rows = len(data.rows)
    else:
        data = statistics.statistics(session, period)
        rows = data.received
    return ReportContent(data, rows, printables.college_info(), now().date())
