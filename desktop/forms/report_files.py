"""A report written to a file, as Excel or PDF: the one place that knows which form renders
which report in which format (the Reports page and `kense --report` both use it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.domain.printables import CollegeInfo


def write_report(name: str, fmt: str, data, lang: str, path: Path, *,
                 college: CollegeInfo | None = None, printed_on: date | None = None) -> None:
    """`data`: JournalData (journal), BookData (book) or Statistics (statistics, which also
    needs `college` for its PDF heading). The file is written beside `path` first and then
    put in its place, so a failure halfway leaves no half a file under the wanted name."""
    part = path.with_name(path.name + ".part")
    try:
        if fmt == "xlsx":
            from desktop.forms import xlsx_registers

            if name == "statistics":
                xlsx_registers.write_statistics(data, lang, part, college)
            else:
                writer = {"journal": xlsx_registers.write_journal,
                          "book": xlsx_registers.write_book}[name]
                writer(data, lang, part)
        else:
            part.write_bytes(_pdf(name, data, lang, college, printed_on))
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)


def _pdf(name: str, data, lang: str, college: CollegeInfo | None, printed_on) -> bytes:
    if name == "journal":
        from desktop.forms.journal import render_journal

        return render_journal(data, lang)
    if name == "book":
        from desktop.forms.duplicates_book import render_duplicates_book

        return render_duplicates_book(data, lang)
    from desktop.forms.statistics import render_statistics

    return render_statistics(data, lang, college=college, printed_on=printed_on)
