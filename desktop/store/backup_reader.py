"""Reading another Kense database file (a backup) without changing it or leaving files beside it."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def read_only_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """An encoded file: URI, so '#', '?' and '%' in folder names are part of the path;
    immutable=1 so SQLite writes no -wal/-shm beside a file on a USB stick."""
    uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
    con = sqlite3.connect(uri, uri=True)
    try:
        yield con
    finally:
        con.close()
