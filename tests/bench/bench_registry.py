"""Benchmark: the registry table of the clerk's workspace on 100,000 cases. Prints figures;
passes or fails nothing.

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_registry.py [N]

The database is filled by bench_queries.fill (bulk inserts in one transaction).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for support

from PySide6.QtWidgets import QApplication

from desktop.services import reference
from desktop.services.accounts import users
from desktop.services.cases.queries import CaseFilter
from desktop.store.connection import close_database, open_database
from desktop.store.migrations import migrate
from desktop.ui.workspaces.case_models import COLUMN_KEYS
from desktop.ui.workspaces.registry import RegistryPanel
from support.many_cases import PASSWORD, fill

VISIBLE_ROWS = 30


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def timed(label: str, app: QApplication, action, panel: RegistryPanel, repeat: int = 3) -> None:
    """Best of `repeat`: the action, then the rows a screen shows painted."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        action()
        for row in range(min(VISIBLE_ROWS, panel.model.rowCount())):
            panel.model.row_at(row)
        settle(app)
        best = min(best, time.perf_counter() - t0)
    print(f"  {label:<52} {ms(best)}   ({panel.model.rowCount()} rows)")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "kense.sqlite3")
        migrate(db)
        t0 = time.perf_counter()
        fill(n)
        print(f"filled {n} cases in {time.perf_counter() - t0:.1f} s")
        reference.set_clock(lambda: datetime(2024, 6, 3, 10, 0))
        clerk = users.login("clerk", PASSWORD)

        t0 = time.perf_counter()
        panel = RegistryPanel(clerk)
        panel.resize(1200, 800)
        panel.show()
        settle(app)
        print(f"open the registry (count + first screen painted): "
              f"{ms(time.perf_counter() - t0)}   ({panel.model.rowCount()} rows, "
              f"{panel.model.queries_run} page read)")

        print("then (best of 3, each until the first screen is painted):")

        def search(text: str):
            def run():
                panel.search.setText(text)
                panel.apply_filter()
            return run

        timed("search IIN prefix '9503'", app, search("9503"), panel)
        timed("search surname 'өтегенова'", app, search("өтегенова"), panel)
        timed("search number 'АН-2023/00042'", app, search("АН-2023/00042"), panel)
        timed("search number tail '2023/00042'", app, search("2023/00042"), panel)
        timed("clear the search", app, search(""), panel)
        column = {key: i for i, key in enumerate(COLUMN_KEYS)}
        timed("sort by due date", app, lambda: panel.view.sortByColumn(
            column["due_at"], panel.view.horizontalHeader().sortIndicatorOrder()), panel)
        timed("sort by applicant", app,
              lambda: panel.view.sortByColumn(column["applicant"],
                                              panel.view.horizontalHeader().sortIndicatorOrder()),
              panel)
        timed("filter: duplicates accepted in 2023", app, lambda: panel.model.set_filter(
            CaseFilter(service="duplicate", date_from=date(2023, 1, 1),
                       date_to=date(2023, 12, 31))), panel)
        timed("filter: state 'issued'", app,
              lambda: panel.model.set_filter(CaseFilter(states=("issued",))), panel)
        panel.model.set_filter(CaseFilter())
        settle(app)

        def scroll_to_end():
            panel.view.scrollToBottom()
            settle(app)

        t0 = time.perf_counter()
        scroll_to_end()
        print(f"  {'scroll to the last row (deepest page)':<52} "
              f"{ms(time.perf_counter() - t0)}")
        t0 = time.perf_counter()
        panel.view.scrollTo(panel.model.index(panel.model.rowCount() // 2, 0))
        settle(app)
        print(f"  {'jump to the middle':<52} {ms(time.perf_counter() - t0)}")
        panel.close()
        reference.set_clock(None)
        close_database()


if __name__ == "__main__":
    main()
