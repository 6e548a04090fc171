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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for support

from support.big_workbook import make_workbook

ROOT = Path(__file__).resolve().parents[2]
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
