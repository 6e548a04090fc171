"""Fault table: each bad file or bad place Kense may meet at start-up, --backup and --restore,
what the user saw, and whether any file was changed or removed (by SHA-256).

    python tests/bench/bench_faults.py

Each scenario runs `kense` in its own process on a fresh data folder (the start-up dialog is
answered "Quit" and its text printed; the sign-in window is not opened). Kense's own log
folder is left out of the comparison. The interface language is Russian (settings.ini).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DRIVER = r"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QMessageBox
def press(box):
    print("DIALOG: " + box.text().replace("\n", " / "), flush=True)
    quit_button = next(b for b in box.buttons()
                       if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    box.clickedButton = lambda: quit_button
    return 0
QMessageBox.exec = press
import desktop.ui.app
def started(*args, **kwargs):
    print("STARTED: the sign-in window would open", flush=True)
    return 0
desktop.ui.app.run_gui = started
from desktop.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): _digest(p) for p in sorted(folder.rglob("*"))
            if p.is_file() and "logs" not in p.relative_to(folder).parts}


def _make_data(data: Path) -> None:
    from desktop.store.backup import daily_backup
    from desktop.store.connection import close_database, open_database, write_transaction
    from desktop.store.migrations import migrate
    from support.markers import set_marker

    db = open_database(data / "kense.sqlite3")
    migrate(db)
    with write_transaction():
        set_marker("good")
    daily_backup(db, data / "backups", today=datetime(2026, 3, 1))
    close_database()
    for side in data.glob("kense.sqlite3-*"):
        side.unlink()
    (data / "settings.ini").write_text("[General]\nlanguage=ru\n", encoding="utf-8")


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    from desktop.store.schema import SCHEMA_VERSION

    conn = sqlite3.connect(str(path))
    conn.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, '2030-01-01')",
                 (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()


def _setup(kind: str) -> Callable[[Path, Path], list[str]]:
    """Each returns the command-line arguments after preparing `data` and `usb`."""

    def prepare(data: Path, usb: Path) -> list[str]:
        db = data / "kense.sqlite3"
        good = data / "backups" / "kense-2026-03-01.sqlite3"
        source = usb / "backup.sqlite3"
        args = ["--data-dir", str(data)]
        if kind == "start_empty":
            db.write_bytes(b"")
        elif kind == "start_foreign":
            db.unlink()
            _foreign(db)
        elif kind == "start_newer":
            _newer(db)
        elif kind == "start_damaged":
            db.write_bytes(b"not a database" * 500)
        elif kind == "start_missing":
            db.unlink()
        elif kind == "start_server_json":
            (data / "server.json").write_text("{broken", encoding="utf-8")
        elif kind == "start_settings_ini":
            (data / "settings.ini").write_bytes(b"\x00\xff[[[language=\n=ru")
        elif kind == "backup_empty":
            db.write_bytes(b"")
            args += ["--backup", str(usb / "copy.sqlite3")]
        elif kind == "backup_odd_path":
            args += ["--backup", str(usb / "Колледж #1 ? 100%.sqlite3")]
        elif kind == "backup_into_a_file":
            (usb / "not a folder").write_text("x")
            args += ["--backup", str(usb / "not a folder" / "copy.sqlite3")]
        elif kind == "restore_empty":
            source.write_bytes(b"")
            args += ["--restore", str(source)]
        elif kind == "restore_foreign":
            _foreign(source)
            args += ["--restore", str(source)]
        elif kind == "restore_newer":
            shutil.copyfile(good, source)
            _newer(source)
            args += ["--restore", str(source)]
        elif kind == "restore_text":
            source.write_text("surname;iin\n", encoding="utf-8")
            args += ["--restore", str(source)]
        elif kind == "restore_missing":
            args += ["--restore", str(usb / "no such file.sqlite3")]
        elif kind == "ro_backup":
            args += ["--backup", str(usb / "rescue.sqlite3")]
        elif kind == "ro_restore":
            args += ["--restore", str(good)]
        elif kind == "restore_odd_path":
            odd = usb / "Флешка #2 ? Әғ%.sqlite3"
            shutil.copyfile(good, odd)
            args += ["--restore", str(odd)]
        return args

    return prepare


def _keep_wal_and_shm(data: Path) -> None:
    """Leave kense.sqlite3-wal and -shm beside the file, as a Kense that lost power does."""
    keeper = sqlite3.connect(str(data / "kense.sqlite3"))
    keeper.execute("PRAGMA journal_mode=WAL").fetchall()
    keeper.execute("UPDATE setting SET value = 'in the wal' WHERE key = 'test_marker'")
    keeper.commit()
    wal, shm = (data / "kense.sqlite3-wal").read_bytes(), (data / "kense.sqlite3-shm").read_bytes()
    keeper.close()
    (data / "kense.sqlite3-wal").write_bytes(wal)
    (data / "kense.sqlite3-shm").write_bytes(shm)


@contextlib.contextmanager
def _read_only(data: Path, wanted: bool):
    """A read-only data folder: a read-only bind mount as root (root ignores permissions),
    otherwise the write permissions taken away."""
    if not wanted:
        yield
        return
    if os.geteuid() == 0:
        subprocess.run(["mount", "--bind", str(data), str(data)], check=True)
        try:
            subprocess.run(["mount", "-o", "remount,bind,ro", str(data)], check=True)
            yield
        finally:
            subprocess.run(["umount", str(data)], check=True)
        return
    paths = [data, *data.rglob("*")]
    modes = {p: p.stat().st_mode for p in paths}
    for p in paths:
        p.chmod(modes[p] & ~0o222)
    try:
        yield
    finally:
        for p in reversed(paths):
            p.chmod(modes[p])


SCENARIOS = [
    ("start: kense.sqlite3 is 0 bytes, good backups beside", "start_empty", False),
    ("start: kense.sqlite3 is another program's SQLite file", "start_foreign", False),
    ("start: database written by a newer Kense", "start_newer", False),
    ("start: kense.sqlite3 damaged", "start_damaged", False),
    ("start: kense.sqlite3 missing, backups exist", "start_missing", False),
    ("start: server.json damaged", "start_server_json", False),
    ("start: settings.ini damaged", "start_settings_ini", False),
    ("start: data folder read-only, -wal/-shm present", "ro_start", False),
    ("--backup from a read-only data folder", "ro_backup", True),
    ("--restore into a read-only data folder", "ro_restore", False),
    ("--backup of a 0-byte database", "backup_empty", False),
    ("--backup into a path that is a file", "backup_into_a_file", False),
    ("--backup to 'Колледж #1 ? 100%.sqlite3'", "backup_odd_path", True),
    ("--restore of a 0-byte file", "restore_empty", False),
    ("--restore of another program's SQLite file", "restore_foreign", False),
    ("--restore of a newer Kense's backup", "restore_newer", False),
    ("--restore of a text file", "restore_text", False),
    ("--restore of a missing file", "restore_missing", False),
    ("--restore from 'Флешка #2 ? Әғ%.sqlite3'", "restore_odd_path", True),
]


def run(title: str, kind: str, changes_expected: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="kense-fault-") as tmp:
        data, usb = Path(tmp) / "data", Path(tmp) / "usb"
        usb.mkdir()
        _make_data(data)
        args = _setup(kind)(data, usb)
        if kind.startswith("ro_"):
            _keep_wal_and_shm(data)
        before_data, before_usb = _files(data), _files(usb)
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
        with _read_only(data, kind.startswith("ro_")):
            proc = subprocess.run([sys.executable, "-c", DRIVER, *args], capture_output=True,
                                  text=True, env=env, timeout=120, cwd=tmp)
        after_data, after_usb = _files(data), _files(usb)
    out = (proc.stdout + proc.stderr).strip()
    said = [ln for ln in out.splitlines() if ln.startswith(("DIALOG:", "STARTED:", "kense:",
                                                            "backup written", "restored"))]
    changed = sorted(
        [f"data/{k}" for k in before_data if after_data.get(k, "") != before_data[k]]
        + [f"usb/{k}" for k in before_usb if after_usb.get(k, "") != before_usb[k]])
    added_usb = sorted(set(after_usb) - set(before_usb))
    traceback = "Traceback" in out
    if traceback:
        verdict = "TRACEBACK"
    elif changes_expected:
        verdict = "done as asked"
    elif changed or added_usb:
        verdict = "FILE CHANGED"
    elif any(ln.startswith("STARTED:") for ln in said):
        verdict = "started normally, nothing lost"
    else:
        verdict = "message shown, nothing lost"
    return {"scenario": title, "exit": proc.returncode,
            "saw": (said[0] if said else out.splitlines()[-1] if out else "(nothing)")[:150],
            "changed_or_removed": changed, "added_beside_source": added_usb,
            "verdict": verdict}


def main() -> None:
    rows = [run(*scenario) for scenario in SCENARIOS]
    width = max(len(r["scenario"]) for r in rows)
    for r in rows:
        changed = ", ".join(r["changed_or_removed"]) or "none"
        added = ", ".join(r["added_beside_source"]) or "none"
        print(f"{r['scenario']:<{width}} | exit {r['exit']} | {r['verdict']} | "
              f"changed/removed: {changed} | added beside the source: {added}")
        print(f"{'':<{width}}   saw: {r['saw']}")
    bad = [r for r in rows if r["verdict"] in ("TRACEBACK", "FILE CHANGED")]
    print(f"\n{len(rows)} scenarios, {len(bad)} with a traceback or a changed file")
    if "--json" in sys.argv:
        print(json.dumps(rows, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
