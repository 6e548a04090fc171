"""Benchmark: start → sign-in window (unfrozen, offscreen) on a database of 100,000 cases,
beside a bare PySide6 window measured in the same run, with the ratio; the first start of a
day (no backup of today yet) beside any other start; when "Sign in" can be pressed (the
database opened behind the window and every page read); and when the start-up checks (the
daily backup too) have finished. Prints figures; passes or fails nothing.

The PC has signed in before (its settings.ini remembers the college's name), as on every
start but the first. Kense's modules are compiled to bytecode first, as the installed program
has them; PySide6's import hook still reads each module's source to look for "PySide6" (a
frozen bundle has none to read), which the unfrozen figure pays and the frozen one
(bench_bundle.py) does not.

    python tests/bench/bench_startup.py [N] [RUNS] [--before DIR]

`--before DIR`: also time the Kense whose source is in DIR (e.g. a `git archive` of main) on
the same database, for a before/after in the same run.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for support

from desktop.store.connection import close_database, open_database
from desktop.store.migrations import migrate
from support.many_cases import fill

ROOT = Path(__file__).resolve().parents[2]

BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("bare")
label.resize(420, 300)
label.show()
app.processEvents()
print("window", flush=True)
"""

# The floor under any sign-in window in PySide6: the same widgets as Kense's (a name, the
# language list, two fields, two buttons, a status line), no Kense code. PySide6 makes each
# Python class of Qt when first used, and the first line edit and font cost Qt itself.
FORM = r"""
import sys
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QStatusBar, QVBoxLayout)
app = QApplication(sys.argv[:1])
dialog = QDialog()
layout = QVBoxLayout(dialog)
layout.addWidget(QLabel("Колледж"))
form = QFormLayout()
language = QComboBox()
language.addItem("Қазақша", "kk")
language.addItem("Русский", "ru")
form.addRow(QLabel("Тіл:"), language)
form.addRow(QLabel("Пайдаланушы аты:"), QLineEdit())
password = QLineEdit()
password.setEchoMode(QLineEdit.EchoMode.Password)
form.addRow(QLabel("Құпиясөз:"), password)
layout.addLayout(form)
row = QHBoxLayout()
row.addStretch(1)
row.addWidget(QPushButton("Кіру"))
row.addWidget(QPushButton("Шығу"))
layout.addLayout(row)
layout.addWidget(QStatusBar(dialog))
dialog.setMinimumWidth(420)
dialog.show()
app.processEvents()
print("window", flush=True)
"""

# `kense --data-dir DIR` up to its sign-in window: shown and painted, then (where this Kense
# has them) until the start-up checks have reported.
KENSE = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

recorded = []
try:
    from desktop.ui import startup_checks

    class Recorded(startup_checks.StartupChecks):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            recorded.append(self)

    startup_checks.StartupChecks = Recorded
except ImportError:  # a Kense that does them before the window
    pass

def shown(dialog):
    dialog.show()
    QApplication.processEvents()
    print("window", type(dialog).__name__, flush=True)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    while ok is not None and not ok.isEnabled() and dialog.isVisible():
        QApplication.processEvents()
        time.sleep(0.002)
    print("ready", flush=True)
    while recorded and not recorded[0].done:
        QApplication.processEvents()
        time.sleep(0.002)
    print("checked", flush=True)
    raise SystemExit(0)

QDialog.exec = shown
from desktop.__main__ import main
main(["--data-dir", sys.argv[1]])
"""


def timed_start(script: str, args: list[str], env: dict[str, str],
                source: Path = ROOT) -> tuple[float, float, float]:
    """Seconds from spawning the interpreter to its window, its 'ready' and 'checked' lines."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script, *args], env=env, cwd=source,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    window = ready = checked = None
    for line in proc.stdout:
        if line.startswith("window") and window is None:
            window = time.perf_counter() - t0
        if line.startswith("ready"):
            ready = time.perf_counter() - t0
        if line.startswith("checked"):
            checked = time.perf_counter() - t0
    proc.wait()
    if window is None:
        raise SystemExit(f"no window from {args} (exit {proc.returncode})")
    return window, ready or window, checked or ready or window


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.0f} ms"


