"""The window's sentences lent to the command line: an error said in the language of this PC's
sign-in screen, for the IT person's terminal."""

from __future__ import annotations

import sys
from pathlib import Path


def error_in_users_language(exc: BaseException, data_dir: Path) -> str | None:
    """Translated with a QCoreApplication made for the purpose and shut down again, so that
    a window can still be made afterwards (Qt allows one application object at a time). None
    when it cannot be said (the English text has been printed: never fail while failing)."""
    made = None
    try:
        from PySide6.QtCore import QCoreApplication

        from desktop.ui import i18n
        from desktop.ui.local_settings import LocalSettings
        from desktop.ui.messages import error_text

        if QCoreApplication.instance() is None:
            made = QCoreApplication(sys.argv[:1])
        i18n.install(LocalSettings(data_dir).language)
        return error_text(exc).replace("\n", " ")
    except Exception:
        return None
    finally:
        if made is not None:
            from desktop.ui import i18n

            i18n.reset()
            made.shutdown()
