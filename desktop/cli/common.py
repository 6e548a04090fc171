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
    local = _in_users_language(exc, data_dir) if exc is not None and data_dir else None
    if local:
        print(f"kense: {local}", file=sys.stderr)
    return 2


def _in_users_language(exc: BaseException, data_dir: Path) -> str | None:
    """Translated with a QCoreApplication made for the purpose and shut down again, so that
    a window can still be made afterwards (Qt allows one application object at a time)."""
    made = None
    try:
        from PySide6.QtCore import QCoreApplication

        from desktop.ui import i18n
        from desktop.ui.app import LocalSettings
        from desktop.ui.messages import error_text

        if QCoreApplication.instance() is None:
            made = QCoreApplication(sys.argv[:1])
        i18n.install(LocalSettings(data_dir).language)
        return error_text(exc).replace("\n", " ")
    except Exception:  # the English text above has been printed: never fail while failing
        return None
    finally:
        if made is not None:
            from desktop.ui import i18n

            i18n.reset()
            made.shutdown()


def sign_in_from_terminal(username: str):
    """A session of `username`, whose password is asked on the terminal (never taken from
    the command line, where other users of the PC could read it); AuthError when wrong."""
    from desktop.services.accounts import users as accounts

    return accounts.login(username, getpass.getpass(f"Password of {username}: "))
