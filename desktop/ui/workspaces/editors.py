"""The executor's editors of a result's content: certificate, duplicate, and the transcript."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import InvalidInput
from desktop.domain.transcript_paste import parse_pasted
from desktop.services.inputs import CertificateDraft, DuplicateDraft, TranscriptLine
from desktop.services.reference import now
from desktop.ui import code_names
from desktop.ui.workspaces.common import date_edit, read_date, write_date

SUBJECT, HOURS, CREDITS, GRADE = range(4)
STUDY_FORMS = ("full_time", "evening", "extramural", "distance")
STUDY_LANGUAGES = ("kk", "ru", "en")
DOCUMENT_KINDS = ("diploma", "appendix")


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


def _credits_text(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}".replace(".", ",")


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
            _credits_text(line.credits), line.grade)
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
            credits = _number(texts[CREDITS], field, whole=False, low=0, high=500)
            result.append(TranscriptLine(subject=texts[SUBJECT], grade=texts[GRADE],
                                         hours=hours, credits=credits))
        return result


class _ContentEditor(QWidget):
    """Labelled fields in two columns above, the transcript grid below taking the rest of the
    height (no scroll area around the grid: it scrolls itself); `changed` on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QGroupBox(self)
        self.form = QGridLayout(self.box)
        self.form.setColumnStretch(1, 1)
        self.form.setColumnStretch(3, 1)
        self.form.setVerticalSpacing(4)
        self.form.setContentsMargins(6, 4, 6, 4)
        self.labels: dict[str, QLabel] = {}
        self._fields = 0
        # The fields scroll on their own only when the window is too low even for them; they
        # always fit the width (labels wrap).
        self.fields_scroll = QScrollArea(self)
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.fields_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields_scroll.setWidget(self.box)
        self.transcript_box = QGroupBox(self)
        self.transcript = TranscriptEditor(self.transcript_box)
        inner = QVBoxLayout(self.transcript_box)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(self.transcript)
        self.transcript.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields_scroll, 0)
        layout.addWidget(self.transcript_box, 1)

    def _fit_fields(self) -> None:
        """The fields take the height they need (it changes with the language), no more."""
        self.box.adjustSize()
        self.fields_scroll.setMaximumHeight(self.box.sizeHint().height() + 2)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_fields()

    def add(self, field: str, widget: QWidget) -> QWidget:
        label = QLabel(self)
        label.setWordWrap(True)
        widget.setMinimumWidth(120)
        self.labels[field] = label
        row, half = divmod(self._fields, 2)
        self._fields += 1
        self.form.addWidget(label, row, half * 2)
        self.form.addWidget(widget, row, half * 2 + 1)
        for signal in ("textChanged", "dateChanged", "currentIndexChanged", "valueChanged",
                       "toggled"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(self.changed)
                break
        return widget

    def retranslate(self) -> None:
        # The field names are the ones the error messages use, so the two always agree.
        for field, label in self.labels.items():
            label.setText(code_names.field_name(field))
        self.transcript_box.setTitle(code_names.field_name("transcript"))
        self.transcript.retranslate()
        self._fit_fields()


def _choice(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index < 0 and value:
        combo.addItem(value, value)  # a text typed before the codes existed stays as it was
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def _blank_spin(parent: QWidget, low: int, high: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low - 1, high)
    spin.setSpecialValueText(" ")
    spin.setValue(low - 1)
    return spin


def _spin_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == spin.minimum() else spin.value()


def _set_spin(spin: QSpinBox, value: int | None) -> None:
    spin.setValue(value if value is not None else spin.minimum())


class CertificateEditor(_ContentEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study_from = self.add("study_from", date_edit(self, optional=True))
        self.study_to = self.add("study_to", date_edit(self, optional=True))
        self.specialty_code = self.add("specialty_code", QLineEdit(self))
        self.specialty_name = self.add("specialty_name", QLineEdit(self))
        self.qualification = self.add("qualification", QLineEdit(self))
        self.study_form = self.add("study_form", QComboBox(self))
        self.study_language = self.add("study_language", QComboBox(self))
        self.course = self.add("course", _blank_spin(self, 1, 6))
        self.order_number = self.add("order_number", QLineEdit(self))
        self.order_date = self.add("order_date", date_edit(self, optional=True))
        self.expulsion_reason = self.add("expulsion_reason", QLineEdit(self))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.box.setTitle(self.tr("Certificate"))
        forms = {"full_time": self.tr("full-time"), "evening": self.tr("evening"),
                 "extramural": self.tr("extramural"), "distance": self.tr("distance")}
        languages = {"kk": self.tr("Kazakh"), "ru": self.tr("Russian"),
                     "en": self.tr("English")}
        for combo, names in ((self.study_form, forms), (self.study_language, languages)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", "")
            for code, name in names.items():
                combo.addItem(name, code)
            _choice(combo, current or "")
            combo.blockSignals(False)
        self.specialty_code.setPlaceholderText(self.tr("e.g. 0304000"))
        self.expulsion_reason.setPlaceholderText(self.tr("e.g. at own request"))

    def set_draft(self, d: CertificateDraft) -> None:
        self.blockSignals(True)
        write_date(self.study_from, d.study_from)
        write_date(self.study_to, d.study_to)
        self.specialty_code.setText(d.specialty_code)
        self.specialty_name.setText(d.specialty_name)
        self.qualification.setText(d.qualification)
        _choice(self.study_form, d.study_form)
        _choice(self.study_language, d.study_language)
        _set_spin(self.course, d.course)
        self.order_number.setText(d.order_number)
        write_date(self.order_date, d.order_date)
        self.expulsion_reason.setText(d.expulsion_reason)
        self.transcript.set_lines(d.transcript)
        self.blockSignals(False)

    def draft(self) -> CertificateDraft:
        return CertificateDraft(
            study_from=read_date(self.study_from), study_to=read_date(self.study_to),
            specialty_code=self.specialty_code.text(), specialty_name=self.specialty_name.text(),
            qualification=self.qualification.text(), study_form=self.study_form.currentData(),
            study_language=self.study_language.currentData(), course=_spin_value(self.course),
            order_number=self.order_number.text(), order_date=read_date(self.order_date),
            expulsion_reason=self.expulsion_reason.text(), transcript=self.transcript.lines(),
        )


class DuplicateEditor(_ContentEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document_kind = self.add("document_kind", QComboBox(self))
        self.original_series = self.add("original_series", QLineEdit(self))
        self.original_number = self.add("original_number", QLineEdit(self))
        self.original_issued_on = self.add("original_issued_on", date_edit(self, optional=True))
        self.specialty_code = self.add("specialty_code", QLineEdit(self))
        self.specialty_name = self.add("specialty_name", QLineEdit(self))
        self.qualification = self.add("qualification", QLineEdit(self))
        self.graduation_year = self.add("graduation_year",
                                        _blank_spin(self, 1930, now().date().year))
        self.name_as_written = self.add("name_as_written", QLineEdit(self))
        self.honours = self.add("honours", QCheckBox(self))
        self.new_blank_series = self.add("new_blank_series", QLineEdit(self))
        self.new_blank_number = self.add("new_blank_number", QLineEdit(self))
        # Previous subject lists are offered from certificates only.
        self.transcript.previous_button.hide()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.box.setTitle(self.tr("Duplicate"))
        current = self.document_kind.currentData()
        self.document_kind.blockSignals(True)
        self.document_kind.clear()
        self.document_kind.addItem(self.tr("diploma"), "diploma")
        self.document_kind.addItem(self.tr("appendix to the diploma (transcript)"), "appendix")
        _choice(self.document_kind, current or "diploma")
        self.document_kind.blockSignals(False)
        self.name_as_written.setPlaceholderText(
            self.tr("surname, name and patronymic as in the original"))

    def set_draft(self, d: DuplicateDraft) -> None:
        self.blockSignals(True)
        _choice(self.document_kind, d.document_kind or "diploma")
        self.original_series.setText(d.original_series)
        self.original_number.setText(d.original_number)
        write_date(self.original_issued_on, d.original_issued_on)
        self.specialty_code.setText(d.specialty_code)
        self.specialty_name.setText(d.specialty_name)
        self.qualification.setText(d.qualification)
        _set_spin(self.graduation_year, d.graduation_year)
        self.name_as_written.setText(d.name_as_written)
        self.honours.setChecked(bool(d.honours))
        self.new_blank_series.setText(d.new_blank_series)
        self.new_blank_number.setText(d.new_blank_number)
        self.transcript.set_lines(d.transcript)
        self.blockSignals(False)

    def draft(self) -> DuplicateDraft:
        return DuplicateDraft(
            document_kind=self.document_kind.currentData(),
            original_series=self.original_series.text(),
            original_number=self.original_number.text(),
            original_issued_on=read_date(self.original_issued_on),
            specialty_code=self.specialty_code.text(), specialty_name=self.specialty_name.text(),
            qualification=self.qualification.text(),
            graduation_year=_spin_value(self.graduation_year),
            name_as_written=self.name_as_written.text(), honours=self.honours.isChecked(),
            new_blank_series=self.new_blank_series.text(),
            new_blank_number=self.new_blank_number.text(), transcript=self.transcript.lines(),
        )
