"""A real, throw-away PostgreSQL server for the tests (never a mock).

Uses KENSE_TEST_PG_URL if set; otherwise starts Debian's PostgreSQL from its binaries in a
temporary folder, listening on 127.0.0.1 only. Under CI a missing server is an error, not a skip.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _bindir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self) -> None:
        self.url: str | None = os.environ.get("KENSE_TEST_PG_URL")
        self.problem = ""
        self._dir: str | None = None
        self._bindir: Path | None = None
        self._as: list[str] = []

    def start(self) -> None:
        if self.url:
            return
        bindir = _bindir()
        if bindir is None:
            self.problem = "PostgreSQL is not installed (Debian: apt-get install postgresql)"
            return
        self._bindir = bindir
        self._dir = tempfile.mkdtemp(prefix="kense-pg-")
        if os.geteuid() == 0:
            # PostgreSQL refuses to run as root: run it as the postgres system user.
            shutil.chown(self._dir, "postgres")
            self._as = ["runuser", "-u", "postgres", "--"]
        data = os.path.join(self._dir, "data")
        port = _free_port()
        self._run("initdb", "-D", data, "-A", "trust", "-U", "kense", "-E", "UTF8",
                  "--locale=C.UTF-8")
        with open(os.path.join(data, "postgresql.conf"), "a", encoding="utf-8") as conf:
            conf.write(f"\nport = {port}\nunix_socket_directories = '{self._dir}'\n"
                       "listen_addresses = '127.0.0.1'\nfsync = off\nmax_connections = 60\n")
        self._run("pg_ctl", "-D", data, "-l", os.path.join(self._dir, "log"), "-w", "start")
        self._run("createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "kense", "kense_test")
        self.url = f"postgresql://kense@127.0.0.1:{port}/kense_test"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run([*self._as, str(self._bindir / tool), *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def pause(self) -> None:
        """Stop the server (fast: sessions are ended), keeping its data, to start it again."""
        self._run("pg_ctl", "-D", os.path.join(self._dir, "data"), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        data = os.path.join(self._dir, "data")
        self._run("pg_ctl", "-D", data, "-l", os.path.join(self._dir, "log"), "-w", "start")

    def stop(self) -> None:
        if self._dir:
            data = os.path.join(self._dir, "data")
            subprocess.run([*self._as, str(self._bindir / "pg_ctl"), "-D", data, "-m",
                            "immediate", "stop"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, check=False)
            shutil.rmtree(self._dir, ignore_errors=True)


def reset_schema(db) -> None:
    """An empty database for the next test: drop everything the previous one made."""
    db.execute_sql("DROP SCHEMA public CASCADE")
    db.execute_sql("CREATE SCHEMA public")
