"""The transcript grid of a draft: subjects with hours, credits and grade, in print order."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import InvalidInput
from desktop.domain.numbers import number_text
from desktop.domain.transcript_paste import parse_pasted
from desktop.services.cases.inputs import TranscriptLine

SUBJECT, HOURS, CREDITS, GRADE = range(4)


def _number(text: str, field: str, *, whole: bool, low: float, high: float):
    text = text.strip().replace(",", ".").replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    try:
        value = int(text) if whole else float(text)
    except ValueError:
        raise InvalidInput(field, "out_of_range", f"not a number: {text!r}",
                           low=low, high=high) from None
    if not low <= value <= high:
        raise InvalidInput(field, "out_of_range", f"{value} not in {low}-{high}",
                           low=low, high=high)
    return value


class _Grid(QTableWidget):
    """The transcript's table: Ctrl+V of cells copied from a spreadsheet adds them as rows."""

    pasted = Signal(str)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Paste) and self.state() != \
                QAbstractItemView.State.EditingState:
            text = QGuiApplication.clipboard().text()
            if "\t" in text or "\n" in text.strip():
                self.pasted.emit(text)
                return
        super().keyPressEvent(event)


class TranscriptEditor(QWidget):
    """Subjects with hours or credits and the grade, in the order they are printed. Rows copied
    from Excel (subject, hours, credits, grade) paste in; the subjects of the previous
    certificate of the same specialty can be the starting point."""

    changed = Signal()
    previousWanted = Signal()  # the subjects of the previous certificate are asked for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _Grid(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        for column in (HOURS, CREDITS, GRADE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 110)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.paste_button = QPushButton(self)
        self.previous_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Where rows come from sits with the hint above the grid (one row of buttons below
        # would not fit the width of a 1366-pixel screen in Russian).
        sources = QHBoxLayout()
        sources.addWidget(self.paste_button)
        sources.addWidget(self.previous_button)
        sources.addStretch(1)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.hint)
        layout.addLayout(sources)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.paste_button.clicked.connect(
            lambda: self.paste_rows(QGuiApplication.clipboard().text()))
        self.previous_button.clicked.connect(self.previousWanted)
        self.table.pasted.connect(self.paste_rows)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Subject"), self.tr("Hours"), self.tr("Credits"), self.tr("Grade")])
        self.add_button.setText(self.tr("Add a row"))
        self.remove_button.setText(self.tr("Remove the row"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.paste_button.setText(self.tr("Paste rows from Excel"))
        self.paste_button.setToolTip(self.tr(
            "Copy the columns subject, hours, credits, grade in Excel, then press this button "
            "or Ctrl+V in the table."))
        self.previous_button.setText(self.tr("Subjects of the previous certificate"))
        self.previous_button.setToolTip(self.tr(
            "Start from the subject list of the last signed certificate of the same specialty "
            "(subjects only: hours, credits and grades are this person's own)."))
        self.hint.setText(self.tr("One subject per row. Fill in hours or credits (or both) "
                                  "and the grade as written in the records. Rows copied from "
                                  "Excel can be pasted with Ctrl+V."))

    def _current(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        row = self._current()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.table.rowCount() - 1)

    def add_row(self, line: TranscriptLine | None = None) -> int:
        """A new empty row under the selected one, or `line` appended (when loading)."""
        current = self._current()
        row = current + 1 if line is None and current >= 0 else self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        values = ("", "", "", "") if line is None else (
            line.subject, "" if line.hours is None else str(line.hours),
            number_text(line.credits), line.grade)
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.blockSignals(False)
        if line is None:
            self.table.selectRow(row)
            self.table.setCurrentCell(row, SUBJECT)
            self.changed.emit()
        self._update_buttons()
        return row

    def remove_row(self) -> None:
        row = self._current()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self.changed.emit()
        self._update_buttons()

    def move_row(self, step: int) -> None:
        row = self._current()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self.table.blockSignals(True)
        for column in range(self.table.columnCount()):
            mine = self.table.takeItem(row, column)
            theirs = self.table.takeItem(target, column)
            self.table.setItem(row, column, theirs)
            self.table.setItem(target, column, mine)
        self.table.blockSignals(False)
        self.table.selectRow(target)
        self.changed.emit()
        self._update_buttons()

    def filled_rows(self) -> int:
        return sum(1 for row in range(self.table.rowCount())
                   if any(self._text(row, column) for column in range(4)))

    def _drop_blank_rows(self) -> None:
        for row in reversed(range(self.table.rowCount())):
            if not any(self._text(row, column) for column in range(4)):
                self.table.removeRow(row)

    def paste_rows(self, text: str) -> int:
        """Rows copied from a spreadsheet are added below the filled ones; the number added."""
        rows = parse_pasted(text)
        if not rows:
            return 0
        self._drop_blank_rows()
        self.table.blockSignals(True)
        for pasted in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            values = (pasted.subject, pasted.hours, pasted.credits, pasted.grade)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.blockSignals(False)
        self.table.scrollToBottom()
        self.changed.emit()
        self._update_buttons()
        return len(rows)

    def add_subjects(self, names: list[str]) -> None:
        """Subjects without hours, credits or grades (to be filled in for this person)."""
        self.paste_rows("\n".join(name.replace("\t", " ") + "\t\t\t" for name in names))

    def set_lines(self, lines: list[TranscriptLine]) -> None:
        self.table.setRowCount(0)
        for line in lines:
            self.add_row(line)
        self._update_buttons()

    def set_cell(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item is None:
            self.table.setItem(row, column, QTableWidgetItem(text))
        else:
            item.setText(text)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def lines(self) -> list[TranscriptLine]:
        """The rows as typed (blank rows skipped); a bad number names its row."""
        result = []
        for row in range(self.table.rowCount()):
            texts = [self._text(row, column) for column in range(4)]
            if not any(texts):
                continue
            field = f"transcript[{len(result) + 1}]"
            hours = _number(texts[HOURS], field, whole=True, low=1, high=10000)
            credits = _number(texts[CREDITS], field, whole=False, low=0.01, high=500)
            result.append(TranscriptLine(subject=texts[SUBJECT], grade=texts[GRADE],
                                         hours=hours, credits=credits))
        return result
