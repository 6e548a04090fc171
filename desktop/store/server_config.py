"""Which database this PC uses: remembered in the data folder as a PostgreSQL URL, or absent
(then the local SQLite file is used)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

CONFIG_NAME = "server.json"


def load_server_url(data_dir: Path) -> str | None:
    path = data_dir / CONFIG_NAME
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    url = data.get("url")
    if isinstance(url, str) and url.startswith(("postgres://", "postgresql://")):
        return url
    return None


def save_server_url(data_dir: Path, url: str | None) -> None:
    """Remember the server (None: go back to the local file). Written atomically."""
    path = data_dir / CONFIG_NAME
    if url is None:
        path.unlink(missing_ok=True)
        return
    data_dir.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    partial.write_text(json.dumps({"url": url}), encoding="utf-8")
    if os.name != "nt":
        partial.chmod(0o600)  # the URL holds the database password
    os.replace(partial, path)


def describe(target: str) -> str:
    """The database's location for the status bar, without any password."""
    if "://" not in target:
        return target
    parts = urlsplit(target)
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
