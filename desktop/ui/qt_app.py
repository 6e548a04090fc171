"""The program's one QApplication, named and with its icon (made on first use)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop.locations import resources_dir


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kense")
    app.setOrganizationName("Kense")
    icon = resources_dir() / "icons" / "kense.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app
