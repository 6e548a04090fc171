"""The head's refusal: the dialog names the letter's language and offers the service's grounds;
the letter prints the chosen ground in that language."""

import io

from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.domain import workflow as wf
from desktop.services.cases import queries, registration
from desktop.services.results import reading
from desktop.ui import i18n, printing
from support.applications import make_application
from support.ui_driving import click, drive_modal, select, type_text, workspace

INCOMPLETE_KK = ("Стандарттың 8-тармағында көзделген тізбеге сәйкес құжаттардың толық топтамасы "
                 "ұсынылмады")


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(pdf)).pages)


def test_refusal_dialog_shows_the_letters_language_and_offers_its_grounds(qtbot, staff, clock,
                                                                          shown):
    case = registration.register(staff["clerk"], make_application("duplicate", language="kk"))
    i18n.install("ru")  # the head works in Russian; the letter is in Kazakh
    head = workspace(qtbot, staff["head"])
    select(head.inbox.view)

    seen = []

    def refuse(dialog):
        try:
            seen.append((dialog.language_note.text().casefold(),
                         [dialog.ground.itemText(i) for i in range(dialog.ground.count())]))
            dialog.ground.setCurrentIndex(dialog.ground.findData("incomplete_package"))
            type_text(dialog.edit, "Өтініште түпнұсқа туралы мәлімет жоқ")
            click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        finally:
            if dialog.isVisible():  # a dialog without these fields must not hang the test
                dialog.done(0)

    shown.answer = QMessageBox.StandardButton.No  # asked to confirm: not now
    drive_modal(qtbot, head.refuse_button.click, refuse)
    assert queries.get_case(staff["head"], case.id).state == wf.REGISTERED
    note, grounds = seen[0]
    assert "на языке результата: казахский" in note
    assert INCOMPLETE_KK in grounds  # worded as the Kazakh letter prints it
    assert len(shown.questions) == 1 and case.reg_number in shown.questions[0]
    assert "язык письма: казахский" in shown.questions[0].casefold()

    shown.answer = QMessageBox.StandardButton.Yes
    drive_modal(qtbot, head.refuse_button.click, refuse)
    assert queries.get_case(staff["head"], case.id).result_kind == "motivated_refusal"
    snap = reading.issued_result(staff["head"], case.id).content
    assert snap["refusal_ground"]["code"] == "incomplete_package"
    letter = _text(printing.result_pdf(staff["head"], case.id))
    assert "8-тармағында көзделген" in letter and "Өтініште түпнұсқа" in letter
    assert "пунктом 8" not in letter  # no Russian wording in a Kazakh letter
