"""What a file of the archive holds, before anything is stored: students, subjects, the rows
left out and why, the cells that could not be read, and which column holds what."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_date
from desktop.domain.numbers import number_text
from desktop.services.archive.sheet_rows import ColumnMapping, ParsedArchive, column_letter
from desktop.ui.archive_sentences import field_title, note_text
from desktop.ui.record_table import Column, RecordTableModel, record_table
from desktop.ui.retranslate import Retranslating


class MappingEditor(Retranslating, QWidget):
    """One choice of column per field; `reread` asks for the file to be read with it."""

    reread = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mapping: ColumnMapping | None = None
        self.sheets: list[ColumnMapping] = []
        self.columns = 0
        self.combos: dict[str, QComboBox] = {}
        self.form = QFormLayout()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        # Each sheet is read with its own layout and columns: the admin looks at any of them.
        self.sheet_label = QLabel()
        self.sheet = QComboBox()
        self.sheet.setObjectName("archive_sheet")
        self.sheet.currentIndexChanged.connect(self._show_sheet)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet, 1)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("archive_reread")
        self.apply_button.clicked.connect(self.reread)
        layout = QVBoxLayout(self)
        # A table's eighteen fields do not fit the tab's height: they scroll, each its height.
        fields = self.fields = QWidget(self)
        fields.setLayout(self.form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(fields)
        layout.addWidget(self.hint)
        layout.addLayout(sheet_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.apply_button)
        self.retranslateUi()

    def set_sheets(self, sheets: list[ColumnMapping], columns: int) -> None:
        """The sheets read, each with the columns it was read with; the first one shown."""
        self.sheets, self.columns = list(sheets), columns
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for mapping in self.sheets:
            self.sheet.addItem(f"{mapping.sheet} — {layout_name(mapping.layout)}")
        self.sheet.blockSignals(False)
        self.sheet.setCurrentIndex(0)
        self._show_sheet()

    def _show_sheet(self) -> None:
        index = self.sheet.currentIndex()
        if 0 <= index < len(self.sheets):
            self.set_mapping(self.sheets[index], self.columns)

    def set_mapping(self, mapping: ColumnMapping, columns: int) -> None:
        self.mapping = mapping
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        for name, column in mapping.fields:
            combo = QComboBox(self)
            combo.setObjectName(f"column_{name}")
            combo.addItem("—", 0)
            for c in range(1, max(columns, column) + 1):
                combo.addItem(column_letter(c), c)
            combo.setCurrentIndex(max(combo.findData(column), 0))
            self.combos[name] = combo
            self.form.addRow(field_title(name), combo)
        # The rows' own height, counted here: the form's minimum is not known while its tab
        # is hidden, and the scroll area would squeeze the rows to the tab's height.
        row = max((c.sizeHint().height() for c in self.combos.values()), default=0)
        spacing = max(self.form.verticalSpacing(), 0)
        margins = self.form.contentsMargins()
        self.fields.setMinimumHeight(len(self.combos) * (row + spacing) + margins.top()
                                     + margins.bottom())

    def chosen(self) -> ColumnMapping | None:
        if self.mapping is None:
            return None
        return replace(self.mapping, fields=tuple(
            (name, int(combo.currentData())) for name, combo in self.combos.items()))

    def retranslateUi(self) -> None:
        self.hint.setText(self.tr(
            "Kense recognised which column holds what by the column titles. If a value landed "
            "in the wrong place, choose the right column and read the file again. The choice is "
            "remembered for files of this layout."))
        self.apply_button.setText(self.tr("Read the file again with these columns"))
        self.sheet_label.setText(self.tr("Sheet:"))
        for index, mapping in enumerate(self.sheets):
            self.sheet.setItemText(index, f"{mapping.sheet} — {layout_name(mapping.layout)}")
        if self.mapping is not None:
            for row, name in enumerate(self.combos):
                label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
                label.setText(field_title(name))


def layout_name(layout: str) -> str:
    """A sheet's layout as the admin calls it."""
    if layout == "summary":
        return QCoreApplication.translate("ArchivePreview", "summary grade sheet")
    return QCoreApplication.translate("ArchivePreview", "list with a header row")


