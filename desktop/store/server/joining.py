"""What a join leaves in the data folder besides server.json: the server's pinned certificate,
and a join waiting for this PC's records to be moved (an empty server: the PC keeps working on
its own file until the move has succeeded)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop.store.server.config import write_url_file

PENDING_NAME = "server-pending.json"
CA_NAME = "server-ca.pem"


def ca_path(data_dir: Path) -> Path:
    return data_dir / CA_NAME


def save_ca(data_dir: Path, pem: bytes) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = ca_path(data_dir)
    partial = path.with_suffix(".part")
    partial.write_bytes(pem)
    os.replace(partial, path)
    return path


def save_pending(data_dir: Path, url: str | None) -> None:
    write_url_file(data_dir / PENDING_NAME, url)


def load_pending(data_dir: Path) -> str | None:
    try:
        data = json.loads((data_dir / PENDING_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = data.get("url") if isinstance(data, dict) else None
    return url if isinstance(url, str) and url.startswith("postgresql://") else None


def local_office_id(path: Path) -> str | None:
    """The office id in this PC's own SQLite file (read-only); None when there is no file or
    no office set up in it."""
    import sqlite3

    from desktop.store.connection import sqlite_uri

    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT value FROM setting WHERE key = 'office_id'").fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return row[0] if row else None
