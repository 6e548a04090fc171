"""Benchmark: the registry at 100,000 cases, each figure beside its baseline measured in the same
run, and their ratio (the goals of issue 14 are ratios). Prints figures; passes or fails nothing.

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_ratios.py [N] [--no-pg]

Baselines are the minimal hand-written SQL for the same answer on the same file and indexes
(sqlite3 / psycopg2 straight, rows left as the driver returns them), and for the view a bare
QTableView over such SQL; peak RSS is measured in a subprocess each, beside a bare window (the
issue's baseline) and beside the clerk's window rebuilt without Kense (its widgets, the count
and the first page read by sqlite3): the floor of any such window in PySide6. The database is
filled by bench_queries.fill and analysed once, as the app's first normal exit does (PRAGMA
optimize).
Each figure is the median of REPEAT runs, the app and its baseline taking turns.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for support

from desktop.services import reference
from desktop.services.accounts import users
from desktop.services.cases import queries
from desktop.services.cases.queries import CaseFilter
from desktop.services.cases.registry_rows import FIELDS, CaseRow
from desktop.store.connection import close_database, open_database, refresh_statistics
from desktop.store.migrations import migrate
from support.many_cases import PASSWORD, fill

REPEAT = 7
NOW = datetime(2024, 6, 3, 10, 0)
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

ROW = ('c.id, c.reg_number, c.service, c.channel, c.state, a.surname, a.name, a.patronymic, '
       'a.iin, c.accepted_at, c.due_at, u.full_name, c.version, c.external_number, '
       'c.signed_at, c.issued_at, c.result_kind')
FROM = ('FROM "case" c JOIN applicant a ON a.id = c.applicant_id '
        'LEFT JOIN "user" u ON u.id = c.executor_id')
NEWEST = "ORDER BY c.reg_year DESC, c.reg_seq DESC, c.id DESC LIMIT 200"


def raw_sql(p: str) -> dict[str, list[tuple[str, tuple]]]:
    """The hand-written SQL per figure (`p` is the driver's placeholder). Where two shapes are
    natural, both are listed and the faster one is the baseline."""
    name = "өтегенова"
    nobody = "петров"

    def by_name(term: str) -> list[tuple[str, tuple]]:
        upper = term.upper()
        return [
            # Walking the number index, checking each case's applicant.
            (f"SELECT {ROW} {FROM} WHERE (a.search_name >= {p} AND a.search_name < {p}) "
             f"OR (c.reg_number >= {p} AND c.reg_number < {p}) {NEWEST}",
             (term, term + "\uffff", upper, upper + "\uffff")),
            # The matches from their indexes, then sorted.
            (f"SELECT {ROW} {FROM} WHERE c.id IN (SELECT c2.id FROM \"case\" c2 JOIN applicant "
             f"a2 ON a2.id = c2.applicant_id WHERE a2.search_name >= {p} AND a2.search_name < {p}"
             f" UNION SELECT c3.id FROM \"case\" c3 WHERE c3.reg_number >= {p} "
             f"AND c3.reg_number < {p}) {NEWEST}",
             (term, term + "\uffff", upper, upper + "\uffff")),
        ]

    return {
        "first page": [(f"SELECT {ROW} {FROM} {NEWEST}", ())],
        "count": [('SELECT COUNT(*) FROM "case"', ())],
        "overdue": [(f"SELECT {ROW} {FROM} WHERE c.due_at < {p} "
                     "ORDER BY c.due_at, c.id LIMIT 200", (NOW,))],
        "name search": by_name(name),
        "name search, no hits": by_name(nobody),
        "IIN prefix": [(f"SELECT {ROW} {FROM} WHERE a.iin >= {p} AND a.iin < {p} {NEWEST}",
                        ("9503", "9503\uffff"))],
        "executor's list": [(f"SELECT {ROW} {FROM} WHERE c.executor_id = {p} {NEWEST}",
                             ("EXECUTOR",))],
        "count, name search": [
            (f'SELECT COUNT(*) FROM "case" c WHERE c.applicant_id IN (SELECT id FROM applicant '
             f"WHERE search_name >= {p} AND search_name < {p}) "
             f"OR (c.reg_number >= {p} AND c.reg_number < {p})",
             (name, name + "\uffff", name.upper(), name.upper() + "\uffff"))],
    }


# A screen shows about this many rows: the app's figure includes reading every field of them
# (rows are made field by field when read; the baseline leaves the driver's tuples as they are).
SHOWN = 30


def shown(rows):
    for row in rows[:SHOWN]:
        for name in FIELDS:
            getattr(row, name)
    return rows


def app_calls(clerk, executor) -> dict:
    return {
        "first page": lambda: shown(queries.list_cases(clerk)),
        "count": lambda: queries.count_cases(clerk),
        "overdue": lambda: shown(queries.overdue(clerk)),
        "name search": lambda: shown(queries.list_cases(clerk, CaseFilter(text="өтегенова"))),
        "name search, no hits": lambda: queries.list_cases(clerk, CaseFilter(text="петров")),
        "IIN prefix": lambda: shown(queries.list_cases(clerk, CaseFilter(text="9503"))),
        "executor's list": lambda: shown(queries.list_cases(executor)),
        "count, name search": lambda: queries.count_cases(clerk, CaseFilter(text="өтегенова")),
    }


def median_ms(func) -> float:
    times = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def paired(app, baselines: list) -> tuple[float, float]:
    """Medians of the app's call and of the fastest baseline, taking turns."""
    app_times, base_times = [], [[] for _ in baselines]
    app()
    for base in baselines:
        base()
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        app()
        app_times.append(time.perf_counter() - t0)
        for times, base in zip(base_times, baselines, strict=True):
            t0 = time.perf_counter()
            base()
            times.append(time.perf_counter() - t0)
    return (statistics.median(app_times) * 1000,
            min(statistics.median(t) for t in base_times) * 1000)


def line(label: str, app_ms: float, base_ms: float, baseline: str = "raw SQL") -> None:
    print(f"  {label:<34} {app_ms:9.2f} ms  {baseline:<18} {base_ms:9.2f} ms   "
          f"ratio {app_ms / base_ms:5.2f}")


def query_figures(raw_execute, p: str, clerk, executor, executor_id: int) -> None:
    calls = app_calls(clerk, executor)
    for label, shapes in raw_sql(p).items():
        baselines = []
        for sql, args in shapes:
            args = tuple(executor_id if a == "EXECUTOR" else a for a in args)
            baselines.append(lambda sql=sql, args=args: raw_execute(sql, args))
        app_ms, base_ms = paired(calls[label], baselines)
        line(label, app_ms, base_ms)


def fixed_costs(clerk) -> None:
    """What every registry call pays besides its SQL, whatever N: the floor of the ratios for
    the queries that take a millisecond or two."""
    from desktop.services.cases import queries as q
    from desktop.services.cases import registry_sql

    user = q._reader(clerk)

    def build():
        where = q._where(user, CaseFilter(), listing=True)
        return registry_sql.page_statement(where, "reg_number", True)

    rows = registry_sql.run(build(), [200])
    print("  fixed costs per call (medians):")
    print(f"    session check (session and user, one statement)   "
          f"{median_ms(lambda: q._reader(clerk)):6.2f} ms")
    print(f"    writing the page's SQL                           "
          f"{median_ms(build):6.2f} ms")
    print(f"    200 rows made, {SHOWN} read field by field          "
          f"{median_ms(lambda: shown(CaseRow.rows(rows))):6.2f} ms")

    def every_field():
        return [[getattr(r, n) for n in FIELDS] for r in CaseRow.rows(rows)]

    print(f"    200 rows made, all read field by field           "
          f"{median_ms(every_field):6.2f} ms")


def paging_figures(clerk) -> None:
    """Keyset paging: the last page and a page deep in the middle against the first page, all
    through the registry's table model as the view asks for them."""
    from desktop.ui.workspaces.case_models import PAGE_SIZE, RegistryModel

    def first():
        model = RegistryModel(clerk, lambda: "kk")
        model.reload()
        model.row_at(0)

    def last():
        model = RegistryModel(clerk, lambda: "kk")
        model.reload()
        model.row_at(model.rowCount() - 1)

    middle_model = RegistryModel(clerk, lambda: "kk")
    middle_model.reload()
    middle = middle_model.rowCount() // 2 // PAGE_SIZE * PAGE_SIZE
    middle_model.row_at(middle - 1)

    def next_in_middle():
        # The page after one already read: entered by its edge row, however deep.
        middle_model._pages.pop(middle // PAGE_SIZE, None)
        middle_model.row_at(middle)

    app_ms, base_ms = paired(last, [first])
    line("last page (model, seek)", app_ms, base_ms, "first page (model)")
    app_ms, base_ms = paired(next_in_middle, [first])
    line(f"page at row {middle:,} after its neighbour", app_ms, base_ms, "first page (model)")

    def jump_to_middle():
        # No neighbour read: the row before the page is found by its sort columns alone.
        model = RegistryModel(clerk, lambda: "kk")
        model.reload()
        model.row_at(middle)

    app_ms, base_ms = paired(jump_to_middle, [first])
    line(f"jump to row {middle:,} (no neighbour)", app_ms, base_ms, "first page (model)")


def view_figures(db_path: Path, clerk) -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.ui.workspaces.registry import RegistryPanel

    app = QApplication.instance() or QApplication([])
    raw = sqlite3.connect(db_path)

    class RawModel(QAbstractTableModel):
        def __init__(self):
            super().__init__()
            self.count = raw.execute('SELECT COUNT(*) FROM "case"').fetchone()[0]
            self.rows = raw.execute(f"SELECT {ROW} {FROM} {NEWEST}").fetchall()

        def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
            return self.count

        def columnCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
            return 9

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role != Qt.ItemDataRole.DisplayRole or index.row() >= len(self.rows):
                return None
            return str(self.rows[index.row()][index.column()])

    def settle():
        for _ in range(3):
            app.processEvents()

    def bare():
        view = QTableView()
        view.setModel(RawModel())
        view.resize(1200, 800)
        view.show()
        settle()
        view.close()
        view.deleteLater()

    def registry():
        panel = RegistryPanel(clerk)
        panel.resize(1200, 800)
        panel.show()
        settle()
        panel.close()
        panel.deleteLater()

    app_ms, base_ms = paired(registry, [bare])
    line("registry view open", app_ms, base_ms, "QTableView+raw SQL")
    raw.close()


RSS_CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path[:0] = [{here!r}, {root!r}]
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
if sys.argv[1] == "clerk":
    from desktop.services.accounts import users
    from desktop.store.connection import open_database
    from desktop.ui.workspaces import build_workspace
    open_database(sys.argv[2])
    window = build_workspace(users.login("clerk", {password!r}))
elif sys.argv[1] == "form":
    # The clerk's window without Kense: its widgets, and the count and first page by sqlite3.
    import sqlite3
    from PySide6.QtCore import QAbstractTableModel, QDate, Qt
    from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel,
                                   QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout)
    raw = sqlite3.connect(sys.argv[2])
    count = raw.execute('SELECT COUNT(*) FROM "case"').fetchone()[0]
    page = raw.execute({page!r}).fetchall()

    class Model(QAbstractTableModel):
        def rowCount(self, parent=None):
            return count

        def columnCount(self, parent=None):
            return 9

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole and index.row() < len(page):
                return str(page[index.row()][index.column()])
            return None

    window = QWidget()
    top = QHBoxLayout()
    for text in ("Жаңа өтініш", "Жаңарту", "Журнал", "Кітап"):
        top.addWidget(QPushButton(text))
    filters = QHBoxLayout()
    filters.addWidget(QLineEdit())
    for _ in range(3):
        combo = QComboBox()
        combo.addItems(["Барлығы", "Телнұсқа", "Анықтама"])
        filters.addWidget(combo)
    period = QHBoxLayout()
    period.addWidget(QCheckBox("Кезең"))
    for _ in range(2):
        edit = QDateEdit(QDate(2024, 6, 3))
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        period.addWidget(edit)
    period.addWidget(QLabel(f"{{count}}"))
    table = QTableView()
    table.setModel(Model())
    table.setAlternatingRowColors(True)
    side = QWidget()
    column = QVBoxLayout(side)
    column.addWidget(QLabel("Өтініш иесі: Әлиева Әйгерім Ғалымқызы"), 1)
    for text in ("Беру", "Тапсыру", "Қолхат", "Нәтиже"):
        column.addWidget(QPushButton(text))
    splitter = QSplitter()
    splitter.addWidget(table)
    splitter.addWidget(side)
    layout = QVBoxLayout(window)
    for part in (top, filters, period):
        layout.addLayout(part)
    layout.addWidget(splitter, 1)
else:
    window = QWidget()
window.resize(1200, 800)
window.show()
for _ in range(5):
    app.processEvents()
# getrusage's ru_maxrss survives exec (it would report the parent's peak): ask /proc.
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
print(int(status["VmHWM"].split()[0]), int(status["VmRSS"].split()[0]))
"""


def rss_figures(db_path: Path) -> None:
    child = RSS_CHILD.format(here=str(HERE), root=str(ROOT), password=PASSWORD,
                             page=f"SELECT {ROW} {FROM} {NEWEST}")

    def memory(kind: str) -> tuple[float, float]:
        out = subprocess.run([sys.executable, "-c", child, kind, str(db_path)], check=True,
                             capture_output=True, text=True).stdout
        peak, now = out.split()[-2:]
        return int(peak) / 1024, int(now) / 1024

    clerk = [memory("clerk") for _ in range(3)]
    bases = {"bare window": [memory("bare") for _ in range(3)],
             "same widgets+SQL": [memory("form") for _ in range(3)]}
    for i, label in enumerate(("peak RSS", "RSS once shown")):
        mine = statistics.median(m[i] for m in clerk)
        for name, runs in bases.items():
            base = statistics.median(m[i] for m in runs)
            print(f"  {label + ', clerk registry open':<34} {mine:9.1f} MiB {name:<18} "
                  f"{base:9.1f} MiB  ratio {mine / base:5.2f}")


def on_sqlite(n: int, folder: Path) -> None:
    path = folder / "kense.sqlite3"
    db = open_database(path)
    migrate(db)
    t0 = time.perf_counter()
    fill(n)
    print(f"SQLite: filled {n:,} cases in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    refresh_statistics(full=True)
    print(f"  ANALYZE (as the first exit's PRAGMA optimize does): "
          f"{(time.perf_counter() - t0) * 1000:.0f} ms, once")
    reference.set_clock(lambda: NOW)
    clerk = users.login("clerk", PASSWORD)
    executor = users.login("exec0", PASSWORD)
    raw = sqlite3.connect(path)

    def raw_execute(sql, args):
        return raw.execute(sql, tuple(str(a) if isinstance(a, datetime) else a
                                      for a in args)).fetchall()

    print(f"  {'':<34} {'Kense':>12}  {'baseline':<18} {'':>12}")
    query_figures(raw_execute, "?", clerk, executor, executor.user_id)
    fixed_costs(clerk)
    paging_figures(clerk)
    view_figures(path, clerk)
    raw.close()
    reference.set_clock(None)
    close_database()
    rss_figures(path)


def on_postgres(n: int) -> None:
    from support.pg_server import PgServer

    server = PgServer()
    server.start()
    if not server.url:
        print(f"PostgreSQL: not measured ({server.problem})")
        return
    try:
        db = open_database(server.url)
        migrate(db)
        t0 = time.perf_counter()
        fill(n)
        print(f"PostgreSQL: filled {n:,} cases in {time.perf_counter() - t0:.1f} s")
        refresh_statistics(full=True)
        reference.set_clock(lambda: NOW)
        clerk = users.login("clerk", PASSWORD)
        executor = users.login("exec0", PASSWORD)
        import psycopg2

        raw = psycopg2.connect(server.url.replace("postgresql+pool", "postgresql"))
        raw.autocommit = True
        cursor = raw.cursor()

        def raw_execute(sql, args):
            cursor.execute(sql, args)
            return cursor.fetchall()

        print(f"  {'':<34} {'Kense':>12}  {'baseline':<18} {'':>12}")
        query_figures(raw_execute, "%s", clerk, executor, executor.user_id)
        paging_figures(clerk)
        raw.close()
        reference.set_clock(None)
        close_database()
    finally:
        server.stop()


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 100_000
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        on_sqlite(n, Path(tmp))
    if "--no-pg" not in sys.argv:
        on_postgres(n)


if __name__ == "__main__":
    main()
