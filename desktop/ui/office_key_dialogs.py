"""The office key on screen: the one-time recovery sheet, and typing the key in on a PC that
does not have it yet (another PC of a PostgreSQL office, a reinstalled PC)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.services.accounts import key_admin
from desktop.services.accounts.session import Session
from desktop.ui.widgets import FormDialog


class RecoverySheetDialog(FormDialog):
    """Shown to the admin once, after the key is made: print it or write it down."""

    def __init__(self, session: Session, college: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.college = college
        self.key_text = key_admin.recovery_sheet_text(session)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.key_label = QLabel(self._grouped())
        self.key_label.setObjectName("key")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(14)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_sheet)
        self.kept = QPushButton()
        self.kept.setObjectName("kept")
        self.kept.clicked.connect(self.confirm)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.kept, QDialogButtonBox.ButtonRole.AcceptRole)
        self.later = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.later.clicked.connect(self.reject)
        self.lay_out(self.intro, self.key_label, buttons=buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Office key recovery sheet"))
        self.intro.setText(self.tr(
            "Kense keeps the audit log and the verification codes of results with an office "
            "key that is not in the database: it is kept on this PC. Print this sheet (or "
            "write the key down) and keep it in the college safe. It is needed to start "
            "Kense on another PC of the office and after this PC is reinstalled. It is shown "
            "only this once."))
        self.print_button.setText(self.tr("Print…"))
        self.kept.setText(self.tr("I have printed it or written it down"))
        self.later.setText(self.tr("Later"))
        self.retranslate_problem()

    def _grouped(self) -> str:
        groups = self.key_text.split("-")
        return "\n".join(" ".join(groups[i : i + 5]) for i in range(0, len(groups), 5))

    def sheet_html(self) -> str:
        title = self.tr("Kense: office key recovery sheet")
        advice = self.tr("Keep this sheet in the college safe. Whoever has it can start Kense "
                         "on a PC of this office; it does not replace a password.")
        return (f"<h2>{escape(title)}</h2><p>{escape(self.college)}</p>"
                f"<pre style='font-size:16pt'>{self._grouped()}</pre><p>{escape(advice)}</p>")

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setHtml(self.sheet_html())
        document.print_(printer)

    def confirm(self) -> None:
        try:
            key_admin.confirm_sheet_kept(self.session)
        except Exception as exc:
            self.show_problem(exc)
            return
        self.accept()


class KeyEntryDialog(FormDialog):
    """This PC has no key for the database it opens: type it from the recovery sheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setObjectName("key")
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.lay_out(self.intro, self.key)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Office key"))
        self.intro.setText(self.tr(
            "This PC does not have the office key of this database (a new PC of the office, "
            "or this PC was reinstalled). Type the key from the recovery sheet kept by the "
            "administrator: 14 groups of four letters and digits."))
        self.retranslate_problem()

    def accept(self) -> None:
        try:
            key_admin.enter_key_here(self.key.text())
        except Exception as exc:
            self.show_problem(exc)
            self.adjustSize()
            return
        super().accept()
