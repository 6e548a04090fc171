"""What the command line's options share: saying why they failed, and an admin's, clerk's or
head's sign-in with the password asked on the terminal."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path


def fail(message: str, exc: BaseException | None = None, data_dir: Path | None = None) -> int:
    """The English text (for the log and the IT person), then the same in the language this
    PC's sign-in screen uses, with the file it concerns."""
    print(f"kense: {message}", file=sys.stderr)
    local = None
    if exc is not None and data_dir:
        from desktop.ui.terminal_text import error_in_users_language

        local = error_in_users_language(exc, data_dir)
    if local:
        print(f"kense: {local}", file=sys.stderr)
    return 2


def sign_in_from_terminal(username: str):
    """A session of `username`, whose password is asked on the terminal (never taken from
    the command line, where other users of the PC could read it); AuthError when wrong."""
    from desktop.services.accounts import users as accounts

    return accounts.login(username, getpass.getpass(f"Password of {username}: "))
