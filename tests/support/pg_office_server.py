"""An office server made by `kense --make-server` in a throw-away folder, for the tests of the
server commands; stopped and removed afterwards."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def kense(*argv: str, stdin: str = "", env: dict | None = None, timeout: float = 300):
    """`python -m desktop ARGS` in a process of its own, as the IT person runs it."""
    return subprocess.run([sys.executable, "-m", "desktop", *argv], input=stdin,
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, **(env or {})}, check=False)


class OfficeServer:
    def __init__(self) -> None:
        # Directly under the temporary folder, open to others: as root, the server runs as
        # `postgres`, which must reach it (pytest's own folders are closed to it).
        self.base = Path(tempfile.mkdtemp(prefix="kense-office-"))
        self.base.chmod(0o755)
        self.folder = self.base / "server"
        self.port = free_port()
        self.code = ""

    def make(self):
        done = kense("--make-server", str(self.folder), "--port", str(self.port))
        if done.returncode == 0:
            self.code = done.stdout.strip().splitlines()[-1]
        return done

    def remove(self) -> None:
        data = self.folder / "data"
        if data.exists():
            bindir = _bindir()
            prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
            subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m",
                            "immediate", "stop"], capture_output=True, check=False)
        shutil.rmtree(self.base, ignore_errors=True)


def _bindir() -> Path:
    from desktop.store.server.cluster import find_bin

    return find_bin()
