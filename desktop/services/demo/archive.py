"""The demo database's archive: every demo applicant as a former student of one of two groups,
with grades, imported through the real use case (so "Fill from the archive" has something to
find by IIN, and the audit log shows an import)."""

from __future__ import annotations

import hashlib
import random
from datetime import date

from desktop.domain.archive import Grade, GroupHeader, grade_from_cells
from desktop.services.accounts.session import Session
from desktop.services.archive import importing
from desktop.services.archive.sheet_rows import (
    ArchiveGroup,
    ArchiveStudent,
    ColumnMapping,
    ParsedArchive,
    Subject,
)
from desktop.store.models import Applicant

GROUPS = {
    "3F-1": GroupHeader("06130100", "Бағдарламалық қамтамасыз ету", "Программное обеспечение",
                        "4S06130105", "Ақпараттық жүйелердің техник-бағдарламашысы",
                        "Техник-программист информационных систем", "2018"),
    "3Д": GroupHeader("1304000", "Есептеу техникасы және бағдарламалық қамтамасыз ету",
                      "Вычислительная техника и программное обеспечение", "1304043",
                      "Техник-бағдарламашы", "Техник-программист", "2011"),
}
# (subject "kk / ru", module, hours, credits)
SUBJECTS = (
    ("Қазақ тілі / Казахский язык", "", 72, 3.0),
    ("Қазақстан тарихы / История Казахстана", "", 72, 3.0),
    ("Математика / Математика", "Базалық модульдер", 120, 5.0),
    ("Информатика / Информатика", "Базалық модульдер", 72, 3.0),
    ("Бағдарламалау негіздері / Основы программирования", "Кәсіптік модуль 1", 144, 6.0),
    ("Деректер қоры / Базы данных", "Кәсіптік модуль 1", 96, 4.0),
    ("Дене шынықтыру / Физическая культура", "", 48, 2.0),
)


def _student(rng: random.Random, row: int, a: Applicant, group: str) -> ArchiveStudent:
    header = GROUPS[group]
    admitted = 2016 + rng.randint(0, 4) if header.edition == "2018" else 2012
    grades = tuple((i, grade_from_cells(rng.randint(55, 100), None, None, None))
                   for i in range(1, len(SUBJECTS)))
    grades += ((len(SUBJECTS), Grade(None, "", None, "pass", "есептелді")),)
    return ArchiveStudent(
        sheet=group, row=row, iin=a.iin, surname=a.surname, name=a.name,
        patronymic=a.patronymic, birth_date=a.birth_date, group=group,
        specialty_code=header.specialty_code, specialty_kk=header.specialty_kk,
        specialty_ru=header.specialty_ru, qualification_code=header.qualification_code,
        qualification_kk=header.qualification_kk, qualification_ru=header.qualification_ru,
        edition=header.edition, study_form="күндізгі", study_language="қазақ тілі",
        year_admitted=admitted, year_graduated=admitted + 4, thesis_kk="", thesis_ru="",
        expulsion_order_number="", expulsion_order_date=None, diploma_series="ТКБ",
        diploma_number=f"{20000 + row:07d}", diploma_date=date(admitted + 4, 6, 28),
        honours=rng.random() < 0.1, grades=grades,
    )


def seed_archive(admin: Session, rng: random.Random) -> None:
    applicants = list(Applicant.select().order_by(Applicant.id))
    students = [_student(rng, row, a, list(GROUPS)[row % 2])
                for row, a in enumerate(applicants, 6)]
    subjects = tuple(Subject(index=i, column=2 + 4 * i, name=name, module=module, hours=hours,
                             credits=credits)
                     for i, (name, module, hours, credits) in enumerate(SUBJECTS, 1))
    groups = [ArchiveGroup(sheet=g, group=g, header=h, subjects=subjects)
              for g, h in GROUPS.items()]
    mapping = ColumnMapping(layout="summary", signature="demo", fields=(), header_row=3,
                            first_row=6)
    digest = hashlib.sha256(repr(students).encode("utf-8")).hexdigest()
    parsed = ParsedArchive(layout="summary", mapping=mapping, groups=groups, students=students,
                           skipped=[], errors=[], sha256=digest)
    importing.import_archive(admin, parsed, "demo-archive.xlsx")
