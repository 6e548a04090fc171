"""Strict-accountability blanks: the batches received, the stock by series, every blank with
its state, a blank lost, and the period's stock report and write-off act of spoiled blanks.

The admin sees which case (registration number) a blank went to, never the person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_date, format_datetime
from desktop.services.accounts.session import Session
from desktop.services.blanks import batches
from desktop.services.blanks import stock as blanks
from desktop.services.reference import now
from desktop.ui.blank_reports_panel import BlankReportsPanel, date_edit, stock_model
from desktop.ui.code_names import blank_kind_name, blank_state_name
from desktop.ui.messages import show_error, show_info
from desktop.ui.record_table import Column, RecordTableModel, record_table, selected_record
from desktop.ui.retranslate import Retranslating


class BatchDialog(QDialog):
    """A batch received, or one recorded to be corrected: kind, series, first and last number
    (as printed, with their zeros), the date and the document it came with. Under the fields
    a line says what the numbers typed make ("ТКБ 0000001–0000020: 20 blanks"); OK asks to
    confirm that count before anything is written. Stays open when the services refuse."""

    def __init__(self, session: Session, kinds: tuple[str, ...], parent: QWidget | None = None,
                 batch: blanks.BatchRecord | None = None):
        super().__init__(parent)
        self.session = session
        self.batch = batch
        self.record: blanks.BatchRecord | None = None
        self.kind = QComboBox()
        for kind in kinds:
            self.kind.addItem(blank_kind_name(kind), kind)
        self.series = QLineEdit()
        self.series.setMaxLength(20)
        self.first = QLineEdit()
        self.last = QLineEdit()
        for edit in (self.first, self.last):
            edit.setMaxLength(blanks.MAX_DIGITS)
            edit.setPlaceholderText("0000001")
        self.received_on = date_edit(now().date())
        self.document = QLineEdit()
        self.document.setMaxLength(300)
        # Wide enough that a series, a twelve-digit number and a waybill's name and date
        # show whole.
        for edit, digits in ((self.series, 20), (self.first, 20), (self.last, 20),
                             (self.document, 44)):
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("0") * digits)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(self.labels, (self.kind, self.series, self.first, self.last,
                                              self.received_on, self.document), strict=True):
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        if batch is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(batch.kind), 0))
            self.series.setText(batch.series)
            self.first.setText(batch.first)
            self.last.setText(batch.last)
            self.received_on.setDate(batch.received_on)
            self.document.setText(batch.receipt_document)
        for edit in (self.series, self.first, self.last):
            edit.textChanged.connect(self._sum_up)
        self.kind.currentIndexChanged.connect(self._sum_up)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Batch of blanks received") if self.batch is None
                            else self.tr("Correct a batch of blanks"))
        for label, text in zip(self.labels, (
                self.tr("Kind of blank"), self.tr("Series"), self.tr("First number"),
                self.tr("Last number"), self.tr("Received on"),
                self.tr("Document of receipt (waybill, act)")), strict=True):
            label.setText(text)
        self._sum_up()

    def _sum_up(self) -> None:
        """What the numbers typed make, as the service reads them (nothing is written)."""
        first, last = self.first.text().strip(), self.last.text().strip()
        if not (first.isdigit() and last.isdigit() and first.isascii() and last.isascii()):
            self.summary.setText("")
            return
        count = int(last) - int(first) + 1
        if count < 1:
            self.summary.setText("")
            return
        self.summary.setText(self.tr("{series} {first}–{last}: {count} blanks").format(
            series=self.series.text().strip(), first=first, last=last, count=count))

    def given(self) -> blanks.BatchInput:
        return blanks.BatchInput(
            kind=self.kind.currentData(), series=self.series.text(),
            first_number=self.first.text(), last_number=self.last.text(),
            received_on=self.received_on.date().toPython(),
            receipt_document=self.document.text())

    def confirm_text(self, preview: batches.BatchPreview) -> str:
        return self.tr("Record {count} blanks of the kind “{kind}”: series {series}, numbers "
                       "{first}–{last}?").format(
            count=preview.count, kind=blank_kind_name(preview.kind), series=preview.series,
            first=preview.first, last=preview.last)

    def save(self) -> None:
        given = self.given()
        but = self.batch.id if self.batch is not None else None
        try:
            preview = batches.check_batch(self.session, given, but)
        except Exception as exc:
            show_error(self, exc)
            return
        answer = QMessageBox.question(self, self.windowTitle(), self.confirm_text(preview))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            if self.batch is None:
                self.record = blanks.record_batch(self.session, given)
            else:
                self.record = batches.correct_batch(self.session, self.batch.id, given)
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()


class BlanksPage(Retranslating, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.stock_model = stock_model(self)
        self.stock_table = record_table(self.stock_model, "blank_stock")
        self.batch_model = RecordTableModel([
            Column(lambda: self.tr("Received on"), lambda r: format_date(r.received_on)),
            Column(lambda: self.tr("Kind of blank"), lambda r: blank_kind_name(r.kind)),
            Column(lambda: self.tr("Series"), lambda r: r.series),
            Column(lambda: self.tr("Numbers"), lambda r: f"{r.first}–{r.last}"),
            Column(lambda: self.tr("Count"), lambda r: str(r.count)),
            Column(lambda: self.tr("Document of receipt"), lambda r: r.receipt_document),
            Column(lambda: self.tr("Recorded by"), lambda r: r.created_by),
        ], self)
        self.batch_table = record_table(self.batch_model, "blank_batches")
        self.blank_model = RecordTableModel([
            Column(lambda: self.tr("Series"), lambda r: r.series),
            Column(lambda: self.tr("Number"), lambda r: r.number),
            Column(lambda: self.tr("State"), lambda r: blank_state_name(r.state),
                   lambda r: {"spoiled": "#b00020", "lost": "#b00020",
                              "used": "#555555"}.get(r.state)),
            Column(lambda: self.tr("Case"), lambda r: r.reg_number),
            Column(lambda: self.tr("When"),
                   lambda r: format_datetime(r.state_at) if r.state_at else ""),
            Column(lambda: self.tr("Who"), lambda r: r.state_by),
            Column(lambda: self.tr("Reason"), lambda r: r.reason),
        ], self)
        self.blank_table = record_table(self.blank_model, "blank_list")
        self.series_filter = QComboBox()
        self.state_filter = QComboBox()
        self.add_button = QPushButton()
        self.correct_button = QPushButton()
        self.cancel_button = QPushButton()
        self.lost_button = QPushButton()
        self.reports = BlankReportsPanel(session)

        self.stock_box, self.batch_box, self.list_box = QGroupBox(), QGroupBox(), QGroupBox()
        stock_layout = QVBoxLayout(self.stock_box)
        stock_layout.addWidget(self.stock_table)
        batch_layout = QVBoxLayout(self.batch_box)
        batch_layout.addWidget(self.batch_table)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.correct_button)
        row.addWidget(self.cancel_button)
        row.addStretch()
        batch_layout.addLayout(row)
        list_layout = QVBoxLayout(self.list_box)
        filters = QHBoxLayout()
        filters.addWidget(self.series_filter)
        filters.addWidget(self.state_filter)
        filters.addStretch()
        filters.addWidget(self.lost_button)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.blank_table)

        # One above the other, each at full width: the Kazakh headings are long.
        splitter = QSplitter(Qt.Orientation.Vertical)
        for box in (self.stock_box, self.batch_box, self.list_box):
            splitter.addWidget(box)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([150, 150, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.reports)

        self.add_button.clicked.connect(self.add_batch)
        self.correct_button.clicked.connect(self.correct_batch)
        self.cancel_button.clicked.connect(self.cancel_batch)
        self.lost_button.clicked.connect(self.mark_lost)
        self.series_filter.currentIndexChanged.connect(self._read_blanks)
        self.state_filter.currentIndexChanged.connect(self._read_blanks)
        self.retranslateUi()
        self.refresh()

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "Duplicates are printed on numbered blanks of strict accountability. Record each "
            "batch received here: the head's signing takes the next blank in stock (the lowest "
            "number of its series), a misprint is written off as spoiled by the clerk, and the "
            "commission signs the act of the blanks spoiled in the period."))
        self.stock_box.setTitle(self.tr("Stock by series"))
        self.batch_box.setTitle(self.tr("Batches received"))
        self.list_box.setTitle(self.tr("Blanks"))
        self.add_button.setText(self.tr("Record a batch received…"))
        self.correct_button.setText(self.tr("Correct the chosen batch…"))
        self.cancel_button.setText(self.tr("Cancel the chosen batch…"))
        self.lost_button.setText(self.tr("Mark the chosen blank as lost…"))
        self._fill_state_filter()
        for model in (self.stock_model, self.batch_model, self.blank_model):
            model.retranslate()

    def _fill_state_filter(self) -> None:
        current = self.state_filter.currentData()
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        self.state_filter.addItem(self.tr("Every state"), "")
        for state in ("in_stock", "used", "spoiled", "lost"):
            self.state_filter.addItem(blank_state_name(state), state)
        index = self.state_filter.findData(current) if current else 0
        self.state_filter.setCurrentIndex(max(index, 0))
        self.state_filter.blockSignals(False)

    def refresh(self) -> None:
        try:
            stock = blanks.stock(self.session)
            self.batch_model.set_records(blanks.batches(self.session))
        except Exception as exc:
            show_error(self, exc)
            return
        self.stock_model.set_records(stock)
        current = self.series_filter.currentData()
        self.series_filter.blockSignals(True)
        self.series_filter.clear()
        self.series_filter.addItem(self.tr("Every series"), "")
        for series in sorted({line.series for line in stock}):
            self.series_filter.addItem(series, series)
        index = self.series_filter.findData(current) if current else 0
        self.series_filter.setCurrentIndex(max(index, 0))
        self.series_filter.blockSignals(False)
        self._read_blanks()

    def _read_blanks(self) -> None:
        try:
            records = blanks.blanks(self.session, series=self.series_filter.currentData() or "",
                                    state=self.state_filter.currentData() or "")
        except Exception as exc:
            show_error(self, exc)
            return
        self.blank_model.set_records(records)

    def add_batch(self) -> None:
        try:
            kinds = blanks.kinds(self.session)
        except Exception as exc:
            show_error(self, exc)
            return
        dialog = BatchDialog(self.session, kinds, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _chosen_batch(self) -> blanks.BatchRecord | None:
        batch = selected_record(self.batch_table)
        if batch is None:
            show_info(self, self.tr("Blanks"), self.tr("Choose a batch in the list first."))
        return batch

    def correct_batch(self) -> None:
        """A batch typed wrong, corrected while none of its blanks has left the stock (the
        services refuse it otherwise and say which blank)."""
        batch = self._chosen_batch()
        if batch is None:
            return
        try:
            kinds = blanks.kinds(self.session)
        except Exception as exc:
            show_error(self, exc)
            return
        dialog = BatchDialog(self.session, kinds, self, batch)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def cancel_batch(self) -> None:
        batch = self._chosen_batch()
        if batch is None:
            return
        reason, accepted = QInputDialog.getText(
            self, self.tr("Cancel a batch"),
            self.tr("The batch {series} {first}–{last} ({count} blanks) leaves the stock. Why "
                    "is it cancelled?").format(series=batch.series, first=batch.first,
                                               last=batch.last, count=batch.count))
        if not accepted:
            return
        try:
            batches.cancel_batch(self.session, batch.id, reason)
        except Exception as exc:
            show_error(self, exc)
            return
        self.refresh()

    def mark_lost(self) -> None:
        blank = selected_record(self.blank_table)
        if blank is None:
            show_info(self, self.tr("Blanks"), self.tr("Choose a blank in the list first."))
            return
        reason, accepted = QInputDialog.getText(
            self, self.tr("Blank lost"), self.tr("Why is blank {series} № {number} lost?")
            .format(series=blank.series, number=blank.number))
        if not accepted:
            return
        try:
            blanks.mark_lost(self.session, blank.id, reason)
        except Exception as exc:
            show_error(self, exc)
            return
        self.refresh()
