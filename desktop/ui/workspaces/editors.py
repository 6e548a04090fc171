"""The executor's editors of a result's content (certificate, duplicate), each with its
transcript grid below the fields, registered as the editors of their kinds of result."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.cases.inputs import CertificateDraft, DuplicateDraft
from desktop.services.reference import now
from desktop.ui import code_names
from desktop.ui.workspaces.common import date_edit, read_date, write_date
from desktop.ui.workspaces.editor_registry import register_editor
from desktop.ui.workspaces.transcript_editor import TranscriptEditor

# The background of a value the archive filled in (a pale blue the clerks' forms do not use).
ARCHIVE_COLOUR = "#e3f0ff"
# The height the transcript grid keeps below the fields (its hint, buttons and three rows;
# the executor drags the line between them for more).
GRID_ROOM = 220


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
        self.widgets: dict[str, QWidget] = {}
        self.from_archive: set[str] = set()
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
        self.transcript.changed.connect(lambda: self._unmark("transcript"))
        # The executor may move the line between the fields and the grid; until then the
        # fields get the height they need whenever the grid keeps GRID_ROOM.
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.fields_scroll)
        self.split.addWidget(self.transcript_box)
        self.split.setStretchFactor(1, 1)
        self._split_moved = False
        self.split.splitterMoved.connect(self._moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split, 1)

    def _moved(self, *_args) -> None:
        self._split_moved = True

    def _fit_fields(self) -> None:
        """The fields take the height they need (it changes with the language), no more."""
        self.box.adjustSize()
        self._fields_height()
        self._share_height()

    def _fields_height(self) -> None:
        """The fields' height at their present width (wrapped labels and hints included)."""
        layout, width = self.box.layout(), self.fields_scroll.viewport().width()
        need = self.box.sizeHint().height()
        if layout is not None and layout.hasHeightForWidth() and width > 0:
            need = max(need, layout.totalHeightForWidth(width))
        self.fields_scroll.setMaximumHeight(need + 2)

    def _share_height(self) -> None:
        """All the fields' height, unless the grid would keep less than GRID_ROOM."""
        total = self.split.height() - self.split.handleWidth()
        if self._split_moved or total <= 0:
            return
        fields = min(self.fields_scroll.maximumHeight(), max(total - GRID_ROOM, total // 2))
        if self.split.sizes() != [fields, total - fields]:
            self.split.blockSignals(True)
            self.split.setSizes([fields, total - fields])
            self.split.blockSignals(False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_fields()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fields_height()
        self._share_height()

    def add(self, field: str, widget: QWidget, *, wide: bool = False) -> QWidget:
        """A labelled field in the next half row, or a row of its own when `wide` (a name,
        a specialty or a qualification, read whole)."""
        label = QLabel(self)
        label.setWordWrap(True)
        widget.setMinimumWidth(120)
        self.labels[field] = label
        if wide and self._fields % 2:
            self._fields += 1  # a wide field starts a row
        row, half = divmod(self._fields, 2)
        self._fields += 2 if wide else 1
        self.form.addWidget(label, row, half * 2)
        self.form.addWidget(widget, row, half * 2 + 1, 1, 3 if wide else 1)
        self.widgets[field] = widget
        for signal in ("textChanged", "dateChanged", "currentIndexChanged", "valueChanged",
                       "toggled"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(self.changed)
                getattr(widget, signal).connect(lambda *_a, f=field: self._unmark(f))
                break
        return widget

    def mark_from_archive(self, fields) -> None:
        """Values the archive gave stand out until the executor edits them."""
        self.clear_archive_marks()
        for field in fields:
            if field in self.widgets or field == "transcript":
                self.from_archive.add(field)
            if isinstance(self.widgets.get(field), QLineEdit):
                self.widgets[field].setCursorPosition(0)  # a long name shows its start
        self._paint_marks()

    def clear_archive_marks(self) -> None:
        self.from_archive.clear()
        self._paint_marks()

    def _unmark(self, field: str) -> None:
        if field in self.from_archive:
            self.from_archive.discard(field)
            self._paint_marks()

    def _paint_marks(self) -> None:
        tip = self.tr("From the archive: check it against the documents")
        for field, widget in self.widgets.items():
            marked = field in self.from_archive
            widget.setStyleSheet(f"background: {ARCHIVE_COLOUR};" if marked else "")
            widget.setToolTip(tip if marked else "")
        title = code_names.field_name("transcript")
        if "transcript" in self.from_archive:
            title += " — " + self.tr("from the archive: check it against the documents")
        self.transcript_box.setTitle(title)

    def retranslate(self) -> None:
        # The field names are the ones the error messages use, so the two always agree.
        for field, label in self.labels.items():
            label.setText(code_names.field_name(field))
        self.transcript.retranslate()
        self._paint_marks()
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
        self.course = self.add("course", _blank_spin(self, 1, 6))
        self.specialty_name = self.add("specialty_name", QLineEdit(self), wide=True)
        self.qualification = self.add("qualification", QLineEdit(self), wide=True)
        self.study_form = self.add("study_form", QComboBox(self))
        self.study_language = self.add("study_language", QComboBox(self))
        self.order_number = self.add("order_number", QLineEdit(self))
        self.order_date = self.add("order_date", date_edit(self, optional=True))
        self.expulsion_reason = self.add("expulsion_reason", QLineEdit(self), wide=True)
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
        self.honours = self.add("honours", QCheckBox(self))
        self.original_series = self.add("original_series", QLineEdit(self))
        self.original_number = self.add("original_number", QLineEdit(self))
        self.original_issued_on = self.add("original_issued_on", date_edit(self, optional=True))
        self.graduation_year = self.add("graduation_year",
                                        _blank_spin(self, 1930, now().date().year))
        self.specialty_code = self.add("specialty_code", QLineEdit(self))
        self.specialty_name = self.add("specialty_name", QLineEdit(self))
        self.qualification = self.add("qualification", QLineEdit(self), wide=True)
        self.name_as_written = self.add("name_as_written", QLineEdit(self), wide=True)
        self.new_blank_series = self.add("new_blank_series", QLineEdit(self))
        self.new_blank_number = self.add("new_blank_number", QLineEdit(self))
        # Which blank the signing would take, whole, under the blank's fields.
        self.next_blank = QLabel(self)
        self.next_blank.setObjectName("next_blank")
        self.next_blank.setWordWrap(True)
        self.next_blank.setStyleSheet("color: #555555;")
        self.form.addWidget(self.next_blank, (self._fields + 1) // 2, 0, 1, 4)
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

    def show_next_blank(self, label: str) -> None:
        """The blank fields may stay empty: the head's signing takes the next blank in stock."""
        hint = (self.tr("empty: at signing, the next in stock ({blank})").format(blank=label)
                if label else self.tr("empty: at signing, the next blank in stock"))
        self.new_blank_number.setPlaceholderText(hint)
        self.next_blank.setText(self.tr(
            "Leave the new blank's series and number empty: the head's signing takes the next "
            "blank in stock ({blank}).").format(blank=label) if label else self.tr(
            "Leave the new blank's series and number empty: the head's signing takes the next "
            "blank in stock."))

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


register_editor("certificate", CertificateEditor)
register_editor("duplicate", DuplicateEditor)
