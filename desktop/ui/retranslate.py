"""The one way a window follows a language switch: Qt sends it a LanguageChange event, and the
window sets every text of its own again in its retranslateUi()."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin for a QWidget that calls `self.retranslateUi()` when the language changes.

    Put it before the Qt base class (`class Page(Retranslating, QWidget)`): Qt calls the
    Python override of changeEvent, which must then pass the event on to the Qt class."""

    def retranslateUi(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)  # type: ignore[misc]
