"""Drafts filled from the college's archive: what a student's record says, in the result's
language. The executor still checks and saves; nothing here is stored."""

from __future__ import annotations

from datetime import date

from desktop.domain.archive import traditional_words
from desktop.domain.archive.grade_scale import scale_grade
from desktop.domain.study_terms import load_terms
from desktop.locations import resources_dir
from desktop.services.archive.finding import ArchiveGradeRow, ArchiveRecord
from desktop.services.cases.inputs import CertificateDraft, DuplicateDraft, TranscriptLine

# The academic year begins on 1 September: a list that gives only the year of admission is
# read as that day, and the draft marks it as from the archive for the executor to check.
TERM_START = (9, 1)
MAX_COURSE = 6  # the certificate's course field takes 1–6


def _in_language(text: str, lang: str) -> str:
    """"Информатика / Информатика" holds both languages, Kazakh first."""
    parts = [p.strip() for p in text.split(" / ")]
    if len(parts) == 2 and all(parts):
        return parts[0] if lang == "kk" else parts[1]
    return text


def transcript_lines(grades: tuple[ArchiveGradeRow, ...], lang: str) -> list[TranscriptLine]:
    lines = []
    for g in grades:
        grade = traditional_words(g.traditional, lang) if g.traditional else g.text
        if g.points is not None and g.letter and g.traditional:
            # The whole scale the archive holds, as the official transcript prints it.
            grade = scale_grade(g.points, g.letter, g.numeric, grade)
        lines.append(TranscriptLine(subject=_in_language(g.subject, lang), grade=grade,
                                    hours=g.hours, credits=g.credits))
    return lines


def _pick(lang: str, kk: str, ru: str) -> str:
    return (kk or ru) if lang == "kk" else (ru or kk)


def _qualification(r: ArchiveRecord, lang: str) -> str:
    name = _pick(lang, r.qualification_kk, r.qualification_ru)
    return " ".join(p for p in (r.qualification_code, name) if p)


def _terms():
    return load_terms(resources_dir() / "archive" / "study_terms.toml")


def course_at(admitted: int | None, left: date | None) -> int | None:
    """The course a student admitted in `admitted` was in on the day `left`: the academic
    year that day belongs to (from 1 September), counted from the year of admission."""
    if admitted is None or left is None:
        return None
    academic_year = left.year if (left.month, left.day) >= TERM_START else left.year - 1
    course = academic_year - admitted + 1
    return course if 1 <= course <= MAX_COURSE else None


def certificate_draft(r: ArchiveRecord, lang: str) -> CertificateDraft:
    admitted = r.row.year_admitted
    return CertificateDraft(
        study_from=date(admitted, *TERM_START) if admitted else None,
        study_to=r.expulsion_order_date,
        specialty_code=r.row.specialty_code,
        specialty_name=_pick(lang, r.specialty_kk, r.specialty_ru),
        qualification=_qualification(r, lang),
        study_form=_terms().code("study_form", r.study_form),
        study_language=_terms().code("study_language", r.study_language),
        course=course_at(admitted, r.expulsion_order_date),
        order_number=r.expulsion_order_number,
        order_date=r.expulsion_order_date,
        transcript=transcript_lines(r.grades, lang),
    )


def duplicate_draft(r: ArchiveRecord, lang: str) -> DuplicateDraft:
    return DuplicateDraft(
        original_series=r.row.diploma_series,
        original_number=r.row.diploma_number,
        original_issued_on=r.diploma_date,
        specialty_code=r.row.specialty_code,
        specialty_name=_pick(lang, r.specialty_kk, r.specialty_ru),
        qualification=_qualification(r, lang),
        graduation_year=r.row.year_graduated,
        name_as_written=r.row.full_name,
        honours=r.honours,
        transcript=transcript_lines(r.grades, lang),
    )
