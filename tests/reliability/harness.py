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


def worker(target: str, count: int, tag: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, str(WORKER), target, str(count), str(tag)],
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


def _read_lines(proc: subprocess.Popen, lines: list[str], ready: threading.Event) -> None:
    for line in proc.stdout:
        lines.append(line.strip())
        if line.startswith("ready"):
            ready.set()


def crash_cycles(db_path: Path, cycles: int, seed: int = 7) -> CrashReport:
    """Start a registering process, SIGKILL it at a random moment, check, repeat."""
    rng = random.Random(seed)
    report = CrashReport()
    acknowledged: set[str] = set()
    started = time.perf_counter()
    for cycle in range(cycles):
        proc = worker(str(db_path), 10_000, cycle)
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
        acknowledged.update(x.split()[1] for x in lines if x.startswith("committed"))
        conn = sqlite3.connect(db_path)
        try:
            if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                report.integrity_failures += 1
            present = {row[0] for row in conn.execute('SELECT reg_number FROM "case"')}
            seqs = sorted(row[0] for row in conn.execute('SELECT reg_seq FROM "case"'))
        finally:
            conn.close()
        report.lost = sorted(acknowledged - present)
        report.gaps = sum(1 for i, s in enumerate(seqs, start=1) if s != i)
        report.cycles = cycle + 1
    report.acknowledged = len(acknowledged)
    report.seconds = time.perf_counter() - started
    return report


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