def main() -> None:
    argv = [a for a in sys.argv[1:] if not a.startswith("--")]
    before = None
    if "--before" in sys.argv:
        before = Path(sys.argv[sys.argv.index("--before") + 1])
        argv.remove(str(before))
    n = int(argv[0]) if argv else 100_000
    runs = int(argv[1]) if len(argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KENSE_KEY_DIR=str(Path(tmp) / "keys"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for tree in [ROOT / "desktop"] + ([before / "desktop"] if before else []):
            compileall.compile_dir(tree, quiet=1)
        os.environ["KENSE_KEY_DIR"] = env["KENSE_KEY_DIR"]
        db = open_database(data / "kense.sqlite3")
        migrate(db)
        t0 = time.perf_counter()
        fill(n)
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        close_database()
        size = (data / "kense.sqlite3").stat().st_size / 2**20
        print(f"filled {n} cases in {time.perf_counter() - t0:.1f} s ({size:.0f} MiB)")
        today = data / "backups" / f"kense-{date.today().isoformat()}.sqlite3"
        # A start whose sign-in window has shown this database before (the first start
        # after installing is the ordinary one: it remembers the name for the next).
        timed_start(KENSE, [str(data)], env)

        kinds = {"bare": [], "form": [], "first": [], "other": []}
        if before is not None:
            kinds |= {"before first": [], "before other": []}
        before_env = dict(env, PYTHONPATH=str(before)) if before is not None else None
        for _ in range(runs):  # interleaved: a busy moment of the machine falls on all alike
            kinds["bare"].append(timed_start(BARE, [], env))
            kinds["form"].append(timed_start(FORM, [], env))
            today.unlink(missing_ok=True)
            kinds["first"].append(timed_start(KENSE, [str(data)], env))
            kinds["other"].append(timed_start(KENSE, [str(data)], env))
            if before is not None:
                today.unlink(missing_ok=True)
                kinds["before first"].append(timed_start(KENSE, [str(data)], before_env, before))
                kinds["before other"].append(timed_start(KENSE, [str(data)], before_env, before))

    bare = statistics.median(w for w, _, _ in kinds["bare"])
    print(f"start → first window, median of {runs} (offscreen, unfrozen, {n} cases):")
    form = statistics.median(w for w, _, _ in kinds["form"])
    print(f"  {'bare PySide6 window':<36} {ms(bare)}")
    print(f"  {'bare PySide6 sign-in form':<36} {ms(form)}   ratio {form / bare:4.2f}")
    for kind, label in (("other", "Kense, any other start"),
                        ("first", "Kense, first start of a day"),
                        ("before other", "before: any other start"),
                        ("before first", "before: first start of a day")):
        if kind not in kinds:
            continue
        window = statistics.median(w for w, _, _ in kinds[kind])
        pairs = zip(kinds[kind], kinds["bare"], strict=True)
        ratios = sorted(w / b for (w, _, _), (b, _, _) in pairs)
        ready = statistics.median(r for _, r, _ in kinds[kind])
        checked = statistics.median(c for _, _, c in kinds[kind])
        print(f"  {label:<36} {ms(window)}   ratio {window / bare:4.2f} "
              f"(paired runs {ratios[0]:.2f}–{ratios[-1]:.2f}; to the bare form "
              f"{window / form:4.2f})   sign-in possible {ms(ready)}   "
              f"checks done {ms(checked)}")
    first = statistics.median(w for w, _, _ in kinds["first"])
    other = statistics.median(w for w, _, _ in kinds["other"])
    print(f"first start of a day / any other start: {first / other:.2f}")


if __name__ == "__main__":
    main()
