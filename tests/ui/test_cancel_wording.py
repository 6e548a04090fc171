"""In Kazakh a cancel button says "Болдырмау", never "Бас тарту": that is the word of the law
for a refusal, and it stood beside OK in the dialog where the head writes one. Kense's own
buttons and Qt's standard ones alike (Qt's Kazakh catalogue says "Бас тарту")."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QProgressDialog

from desktop.ui import i18n
from desktop.ui.workspaces.dialogs import PeriodDialog, TextDialog

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@pytest.fixture
def kazakh(qapp):
    i18n.install("kk")


def test_a_button_box_a_question_and_a_progress_say_boldyrmau(kazakh, qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    question = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                           QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    progress = QProgressDialog()
    for widget in (box, question, progress):
        qtbot.addWidget(widget)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Болдырмау"
    assert question.button(QMessageBox.StandardButton.Cancel).text() == "Болдырмау"
    assert QCoreApplication.translate("QProgressDialog", "Cancel") == "Болдырмау"
    assert QCoreApplication.translate("QWizard", "Cancel") == "Болдырмау"
    assert QCoreApplication.translate("QGnomeTheme", "&Cancel") == "&Болдырмау"


def test_kenses_own_dialogs_cancel_with_boldyrmau(kazakh, qtbot):
    from datetime import date

    for dialog in (TextDialog("Түсініктеме", "Мәтін:"),
                   PeriodDialog("Кезең", date(2026, 3, 1), date(2026, 3, 31))):
        qtbot.addWidget(dialog)
        cancels = [b.text() for b in dialog.findChildren(QDialogButtonBox)[0].buttons()
                   if dialog.findChildren(QDialogButtonBox)[0].buttonRole(b)
                   == QDialogButtonBox.ButtonRole.RejectRole]
        assert cancels == ["Болдырмау"], type(dialog).__name__


def test_no_kazakh_translation_of_a_cancel_says_refusal():
    wrong = []
    for path in sorted(I18N.glob("*_kk.ts")):
        for source, translation in re.findall(
                r"<source>([^<]*)</source>\s*<translation[^>]*>([^<]*)</translation>",
                path.read_text(encoding="utf-8")):
            if re.fullmatch(r"(&amp;)?Cancel", source) and "Бас тарт" in translation:
                wrong.append((path.name, source, translation))
    assert wrong == []