class ArchivePreview(Retranslating, QWidget):
    """What the file holds; the admin may leave any student's row out of the import (greyed,
    marked in the first column) and take it back in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parsed: ParsedArchive | None = None
        self.summary = QLabel()
        self.summary.setObjectName("archive_summary")
        self.summary.setWordWrap(True)
        self.left_out: set[tuple[str, int]] = set()
        self.students = RecordTableModel([
            Column(lambda: self.tr("Import"),
                   lambda s: self.tr("left out") if self._out(s) else "✓",
                   lambda s: "#888888" if self._out(s) else None),
            Column(lambda: self.tr("Sheet"), lambda s: s.sheet),
            Column(lambda: self.tr("Row"), lambda s: str(s.row)),
            Column(lambda: self.tr("Full name"),
                   lambda s: " ".join(p for p in (s.surname, s.name, s.patronymic) if p)),
            Column(lambda: self.tr("IIN"), lambda s: s.iin),
            Column(lambda: self.tr("Group"), lambda s: s.group),
            Column(lambda: self.tr("Years"), lambda s: "–".join(
                number_text(y) for y in (s.year_admitted, s.year_graduated) if y)),
            Column(lambda: self.tr("Diploma"),
                   lambda s: " ".join(p for p in (s.diploma_series, s.diploma_number) if p)),
            Column(lambda: self.tr("Diploma date"), lambda s: format_date(s.diploma_date)),
            Column(lambda: self.tr("Grades"), lambda s: str(len(s.grades))),
        ], self)
        self.subjects = RecordTableModel([
            Column(lambda: self.tr("Group"), lambda r: r[0]),
            Column(lambda: self.tr("Module"), lambda r: r[1].module),
            Column(lambda: self.tr("Subject"), lambda r: r[1].name),
            Column(lambda: self.tr("Hours"), lambda r: number_text(r[1].hours)),
            Column(lambda: self.tr("Credits"), lambda r: number_text(r[1].credits)),
        ], self)
        note_columns = [
            Column(lambda: self.tr("Sheet"), lambda n: n.sheet),
            Column(lambda: self.tr("Row"), lambda n: str(n.row)),
            Column(lambda: self.tr("Column"), lambda n: n.column),
            Column(lambda: self.tr("Why"), lambda n: note_text(n.code)),
            Column(lambda: self.tr("Cell text"), lambda n: n.value),
        ]
        self.skipped = RecordTableModel(note_columns, self)
        self.errors = RecordTableModel(note_columns, self)
        self.mapping = MappingEditor(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("archive_preview_tabs")
        self.leave_out_button = QPushButton()
        self.leave_out_button.setObjectName("archive_leave_out")
        self.leave_out_button.clicked.connect(lambda: self._choose(True))
        self.take_in_button = QPushButton()
        self.take_in_button.setObjectName("archive_take_in")
        self.take_in_button.clicked.connect(lambda: self._choose(False))
        self.student_table = record_table(self.students, "archive_students", single=False)
        student_page = QWidget(self)
        student_layout = QVBoxLayout(student_page)
        student_layout.setContentsMargins(0, 0, 0, 0)
        student_layout.addWidget(self.student_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.leave_out_button)
        row.addWidget(self.take_in_button)
        row.addStretch(1)
        student_layout.addLayout(row)
        self.tables = {
            "students": student_page,
            "subjects": record_table(self.subjects, "archive_subjects"),
            "errors": record_table(self.errors, "archive_errors"),
            "skipped": record_table(self.skipped, "archive_skipped"),
        }
        for table in self.tables.values():
            self.tabs.addTab(table, "")
        self.tabs.addTab(self.mapping, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.retranslateUi()

    changed = Signal()  # the rows left out changed

    def _out(self, student) -> bool:
        return (student.sheet, student.row) in self.left_out

    def _choose(self, leave_out: bool) -> None:
        """The chosen students' rows left out of the import, or taken back in."""
        rows = self.student_table.selectionModel().selectedRows()
        for index in rows:
            student = self.students.record(index.row())
            key = (student.sheet, student.row)
            if leave_out:
                self.left_out.add(key)
            else:
                self.left_out.discard(key)
        self.students.retranslate()  # the marks and the summary read again
        self.summary.setText(self._summary_text())
        self.changed.emit()

    def show_parsed(self, parsed: ParsedArchive, file_name: str) -> None:
        self.parsed = parsed
        self.file_name = file_name
        self.left_out = set()
        self.students.set_records(parsed.students)
        self.subjects.set_records([(g.group, s) for g in parsed.groups for s in g.subjects])
        self.skipped.set_records(parsed.skipped)
        self.errors.set_records(parsed.errors)
        widest = max((c for m in parsed.sheets or [parsed.mapping] for _, c in m.fields),
                     default=0)
        self.mapping.set_sheets(parsed.sheets or [parsed.mapping], widest + 5)
        self.retranslateUi()

    def _summary_text(self) -> str:
        p = self.parsed
        if p is None:
            return ""
        layouts = [m.layout for m in p.sheets] or [p.layout]
        summaries = layouts.count("summary")
        if summaries == len(layouts):
            layout = self.tr("summary grade sheets, one sheet per group")
        elif summaries == 0:
            layout = self.tr("a list with a header row")
        else:
            layout = self.tr("{summaries} summary grade sheets (one per group) and {lists} "
                             "lists with a header row").format(
                summaries=summaries, lists=len(layouts) - summaries)
        grades = sum(len(s.grades) for s in p.students)
        text = self.tr(
            "{file}: {layout}. Groups: {groups}; students: {students}; subjects: {subjects}; "
            "grades: {grades}. Rows left out: {skipped}; cells that could not be read: "
            "{errors}.").format(
            file=self.file_name, layout=layout, groups=len(p.groups),
            students=len(p.students), subjects=sum(len(g.subjects) for g in p.groups),
            grades=grades, skipped=len(p.skipped), errors=len(p.errors))
        if self.left_out:
            text += " " + self.tr("Students you left out of the import: {count}.").format(
                count=len(self.left_out))
        return text

    def retranslateUi(self) -> None:
        titles = {"students": self.tr("Students"), "subjects": self.tr("Subjects"),
                  "errors": self.tr("Cells not read"), "skipped": self.tr("Rows left out")}
        for name, table in self.tables.items():
            self.tabs.setTabText(self.tabs.indexOf(table), titles[name])
        for model in (self.students, self.subjects, self.errors, self.skipped):
            model.retranslate()
        self.leave_out_button.setText(self.tr("Leave the chosen rows out"))
        self.take_in_button.setText(self.tr("Take the chosen rows back in"))
        self.tabs.setTabText(self.tabs.indexOf(self.mapping), self.tr("Columns"))
        self.summary.setText(self._summary_text())
