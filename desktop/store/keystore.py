"""Where this PC keeps the office key: outside the database and outside the data folder.

On Windows the key goes to the Credential Manager (the `keyring` package) when it works there;
otherwise, and on Linux, to a file readable only by this OS user in the user's configuration
folder (`%APPDATA%\\Kense\\keys`, `~/.config/Kense/keys`), or in KENSE_KEY_DIR. A database is
named by its office id (a random id stored in it), so several databases on one PC (a demo, a
test copy) each have their own key.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

SERVICE = "Kense office key"
_OFFICE_ID = re.compile(r"^[0-9a-f]{32}$")


def key_folder() -> Path:
    override = os.environ.get("KENSE_KEY_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("Kense", appauthor=False, roaming=True)) / "keys"


def _key_file(office_id: str) -> Path:
    if not _OFFICE_ID.match(office_id):
        raise ValueError(f"not an office id: {office_id!r}")
    return key_folder() / f"{office_id}.key"


def _keyring():
    """The OS credential store, or None where there is none that keeps secrets (Linux CI)."""
    if os.environ.get("KENSE_KEY_DIR") or os.name != "nt":
        return None
    try:
        import keyring
        from keyring.backends.fail import Keyring as FailKeyring

        backend = keyring.get_keyring()
        return None if isinstance(backend, FailKeyring) else keyring
    except Exception:  # no usable backend on this PC: the file below is used instead
        return None


def load(office_id: str) -> str | None:
    """The key's text as saved, or None when this PC does not have it."""
    store = _keyring()
    if store is not None:
        with contextlib.suppress(Exception):
            text = store.get_password(SERVICE, office_id)
            if text:
                return text
    path = _key_file(office_id)
    try:
        return path.read_text(encoding="ascii").strip() or None
    except FileNotFoundError:
        return None


def save(office_id: str, text: str) -> None:
    store = _keyring()
    if store is not None:
        try:
            store.set_password(SERVICE, office_id, text)
            return
        except Exception:  # the credential store refused: fall back to the private file
            pass
    path = _key_file(office_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    # Created private (0600 on POSIX; on Windows the user's profile folder is private already).
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(text + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)


def _anchor_file(office_id: str) -> Path:
    return _key_file(office_id).with_suffix(".anchor")


def load_anchor(office_id: str) -> tuple[int, str] | None:
    """The longest audit chain this PC has written to that database: (records, newest hash)."""
    try:
        count, head = _anchor_file(office_id).read_text(encoding="ascii").split()
        return int(count), head
    except (FileNotFoundError, ValueError):
        return None


def save_anchor(office_id: str, count: int, head: str, *, force: bool = False) -> None:
    """Keep the longer chain's anchor; `force` after a restore, which shortens it lawfully."""
    try:
        known = load_anchor(office_id)
        if known is not None and known[0] > count and not force:
            return
        path = _anchor_file(office_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".anchor-tmp")
        temporary.write_text(f"{count} {head}\n", encoding="ascii")
        os.replace(temporary, path)
    except OSError:
        # The anchor is a second line of defence; a full or read-only profile folder must not
        # fail work already committed.
        pass
