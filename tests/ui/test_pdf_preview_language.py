"""The print preview and its save dialog speak the interface language."""


import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desktop.forms.samples import render_samples
from desktop.ui import i18n
from desktop.ui.pdf_view import PdfPreviewDialog

WORDS = {
    "kk": ("Басып шығару…", "PDF ретінде сақтау…", "Жабу", "PDF ретінде сақтау",
           "PDF файлдары (*.pdf)"),
    "ru": ("Печать…", "Сохранить как PDF…", "Закрыть", "Сохранить как PDF",
           "Файлы PDF (*.pdf)"),
}
FAILED = {
    "kk": ("Басып шығару сәтсіз аяқталды", "Сақтау сәтсіз аяқталды"),
    "ru": ("Не удалось напечатать", "Не удалось сохранить"),
}


@pytest.fixture
def translations(qapp):
    yield
    i18n.reset()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_preview_buttons_and_save_dialog_are_translated(qtbot, translations, monkeypatch, lang):
    i18n.install(lang)
    dialog = PdfPreviewDialog(render_samples(lang)["receipt"], "x")
    qtbot.addWidget(dialog)
    labels = (dialog.print_button.text(), dialog.save_button.text(), dialog.close_button.text())
    assert labels == WORDS[lang][:3]
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, title, _name, filters: asked.append((title, filters))
                        or ("", ""))
    dialog.save_document()
    assert asked == [WORDS[lang][3:]]


def test_preview_follows_a_language_switch(qtbot, translations):
    i18n.install("kk")
    dialog = PdfPreviewDialog(render_samples("kk")["receipt"], "x")
    qtbot.addWidget(dialog)
    i18n.install("ru")
    assert dialog.print_button.text() == "Печать…"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_failed_print_or_save_is_told_in_the_interface_language(
        qtbot, translations, monkeypatch, tmp_path, lang):
    i18n.install(lang)

    def output(_target):  # counting the print fails, e.g. the database went away
        raise OSError("x")

    dialog = PdfPreviewDialog(render_samples(lang)["receipt"], "x", output=output)
    qtbot.addWidget(dialog)
    titles = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, _text: titles.append(title))
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(tmp_path / "x.pdf"), ""))
    dialog.print_document()
    dialog.save_document()
    assert titles == list(FAILED[lang])
