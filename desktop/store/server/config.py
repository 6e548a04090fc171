"""Which database this PC uses: remembered in the data folder as a PostgreSQL URL, or absent
(then the local SQLite file is used)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

CONFIG_NAME = "server.json"


def load_server_url(data_dir: Path) -> str | None:
    """The server this PC uses, or None. A damaged file is a StoreError("bad_server_config")
    naming it: the user is told to fix or remove it, never shown a traceback."""
    path = data_dir / CONFIG_NAME
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise _damaged(path, exc) from exc
    url = data.get("url") if isinstance(data, dict) else None
    if url is None:
        raise _damaged(path, "no \"url\"")
    if isinstance(url, str) and url.startswith(("postgres://", "postgresql://")):
        return url
    raise _damaged(path, "the url is not a PostgreSQL address")


def _damaged(path: Path, why: object) -> Exception:
    from desktop.store.errors import StoreError

    return StoreError(
        "bad_server_config",
        f"The server settings file {path} is damaged ({why}). Correct it, or delete it to use "
        "this PC's own database.",
        path=str(path),
    )


def save_server_url(data_dir: Path, url: str | None) -> None:
    """Remember the server (None: go back to the local file). Written atomically."""
    write_url_file(data_dir / CONFIG_NAME, url)


def write_url_file(path: Path, url: str | None) -> None:
    """A file holding one server URL, written atomically and readable by this user only (the
    URL holds the database password); None removes it."""
    if url is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
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
