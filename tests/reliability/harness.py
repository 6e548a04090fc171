"""Shared by the reliability tests and the reliability benchmark: kill-in-the-middle cycles and
concurrent clerks in separate processes."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

WORKER = Path(__file__).with_name("worker.py")


def worker(target: str, count: int, tag: int, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, str(WORKER), target, str(count), str(tag), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )


@dataclass
class CrashReport:
    cycles: int = 0
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)
    integrity_failures: int = 0
    gaps: int = 0
    seconds: float = 0.0
    # Backup/restore cycles: backups acknowledged, of them not sound Kense databases afterwards,
    # restores acknowledged, and partial files a killed backup left (removed by the next one).
    backups: int = 0
    bad_backups: list[str] = field(default_factory=list)
    restores: int = 0
    partials: int = 0


def _read_lines(proc: subprocess.Popen, lines: list[str], ready: threading.Event) -> None:
    for line in proc.stdout:
        lines.append(line.strip())
        if line.startswith("ready"):
            ready.set()


def crash_cycles(db_path: Path, cycles: int, seed: int = 7, *,
                 backups: Path | None = None) -> CrashReport:
    """Start a registering process, SIGKILL it at a random moment, check, repeat.

    With `backups` (a folder), the process also backs up and restores (from a good backup made
    here first) between registrations, so kills land inside those too. A restore replaces the
    cases, so "lost" then counts only what was acknowledged since the last acknowledged
    restore; acknowledged backups must all be sound Kense databases.
    """
    rng = random.Random(seed)
    report = CrashReport()
    acknowledged: set[str] = set()
    extra: tuple[str, ...] = ()
    source_numbers: set[str] = set()
    if backups is not None:
        from desktop.store.identity import is_good_backup

        backups.mkdir(parents=True, exist_ok=True)
        source = backups.parent / "restore-source.sqlite3"
        _copy_sound(db_path, source)
        conn = sqlite3.connect(str(source))
        source_numbers = {row[0] for row in conn.execute('SELECT reg_number FROM "case"')}
        conn.close()
        extra = ("backup", str(backups), str(source))
    started = time.perf_counter()
    for cycle in range(cycles):
        proc = worker(str(db_path), 10_000, cycle, *extra)
        lines: list[str] = []
        ready = threading.Event()
        reader = threading.Thread(target=_read_lines, args=(proc, lines, ready), daemon=True)
        reader.start()
        if not ready.wait(60):
            proc.kill()
            raise RuntimeError(f"worker did not start: {proc.stderr.read()}")
        time.sleep(rng.uniform(0.01, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join(5)
        report.acknowledged += sum(1 for x in lines if x.startswith("committed"))
        uncertain_restore = False
        if backups is not None:
            markers = [i for i, x in enumerate(lines) if x in ("restoring", "restored")]
            done = [i for i in markers if lines[i] == "restored"]
            report.restores += len(done)
            if done:
                acknowledged.clear()  # the restore replaced them, as it was asked to
            # Killed inside a restore: either the old content or the source's is right.
            uncertain_restore = bool(markers) and lines[markers[-1]] == "restoring"
            survivors = lines[done[-1] + 1:] if done else lines
            for made in (x.split(" ", 1)[1] for x in lines if x.startswith("backup ")):
                report.backups += 1
                if not is_good_backup(Path(made), full=True):
                    report.bad_backups.append(made)
            for leftover in list(backups.iterdir()):
                if leftover.name.endswith((".part", ".part-journal", ".part-wal", ".part-shm")):
                    report.partials += 1
                leftover.unlink()  # checked: keep the disk from filling over 1,000 cycles
            lines = survivors
        acknowledged.update(x.split()[1] for x in lines if x.startswith("committed"))
        conn = sqlite3.connect(db_path)
        try:
            if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                report.integrity_failures += 1
            present = {row[0] for row in conn.execute('SELECT reg_number FROM "case"')}
            seqs = sorted(row[0] for row in conn.execute('SELECT reg_seq FROM "case"'))
        finally:
            conn.close()
        if uncertain_restore and acknowledged - present and present == source_numbers:
            acknowledged.clear()  # the killed restore had taken effect
        report.lost = sorted(acknowledged - present)
        report.gaps = sum(1 for i, s in enumerate(seqs, start=1) if s != i)
        report.cycles = cycle + 1
    report.seconds = time.perf_counter() - started
    return report


def _copy_sound(db_path: Path, target: Path) -> None:
    """A stand-alone copy of the database as it is now (the restore source)."""
    src = sqlite3.connect(str(db_path))
    dest = sqlite3.connect(str(target))
    try:
        src.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        dest.close()
        src.close()


def concurrent_clerks(target: str, clerks: int, each: int) -> list[str]:
    """`clerks` processes register `each` cases at the same time; returns their outputs."""
    procs = [worker(target, each, tag) for tag in range(clerks)]
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        if proc.returncode != 0:
            raise RuntimeError(f"clerk process failed: {err[-2000:]}")
        outputs.append(out)
    return outputs
