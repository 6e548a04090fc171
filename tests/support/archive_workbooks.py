"""Archive workbooks built with openpyxl, shaped like the college's own files.

Every value a test expects is written out below, next to the cell that holds it, so the
expected figures are counted from here by hand, not from the reader.

`summary_workbook(path)` — two sheets, one per group:

Sheet "3F-1" (2018 classifier, bilingual merged header cell A2:AA2, all four sub-columns):
  A2   Мамандық: 06130100 - Бағдарламалық қамтамасыз ету / Біліктілік: 4S06130105 - Ақпараттық
       жүйелердің техник-бағдарламашысы / Специальность: 06130100 - Программное обеспечение /
       Квалификация: 4S06130105 - Техник-программист информационных систем
  row 3 modules: O3:R3 "Базалық модуль 1", S3:V3 "Кәсіптік модуль 1" (the first three
       subjects are under no module)
  row 4 subjects (merged over their sub-columns), row 5 hours-credits, row 6 sub-titles:
    1 Информатика              C-F  "72с-3к"       -> 72 h, 3.0 cr   п б цэ трад
    2 Қазақ тілі / Казахский язык G-J "72 с - 3 к" -> 72 h, 3.0 cr   п б цэ трад
    3 Дене тәрбиесі            K-N  "48c-2k"       -> 48 h, 2.0 cr   п б цэ трад
    4 ОН 1.1                   O-R  "36с-1,5к"     -> 36 h, 1.5 cr   б п трад цэ (other order)
    5 Бағдарламалау негіздері  S-V  "120ч-5кр"     -> 120 h, 5.0 cr  п б цэ трад
  tail W thesis kk, X thesis ru, Y year admitted, Z year graduated, AA diploma number
  row 7  1 Сейітқали Әлия Бауыржанқызы: 92 A- 3.67 5 | 85 B+ 3.33 4 | трад "сынақ" (pass) |
         78 B- 2.67 4 | 95 A 4 5; thesis "Колледжге арналған веб-қосымша" /
         "Веб-приложение для колледжа"; 2019, 2023; diploma "ТКБ 0012345" (series ТКБ,
         number 0012345)
  row 8  2 Иванов Сергей Петрович: п 87 only (-> B+ 3.33 "4") | "70" "C+" "2,33" "3" as text
         (-> C+ 2.33 "3") | трад "зачтено" (pass) | "64" as text (-> C- 1.67 "3") |
         55 (-> D+ 1.33 "3"); 2019, 2023; "ТКБ 0012346"
  row 9  3 Мамедов Рашид Ильхам оглы: 49 (-> F 0 "2") | 90 A- 3.67 5 | трад "босатылды"
         (exempt) | nothing | 85 with "A" (contradiction: error at S9); 2019, 2023;
         "ТКБ 0012347"
  row 10 blank (skipped, archive_row_blank)
  row 11 4 "Нұрланова  Гүлназ" (two spaces, no patronymic): "100" "A" "4,0" "5" as text
         (-> A 4.0 "5") | nothing | nothing | п "сынақ" (pass) | nothing; "2019 ж.", 2023;
         diploma blank
  row 12 5 "123456789012" in the name column (error archive_name_in_wrong_column at B12)
  row 13 blank (skipped)
  row 14 "Директор" / "__________ А. Б. Қасымов"   (skipped, archive_row_signature)
  row 15 "Директордың орынбасары" / "__________"  (skipped)
  row 16 "Куратор ______ Ж. Әбенова"               (skipped)
  => 4 students (rows 7, 8, 9, 11), 2 errors (S9, B12), 5 skipped (10, 13, 14, 15, 16).

Sheet "3Д" (2011 classifier, Russian-only header A1, only "трад" sub-columns):
  A1   Специальность: 1304000 – Вычислительная техника и программное обеспечение /
       Квалификация: 1304043 — Техник-программист
  row 2 subjects C "Математика", D "Физика", E "Информатика"; F year admitted, G year
       graduated, H diploma number; row 3 hours C "120с" (120, None), D "72/3" (72, 3.0),
       E "80ч-4кр" (80, 4.0); row 4 "трад" under each
  row 5  1 Петров Андрей Иванович: 5 | "4" | "отлично" (-> "5"); 2012, 2016; "0445566"
  row 6  2 Абдулаева Зарина: 3 | "зачет" (pass) | 4; 2012, 2016; "0445567"
  row 7 blank (skipped)
  row 8 "Заместитель директора ____ И. И. Сидоров" (skipped)
  => 2 students, 0 errors, 2 skipped.

`corrected_summary_workbook(path)` — the same file with three rows corrected:
  3F-1 row 8 (Иванов): Информатика 87 -> 91 (A- 3.67 "5");
  3F-1 row 7 (Сейітқали): diploma "ТКБ 0012345" -> "ТКБ 0012355";
  3Д row 6: "Абдулаева Зарина" -> "Абдуллаева Зарина" (same diploma 0445567).

`table_workbook(path, rows=TABLE_ROWS)` — one sheet "Түлектер", bilingual header row
TABLE_HEADERS, then `rows` (tuples in that order). TABLE_ROWS:
  row 2 040315601235 Сейітқали Әлия Бауыржанқызы, born 15.03.2004 (a real date), 3F-1,
        "06130100 - Бағдарламалық қамтамасыз ету", "4S06130105 - Техник-программист",
        күндізгі, қазақ, 2019, 2023, no expulsion, diploma ТКБ 0012345 of 30.06.2023, honours
        "иә"
  row 3 031102500451 Иванов Сергей Петрович, born "02.11.2003" (text), 3F-1, "06130100",
        "4S06130105", очная, русский, "2019", "2023", order "45-к" of "15.01.2021" (text),
        no diploma, honours blank
  row 4 IIN "040315601236" (check digit wrong: kept with iin "", error at A4), Нұрланова Гүлназ
        (no patronymic), birth date blank (stays None), 3Д, "1304000", "1304043", 2012, 2016,
        honours "жоқ"
  row 5 blank
  row 6 surname "990708303107" (an IIN in the surname column: error at B6, row left out)
  => 3 students, 2 errors (A4, B6), 1 skipped (row 5).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

HEADER_2018 = (
    "Мамандық: 06130100 - Бағдарламалық қамтамасыз ету\n"
    "Біліктілік: 4S06130105 - Ақпараттық жүйелердің техник-бағдарламашысы\n"
    "Специальность: 06130100 - Программное обеспечение\n"
    "Квалификация: 4S06130105 - Техник-программист информационных систем"
)
HEADER_2011 = ("Специальность:  1304000 – Вычислительная техника и программное обеспечение\n"
               "Квалификация: 1304043 — Техник-программист")

STANDARD = ("п", "б", "цэ", "трад")
# name, module, hours-credits, sub-column titles in sheet order
SUBJECTS_3F1 = (
    ("Информатика", "", "72с-3к", STANDARD),
    ("Қазақ тілі / Казахский язык", "", "72 с - 3 к", STANDARD),
    ("Дене тәрбиесі", "", "48c-2k", STANDARD),
    ("ОН 1.1", "Базалық модуль 1", "36с-1,5к", ("б", "п", "трад", "цэ")),
    ("Бағдарламалау негіздері", "Кәсіптік модуль 1", "120ч-5кр", STANDARD),
)
TAIL_3F1 = ("Дипломдық жұмыс тақырыбы (қазақ тілінде)", "Тема дипломной работы (на русском языке)",
            "Түскен жылы / Год поступления", "Бітірген жылы / Год окончания",
            "Диплом нөмірі / Номер диплома")
NONE4 = (None, None, None, None)
# Grades as (п, б, цэ, трад) per subject, whatever the sheet's sub-column order.
STUDENTS_3F1 = (
    ("Сейітқали Әлия Бауыржанқызы",
     ((92, "A-", 3.67, 5), (85, "B+", 3.33, 4), (None, None, None, "сынақ"),
      (78, "B-", 2.67, 4), (95, "A", 4, 5)),
     ("Колледжге арналған веб-қосымша", "Веб-приложение для колледжа", 2019, 2023,
      "ТКБ 0012345")),
    ("Иванов Сергей Петрович",
     ((87, None, None, None), ("70", "C+", "2,33", "3"), (None, None, None, "зачтено"),
      ("64", None, None, None), (55, None, None, None)),
     (None, None, 2019, 2023, "ТКБ 0012346")),
    ("Мамедов Рашид Ильхам оглы",
     ((49, None, None, None), (90, "A-", 3.67, 5), (None, None, None, "босатылды"),
      NONE4, (85, "A", None, None)),
     (None, None, 2019, 2023, "ТКБ 0012347")),
    None,  # a blank row
    ("Нұрланова  Гүлназ",
     (("100", "A", "4,0", "5"), NONE4, NONE4, ("сынақ", None, None, None), NONE4),
     (None, None, "2019 ж.", 2023, None)),
    ("123456789012", (NONE4,) * 5, (None,) * 5),
)
SIGNATURES_3F1 = (("Директор", "__________ А. Б. Қасымов"), ("Директордың орынбасары", "_____"),
                  ("Куратор ______ Ж. Әбенова", None))

TABLE_HEADERS = (
    "ЖСН / ИИН", "Тегі / Фамилия", "Аты / Имя", "Әкесінің аты / Отчество",
    "Туған күні / Дата рождения", "Топ / Группа", "Мамандық / Специальность",
    "Біліктілік / Квалификация", "Оқу нысаны / Форма обучения", "Оқу тілі / Язык обучения",
    "Түскен жылы / Год поступления", "Бітірген жылы / Год окончания",
    "Шығару бұйрығының нөмірі / Номер приказа об отчислении", "Бұйрық күні / Дата приказа",
    "Диплом сериясы / Серия диплома", "Диплом нөмірі / Номер диплома",
    "Диплом берілген күні / Дата выдачи диплома", "Үздік диплом / С отличием",
)
TABLE_ROWS = (
    ("040315601235", "Сейітқали", "Әлия", "Бауыржанқызы", date(2004, 3, 15), "3F-1",
     "06130100 - Бағдарламалық қамтамасыз ету", "4S06130105 - Техник-программист",
     "күндізгі", "қазақ", 2019, 2023, None, None, "ТКБ", "0012345", date(2023, 6, 30), "иә"),
    ("031102500451", "Иванов", "Сергей", "Петрович", "02.11.2003", "3F-1", "06130100",
     "4S06130105", "очная", "русский", "2019", "2023", "45-к", "15.01.2021", None, None, None,
     None),
    ("040315601236", "Нұрланова", "Гүлназ", None, None, "3Д", "1304000", "1304043", None, None,
     2012, 2016, None, None, None, None, None, "жоқ"),
    (None,) * 18,
    (None, "990708303107", None, None, None, "3Д", None, None, None, None, None, None, None,
     None, None, None, None, None),
)


def _summary_3f1(ws, *, corrected: bool) -> None:
    last = 2 + 4 * len(SUBJECTS_3F1) + len(TAIL_3F1)
    ws["A1"] = "ЖИЫНТЫҚ ВЕДОМОСТЬ / СВОДНАЯ ВЕДОМОСТЬ"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws["A2"] = HEADER_2018
    ws["A2"].alignment = Alignment(wrap_text=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    for column, title in ((1, "№"), (2, "Аты-жөні / ФИО")):
        ws.cell(4, column, title)
        ws.merge_cells(start_row=4, start_column=column, end_row=6, end_column=column)
    column = 3
    module_start: dict[str, int] = {}
    for name, module, hours, titles in SUBJECTS_3F1:
        if module:
            module_start.setdefault(module, column)
        ws.cell(4, column, name)
        ws.merge_cells(start_row=4, start_column=column, end_row=4, end_column=column + 3)
        ws.cell(5, column, hours)
        ws.merge_cells(start_row=5, start_column=column, end_row=5, end_column=column + 3)
        for offset, title in enumerate(titles):
            ws.cell(6, column + offset, title)
        column += 4
    for module, start in module_start.items():
        ws.cell(3, start, module)
        ws.merge_cells(start_row=3, start_column=start, end_row=3, end_column=start + 3)
    for offset, title in enumerate(TAIL_3F1):
        ws.cell(4, column + offset, title)
        ws.merge_cells(start_row=4, start_column=column + offset, end_row=6,
                       end_column=column + offset)

    row, number = 7, 0
    for student in STUDENTS_3F1:
        if student is not None:
            name, grades, tail = student
            number += 1
            if corrected and number == 1:
                tail = (*tail[:4], "ТКБ 0012355")
            if corrected and number == 2:
                grades = ((91, None, None, None), *grades[1:])
            _student_row(ws, row, number, name, grades, tail)
        row += 1
    row += 1  # a blank row before the signatures
    for cells in SIGNATURES_3F1:
        for offset, value in enumerate(cells):
            ws.cell(row, 2 + offset, value)
        row += 1


def _student_row(ws, row: int, number: int, name: str, grades, tail) -> None:
    ws.cell(row, 1, number)
    ws.cell(row, 2, name)
    column = 3
    for (_, _, _, titles), grade in zip(SUBJECTS_3F1, grades, strict=True):
        by_title = dict(zip(STANDARD, grade, strict=True))
        for offset, title in enumerate(titles):
            ws.cell(row, column + offset, by_title[title])
        column += 4
    for offset, value in enumerate(tail):
        ws.cell(row, column + offset, value)


def _summary_3d(ws, *, corrected: bool) -> None:
    ws["A1"] = HEADER_2011
    ws.merge_cells("A1:H1")
    for column, title in enumerate(("№", "ФИО", "Математика", "Физика", "Информатика",
                                    "Год поступления", "Год окончания", "Номер диплома"), 1):
        ws.cell(2, column, title)
    for column, hours in ((3, "120с"), (4, "72/3"), (5, "80ч-4кр")):
        ws.cell(3, column, hours)
        ws.cell(4, column, "трад")
    spelling = "Абдуллаева Зарина" if corrected else "Абдулаева Зарина"
    for row, values in ((5, (1, "Петров Андрей Иванович", 5, "4", "отлично", 2012, 2016,
                             "0445566")),
                        (6, (2, spelling, 3, "зачет", 4, 2012, 2016, "0445567"))):
        for column, value in enumerate(values, 1):
            ws.cell(row, column, value)
    ws.cell(8, 2, "Заместитель директора ____ И. И. Сидоров")


def summary_workbook(path: Path, *, corrected: bool = False) -> Path:
    """The summary workbook of the module docstring (sheets "3F-1" and "3Д")."""
    wb = Workbook()
    _summary_3f1(wb.active, corrected=corrected)
    wb.active.title = "3F-1"
    _summary_3d(wb.create_sheet("3Д"), corrected=corrected)
    wb.save(path)
    return Path(path)


def corrected_summary_workbook(path: Path) -> Path:
    """The summary workbook with three rows corrected (see the module docstring)."""
    return summary_workbook(path, corrected=True)


def mixed_workbook(path: Path) -> Path:
    """The summary workbook's two sheets, then the table's sheet "Түлектер" (TABLE_HEADERS on
    its row 1, TABLE_ROWS below): two summary sheets and one list in one workbook."""
    from openpyxl import load_workbook

    summary_workbook(path)
    wb = load_workbook(path)
    ws = wb.create_sheet("Түлектер")
    ws.append(list(TABLE_HEADERS))
    for values in TABLE_ROWS:
        ws.append(list(values))
    wb.save(path)
    return Path(path)


def table_workbook(path: Path, rows=TABLE_ROWS, headers=TABLE_HEADERS) -> Path:
    """A plain table: `headers` on row 1, then `rows` (tuples in the headers' order)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Түлектер"
    ws.append(list(headers))
    for values in rows:
        ws.append(list(values))
    wb.save(path)
    return Path(path)
