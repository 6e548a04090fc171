"""Rows of a transcript pasted from a spreadsheet (Excel, LibreOffice): one subject a line,
tab-separated columns in the order subject, hours, credits, grade. Grades written as words are
given their number the way the records write them: "өте жақсы" -> "5 (өте жақсы)"."""

from __future__ import annotations

from dataclasses import dataclass

# The five-point scale in words, both languages: word -> its number.
GRADE_WORDS = {
    "өте жақсы": 5, "жақсы": 4, "қанағаттанарлық": 3, "қанағаттанарлықсыз": 2,
    "отлично": 5, "хорошо": 4, "удовлетворительно": 3, "неудовлетворительно": 2,
}


@dataclass(frozen=True)
class PastedRow:
    subject: str
    hours: str
    credits: str
    grade: str


def normal_grade(text: str) -> str:
    """A grade in words gets its number in front; anything else stays as written."""
    clean = " ".join(text.split())
    number = GRADE_WORDS.get(clean.casefold())
    return f"{number} ({clean.casefold()})" if number else clean


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", ".").replace("\u00a0", "").replace(" ", ""))
    except ValueError:
        return False
    return True


def parse_pasted(text: str) -> list[PastedRow]:
    """The rows of a spreadsheet paste; blank lines are skipped, and a first line of column
    titles (neither hours nor credits a number) is dropped."""
    rows = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        cells = [" ".join(c.split()) for c in line.split("\t")]
        if not any(cells):
            continue
        cells = [*cells, "", "", "", ""][:4]
        rows.append(PastedRow(cells[0], cells[1], cells[2], normal_grade(cells[3])))
    if rows:
        first = rows[0]
        numbers = [c for c in (first.hours, first.credits) if c]
        if numbers and not any(_is_number(c) for c in numbers):
            rows = rows[1:]
    return rows
