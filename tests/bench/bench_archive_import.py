"""Benchmark: the whole archive import (read, preview, store in one transaction) of a workbook
of 40 groups x 30 students x 40 subjects, and the archive search over 50,000 students. Prints
figures; passes or fails nothing.

    python tests/bench/bench_archive_import.py

Import: each run is a fresh interpreter on a fresh database, so its peak memory is its own.
The baseline reads every cell with python-calamine and stores the same students and grades
with plain sqlite3 executemany in one transaction: the floor for any importer on this machine.
Goal (issue 15): the import under 10 s and 300 MB.

Search: the app's search_archive beside the hand-written SQL for the same answer on the same
file and indexes (medians of 7). Goal: 50 ms.
"""

from __future__ import annotations

import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))  # for support
PASSWORD = "Bench-pass-2026"
STUDENTS = 50_000


def _setup(folder: Path):
    os.environ["KENSE_KEY_DIR"] = str(folder / "keys")
    from desktop.services.accounts import users
    from desktop.store.connection import open_database
    from desktop.store.migrations import migrate

    migrate(open_database(folder / "kense.sqlite3"))
    profile = users.CollegeProfile("Колледж", "Колледж", "", "", "Басшы")
    admin = users.first_run_setup(profile, "admin", "Әкімші", PASSWORD)
    users.create_user(admin, "clerk", "Кеңсе", "clerk", PASSWORD)
    return admin, users.login("clerk", PASSWORD)


def child_import(workbook: str, folder: str) -> None:
    admin, _clerk = _setup(Path(folder))
    from desktop.services.archive import importing

    start = time.perf_counter()
    parsed = importing.preview_archive(admin, Path(workbook))
    read = time.perf_counter() - start
    report = importing.import_archive(admin, parsed, Path(workbook).name)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "read": read, "added": report.added,
                      "grades": sum(len(s.grades) for s in parsed.students), "peak_mb": peak}))


def child_baseline(workbook: str, folder: str) -> None:
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    db = sqlite3.connect(Path(folder) / "raw.sqlite3")
    db.execute("CREATE TABLE student (id INTEGER PRIMARY KEY, name TEXT, diploma TEXT)")
    db.execute("CREATE TABLE grade (student INTEGER, position INTEGER, points INTEGER, "
               "letter TEXT, numeric REAL, traditional TEXT)")
    wb = CalamineWorkbook.from_path(workbook)
    students = grades = 0
    with db:
        for name in wb.sheet_names:
            rows = wb.get_sheet_by_name(name).to_python()
            for values in rows[5:]:
                if not isinstance(values[0], int | float) or values[0] == "":
                    continue
                cursor = db.execute("INSERT INTO student (name, diploma) VALUES (?, ?)",
                                    (values[1], values[-1]))
                students += 1
                batch = [(cursor.lastrowid, s, values[2 + 4 * s], values[3 + 4 * s],
                          values[4 + 4 * s], str(values[5 + 4 * s]))
                         for s in range((len(values) - 7) // 4)]
                grades += len(batch)
                db.executemany("INSERT INTO grade VALUES (?, ?, ?, ?, ?, ?)", batch)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "added": students, "grades": grades,
                      "peak_mb": peak}))


def _run(mode: str, workbook: Path, folder: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(workbook),
                          str(folder)], check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_import(folder: Path) -> None:
    from support.big_workbook import GROUPS, SUBJECTS, make_workbook
    from support.big_workbook import STUDENTS as PER_GROUP

    folder.mkdir(parents=True, exist_ok=True)
    workbook = folder / "archive_40x30x40.xlsx"
    make_workbook(workbook)
    print(f"workbook: {GROUPS} groups x {PER_GROUP} students x {SUBJECTS} subjects")
    for attempt in range(2):
        app_dir, raw_dir = folder / f"app{attempt}", folder / f"raw{attempt}"
        app_dir.mkdir()
        raw_dir.mkdir()
        app = _run("import", workbook, app_dir)
        raw = _run("baseline", workbook, raw_dir)
        print(f"import run {attempt + 1}: Kense {app['seconds']:.2f} s (read {app['read']:.2f} s)"
              f", {app['added']} students, {app['grades']} grades, "
              f"{app['added'] / app['seconds']:.0f} students/s, peak {app['peak_mb']:.0f} MB | "
              f"raw calamine+sqlite3 {raw['seconds']:.2f} s, {raw['added']} students, "
              f"{raw['grades']} grades, peak {raw['peak_mb']:.0f} MB | "
              f"ratio x{app['seconds'] / raw['seconds']:.1f} time, "
              f"x{app['peak_mb'] / raw['peak_mb']:.2f} memory")


