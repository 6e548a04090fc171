"""The reports Kense writes to a file (the Reports page and `kense --report`): their names,
the formats a file may have, and the period as a person types it on a command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.domain.errors import DomainError

# journal: applications accepted in the period; book: duplicates entered in the book of issued
# documents; statistics: the figures of desktop.services.reports.statistics.
REPORTS = ("journal", "book", "statistics")
FORMATS = ("xlsx", "pdf")


def check_report(name: str) -> str:
    if name not in REPORTS:
        raise DomainError("report_unknown", f"no report '{name}' (known: {', '.join(REPORTS)})",
                          name=name, known=", ".join(REPORTS))
    return name


def report_format(path: Path) -> str:
    """'xlsx' or 'pdf', from the file's extension."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise DomainError("report_format_bad", f"{path.name}: the file must end in .xlsx or .pdf",
                          file=path.name)
    return suffix


def parse_day(text: str, option: str) -> date:
    """YYYY-MM-DD, as ISO writes it (the form a script or a scheduler passes)."""
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise DomainError("report_date_bad", f"{option} {text!r}: write the date as YYYY-MM-DD",
                          option=option, value=text) from None
