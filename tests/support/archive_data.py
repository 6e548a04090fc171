"""Archives as the reader hands them over (desktop.services.archive.reading's dataclasses),
built by hand, for the tests of what the import, the search and the prefill do with them.

One group "3F-1" of specialty 06130100 (2018 classifier) with three subjects:
- 1 "Информатика / Информатика", module "Базалық модульдер", 72 h, 3 credits;
- 2 "Дене шынықтыру / Физическая культура", 48 h, 2 credits;
- 3 "Кәсіптік практика / Профессиональная практика", module "Кәсіптік модуль 1", 144 h, 6 cr.
and students:
- Сейітқали Әлия Бауыржанқызы, IIN 950815400014, admitted 2019, graduated 2023, diploma
  ТКБ 0123456 of 30.06.2023, with honours; grades: 87 B+ 3.33 "4"; pass; 96 A 4.0 "5";
- Омаров Дәулет Серікұлы, no IIN, admitted 2020, expelled by order 45-с of 15.02.2022, no
  diploma; grades: 52 D 1.0 "3"; exempt; (no practice grade);
- Ким Анна Викторовна, IIN 990101300013, admitted 2019, graduated 2023, diploma ТКБ 0123457.
"""

from __future__ import annotations

from datetime import date

from desktop.domain.archive import Grade, GroupHeader
from desktop.services.archive.reading import (
    ArchiveGroup,
    ArchiveStudent,
    ColumnMapping,
    ParsedArchive,
    RowNote,
    Subject,
)

GROUP = "3F-1"
HEADER = GroupHeader(
    specialty_code="06130100", specialty_kk="Бағдарламалық қамтамасыз ету",
    specialty_ru="Программное обеспечение", qualification_code="4S06130105",
    qualification_kk="Бағдарламалық қамтамасыз етуді әзірлеуші",
    qualification_ru="Разработчик программного обеспечения", edition="2018",
)
SUBJECTS = (
    Subject(index=1, column=3, name="Информатика / Информатика", module="Базалық модульдер",
            hours=72, credits=3.0),
    Subject(index=2, column=7, name="Дене шынықтыру / Физическая культура", module="",
            hours=48, credits=2.0),
    Subject(index=3, column=11, name="Кәсіптік практика / Профессиональная практика",
            module="Кәсіптік модуль 1", hours=144, credits=6.0),
)
MAPPING = ColumnMapping(layout="summary", signature="test-summary",
                        fields=(("full_name", 2), ("diploma_number", 18)),
                        header_row=3, first_row=6)


def grade(points=None, letter="", numeric=None, traditional="", text="") -> Grade:
    return Grade(points=points, letter=letter, numeric=numeric, traditional=traditional,
                 text=text)


def student(row: int, **values) -> ArchiveStudent:
    base = dict(
        sheet=GROUP, row=row, iin="", surname="", name="", patronymic="",
        birth_date=None, group=GROUP, specialty_code=HEADER.specialty_code,
        specialty_kk=HEADER.specialty_kk, specialty_ru=HEADER.specialty_ru,
        qualification_code=HEADER.qualification_code, qualification_kk=HEADER.qualification_kk,
        qualification_ru=HEADER.qualification_ru, edition="2018", study_form="күндізгі",
        study_language="қазақ тілі", year_admitted=2019, year_graduated=None, thesis_kk="",
        thesis_ru="", expulsion_order_number="", expulsion_order_date=None,
        diploma_series="", diploma_number="", diploma_date=None, honours=False, grades=(),
    )
    base.update(values)
    return ArchiveStudent(**base)


def aliya(**changes) -> ArchiveStudent:
    values = dict(
        iin="950815400014", birth_date=date(1995, 8, 15), year_graduated=2023,
        thesis_kk="Колледж сайты", thesis_ru="Сайт колледжа", diploma_series="ТКБ",
        diploma_number="0123456", diploma_date=date(2023, 6, 30), honours=True,
        grades=((1, grade(87, "B+", 3.33, "4", "87 / B+ / 3,33 / 4")),
                (2, grade(traditional="pass", text="сынақ")),
                (3, grade(96, "A", 4.0, "5", "96 / A / 4 / 5"))),
    )
    values.update(changes)
    return student(6, **{"surname": "Сейітқали", "name": "Әлия", "patronymic": "Бауыржанқызы",
                         **values})


def daulet(**changes) -> ArchiveStudent:
    values = dict(
        surname="Омаров", name="Дәулет", patronymic="Серікұлы", year_admitted=2020,
        expulsion_order_number="45-с",
        expulsion_order_date=date(2022, 2, 15), study_language="орыс тілі",
        grades=((1, grade(52, "D", 1.0, "3", "52 / D / 1 / 3")),
                (2, grade(traditional="exempt", text="босатылды"))),
    )
    values.update(changes)
    return student(7, **values)


def anna(**changes) -> ArchiveStudent:
    values = dict(surname="Ким", name="Анна", patronymic="Викторовна", iin="990101300013",
                  year_graduated=2023, diploma_series="ТКБ", diploma_number="0123457",
                  diploma_date=date(2023, 6, 30))
    values.update(changes)
    return student(8, **values)


def parsed(*students: ArchiveStudent, sha256: str = "a" * 64,
           skipped: tuple[RowNote, ...] = ()) -> ParsedArchive:
    return ParsedArchive(
        layout="summary", mapping=MAPPING,
        groups=[ArchiveGroup(sheet=GROUP, group=GROUP, header=HEADER, subjects=SUBJECTS)],
        students=list(students), skipped=list(skipped), errors=[], sha256=sha256,
    )