def _fill_students(n: int) -> None:
    """n students straight into the archive's tables (what n imported rows leave behind)."""
    from desktop.domain.collation import sort_key
    from desktop.domain.name_search import search_key
    from desktop.store.connection import current_database
    from desktop.store.models.archive import ArchiveImport, ArchiveSpelling, ArchiveStudent

    rng = random.Random(7)
    surnames = ["Сейітқали", "Омаров", "Ким", "Нұрланова", "Әбілов", "Иванов", "Жұмабек",
                "Өтегенова", "Ғабдуллин", "Тұрсынова", "Серікбаев", "Көшербаев"]
    names = ["Әлия", "Дәулет", "Анна", "Гүлназ", "Нұрлан", "Сергей", "Айгерім", "Ерлан"]
    fathers = ["Бауыржан", "Серік", "Нұрлан", "Ғалым", "Өмір", "Петр", "Асқар", "Қайрат",
               "Жандос", "Виктор", "Мұрат", "Ерболат"]
    db = current_database()
    with db.atomic():
        imp = ArchiveImport.create(imported_at="2026-01-01 10:00:00", username="admin",
                                   file_name="bench.xlsx", sha256="0" * 64, layout="table")
        students, spellings = [], []
        for i in range(n):
            surname = rng.choice(surnames)
            full = f"{surname} {rng.choice(names)} {rng.choice(fathers)}ұлы"
            students.append({
                "iin": f"{900000000000 + i * 7919 % 99999999999:012d}", "surname": surname,
                "name": full.split()[1], "sort_name": sort_key(full),
                "group_name": f"{i % 60 + 1}F-{i % 3 + 1}", "year_admitted": 2000 + i % 25,
                "year_graduated": 2004 + i % 25, "diploma_series": "ТКБ",
                "diploma_number": f"{i:07d}", "last_import": imp.id,
                "created_at": "2026-01-01 10:00:00", "updated_at": "2026-01-01 10:00:00",
            })
            spellings.append((full,))
        for start in range(0, n, 500):
            ArchiveStudent.insert_many(students[start:start + 500]).execute()
        rows = [{"student": i + 1, "full_name": f, "search_name": search_key(f),
                 "sort_name": sort_key(f)} for i, (f,) in enumerate(spellings)]
        for start in range(0, n, 500):
            ArchiveSpelling.insert_many(rows[start:start + 500]).execute()
    db.execute_sql("ANALYZE")


def _median(call, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def bench_search(folder: Path) -> None:
    _admin, clerk = _setup(folder)
    _fill_students(STUDENTS)
    from desktop.domain.name_search import search_key
    from desktop.services.archive.finding import LIMIT, ArchiveQuery, search_archive

    raw = sqlite3.connect(folder / "kense.sqlite3")
    columns = ("id, iin, surname, name, patronymic, birth_date, group_name, specialty_code, "
               "year_admitted, year_graduated, diploma_series, diploma_number")
    key = search_key("Сейітқали Әлия Ғалым")
    cases = {
        "name prefix": (ArchiveQuery(text="Сейітқали Әлия Ғалым"), (
            f"SELECT {columns} FROM archive_student WHERE id IN (SELECT student_id FROM "
            "archive_spelling WHERE search_name >= ? AND search_name < ?) "
            "ORDER BY sort_name, id LIMIT ?", (key, key + "\uffff", LIMIT))),
        "name, no hits": (ArchiveQuery(text="Щщщ"), (
            f"SELECT {columns} FROM archive_student WHERE id IN (SELECT student_id FROM "
            "archive_spelling WHERE search_name >= ? AND search_name < ?) "
            "ORDER BY sort_name, id LIMIT ?", ("щ", "щ\uffff", LIMIT))),
        "IIN prefix": (ArchiveQuery(text="9000001"), (
            f"SELECT {columns} FROM archive_student WHERE (iin >= ? AND iin < ?) OR "
            "diploma_number = ? ORDER BY sort_name, id LIMIT ?",
            ("9000001", "9000001\uffff", "9000001", LIMIT))),
        "diploma number": (ArchiveQuery(text="ТКБ 0012345"), (
            f"SELECT {columns} FROM archive_student WHERE diploma_number = ? "
            "ORDER BY sort_name, id LIMIT ?", ("0012345", LIMIT))),
        "group + years": (ArchiveQuery(group="7F-1", year_from=2010, year_to=2015), (
            f"SELECT {columns} FROM archive_student WHERE group_name = ? AND "
            "year_graduated >= ? AND year_graduated <= ? ORDER BY sort_name, id LIMIT ?",
            ("7F-1", 2010, 2015, LIMIT))),
        "everyone (first 200)": (ArchiveQuery(), (
            f"SELECT {columns} FROM archive_student ORDER BY sort_name, id LIMIT ?",
            (LIMIT,))),
    }
    from desktop.services.accounts.session import acting_user

    print(f"search over {STUDENTS} students (medians of 7, ms); the session check every use "
          f"case makes costs {_median(lambda: acting_user(clerk, 'clerk')):.2f} of Kense's:")
    for label, (query, (sql, params)) in cases.items():
        found = len(search_archive(clerk, query))
        expected = len(raw.execute(sql, params).fetchall())
        app = _median(lambda q=query: search_archive(clerk, q))
        base = _median(lambda s=sql, p=params: raw.execute(s, p).fetchall())
        print(f"  {label:22} Kense {app:7.2f}  raw SQL {base:7.2f}  ratio x{app / base:5.1f}"
              f"  rows {found}/{expected}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bench_import(Path(tmp) / "import")
    with tempfile.TemporaryDirectory() as tmp:
        bench_search(Path(tmp))


if __name__ == "__main__":
    if "--child" in sys.argv:
        i = sys.argv.index("--child")
        mode, workbook, folder = sys.argv[i + 1:i + 4]
        (child_import if mode == "import" else child_baseline)(workbook, folder)
    elif "--search-only" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            bench_search(Path(tmp))
    else:
        main()
