"""What a test's user was shown: message boxes and questions answered without a screen."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.ui import printing


class Recorder:
    """What the user was shown: message boxes, questions (answered Yes unless told) and PDFs."""

    def __init__(self) -> None:
        self.warnings: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.questions: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes
        self.pdfs: list[tuple[str, bytes]] = []

    def titles(self) -> list[str]:
        return [title for title, _pdf in self.pdfs]


def record_dialogs(monkeypatch) -> Recorder:
    """Answer message boxes without showing them, and catch PDFs meant for the preview."""
    rec = Recorder()

    def warning(_parent, title, text, *_a, **_k):
        rec.warnings.append((title, text))
        return QMessageBox.StandardButton.Ok

    def information(_parent, title, text, *_a, **_k):
        rec.infos.append((title, text))
        return QMessageBox.StandardButton.Ok

    def question(_parent, _title, text, *_a, **_k):
        rec.questions.append(text)
        return rec.answer

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "information", information)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(printing, "show_pdf",
                        lambda _parent, pdf, title, *_output: rec.pdfs.append((title, pdf)))
    return rec
