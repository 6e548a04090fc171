"""The documents a new application needs, each with a "presented" and an "expired" tick."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget


class DocumentChecklist(QWidget):
    """The documents the catalogue requires here, each with a "presented" and an "expired"
    tick; rebuilt when the service, channel or the duplicate's circumstances change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self.presented: dict[str, QCheckBox] = {}
        self.expired: dict[str, QCheckBox] = {}
        self._heads = (QLabel(self), QLabel(self), QLabel(self))
        for column, head in enumerate(self._heads):
            head.setStyleSheet("font-weight: bold;")
            self._grid.addWidget(head, 0, column)
        self.retranslate()

    def retranslate(self) -> None:
        self._heads[0].setText(self.tr("Document"))
        self._heads[1].setText(self.tr("Presented"))
        self._heads[2].setText(self.tr("Expired"))

    def set_documents(self, documents, lang: str) -> None:
        was_presented = {c for c, box in self.presented.items() if box.isChecked()}
        was_expired = {c for c, box in self.expired.items() if box.isChecked()}
        while self._grid.count() > len(self._heads):
            item = self._grid.takeAt(len(self._heads))
            if item.widget():
                item.widget().hide()  # gone at once, not when the event loop deletes it
                item.widget().deleteLater()
        self.presented.clear()
        self.expired.clear()
        for row, doc in enumerate(documents, start=1):
            name = QLabel(doc.name.in_(lang), self)
            name.setWordWrap(True)
            presented = QCheckBox(self)
            presented.setChecked(doc.code in was_presented)
            presented.setAccessibleName(doc.name.in_(lang))
            expired = QCheckBox(self)
            expired.setChecked(doc.code in was_expired)
            self._grid.addWidget(name, row, 0)
            self._grid.addWidget(presented, row, 1, Qt.AlignmentFlag.AlignCenter)
            self._grid.addWidget(expired, row, 2, Qt.AlignmentFlag.AlignCenter)
            self.presented[doc.code] = presented
            self.expired[doc.code] = expired

    def chosen(self) -> tuple[set[str], set[str]]:
        presented = {c for c, box in self.presented.items() if box.isChecked()}
        expired = {c for c, box in self.expired.items() if box.isChecked()}
        return presented, expired
