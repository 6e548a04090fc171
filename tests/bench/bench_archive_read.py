"""Benchmark: reading an archive summary workbook of 40 groups x 30 students x 40 subjects
(4 sub-columns each). Prints figures; passes or fails nothing.

    python tests/bench/bench_archive_read.py [--keep DIR]

Each measurement runs in a fresh interpreter so that its peak memory (getrusage's maxrss) is
its own. The baseline is openpyxl's read-only mode handing over every cell value with no
parsing: the part of the time that belongs to the Excel library, not to Kense. Goal of the whole
import (issue 15): under 10 s and 300 MB.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

GROUPS, STUDENTS, SUBJECTS = 40, 30, 40
ROOT = Path(__file__).resolve().parents[2]
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


def child(mode: str, path: str) -> None:
    start = time.perf_counter()
    if mode.startswith("read"):
        from desktop.services.archive import opening
        from desktop.services.archive.reading import read_archive

        opening.BACKEND = mode.removeprefix("read-")

        parsed = read_archive(Path(path))
        rows = len(parsed.students)
        extra = {"grades": sum(len(s.grades) for s in parsed.students),
                 "errors": len(parsed.errors), "skipped": len(parsed.skipped)}
    elif mode == "calamine":
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(path)
        rows = cells = 0
        for name in wb.sheet_names:
            for values in wb.get_sheet_by_name(name).to_python():
                rows += 1
                cells += sum(v != "" for v in values)
        extra = {"cells": cells}
    else:
        import openpyxl

        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        rows = cells = 0
        for ws in wb.worksheets:
            for values in ws.iter_rows(values_only=True):
                rows += 1
                cells += sum(v is not None for v in values)
        wb.close()
        extra = {"cells": cells}
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "rows": rows, "peak_mb": peak_mb, **extra}))


def measure(mode: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(path)], check=True,
                         capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout)


def main() -> None:
    keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(keep or tmp)
        path = folder / "archive_40x30x40.xlsx"
        if not path.exists():
            start = time.perf_counter()
            # In a child of its own: Linux keeps a process's peak memory across fork and exec,
            # so a parent grown by openpyxl's writing would show in every later measurement.
            subprocess.run([sys.executable, __file__, "--make", str(path)], check=True, cwd=ROOT)
            print(f"generated {path.name}: {path.stat().st_size / 1e6:.1f} MB "
                  f"in {time.perf_counter() - start:.1f} s")
        base = measure("openpyxl", path)
        print(f"baseline openpyxl read-only (all values, no parsing): {base['seconds']:.2f} s, "
              f"{base['rows']} rows, {base['cells']} cells, peak {base['peak_mb']:.0f} MB")
        _report("read_archive, openpyxl", measure("read-openpyxl", path), base)
        try:
            import python_calamine  # noqa: F401
        except ImportError:
            print("calamine: not installed")
            return
        cal = measure("calamine", path)
        print(f"baseline calamine (all values, no parsing): {cal['seconds']:.2f} s, "
              f"{cal['cells']} cells, peak {cal['peak_mb']:.0f} MB")
        _report("read_archive, calamine", measure("read-calamine", path), cal)


def _report(label: str, read: dict, base: dict) -> None:
    print(f"{label}: {read['seconds']:.2f} s, {read['rows']} students "
          f"({read['rows'] / read['seconds']:.0f} rows/s), {read['grades']} grades, "
          f"{read['errors']} errors, {read['skipped']} skipped, peak {read['peak_mb']:.0f} MB; "
          f"x{read['seconds'] / base['seconds']:.2f} the baseline's time, "
          f"x{read['peak_mb'] / base['peak_mb']:.2f} its memory")


if __name__ == "__main__":
    if "--make" in sys.argv:
        make_workbook(Path(sys.argv[sys.argv.index("--make") + 1]))
    elif "--child" in sys.argv:
        i = sys.argv.index("--child")
        child(sys.argv[i + 1], sys.argv[i + 2])
    else:
        main()
