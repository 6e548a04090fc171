"""Finding a student in the college's archive, and reading one whole record.

The clerk, the head and the executors read the archive (to fill an applicant or a draft); the
admin imports it but does not browse people. A name matches by prefix of any spelling an
import gave, with the Kazakh letters read as their Russian neighbours (desktop.domain
.name_search); results come in Kazakh alphabetical order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date

from desktop.domain.errors import DomainError
from desktop.domain.name_search import search_key
from desktop.services.accounts.session import Session, acting_user
from desktop.store.models.archive import ArchiveGrade, ArchiveSpelling, ArchiveStudent

READERS = ("clerk", "head", "executor")
LIMIT = 200  # a screenful a person reads; a narrower search finds the rest


@dataclass
class ArchiveQuery:
    text: str = ""  # an IIN (prefix), a diploma number, or a name (prefix, surname first)
    group: str = ""
    year_from: int | None = None  # year of graduation (or of admission when not graduated)
    year_to: int | None = None


@dataclass(frozen=True)
class ArchiveRow:
    id: int
    iin: str
    surname: str
    name: str
    patronymic: str
    birth_date: date | None
    group_name: str
    specialty_code: str
    year_admitted: int | None
    year_graduated: int | None
    diploma_series: str
    diploma_number: str

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)


@dataclass(frozen=True)
class ArchiveGradeRow:
    subject: str
    module: str
    hours: int | None
    credits: float | None
    points: int | None
    letter: str
    numeric: float | None
    traditional: str
    text: str


@dataclass(frozen=True)
class ArchiveRecord:
    """One student's whole record as the archive holds it."""

    row: ArchiveRow
    specialty_kk: str
    specialty_ru: str
    qualification_code: str
    qualification_kk: str
    qualification_ru: str
    edition: str
    study_form: str
    study_language: str
    thesis_kk: str
    thesis_ru: str
    expulsion_order_number: str
    expulsion_order_date: date | None
    diploma_date: date | None
    honours: bool
    grades: tuple[ArchiveGradeRow, ...]
    spellings: tuple[str, ...]


_ROW_COLUMNS = [getattr(ArchiveStudent, f.name) for f in fields(ArchiveRow)]


def _text_condition(text: str):
    term = " ".join(text.split())
    if term.isdigit() and len(term) <= 12:
        # Digits alone: an IIN prefix, or a diploma number written without its series.
        return ((ArchiveStudent.iin >= term) & (ArchiveStudent.iin < term + "\uffff")) | (
            ArchiveStudent.diploma_number == term)
    if any(ch.isdigit() for ch in term):
        # A diploma typed with its series ("ТКБ 0123456"): the number is the trailing digits.
        digits = re.search(r"\d+$", term.replace(" ", ""))
        return ArchiveStudent.diploma_number == (digits.group() if digits else term)
    key = search_key(term)
    spelled = ArchiveSpelling.select(ArchiveSpelling.student).where(
        (ArchiveSpelling.search_name >= key) & (ArchiveSpelling.search_name < key + "\uffff"))
    return ArchiveStudent.id.in_(spelled)


def search_archive(session: Session, q: ArchiveQuery) -> list[ArchiveRow]:
    acting_user(session, *READERS)
    conditions = []
    if q.text.strip():
        conditions.append(_text_condition(q.text))
    if q.group.strip():
        conditions.append(ArchiveStudent.group_name == q.group.strip())
    year = ArchiveStudent.year_graduated
    if q.year_from is not None:
        conditions.append(year >= q.year_from)
    if q.year_to is not None:
        conditions.append(year <= q.year_to)
    query = ArchiveStudent.select(*_ROW_COLUMNS)
    for condition in conditions:
        query = query.where(condition)
    query = query.order_by(ArchiveStudent.sort_name, ArchiveStudent.id).limit(LIMIT)
    return [ArchiveRow(*r) for r in query.tuples()]


def by_iin(session: Session, iin: str) -> list[ArchiveRow]:
    """The archive's students with exactly this IIN (normally one)."""
    acting_user(session, *READERS)
    query = ArchiveStudent.select(*_ROW_COLUMNS).where(ArchiveStudent.iin == iin.strip())
    return [ArchiveRow(*r) for r in query.tuples()]


def archive_record(session: Session, student_id: int) -> ArchiveRecord:
    acting_user(session, *READERS)
    s = ArchiveStudent.get_or_none(ArchiveStudent.id == student_id)
    if s is None:
        raise DomainError("archive_student_missing", "no such student in the archive")
    row = ArchiveRow(*(getattr(s, f.name) for f in fields(ArchiveRow)))
    grades = tuple(
        ArchiveGradeRow(g.subject, g.module, g.hours, g.credits, g.points, g.letter,
                        g.numeric, g.traditional, g.text)
        for g in ArchiveGrade.select().where(ArchiveGrade.student == s.id)
        .order_by(ArchiveGrade.position, ArchiveGrade.id)
    )
    spellings = tuple(sp.full_name for sp in ArchiveSpelling.select().where(
        ArchiveSpelling.student == s.id).order_by(ArchiveSpelling.id))
    return ArchiveRecord(
        row=row, specialty_kk=s.specialty_kk, specialty_ru=s.specialty_ru,
        qualification_code=s.qualification_code, qualification_kk=s.qualification_kk,
        qualification_ru=s.qualification_ru, edition=s.edition, study_form=s.study_form,
        study_language=s.study_language, thesis_kk=s.thesis_kk, thesis_ru=s.thesis_ru,
        expulsion_order_number=s.expulsion_order_number,
        expulsion_order_date=s.expulsion_order_date, diploma_date=s.diploma_date,
        honours=s.honours, grades=grades, spellings=spellings,
    )
