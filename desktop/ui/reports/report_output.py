"""A report read through the services and written to a file by its form: what the Reports
window's Save buttons and `kense --report` both do. No Qt here, so the command line does not
load the window's libraries."""

from __future__ import annotations

from pathlib import Path

from desktop.services.accounts.session import Session
from desktop.services.reports.statistics import Period


def write_report_file(session: Session, report: str, fmt: str, period: Period, lang: str,
                      path: Path) -> int:
    """Write `report` ('journal', 'book', 'statistics') as `fmt` ('xlsx', 'pdf'); return its
    rows (for the statistics, the applications received). The clerk's and the head's only."""
    from desktop.forms.report_files import write_report
    from desktop.services.reference import now
    from desktop.services.reports import statistics
    from desktop.services.results import printables

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
    write_report(report, fmt, data, lang, path, college=printables.college_info(),
                 printed_on=now().date())
    return rows
