"""An archive summary workbook of GROUPS groups x STUDENTS students x SUBJECTS subjects (4
sub-columns each), made with openpyxl for the benchmarks of reading and importing the archive."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

GROUPS, STUDENTS, SUBJECTS = 40, 30, 40
LETTERS = ((95, "A", 4.0, 5), (90, "A-", 3.67, 5), (85, "B+", 3.33, 4), (80, "B", 3.0, 4),
           (75, "B-", 2.67, 4), (70, "C+", 2.33, 3), (65, "C", 2.0, 3), (60, "C-", 1.67, 3))


def make_workbook(path: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for g in range(GROUPS):
        ws = wb.create_sheet(f"{g + 1}F-{g % 3 + 1}")
        last = 2 + 4 * SUBJECTS + 5
        ws["A1"] = ("Мамандық: 06130100 - Бағдарламалық қамтамасыз ету\n"
                    "Біліктілік: 4S06130105 - Техник-бағдарламашы\n"
                    "Специальность: 06130100 - Программное обеспечение\n"
                    "Квалификация: 4S06130105 - Техник-программист")
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
        ws["A3"], ws["B3"] = "№", "Аты-жөні"
        for s in range(SUBJECTS):
            column = 3 + 4 * s
            if s % 10 == 0:
                ws.cell(2, column, f"Кәсіптік модуль {s // 10 + 1}")
            ws.cell(3, column, f"Пән {s + 1}")
            ws.merge_cells(start_row=3, start_column=column, end_row=3, end_column=column + 3)
            ws.cell(4, column, f"{36 * (1 + s % 4)}с-{1 + s % 4}к")
            ws.merge_cells(start_row=4, start_column=column, end_row=4, end_column=column + 3)
            for offset, title in enumerate(("п", "б", "цэ", "трад")):
                ws.cell(5, column + offset, title)
        tail = 3 + 4 * SUBJECTS
        for offset, title in enumerate(("Дипломдық жұмыс тақырыбы (қазақ тілінде)",
                                        "Тема дипломной работы (на русском языке)",
                                        "Түскен жылы", "Бітірген жылы", "Диплом нөмірі")):
            ws.cell(3, tail + offset, title)
        for i in range(STUDENTS):
            row = [i + 1, f"Студентов{g} Студент{i} Әкесұлы"]
            for s in range(SUBJECTS):
                points, letter, numeric, trad = LETTERS[(g + i + s) % len(LETTERS)]
                row += [points + (i + s) % 5, letter, numeric, trad]
            row += ["Тақырып", "Тема", 2019, 2023, f"ТКБ {g * 100 + i:07d}"]
            ws.append([])
            for column, value in enumerate(row, 1):
                ws.cell(6 + i, column, value)
        ws.cell(6 + STUDENTS + 1, 2, "Директор")
        ws.cell(6 + STUDENTS + 2, 2, "Куратор")
    wb.save(path)
